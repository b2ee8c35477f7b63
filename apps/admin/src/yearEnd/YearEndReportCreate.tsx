import { Box } from '@mui/material';
import { Create, SimpleForm } from 'react-admin';
import { RecordInput } from '../records/components';
import { yearEndReports } from '../records/definitions';
import { createDefaults, formFields, type RecordDef } from '../records/model';
import { yearEndReportSpec } from '../records/specs';
import { todayInChina } from '../i18n/dates';
import { withoutBlankBody } from './figures';

// On create the body may stay empty: the API then opens the draft with the year's figures. Editing keeps it required.
const createDef: RecordDef = {
  ...yearEndReports,
  fields: yearEndReports.fields.map((f) => (f.source === 'body' ? { ...f, required: false } : f)),
};

/** The year-end report's create form: the generic record form, with an optional body that says what blank does. */
export function YearEndReportCreate() {
  return (
    <Create redirect="show" transform={withoutBlankBody}>
      <SimpleForm defaultValues={() => createDefaults(createDef, todayInChina())}>
        <Box sx={{ width: '100%', maxWidth: 960, display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' }}>
          {formFields(createDef, yearEndReportSpec.createKeys).map((field) => (
            <Box key={field.source} sx={field.kind === 'longText' ? { width: '100%' } : {}}>
              <RecordInput def={createDef} field={field} {...(field.source === 'body' ? { helper: 'lianxi.year_end.body_helper' } : {})} />
            </Box>
          ))}
        </Box>
      </SimpleForm>
    </Create>
  );
}
YearEndReportCreate.displayName = 'yearEndReportsCreate';
