import { NEEDY_HOUSEHOLD_FLAGS } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import { assertMayWriteRecord } from '../common/record-access.js';
import { findForWrite, refForWrite } from '../common/scoped.js';
import { dateRange, expectVersion, optionalText, requiredText, unique } from '../common/validate.js';
import { DeputyTermEntity } from '../deputy-term/deputy-term.entity.js';
import { HouseholdEntity } from '../household/household.entity.js';
import { PersonEntity } from '../person/person.entity.js';
import { unknownPerson } from '../person/person.errors.js';
import {
  anyRow,
  finding,
  getRecord,
  listRecords,
  notBefore,
  optionalPastDate,
  pastDate,
  personForWrite,
  softDelete,
  unitForWrite,
  UNSCOPED,
} from '../common/record-kit.js';
import { DeputyActivityEntity, DeputyDutyReportEntity, DeputyPairingEntity } from './deputy-activity.entity.js';
import { DEPUTY_ACTIVITY, DEPUTY_PAIRING, DUTY_REPORT, badCount, noDeputies, unknownHousehold } from './deputy-activity.errors.js';
import type {
  CreateDeputyActivityInput,
  CreateDeputyDutyReportInput,
  CreateDeputyPairingInput,
  DeputyActivityFilter,
  DeputyDutyReportFilter,
  DeputyPairingFilter,
  UpdateDeputyActivityInput,
  UpdateDeputyDutyReportInput,
  UpdateDeputyPairingInput,
} from './deputy-activity.input.js';

type Paging = { sort: SortInput | null | undefined; page: number | null | undefined; perPage: number | null | undefined };

const L = {
  title: { zh: '活动主题', en: 'The title' },
  heldOn: { zh: '活动日期', en: 'The date' },
  location: { zh: '活动地点', en: 'The place' },
  issuesRaised: { zh: '群众反映的问题', en: 'The issues raised' },
  note: { zh: '备注', en: 'The note' },
  from: { zh: '结对开始日期', en: 'The start' },
  to: { zh: '结对结束日期', en: 'The end' },
  endReason: { zh: '结束原因', en: 'The end reason' },
  reportedOn: { zh: '述职日期', en: 'The report date' },
  summary: { zh: '述职内容', en: 'The report' },
  evaluatedOn: { zh: '民主评议日期', en: 'The evaluation date' },
};

function count(field: string, n: number | null | undefined): number | null {
  if (n == null) return null;
  if (!Number.isInteger(n) || n < 0 || n > 100000) throw badCount(field, n);
  return n;
}

/** The deputy term a person holds on a day, if any. */
async function termOn(ctx: Ctx, personId: string, date: string): Promise<DeputyTermEntity | null> {
  return ctx.em.findOne(DeputyTermEntity, { person: personId, startsOn: { $lte: date }, $or: [{ endsOn: null }, { endsOn: { $gte: date } }] });
}

function notADeputy(name: string, date: string) {
  return finding('S8.NOT_A_DEPUTY', 'ERROR', `${name}在 ${date} 不是党代表（无在任的党代表任期）`, `${name} held no deputy term on ${date}`);
}

// ---------------------------------------------------------------------------------------------- activities

export function getDeputyActivity(ctx: Ctx, id: string): Promise<DeputyActivityEntity> {
  return getRecord(ctx, DeputyActivityEntity, id, DEPUTY_ACTIVITY);
}

export function listDeputyActivities(ctx: Ctx, filter: DeputyActivityFilter | null | undefined, paging: Paging): Promise<Page<DeputyActivityEntity>> {
  const own: FilterQuery<DeputyActivityEntity>[] = [];
  if (filter?.deputyId) own.push({ deputyIds: { $contains: [filter.deputyId] } });
  return listRecords(ctx, DeputyActivityEntity, filter, own, paging, { heldOn: 'occurredOn', title: 'title', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

/** Every deputy named took part as a deputy: in scope, and holding a term on the day. */
async function deputiesOn(ctx: Ctx, ids: readonly string[], date: string): Promise<string[]> {
  const list = unique(ids);
  if (list.length === 0) throw noDeputies();
  const people: PersonEntity[] = [];
  for (const id of list) people.push(await refForWrite(ctx, PersonEntity, id, () => unknownPerson(id)));
  for (const p of people) if (!(await termOn(ctx, p.id, date))) refuseOnErrors([notADeputy(p.name, date)], 'deputyIds');
  return people.map((p) => p.id);
}

export async function createDeputyActivity(ctx: Ctx, input: CreateDeputyActivityInput): Promise<DeputyActivityEntity> {
  const unit = await unitForWrite(ctx, 'unitId', input.unitId);
  const heldOn = pastDate(ctx, 'heldOn', L.heldOn, input.heldOn);
  const deputyIds = await deputiesOn(ctx, input.deputyIds, heldOn);
  const a = ctx.em.create(DeputyActivityEntity, {
    unit,
    occurredOn: heldOn,
    title: requiredText('title', L.title, input.title, 200),
    location: optionalText('location', L.location, input.location, 200),
    deputyIds,
    peopleMet: count('peopleMet', input.peopleMet),
    issuesRaised: optionalText('issuesRaised', L.issuesRaised, input.issuesRaised, 8000),
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return a;
}

export async function updateDeputyActivity(ctx: Ctx, id: string, input: UpdateDeputyActivityInput): Promise<DeputyActivityEntity> {
  const a = await findForWrite(ctx, DeputyActivityEntity, id, DEPUTY_ACTIVITY);
  expectVersion(a, input.version, { zh: '该党代表联系群众活动', en: 'This activity' });
  const heldOn = input.heldOn != null ? pastDate(ctx, 'heldOn', L.heldOn, input.heldOn) : a.occurredOn;
  const deputyIds = input.deputyIds != null || heldOn !== a.occurredOn ? await deputiesOn(ctx, input.deputyIds ?? a.deputyIds, heldOn) : a.deputyIds;
  if (input.title != null) a.title = requiredText('title', L.title, input.title, 200);
  if (input.location !== undefined) a.location = optionalText('location', L.location, input.location, 200);
  if (input.peopleMet !== undefined) a.peopleMet = count('peopleMet', input.peopleMet);
  if (input.issuesRaised !== undefined) a.issuesRaised = optionalText('issuesRaised', L.issuesRaised, input.issuesRaised, 8000);
  if (input.note !== undefined) a.note = optionalText('note', L.note, input.note, 2000);
  a.occurredOn = heldOn;
  a.deputyIds = deputyIds;
  await ctx.em.flush();
  return a;
}

export async function deleteDeputyActivity(ctx: Ctx, id: string): Promise<DeputyActivityEntity> {
  return softDelete(ctx, await findForWrite(ctx, DeputyActivityEntity, id, DEPUTY_ACTIVITY));
}

// ---------------------------------------------------------------------------------------------- pairings

export function getDeputyPairing(ctx: Ctx, id: string): Promise<DeputyPairingEntity> {
  return getRecord(ctx, DeputyPairingEntity, id, DEPUTY_PAIRING);
}

export function listDeputyPairings(ctx: Ctx, filter: DeputyPairingFilter | null | undefined, paging: Paging): Promise<Page<DeputyPairingEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<DeputyPairingEntity>[] = [];
  if (f.personId) own.push({ person: f.personId });
  if (f.householdId) own.push({ household: f.householdId });
  if (f.activeOn) own.push({ occurredOn: { $lte: f.activeOn }, $or: [{ endsOn: null }, { endsOn: { $gte: f.activeOn } }] });
  return listRecords(ctx, DeputyPairingEntity, f, own, paging, { from: 'occurredOn', to: 'endsOn', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

/** The electing unit's path, read whatever the caller's scope (a farm's deputy may be elected by the bureau). */
async function electingPath(ctx: Ctx, term: DeputyTermEntity): Promise<string> {
  const rows = await ctx.em.getConnection().execute<{ path: string }[]>('select path from org_unit where id = ?', [term.electingUnit.id]);
  return rows[0]?.path ?? '/-/';
}

export async function createDeputyPairing(ctx: Ctx, input: CreateDeputyPairingInput): Promise<DeputyPairingEntity> {
  const person = await personForWrite(ctx, input.personId);
  const household = await anyRow(ctx, HouseholdEntity, input.householdId, () => unknownHousehold(input.householdId));
  assertMayWriteRecord(ctx, person.id);
  const from = pastDate(ctx, 'from', L.from, input.from);
  const to = optionalPastDate(ctx, 'to', L.to, input.to);
  dateRange('from', 'to', from, to);
  const term = await termOn(ctx, person.id, from);
  if (!term) refuseOnErrors([notADeputy(person.name, from)], 'personId');
  const t = term as DeputyTermEntity;
  const path = await electingPath(ctx, t);
  const groupPath = (await ctx.em.getConnection().execute<{ path: string }[]>('select path from org_unit where id = ?', [household.unit.id]))[0]?.path ?? '';
  const problems = [];
  if (!groupPath.startsWith(path)) {
    problems.push(finding('S8.PAIR.OUTSIDE_ELECTING_UNIT', 'ERROR', '结对的居民户须在党代表所在选举单位内', 'The household must belong to the deputy\'s electing unit'));
  }
  if (!household.flags.some((f) => NEEDY_HOUSEHOLD_FLAGS.includes(f))) {
    problems.push(finding('S8.PAIR.NOT_NEEDY', 'ERROR', '党代表应与困难群众结对（贫困、五保、残疾、空巢、留守等）', 'A deputy pairs with a needy household (poor, five guarantees, disabled, empty-nest, left-behind children)'));
  }
  refuseOnErrors(problems, 'householdId');
  const p = ctx.em.create(DeputyPairingEntity, {
    person,
    unit: person.unit,
    term: t,
    household,
    occurredOn: from,
    endsOn: to,
    endReason: optionalText('endReason', L.endReason, input.endReason, 500),
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return p;
}

export async function updateDeputyPairing(ctx: Ctx, id: string, input: UpdateDeputyPairingInput): Promise<DeputyPairingEntity> {
  const p = await findForWrite(ctx, DeputyPairingEntity, id, DEPUTY_PAIRING);
  expectVersion(p, input.version, { zh: '该党代表结对', en: 'This pairing' });
  const to = input.to !== undefined ? optionalPastDate(ctx, 'to', L.to, input.to) : p.endsOn;
  dateRange('from', 'to', p.occurredOn, to);
  p.endsOn = to;
  if (input.endReason !== undefined) p.endReason = optionalText('endReason', L.endReason, input.endReason, 500);
  if (input.note !== undefined) p.note = optionalText('note', L.note, input.note, 2000);
  await ctx.em.flush();
  return p;
}

export async function deleteDeputyPairing(ctx: Ctx, id: string): Promise<DeputyPairingEntity> {
  return softDelete(ctx, await findForWrite(ctx, DeputyPairingEntity, id, DEPUTY_PAIRING));
}

// ---------------------------------------------------------------------------------------------- duty reports

export function getDeputyDutyReport(ctx: Ctx, id: string): Promise<DeputyDutyReportEntity> {
  return getRecord(ctx, DeputyDutyReportEntity, id, DUTY_REPORT);
}

export function listDeputyDutyReports(ctx: Ctx, filter: DeputyDutyReportFilter | null | undefined, paging: Paging): Promise<Page<DeputyDutyReportEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<DeputyDutyReportEntity>[] = [];
  if (f.personId) own.push({ person: f.personId });
  if (f.evaluated === true) own.push({ evaluationResult: { $ne: null } });
  if (f.evaluated === false) own.push({ evaluationResult: null });
  return listRecords(ctx, DeputyDutyReportEntity, f, own, paging, { reportedOn: 'occurredOn', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

function assertEvaluation(result: unknown, evaluatedOn: string | null, reportedOn: string): void {
  notBefore('evaluatedOn', evaluatedOn, L.evaluatedOn, reportedOn, L.reportedOn);
  if ((result == null) !== (evaluatedOn == null)) {
    refuseOnErrors(
      [finding('S8.REPORT.EVALUATION_INCOMPLETE', 'ERROR', '民主评议须同时填写评议结果和日期', 'A democratic evaluation needs both its result and its date')],
      result == null ? 'evaluationResult' : 'evaluatedOn',
    );
  }
}

export async function createDeputyDutyReport(ctx: Ctx, input: CreateDeputyDutyReportInput): Promise<DeputyDutyReportEntity> {
  const person = await personForWrite(ctx, input.personId);
  assertMayWriteRecord(ctx, person.id);
  const reportedOn = pastDate(ctx, 'reportedOn', L.reportedOn, input.reportedOn);
  const evaluatedOn = optionalPastDate(ctx, 'evaluatedOn', L.evaluatedOn, input.evaluatedOn);
  assertEvaluation(input.evaluationResult ?? null, evaluatedOn, reportedOn);
  const term = await termOn(ctx, person.id, reportedOn);
  if (!term) refuseOnErrors([notADeputy(person.name, reportedOn)], 'reportedOn');
  const t = term as DeputyTermEntity;
  // "原则上在任期内应述职1次": one report per term; a second is refused rather than silently counted twice.
  if ((await ctx.em.count(DeputyDutyReportEntity, { term: t.id }, UNSCOPED)) > 0) {
    refuseOnErrors([finding('S8.REPORT.ALREADY_REPORTED', 'ERROR', '本届任期已有述职记录', 'This term already has its duty report')], 'reportedOn');
  }
  const r = ctx.em.create(DeputyDutyReportEntity, {
    person,
    unit: person.unit,
    term: t,
    occurredOn: reportedOn,
    summary: requiredText('summary', L.summary, input.summary, 8000),
    attendees: count('attendees', input.attendees),
    evaluationResult: input.evaluationResult ?? null,
    evaluatedOn,
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return r;
}

export async function updateDeputyDutyReport(ctx: Ctx, id: string, input: UpdateDeputyDutyReportInput): Promise<DeputyDutyReportEntity> {
  const r = await findForWrite(ctx, DeputyDutyReportEntity, id, DUTY_REPORT);
  expectVersion(r, input.version, { zh: '该党代表述职', en: 'This duty report' });
  const result = input.evaluationResult !== undefined ? (input.evaluationResult ?? null) : r.evaluationResult;
  const evaluatedOn = input.evaluatedOn !== undefined ? optionalPastDate(ctx, 'evaluatedOn', L.evaluatedOn, input.evaluatedOn) : r.evaluatedOn;
  assertEvaluation(result, evaluatedOn, r.occurredOn);
  if (input.summary != null) r.summary = requiredText('summary', L.summary, input.summary, 8000);
  if (input.attendees !== undefined) r.attendees = count('attendees', input.attendees);
  if (input.note !== undefined) r.note = optionalText('note', L.note, input.note, 2000);
  r.evaluationResult = result;
  r.evaluatedOn = evaluatedOn;
  await ctx.em.flush();
  return r;
}

export async function deleteDeputyDutyReport(ctx: Ctx, id: string): Promise<DeputyDutyReportEntity> {
  return softDelete(ctx, await findForWrite(ctx, DeputyDutyReportEntity, id, DUTY_REPORT));
}
