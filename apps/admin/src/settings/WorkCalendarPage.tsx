import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Box, Button, Card, CardContent, Chip, IconButton, MenuItem, Stack, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useLocale } from '../common/fields';
import { formatDate, todayInChina } from '../i18n/dates';
import { runMutation, runQuery } from '../records/steps';
import { addEntry, entryError, removeEntry, type CalendarEntry } from './calendar';
import { SetWorkCalendarDocument, WorkCalendarDocument } from './documents';

type Kind = 'holidays' | 'workdays';

function EntryList({ kind, year, entries, onChange }: { kind: Kind; year: number; entries: CalendarEntry[]; onChange: (next: CalendarEntry[]) => void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const entry = { date, name };
    const problem = entryError(year, entry);
    if (problem) {
      setError(translate(problem));
      return;
    }
    setError(null);
    onChange(addEntry(entries, entry));
    setDate('');
    setName('');
  };
  return (
    <Box sx={{ flex: 1, minWidth: 320 }} data-testid={`calendar-${kind}`}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(`lianxi.settings.${kind}`)}（{entries.length}）
      </Typography>
      <Table size="small">
        <TableBody>
          {entries.length === 0 ? (
            <TableRow>
              <TableCell>{translate('lianxi.settings.none')}</TableCell>
            </TableRow>
          ) : null}
          {entries.map((e) => (
            <TableRow key={e.date} data-date={e.date}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(e.date, locale)}</TableCell>
              <TableCell>{e.name}</TableCell>
              <TableCell align="right" sx={{ width: 48 }}>
                <IconButton size="small" aria-label={`${translate('lianxi.settings.remove')} ${e.date}`} onClick={() => onChange(removeEntry(entries, e.date))}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mt: 1.5, alignItems: 'flex-start' }}>
        <TextField
          size="small"
          type="date"
          label={translate('lianxi.settings.date')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: `${year}-01-01`, max: `${year}-12-31`, 'data-testid': `${kind}-date` } }}
          error={!!error}
          helperText={error ?? ' '}
        />
        <TextField
          size="small"
          label={translate('lianxi.settings.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': `${kind}-name` } }}
        />
        <Button variant="outlined" onClick={add} sx={{ mt: 0.25 }}>
          {translate('lianxi.settings.add')}
        </Button>
      </Stack>
    </Box>
  );
}

/**
 * 工作日历: a year's public holidays and adjusted working days, from which the petition deadlines count working
 * days. Edited as two lists and saved at once (the API replaces the year); only a bureau-wide ADMIN may save,
 * and the API's refusal is shown as it words it.
 */
export function WorkCalendarPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const thisYear = Number(todayInChina().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [holidays, setHolidays] = useState<CalendarEntry[]>([]);
  const [workdays, setWorkdays] = useState<CalendarEntry[]>([]);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const calendar = useQuery({
    queryKey: ['workCalendar', year],
    queryFn: async () => (await runQuery(WorkCalendarDocument, { year })).workCalendar,
    staleTime: 0,
  });
  useEffect(() => {
    if (!calendar.data) return;
    setHolidays(calendar.data.holidays.map(({ date, name }) => ({ date, name })));
    setWorkdays(calendar.data.workdays.map(({ date, name }) => ({ date, name })));
    setDirty(false);
  }, [calendar.data]);

  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      await runMutation(SetWorkCalendarDocument, { input: { year, holidays, workdays } });
      notify('lianxi.settings.saved', { type: 'success' });
      await calendar.refetch();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('lianxi.settings.calendar_title')} />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('lianxi.settings.calendar_hint')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
          <TextField select size="small" label={translate('lianxi.settings.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 120 }}>
            {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
          {calendar.data ? (
            <Chip size="small" variant="outlined" label={translate(calendar.data.edited ? 'lianxi.settings.edited' : 'lianxi.settings.builtin')} data-testid="calendar-source" />
          ) : null}
        </Stack>
        {calendar.error ? <Alert severity="error">{calendar.error.message}</Alert> : null}
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="calendar-error">
            {error}
          </Alert>
        ) : null}
        <Stack direction={{ xs: 'column', lg: 'row' }} spacing={4}>
          <EntryList
            kind="holidays"
            year={year}
            entries={holidays}
            onChange={(next) => {
              setHolidays(next);
              setDirty(true);
            }}
          />
          <EntryList
            kind="workdays"
            year={year}
            entries={workdays}
            onChange={(next) => {
              setWorkdays(next);
              setDirty(true);
            }}
          />
        </Stack>
        <Button variant="contained" sx={{ mt: 3 }} disabled={!dirty || saving} onClick={() => void save()}>
          {translate('lianxi.settings.save')}
        </Button>
      </CardContent>
    </Card>
  );
}
