import type { Violation } from '@lianxi/rules';
import { ref, type FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { conflict } from '../../graphql/errors.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { findForWrite, refForWrite } from '../common/scoped.js';
import { dateRange, expectVersion, optionalText, phoneNumber, requiredText } from '../common/validate.js';
import { DecisionEntity } from './decision.entity.js';
import { OpinionAnalysisEntity } from './opinion-analysis.entity.js';
import { OpinionChannelEntity } from './opinion-channel.entity.js';
import { OpinionEntity } from './opinion.entity.js';
import {
  OPINION,
  OPINION_ANALYSIS,
  OPINION_CHANNEL,
  channelClosed,
  decisionOfOtherUnit,
  reasonRequired,
  unknownChannel,
  unknownDecision,
} from './opinion.errors.js';
import { opinionFact } from './opinion.facts-shape.js';
import type {
  CreateOpinionAnalysisInput,
  CreateOpinionChannelInput,
  CreateOpinionInput,
  OpinionAnalysisFilter,
  OpinionChannelFilter,
  OpinionFilter,
  UpdateOpinionAnalysisInput,
  UpdateOpinionChannelInput,
  UpdateOpinionInput,
} from './opinion.input.js';
import {
  escapedLike,
  getRecord,
  listRecords,
  notBefore,
  optionalPastDate,
  ownerUnitSubject,
  pastDate,
  requiredWhen,
  runRuleCheck,
  softDelete,
  today,
  unitForWrite,
  UNSCOPED,
} from '../common/record-kit.js';

type Paging = { sort: SortInput | null | undefined; page: number | null | undefined; perPage: number | null | undefined };

const L = {
  name: { zh: '渠道名称', en: 'The channel name' },
  contact: { zh: '联系方式', en: 'The contact' },
  openedOn: { zh: '开通日期', en: 'The opening date' },
  closedOn: { zh: '关闭日期', en: 'The closing date' },
  note: { zh: '备注', en: 'The note' },
  receivedOn: { zh: '收到日期', en: 'The date received' },
  content: { zh: '意见内容', en: 'The content' },
  submitterName: { zh: '提出人', en: "The submitter's name" },
  forwardedTo: { zh: '转交部门', en: 'The department forwarded to' },
  forwardedOn: { zh: '转交日期', en: 'The forwarding date' },
  answer: { zh: '答复内容', en: 'The answer' },
  answeredOn: { zh: '答复日期', en: 'The answer date' },
  adoption: { zh: '采纳情况', en: 'The adoption' },
  adoptionReason: { zh: '采纳理由', en: 'The reason' },
  madeOn: { zh: '分析日期', en: 'The analysis date' },
  periodFrom: { zh: '分析期间起', en: 'The period start' },
  periodTo: { zh: '分析期间止', en: 'The period end' },
  title: { zh: '标题', en: 'The title' },
  findings: { zh: '分析内容', en: 'The findings' },
  measures: { zh: '改进措施', en: 'The measures' },
};

// ---------------------------------------------------------------------------------------------- channels

export function getOpinionChannel(ctx: Ctx, id: string): Promise<OpinionChannelEntity> {
  return getRecord(ctx, OpinionChannelEntity, id, OPINION_CHANNEL);
}

export async function listOpinionChannels(ctx: Ctx, filter: OpinionChannelFilter | null | undefined, paging: Paging): Promise<Page<OpinionChannelEntity>> {
  const own: FilterQuery<OpinionChannelEntity>[] = [];
  if (filter?.kinds?.length) own.push({ kind: { $in: filter.kinds } });
  if (filter?.openOn) own.push({ occurredOn: { $lte: filter.openOn }, $or: [{ closedOn: null }, { closedOn: { $gte: filter.openOn } }] });
  return listRecords(ctx, OpinionChannelEntity, filter, own, paging, { openedOn: 'occurredOn', name: 'name', kind: 'kind', closedOn: 'closedOn', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

export async function createOpinionChannel(ctx: Ctx, input: CreateOpinionChannelInput): Promise<OpinionChannelEntity> {
  const unit = await unitForWrite(ctx, 'unitId', input.unitId);
  const openedOn = pastDate(ctx, 'openedOn', L.openedOn, input.openedOn);
  const closedOn = optionalPastDate(ctx, 'closedOn', L.closedOn, input.closedOn);
  dateRange('openedOn', 'closedOn', openedOn, closedOn);
  const c = ctx.em.create(OpinionChannelEntity, {
    unit,
    kind: input.kind,
    name: requiredText('name', L.name, input.name, 100),
    contact: optionalText('contact', L.contact, input.contact, 200),
    occurredOn: openedOn,
    closedOn,
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return c;
}

export async function updateOpinionChannel(ctx: Ctx, id: string, input: UpdateOpinionChannelInput): Promise<OpinionChannelEntity> {
  const c = await findForWrite(ctx, OpinionChannelEntity, id, OPINION_CHANNEL);
  expectVersion(c, input.version, { zh: '该意见征集渠道', en: 'This opinion channel' });
  const openedOn = input.openedOn != null ? pastDate(ctx, 'openedOn', L.openedOn, input.openedOn) : c.occurredOn;
  const closedOn = input.closedOn !== undefined ? optionalPastDate(ctx, 'closedOn', L.closedOn, input.closedOn) : c.closedOn;
  dateRange('openedOn', 'closedOn', openedOn, closedOn);
  if (input.kind != null) c.kind = input.kind;
  if (input.name != null) c.name = requiredText('name', L.name, input.name, 100);
  if (input.contact !== undefined) c.contact = optionalText('contact', L.contact, input.contact, 200);
  if (input.note !== undefined) c.note = optionalText('note', L.note, input.note, 2000);
  c.occurredOn = openedOn;
  c.closedOn = closedOn;
  await ctx.em.flush();
  return c;
}

export async function deleteOpinionChannel(ctx: Ctx, id: string): Promise<OpinionChannelEntity> {
  const c = await findForWrite(ctx, OpinionChannelEntity, id, OPINION_CHANNEL);
  const used = await ctx.em.count(OpinionEntity, { channel: c.id }, UNSCOPED);
  if (used > 0) {
    throw conflict({
      zh: `该渠道已登记 ${used} 条群众意见，不能删除；可填写关闭日期`,
      en: `${used} opinion(s) came through this channel; it cannot be deleted, set its closing date instead`,
    });
  }
  return softDelete(ctx, c);
}

// ---------------------------------------------------------------------------------------------- opinions

/** What S6.FORWARD finds on an opinion today (not forwarded in 15 days, not answered in 60, by default). */
export function opinionFindings(ctx: Ctx, o: OpinionEntity): Violation[] {
  const fact = opinionFact({
    id: o.id,
    unitId: o.unit.id,
    receivedOn: o.occurredOn,
    forwardedOn: o.forwardedOn,
    forwardedTo: o.forwardedTo,
    answeredOn: o.answeredOn,
  });
  return runRuleCheck('S6.FORWARD', 'OPINION_FORWARDED', fact, ownerUnitSubject(o.unit.id), today(ctx)).violations;
}

export function getOpinion(ctx: Ctx, id: string): Promise<OpinionEntity> {
  return getRecord(ctx, OpinionEntity, id, OPINION);
}

export async function listOpinions(ctx: Ctx, filter: OpinionFilter | null | undefined, paging: Paging): Promise<Page<OpinionEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<OpinionEntity>[] = [];
  if (f.channelId) own.push({ channel: f.channelId });
  if (f.decisionId) own.push({ decision: f.decisionId });
  if (f.forwarded === true) own.push({ forwardedOn: { $ne: null } });
  if (f.forwarded === false) own.push({ forwardedOn: null });
  if (f.answered === true) own.push({ answeredOn: { $ne: null } });
  if (f.answered === false) own.push({ answeredOn: null });
  if (f.adoptions?.length) own.push({ adoption: { $in: f.adoptions } });
  if (f.q?.trim()) own.push({ $or: [{ content: { $ilike: escapedLike(f.q) } }, { forwardedTo: { $ilike: escapedLike(f.q) } }] });
  return listRecords(
    ctx,
    OpinionEntity,
    f,
    own,
    paging,
    { receivedOn: 'occurredOn', forwardedOn: 'forwardedOn', answeredOn: 'answeredOn', adoption: 'adoption', createdAt: 'createdAt' },
    { occurredOn: 'desc' },
  );
}

interface OpinionState {
  receivedOn: string;
  forwardedTo: string | null;
  forwardedOn: string | null;
  answer: string | null;
  answeredOn: string | null;
  adoption: OpinionEntity['adoption'];
  adoptionReason: string | null;
}

/** Forwarded → answered → adopted or not, each step needing the one before, dates in order. */
function assertOpinionSteps(s: OpinionState): void {
  notBefore('forwardedOn', s.forwardedOn, L.forwardedOn, s.receivedOn, L.receivedOn);
  if (s.forwardedOn) requiredWhen('forwardedTo', !!s.forwardedTo, L.forwardedTo, { zh: '已转交', en: 'It was forwarded' });
  if (s.forwardedTo) requiredWhen('forwardedOn', !!s.forwardedOn, L.forwardedOn, { zh: '已填写转交部门', en: 'A department is named' });
  if (s.answeredOn) {
    requiredWhen('forwardedOn', !!s.forwardedOn, L.forwardedOn, { zh: '已答复的意见须先转交有关部门', en: 'An answered opinion was forwarded first' });
    notBefore('answeredOn', s.answeredOn, L.answeredOn, s.forwardedOn ?? s.receivedOn, L.forwardedOn);
    requiredWhen('answer', !!s.answer, L.answer, { zh: '已答复', en: 'It was answered' });
  }
  if (s.answer) requiredWhen('answeredOn', !!s.answeredOn, L.answeredOn, { zh: '已填写答复内容', en: 'An answer is given' });
  if (s.adoption) {
    requiredWhen('answeredOn', !!s.answeredOn, L.answeredOn, { zh: '采纳情况随答复确定', en: 'Adoption is decided with the answer' });
    if (s.adoption !== 'ADOPTED' && !s.adoptionReason) throw reasonRequired();
  }
}

async function channelForWrite(ctx: Ctx, id: string): Promise<OpinionChannelEntity> {
  return refForWrite(ctx, OpinionChannelEntity, id, () => unknownChannel(id));
}

async function decisionForWrite(ctx: Ctx, id: string | null | undefined, unitId: string): Promise<DecisionEntity | null> {
  if (!id) return null;
  const d = await refForWrite(ctx, DecisionEntity, id, () => unknownDecision(id));
  if (d.unit.id !== unitId) throw decisionOfOtherUnit();
  return d;
}

export async function createOpinion(ctx: Ctx, input: CreateOpinionInput): Promise<OpinionEntity> {
  const channel = await channelForWrite(ctx, input.channelId);
  const decision = await decisionForWrite(ctx, input.decisionId, channel.unit.id);
  const state: OpinionState = {
    receivedOn: pastDate(ctx, 'receivedOn', L.receivedOn, input.receivedOn),
    forwardedTo: optionalText('forwardedTo', L.forwardedTo, input.forwardedTo, 100),
    forwardedOn: optionalPastDate(ctx, 'forwardedOn', L.forwardedOn, input.forwardedOn),
    answer: optionalText('answer', L.answer, input.answer, 4000),
    answeredOn: optionalPastDate(ctx, 'answeredOn', L.answeredOn, input.answeredOn),
    adoption: input.adoption ?? null,
    adoptionReason: optionalText('adoptionReason', L.adoptionReason, input.adoptionReason, 2000),
  };
  notBefore('receivedOn', state.receivedOn, L.receivedOn, channel.occurredOn, L.openedOn);
  if (channel.closedOn && state.receivedOn > channel.closedOn) throw channelClosed(channel.closedOn, state.receivedOn);
  assertOpinionSteps(state);
  const o = ctx.em.create(OpinionEntity, {
    unit: channel.unit,
    channel,
    decision,
    occurredOn: state.receivedOn,
    content: requiredText('content', L.content, input.content, 4000),
    submitterName: optionalText('submitterName', L.submitterName, input.submitterName, 50),
    phone: phoneNumber('submitterPhone', input.submitterPhone),
    forwardedTo: state.forwardedTo,
    forwardedOn: state.forwardedOn,
    answer: state.answer,
    answeredOn: state.answeredOn,
    adoption: state.adoption,
    adoptionReason: state.adoptionReason,
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return o;
}

export async function updateOpinion(ctx: Ctx, id: string, input: UpdateOpinionInput): Promise<OpinionEntity> {
  const o = await findForWrite(ctx, OpinionEntity, id, OPINION);
  expectVersion(o, input.version, { zh: '该群众意见', en: 'This opinion' });
  const decision = input.decisionId !== undefined ? await decisionForWrite(ctx, input.decisionId, o.unit.id) : undefined;
  const pick = <K extends keyof UpdateOpinionInput>(k: K) => input[k] !== undefined;
  const state: OpinionState = {
    receivedOn: input.receivedOn != null ? pastDate(ctx, 'receivedOn', L.receivedOn, input.receivedOn) : o.occurredOn,
    forwardedTo: pick('forwardedTo') ? optionalText('forwardedTo', L.forwardedTo, input.forwardedTo, 100) : o.forwardedTo,
    forwardedOn: pick('forwardedOn') ? optionalPastDate(ctx, 'forwardedOn', L.forwardedOn, input.forwardedOn) : o.forwardedOn,
    answer: pick('answer') ? optionalText('answer', L.answer, input.answer, 4000) : o.answer,
    answeredOn: pick('answeredOn') ? optionalPastDate(ctx, 'answeredOn', L.answeredOn, input.answeredOn) : o.answeredOn,
    adoption: pick('adoption') ? (input.adoption ?? null) : o.adoption,
    adoptionReason: pick('adoptionReason') ? optionalText('adoptionReason', L.adoptionReason, input.adoptionReason, 2000) : o.adoptionReason,
  };
  assertOpinionSteps(state);
  if (input.content != null) o.content = requiredText('content', L.content, input.content, 4000);
  if (pick('submitterName')) o.submitterName = optionalText('submitterName', L.submitterName, input.submitterName, 50);
  // A masked number read back from the API means "unchanged"; only a full number replaces the stored one.
  if (pick('submitterPhone') && !input.submitterPhone?.includes('*')) o.phone = phoneNumber('submitterPhone', input.submitterPhone);
  if (pick('note')) o.note = optionalText('note', L.note, input.note, 2000);
  if (decision !== undefined) o.decision = decision ? ref(decision) : null;
  o.occurredOn = state.receivedOn;
  o.forwardedTo = state.forwardedTo;
  o.forwardedOn = state.forwardedOn;
  o.answer = state.answer;
  o.answeredOn = state.answeredOn;
  o.adoption = state.adoption;
  o.adoptionReason = state.adoptionReason;
  await ctx.em.flush();
  return o;
}

export async function deleteOpinion(ctx: Ctx, id: string): Promise<OpinionEntity> {
  return softDelete(ctx, await findForWrite(ctx, OpinionEntity, id, OPINION));
}

// ---------------------------------------------------------------------------------------------- analyses

export function getOpinionAnalysis(ctx: Ctx, id: string): Promise<OpinionAnalysisEntity> {
  return getRecord(ctx, OpinionAnalysisEntity, id, OPINION_ANALYSIS);
}

export function listOpinionAnalyses(ctx: Ctx, filter: OpinionAnalysisFilter | null | undefined, paging: Paging): Promise<Page<OpinionAnalysisEntity>> {
  return listRecords(ctx, OpinionAnalysisEntity, filter, [], paging, { madeOn: 'occurredOn', periodFrom: 'periodFrom', title: 'title', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

function assertAnalysisDates(madeOn: string, periodFrom: string, periodTo: string): void {
  dateRange('periodFrom', 'periodTo', periodFrom, periodTo);
  notBefore('madeOn', madeOn, L.madeOn, periodFrom, L.periodFrom);
}

export async function createOpinionAnalysis(ctx: Ctx, input: CreateOpinionAnalysisInput): Promise<OpinionAnalysisEntity> {
  const unit = await unitForWrite(ctx, 'unitId', input.unitId);
  const madeOn = pastDate(ctx, 'madeOn', L.madeOn, input.madeOn);
  const periodFrom = pastDate(ctx, 'periodFrom', L.periodFrom, input.periodFrom);
  const periodTo = pastDate(ctx, 'periodTo', L.periodTo, input.periodTo);
  assertAnalysisDates(madeOn, periodFrom, periodTo);
  const a = ctx.em.create(OpinionAnalysisEntity, {
    unit,
    occurredOn: madeOn,
    periodFrom,
    periodTo,
    title: requiredText('title', L.title, input.title, 100),
    findings: requiredText('findings', L.findings, input.findings, 8000),
    measures: optionalText('measures', L.measures, input.measures, 8000),
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return a;
}

export async function updateOpinionAnalysis(ctx: Ctx, id: string, input: UpdateOpinionAnalysisInput): Promise<OpinionAnalysisEntity> {
  const a = await findForWrite(ctx, OpinionAnalysisEntity, id, OPINION_ANALYSIS);
  expectVersion(a, input.version, { zh: '该意见分析研判', en: 'This opinion analysis' });
  const madeOn = input.madeOn != null ? pastDate(ctx, 'madeOn', L.madeOn, input.madeOn) : a.occurredOn;
  const periodFrom = input.periodFrom != null ? pastDate(ctx, 'periodFrom', L.periodFrom, input.periodFrom) : a.periodFrom;
  const periodTo = input.periodTo != null ? pastDate(ctx, 'periodTo', L.periodTo, input.periodTo) : a.periodTo;
  assertAnalysisDates(madeOn, periodFrom, periodTo);
  if (input.title != null) a.title = requiredText('title', L.title, input.title, 100);
  if (input.findings != null) a.findings = requiredText('findings', L.findings, input.findings, 8000);
  if (input.measures !== undefined) a.measures = optionalText('measures', L.measures, input.measures, 8000);
  if (input.note !== undefined) a.note = optionalText('note', L.note, input.note, 2000);
  a.occurredOn = madeOn;
  a.periodFrom = periodFrom;
  a.periodTo = periodTo;
  await ctx.em.flush();
  return a;
}

export async function deleteOpinionAnalysis(ctx: Ctx, id: string): Promise<OpinionAnalysisEntity> {
  return softDelete(ctx, await findForWrite(ctx, OpinionAnalysisEntity, id, OPINION_ANALYSIS));
}
