import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordBase, recordBase } from '../common/record-kit.js';
import {
  REPORT_RECIPIENTS,
  type ReportRecipient,
  type ResearchReportEntity,
  type ResearchTopicEntity,
  type ResearchTripEntity,
} from './research.entity.js';

export const ReportRecipientEnum = Object.fromEntries(REPORT_RECIPIENTS.map((r) => [r, r])) as { [K in ReportRecipient]: K };
registerEnumType(ReportRecipientEnum, {
  name: 'ReportRecipient',
  description: 'Where a research report goes (S1.REPORT.TO_BUREAU).',
  valuesConfig: {
    BUREAU_COMMITTEE: { description: '管理局党委 · the bureau Party committee' },
    OWN_ORGANISATION: { description: '本单位党组织 · the own unit\'s Party organisation' },
  },
});

export enum TopicStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
}
registerEnumType(TopicStatus, {
  name: 'TopicStatus',
  valuesConfig: { PROPOSED: { description: '已提出 · proposed' }, APPROVED: { description: '已审定 · approved' } },
});

@ObjectType('ResearchTrip', { description: 'A research trip (基层调研) or stationed stay (蹲点调研) of S1.' })
export class ResearchTrip extends RecordBase {
  @Field(() => DateScalar, { nullable: true, description: 'Last day (inclusive); null for a one-day trip.' })
  endsOn!: string | null;

  @Field(() => Float, { description: 'Days at the grassroots; half days allowed.' })
  days!: number;

  @Field(() => Boolean, { description: 'A stationed stay (蹲点调研, S1.STATIONED).' })
  stationed!: boolean;

  @Field(() => [ID], { description: 'Units visited (S1.WALK.*).' })
  unitsVisitedIds!: string[];

  @Field(() => [ID], { description: 'Households visited (S1.WALK.AREA).' })
  householdsVisitedIds!: string[];

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => String, { nullable: true })
  findings!: string | null;

  @Field(() => Boolean, { description: '轻车简从 (S1.CONDUCT).' })
  travelLight!: boolean;

  @Field(() => Boolean, { description: '不迎来送往 (S1.CONDUCT).' })
  noReception!: boolean;

  @Field(() => Boolean, { description: '不影响基层正常工作 (S1.CONDUCT).' })
  noDisturbance!: boolean;

}

export function toResearchTrip(e: ResearchTripEntity): ResearchTrip {
  const t = recordBase(new ResearchTrip(), e);
  t.endsOn = e.endsOn;
  t.days = e.days;
  t.stationed = e.stationed;
  t.unitsVisitedIds = [...e.unitsVisited];
  t.householdsVisitedIds = [...e.householdsVisited];
  t.purpose = e.purpose;
  t.findings = e.findings;
  t.travelLight = e.travelLight;
  t.noReception = e.noReception;
  t.noDisturbance = e.noDisturbance;
  return t;
}

@ObjectType('ResearchTripPage')
export class ResearchTripPage extends PageOf(ResearchTrip) {}

@ObjectType('ResearchTopic', {
  description: "A research topic: the bureau committee's annual major topic (S1.TOPICS) or a leader's own (S1.TOPIC_PER_LEADER). occurredOn is the day it was proposed.",
})
export class ResearchTopic extends RecordBase {
  @Field(() => String)
  title!: string;

  @Field(() => Boolean, { description: "One of the bureau Party committee's major topics." })
  major!: boolean;

  @Field(() => TopicStatus)
  status!: TopicStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Approved by the Party committee on.' })
  approvedOn!: string | null;

  @Field(() => [ID], { description: 'The research team (调研组).' })
  teamIds!: string[];

  @Field(() => String, { nullable: true, description: 'The research plan (调研方案).' })
  plan!: string | null;

}

export function toResearchTopic(e: ResearchTopicEntity): ResearchTopic {
  const t = recordBase(new ResearchTopic(), e);
  t.title = e.title;
  t.major = e.major;
  t.status = e.approvedOn ? TopicStatus.APPROVED : TopicStatus.PROPOSED;
  t.approvedOn = e.approvedOn;
  t.teamIds = [...e.teamIds];
  t.plan = e.plan;
  return t;
}

@ObjectType('ResearchTopicPage')
export class ResearchTopicPage extends PageOf(ResearchTopic) {}

@ObjectType('ResearchReport', { description: 'A research report (S1.REPORT). occurredOn is the day it was completed or submitted.' })
export class ResearchReport extends RecordBase {
  @Field(() => String)
  title!: string;

  @Field(() => ID, { nullable: true })
  topicId!: string | null;

  @Field(() => ReportRecipientEnum, { nullable: true, description: 'Where it went; null while not submitted.' })
  submittedTo!: ReportRecipient | null;

  @Field(() => Boolean, { description: 'Submitted in writing (书面汇报).' })
  written!: boolean;

  @Field(() => String, { nullable: true, description: 'Where the document is kept (file name, archive number).' })
  fileRef!: string | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;

}

export function toResearchReport(e: ResearchReportEntity): ResearchReport {
  const r = recordBase(new ResearchReport(), e);
  r.title = e.title;
  r.topicId = e.topic?.id ?? null;
  r.submittedTo = e.submittedTo;
  r.written = e.written;
  r.fileRef = e.fileRef;
  r.summary = e.summary;
  return r;
}

@ObjectType('ResearchReportPage')
export class ResearchReportPage extends PageOf(ResearchReport) {}
