import type { SecondmentFact, Violation } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import {
  asWarnings,
  checkRecord,
  deleteRecord,
  endDate,
  findRecordForWrite,
  getRecord,
  noteText,
  pageOf,
  pastDate,
  RECORD_SORTABLE,
  recordOwner,
  recordWhere,
  softDelete,
  unitAnywhere,
  UNSCOPED,
} from '../common/record-kit.js';
import { assertMayWriteRecord } from '../common/record-access.js';
import { refForWrite, validUuidOr } from '../common/scoped.js';
import { expectVersion, optionalText, requiredText, validDate } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { personSubject } from '../person/person.subject.js';
import { SecondmentAssessmentEntity, SecondmentEntity } from './secondment.entity.js';
import {
  ASSESSMENT,
  LABELS,
  SECONDMENT,
  alreadyAssessed,
  beforePosting,
  hasAssessments,
  ineligible,
  resultRequired,
  unknownSecondment,
} from './secondment.errors.js';
import { loadSecondmentFact } from './secondment.facts.js';
import type {
  CreateSecondmentAssessmentInput,
  CreateSecondmentInput,
  SecondmentAssessmentFilter,
  SecondmentFilter,
  UpdateSecondmentAssessmentInput,
  UpdateSecondmentInput,
} from './secondment.input.js';

// ------------------------------------------------------------------------------------------------ secondments

export function getSecondment(ctx: Ctx, id: string): Promise<SecondmentEntity> {
  return getRecord(ctx, SecondmentEntity, id, SECONDMENT);
}

export async function listSecondments(
  ctx: Ctx,
  filter: SecondmentFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<SecondmentEntity>> {
  const extra: FilterQuery<SecondmentEntity>[] = [];
  if (filter?.toUnitId) extra.push({ toUnit: validUuidOr(filter.toUnitId) });
  if (filter?.activeOn) {
    extra.push({ occurredOn: { $lte: filter.activeOn } }, { $or: [{ endsOn: null }, { endsOn: { $gte: filter.activeOn } }] });
  }
  if (filter?.overridden === true) extra.push({ eligibilityOverrideReason: { $ne: null } });
  if (filter?.overridden === false) extra.push({ eligibilityOverrideReason: null });
  return pageOf(ctx, SecondmentEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, endsOn: 'endsOn' });
}

/**
 * S3.ELIGIBLE on the posting date, read from the person as recorded: every failing criterion is refused
 * together, unless an override reason is given (then they are warnings on the record).
 */
async function checkEligible(ctx: Ctx, s: SecondmentEntity): Promise<void> {
  const fact = await factOf(ctx, s);
  const errors = checkRecord('S3.ELIGIBLE', fact, ctx, await personSubject(ctx, s.person?.id ?? '')).filter((v) => v.severity === 'ERROR');
  if (errors.length) throw ineligible(errors);
}

/** The rules' view of a secondment as it stands in memory (before or after a flush). */
async function factOf(ctx: Ctx, s: SecondmentEntity): Promise<SecondmentFact> {
  const to = await unitAnywhere(ctx, 'toUnitId', s.toUnit.id);
  const from = s.fromUnit ? await unitAnywhere(ctx, 'fromUnitId', s.fromUnit.id) : null;
  const stored = await loadSecondmentFact(ctx.em, s.id);
  return {
    kind: 'SECONDMENT',
    id: s.id,
    personId: s.person?.id ?? null,
    unitId: s.unit.id,
    date: s.occurredOn,
    endDate: s.endsOn,
    targetUnitId: to.id,
    targetUnitKind: to.kind as SecondmentFact['targetUnitKind'],
    fromUnitKind: (from?.kind ?? null) as SecondmentFact['fromUnitKind'],
    role: s.role,
    leftOriginalPost: s.leftOriginalPost,
    livesAtGrassroots: s.livesAtGrassroots,
    outstandingGraduate: s.outstandingGraduate,
    eligibilityOverrideReason: s.eligibilityOverrideReason,
    feedbackDates: stored?.feedbackDates ?? [],
    assessedOn: stored?.assessedOn ?? null,
    assessmentResult: stored?.assessmentResult ?? null,
  };
}

export async function createSecondment(ctx: Ctx, input: CreateSecondmentInput): Promise<SecondmentEntity> {
  const person = await recordOwner(ctx, input.personId);
  const toUnit = await unitAnywhere(ctx, 'toUnitId', input.toUnitId);
  const fromUnit = input.fromUnitId ? await unitAnywhere(ctx, 'fromUnitId', input.fromUnitId) : null;
  const occurredOn = validDate('occurredOn', LABELS.occurredOn, input.occurredOn);
  const s = ctx.em.create(SecondmentEntity, {
    person,
    unit: person.unit,
    occurredOn,
    endsOn: endDate('endsOn', LABELS.endsOn, occurredOn, input.endsOn),
    fromUnit: ctx.em.getReference(OrgUnitEntity, fromUnit?.id ?? person.unit.id, { wrapped: true }),
    fromPost: optionalText('fromPost', LABELS.fromPost, input.fromPost, 100),
    toUnit: ctx.em.getReference(OrgUnitEntity, toUnit.id, { wrapped: true }),
    toPost: requiredText('toPost', LABELS.toPost, input.toPost, 100),
    role: input.role ?? 'OTHER',
    livesAtGrassroots: input.livesAtGrassroots ?? true,
    leftOriginalPost: input.leftOriginalPost ?? true,
    outstandingGraduate: input.outstandingGraduate ?? false,
    eligibilityOverrideReason: optionalText('eligibilityOverrideReason', LABELS.reason, input.eligibilityOverrideReason, 1000),
    note: noteText(input.note),
  });
  await checkEligible(ctx, s);
  await ctx.em.flush();
  return s;
}

export async function updateSecondment(ctx: Ctx, id: string, input: UpdateSecondmentInput): Promise<SecondmentEntity> {
  const s = await findRecordForWrite(ctx, SecondmentEntity, id, SECONDMENT);
  expectVersion(s, input.version, { zh: '该挂职记录', en: 'This secondment' });
  const occurredOn = input.occurredOn != null ? validDate('occurredOn', LABELS.occurredOn, input.occurredOn) : s.occurredOn;
  s.endsOn = endDate('endsOn', LABELS.endsOn, occurredOn, input.endsOn === undefined ? s.endsOn : input.endsOn);
  s.occurredOn = occurredOn;
  if (input.toUnitId != null) s.toUnit = ctx.em.getReference(OrgUnitEntity, (await unitAnywhere(ctx, 'toUnitId', input.toUnitId)).id, { wrapped: true });
  if (input.fromUnitId != null) s.fromUnit = ctx.em.getReference(OrgUnitEntity, (await unitAnywhere(ctx, 'fromUnitId', input.fromUnitId)).id, { wrapped: true });
  if (input.fromPost !== undefined) s.fromPost = optionalText('fromPost', LABELS.fromPost, input.fromPost, 100);
  if (input.toPost != null) s.toPost = requiredText('toPost', LABELS.toPost, input.toPost, 100);
  if (input.role != null) s.role = input.role;
  if (input.livesAtGrassroots != null) s.livesAtGrassroots = input.livesAtGrassroots;
  if (input.leftOriginalPost != null) s.leftOriginalPost = input.leftOriginalPost;
  if (input.outstandingGraduate != null) s.outstandingGraduate = input.outstandingGraduate;
  if (input.eligibilityOverrideReason !== undefined) {
    s.eligibilityOverrideReason = optionalText('eligibilityOverrideReason', LABELS.reason, input.eligibilityOverrideReason, 1000);
  }
  if (input.note !== undefined) s.note = noteText(input.note);
  await checkEligible(ctx, s);
  await ctx.em.flush();
  return s;
}

export async function deleteSecondment(ctx: Ctx, id: string): Promise<SecondmentEntity> {
  const s = await findRecordForWrite(ctx, SecondmentEntity, id, SECONDMENT);
  const n = await ctx.em.count(SecondmentAssessmentEntity, { secondment: s.id }, UNSCOPED);
  if (n > 0) throw hasAssessments(n);
  return softDelete(ctx, s);
}

/** S3.ELIGIBLE (overridden or priority), S3.DURATION and S3.ASSESS on a stored secondment. */
export async function secondmentWarnings(ctx: Ctx, s: SecondmentEntity): Promise<Violation[]> {
  const fact = await factOf(ctx, s);
  const subject = await personSubject(ctx, s.person?.id ?? '');
  return asWarnings(['S3.ELIGIBLE', 'S3.DURATION', 'S3.ASSESS'].flatMap((r) => checkRecord(r, fact, ctx, subject)));
}

// ------------------------------------------------------------------------------------------------ assessments

export function getSecondmentAssessment(ctx: Ctx, id: string): Promise<SecondmentAssessmentEntity> {
  return getRecord(ctx, SecondmentAssessmentEntity, id, ASSESSMENT);
}

export async function listSecondmentAssessments(
  ctx: Ctx,
  filter: SecondmentAssessmentFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<SecondmentAssessmentEntity>> {
  const extra: FilterQuery<SecondmentAssessmentEntity>[] = [];
  if (filter?.secondmentId) extra.push({ secondment: validUuidOr(filter.secondmentId) });
  if (filter?.kind) extra.push({ kind: filter.kind });
  return pageOf(ctx, SecondmentAssessmentEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, RECORD_SORTABLE);
}

export async function createSecondmentAssessment(ctx: Ctx, input: CreateSecondmentAssessmentInput): Promise<SecondmentAssessmentEntity> {
  const s = await refForWrite(ctx, SecondmentEntity, input.secondmentId, () => unknownSecondment(input.secondmentId));
  assertMayWriteRecord(ctx, s.person?.id);
  const occurredOn = pastDate(ctx, 'occurredOn', LABELS.date, input.occurredOn);
  if (occurredOn < s.occurredOn) throw beforePosting(occurredOn, s.occurredOn);
  if (input.kind === 'FINAL') {
    if (!input.result) throw resultRequired();
    const done = await ctx.em.findOne(SecondmentAssessmentEntity, { secondment: s.id, kind: 'FINAL' }, UNSCOPED);
    if (done) throw alreadyAssessed(done.occurredOn);
  }
  const a = ctx.em.create(SecondmentAssessmentEntity, {
    secondment: s,
    person: s.person,
    unit: s.unit,
    occurredOn,
    kind: input.kind,
    result: input.result ?? null,
    comment: optionalText('comment', LABELS.comment, input.comment, 5000),
    note: noteText(input.note),
  });
  await ctx.em.flush();
  return a;
}

export async function updateSecondmentAssessment(ctx: Ctx, id: string, input: UpdateSecondmentAssessmentInput): Promise<SecondmentAssessmentEntity> {
  const a = await findRecordForWrite(ctx, SecondmentAssessmentEntity, id, ASSESSMENT);
  expectVersion(a, input.version, { zh: '该考核记录', en: 'This assessment' });
  if (input.occurredOn != null) {
    const on = pastDate(ctx, 'occurredOn', LABELS.date, input.occurredOn);
    const s = await ctx.em.findOne(SecondmentEntity, { id: a.secondment.id }, UNSCOPED);
    if (s && on < s.occurredOn) throw beforePosting(on, s.occurredOn);
    a.occurredOn = on;
  }
  if (input.result !== undefined) {
    if (!input.result && a.kind === 'FINAL') throw resultRequired();
    a.result = input.result;
  }
  if (input.comment !== undefined) a.comment = optionalText('comment', LABELS.comment, input.comment, 5000);
  if (input.note !== undefined) a.note = noteText(input.note);
  await ctx.em.flush();
  return a;
}

export function deleteSecondmentAssessment(ctx: Ctx, id: string): Promise<SecondmentAssessmentEntity> {
  return deleteRecord(ctx, SecondmentAssessmentEntity, id, ASSESSMENT);
}
