import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { Box, Chip, LinearProgress, Link as MuiLink, MenuItem, TextField, Typography } from '@mui/material';
import { STATUS_COLORS, type Status } from '@lianxi/rules';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { useLocale } from '../common/fields';
import { todayInChina } from '../i18n/dates';
import { formatRate, rateColor, yearChoices } from './model';

export function StatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  const color = STATUS_COLORS[status as Status] ?? 'default';
  return (
    <Chip
      size="small"
      color={color}
      variant={status === 'MET' || status === 'MISSED' ? 'filled' : 'outlined'}
      label={translate(`enums.Status.${status}`, { _: status })}
      data-status={status}
    />
  );
}

/** A rate as a coloured bar and a percentage. */
export function RateBar({ rate, width = 140 }: { rate: number | null | undefined; width?: number }) {
  const locale = useLocale();
  const translate = useTranslate();
  const color = rateColor(rate);
  if (rate === null || rate === undefined) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('lianxi.compliance.no_rate')}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: width }} data-rate={rate}>
      <LinearProgress
        variant="determinate"
        value={Math.round(rate * 100)}
        color={color === 'default' || color === 'secondary' ? 'inherit' : color}
        sx={{ flex: 1, height: 8, borderRadius: 4, bgcolor: 'grey.200' }}
      />
      <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 48, textAlign: 'right', color: `${color === 'default' ? 'text' : color}.main` }}>
        {formatRate(rate, locale)}
      </Typography>
    </Box>
  );
}

/** A count that opens the list of people behind it (a zero is plain text: nothing to open). */
export function CountLink({ count, to, status }: { count: number; to: string; status?: Status }) {
  if (count === 0) return <Typography variant="body2" color="text.secondary">0</Typography>;
  const color = status ? STATUS_COLORS[status] : 'default';
  return (
    <MuiLink
      component={Link}
      to={to}
      underline="always"
      sx={{ fontWeight: 700, color: color === 'default' ? undefined : `${color}.main` }}
      data-count={status}
      onClick={(e) => e.stopPropagation()}
    >
      {count}
    </MuiLink>
  );
}

/** The year in the address (`?year=2025`), this year in China by default. */
export function useComplianceYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const current = yearChoices(todayInChina())[0] ?? new Date().getFullYear();
  const year = Number(params.get('year')) || current;
  const setYear = (y: number) => {
    const next = new URLSearchParams(params);
    next.set('year', String(y));
    setParams(next);
  };
  return [year, setYear];
}

export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const translate = useTranslate();
  const years = yearChoices(todayInChina());
  return (
    <TextField
      select
      size="small"
      label={translate('lianxi.compliance.year')}
      value={year}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ minWidth: 120 }}
      slotProps={{ select: { inputProps: { 'data-testid': 'year-picker' } } }}
    >
      {years.map((y) => (
        <MenuItem key={y} value={y}>
          {y}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** "导出 Excel": runs the export, shows progress and reports a failure instead of failing silently. */
export function ExcelButton({ onExport }: { onExport: () => Promise<void> }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await onExport();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'lianxi.error.unexpected', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="lianxi.compliance.export" onClick={() => void run()} disabled={busy} variant="outlined" sx={{ whiteSpace: 'nowrap', textTransform: 'none' }}>
      <FileDownloadIcon />
    </Button>
  );
}
