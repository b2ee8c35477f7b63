import { Alert, Stack } from '@mui/material';
import { useMemo } from 'react';
import {
  AutocompleteInput,
  Create,
  DateInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useLocale } from '../../common/fields';
import { useCompliance } from '../../compliance/useAsync';
import { todayInChina } from '../../i18n/dates';

/**
 * Making a local rule: unit, rule, from when, the tighter quota and why. A loosening is refused by the API
 * (the rules package decides) and its Chinese reason lands under the quota field.
 */
export function LocalRuleCreate() {
  const translate = useTranslate();
  const locale = useLocale();
  const { data } = useCompliance(['rules'], (dp) => dp.rules());
  const choices = useMemo(
    () =>
      (data ?? [])
        .filter((r) => r.kind === 'QUOTA' || r.kind === 'COVERAGE')
        .map((r) => ({ id: r.id, name: `${r.id} ${locale === 'en' ? r.titleEn : r.titleZh}（≥ ${r.threshold.min}）` })),
    [data, locale],
  );
  return (
    <Create redirect="list" title={translate('lianxi.local_rule.create')}>
      <SimpleForm defaultValues={{ effectiveFrom: todayInChina() }}>
        <Alert severity="info" sx={{ mb: 2, maxWidth: 900 }}>
          {translate('lianxi.local_rule.create_hint')}
        </Alert>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <ReferenceInput source="unitId" reference="orgUnits" perPage={50}>
            <AutocompleteInput optionText="name" label="lianxi.local_rule.unit" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 260 }} />
          </ReferenceInput>
          <SelectInput source="ruleId" label="lianxi.local_rule.rule" choices={choices} validate={required()} sx={{ minWidth: 380 }} />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <DateInput source="effectiveFrom" label="lianxi.local_rule.effective_from" validate={required()} />
          <DateInput source="effectiveTo" label="lianxi.local_rule.effective_to" />
          <NumberInput source="thresholdMin" label="lianxi.local_rule.threshold_min" validate={required()} />
        </Stack>
        <TextInput source="reason" label="lianxi.local_rule.reason" validate={required()} multiline fullWidth sx={{ maxWidth: 900 }} />
      </SimpleForm>
    </Create>
  );
}
