import { randomUUID } from 'node:crypto';
import type { Violation } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import { findForWrite } from '../common/scoped.js';
import { expectVersion, optionalText, requiredText } from '../common/validate.js';
import { DecisionEntity, type StoredConsultation } from './decision.entity.js';
import { OpinionEntity } from './opinion.entity.js';
import { DECISION, badParticipants, decisionInUse } from './opinion.errors.js';
import { decisionFact } from './opinion.facts-shape.js';
import type { CreateDecisionInput, DecisionConsultationInput, DecisionFilter, UpdateDecisionInput } from './opinion.input.js';
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
  title: { zh: '决策事项', en: 'The title' },
  summary: { zh: '事项说明', en: 'The summary' },
  proposedOn: { zh: '提出日期', en: 'The date put forward' },
  consultation: { zh: '征求意见日期', en: 'The consultation date' },
  consultationSummary: { zh: '征求意见情况', en: 'The consultation summary' },
  riskAssessedOn: { zh: '风险评估日期', en: 'The risk assessment date' },
  riskAssessment: { zh: '风险评估结论', en: 'The risk assessment' },
  decidedOn: { zh: '决策日期', en: 'The decision date' },
  feedbackPublishedOn: { zh: '采纳情况公布日期', en: 'The feedback publication date' },
  feedback: { zh: '采纳情况公布内容', en: 'The published feedback' },
  note: { zh: '备注', en: 'The note' },
};

/** The parts of S6.DECISION that must hold before a decision is taken; feedback comes after and may be late. */
const BEFORE_DECISION = new Set(['S6.DECISION.NO_CONSULTATION', 'S6.DECISION.NO_RISK_ASSESSMENT']);

/** A decision's fields as stored, before or after a change. */
type DecisionDraft = Omit<Pick<DecisionEntity, 'id' | 'title' | 'summary' | 'occurredOn' | 'consultations' | 'riskAssessedOn' | 'riskLevel' | 'riskAssessment' | 'decidedOn' | 'feedbackPublishedOn' | 'feedback' | 'note'>, never> & {
  unitId: string;
};

export function decisionFindings(ctx: Ctx, d: DecisionDraft): Violation[] {
  if (!d.decidedOn) return [];
  const fact = decisionFact({ ...d, decidedOn: d.decidedOn });
  return runRuleCheck('S6.DECISION', 'DECISION_PROCESS', fact, ownerUnitSubject(d.unitId), today(ctx)).violations;
}

export function findingsOfStored(ctx: Ctx, d: DecisionEntity): Violation[] {
  return decisionFindings(ctx, { ...d, unitId: d.unit.id });
}

export function getDecision(ctx: Ctx, id: string): Promise<DecisionEntity> {
  return getRecord(ctx, DecisionEntity, id, DECISION);
}

export function listDecisions(ctx: Ctx, filter: DecisionFilter | null | undefined, paging: Paging): Promise<Page<DecisionEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<DecisionEntity>[] = [];
  if (f.statuses?.length) {
    const or: FilterQuery<DecisionEntity>[] = [];
    if (f.statuses.includes('PREPARING')) or.push({ decidedOn: null });
    if (f.statuses.includes('TAKEN')) or.push({ decidedOn: { $ne: null }, feedbackPublishedOn: null });
    if (f.statuses.includes('FEEDBACK_PUBLISHED')) or.push({ feedbackPublishedOn: { $ne: null } });
    own.push({ $or: or });
  }
  if (f.q?.trim()) own.push({ title: { $ilike: escapedLike(f.q) } });
  return listRecords(
    ctx,
    DecisionEntity,
    f,
    own,
    paging,
    { proposedOn: 'occurredOn', decidedOn: 'decidedOn', feedbackPublishedOn: 'feedbackPublishedOn', title: 'title', createdAt: 'createdAt' },
    { occurredOn: 'desc' },
  );
}

function consultationsOf(ctx: Ctx, list: readonly DecisionConsultationInput[]): StoredConsultation[] {
  return list
    .map((c) => {
      if (c.participants != null && (!Number.isInteger(c.participants) || c.participants < 1 || c.participants > 10000)) {
        throw badParticipants(c.participants);
      }
      return {
        date: pastDate(ctx, 'consultations', L.consultation, c.date),
        form: c.form,
        participants: c.participants ?? null,
        summary: optionalText('consultations', L.consultationSummary, c.summary, 2000),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Dates in order and S6.DECISION: a decision is marked taken only with a consultation and a risk assessment
 * on or before its day (refused with the rule's code); feedback is published after it, with its text.
 */
function assertDecision(ctx: Ctx, d: DecisionDraft): void {
  notBefore('riskAssessedOn', d.riskAssessedOn, L.riskAssessedOn, d.occurredOn, L.proposedOn);
  if (d.riskAssessedOn) requiredWhen('riskAssessment', !!d.riskAssessment, L.riskAssessment, { zh: '已做风险评估', en: 'A risk assessment is dated' });
  if (d.decidedOn) {
    notBefore('decidedOn', d.decidedOn, L.decidedOn, d.occurredOn, L.proposedOn);
    refuseOnErrors(decisionFindings(ctx, d).filter((v) => BEFORE_DECISION.has(v.code)), 'decidedOn');
  }
  if (d.feedbackPublishedOn) {
    requiredWhen('decidedOn', !!d.decidedOn, L.decidedOn, { zh: '公布采纳情况须在决策之后', en: 'Feedback is published after the decision' });
    notBefore('feedbackPublishedOn', d.feedbackPublishedOn, L.feedbackPublishedOn, d.decidedOn ?? d.occurredOn, L.decidedOn);
    requiredWhen('feedback', !!d.feedback, L.feedback, { zh: '已公布采纳情况', en: 'The feedback is published' });
  }
}

export async function createDecision(ctx: Ctx, input: CreateDecisionInput): Promise<DecisionEntity> {
  const unit = await unitForWrite(ctx, 'unitId', input.unitId);
  const draft: DecisionDraft = {
    id: randomUUID(),
    unitId: unit.id,
    title: requiredText('title', L.title, input.title, 200),
    summary: optionalText('summary', L.summary, input.summary, 8000),
    occurredOn: pastDate(ctx, 'proposedOn', L.proposedOn, input.proposedOn),
    consultations: consultationsOf(ctx, input.consultations ?? []),
    riskAssessedOn: optionalPastDate(ctx, 'riskAssessedOn', L.riskAssessedOn, input.riskAssessedOn),
    riskLevel: input.riskLevel ?? null,
    riskAssessment: optionalText('riskAssessment', L.riskAssessment, input.riskAssessment, 8000),
    decidedOn: optionalPastDate(ctx, 'decidedOn', L.decidedOn, input.decidedOn),
    feedbackPublishedOn: optionalPastDate(ctx, 'feedbackPublishedOn', L.feedbackPublishedOn, input.feedbackPublishedOn),
    feedback: optionalText('feedback', L.feedback, input.feedback, 8000),
    note: optionalText('note', L.note, input.note, 2000),
  };
  assertDecision(ctx, draft);
  const { unitId: _unitId, ...fields } = draft;
  const d = ctx.em.create(DecisionEntity, { ...fields, unit });
  await ctx.em.flush();
  return d;
}

export async function updateDecision(ctx: Ctx, id: string, input: UpdateDecisionInput): Promise<DecisionEntity> {
  const d = await findForWrite(ctx, DecisionEntity, id, DECISION);
  expectVersion(d, input.version, { zh: '该决策事项', en: 'This decision' });
  const draft: DecisionDraft = {
    id: d.id,
    unitId: d.unit.id,
    title: input.title != null ? requiredText('title', L.title, input.title, 200) : d.title,
    summary: input.summary !== undefined ? optionalText('summary', L.summary, input.summary, 8000) : d.summary,
    occurredOn: input.proposedOn != null ? pastDate(ctx, 'proposedOn', L.proposedOn, input.proposedOn) : d.occurredOn,
    consultations: input.consultations != null ? consultationsOf(ctx, input.consultations) : d.consultations,
    riskAssessedOn: input.riskAssessedOn !== undefined ? optionalPastDate(ctx, 'riskAssessedOn', L.riskAssessedOn, input.riskAssessedOn) : d.riskAssessedOn,
    riskLevel: input.riskLevel !== undefined ? (input.riskLevel ?? null) : d.riskLevel,
    riskAssessment: input.riskAssessment !== undefined ? optionalText('riskAssessment', L.riskAssessment, input.riskAssessment, 8000) : d.riskAssessment,
    decidedOn: input.decidedOn !== undefined ? optionalPastDate(ctx, 'decidedOn', L.decidedOn, input.decidedOn) : d.decidedOn,
    feedbackPublishedOn:
      input.feedbackPublishedOn !== undefined ? optionalPastDate(ctx, 'feedbackPublishedOn', L.feedbackPublishedOn, input.feedbackPublishedOn) : d.feedbackPublishedOn,
    feedback: input.feedback !== undefined ? optionalText('feedback', L.feedback, input.feedback, 8000) : d.feedback,
    note: input.note !== undefined ? optionalText('note', L.note, input.note, 2000) : d.note,
  };
  // Validate the would-be row before touching the managed entity, so a refusal leaves nothing to flush.
  assertDecision(ctx, draft);
  const { id: _id, unitId: _unitId, ...fields } = draft;
  Object.assign(d, fields);
  await ctx.em.flush();
  return d;
}

export async function deleteDecision(ctx: Ctx, id: string): Promise<DecisionEntity> {
  const d = await findForWrite(ctx, DecisionEntity, id, DECISION);
  // Published feedback is a public statement: keep it, and the opinions it speaks for, on record.
  if (d.feedbackPublishedOn) {
    const n = await ctx.em.count(OpinionEntity, { decision: d.id }, UNSCOPED);
    if (n > 0) throw decisionInUse(n);
  }
  return softDelete(ctx, d);
}
