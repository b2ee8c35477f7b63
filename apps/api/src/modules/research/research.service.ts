import { ORG_UNIT_KIND_TITLES, profilesAt, type OrgUnitKind, type Violation } from '@lianxi/rules';
import { ref, type FilterQuery, type Ref } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import {
  asWarnings,
  checkRecord,
  deleteRecord,
  endDate,
  findRecordForWrite,
  getRecord,
  householdsAnywhere,
  noteText,
  pageOf,
  pastDate,
  peopleAnywhere,
  RECORD_SORTABLE,
  recordOwner,
  recordWhere,
  rule,
  unitsAnywhere,
  validDays,
} from '../common/record-kit.js';
import { assertMayWriteRecord } from '../common/record-access.js';
import { refForWrite, validUuidOr } from '../common/scoped.js';
import { expectVersion, optionalText, requiredText, unique, validDate } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import type { PersonEntity } from '../person/person.entity.js';
import { personSubject } from '../person/person.subject.js';
import { ResearchReportEntity, ResearchTopicEntity, ResearchTripEntity, type ReportRecipient } from './research.entity.js';
import {
  LABELS,
  REPORT,
  TOPIC,
  TRIP,
  alreadyApproved,
  approvedBeforeProposed,
  majorTopicNeedsBureau,
  majorTopicNotBureau,
  majorTopicWithPerson,
  proposedAfterApproval,
  unknownTopic,
} from './research.errors.js';
import { reportFactOf, topicFactOf, tripFactOf } from './research.facts.js';
import type {
  ApproveResearchTopicInput,
  CreateResearchReportInput,
  CreateResearchTopicInput,
  CreateResearchTripInput,
  ResearchReportFilter,
  ResearchTopicFilter,
  ResearchTripFilter,
  UpdateResearchReportInput,
  UpdateResearchTopicInput,
  UpdateResearchTripInput,
} from './research.input.js';
import { TopicStatus } from './research.type.js';

// ------------------------------------------------------------------------------------------------ trips

export function getResearchTrip(ctx: Ctx, id: string): Promise<ResearchTripEntity> {
  return getRecord(ctx, ResearchTripEntity, id, TRIP);
}

export async function listResearchTrips(
  ctx: Ctx,
  filter: ResearchTripFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<ResearchTripEntity>> {
  const extra: FilterQuery<ResearchTripEntity>[] = [];
  if (filter?.stationed != null) extra.push({ stationed: filter.stationed });
  if (filter?.visitedUnitId) extra.push({ unitsVisited: { $contains: [validUuidOr(filter.visitedUnitId)] } });
  return pageOf(ctx, ResearchTripEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, days: 'days' });
}

/** Checks the trip's dates and days together, as they stand after a create or an update. */
function checkTripSpan(ctx: Ctx, t: { occurredOn: string; endsOn: string | null; days: number }): void {
  pastDate(ctx, 'occurredOn', LABELS.occurredOn, t.occurredOn);
  endDate('endsOn', LABELS.endsOn, t.occurredOn, t.endsOn);
  if (t.endsOn) pastDate(ctx, 'endsOn', LABELS.endsOn, t.endsOn);
  validDays('days', t.days, { from: t.occurredOn, to: t.endsOn });
}

async function visited(ctx: Ctx, units: string[] | null | undefined, households: string[] | null | undefined) {
  const u = unique(units);
  const h = unique(households);
  await unitsAnywhere(ctx, 'unitsVisitedIds', u);
  await householdsAnywhere(ctx, 'householdsVisitedIds', h);
  return { units: u, households: h };
}

export async function createResearchTrip(ctx: Ctx, input: CreateResearchTripInput): Promise<ResearchTripEntity> {
  const person = await recordOwner(ctx, input.personId);
  const span = { occurredOn: validDate('occurredOn', LABELS.occurredOn, input.occurredOn), endsOn: input.endsOn ?? null, days: input.days };
  checkTripSpan(ctx, span);
  const v = await visited(ctx, input.unitsVisitedIds, input.householdsVisitedIds);
  const trip = ctx.em.create(ResearchTripEntity, {
    person,
    unit: person.unit,
    ...span,
    stationed: input.stationed ?? false,
    unitsVisited: v.units,
    householdsVisited: v.households,
    purpose: optionalText('purpose', LABELS.purpose, input.purpose, 500),
    findings: optionalText('findings', LABELS.findings, input.findings, 5000),
    travelLight: input.travelLight ?? false,
    noReception: input.noReception ?? false,
    noDisturbance: input.noDisturbance ?? false,
    note: noteText(input.note),
  });
  await ctx.em.flush();
  return trip;
}

export async function updateResearchTrip(ctx: Ctx, id: string, input: UpdateResearchTripInput): Promise<ResearchTripEntity> {
  const t = await findRecordForWrite(ctx, ResearchTripEntity, id, TRIP);
  expectVersion(t, input.version, { zh: '该调研记录', en: 'This research trip' });
  const span = {
    occurredOn: input.occurredOn ?? t.occurredOn,
    endsOn: input.endsOn === undefined ? t.endsOn : input.endsOn,
    days: input.days ?? t.days,
  };
  checkTripSpan(ctx, span);
  Object.assign(t, span);
  if (input.unitsVisitedIds != null || input.householdsVisitedIds != null) {
    const v = await visited(ctx, input.unitsVisitedIds ?? t.unitsVisited, input.householdsVisitedIds ?? t.householdsVisited);
    t.unitsVisited = v.units;
    t.householdsVisited = v.households;
  }
  if (input.stationed != null) t.stationed = input.stationed;
  if (input.purpose !== undefined) t.purpose = optionalText('purpose', LABELS.purpose, input.purpose, 500);
  if (input.findings !== undefined) t.findings = optionalText('findings', LABELS.findings, input.findings, 5000);
  if (input.travelLight != null) t.travelLight = input.travelLight;
  if (input.noReception != null) t.noReception = input.noReception;
  if (input.noDisturbance != null) t.noDisturbance = input.noDisturbance;
  if (input.note !== undefined) t.note = noteText(input.note);
  await ctx.em.flush();
  return t;
}

export function deleteResearchTrip(ctx: Ctx, id: string): Promise<ResearchTripEntity> {
  return deleteRecord(ctx, ResearchTripEntity, id, TRIP);
}

/** S1.CONDUCT on a trip: a warning while the checklist is not fully confirmed. */
export function tripWarnings(ctx: Ctx, t: ResearchTripEntity): Violation[] {
  if (t.stationed) return [];
  return checkRecord('S1.CONDUCT', tripFactOf(t, []), ctx);
}

// ------------------------------------------------------------------------------------------------ topics

export function getResearchTopic(ctx: Ctx, id: string): Promise<ResearchTopicEntity> {
  return getRecord(ctx, ResearchTopicEntity, id, TOPIC);
}

export async function listResearchTopics(
  ctx: Ctx,
  filter: ResearchTopicFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<ResearchTopicEntity>> {
  const extra: FilterQuery<ResearchTopicEntity>[] = [];
  if (filter?.major != null) extra.push({ major: filter.major });
  if (filter?.status === TopicStatus.APPROVED) extra.push({ approvedOn: { $ne: null } });
  if (filter?.status === TopicStatus.PROPOSED) extra.push({ approvedOn: null });
  return pageOf(ctx, ResearchTopicEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, title: 'title', approvedOn: 'approvedOn' });
}

async function team(ctx: Ctx, ids: string[] | null | undefined): Promise<string[]> {
  const list = unique(ids);
  await peopleAnywhere(ctx, 'teamIds', list);
  return list;
}

export async function createResearchTopic(ctx: Ctx, input: CreateResearchTopicInput): Promise<ResearchTopicEntity> {
  let owner: { person: PersonEntity | null; unit: OrgUnitEntity | Ref<OrgUnitEntity> };
  if (input.major) {
    if (input.personId) throw majorTopicWithPerson();
    if (!input.unitId) throw majorTopicNeedsBureau();
    const unitId = input.unitId;
    const unit = await refForWrite(ctx, OrgUnitEntity, unitId, () => majorTopicNeedsBureau());
    // The committee's topics are the administration's to record; a cadre keeps only their own.
    assertMayWriteRecord(ctx, null);
    if (unit.kind !== 'BUREAU') throw majorTopicNotBureau(ORG_UNIT_KIND_TITLES[unit.kind as OrgUnitKind].zh, ORG_UNIT_KIND_TITLES[unit.kind as OrgUnitKind].en);
    owner = { person: null, unit };
  } else {
    const person = await recordOwner(ctx, input.personId);
    owner = { person, unit: person.unit };
  }
  const topic = ctx.em.create(ResearchTopicEntity, {
    person: owner.person,
    unit: owner.unit,
    occurredOn: pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn),
    title: requiredText('title', LABELS.title, input.title, 200),
    major: input.major ?? false,
    teamIds: await team(ctx, input.teamIds),
    plan: optionalText('plan', LABELS.plan, input.plan, 10000),
    note: noteText(input.note),
  });
  await ctx.em.flush();
  return topic;
}

export async function updateResearchTopic(ctx: Ctx, id: string, input: UpdateResearchTopicInput): Promise<ResearchTopicEntity> {
  const t = await findRecordForWrite(ctx, ResearchTopicEntity, id, TOPIC);
  expectVersion(t, input.version, { zh: '该调研课题', en: 'This research topic' });
  if (input.occurredOn != null) {
    const on = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
    if (t.approvedOn && on > t.approvedOn) throw proposedAfterApproval(on, t.approvedOn);
    t.occurredOn = on;
  }
  if (input.title != null) t.title = requiredText('title', LABELS.title, input.title, 200);
  if (input.teamIds != null) t.teamIds = await team(ctx, input.teamIds);
  if (input.plan !== undefined) t.plan = optionalText('plan', LABELS.plan, input.plan, 10000);
  if (input.note !== undefined) t.note = noteText(input.note);
  if (t.major && t.approvedOn) refuseTopicErrors(ctx, t);
  await ctx.em.flush();
  return t;
}

const TOPIC_FIELDS: Record<string, string> = { 'S1.TOPICS.NO_TEAM': 'teamIds', 'S1.TOPICS.NO_PLAN': 'plan' };

/** An approved major topic must have its team and plan (S1.TOPICS). */
function refuseTopicErrors(ctx: Ctx, t: ResearchTopicEntity): void {
  const errors = checkRecord('S1.TOPICS', topicFactOf(t), ctx).filter((v) => v.severity === 'ERROR');
  refuseOnErrors(errors, TOPIC_FIELDS[errors[0]?.code ?? ''] ?? 'approvedOn');
}

/** The Party committee approves a proposed topic (提出 → 审定). */
export async function approveResearchTopic(ctx: Ctx, id: string, input: ApproveResearchTopicInput): Promise<ResearchTopicEntity> {
  const t = await findRecordForWrite(ctx, ResearchTopicEntity, id, TOPIC);
  expectVersion(t, input.version, { zh: '该调研课题', en: 'This research topic' });
  if (t.approvedOn) throw alreadyApproved(t.approvedOn);
  const on = pastDate(ctx, 'approvedOn', LABELS.approvedOn, input.approvedOn);
  if (on < t.occurredOn) throw approvedBeforeProposed(on, t.occurredOn);
  t.approvedOn = on;
  if (t.major) refuseTopicErrors(ctx, t);
  await ctx.em.flush();
  return t;
}

export function deleteResearchTopic(ctx: Ctx, id: string): Promise<ResearchTopicEntity> {
  return deleteRecord(ctx, ResearchTopicEntity, id, TOPIC);
}

/** S1.TOPICS on a major topic: approval overdue, or approved without team or plan. */
export function topicWarnings(ctx: Ctx, t: ResearchTopicEntity): Violation[] {
  if (!t.major) return [];
  return asWarnings(checkRecord('S1.TOPICS', topicFactOf(t), ctx));
}

// ------------------------------------------------------------------------------------------------ reports

export function getResearchReport(ctx: Ctx, id: string): Promise<ResearchReportEntity> {
  return getRecord(ctx, ResearchReportEntity, id, REPORT);
}

export async function listResearchReports(
  ctx: Ctx,
  filter: ResearchReportFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<ResearchReportEntity>> {
  const extra: FilterQuery<ResearchReportEntity>[] = [];
  if (filter?.submittedTo) extra.push({ submittedTo: filter.submittedTo });
  if (filter?.topicId) extra.push({ topic: validUuidOr(filter.topicId) });
  return pageOf(ctx, ResearchReportEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, title: 'title' });
}

/**
 * Where S1.REPORT.TO_BUREAU sends a report: to the bureau Party committee when its author holds one of the
 * rule's profiles on the day (farm and direct-unit principals, department heads), else to the own unit's Party
 * organisation.
 */
export async function reportRoute(ctx: Ctx, personId: string | null, date: string): Promise<ReportRecipient> {
  const applies = rule('S1.REPORT.TO_BUREAU').appliesTo;
  const subject = personId ? await personSubject(ctx, personId) : null;
  if (!subject || applies.subject !== 'PERSON') return 'OWN_ORGANISATION';
  const held = profilesAt(subject, date);
  const wanted = applies.profiles;
  return wanted === 'ANY' || held.some((p) => wanted.includes(p)) ? 'BUREAU_COMMITTEE' : 'OWN_ORGANISATION';
}

async function topicOf(ctx: Ctx, id: string | null | undefined): Promise<ResearchTopicEntity | null> {
  if (!id) return null;
  return refForWrite(ctx, ResearchTopicEntity, id, () => unknownTopic(id));
}

export async function createResearchReport(ctx: Ctx, input: CreateResearchReportInput): Promise<ResearchReportEntity> {
  const person = await recordOwner(ctx, input.personId);
  const occurredOn = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
  const title = requiredText('title', LABELS.title, input.title, 200);
  const report = ctx.em.create(ResearchReportEntity, {
    person,
    unit: person.unit,
    occurredOn,
    title,
    topic: await topicOf(ctx, input.topicId),
    submittedTo: input.submittedTo ?? (await reportRoute(ctx, person.id, occurredOn)),
    written: input.written ?? true,
    fileRef: optionalText('fileRef', LABELS.fileRef, input.fileRef, 500),
    summary: optionalText('summary', LABELS.summary, input.summary, 5000),
    note: noteText(input.note),
  });
  await ctx.em.flush();
  return report;
}

export async function updateResearchReport(ctx: Ctx, id: string, input: UpdateResearchReportInput): Promise<ResearchReportEntity> {
  const r = await findRecordForWrite(ctx, ResearchReportEntity, id, REPORT);
  expectVersion(r, input.version, { zh: '该调研报告', en: 'This research report' });
  if (input.occurredOn != null) r.occurredOn = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
  if (input.title != null) r.title = requiredText('title', LABELS.title, input.title, 200);
  if (input.topicId !== undefined) {
    const topic = await topicOf(ctx, input.topicId);
    r.topic = topic ? ref(topic) : null;
  }
  if (input.submittedTo !== undefined) r.submittedTo = input.submittedTo;
  if (input.written != null) r.written = input.written;
  if (input.fileRef !== undefined) r.fileRef = optionalText('fileRef', LABELS.fileRef, input.fileRef, 500);
  if (input.summary !== undefined) r.summary = optionalText('summary', LABELS.summary, input.summary, 5000);
  if (input.note !== undefined) r.note = noteText(input.note);
  await ctx.em.flush();
  return r;
}

export function deleteResearchReport(ctx: Ctx, id: string): Promise<ResearchReportEntity> {
  return deleteRecord(ctx, ResearchReportEntity, id, REPORT);
}

/** S1.REPORT.TO_BUREAU on a report whose author must report to the bureau committee. */
export async function reportWarnings(ctx: Ctx, r: ResearchReportEntity): Promise<Violation[]> {
  if ((await reportRoute(ctx, r.person?.id ?? null, r.occurredOn)) !== 'BUREAU_COMMITTEE') return [];
  return asWarnings(checkRecord('S1.REPORT.TO_BUREAU', reportFactOf(r), ctx));
}
