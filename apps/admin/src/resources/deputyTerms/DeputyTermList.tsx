import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  TopToolbar,
} from 'react-admin';
import { csvExporter } from '../../common/csv';
import { DateOnlyField } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import type { DeputyTermRecord } from '../../dataProvider/resources';
import { i18nProvider } from '../../providers';

const filters = [
  <ReferenceInput key="underId" source="underId" reference="orgUnits" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <DateInput key="activeOn" source="activeOn" alwaysOn />,
  <ReferenceInput key="personId" source="personId" reference="people">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

const f = (name: string) => `resources.deputyTerms.fields.${name}`;
// Names of the person and the unit are looked up by react-admin's fetchRelatedRecords.
const exporter = csvExporter<DeputyTermRecord>(i18nProvider, 'resources.deputyTerms.name', [
  { header: f('personId'), value: (r) => r.personId },
  { header: f('electingUnitId'), value: (r) => r.electingUnitId },
  { header: f('from'), value: (r) => r.from },
  { header: f('to'), value: (r) => r.to },
]);

function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function DeputyTermList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'from', order: 'DESC' }} exporter={exporter} error={<LoadError />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="personId" disableSort>
          <ReferenceField source="personId" reference="people" link="show" />
        </DataTable.Col>
        <DataTable.Col source="electingUnitId" disableSort>
          <ReferenceField source="electingUnitId" reference="orgUnits" link="show" />
        </DataTable.Col>
        <DataTable.Col source="from" field={DateOnlyField} />
        <DataTable.Col source="to" field={DateOnlyField} />
      </DataTable>
    </List>
  );
}
