import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Sector, Violation } from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { SectorEnum } from '../../graphql/enums.js';
import { PageOf } from '../../graphql/pagination.js';
import { RuleViolation, toRuleViolations } from '../../graphql/rule-violation.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitRecordBase, unitRecordBase } from '../common/record-kit.js';
import type { CommitmentEntity } from './commitment.entity.js';
import { CommitmentStatusEnum, EvaluationResultEnum, type CommitmentStatus, type EvaluationResult } from './commitment.enums.js';

@ObjectType('Commitment', { description: 'A Party member\'s commitment: proposed → made public → fulfilled → evaluated (党员承诺践诺, S7).' })
export class Commitment extends UnitRecordBase {
  @Field(() => ID, { description: 'The member.' })
  personId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => SectorEnum, { description: 'Content category; must fit the member\'s sector (S7.CONTENT).' })
  category!: Sector;

  @Field(() => String)
  content!: string;

  @Field(() => DateScalar)
  proposedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  publishedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  fulfilledOn!: string | null;

  @Field(() => String, { nullable: true })
  fulfilment!: string | null;

  @Field(() => DateScalar, { nullable: true })
  evaluatedOn!: string | null;

  @Field(() => EvaluationResultEnum, { nullable: true })
  evaluationResult!: EvaluationResult | null;

  @Field(() => String, { nullable: true })
  evaluationComment!: string | null;

  @Field(() => CommitmentStatusEnum)
  status!: CommitmentStatus;

  @Field(() => [RuleViolation])
  warnings!: RuleViolation[];
}

export function commitmentStatus(e: Pick<CommitmentEntity, 'publishedOn' | 'fulfilledOn' | 'evaluatedOn'>): CommitmentStatus {
  if (e.evaluatedOn) return 'EVALUATED';
  if (e.fulfilledOn) return 'FULFILLED';
  if (e.publishedOn) return 'PUBLISHED';
  return 'PROPOSED';
}

export function toCommitment(ctx: Ctx, e: CommitmentEntity, findings: readonly Violation[] = []): Commitment {
  const c = unitRecordBase(new Commitment(), e);
  c.personId = e.person?.id ?? '';
  c.year = e.year;
  c.category = e.category;
  c.content = e.content;
  c.proposedOn = e.occurredOn;
  c.publishedOn = e.publishedOn;
  c.fulfilledOn = e.fulfilledOn;
  c.fulfilment = e.fulfilment;
  c.evaluatedOn = e.evaluatedOn;
  c.evaluationResult = e.evaluationResult;
  c.evaluationComment = e.evaluationComment;
  c.status = commitmentStatus(e);
  c.warnings = toRuleViolations(ctx.locale, findings);
  return c;
}

@ObjectType('CommitmentPage')
export class CommitmentPage extends PageOf(Commitment) {}
