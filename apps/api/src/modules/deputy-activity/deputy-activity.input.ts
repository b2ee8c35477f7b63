import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitRecordFilter } from '../opinion/opinion.input.js';
import { DutyEvaluationEnum, type DutyEvaluation } from './deputy-activity.enums.js';

@InputType('DeputyActivityFilter')
export class DeputyActivityFilter extends UnitRecordFilter {
  @Field(() => ID, { nullable: true, description: 'Activities this deputy took part in.' })
  deputyId?: string | null;
}

@InputType('CreateDeputyActivityInput')
export class CreateDeputyActivityInput {
  @Field(() => ID, { description: 'The organising unit.' })
  unitId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar)
  heldOn!: string;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [ID])
  deputyIds!: string[];

  @Field(() => Int, { nullable: true })
  peopleMet?: number | null;

  @Field(() => String, { nullable: true })
  issuesRaised?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateDeputyActivityInput')
export class UpdateDeputyActivityInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => DateScalar, { nullable: true })
  heldOn?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [ID], { nullable: true })
  deputyIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  peopleMet?: number | null;

  @Field(() => String, { nullable: true })
  issuesRaised?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('DeputyPairingFilter')
export class DeputyPairingFilter extends UnitRecordFilter {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Pairings running on this day.' })
  activeOn?: string | null;
}

@InputType('CreateDeputyPairingInput')
export class CreateDeputyPairingInput {
  @Field(() => ID, { description: 'The deputy; the term running on `from` is the one paired under.' })
  personId!: string;

  @Field(() => ID, { description: 'A needy household of the electing unit.' })
  householdId!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true })
  endReason?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateDeputyPairingInput')
export class UpdateDeputyPairingInput {
  @Field(() => DateScalar, { nullable: true, description: 'Set to end the pairing.' })
  to?: string | null;

  @Field(() => String, { nullable: true })
  endReason?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('DeputyDutyReportFilter')
export class DeputyDutyReportFilter extends UnitRecordFilter {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: evaluated; false: awaiting the evaluation.' })
  evaluated?: boolean | null;
}

@InputType('CreateDeputyDutyReportInput')
export class CreateDeputyDutyReportInput {
  @Field(() => ID, { description: 'The deputy; the report belongs to the term running on reportedOn.' })
  personId!: string;

  @Field(() => DateScalar)
  reportedOn!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => Int, { nullable: true })
  attendees?: number | null;

  @Field(() => DutyEvaluationEnum, { nullable: true })
  evaluationResult?: DutyEvaluation | null;

  @Field(() => DateScalar, { nullable: true })
  evaluatedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateDeputyDutyReportInput')
export class UpdateDeputyDutyReportInput {
  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => Int, { nullable: true })
  attendees?: number | null;

  @Field(() => DutyEvaluationEnum, { nullable: true })
  evaluationResult?: DutyEvaluation | null;

  @Field(() => DateScalar, { nullable: true })
  evaluatedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
