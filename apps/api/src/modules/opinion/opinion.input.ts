import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
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

/** Filters every list of these records shares. */
@InputType()
export abstract class UnitRecordFilter {
  @Field(() => ID, { nullable: true, description: 'Records owned by this unit.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Records owned by this unit or any unit below it.' })
  underId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dated on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dated on or before this day.' })
  to?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

// ---------------------------------------------------------------------------------------------- channels

@InputType('OpinionChannelFilter')
export class OpinionChannelFilter extends UnitRecordFilter {
  @Field(() => [OpinionChannelKindEnum], { nullable: true })
  kinds?: OpinionChannelKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Channels open on this day.' })
  openOn?: string | null;
}

@InputType('CreateOpinionChannelInput')
export class CreateOpinionChannelInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => OpinionChannelKindEnum)
  kind!: OpinionChannelKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => DateScalar)
  openedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  closedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateOpinionChannelInput')
export class UpdateOpinionChannelInput {
  @Field(() => OpinionChannelKindEnum, { nullable: true })
  kind?: OpinionChannelKind | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => DateScalar, { nullable: true })
  openedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Set to close the channel; null reopens it.' })
  closedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

// ---------------------------------------------------------------------------------------------- opinions

@InputType('OpinionFilter')
export class OpinionFilter extends UnitRecordFilter {
  @Field(() => ID, { nullable: true })
  channelId?: string | null;

  @Field(() => ID, { nullable: true })
  decisionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: forwarded; false: not forwarded yet.' })
  forwarded?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: answered; false: not answered yet.' })
  answered?: boolean | null;

  @Field(() => [AdoptionEnum], { nullable: true })
  adoptions?: Adoption[] | null;

  @Field(() => String, { nullable: true, description: 'Content or department contains this text.' })
  q?: string | null;
}

@InputType('CreateOpinionInput')
export class CreateOpinionInput {
  @Field(() => ID, { description: 'The channel it came through; the opinion belongs to the channel\'s unit.' })
  channelId!: string;

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => String)
  content!: string;

  @Field(() => String, { nullable: true })
  submitterName?: string | null;

  @Field(() => String, { nullable: true })
  submitterPhone?: string | null;

  @Field(() => String, { nullable: true })
  forwardedTo?: string | null;

  @Field(() => DateScalar, { nullable: true })
  forwardedOn?: string | null;

  @Field(() => String, { nullable: true })
  answer?: string | null;

  @Field(() => DateScalar, { nullable: true })
  answeredOn?: string | null;

  @Field(() => AdoptionEnum, { nullable: true })
  adoption?: Adoption | null;

  @Field(() => String, { nullable: true })
  adoptionReason?: string | null;

  @Field(() => ID, { nullable: true })
  decisionId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateOpinionInput', { description: 'Fields given replace the stored ones; null clears an optional field.' })
export class UpdateOpinionInput {
  @Field(() => DateScalar, { nullable: true })
  receivedOn?: string | null;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => String, { nullable: true })
  submitterName?: string | null;

  @Field(() => String, { nullable: true, description: 'A new full number; the masked value read back is never written.' })
  submitterPhone?: string | null;

  @Field(() => String, { nullable: true })
  forwardedTo?: string | null;

  @Field(() => DateScalar, { nullable: true })
  forwardedOn?: string | null;

  @Field(() => String, { nullable: true })
  answer?: string | null;

  @Field(() => DateScalar, { nullable: true })
  answeredOn?: string | null;

  @Field(() => AdoptionEnum, { nullable: true })
  adoption?: Adoption | null;

  @Field(() => String, { nullable: true })
  adoptionReason?: string | null;

  @Field(() => ID, { nullable: true })
  decisionId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

// ---------------------------------------------------------------------------------------------- decisions

@InputType('DecisionFilter')
export class DecisionFilter extends UnitRecordFilter {
  @Field(() => [DecisionStatusEnum], { nullable: true })
  statuses?: DecisionStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Title contains this text.' })
  q?: string | null;
}

@InputType('DecisionConsultationInput')
export class DecisionConsultationInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => ConsultationFormEnum)
  form!: ConsultationForm;

  @Field(() => Int, { nullable: true })
  participants?: number | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;
}

@InputType('CreateDecisionInput')
export class CreateDecisionInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => DateScalar, { description: 'When the matter was put forward.' })
  proposedOn!: string;

  @Field(() => [DecisionConsultationInput], { nullable: true })
  consultations?: DecisionConsultationInput[] | null;

  @Field(() => DateScalar, { nullable: true })
  riskAssessedOn?: string | null;

  @Field(() => RiskLevelEnum, { nullable: true })
  riskLevel?: RiskLevel | null;

  @Field(() => String, { nullable: true })
  riskAssessment?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Marks the decision taken: S6.DECISION refuses it without a consultation and a risk assessment before this day.' })
  decidedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  feedbackPublishedOn?: string | null;

  @Field(() => String, { nullable: true })
  feedback?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateDecisionInput', { description: 'Fields given replace the stored ones; `consultations` replaces the whole list.' })
export class UpdateDecisionInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => DateScalar, { nullable: true })
  proposedOn?: string | null;

  @Field(() => [DecisionConsultationInput], { nullable: true })
  consultations?: DecisionConsultationInput[] | null;

  @Field(() => DateScalar, { nullable: true })
  riskAssessedOn?: string | null;

  @Field(() => RiskLevelEnum, { nullable: true })
  riskLevel?: RiskLevel | null;

  @Field(() => String, { nullable: true })
  riskAssessment?: string | null;

  @Field(() => DateScalar, { nullable: true })
  decidedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  feedbackPublishedOn?: string | null;

  @Field(() => String, { nullable: true })
  feedback?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

// ---------------------------------------------------------------------------------------------- analyses

@InputType('OpinionAnalysisFilter')
export class OpinionAnalysisFilter extends UnitRecordFilter {}

@InputType('CreateOpinionAnalysisInput')
export class CreateOpinionAnalysisInput {
  @Field(() => ID)
  unitId!: string;

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
  measures?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateOpinionAnalysisInput')
export class UpdateOpinionAnalysisInput {
  @Field(() => DateScalar, { nullable: true })
  madeOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  periodFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  periodTo?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  findings?: string | null;

  @Field(() => String, { nullable: true })
  measures?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
