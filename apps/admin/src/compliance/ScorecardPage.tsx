import PersonIcon from '@mui/icons-material/Person';
import {
  Alert,
  Box,
  Card,
  Chip,
  CircularProgress,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { STATUS_ORDER, type Status } from '@lianxi/rules';
import { useMemo } from 'react';
import { Button, Title, useGetOne, useResourceDefinitions, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { useLocale } from '../common/fields';
import { LoadError } from '../common/LoadError';
import type { RuleResult } from '../dataProvider/dataProvider';
import type { PersonRecord } from '../dataProvider/resources';
import { formatDate, formatDateTime } from '../i18n/dates';
import { ExcelButton, StatusChip, useComplianceYear, YearPicker } from './components';
import { evidenceLabel, evidencePath, evidenceText } from './evidence';
import { downloadWorkbook, sheet } from './excel';
import { formatAmount } from './model';
import { useCompliance } from './useAsync';

/** Worst first (missed, at risk, on track, met, advisory, not applicable), then by system and rule. */
export function sortResults(results: readonly RuleResult[]): RuleResult[] {
  const order = (s: string) => {
    const i = STATUS_ORDER.indexOf(s as Status);
    return i < 0 ? STATUS_ORDER.length : i;
  };
  return [...results].sort((a, b) => order(a.status) - order(b.status) || a.ruleId.localeCompare(b.ruleId, 'en', { numeric: true }));
}

/** The records counted for a rule, named by kind and day; each opens its record when the admin has its screen. */
function Evidence({ result }: { result: RuleResult }) {
  const translate = useTranslate();
  const definitions = useResourceDefinitions();
  const registered = (r: string) => Boolean(definitions[r]?.hasShow);
  if (result.evidence.length === 0) {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('lianxi.compliance.no_evidence')}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="evidence">
      {result.evidence.map((e, i) => {
        const path = evidencePath(e, registered);
        return path ? (
          <Chip key={`${e.id}-${i}`} size="small" clickable component={Link} to={path} label={evidenceLabel(e)} data-kind={e.kind} />
        ) : (
          <Typography key={`${e.id}-${i}`} variant="caption" component="span" data-kind={e.kind} sx={{ whiteSpace: 'nowrap', mr: 1 }}>
            {evidenceLabel(e)}
          </Typography>
        );
      })}
    </Stack>
  );
}

/**
 * A person's scorecard for a year: each rule that applies with actual / required, status, the API's
 * explanation (with the pace) and the records counted. Worst first, so what needs doing comes first.
 */
export function ScorecardPage() {
  const translate = useTranslate();
  const locale = useLocale();
  const { personId = '' } = useParams<{ personId: string }>();
  const [year, setYear] = useComplianceYear();
  const person = useGetOne<PersonRecord>('people', { id: personId });
  const results = useCompliance(['person', personId, year], (dp) => dp.personCompliance(personId, year));
  const sorted = useMemo(() => sortResults(results.data ?? []), [results.data]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of sorted) m.set(r.status, (m.get(r.status) ?? 0) + 1);
    return m;
  }, [sorted]);
  const name = person.data?.name ?? '';
  const exportIt = () =>
    downloadWorkbook(
      [
        sheet<RuleResult>({
          name: translate('lianxi.excel.sheet_scorecard'),
          title: [
            `${translate('lianxi.compliance.scorecard_of', { name })} · ${year}`,
            `${translate('lianxi.excel.generated')} ${formatDateTime(new Date().toISOString(), locale)}`,
          ],
          columns: [
            { header: translate('lianxi.compliance.system'), value: (r) => translate(`enums.System.${r.system}`, { _: r.system }), width: 22 },
            { header: translate('lianxi.compliance.rule'), value: (r) => r.title, width: 30 },
            { header: translate('lianxi.compliance.actual'), value: (r) => r.actual },
            { header: translate('lianxi.compliance.required'), value: (r) => r.required },
            { header: translate('lianxi.compliance.status'), value: (r) => translate(`enums.Status.${r.status}`, { _: r.status }) },
            { header: translate('lianxi.compliance.explanation'), value: (r) => r.explanation, width: 60 },
            { header: translate('lianxi.compliance.evidence'), value: (r) => evidenceText(r.evidence), width: 40 },
          ],
          rows: sorted,
        }),
      ],
      `${name}-${year}-${translate('lianxi.compliance.scorecard')}`,
    );
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Title title={translate('lianxi.compliance.scorecard_of', { name })} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}>
        <Stack spacing={0.5}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            {translate('lianxi.compliance.scorecard_of', { name })}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            {[...counts.entries()]
              .sort((a, b) => STATUS_ORDER.indexOf(a[0] as Status) - STATUS_ORDER.indexOf(b[0] as Status))
              .map(([status, n]) => (
                <Box key={status} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  <StatusChip status={status} />
                  <Typography variant="body2">{n}</Typography>
                </Box>
              ))}
          </Stack>
        </Stack>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <YearPicker year={year} onChange={setYear} />
          <Button component={Link} to={`/people/${personId}/show`} label="lianxi.compliance.open_person" sx={{ whiteSpace: 'nowrap' }}>
            <PersonIcon />
          </Button>
          {results.data ? <ExcelButton onExport={exportIt} /> : null}
        </Stack>
      </Stack>
      {results.error ? <LoadError error={results.error} onRetry={() => void results.refetch()} /> : null}
      {results.isPending ? <CircularProgress size={22} /> : null}
      {results.data && results.data.length === 0 ? <Alert severity="info">{translate('lianxi.compliance.none')}</Alert> : null}
      {sorted.length ? (
        <Card>
          <Table size="small" data-testid="scorecard">
            <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableRow>
                <TableCell>{translate('lianxi.compliance.system')}</TableCell>
                <TableCell>{translate('lianxi.compliance.rule')}</TableCell>
                <TableCell align="right">{translate('lianxi.compliance.actual')}</TableCell>
                <TableCell align="right">{translate('lianxi.compliance.required')}</TableCell>
                <TableCell>{translate('lianxi.compliance.status')}</TableCell>
                <TableCell sx={{ width: '30%' }}>{translate('lianxi.compliance.explanation')}</TableCell>
                <TableCell>{translate('lianxi.compliance.evidence')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((r) => (
                <TableRow key={r.ruleId} data-rule={r.ruleId} sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enums.System.${r.system}`, { _: r.system })}</TableCell>
                  <TableCell sx={{ minWidth: 160 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>{r.title}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {`${translate('lianxi.compliance.period')} ${formatDate(r.periodStart, locale)} – ${formatDate(r.periodEnd, locale)}`}
                    </Typography>
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: 700 }}>{formatAmount(r.actual)}</TableCell>
                  <TableCell align="right">{formatAmount(r.required)}</TableCell>
                  <TableCell>
                    <StatusChip status={r.status} />
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2">{r.explanation}</Typography>
                    {r.warnings.map((w) => (
                      <Typography key={w.code} variant="caption" color={w.severity === 'ERROR' ? 'error' : 'warning.main'} sx={{ display: 'block' }}>
                        {w.message}
                      </Typography>
                    ))}
                  </TableCell>
                  {/* Wide enough for one chip ("基层调研 2025-03-04") a line, so the rule keeps its width. */}
                  <TableCell sx={{ minWidth: 190, maxWidth: 360 }}>
                    <Evidence result={r} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      ) : null}
      {person.data ? (
        <Typography variant="caption" color="text.secondary">
          <MuiLink component={Link} to={`/compliance/units/${person.data.unitId}?year=${year}`}>
            {translate('lianxi.compliance.up')}
          </MuiLink>
        </Typography>
      ) : null}
    </Stack>
  );
}
