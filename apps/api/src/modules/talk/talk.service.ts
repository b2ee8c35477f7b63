import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import {
  deleteRecord,
  findRecordForWrite,
  getRecord,
  noteText,
  pageOf,
  pastDate,
  peopleAnywhere,
  RECORD_SORTABLE,
  recordOwner,
  recordWhere,
  unitAnywhere,
} from '../common/record-kit.js';
import { validUuidOr } from '../common/scoped.js';
import { expectVersion, optionalText } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { PersonEntity } from '../person/person.entity.js';
import { TalkEntity, type TalkKind } from './talk.entity.js';
import {
  LABELS,
  TALK,
  counterpartRequired,
  forwardWithoutOpinions,
  forwardedBeforeTalk,
  forwardedOnWithoutDepartment,
  participantsRequired,
  talkWithSelf,
} from './talk.errors.js';
import type { CreateTalkInput, TalkFilter, UpdateTalkInput } from './talk.input.js';

export function getTalk(ctx: Ctx, id: string): Promise<TalkEntity> {
  return getRecord(ctx, TalkEntity, id, TALK);
}

export async function listTalks(
  ctx: Ctx,
  filter: TalkFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<TalkEntity>> {
  const extra: FilterQuery<TalkEntity>[] = [];
  if (filter?.kind) extra.push({ kind: filter.kind });
  if (filter?.counterpartId) extra.push({ counterpart: validUuidOr(filter.counterpartId) });
  if (filter?.forwarded === true) extra.push({ forwardedTo: { $ne: null } });
  if (filter?.forwarded === false) extra.push({ forwardedTo: null, opinions: { $ne: null } });
  return pageOf(ctx, TalkEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, kind: 'kind' });
}

interface TalkState {
  personId: string;
  kind: TalkKind;
  occurredOn: string;
  counterpartId: string | null;
  participants: string | null;
  opinions: string | null;
  forwardedToId: string | null;
  forwardedOn: string | null;
}

const NEEDS_COUNTERPART: Partial<Record<TalkKind, string>> = { PAIRWISE: '班子成员两两谈心', BRANCH: '支部负责人与党员谈心' };

/** The talk as a whole: who it was with, and that opinions are heard before they are forwarded. */
async function checkTalk(ctx: Ctx, t: TalkState): Promise<void> {
  pastDate(ctx, 'occurredOn', LABELS.occurredOn, t.occurredOn);
  const needs = NEEDS_COUNTERPART[t.kind];
  if (needs && !t.counterpartId) throw counterpartRequired(needs);
  if (t.kind === 'MASSES' && !t.counterpartId && !t.participants) throw participantsRequired();
  if (t.counterpartId) {
    if (t.counterpartId === t.personId) throw talkWithSelf();
    await peopleAnywhere(ctx, 'counterpartId', [t.counterpartId]);
  }
  if (t.forwardedOn && !t.forwardedToId) throw forwardedOnWithoutDepartment();
  if (t.forwardedToId) {
    if (!t.opinions) throw forwardWithoutOpinions();
    await unitAnywhere(ctx, 'forwardedToId', t.forwardedToId);
  }
  if (t.forwardedOn) {
    pastDate(ctx, 'forwardedOn', LABELS.forwardedOn, t.forwardedOn);
    if (t.forwardedOn < t.occurredOn) throw forwardedBeforeTalk(t.forwardedOn, t.occurredOn);
  }
}

function apply(ctx: Ctx, e: TalkEntity, t: TalkState): void {
  e.kind = t.kind;
  e.occurredOn = t.occurredOn;
  e.counterpart = t.counterpartId ? ctx.em.getReference(PersonEntity, t.counterpartId, { wrapped: true }) : null;
  e.participants = t.participants;
  e.opinions = t.opinions;
  e.forwardedTo = t.forwardedToId ? ctx.em.getReference(OrgUnitEntity, t.forwardedToId, { wrapped: true }) : null;
  e.forwardedOn = t.forwardedOn;
}

export async function createTalk(ctx: Ctx, input: CreateTalkInput): Promise<TalkEntity> {
  const person = await recordOwner(ctx, input.personId);
  const state: TalkState = {
    personId: person.id,
    kind: input.kind,
    occurredOn: input.occurredOn,
    counterpartId: input.counterpartId ?? null,
    participants: optionalText('participants', LABELS.participants, input.participants, 1000),
    opinions: optionalText('opinions', LABELS.opinions, input.opinions, 10000),
    forwardedToId: input.forwardedToId ?? null,
    forwardedOn: input.forwardedOn ?? (input.forwardedToId ? input.occurredOn : null),
  };
  await checkTalk(ctx, state);
  const talk = ctx.em.create(TalkEntity, {
    person,
    unit: person.unit,
    kind: state.kind,
    occurredOn: state.occurredOn,
    round: optionalText('round', LABELS.round, input.round, 100),
    note: noteText(input.note),
  });
  apply(ctx, talk, state);
  await ctx.em.flush();
  return talk;
}

export async function updateTalk(ctx: Ctx, id: string, input: UpdateTalkInput): Promise<TalkEntity> {
  const e = await findRecordForWrite(ctx, TalkEntity, id, TALK);
  expectVersion(e, input.version, { zh: '该谈话记录', en: 'This talk' });
  const pick = <T>(given: T | null | undefined, current: T | null): T | null => (given === undefined ? current : given);
  const state: TalkState = {
    personId: e.person?.id ?? '',
    kind: input.kind ?? e.kind,
    occurredOn: input.occurredOn ?? e.occurredOn,
    counterpartId: pick(input.counterpartId, e.counterpart?.id ?? null),
    participants: input.participants === undefined ? e.participants : optionalText('participants', LABELS.participants, input.participants, 1000),
    opinions: input.opinions === undefined ? e.opinions : optionalText('opinions', LABELS.opinions, input.opinions, 10000),
    forwardedToId: pick(input.forwardedToId, e.forwardedTo?.id ?? null),
    forwardedOn: pick(input.forwardedOn, e.forwardedOn),
  };
  await checkTalk(ctx, state);
  apply(ctx, e, state);
  if (input.round !== undefined) e.round = optionalText('round', LABELS.round, input.round, 100);
  if (input.note !== undefined) e.note = noteText(input.note);
  await ctx.em.flush();
  return e;
}

export function deleteTalk(ctx: Ctx, id: string): Promise<TalkEntity> {
  return deleteRecord(ctx, TalkEntity, id, TALK);
}
