import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Violation } from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { PageOf } from '../../graphql/pagination.js';
import { RuleViolation, toRuleViolations } from '../../graphql/rule-violation.js';
import { DateScalar } from '../../graphql/scalars.js';
import { maskPhone } from '../common/mask.js';
import type { DecisionEntity } from './decision.entity.js';
import type { OpinionAnalysisEntity } from './opinion-analysis.entity.js';
import type { OpinionChannelEntity } from './opinion-channel.entity.js';
import type { OpinionEntity } from './opinion.entity.js';
import {
  AdoptionEnum,
  ConsultationFormEnum,
  DecisionStatusEnum,
  OpinionChannelKindEnum,
  RiskLevelEnum,
  type Adoption,
  type ConsultationForm,
  type DecisionStatus,
  type OpinionChannelKind,
  type RiskLevel,
} from './opinion.enums.js';
import { UnitRecordBase, unitRecordBase } from '../common/record-kit.js';

@ObjectType('OpinionChannel', { description: 'A channel a unit keeps open for the masses\' opinions (意见征集渠道, S6.CHANNELS).' })
export class OpinionChannel extends UnitRecordBase {
  @Field(() => OpinionChannelKindEnum)
  kind!: OpinionChannelKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The unit\'s public number, account or place.' })
  contact!: string | null;

  @Field(() => DateScalar)
  openedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day open; null while open.' })
  closedOn!: string | null;
}

export function toOpinionChannel(e: OpinionChannelEntity): OpinionChannel {
  const c = unitRecordBase(new OpinionChannel(), e);
  c.kind = e.kind;
  c.name = e.name;
  c.contact = e.contact;
  c.openedOn = e.occurredOn;
  c.closedOn = e.closedOn;
  return c;
}

@ObjectType('OpinionChannelPage')
export class OpinionChannelPage extends PageOf(OpinionChannel) {}

@ObjectType('Opinion', { description: 'An opinion of the masses: received, forwarded, answered, adopted or not (群众意见, S6.FORWARD).' })
export class Opinion extends UnitRecordBase {
  @Field(() => ID)
  channelId!: string;

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => String)
  content!: string;

  @Field(() => String, { nullable: true })
  submitterName!: string | null;

  @Field(() => String, { nullable: true, description: 'The submitter\'s phone, masked by the server, e.g. 138****5678.' })
  submitterPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'The department it was passed to.' })
  forwardedTo!: string | null;

  @Field(() => DateScalar, { nullable: true })
  forwardedOn!: string | null;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => DateScalar, { nullable: true })
  answeredOn!: string | null;

  @Field(() => AdoptionEnum, { nullable: true })
  adoption!: Adoption | null;

  @Field(() => String, { nullable: true })
  adoptionReason!: string | null;

  @Field(() => ID, { nullable: true })
  decisionId!: string | null;

  @Field(() => [RuleViolation], { description: 'What S6.FORWARD finds today: not forwarded or not answered in time.' })
  warnings!: RuleViolation[];
}

export function toOpinion(ctx: Ctx, e: OpinionEntity, findings: readonly Violation[]): Opinion {
  const o = unitRecordBase(new Opinion(), e);
  o.channelId = e.channel.id;
  o.receivedOn = e.occurredOn;
  o.content = e.content;
  o.submitterName = e.submitterName;
  o.submitterPhone = maskPhone(e.phone);
  o.forwardedTo = e.forwardedTo;
  o.forwardedOn = e.forwardedOn;
  o.answer = e.answer;
  o.answeredOn = e.answeredOn;
  o.adoption = e.adoption;
  o.adoptionReason = e.adoptionReason;
  o.decisionId = e.decision?.id ?? null;
  o.warnings = toRuleViolations(ctx.locale, findings);
  return o;
}

@ObjectType('OpinionPage')
export class OpinionPage extends PageOf(Opinion) {}

@ObjectType('DecisionConsultation', { description: 'A forum, hearing or feasibility meeting held on a decision.' })
export class DecisionConsultation {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => ConsultationFormEnum)
  form!: ConsultationForm;

  @Field(() => Int, { nullable: true })
  participants!: number | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;
}

@ObjectType('Decision', { description: 'A decision touching the masses\' interests (涉及群众利益的决策, S6.DECISION).' })
export class Decision extends UnitRecordBase {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => DateScalar, { description: 'When the matter was put forward.' })
  proposedOn!: string;

  @Field(() => [DecisionConsultation])
  consultations!: DecisionConsultation[];

  @Field(() => DateScalar, { nullable: true })
  riskAssessedOn!: string | null;

  @Field(() => RiskLevelEnum, { nullable: true })
  riskLevel!: RiskLevel | null;

  @Field(() => String, { nullable: true })
  riskAssessment!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Null while the decision is being prepared.' })
  decidedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  feedbackPublishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The published feedback on which opinions were adopted (public).' })
  feedback!: string | null;

  @Field(() => DecisionStatusEnum)
  status!: DecisionStatus;

  @Field(() => [RuleViolation], { description: 'What S6.DECISION finds today, e.g. feedback not published in time.' })
  warnings!: RuleViolation[];
}

export function decisionStatus(e: Pick<DecisionEntity, 'decidedOn' | 'feedbackPublishedOn'>): DecisionStatus {
  if (!e.decidedOn) return 'PREPARING';
  return e.feedbackPublishedOn ? 'FEEDBACK_PUBLISHED' : 'TAKEN';
}

export function toDecision(ctx: Ctx, e: DecisionEntity, findings: readonly Violation[]): Decision {
  const d = unitRecordBase(new Decision(), e);
  d.title = e.title;
  d.summary = e.summary;
  d.proposedOn = e.occurredOn;
  d.consultations = e.consultations.map((c) => Object.assign(new DecisionConsultation(), c));
  d.riskAssessedOn = e.riskAssessedOn;
  d.riskLevel = e.riskLevel;
  d.riskAssessment = e.riskAssessment;
  d.decidedOn = e.decidedOn;
  d.feedbackPublishedOn = e.feedbackPublishedOn;
  d.feedback = e.feedback;
  d.status = decisionStatus(e);
  d.warnings = toRuleViolations(ctx.locale, findings);
  return d;
}

@ObjectType('DecisionPage')
export class DecisionPage extends PageOf(Decision) {}

@ObjectType('OpinionAnalysis', { description: 'A periodic summary and analysis of collected opinions (分析研判, S6.ANALYSIS).' })
export class OpinionAnalysis extends UnitRecordBase {
  @Field(() => DateScalar)
  madeOn!: string;

  @Field(() => DateScalar)
  periodFrom!: string;

  @Field(() => DateScalar)
  periodTo!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  findings!: string;

  @Field(() => String, { nullable: true })
  measures!: string | null;
}

export function toOpinionAnalysis(e: OpinionAnalysisEntity): OpinionAnalysis {
  const a = unitRecordBase(new OpinionAnalysis(), e);
  a.madeOn = e.occurredOn;
  a.periodFrom = e.periodFrom;
  a.periodTo = e.periodTo;
  a.title = e.title;
  a.findings = e.findings;
  a.measures = e.measures;
  return a;
}

@ObjectType('OpinionAnalysisPage')
export class OpinionAnalysisPage extends PageOf(OpinionAnalysis) {}

// ------------------------------------------------------------------------------------------ public page
// No ids and no personal data: these types are what anyone may read without signing in.

@ObjectType('PublicDecisionFeedback', { description: 'One decision\'s published feedback on the adoption of opinions.' })
export class PublicDecisionFeedback {
  @Field(() => String)
  title!: string;

  @Field(() => DateScalar)
  decidedOn!: string;

  @Field(() => DateScalar)
  publishedOn!: string;

  @Field(() => String)
  feedback!: string;

  @Field(() => Int, { description: 'Opinions collected for it that were adopted.' })
  adopted!: number;

  @Field(() => Int)
  partlyAdopted!: number;

  @Field(() => Int)
  notAdopted!: number;
}

@ObjectType('PublicUnitFeedback', { description: 'A unit\'s published adoption feedback (意见采纳情况公示), readable without signing in.' })
export class PublicUnitFeedback {
  @Field(() => String)
  unitCode!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => [PublicDecisionFeedback], { description: 'Newest first.' })
  decisions!: PublicDecisionFeedback[];
}
