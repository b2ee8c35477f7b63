import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordFilterBase } from '../common/record-kit.js';
import type { AssessmentKind, AssessmentResult, SecondmentRole } from './secondment.entity.js';
import { AssessmentKindEnum, AssessmentResultEnum, SecondmentRoleEnum } from './secondment.type.js';

@InputType('SecondmentFilter')
export class SecondmentFilter extends RecordFilterBase {
  @Field(() => ID, { nullable: true, description: 'Secondments to this unit.' })
  toUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Secondments under way on this day.' })
  activeOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only postings recorded with an eligibility override.' })
  overridden?: boolean | null;
}

@InputType('CreateSecondmentInput')
export class CreateSecondmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { nullable: true, description: "Left out: the person's unit." })
  fromUnitId?: string | null;

  @Field(() => String, { nullable: true })
  fromPost?: string | null;

  @Field(() => ID)
  toUnitId!: string;

  @Field(() => String)
  toPost!: string;

  @Field(() => SecondmentRoleEnum, { nullable: true, description: 'Default OTHER.' })
  role?: SecondmentRole | null;

  @Field(() => DateScalar, { description: 'The posting date: S3.ELIGIBLE is checked on it.' })
  occurredOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  livesAtGrassroots?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  leftOriginalPost?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  outstandingGraduate?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required to post someone who fails S3.ELIGIBLE; kept in the audit log.' })
  eligibilityOverrideReason?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateSecondmentInput')
export class UpdateSecondmentInput {
  @Field(() => ID, { nullable: true })
  fromUnitId?: string | null;

  @Field(() => String, { nullable: true })
  fromPost?: string | null;

  @Field(() => ID, { nullable: true })
  toUnitId?: string | null;

  @Field(() => String, { nullable: true })
  toPost?: string | null;

  @Field(() => SecondmentRoleEnum, { nullable: true })
  role?: SecondmentRole | null;

  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  livesAtGrassroots?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  leftOriginalPost?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  outstandingGraduate?: boolean | null;

  @Field(() => String, { nullable: true })
  eligibilityOverrideReason?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('SecondmentAssessmentFilter')
export class SecondmentAssessmentFilter extends RecordFilterBase {
  @Field(() => ID, { nullable: true })
  secondmentId?: string | null;

  @Field(() => AssessmentKindEnum, { nullable: true })
  kind?: AssessmentKind | null;
}

@InputType('CreateSecondmentAssessmentInput')
export class CreateSecondmentAssessmentInput {
  @Field(() => ID)
  secondmentId!: string;

  @Field(() => AssessmentKindEnum)
  kind!: AssessmentKind;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => AssessmentResultEnum, { nullable: true, description: 'Required for a FINAL assessment.' })
  result?: AssessmentResult | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateSecondmentAssessmentInput')
export class UpdateSecondmentAssessmentInput {
  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => AssessmentResultEnum, { nullable: true })
  result?: AssessmentResult | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
