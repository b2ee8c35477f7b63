import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import { useLocale } from '../common/fields';
import { ExcelButton, RateBar } from '../compliance/components';
import { downloadWorkbook } from '../compliance/excel';
import { formatAmount, formatRate } from '../compliance/model';
import { formatDate, formatDateTime } from '../i18n/dates';
import { figuresFileName, figuresSheet, ruleRate, type YearEndFigures } from './figures';

/** "导出 Excel" of a unit's year: one sheet, one row per rule, named after the unit and year. */
export function FiguresExcelButton({ figures }: { figures: YearEndFigures }) {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <ExcelButton
      onExport={() =>
        downloadWorkbook([figuresSheet(figures, translate, locale, formatDateTime(new Date().toISOString(), locale))], figuresFileName(figures, translate))
      }
    />
  );
}

const num = { align: 'right' as const, sx: { whiteSpace: 'nowrap' } };

/**
 * A unit's year in figures: per system its counts by status and rate, and under it each rule with actual,
 * required and the gap still open (what the year-end report must account for).
 */
export function FiguresTable({ figures }: { figures: YearEndFigures }) {
  const translate = useTranslate();
  const locale = useLocale();
  const tr = (k: string) => translate(`lianxi.year_end.${k}`);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={3} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Box data-testid="year-end-rate">
          <Typography variant="caption" color="text.secondary">
            {tr('rate')}
          </Typography>
          <RateBar rate={figures.rate} width={200} />
        </Box>
        <Typography variant="caption" color="text.secondary">
          {translate('lianxi.compliance.as_of', { date: formatDate(figures.asOf, locale) })}
        </Typography>
      </Stack>
      {figures.systems.length === 0 ? (
        <Alert severity="info">{tr('none')}</Alert>
      ) : (
        <Table size="small" data-testid="year-end-figures" aria-label={tr('panel')}>
          <TableHead sx={{ '& th': { whiteSpace: 'nowrap', fontWeight: 600 } }}>
            <TableRow>
              <TableCell>{tr('system_rule')}</TableCell>
              <TableCell {...num}>{tr('applicable')}</TableCell>
              <TableCell {...num}>{tr('met')}</TableCell>
              <TableCell {...num}>{tr('on_track')}</TableCell>
              <TableCell {...num}>{tr('at_risk')}</TableCell>
              <TableCell {...num}>{tr('missed')}</TableCell>
              <TableCell {...num}>{tr('rate')}</TableCell>
              <TableCell {...num}>{tr('actual')}</TableCell>
              <TableCell {...num}>{tr('required')}</TableCell>
              <TableCell {...num}>{tr('gap')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {figures.systems.map((s) => (
              <Fragment key={s.system}>
                <TableRow data-system={s.system} sx={{ bgcolor: 'action.hover', '& td': { fontWeight: 700 } }}>
                  <TableCell>{s.title}</TableCell>
                  <TableCell {...num}>{s.applicable}</TableCell>
                  <TableCell {...num}>{s.met}</TableCell>
                  <TableCell {...num}>{s.onTrack}</TableCell>
                  <TableCell {...num}>{s.atRisk}</TableCell>
                  <TableCell {...num}>{s.missed}</TableCell>
                  <TableCell {...num}>{formatRate(s.rate, locale)}</TableCell>
                  <TableCell colSpan={3} />
                </TableRow>
                {s.rules.map((r) => (
                  <TableRow key={r.ruleId} data-rule={r.ruleId}>
                    <TableCell sx={{ pl: 4 }}>{r.title}</TableCell>
                    <TableCell {...num}>{r.applicable}</TableCell>
                    <TableCell {...num}>{r.met}</TableCell>
                    <TableCell {...num}>{r.onTrack}</TableCell>
                    <TableCell {...num}>{r.atRisk}</TableCell>
                    <TableCell {...num}>{r.missed}</TableCell>
                    <TableCell {...num}>{formatRate(ruleRate(r), locale)}</TableCell>
                    <TableCell {...num}>{formatAmount(r.actual)}</TableCell>
                    <TableCell {...num}>{formatAmount(r.required)}</TableCell>
                    <TableCell {...num} sx={{ whiteSpace: 'nowrap', fontWeight: r.gap > 0 ? 700 : undefined, color: r.gap > 0 ? 'error.main' : undefined }}>
                      {formatAmount(r.gap)}
                    </TableCell>
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
