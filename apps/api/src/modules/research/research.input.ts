import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordFilterBase } from '../common/record-kit.js';
import type { ReportRecipient } from './research.entity.js';
import { ReportRecipientEnum, TopicStatus } from './research.type.js';

@InputType('ResearchTripFilter')
export class ResearchTripFilter extends RecordFilterBase {
  @Field(() => Boolean, { nullable: true, description: 'Only stationed stays (true) or only ordinary trips (false).' })
  stationed?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Trips that visited this unit.' })
  visitedUnitId?: string | null;
}

@InputType('CreateResearchTripInput')
export class CreateResearchTripInput {
  @Field(() => ID, { nullable: true, description: 'Whose trip; a cadre may leave it out for their own.' })
  personId?: string | null;

  @Field(() => DateScalar, { description: 'The (first) day.' })
  occurredOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, inclusive, for a trip of several days.' })
  endsOn?: string | null;

  @Field(() => Float, { description: 'Days at the grassroots, in half days (0.5, 1, 1.5 …).' })
  days!: number;

  @Field(() => Boolean, { nullable: true })
  stationed?: boolean | null;

  @Field(() => [ID], { nullable: true })
  unitsVisitedIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  householdsVisitedIds?: string[] | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => String, { nullable: true })
  findings?: string | null;

  @Field(() => Boolean, { nullable: true })
  travelLight?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  noReception?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  noDisturbance?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateResearchTripInput')
export class UpdateResearchTripInput {
  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Send null to make it a one-day trip.' })
  endsOn?: string | null;

  @Field(() => Float, { nullable: true })
  days?: number | null;

  @Field(() => Boolean, { nullable: true })
  stationed?: boolean | null;

  @Field(() => [ID], { nullable: true })
  unitsVisitedIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  householdsVisitedIds?: string[] | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => String, { nullable: true })
  findings?: string | null;

  @Field(() => Boolean, { nullable: true })
  travelLight?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  noReception?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  noDisturbance?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read: a concurrent change answers CONFLICT.' })
  version?: number | null;
}

@InputType('ResearchTopicFilter')
export class ResearchTopicFilter extends RecordFilterBase {
  @Field(() => Boolean, { nullable: true, description: "Only the committee's major topics (true) or only leaders' own (false)." })
  major?: boolean | null;

  @Field(() => TopicStatus, { nullable: true })
  status?: TopicStatus | null;
}

@InputType('CreateResearchTopicInput')
export class CreateResearchTopicInput {
  @Field(() => String)
  title!: string;

  @Field(() => Boolean, { nullable: true, description: "A major topic of the bureau Party committee (S1.TOPICS): give unitId (the bureau), no person." })
  major?: boolean | null;

  @Field(() => ID, { nullable: true, description: "The leader whose topic it is (not for major topics); a cadre may leave it out for their own." })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a major topic: the bureau whose committee sets it.' })
  unitId?: string | null;

  @Field(() => DateScalar, { description: 'Proposed on.' })
  occurredOn!: string;

  @Field(() => [ID], { nullable: true })
  teamIds?: string[] | null;

  @Field(() => String, { nullable: true })
  plan?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateResearchTopicInput')
export class UpdateResearchTopicInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => [ID], { nullable: true })
  teamIds?: string[] | null;

  @Field(() => String, { nullable: true })
  plan?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('ApproveResearchTopicInput')
export class ApproveResearchTopicInput {
  @Field(() => DateScalar, { description: 'The day the Party committee approved it.' })
  approvedOn!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('ResearchReportFilter')
export class ResearchReportFilter extends RecordFilterBase {
  @Field(() => ReportRecipientEnum, { nullable: true })
  submittedTo?: ReportRecipient | null;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;
}

@InputType('CreateResearchReportInput')
export class CreateResearchReportInput {
  @Field(() => ID, { nullable: true, description: 'Whose report; a cadre may leave it out for their own.' })
  personId?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar, { description: 'Completed or submitted on.' })
  occurredOn!: string;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;

  @Field(() => ReportRecipientEnum, {
    nullable: true,
    description: 'Where it went. Left out: where S1.REPORT.TO_BUREAU routes it (see routedTo).',
  })
  submittedTo?: ReportRecipient | null;

  @Field(() => Boolean, { nullable: true, description: 'Submitted in writing; default true.' })
  written?: boolean | null;

  @Field(() => String, { nullable: true })
  fileRef?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateResearchReportInput')
export class UpdateResearchReportInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;

  @Field(() => ReportRecipientEnum, { nullable: true })
  submittedTo?: ReportRecipient | null;

  @Field(() => Boolean, { nullable: true })
  written?: boolean | null;

  @Field(() => String, { nullable: true })
  fileRef?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
