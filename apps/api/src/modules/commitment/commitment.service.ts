import { checkCommitmentStep, type PersonSubject, type Violation } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import { assertMayWriteRecord } from '../common/record-access.js';
import { findForWrite } from '../common/scoped.js';
import { expectVersion, optionalText, requiredText } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import type { PersonEntity } from '../person/person.entity.js';
import {
  finding,
  getRecord,
  listRecords,
  pastDate,
  personForWrite,
  runRuleCheck,
  sectorOf,
  softDelete,
  today,
  yearOf,
} from '../common/record-kit.js';
import { CommitmentEntity } from './commitment.entity.js';
import { COMMITMENT, badYear, resultRequired } from './commitment.errors.js';
import type { CommitmentFilter, CommitmentStepInput, CreateCommitmentInput, UpdateCommitmentInput } from './commitment.input.js';
import { commitmentFact } from './commitment.facts.js';

type Paging = { sort: SortInput | null | undefined; page: number | null | undefined; perPage: number | null | undefined };

const L = {
  content: { zh: '承诺内容', en: 'The commitment' },
  proposedOn: { zh: '提出日期', en: 'The proposal date' },
  date: { zh: '日期', en: 'The date' },
  fulfilment: { zh: '践诺情况', en: 'The fulfilment' },
  evaluationComment: { zh: '评议意见', en: 'The evaluation comment' },
  note: { zh: '备注', en: 'The note' },
};

export function getCommitment(ctx: Ctx, id: string): Promise<CommitmentEntity> {
  return getRecord(ctx, CommitmentEntity, id, COMMITMENT);
}

export function listCommitments(ctx: Ctx, filter: CommitmentFilter | null | undefined, paging: Paging): Promise<Page<CommitmentEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<CommitmentEntity>[] = [];
  if (f.personId) own.push({ person: f.personId });
  if (f.year != null) own.push({ year: f.year });
  if (f.categories?.length) own.push({ category: { $in: f.categories } });
  if (f.statuses?.length) {
    const or: FilterQuery<CommitmentEntity>[] = [];
    if (f.statuses.includes('PROPOSED')) or.push({ publishedOn: null });
    if (f.statuses.includes('PUBLISHED')) or.push({ publishedOn: { $ne: null }, fulfilledOn: null });
    if (f.statuses.includes('FULFILLED')) or.push({ fulfilledOn: { $ne: null }, evaluatedOn: null });
    if (f.statuses.includes('EVALUATED')) or.push({ evaluatedOn: { $ne: null } });
    own.push({ $or: or });
  }
  return listRecords(ctx, CommitmentEntity, f, own, paging, { proposedOn: 'occurredOn', year: 'year', category: 'category', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

/** S7.CONTENT (§三(七)2) as the rules check it: the category fits the sector of the member's unit. */
async function contentFindings(ctx: Ctx, person: PersonEntity, commitment: { id: string; category: CommitmentEntity['category']; proposedOn: string }): Promise<Violation[]> {
  const unit = await ctx.em.findOneOrFail(OrgUnitEntity, { id: person.unit.id });
  const subject: PersonSubject = { id: person.id, rank: person.rank, partyMember: person.partyMember, positions: [], deputyTerms: [], sector: await sectorOf(ctx, unit) };
  const fact = commitmentFact({ id: commitment.id, personId: person.id, unitId: unit.id, proposedOn: commitment.proposedOn, category: commitment.category, publishedOn: null, fulfilledOn: null, evaluatedOn: null });
  return runRuleCheck('S7.CONTENT', 'COMMITMENT_CONTENT', fact, subject, today(ctx)).violations;
}

export async function createCommitment(ctx: Ctx, input: CreateCommitmentInput): Promise<CommitmentEntity> {
  const person = await personForWrite(ctx, input.personId);
  assertMayWriteRecord(ctx, person.id);
  const proposedOn = pastDate(ctx, 'proposedOn', L.proposedOn, input.proposedOn);
  const year = input.year ?? yearOf(proposedOn);
  if (year !== yearOf(proposedOn) && year !== yearOf(proposedOn) + 1) throw badYear(year, proposedOn);
  const content = requiredText('content', L.content, input.content, 2000);
  if (!person.partyMember) {
    refuseOnErrors([finding('S7.PER_MEMBER.NOT_A_MEMBER', 'ERROR', '党员承诺只能由党员作出', 'Only a Party member makes a commitment')], 'personId');
  }
  refuseOnErrors(await contentFindings(ctx, person, { id: 'new', category: input.category, proposedOn }), 'category');
  const c = ctx.em.create(CommitmentEntity, {
    person,
    unit: person.unit,
    occurredOn: proposedOn,
    year,
    category: input.category,
    content,
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return c;
}

export async function updateCommitment(ctx: Ctx, id: string, input: UpdateCommitmentInput): Promise<CommitmentEntity> {
  const c = await findForWrite(ctx, CommitmentEntity, id, COMMITMENT);
  expectVersion(c, input.version, { zh: '该党员承诺', en: 'This commitment' });
  if (input.category != null && input.category !== c.category) {
    const person = await personForWrite(ctx, c.person?.id ?? '');
    refuseOnErrors(await contentFindings(ctx, person, { id: c.id, category: input.category, proposedOn: c.occurredOn }), 'category');
    c.category = input.category;
  }
  if (input.content != null) c.content = requiredText('content', L.content, input.content, 2000);
  if (input.fulfilment !== undefined) c.fulfilment = optionalText('fulfilment', L.fulfilment, input.fulfilment, 4000);
  if (input.evaluationComment !== undefined) c.evaluationComment = optionalText('evaluationComment', L.evaluationComment, input.evaluationComment, 4000);
  if (input.note !== undefined) c.note = optionalText('note', L.note, input.note, 2000);
  await ctx.em.flush();
  return c;
}

/** 公开 → 履行 → 评议, each after the one before and not earlier in date (S7.LIFECYCLE, checkCommitmentStep). */
export async function recordCommitmentStep(ctx: Ctx, id: string, input: CommitmentStepInput): Promise<CommitmentEntity> {
  const c = await findForWrite(ctx, CommitmentEntity, id, COMMITMENT);
  expectVersion(c, input.version, { zh: '该党员承诺', en: 'This commitment' });
  const date = pastDate(ctx, 'date', L.date, input.date);
  refuseOnErrors(
    checkCommitmentStep({ proposedOn: c.occurredOn, publishedOn: c.publishedOn, fulfilledOn: c.fulfilledOn, evaluatedOn: c.evaluatedOn }, input.step, date),
    'step',
  );
  if (input.step === 'PUBLISHED') c.publishedOn = date;
  if (input.step === 'FULFILLED') {
    c.fulfilledOn = date;
    if (input.fulfilment !== undefined) c.fulfilment = optionalText('fulfilment', L.fulfilment, input.fulfilment, 4000);
  }
  if (input.step === 'EVALUATED') {
    if (!input.evaluationResult) throw resultRequired();
    c.evaluatedOn = date;
    c.evaluationResult = input.evaluationResult;
    if (input.evaluationComment !== undefined) c.evaluationComment = optionalText('evaluationComment', L.evaluationComment, input.evaluationComment, 4000);
  }
  await ctx.em.flush();
  return c;
}

export async function deleteCommitment(ctx: Ctx, id: string): Promise<CommitmentEntity> {
  return softDelete(ctx, await findForWrite(ctx, CommitmentEntity, id, COMMITMENT));
}
