import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, MenuItem, Stack, Switch, TextField, Tooltip, Typography } from '@mui/material';
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
  useDataProvider,
  useGetList,
  useNotify,
  useStore,
  useTranslate,
} from 'react-admin';
import type { DutyRosterMonthQuery, ReceptionDayFieldsFragment } from '../../gql/graphql';
import { DutyRosterMonthDocument, FillDutyRosterDocument } from '../../graphql/records.documents';
import { todayInChina } from '../../i18n/dates';
import { runMutation, runQuery } from '../../records/steps';
import { byDay, monthRange, monthWeeks, shiftMonth } from './month';
import { PublicLinks } from './PublicLinks';

type Roster = DutyRosterMonthQuery['dutyRosterMonth'];
type RosterDay = Roster['days'][number];
type ReceptionDay = ReceptionDayFieldsFragment;

const STATUS_STYLE: Record<RosterDay['status'], { bg: string; border: string }> = {
  COVERED: { bg: '#f1f8e9', border: '#c5e1a5' },
  GAP: { bg: '#ffebee', border: '#e53935' },
  DOUBLE: { bg: '#fff3e0', border: '#fb8c00' },
  NOT_REQUIRED: { bg: '#fafafa', border: '#e0e0e0' },
};

/** A leader's reception day in a day cell: the leader, the mode, and whether it was announced to the public. */
function ReceptionChip({ day }: { day: ReceptionDay }) {
  const translate = useTranslate();
  const announced = !!day.announcedAt;
  return (
    <Tooltip title={`${day.place} · ${translate(`enums.ReceptionSpan.${day.span}`)} · ${translate(announced ? 'lianxi.reception.published' : 'lianxi.reception.unpublished')}`}>
      <Chip
        size="small"
        component={Link}
        to={`/receptionDays/${day.id}/show`}
        clickable
        color={announced ? 'primary' : 'default'}
        variant={announced ? 'filled' : 'outlined'}
        data-testid="reception-day"
        data-announced={announced ? 'yes' : 'no'}
        label={`${day.person?.name ?? '—'} · ${translate(`enums.ReceptionMode.${day.mode}`)}${announced ? '' : ` · ${translate('lianxi.reception.unpublished')}`}`}
        sx={{ maxWidth: '100%', height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 }, fontSize: 12 }}
      />
    </Tooltip>
  );
}

function DayCell({ date, day, unitId, receptions, showDuty }: { date: string | null; day: RosterDay | undefined; unitId: string; receptions: ReceptionDay[]; showDuty: boolean }) {
  const translate = useTranslate();
  if (!date) return <Box sx={{ minHeight: 96, bgcolor: 'transparent' }} />;
  if (!showDuty) day = undefined;
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
      {receptions.map((r) => (
        <ReceptionChip key={r.id} day={r} />
      ))}
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
 * 接访日历: a unit's month with two layers — its leaders' reception days (S4.DAYS.*; announced or not, and the
 * mode) and, for a farm, the duty roster — plus links to the unit's public schedule, calendar feed and feedback.
 * The duty layer: a farm's duty roster as a month calendar: who receives visitors each day, gaps (red) and double bookings
 * (orange) as the API counts them (S4.FARM_DAILY), and a bulk fill of the empty days from a rotation.
 */
export function DutyRosterPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  // Reception days are kept by the bureau, farms and direct units; the duty roster by farms only.
  const { data: farms } = useGetList('orgUnits', {
    filter: { kinds: ['BUREAU', 'FARM', 'DIRECT_UNIT'] },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [storedFarm, setFarm] = useStore<string | null>('records.roster.farm', null);
  const [layers, setLayers] = useStore<{ reception: boolean; duty: boolean }>('records.roster.layers', { reception: true, duty: true });
  const [month, setMonth] = useState(todayInChina().slice(0, 7));
  const [workingDaysOnly, setWorkingDaysOnly] = useState<boolean | null>(null);
  const [filling, setFilling] = useState(false);
  const farm = storedFarm && farms?.some((f) => f.id === storedFarm) ? storedFarm : ((farms?.find((f) => f['kind'] === 'FARM') ?? farms?.[0])?.id as string | undefined);
  const unit = farms?.find((f) => f.id === farm);
  const isFarm = unit?.['kind'] === 'FARM';
  const showDuty = layers.duty && isFarm;

  const roster = useQuery({
    queryKey: ['dutyRosterMonth', farm, month, workingDaysOnly],
    enabled: !!farm && isFarm,
    queryFn: async () =>
      (await runQuery(DutyRosterMonthDocument, { unitId: String(farm), month, ...(workingDaysOnly === null ? {} : { workingDaysOnly }) })).dutyRosterMonth,
  });
  const receptions = useQuery({
    queryKey: ['receptionCalendar', farm, month],
    enabled: !!farm,
    queryFn: async () =>
      (await dataProvider.getList<ReceptionDay & { id: string }>('receptionDays', {
        filter: { underId: String(farm), ...monthRange(month) },
        pagination: { page: 1, perPage: 500 },
        sort: { field: 'occurredOn', order: 'ASC' },
      })).data,
  });
  const receptionsByDay = byDay(layers.reception ? (receptions.data ?? []) : []);
  const byDate = new Map((roster.data?.days ?? []).map((d) => [d.date, d]));
  const weekdays = translate('lianxi.records.roster.weekdays').split(',');

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('lianxi.reception.title')} />
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
          <TextField
            select
            size="small"
            label={translate('lianxi.reception.unit')}
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
            control={<Checkbox checked={layers.reception} onChange={(e) => setLayers({ ...layers, reception: e.target.checked })} />}
            label={translate('lianxi.reception.layer_reception')}
          />
          <FormControlLabel
            control={<Checkbox checked={layers.duty} disabled={!isFarm} onChange={(e) => setLayers({ ...layers, duty: e.target.checked })} />}
            label={translate('lianxi.reception.layer_duty')}
          />
          <FormControlLabel
            disabled={!showDuty}
            control={
              <Switch
                checked={workingDaysOnly ?? roster.data?.workingDaysOnly ?? false}
                onChange={(e) => setWorkingDaysOnly(e.target.checked)}
              />
            }
            label={translate('lianxi.records.roster.working_days_only')}
          />
          <Box sx={{ flex: 1 }} />
          <Button variant="contained" disabled={!farm || !isFarm} onClick={() => setFilling(true)} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
            {translate('lianxi.records.roster.fill')}
          </Button>
          <Button component={Link} to="/dutyDays">
            {translate('lianxi.records.roster.list')}
          </Button>
        </Stack>
        {unit ? (
          <Box sx={{ mb: 2 }}>
            <PublicLinks code={typeof unit['code'] === 'string' ? unit['code'] : null} />
          </Box>
        ) : null}
        {roster.error ? <Alert severity="error">{roster.error.message}</Alert> : null}
        {receptions.error ? <Alert severity="error">{receptions.error.message}</Alert> : null}
        {!isFarm && unit ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('lianxi.reception.duty_farms_only')}
          </Typography>
        ) : null}
        {layers.reception && receptions.data ? (
          <Stack direction="row" spacing={1} sx={{ mb: 1 }} data-testid="reception-summary">
            <Chip color="primary" variant="outlined" label={translate('lianxi.reception.days_count', { smart_count: receptions.data.length })} />
          </Stack>
        ) : null}
        {showDuty && roster.data ? (
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
                <DayCell
                  key={date ?? `pad-${i}`}
                  date={date}
                  day={date ? byDate.get(date) : undefined}
                  unitId={String(farm)}
                  receptions={date ? (receptionsByDay.get(date) ?? []) : []}
                  showDuty={showDuty}
                />
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
