import { Field, ID, InputType, Int } from 'type-graphql';
import type { Sector } from '@lianxi/rules';
import { SectorEnum } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitRecordFilter } from '../opinion/opinion.input.js';
import {
  CommitmentStatusEnum,
  CommitmentStepEnum,
  EvaluationResultEnum,
  type CommitmentNextStep,
  type CommitmentStatus,
  type EvaluationResult,
} from './commitment.enums.js';

@InputType('CommitmentFilter')
export class CommitmentFilter extends UnitRecordFilter {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => [SectorEnum], { nullable: true })
  categories?: Sector[] | null;

  @Field(() => [CommitmentStatusEnum], { nullable: true })
  statuses?: CommitmentStatus[] | null;
}

@InputType('CreateCommitmentInput', { description: 'A member proposes a commitment (提出承诺); the later steps come through recordCommitmentStep.' })
export class CreateCommitmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, { nullable: true, description: 'Default: the year of proposedOn.' })
  year?: number | null;

  @Field(() => SectorEnum)
  category!: Sector;

  @Field(() => String)
  content!: string;

  @Field(() => DateScalar)
  proposedOn!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateCommitmentInput', { description: 'What was committed; the steps have their own mutation.' })
export class UpdateCommitmentInput {
  @Field(() => SectorEnum, { nullable: true })
  category?: Sector | null;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => String, { nullable: true })
  fulfilment?: string | null;

  @Field(() => String, { nullable: true })
  evaluationComment?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('CommitmentStepInput')
export class CommitmentStepInput {
  @Field(() => CommitmentStepEnum)
  step!: CommitmentNextStep;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => String, { nullable: true, description: 'FULFILLED: how it was kept.' })
  fulfilment?: string | null;

  @Field(() => EvaluationResultEnum, { nullable: true, description: 'EVALUATED: required.' })
  evaluationResult?: EvaluationResult | null;

  @Field(() => String, { nullable: true })
  evaluationComment?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
