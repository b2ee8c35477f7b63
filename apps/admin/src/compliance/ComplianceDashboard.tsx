import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import {
  Box,
  Breadcrumbs,
  Card,
  CardContent,
  CardHeader,
  CircularProgress,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useTheme,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { STATUS_COLORS, type OrgUnitKind, type Status } from '@lianxi/rules';
import { Title, useDataProvider, useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { KindChip, useLocale } from '../common/fields';
import { KindIcon } from '../common/kindIcons';
import { LoadError } from '../common/LoadError';
import type { ComplianceRow, LianxiDataProvider, UnitComplianceResult } from '../dataProvider/dataProvider';
import type { OrgUnitRecord } from '../dataProvider/resources';
import { formatDate, formatDateTime } from '../i18n/dates';
import { CountLink, ExcelButton, RateBar, StatusChip, useComplianceYear, YearPicker } from './components';
import { downloadWorkbook, sheet } from './excel';
import { bySystem, drillSearch, formatRate, totals } from './model';
import { RowsTable } from './RowsTable';
import { useCompliance } from './useAsync';

const LIST_PREVIEW = 20;

function usePaletteColor() {
  const theme = useTheme();
  return (status: Status) => {
    const c = STATUS_COLORS[status];
    return c === 'default' ? theme.palette.grey[400] : theme.palette[c].main;
  };
}

function UnitPath({ unitId, year }: { unitId: string; year: number }) {
  const { data } = useGetOne<OrgUnitRecord>('orgUnits', { id: unitId });
  if (!data) return null;
  return (
    <Breadcrumbs separator={<NavigateNextIcon fontSize="small" />} aria-label="breadcrumb">
      {data.ancestors.map((a) => (
        <MuiLink key={a.id} component={Link} to={`/compliance/units/${a.id}?year=${year}`} underline="hover" color="inherit" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <KindIcon kind={a.kind} fontSize="inherit" />
          {a.name}
        </MuiLink>
      ))}
      <Typography color="text.primary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontWeight: 600 }}>
        <KindIcon kind={data.kind} fontSize="inherit" />
        {data.name}
      </Typography>
    </Breadcrumbs>
  );
}

function Figure({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 110 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="h5" component="div" sx={{ fontWeight: 700 }}>
        {children}
      </Typography>
    </Box>
  );
}

function Summary({ data, year }: { data: UnitComplianceResult; year: number }) {
  const translate = useTranslate();
  const locale = useLocale();
  const t = totals(data.rules);
  const drill = (status: Status) => drillSearch({ underId: data.unitId, year, statuses: [status] });
  return (
    <Card>
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4} sx={{ alignItems: { md: 'center' } }}>
          <Box sx={{ minWidth: 260 }}>
            <Typography variant="caption" color="text.secondary" title={translate('lianxi.compliance.rate_hint')}>
              {translate('lianxi.compliance.rate')}
            </Typography>
            <Typography variant="h3" component="div" sx={{ fontWeight: 800 }} data-testid="unit-rate">
              {formatRate(data.rate, locale)}
            </Typography>
            <RateBar rate={data.rate} width={240} />
          </Box>
          <Figure label="lianxi.compliance.applicable">{t.applicable}</Figure>
          <Figure label="lianxi.compliance.met">{t.met}</Figure>
          <Figure label="lianxi.compliance.on_track">{t.onTrack}</Figure>
          <Figure label="lianxi.compliance.at_risk" testId="total-at-risk">
            <CountLink count={t.atRisk} to={drill('AT_RISK')} status="AT_RISK" />
          </Figure>
          <Figure label="lianxi.compliance.missed" testId="total-missed">
            <CountLink count={t.missed} to={drill('MISSED')} status="MISSED" />
          </Figure>
        </Stack>
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
          {translate('lianxi.compliance.as_of', { date: formatDate(data.asOf, locale) })}
        </Typography>
      </CardContent>
    </Card>
  );
}

function ChildrenTable({ data, year }: { data: UnitComplianceResult; year: number }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  if (data.children.length === 0) return null;
  return (
    <Card>
      <CardHeader title={translate('lianxi.compliance.tree')} titleTypographyProps={{ variant: 'h6' }} />
      <Table size="small" aria-label={translate('lianxi.compliance.tree')} data-testid="rollup">
        <TableHead>
          <TableRow>
            <TableCell>{translate('lianxi.compliance.unit')}</TableCell>
            <TableCell>{translate('lianxi.compliance.kind')}</TableCell>
            <TableCell sx={{ minWidth: 200 }}>{translate('lianxi.compliance.rate')}</TableCell>
            <TableCell align="right">{translate('lianxi.compliance.applicable')}</TableCell>
            <TableCell align="right">{translate('lianxi.compliance.at_risk')}</TableCell>
            <TableCell align="right">{translate('lianxi.compliance.missed')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.children.map((c) => (
            <TableRow
              key={c.unitId}
              hover
              sx={{ cursor: 'pointer' }}
              data-unit-name={c.name}
              onClick={() => navigate(`/compliance/units/${c.unitId}?year=${year}`)}
            >
              <TableCell sx={{ fontWeight: 600 }}>
                <MuiLink component={Link} to={`/compliance/units/${c.unitId}?year=${year}`} underline="hover" onClick={(e) => e.stopPropagation()}>
                  {c.name}
                </MuiLink>
              </TableCell>
              <TableCell>
                <KindChip kind={c.kind as OrgUnitKind} />
              </TableCell>
              <TableCell>
                <RateBar rate={c.rate} />
              </TableCell>
              <TableCell align="right">{c.applicable}</TableCell>
              <TableCell align="right">
                <CountLink count={c.atRisk} to={drillSearch({ underId: c.unitId, year, statuses: ['AT_RISK'] })} status="AT_RISK" />
              </TableCell>
              <TableCell align="right">
                <CountLink count={c.missed} to={drillSearch({ underId: c.unitId, year, statuses: ['MISSED'] })} status="MISSED" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

function SystemChart({ data }: { data: UnitComplianceResult }) {
  const translate = useTranslate();
  const colorOf = usePaletteColor();
  const systems = bySystem(data.rules);
  if (systems.length === 0) return null;
  const labels = systems.map((s) => translate(`enums.System.${s.system}`));
  const series = (
    [
      ['MET', 'met'],
      ['ON_TRACK', 'onTrack'],
      ['AT_RISK', 'atRisk'],
      ['MISSED', 'missed'],
    ] as const
  ).map(([status, key]) => ({
    data: systems.map((s) => s.counts[key]),
    label: translate(`enums.Status.${status}`),
    stack: 'total',
    color: colorOf(status),
  }));
  return (
    <Card sx={{ flex: 3, minWidth: 0 }}>
      <CardHeader title={translate('lianxi.compliance.by_system')} titleTypographyProps={{ variant: 'h6' }} />
      <CardContent sx={{ pt: 0 }} data-testid="system-chart">
        <BarChart
          layout="horizontal"
          height={Math.max(220, systems.length * 34 + 80)}
          yAxis={[{ scaleType: 'band', data: labels, width: 150 }]}
          series={series}
          margin={{ left: 8, right: 16 }}
        />
      </CardContent>
    </Card>
  );
}

function ChildrenChart({ data }: { data: UnitComplianceResult }) {
  const translate = useTranslate();
  const colorOf = usePaletteColor();
  const rated = data.children.filter((c) => c.rate !== null && c.rate !== undefined);
  if (rated.length === 0) return null;
  return (
    <Card sx={{ flex: 2, minWidth: 0 }}>
      <CardHeader title={translate('lianxi.compliance.children')} titleTypographyProps={{ variant: 'h6' }} />
      <CardContent sx={{ pt: 0 }}>
        <BarChart
          layout="horizontal"
          height={Math.max(220, rated.length * 28 + 80)}
          yAxis={[{ scaleType: 'band', data: rated.map((c) => c.name), width: 170 }]}
          xAxis={[
            {
              min: 0,
              max: 100,
              valueFormatter: (v: number | null) => `${v ?? 0}%`,
              // Each bar in its unit's colour: the same thresholds as the roll-up table (model.rateStatus).
              colorMap: { type: 'piecewise', thresholds: [60, 90], colors: [colorOf('MISSED'), colorOf('AT_RISK'), colorOf('MET')] },
            },
          ]}
          series={[
            {
              data: rated.map((c) => Math.round((c.rate ?? 0) * 1000) / 10),
              label: translate('lianxi.compliance.rate'),
              valueFormatter: (v: number | null) => `${v ?? 0}%`,
            },
          ]}
          hideLegend
          margin={{ left: 8, right: 16 }}
        />
      </CardContent>
    </Card>
  );
}

function RulesTable({ data, year }: { data: UnitComplianceResult; year: number }) {
  const translate = useTranslate();
  const rules = data.rules.filter((r) => r.applicable > 0);
  if (rules.length === 0) return null;
  const drill = (ruleId: string, status: Status) => drillSearch({ underId: data.unitId, year, ruleId, statuses: [status] });
  return (
    <Card>
      <CardHeader title={translate('lianxi.compliance.by_rule')} titleTypographyProps={{ variant: 'h6' }} />
      <Table size="small" aria-label={translate('lianxi.compliance.by_rule')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('lianxi.compliance.system')}</TableCell>
            <TableCell>{translate('lianxi.compliance.rule')}</TableCell>
            <TableCell align="right">{translate('lianxi.compliance.applicable')}</TableCell>
            <TableCell align="right">{translate('lianxi.compliance.met')}</TableCell>
            <TableCell align="right">{translate('lianxi.compliance.on_track')}</TableCell>
            <TableCell align="right">{translate('lianxi.compliance.at_risk')}</TableCell>
            <TableCell align="right">{translate('lianxi.compliance.missed')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rules.map((r) => (
            <TableRow key={r.ruleId} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enums.System.${r.ruleId.split('.')[0]}`, { _: r.ruleId })}</TableCell>
              <TableCell>{r.title}</TableCell>
              <TableCell align="right">{r.applicable}</TableCell>
              <TableCell align="right">{r.met}</TableCell>
              <TableCell align="right">{r.onTrack}</TableCell>
              <TableCell align="right">
                <CountLink count={r.atRisk} to={drill(r.ruleId, 'AT_RISK')} status="AT_RISK" />
              </TableCell>
              <TableCell align="right">
                <CountLink count={r.missed} to={drill(r.ruleId, 'MISSED')} status="MISSED" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

function StatusList({ unitId, year, status, title }: { unitId: string; year: number; status: Status; title: string }) {
  const translate = useTranslate();
  const rows = useCompliance(['rows', unitId, year, status], (dp) => dp.complianceRows({ underId: unitId, year, statuses: [status] }));
  const all = drillSearch({ underId: unitId, year, statuses: [status] });
  return (
    <Card sx={{ flex: 1, minWidth: 0 }}>
      <CardHeader
        title={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="h6">{translate(title)}</Typography>
            <StatusChip status={status} />
          </Stack>
        }
        action={
          rows.data && rows.data.length > LIST_PREVIEW ? (
            <MuiLink component={Link} to={all} sx={{ mr: 1 }}>
              {translate('lianxi.compliance.rows_total', { smart_count: rows.data.length })}
            </MuiLink>
          ) : null
        }
      />
      {rows.error ? <LoadError error={rows.error} /> : null}
      {rows.isPending ? <CircularProgress size={20} sx={{ m: 2 }} /> : <RowsTable rows={(rows.data ?? []).slice(0, LIST_PREVIEW)} compact />}
    </Card>
  );
}

/** The Excel file of the dashboard: roll-up, rules, and the at-risk and missed lists, headed in the user's language. */
async function exportDashboard(
  data: UnitComplianceResult,
  year: number,
  rows: (status: Status) => Promise<ComplianceRow[]>,
  translate: (key: string, options?: Record<string, unknown>) => string,
  locale: string,
) {
  const tr = (k: string) => translate(`lianxi.compliance.${k}`);
  const title = [`${data.name} ${year} ${translate('lianxi.compliance.title')}`, `${translate('lianxi.excel.generated')} ${formatDateTime(new Date().toISOString(), locale === 'en' ? 'en' : 'zh-CN')}`];
  const [atRisk, missed] = await Promise.all([rows('AT_RISK'), rows('MISSED')]);
  const rowSheet = (name: string, list: ComplianceRow[]) =>
    sheet<ComplianceRow>({
      name,
      title,
      columns: [
        { header: tr('person'), value: (r) => r.personName ?? `${r.unitName}${tr('unit_subject')}`, width: 14 },
        { header: tr('unit'), value: (r) => r.unitName, width: 22 },
        { header: tr('system'), value: (r) => translate(`enums.System.${r.system}`, { _: r.system }), width: 22 },
        { header: tr('rule'), value: (r) => r.ruleTitle, width: 30 },
        { header: tr('actual'), value: (r) => r.actual },
        { header: tr('required'), value: (r) => r.required },
        { header: tr('status'), value: (r) => translate(`enums.Status.${r.status}`, { _: r.status }) },
      ],
      rows: list,
    });
  await downloadWorkbook(
    [
      sheet<UnitComplianceResult['children'][number]>({
        name: translate('lianxi.excel.sheet_units'),
        title: [...title, `${tr('rate')} ${formatRate(data.rate, locale)}`],
        columns: [
          { header: tr('unit'), value: (c) => c.name, width: 26 },
          { header: tr('kind'), value: (c) => translate(`enums.OrgUnitKind.${c.kind}`, { _: c.kind }), width: 14 },
          { header: tr('rate'), value: (c) => (c.rate === null || c.rate === undefined ? '' : Math.round(c.rate * 1000) / 1000) },
          { header: tr('applicable'), value: (c) => c.applicable },
          { header: tr('at_risk'), value: (c) => c.atRisk },
          { header: tr('missed'), value: (c) => c.missed },
        ],
        rows: data.children,
      }),
      sheet<UnitComplianceResult['rules'][number]>({
        name: translate('lianxi.excel.sheet_rules'),
        title,
        columns: [
          { header: tr('system'), value: (r) => translate(`enums.System.${r.ruleId.split('.')[0]}`, { _: r.ruleId }), width: 22 },
          { header: tr('rule'), value: (r) => r.title, width: 34 },
          { header: tr('applicable'), value: (r) => r.applicable },
          { header: tr('met'), value: (r) => r.met },
          { header: tr('on_track'), value: (r) => r.onTrack },
          { header: tr('at_risk'), value: (r) => r.atRisk },
          { header: tr('missed'), value: (r) => r.missed },
        ],
        rows: data.rules,
      }),
      rowSheet(tr('missed_list'), missed),
      rowSheet(tr('at_risk_list'), atRisk),
    ],
    `${data.name}-${year}-${translate('lianxi.compliance.title')}`,
  );
}

/**
 * The compliance dashboard of one unit (the user's scope unit by default): its rate, the roll-up one level
 * down (bureau → farms → areas; click a unit to go down), per-system charts, each rule's counts, and the
 * at-risk and missed lists. Every count opens the people behind it; every person opens their scorecard.
 */
export function ComplianceDashboard() {
  const translate = useTranslate();
  const locale = useLocale();
  const params = useParams<{ unitId?: string }>();
  const identity = useGetIdentity();
  const scopeUnitId = typeof identity.data?.['scopeUnitId'] === 'string' ? identity.data['scopeUnitId'] : undefined;
  const unitId = params.unitId ?? scopeUnitId;
  const [year, setYear] = useComplianceYear();
  const result = useCompliance(['unit', unitId, year], (dp) => dp.unitCompliance(unitId ?? '', year), Boolean(unitId));
  const data = result.data;
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Title title={translate('lianxi.compliance.title')} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
        <Stack spacing={0.5}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            {data ? `${data.name} · ${year}` : translate('lianxi.compliance.title')}
          </Typography>
          {unitId ? <UnitPath unitId={unitId} year={year} /> : null}
        </Stack>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <YearPicker year={year} onChange={setYear} />
          {data ? <ExcelDashboardButton data={data} year={year} locale={locale} /> : null}
        </Stack>
      </Stack>
      {result.error ? <LoadError error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.isPending && unitId ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', p: 2 }}>
          <CircularProgress size={22} />
          <Typography color="text.secondary">{translate('lianxi.compliance.loading')}</Typography>
        </Stack>
      ) : null}
      {data ? (
        <>
          <Summary data={data} year={year} />
          <ChildrenTable data={data} year={year} />
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
            <SystemChart data={data} />
            <ChildrenChart data={data} />
          </Stack>
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
            <StatusList unitId={data.unitId} year={year} status="MISSED" title="lianxi.compliance.missed_list" />
            <StatusList unitId={data.unitId} year={year} status="AT_RISK" title="lianxi.compliance.at_risk_list" />
          </Stack>
          <RulesTable data={data} year={year} />
        </>
      ) : null}
    </Stack>
  );
}

function ExcelDashboardButton({ data, year, locale }: { data: UnitComplianceResult; year: number; locale: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LianxiDataProvider>();
  return (
    <ExcelButton
      onExport={() =>
        exportDashboard(data, year, (status) => dataProvider.complianceRows({ underId: data.unitId, year, statuses: [status] }), translate, locale)
      }
    />
  );
}
