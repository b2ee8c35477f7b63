import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateInput,
  List,
  ReferenceField,
  ReferenceInput,
  TopToolbar,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { DateOnlyField } from '../../common/fields';
import { formatAmount } from '../../compliance/model';
import { useRuleTitles } from '../../compliance/useRuleTitles';
import type { LocalRuleRecord } from '../../dataProvider/resources';
import { EffectiveRulesPanel, Unavailable } from './EffectiveRulesPanel';

const filters = [
  <ReferenceInput key="unitId" source="unitId" reference="orgUnits" alwaysOn>
    <AutocompleteInput optionText="name" label="lianxi.local_rule.unit" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <DateInput key="activeOn" source="activeOn" label="lianxi.local_rule.effective_on" alwaysOn />,
];

function RuleTitleField() {
  const record = useRecordContext<LocalRuleRecord>();
  const titles = useRuleTitles();
  if (!record) return null;
  return (
    <>
      <Typography variant="body2">{titles.get(record.ruleId) ?? record.ruleId}</Typography>
      <Typography variant="caption" color="text.secondary">{record.ruleId}</Typography>
    </>
  );
}

function ThresholdField() {
  const record = useRecordContext<LocalRuleRecord>();
  if (!record) return null;
  const parts = [
    record.thresholdMin !== null && record.thresholdMin !== undefined ? `≥ ${formatAmount(record.thresholdMin)}` : '',
    record.thresholdMax !== null && record.thresholdMax !== undefined ? `≤ ${formatAmount(record.thresholdMax)}` : '',
    record.options ? JSON.stringify(record.options) : '',
  ].filter(Boolean);
  return <Typography variant="body2">{parts.join('，')}</Typography>;
}

function UntilField() {
  const record = useRecordContext<LocalRuleRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.effectiveTo ? <DateOnlyField source="effectiveTo" /> : <Typography variant="body2" color="text.secondary">{translate('lianxi.local_rule.ongoing')}</Typography>;
}

function ListError() {
  const { error } = useListContext();
  return <Unavailable error={error} />;
}

function Actions() {
  return (
    <TopToolbar>
      <CreateButton label="lianxi.local_rule.create" />
    </TopToolbar>
  );
}

/** The local rules made in scope, then the rules in force for a unit with the differing ones highlighted. */
export function LocalRuleList() {
  const translate = useTranslate();
  return (
    <>
      <List title={translate('lianxi.local_rule.title')} filters={filters} actions={<Actions />} exporter={false} error={<ListError />} empty={false}>
        <DataTable rowClick={false} bulkActionButtons={false}>
          <DataTable.Col source="unitId" label="lianxi.local_rule.unit" disableSort>
            <ReferenceField source="unitId" reference="orgUnits" link="show" />
          </DataTable.Col>
          <DataTable.Col source="ruleId" label="lianxi.local_rule.rule" disableSort field={RuleTitleField} />
          <DataTable.Col source="thresholdMin" label="lianxi.local_rule.threshold_min" disableSort field={ThresholdField} />
          <DataTable.Col source="effectiveFrom" label="lianxi.local_rule.effective_from" disableSort field={DateOnlyField} />
          <DataTable.Col source="effectiveTo" label="lianxi.local_rule.effective_to" disableSort field={UntilField} />
          <DataTable.Col source="reason" label="lianxi.local_rule.reason" disableSort />
        </DataTable>
      </List>
      <EffectiveRulesPanel />
    </>
  );
}
