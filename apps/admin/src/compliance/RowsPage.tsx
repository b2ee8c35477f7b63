import { STATUSES, SYSTEM_IDS, type Status } from '@lianxi/rules';
import { Alert, Card, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Title, useGetOne, useTranslate } from 'react-admin';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useLocale } from '../common/fields';
import { LoadError } from '../common/LoadError';
import { MAX_COMPLIANCE_ROWS, type ComplianceRow } from '../dataProvider/dataProvider';
import type { OrgUnitRecord } from '../dataProvider/resources';
import { formatDateTime, todayInChina } from '../i18n/dates';
import { ExcelButton, YearPicker } from './components';
import { downloadWorkbook, sheet } from './excel';
import { drillSearch, parseDrill, ruleTitleOf, yearChoices, type DrillFilter } from './model';
import { RowsTable } from './RowsTable';
import { useCompliance } from './useAsync';

/**
 * The people behind a number: every (person, rule) row under a unit with the statuses, rule or system the
 * number counted. Filters live in the address, so a count on the dashboard is a link here. Each row opens
 * the person's scorecard.
 */
export function RowsPage() {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filter = parseDrill(params, yearChoices(todayInChina())[0] ?? 2026);
  const unit = useGetOne<OrgUnitRecord>('orgUnits', { id: filter?.underId ?? '' }, { enabled: Boolean(filter) });
  const rows = useCompliance(['drill', filter], (dp) => dp.complianceRows({ ...(filter as DrillFilter) }), Boolean(filter));
  if (!filter) return <Alert severity="info">{translate('lianxi.compliance.none')}</Alert>;
  const go = (next: Partial<DrillFilter>) => navigate(drillSearch({ ...filter, ...next }));
  const status = filter.statuses?.length === 1 ? filter.statuses[0] : '';
  const heading = [
    unit.data?.name,
    String(filter.year),
    filter.ruleId ? ruleTitleOf(filter.ruleId, rows.data) : filter.system ? translate(`enums.System.${filter.system}`) : undefined,
    status ? translate(`enums.Status.${status}`) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const exportIt = () =>
    downloadWorkbook(
      [
        sheet<ComplianceRow>({
          name: translate('lianxi.excel.sheet_rows'),
          title: [heading, `${translate('lianxi.excel.generated')} ${formatDateTime(new Date().toISOString(), locale)}`],
          columns: [
            { header: translate('lianxi.compliance.person'), value: (r) => r.personName ?? `${r.unitName}${translate('lianxi.compliance.unit_subject')}`, width: 14 },
            { header: translate('lianxi.compliance.unit'), value: (r) => r.unitName, width: 22 },
            { header: translate('lianxi.compliance.system'), value: (r) => translate(`enums.System.${r.system}`, { _: r.system }), width: 22 },
            { header: translate('lianxi.compliance.rule'), value: (r) => r.ruleTitle, width: 30 },
            { header: translate('lianxi.compliance.actual'), value: (r) => r.actual },
            { header: translate('lianxi.compliance.required'), value: (r) => r.required },
            { header: translate('lianxi.compliance.status'), value: (r) => translate(`enums.Status.${r.status}`, { _: r.status }) },
          ],
          rows: rows.data ?? [],
        }),
      ],
      heading.replace(/ · /g, '-'),
    );
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Title title={translate('lianxi.compliance.people_behind')} />
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
        {heading || translate('lianxi.compliance.people_behind')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'center' }, flexWrap: 'wrap' }}>
        <YearPicker year={filter.year} onChange={(year) => go({ year })} />
        <TextField
          select
          size="small"
          label={translate('lianxi.compliance.status')}
          value={status}
          onChange={(e) => go({ statuses: e.target.value ? [e.target.value as Status] : [] })}
          sx={{ minWidth: 150 }}
        >
          <MenuItem value="">{translate('lianxi.compliance.all_statuses')}</MenuItem>
          {STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`enums.Status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('lianxi.compliance.system')}
          value={filter.system ?? ''}
          onChange={(e) => go({ system: e.target.value || undefined, ruleId: undefined })}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{translate('lianxi.compliance.all_systems')}</MenuItem>
          {SYSTEM_IDS.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`enums.System.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        {rows.data ? (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {translate('lianxi.compliance.rows_total', { smart_count: rows.data.length })}
          </Typography>
        ) : null}
        {rows.data ? <ExcelButton onExport={exportIt} /> : null}
      </Stack>
      {rows.data && rows.data.length >= MAX_COMPLIANCE_ROWS ? <Alert severity="info">{translate('lianxi.compliance.rows_capped', { max: MAX_COMPLIANCE_ROWS })}</Alert> : null}
      {rows.error ? <LoadError error={rows.error} onRetry={() => void rows.refetch()} /> : null}
      {rows.isPending ? <CircularProgress size={22} /> : null}
      {rows.data ? (
        <Card>
          <RowsTable rows={rows.data} />
        </Card>
      ) : null}
    </Stack>
  );
}
