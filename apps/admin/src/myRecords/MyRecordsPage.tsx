import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, List, ListItem, ListItemText, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, HttpError, Link, SaveButton, SelectInput, Title, required, useDataProvider, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { useLocale } from '../common/fields';
import { StatusChip } from '../compliance/components';
import type { LianxiDataProvider } from '../dataProvider/dataProvider';
import type { ErrorBody } from '../dataProvider/errors';
import { formatDate, todayInChina } from '../i18n/dates';
import type { Locale } from '../i18n/messages';
import { RecordInput } from '../records/components';
import { RECORD_DEFS } from '../records/definitions';
import type { FieldDef } from '../records/model';
import { refLabel } from '../records/model';
import { QUICK_FIELDS, QUICK_KINDS, QUICK_RESOURCE, newestFirst, quickDefaults, quickInput, receivesVisitors, type MyRecordRow, type QuickKind } from './quick';

type Rec = Record<string, unknown>;

/** The record types listed under "my records this year": those a cadre keeps about their own work. */
const MY_LIST_RESOURCES = ['researchTrips', 'contactVisits', 'familyVisits', 'talks', 'experiences', 'receptionDays', 'researchTopics', 'researchReports', 'secondments'];

/** A field of the record's own definition (kind, enum, reference), so the quick form validates as the full one. */
function fieldOf(resource: string, source: string): FieldDef {
  const def = RECORD_DEFS.find((d) => d.name === resource);
  const found = def?.fields.find((f) => f.source === source);
  if (!found) throw new Error(`No field ${resource}.${source}`);
  // Optional in the quick form where the card says so (units visited, content).
  return source === 'unitsVisitedIds' || source === 'content' ? { ...found, required: false } : found;
}

/** A line of the list in words: what it was and where, without opening it. */
function summaryOf(resource: string, r: Rec, translate: (key: string, opts?: Rec) => string): string {
  switch (resource) {
    case 'researchTrips':
      return [`${String(r['days'])} 天`, refLabel(r['unitsVisited'])].filter(Boolean).join(' · ');
    case 'contactVisits': {
      const link = r['link'] as Rec | null | undefined;
      return [link ? targetOf(link, translate) : '', `${String(r['days'])} 天`].filter(Boolean).join(' · ');
    }
    case 'familyVisits':
      return refLabel(r['household']);
    case 'talks':
      return [translate(`enums.TalkKind.${String(r['kind'])}`), r['participants'] ? String(r['participants']) : refLabel(r['counterpart'])].filter(Boolean).join(' · ');
    case 'experiences':
    case 'receptionDays':
      return String(r['place'] ?? '');
    default:
      return String(r['title'] ?? r['toPost'] ?? '');
  }
}

/**
 * What a link points at: its unit or household by name, else its category — a cadre's scope is their own unit,
 * so the API names a target elsewhere in the farm as null.
 */
function targetOf(link: Rec, translate: (key: string) => string): string {
  return refLabel(link['targetUnit'] ?? link['targetHousehold']) || translate(`enums.ContactCategory.${String(link['category'])}`);
}

function linkLabel(link: Rec, translate: (key: string) => string, locale: Locale): string {
  return `${targetOf(link, translate)}（${formatDate(String(link['occurredOn']), locale)}起）`;
}

/** One card: two or three fields and the 记录 button; the API's refusal goes under the field it names. */
function QuickForm({ kind, personId, onSaved }: { kind: QuickKind; personId: string; onSaved: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<LianxiDataProvider>();
  const today = todayInChina();
  const locale = useLocale();
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const resource = QUICK_RESOURCE[kind];
  const fields = QUICK_FIELDS[kind];
  const links = useQuery({
    queryKey: ['myRecords', 'links', personId, today],
    enabled: kind === 'contactVisit',
    queryFn: async () =>
      (await dataProvider.getList('contactLinks', {
        filter: { personId, activeOn: today },
        pagination: { page: 1, perPage: 100 },
        sort: { field: 'occurredOn', order: 'DESC' },
      })).data as Rec[],
  });

  const submit = async (values: Rec) => {
    setError(null);
    try {
      await dataProvider.create(resource, { data: quickInput(kind, values, personId, today) });
      notify('lianxi.my.saved', { type: 'success', messageArgs: { what: translate(`lianxi.my.card.${kind}`) } });
      setGeneration((g) => g + 1);
      onSaved();
      return undefined;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const body = e instanceof HttpError ? (e.body as ErrorBody | undefined) : undefined;
      const onForm = Object.entries(body?.errors ?? {}).filter(([k]) => k !== 'root' && fields.includes(k));
      // A refusal about a field the card does not show (a talk's counterpart) still needs words on the card.
      if (onForm.length === 0) setError(translate(message, { _: message }));
      return onForm.length ? Object.fromEntries(onForm) : undefined;
    }
  };

  return (
    <Form key={generation} record={{}} defaultValues={quickDefaults(kind, today)} onSubmit={submit}>
      <Stack spacing={0} sx={{ maxWidth: 720 }} data-testid={`quick-${kind}`}>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="quick-error">
            {error}
          </Alert>
        ) : null}
        {kind === 'contactVisit' && links.data && links.data.length === 0 ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('lianxi.my.no_links')}
          </Alert>
        ) : null}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
          {fields.map((source) =>
            source === 'linkId' ? (
              <SelectInput
                key={source}
                source="linkId"
                label="lianxi.my.link"
                choices={(links.data ?? []).map((l) => ({ id: String(l['id']), name: linkLabel(l, translate, locale) }))}
                validate={required()}
                isLoading={links.isPending}
                fullWidth={false}
                sx={{ minWidth: 280 }}
              />
            ) : (
              <Box key={source} sx={source === 'diary' ? { width: '100%' } : {}}>
                <RecordInput field={fieldOf(resource, source)} label={`lianxi.my.field.${source}`} />
              </Box>
            ),
          )}
        </Stack>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <SaveButton label="lianxi.my.record" icon={<></>} alwaysEnable />
          {kind === 'experience' ? (
            <Typography variant="body2" color="text.secondary">
              {translate('lianxi.my.today_hint', { date: formatDate(today, locale) })}
            </Typography>
          ) : null}
        </Stack>
      </Stack>
    </Form>
  );
}

function MyList({ personId, year }: { personId: string; year: number }) {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<LianxiDataProvider>();
  const rows = useQuery({
    queryKey: ['myRecords', 'list', personId, year],
    queryFn: async () => {
      const lists = await Promise.all(
        MY_LIST_RESOURCES.map(async (resource) => {
          const { data } = await dataProvider.getList(resource, {
            filter: { personId, from: `${year}-01-01`, to: `${year}-12-31` },
            pagination: { page: 1, perPage: 50 },
            sort: { field: 'occurredOn', order: 'DESC' },
          });
          return (data as Rec[]).map(
            (r): MyRecordRow => ({
              resource,
              id: String(r['id']),
              occurredOn: String(r['occurredOn'] ?? ''),
              createdAt: String(r['createdAt'] ?? ''),
              summary: summaryOf(resource, r, translate),
            }),
          );
        }),
      );
      return newestFirst(lists.flat());
    },
  });
  if (rows.error) return <Alert severity="error">{rows.error.message}</Alert>;
  if (!rows.data) return null;
  if (rows.data.length === 0) return <Typography color="text.secondary">{translate('lianxi.my.no_records')}</Typography>;
  return (
    <List dense data-testid="my-records">
      {rows.data.map((r) => (
        <ListItem key={`${r.resource}-${r.id}`} divider component={Link} to={`/${r.resource}/${r.id}/show`} sx={{ color: 'inherit' }}>
          <ListItemText
            primary={
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="body2" sx={{ minWidth: 120 }}>
                  {formatDate(r.occurredOn, locale)}
                </Typography>
                <Chip size="small" variant="outlined" label={translate(`resources.${r.resource}.name`, { smart_count: 1 })} />
                <Typography variant="body2">{r.summary}</Typography>
              </Stack>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}

function MyProgress({ personId, year, results }: { personId: string; year: number; results: Awaited<ReturnType<LianxiDataProvider['personCompliance']>> | undefined }) {
  const translate = useTranslate();
  if (!results) return null;
  const applicable = results.filter((r) => r.status !== 'NOT_APPLICABLE');
  return (
    <Box data-testid="my-progress">
      {applicable.length === 0 ? <Typography color="text.secondary">{translate('lianxi.my.no_rules')}</Typography> : null}
      <Stack spacing={0.5}>
        {applicable.map((r) => (
          <Stack key={r.ruleId} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <StatusChip status={r.status} />
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 64 }}>
              {r.required === null || r.required === undefined ? String(r.actual) : `${String(r.actual)} / ${String(r.required)}`}
            </Typography>
            <Typography variant="body2">{r.title}</Typography>
          </Stack>
        ))}
      </Stack>
      <Button component={Link} to={`/compliance/people/${personId}?year=${year}`} size="small" sx={{ mt: 1 }}>
        {translate('lianxi.my.scorecard')}
      </Button>
    </Box>
  );
}

/**
 * 我的记录: the signed-in user's own quick entry (a card per frequent record, today and themselves by default),
 * their records of the year newest first, and how they stand on each rule that applies to them.
 */
export function MyRecordsPage() {
  const translate = useTranslate();
  const { data: identity, isPending } = useGetIdentity();
  const dataProvider = useDataProvider<LianxiDataProvider>();
  const queryClient = useQueryClient();
  const personId = typeof identity?.['personId'] === 'string' ? identity['personId'] : undefined;
  const year = Number(todayInChina().slice(0, 4));
  const [tab, setTab] = useState<QuickKind>('contactVisit');
  const compliance = useQuery({
    queryKey: ['myRecords', 'compliance', personId, year],
    enabled: !!personId,
    queryFn: () => dataProvider.personCompliance(String(personId), year),
  });
  if (isPending) return null;
  if (!personId) {
    return (
      <Card sx={{ mt: 2 }}>
        <Title title={translate('lianxi.my.title')} />
        <CardContent>
          <Alert severity="info">{translate('lianxi.my.no_person')}</Alert>
        </CardContent>
      </Card>
    );
  }
  const leader = receivesVisitors((compliance.data ?? []).filter((r) => r.status !== 'NOT_APPLICABLE').map((r) => r.ruleId));
  const kinds = QUICK_KINDS.filter((k) => k !== 'reception' || leader);
  const saved = () => void queryClient.invalidateQueries({ queryKey: ['myRecords'] });

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('lianxi.my.title')} />
      <Card sx={{ mb: 2 }}>
        <Tabs value={kinds.includes(tab) ? tab : 'contactVisit'} onChange={(_e, v: QuickKind) => setTab(v)} variant="scrollable" scrollButtons="auto">
          {kinds.map((k) => (
            <Tab key={k} value={k} label={translate(`lianxi.my.card.${k}`)} />
          ))}
        </Tabs>
        <CardContent>
          <QuickForm key={tab} kind={kinds.includes(tab) ? tab : 'contactVisit'} personId={personId} onSaved={saved} />
        </CardContent>
      </Card>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Card sx={{ flex: 2, width: '100%' }}>
          <CardHeader title={translate('lianxi.my.this_year')} titleTypographyProps={{ variant: 'h6' }} />
          <CardContent>
            <MyList personId={personId} year={year} />
          </CardContent>
        </Card>
        <Card sx={{ flex: 1, width: '100%' }}>
          <CardHeader title={translate('lianxi.my.progress', { year })} titleTypographyProps={{ variant: 'h6' }} />
          <CardContent>
            {compliance.error ? <Alert severity="error">{compliance.error.message}</Alert> : null}
            <MyProgress personId={personId} year={year} results={compliance.data} />
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
}
