import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  Form,
  Link,
  ReferenceArrayInput,
  SaveButton,
  TextInput,
  Title,
  required,
  useGetList,
  useNotify,
  useStore,
  useTranslate,
} from 'react-admin';
import type { DutyRosterMonthQuery } from '../../gql/graphql';
import { DutyRosterMonthDocument, FillDutyRosterDocument } from '../../graphql/records.documents';
import { todayInChina } from '../../i18n/dates';
import { runMutation, runQuery } from '../../records/steps';
import { monthWeeks, shiftMonth } from './month';

type Roster = DutyRosterMonthQuery['dutyRosterMonth'];
type RosterDay = Roster['days'][number];

const STATUS_STYLE: Record<RosterDay['status'], { bg: string; border: string }> = {
  COVERED: { bg: '#f1f8e9', border: '#c5e1a5' },
  GAP: { bg: '#ffebee', border: '#e53935' },
  DOUBLE: { bg: '#fff3e0', border: '#fb8c00' },
  NOT_REQUIRED: { bg: '#fafafa', border: '#e0e0e0' },
};

function DayCell({ date, day, unitId }: { date: string | null; day: RosterDay | undefined; unitId: string }) {
  const translate = useTranslate();
  if (!date) return <Box sx={{ minHeight: 96, bgcolor: 'transparent' }} />;
  const style = STATUS_STYLE[day?.status ?? 'NOT_REQUIRED'];
  const create = `/dutyDays/create?source=${encodeURIComponent(JSON.stringify({ unitId, date }))}`;
  return (
    <Box
      data-date={date}
      data-status={day?.status ?? ''}
      sx={{ minHeight: 96, p: 0.75, bgcolor: style.bg, border: 2, borderColor: style.border, borderRadius: 1, display: 'flex', flexDirection: 'column', gap: 0.5 }}
    >
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {Number(date.slice(8))}
        </Typography>
        {day && day.status !== 'COVERED' ? (
          <Typography variant="caption" sx={{ color: day.status === 'NOT_REQUIRED' ? 'text.secondary' : style.border, fontWeight: 600 }}>
            {translate(`enums.DutyDayStatus.${day.status}`)}
          </Typography>
        ) : null}
      </Stack>
      {day?.duty.map((d) => (
        <Link key={d.id} to={`/dutyDays/${d.id}/show`} sx={{ fontSize: 13 }}>
          {d.person?.name ?? '—'}
        </Link>
      ))}
      {day && day.duty.length === 0 && day.status === 'GAP' ? (
        <Link to={create} sx={{ fontSize: 12 }}>
          + {translate('lianxi.records.roster.add')}
        </Link>
      ) : null}
    </Box>
  );
}

function FillDialog({ open, onClose, unitId, month, workingDaysOnly, onFilled }: {
  open: boolean;
  onClose: () => void;
  unitId: string;
  month: string;
  workingDaysOnly: boolean | null;
  onFilled: (roster: Roster) => void;
}) {
  const translate = useTranslate();
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    setError(null);
    try {
      const personIds = (values['personIds'] ?? []) as string[];
      const place = typeof values['place'] === 'string' && values['place'] ? values['place'] : null;
      const data = await runMutation(FillDutyRosterDocument, {
        input: { unitId, month, personIds, place, ...(workingDaysOnly === null ? {} : { workingDaysOnly }) },
      });
      onFilled(data.fillDutyRoster);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <Form onSubmit={submit} defaultValues={{ personIds: [] }}>
        <DialogTitle>{translate('lianxi.records.roster.fill_title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('lianxi.records.roster.fill_hint')}
          </Typography>
          {error ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          ) : null}
          <ReferenceArrayInput source="personIds" reference="people" filter={{ underId: unitId }} perPage={50}>
            <AutocompleteArrayInput
              label="lianxi.records.roster.rotation"
              optionText="name"
              filterToQuery={(q: string) => (q ? { q } : {})}
              validate={required()}
              fullWidth
            />
          </ReferenceArrayInput>
          <TextInput source="place" label="lianxi.records.roster.place" fullWidth />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('lianxi.records.cancel')}</Button>
          <SaveButton label="lianxi.records.roster.fill" icon={<></>} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/**
 * A farm's duty roster as a month calendar: who receives visitors each day, gaps (red) and double bookings
 * (orange) as the API counts them (S4.FARM_DAILY), and a bulk fill of the empty days from a rotation.
 */
export function DutyRosterPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { data: farms } = useGetList('orgUnits', { filter: { kind: 'FARM' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const [storedFarm, setFarm] = useStore<string | null>('records.roster.farm', null);
  const [month, setMonth] = useState(todayInChina().slice(0, 7));
  const [workingDaysOnly, setWorkingDaysOnly] = useState<boolean | null>(null);
  const [filling, setFilling] = useState(false);
  const farm = storedFarm && farms?.some((f) => f.id === storedFarm) ? storedFarm : (farms?.[0]?.id as string | undefined);

  const roster = useQuery({
    queryKey: ['dutyRosterMonth', farm, month, workingDaysOnly],
    enabled: !!farm,
    queryFn: async () =>
      (await runQuery(DutyRosterMonthDocument, { unitId: String(farm), month, ...(workingDaysOnly === null ? {} : { workingDaysOnly }) })).dutyRosterMonth,
  });
  const byDate = new Map((roster.data?.days ?? []).map((d) => [d.date, d]));
  const weekdays = translate('lianxi.records.roster.weekdays').split(',');

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('lianxi.records.roster.title')} />
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
          <TextField
            select
            size="small"
            label={translate('lianxi.records.roster.farm')}
            value={farm ?? ''}
            onChange={(e) => setFarm(e.target.value)}
            sx={{ minWidth: 220 }}
          >
            {(farms ?? []).map((f) => (
              <MenuItem key={f.id} value={f.id}>
                {String(f['name'])}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" sx={{ alignItems: 'center' }}>
            <IconButton aria-label={translate('lianxi.records.roster.previous')} onClick={() => setMonth(shiftMonth(month, -1))}>
              <ChevronLeftIcon />
            </IconButton>
            <TextField
              size="small"
              type="month"
              label={translate('lianxi.records.roster.month')}
              value={month}
              onChange={(e) => e.target.value && setMonth(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <IconButton aria-label={translate('lianxi.records.roster.next')} onClick={() => setMonth(shiftMonth(month, 1))}>
              <ChevronRightIcon />
            </IconButton>
          </Stack>
          <FormControlLabel
            control={
              <Switch
                checked={workingDaysOnly ?? roster.data?.workingDaysOnly ?? false}
                onChange={(e) => setWorkingDaysOnly(e.target.checked)}
              />
            }
            label={translate('lianxi.records.roster.working_days_only')}
          />
          <Box sx={{ flex: 1 }} />
          <Button variant="contained" disabled={!farm} onClick={() => setFilling(true)} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
            {translate('lianxi.records.roster.fill')}
          </Button>
          <Button component={Link} to="/dutyDays">
            {translate('lianxi.records.roster.list')}
          </Button>
        </Stack>
        {roster.error ? <Alert severity="error">{roster.error.message}</Alert> : null}
        {roster.data ? (
          <Stack direction="row" spacing={1} sx={{ mb: 2 }} data-testid="roster-summary">
            <Chip color={roster.data.gaps.length ? 'error' : 'success'} label={translate('lianxi.records.roster.gaps', { smart_count: roster.data.gaps.length })} />
            <Chip color={roster.data.doubles.length ? 'warning' : 'default'} label={translate('lianxi.records.roster.doubles', { smart_count: roster.data.doubles.length })} />
          </Stack>
        ) : null}
        {farm ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.75 }} data-testid="roster-grid">
            {weekdays.map((w) => (
              <Typography key={w} variant="caption" sx={{ textAlign: 'center', fontWeight: 600 }}>
                {w}
              </Typography>
            ))}
            {monthWeeks(month)
              .flat()
              .map((date, i) => (
                <DayCell key={date ?? `pad-${i}`} date={date} day={date ? byDate.get(date) : undefined} unitId={String(farm)} />
              ))}
          </Box>
        ) : (
          <Typography>{translate('lianxi.records.roster.pick_farm')}</Typography>
        )}
      </CardContent>
      {farm ? (
        <FillDialog
          open={filling}
          onClose={() => setFilling(false)}
          unitId={String(farm)}
          month={month}
          workingDaysOnly={workingDaysOnly}
          onFilled={(data) => {
            notify('lianxi.records.roster.filled', { type: 'success', messageArgs: { smart_count: data.gaps.length } });
            void roster.refetch();
          }}
        />
      ) : null}
    </Card>
  );
}
