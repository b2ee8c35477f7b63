import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitRecordBase, unitRecordBase } from '../common/record-kit.js';
import type { DeputyActivityEntity, DeputyDutyReportEntity, DeputyPairingEntity } from './deputy-activity.entity.js';
import { DutyEvaluationEnum, type DutyEvaluation } from './deputy-activity.enums.js';

@ObjectType('DeputyActivity', { description: 'An organised deputy contact activity (党代表直接联系服务群众活动, S8.ACTIVITY).' })
export class DeputyActivity extends UnitRecordBase {
  @Field(() => String)
  title!: string;

  @Field(() => DateScalar)
  heldOn!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => [ID], { description: 'The deputies taking part (ids; `deputies` shows those in your part of the tree).' })
  deputyIds!: string[];

  @Field(() => Int, { nullable: true, description: 'People met.' })
  peopleMet!: number | null;

  @Field(() => String, { nullable: true })
  issuesRaised!: string | null;
}

export function toDeputyActivity(e: DeputyActivityEntity): DeputyActivity {
  const a = unitRecordBase(new DeputyActivity(), e);
  a.title = e.title;
  a.heldOn = e.occurredOn;
  a.location = e.location;
  a.deputyIds = [...e.deputyIds];
  a.peopleMet = e.peopleMet;
  a.issuesRaised = e.issuesRaised;
  return a;
}

@ObjectType('DeputyActivityPage')
export class DeputyActivityPage extends PageOf(DeputyActivity) {}

@ObjectType('DeputyPairing', { description: 'A deputy paired with a needy household of the electing unit (S8.PAIR).' })
export class DeputyPairing extends UnitRecordBase {
  @Field(() => ID, { description: 'The deputy.' })
  personId!: string;

  @Field(() => ID)
  termId!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to!: string | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;
}

export function toDeputyPairing(e: DeputyPairingEntity): DeputyPairing {
  const p = unitRecordBase(new DeputyPairing(), e);
  p.personId = e.person?.id ?? '';
  p.termId = e.term.id;
  p.householdId = e.household.id;
  p.from = e.occurredOn;
  p.to = e.endsOn;
  p.endReason = e.endReason;
  return p;
}

@ObjectType('DeputyPairingPage')
export class DeputyPairingPage extends PageOf(DeputyPairing) {}

@ObjectType('DeputyDutyReport', { description: 'A deputy\'s duty report to the electing unit, once per term, with the democratic evaluation (S8.REPORT).' })
export class DeputyDutyReport extends UnitRecordBase {
  @Field(() => ID, { description: 'The deputy.' })
  personId!: string;

  @Field(() => ID)
  termId!: string;

  @Field(() => DateScalar)
  reportedOn!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => Int, { nullable: true })
  attendees!: number | null;

  @Field(() => DutyEvaluationEnum, { nullable: true, description: 'Null until evaluated: S8.REPORT counts evaluated reports only.' })
  evaluationResult!: DutyEvaluation | null;

  @Field(() => DateScalar, { nullable: true })
  evaluatedOn!: string | null;
}

export function toDeputyDutyReport(e: DeputyDutyReportEntity): DeputyDutyReport {
  const r = unitRecordBase(new DeputyDutyReport(), e);
  r.personId = e.person?.id ?? '';
  r.termId = e.term.id;
  r.reportedOn = e.occurredOn;
  r.summary = e.summary;
  r.attendees = e.attendees;
  r.evaluationResult = e.evaluationResult;
  r.evaluatedOn = e.evaluatedOn;
  return r;
}

@ObjectType('DeputyDutyReportPage')
export class DeputyDutyReportPage extends PageOf(DeputyDutyReport) {}
