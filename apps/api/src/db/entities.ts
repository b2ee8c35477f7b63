import { ComplianceVersionEntity, KeptResultEntity } from '../modules/compliance/kept-result.entity.js';
import { DeputyTermEntity } from '../modules/deputy-term/deputy-term.entity.js';
import { DutyDayEntity, ReceptionDayEntity } from '../modules/reception/reception.entity.js';
import { VisitCaseEntity } from '../modules/visit-case/visit-case.entity.js';
import { HouseholdEntity } from '../modules/household/household.entity.js';
import { OrgUnitEntity } from '../modules/org-unit/org-unit.entity.js';
import { PersonEntity } from '../modules/person/person.entity.js';
import { PositionEntity } from '../modules/person/position.entity.js';
import { SettingEntity } from '../modules/setting/setting.entity.js';
import { ApiTokenEntity } from '../modules/api-token/api-token.entity.js';
import { AuditLogEntity } from '../modules/audit/audit-log.entity.js';
import { RateLimitEntity } from '../modules/auth/rate-limit.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/user/user.entity.js';
import { LocalRuleEntity } from '../modules/local-rule/local-rule.entity.js';
import { DecisionEntity } from '../modules/opinion/decision.entity.js';
import { OpinionAnalysisEntity } from '../modules/opinion/opinion-analysis.entity.js';
import { OpinionChannelEntity } from '../modules/opinion/opinion-channel.entity.js';
import { OpinionEntity } from '../modules/opinion/opinion.entity.js';
import { CommitmentEntity } from '../modules/commitment/commitment.entity.js';
import { DeputyActivityEntity, DeputyDutyReportEntity, DeputyPairingEntity } from '../modules/deputy-activity/deputy-activity.entity.js';
import { CommunityRegistrationEntity, CommunityServiceProjectEntity, ServicePairingEntity } from '../modules/community-service/community-service.entity.js';
import { YearEndReportEntity } from '../modules/year-end-report/year-end-report.entity.js';
import { ResearchReportEntity, ResearchTopicEntity, ResearchTripEntity } from '../modules/research/research.entity.js';
import { BranchPairingEntity, ContactLinkEntity, ContactVisitEntity, FamilyVisitEntity } from '../modules/contact/contact.entity.js';
import { SecondmentAssessmentEntity, SecondmentEntity } from '../modules/secondment/secondment.entity.js';
import { TalkEntity } from '../modules/talk/talk.entity.js';
import { ExperienceEntity } from '../modules/experience/experience.entity.js';
import { ComplianceCounterEntity } from '../modules/compliance/counter.entity.js';
import { PopulationVersionEntity } from '../modules/compliance/population-version.entity.js';
import { AttachmentEntity } from '../modules/attachment/attachment.entity.js';

/** Every table the ORM knows; listed, not discovered from folders, so builds and tests see the same set. */
export const ENTITIES = [
  OrgUnitEntity,
  HouseholdEntity,
  PersonEntity,
  PositionEntity,
  DeputyTermEntity,
  SettingEntity,
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  RateLimitEntity,
  AuditLogEntity,
  LocalRuleEntity,
  ReceptionDayEntity,
  DutyDayEntity,
  VisitCaseEntity,
  OpinionChannelEntity,
  OpinionEntity,
  DecisionEntity,
  OpinionAnalysisEntity,
  CommitmentEntity,
  DeputyActivityEntity,
  DeputyPairingEntity,
  DeputyDutyReportEntity,
  CommunityRegistrationEntity,
  CommunityServiceProjectEntity,
  ServicePairingEntity,
  YearEndReportEntity,
  ResearchTripEntity,
  ResearchTopicEntity,
  ResearchReportEntity,
  ContactLinkEntity,
  ContactVisitEntity,
  FamilyVisitEntity,
  BranchPairingEntity,
  SecondmentEntity,
  SecondmentAssessmentEntity,
  TalkEntity,
  ExperienceEntity,
  ComplianceCounterEntity,
  PopulationVersionEntity,
  ComplianceVersionEntity,
  KeptResultEntity,
  AttachmentEntity,
];
