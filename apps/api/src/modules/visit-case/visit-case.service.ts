import { checkVisitCaseDeadlines, checkVisitCaseStep, ruleById, runCheck, yearPeriod, addDays, type PersonSubject, type VisitCaseFact, type Violation } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { badInput, conflict, forbidden, notFound } from '../../graphql/errors.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import { todayCst } from '../../graphql/scalars.js';
import { findForWrite, refForWrite, validUuidOr } from '../common/scoped.js';
import { expectVersion, notInFuture, optionalText, phoneNumber, requiredText } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { escapeLike, subtreeOf } from '../org-unit/org-unit.service.js';
import { PersonEntity } from '../person/person.entity.js';
import { PositionEntity } from '../person/position.entity.js';
import { refused, unknownPerson, unknownUnit } from '../reception/reception.errors.js';
import { loadCalendar } from '../reception/work-calendar.js';
import { acceptDue, handleDue, loadDeadlines, objectionDue, saveDeadlines, type DeadlineConfig } from './visit-case.deadlines.js';
import { VisitCaseEntity, type VisitCaseState, type Visitor } from './visit-case.entity.js';
import type {
  ArchiveVisitCaseInput,
  AssignVisitCaseInput,
  CloseVisitCaseInput,
  CreateVisitCaseInput,
  DecideVisitCaseInput,
  ExtendVisitCaseInput,
  ObjectToVisitCaseAssignmentInput,
  RecordVisitCaseConversationInput,
  SetVisitCaseDeadlinesInput,
  SuperviseVisitCaseInput,
  UpdateVisitCaseRegistrationInput,
  VisitCaseFilter,
  VisitorInput,
} from './visit-case.input.js';

export const VISIT_CASE = { zh: '来访事项', en: 'visit case' };
const THIS_CASE = { zh: '该来访事项', en: 'This case' };
const SORTABLE = { occurredOn: 'occurredOn', state: 'state', acceptDueOn: 'acceptDueOn', handleDueOn: 'handleDueOn', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;
/** Art. 20 of 信访工作条例 (2022): a collective visit chooses at most five representatives. */
export const MAX_REPRESENTATIVES = 5;
const OPEN: readonly VisitCaseState[] = ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'SUPERVISED'];
const FINISHED: readonly VisitCaseState[] = ['CLOSED', 'NOT_ACCEPTED', 'ROUTED_LEGAL', 'WITHDRAWN'];

const STATE_ZH: Record<VisitCaseState, string> = {
  REGISTERED: '已登记', ACCEPTED: '已受理', NOT_ACCEPTED: '不予受理', ROUTED_LEGAL: '导入法律程序', ASSIGNED: '已交办',
  SUPERVISED: '督办中', CLOSED: '已办结', WITHDRAWN: '已撤回', ARCHIVED: '已归档',
};

/** The number from which a visit is collective: the S4.COLLECTIVE option of the catalogue. */
export function collectiveFrom(): number {
  const v = ruleById('S4.COLLECTIVE')?.options['collectiveFrom']?.value;
  return typeof v === 'number' ? v : 5;
}

export function visitCaseFact(e: VisitCaseEntity): VisitCaseFact {
  return {
    id: e.id,
    kind: 'VISIT_CASE',
    personId: e.person?.id ?? null,
    unitId: e.unit.id,
    date: e.occurredOn,
    acceptedOn: e.acceptedOn,
    assignedOn: e.assignedOn,
    handlingUnitId: e.handlingUnit?.id ?? null,
    responsiblePersonId: e.responsiblePerson?.id ?? null,
    supervisedOn: e.supervisions[0]?.date ?? null,
    closedOn: e.closedOn,
    repliedOn: e.repliedOn,
    conversationRecord: !!e.conversationRecord,
    visitorCount: e.visitorCount,
    receivedByLeader: e.receivedByLeader,
    crossLevel: e.decision === 'CROSS_LEVEL',
    redirectedTo: e.redirectedTo,
    legalMatter: e.category === 'LITIGATION',
    channel: e.channel,
    extensionDays: e.extensionDays,
  };
}

/** Runs a catalogue check (CASE_COLLECTIVE, CASE_LEVEL, CASE_LEGAL) over the case as it would be stored. */
function ruleCheck(ruleId: string, fact: VisitCaseFact, today: string): Violation[] {
  const rule = ruleById(ruleId);
  if (!rule || rule.measure.type !== 'CHECK') throw new Error(`${ruleId} is not a CHECK rule`);
  const blank: PersonSubject = { id: '', rank: 'NONE', partyMember: false, positions: [], deputyTerms: [] };
  return runCheck(rule.measure.check, fact, { rule, subject: blank, period: yearPeriod(Number(fact.date.slice(0, 4))), today, allFacts: [] }).violations;
}

function illegalStep(e: VisitCaseEntity, stepZh: string, step: string) {
  return refused(
    'state',
    'S4.FORMS.ILLEGAL_STEP',
    `事项当前为“${STATE_ZH[e.state]}”，不能${stepZh}`,
    `The case is ${e.state}; it cannot be ${step} now`,
  );
}

function requireState(e: VisitCaseEntity, allowed: readonly VisitCaseState[], stepZh: string, step: string): void {
  if (!allowed.includes(e.state)) throw illegalStep(e, stepZh, step);
}

const today = (ctx: Ctx) => todayCst(ctx.now);

function stepDate(ctx: Ctx, e: VisitCaseEntity, value: string, after?: string | null): string {
  notInFuture('date', { zh: '日期', en: 'The date' }, value, today(ctx));
  const floor = after && after > e.occurredOn ? after : e.occurredOn;
  if (value < floor) {
    throw refused('date', 'S4.FORMS.DATE_ORDER', `日期（${value}）不能早于 ${floor}`, `The date (${value}) cannot be before ${floor}`);
  }
  return value;
}

/** The rules' view of the forms so far, for checkVisitCaseStep. */
function formState(e: VisitCaseEntity) {
  return {
    registeredOn: e.occurredOn,
    assignedOn: e.assignedOn,
    handlingUnitId: e.handlingUnit?.id ?? null,
    responsiblePersonId: e.responsiblePerson?.id ?? null,
    supervisedOn: e.supervisions[0]?.date ?? null,
    closedOn: e.closedOn,
    repliedOn: e.repliedOn,
    conversationRecord: !!e.conversationRecord,
  };
}

// ------------------------------------------------------------------------------------------------ reads

export async function getVisitCase(ctx: Ctx, id: string): Promise<VisitCaseEntity> {
  const row = await ctx.em.findOne(VisitCaseEntity, { id: validUuidOr(id) });
  if (!row) throw notFound(VISIT_CASE, id);
  return row;
}

export async function listVisitCases(
  ctx: Ctx,
  filter: VisitCaseFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<VisitCaseEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, SORTABLE, { occurredOn: 'desc' });
  const f = filter ?? {};
  const and: FilterQuery<VisitCaseEntity>[] = [];
  if (f.ids) and.push({ id: { $in: f.ids.map(validUuidOr) } });
  if (f.states?.length) and.push({ state: { $in: f.states } });
  if (f.category) and.push({ category: f.category });
  if (f.handlingUnitId) and.push({ handlingUnit: validUuidOr(f.handlingUnitId) });
  if (f.from) and.push({ occurredOn: { $gte: f.from } });
  if (f.to) and.push({ occurredOn: { $lte: f.to } });
  if (f.q?.trim()) and.push({ matter: { $ilike: `%${escapeLike(f.q.trim())}%` } });
  if (f.clock === 'OVERDUE' || f.clock === 'DUE_SOON') {
    const t = today(ctx);
    const cfg = await loadDeadlines(ctx.em);
    // A clock is overdue the day after its due date; due soon while at most dueSoonDays are left.
    const range = f.clock === 'OVERDUE' ? { $lt: t } : { $gte: t, $lte: addDays(t, cfg.dueSoonDays) };
    and.push({ $or: [{ state: 'REGISTERED', acceptDueOn: range }, { state: { $in: ['ACCEPTED', 'ASSIGNED', 'SUPERVISED'] }, handleDueOn: range }] });
  } else if (f.clock) {
    throw badInput('filter.clock', { zh: '只能按“已超期”或“即将到期”筛选', en: 'Filter by OVERDUE or DUE_SOON only' });
  }
  if (f.underId) {
    const under = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(f.underId) }, { fields: ['path'] });
    if (!under) return { items: [], total: 0 };
    and.push({ unit: subtreeOf(under.path) });
  }
  const [items, total] = await ctx.em.findAndCount(VisitCaseEntity, and.length ? { $and: and } : {}, {
    orderBy: [orderBy, { id: 'asc' }],
    limit,
    offset,
  });
  return { items, total };
}

// ------------------------------------------------------------------------------------------------ registration

function visitorsOf(field: string, list: readonly VisitorInput[]): Visitor[] {
  return list.map((v) => ({ name: requiredText(field, { zh: '来访人姓名', en: "A visitor's name" }, v.name, 50), phone: phoneNumber(field, v.phone) }));
}

/** A leadership-team post held on the day (党政班子成员), anywhere: S4.COLLECTIVE asks for one in person. */
async function isLeaderOn(ctx: Ctx, personId: string, date: string): Promise<boolean> {
  const n = await ctx.em.count(PositionEntity, {
    person: personId,
    startsOn: { $lte: date },
    $and: [{ $or: [{ endsOn: null }, { endsOn: { $gte: date } }] }, { $or: [{ leadershipTeam: true }, { principal: true }, { partySecretary: true }] }],
  });
  return n > 0;
}

export async function createVisitCase(ctx: Ctx, input: CreateVisitCaseInput): Promise<VisitCaseEntity> {
  const unit = await refForWrite(ctx, OrgUnitEntity, input.unitId, () => unknownUnit('unitId', input.unitId));
  const receiver = input.receiverId ? await refForWrite(ctx, PersonEntity, input.receiverId, () => unknownPerson('receiverId', input.receiverId ?? '')) : null;
  const key = optionalText('idempotencyKey', { zh: '幂等键', en: 'The idempotency key' }, input.idempotencyKey, 200);
  if (key) {
    // A retried submission: hand back the case it already made, never a twin.
    const mine = await ctx.em.findOne(VisitCaseEntity, { idempotencyKey: key });
    if (mine) return mine;
    if (await ctx.em.count(VisitCaseEntity, { idempotencyKey: key }, { filters: false })) throw forbidden();
  }
  const registeredOn = notInFuture('registeredOn', { zh: '登记日期', en: 'The registration date' }, input.registeredOn, today(ctx));
  if (input.visitors.length === 0) throw badInput('visitors', { zh: '请登记至少一名来访人', en: 'Register at least one visitor' });
  const visitors = visitorsOf('visitors', input.visitors);
  const count = input.visitorCount ?? visitors.length;
  if (!Number.isInteger(count) || count < visitors.length || count > 10000) {
    throw badInput('visitorCount', {
      zh: `来访人数应为不少于已登记人数（${visitors.length}）的整数，收到 ${count}`,
      en: `The number of visitors must be a whole number no less than those listed (${visitors.length}), got ${count}`,
    });
  }
  const representatives = visitorsOf('representatives', input.representatives ?? []);
  const collective = count >= collectiveFrom();
  if (representatives.length > MAX_REPRESENTATIVES) {
    throw refused(
      'representatives',
      'S4.COLLECTIVE.REPRESENTATIVES',
      `多人走访提出共同信访事项，推选代表不超过${MAX_REPRESENTATIVES}人（《信访工作条例》第二十条），收到 ${representatives.length} 人`,
      `A collective visit chooses at most ${MAX_REPRESENTATIVES} representatives (信访工作条例 Art. 20), got ${representatives.length}`,
    );
  }
  if (collective && representatives.length === 0) {
    throw refused('representatives', 'S4.COLLECTIVE.NO_REPRESENTATIVES', '集体访请登记推选的代表（1至5人）', 'A collective visit names its representatives (1 to 5)');
  }
  const matter = requiredText('matter', { zh: '信访事项', en: 'The matter' }, input.matter, 5000);
  const note = optionalText('note', { zh: '备注', en: 'The note' }, input.note, 2000);
  const receivedByLeader = receiver ? await isLeaderOn(ctx, receiver.id, registeredOn) : false;
  if (collective) {
    const fact: VisitCaseFact = { id: 'new', kind: 'VISIT_CASE', unitId: unit.id, date: registeredOn, visitorCount: count, receivedByLeader };
    refuseOnErrors(ruleCheck('S4.COLLECTIVE', fact, today(ctx)), 'receiverId');
  }
  const cfg = await loadDeadlines(ctx.em);
  const row = ctx.em.create(VisitCaseEntity, {
    unit,
    person: receiver,
    occurredOn: registeredOn,
    idempotencyKey: key,
    visitors,
    visitorCount: count,
    representatives,
    matter,
    category: input.category,
    receivedByLeader,
    acceptDueOn: acceptDue(registeredOn, cfg),
    note,
  });
  try {
    await ctx.em.flush();
  } catch (err) {
    // Two retries racing: the unique key lets one in; the other answers with the case the first made.
    if (key && /idempotency_key/.test(String(err))) {
      ctx.em.clear();
      const twin = await ctx.em.findOne(VisitCaseEntity, { idempotencyKey: key });
      if (twin) return twin;
      throw conflict({ zh: '该提交已被处理', en: 'This submission was already handled' });
    }
    throw err;
  }
  return row;
}

export async function updateVisitCaseRegistration(ctx: Ctx, id: string, input: UpdateVisitCaseRegistrationInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, ['REGISTERED'], '修改登记单', 'corrected');
  if (input.matter != null) e.matter = requiredText('matter', { zh: '信访事项', en: 'The matter' }, input.matter, 5000);
  if (input.category != null) e.category = input.category;
  if (input.note !== undefined) e.note = optionalText('note', { zh: '备注', en: 'The note' }, input.note, 2000);
  await ctx.em.flush();
  return e;
}

// ------------------------------------------------------------------------------------------------ the steps

export async function decideVisitCase(ctx: Ctx, id: string, input: DecideVisitCaseInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, ['REGISTERED'], '作出受理决定', 'decided');
  const date = stepDate(ctx, e, input.date);
  const note = optionalText('note', { zh: '说明', en: 'The note' }, input.note, 2000);
  const redirectedTo = optionalText('redirectedTo', { zh: '引导层级', en: 'The proper level' }, input.redirectedTo, 200);
  const base = visitCaseFact(e);
  if (input.decision === 'ACCEPTED') {
    if (e.category === 'LITIGATION') {
      // S4.LEGAL: a litigation-related case does not stay a petition.
      refuseOnErrors(ruleCheck('S4.LEGAL', { ...base, legalMatter: true, channel: 'PETITION' }, today(ctx)), 'decision');
    }
    const cfg = await loadDeadlines(ctx.em);
    Object.assign(e, { state: 'ACCEPTED', acceptedOn: date, channel: 'PETITION', handleDueOn: handleDue(date, null, cfg) });
  } else if (input.decision === 'CROSS_LEVEL') {
    // S4.LEVEL: recorded, not accepted, and referred to the level that may handle it.
    refuseOnErrors(ruleCheck('S4.LEVEL', { ...base, crossLevel: true, acceptedOn: null, redirectedTo }, today(ctx)), 'redirectedTo');
    Object.assign(e, { state: 'NOT_ACCEPTED', redirectedTo, channel: null });
  } else {
    Object.assign(e, { state: 'ROUTED_LEGAL', channel: 'LEGAL' });
  }
  Object.assign(e, { decision: input.decision, decidedOn: date, decisionNote: note });
  await ctx.em.flush();
  return e;
}

export async function assignVisitCase(ctx: Ctx, id: string, input: AssignVisitCaseInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  const unit = input.handlingUnitId ? await refForWrite(ctx, OrgUnitEntity, input.handlingUnitId, () => unknownUnit('handlingUnitId', input.handlingUnitId ?? '')) : null;
  const person = input.responsiblePersonId
    ? await refForWrite(ctx, PersonEntity, input.responsiblePersonId, () => unknownPerson('responsiblePersonId', input.responsiblePersonId ?? ''))
    : null;
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, ['ACCEPTED'], '交办', 'assigned');
  const date = stepDate(ctx, e, input.date, e.acceptedOn);
  refuseOnErrors(
    checkVisitCaseStep(formState(e), 'ASSIGNMENT', date, { handlingUnitId: unit?.id ?? null, responsiblePersonId: person?.id ?? null }),
    unit ? 'responsiblePersonId' : 'handlingUnitId',
  );
  Object.assign(e, {
    state: 'ASSIGNED',
    assignedOn: date,
    handlingUnit: unit,
    responsiblePerson: person,
    assignmentInstruction: optionalText('instruction', { zh: '交办意见', en: 'The instruction' }, input.instruction, 2000),
  });
  await ctx.em.flush();
  return e;
}

export async function objectToAssignment(ctx: Ctx, id: string, input: ObjectToVisitCaseAssignmentInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, ['ASSIGNED'], '对交办提出异议', 'objected to');
  const date = stepDate(ctx, e, input.date, e.assignedOn);
  const reason = requiredText('reason', { zh: '异议理由', en: 'The reason' }, input.reason, 2000);
  const assignedOn = e.assignedOn ?? date;
  const cfg = await loadDeadlines(ctx.em);
  const cal = await loadCalendar(ctx.em, [Number(assignedOn.slice(0, 4)), Number(assignedOn.slice(0, 4)) + 1]);
  const due = objectionDue(assignedOn, cal, cfg);
  if (date > due) {
    throw refused(
      'date',
      'S4.SLA.OBJECTION_LATE',
      `对交办的异议应在交办后${cfg.objectionWorkingDays}个工作日内（${due}前）提出`,
      `An objection to the assignment is due within ${cfg.objectionWorkingDays} working days (by ${due})`,
    );
  }
  e.objections = [...e.objections, { date, reason, handlingUnitId: e.handlingUnit?.id ?? null, responsiblePersonId: e.responsiblePerson?.id ?? null }];
  Object.assign(e, { state: 'ACCEPTED', assignedOn: null, handlingUnit: null, responsiblePerson: null, assignmentInstruction: null });
  await ctx.em.flush();
  return e;
}

export async function superviseVisitCase(ctx: Ctx, id: string, input: SuperviseVisitCaseInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, ['ASSIGNED', 'SUPERVISED'], '督办', 'supervised');
  const last = e.supervisions.at(-1)?.date ?? e.assignedOn;
  const date = stepDate(ctx, e, input.date, last);
  // The first supervision form is the step the rules order; later ones are follow-ups of the same step.
  if (e.supervisions.length === 0) refuseOnErrors(checkVisitCaseStep(formState(e), 'SUPERVISION', date), 'date');
  e.supervisions = [
    ...e.supervisions,
    {
      date,
      supervisor: requiredText('supervisor', { zh: '督办人', en: 'The supervisor' }, input.supervisor, 50),
      instruction: requiredText('instruction', { zh: '督办意见', en: 'The instruction' }, input.instruction, 2000),
      progress: optionalText('progress', { zh: '办理进展', en: 'The progress' }, input.progress, 2000),
    },
  ];
  e.state = 'SUPERVISED';
  await ctx.em.flush();
  return e;
}

export async function extendVisitCase(ctx: Ctx, id: string, input: ExtendVisitCaseInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, ['ACCEPTED', 'ASSIGNED', 'SUPERVISED'], '延期', 'extended');
  const date = stepDate(ctx, e, input.date, e.acceptedOn);
  const reason = requiredText('reason', { zh: '延期理由', en: 'The reason' }, input.reason, 2000);
  if (e.extensionDays != null) {
    throw refused('days', 'S4.SLA.EXTENSION_REPEATED', '办理期限只能延长一次', 'The handling deadline can be extended once only');
  }
  const cfg = await loadDeadlines(ctx.em);
  if (!Number.isInteger(input.days) || input.days < 1) {
    throw badInput('days', { zh: `延期天数应为正整数，收到 ${input.days}`, en: `Extension days must be a positive whole number, got ${input.days}` });
  }
  const over = checkVisitCaseDeadlines({ ...formState(e), acceptedOn: e.acceptedOn, extensionDays: input.days }, date, {
    acceptWithinDays: cfg.acceptWithinDays,
    handleWithinDays: cfg.handleWithinDays,
    maxExtensionDays: cfg.maxExtensionDays,
  }).filter((v) => v.code === 'S4.SLA.EXTENSION');
  // The regulation's limit is a hard one when granting the extension.
  refuseOnErrors(over.map((v) => ({ ...v, severity: 'ERROR' as const })), 'days');
  if (e.handleDueOn && date > e.handleDueOn) {
    throw refused('date', 'S4.SLA.EXTENSION_LATE', `延期须在办理期限（${e.handleDueOn}）届满前批准`, `An extension must be granted before the deadline (${e.handleDueOn})`);
  }
  Object.assign(e, { extensionDays: input.days, extensionReason: reason, extendedOn: date, handleDueOn: handleDue(e.acceptedOn ?? date, input.days, cfg) });
  await ctx.em.flush();
  return e;
}

export async function recordConversation(ctx: Ctx, id: string, input: RecordVisitCaseConversationInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, OPEN, '记录接谈', 'given a conversation record');
  e.conversationOn = stepDate(ctx, e, input.date);
  e.conversationRecord = requiredText('record', { zh: '接谈记录', en: 'The conversation record' }, input.record, 10000);
  await ctx.em.flush();
  return e;
}

export async function closeVisitCase(ctx: Ctx, id: string, input: CloseVisitCaseInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, ['ASSIGNED', 'SUPERVISED'], '办结', 'closed');
  const date = stepDate(ctx, e, input.date, e.assignedOn);
  const result = requiredText('result', { zh: '办理结果', en: 'The result' }, input.result, 5000);
  const reply = optionalText('reply', { zh: '答复意见', en: 'The reply' }, input.reply, 5000);
  const repliedOn = reply ? (input.repliedOn ? stepDate(ctx, e, input.repliedOn, e.assignedOn) : date) : null;
  // S4.FORMS: supervised first, the conversation record kept, and the visitor answered (办结必复).
  refuseOnErrors(checkVisitCaseStep(formState(e), 'CLOSURE', date, { repliedOn }), reply ? 'state' : 'reply');
  Object.assign(e, { state: 'CLOSED', closedOn: date, result, reply, repliedOn, satisfaction: input.satisfaction ?? 'NOT_STATED' });
  await ctx.em.flush();
  return e;
}

export async function withdrawVisitCase(ctx: Ctx, id: string, input: { date: string; reason: string; version?: number | null }): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, OPEN, '撤回', 'withdrawn');
  const date = stepDate(ctx, e, input.date);
  Object.assign(e, { state: 'WITHDRAWN', withdrawnOn: date, withdrawReason: requiredText('reason', { zh: '撤回原因', en: 'The reason' }, input.reason, 2000) });
  await ctx.em.flush();
  return e;
}

export async function archiveVisitCase(ctx: Ctx, id: string, input: ArchiveVisitCaseInput): Promise<VisitCaseEntity> {
  const e = await findForWrite(ctx, VisitCaseEntity, id, VISIT_CASE);
  expectVersion(e, input.version, THIS_CASE);
  requireState(e, FINISHED, '归档', 'archived');
  e.archivedOn = stepDate(ctx, e, input.date, e.closedOn ?? e.decidedOn ?? e.withdrawnOn);
  e.state = 'ARCHIVED';
  await ctx.em.flush();
  return e;
}

// ------------------------------------------------------------------------------------------------ settings

export async function setDeadlines(ctx: Ctx, input: SetVisitCaseDeadlinesInput): Promise<DeadlineConfig> {
  const limits: [keyof DeadlineConfig, number, number][] = [
    ['acceptWithinDays', 1, 15],
    ['handleWithinDays', 1, 60],
    ['maxExtensionDays', 0, 30],
    ['objectionWorkingDays', 1, 5],
    ['dueSoonDays', 0, 30],
  ];
  // The regulation's numbers are ceilings: a unit may be stricter, never slower.
  for (const [k, min, max] of limits) {
    const v = input[k];
    if (!Number.isInteger(v) || v < min || v > max) {
      throw badInput(k, { zh: `${k} 应在 ${min} 到 ${max} 之间，收到 ${v}`, en: `${k} must be from ${min} to ${max}, got ${v}` });
    }
  }
  const cfg: DeadlineConfig = { ...input };
  await saveDeadlines(ctx.em, cfg);
  return cfg;
}
