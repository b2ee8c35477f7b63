// The records the measures count. Each fact has an id, an owner (personId and/or unitId), a date (YYYY-MM-DD,
// CST) and its own fields. Facts that last (a contact link, a secondment, a pairing) have `endDate` (inclusive,
// null = open) and are counted where they overlap the window. Field names are the ones rule filters use, so
// the API's SQL compiler maps each to a column once.

import type { HouseholdFlag, OrgUnitKind, Sector, UnitFlag } from './vocabulary/org.js';
import type { Title } from './vocabulary/org.js';

export const FACT_KINDS = [
  'RESEARCH_TRIP',
  'STATIONED_STAY',
  'TOPIC',
  'REPORT',
  'CONTACT_LINK',
  'CONTACT_VISIT',
  'FAMILY_VISIT',
  'BRANCH_PAIRING',
  'PROGRESS_NOTICE',
  'SECONDMENT',
  'RECEPTION_DAY',
  'DUTY_DAY',
  'VISIT_CASE',
  'TALK',
  'OPINION_CHANNEL',
  'OPINION',
  'DECISION',
  'ANALYSIS',
  'COMMITMENT',
  'SERVICE_WINDOW',
  'DEPUTY_ACTIVITY',
  'DEPUTY_PAIRING',
  'DUTY_REPORT',
  'COMMUNITY_REGISTRATION',
  'SERVICE_PROJECT',
  'SERVICE_PAIRING',
  'WARMTH_VISIT',
  'EXPERIENCE',
  'YEAR_END_REPORT',
  'ANNUAL_EVALUATION',
  'LOCAL_RULE',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const FACT_KIND_TITLES: Record<FactKind, Title> = {
  RESEARCH_TRIP: { zh: '基层调研', en: 'Research trip' },
  STATIONED_STAY: { zh: '蹲点调研', en: 'Stationed research stay' },
  TOPIC: { zh: '调研课题', en: 'Research topic' },
  REPORT: { zh: '调研报告', en: 'Research report' },
  CONTACT_LINK: { zh: '基层联系点', en: 'Contact link' },
  CONTACT_VISIT: { zh: '到联系点', en: 'Contact point visit' },
  FAMILY_VISIT: { zh: '走访职工家庭', en: 'Worker family visit' },
  BRANCH_PAIRING: { zh: '结对帮扶党支部', en: 'Branch pairing' },
  PROGRESS_NOTICE: { zh: '督促检查通报', en: 'Progress notice' },
  SECONDMENT: { zh: '挂职锻炼', en: 'Secondment' },
  RECEPTION_DAY: { zh: '接访日', en: 'Reception day' },
  DUTY_DAY: { zh: '农场领导公开接访值班', en: 'Farm reception duty day' },
  VISIT_CASE: { zh: '来访案件', en: 'Visit case' },
  TALK: { zh: '谈心谈话', en: 'Talk' },
  OPINION_CHANNEL: { zh: '意见征集渠道', en: 'Opinion channel' },
  OPINION: { zh: '群众意见', en: 'Opinion' },
  DECISION: { zh: '涉及群众利益的决策', en: 'Decision' },
  ANALYSIS: { zh: '群众意见分析研判', en: 'Opinion analysis' },
  COMMITMENT: { zh: '党员承诺', en: 'Commitment' },
  SERVICE_WINDOW: { zh: '共产党员窗口', en: 'Party-member window' },
  DEPUTY_ACTIVITY: { zh: '党代表联系群众活动', en: 'Deputy contact activity' },
  DEPUTY_PAIRING: { zh: '党代表结对困难群众', en: 'Deputy pairing' },
  DUTY_REPORT: { zh: '党代表述职', en: 'Deputy duty report' },
  COMMUNITY_REGISTRATION: { zh: '进社区报到', en: 'Community registration' },
  SERVICE_PROJECT: { zh: '认领社区服务项目', en: 'Community service project' },
  SERVICE_PAIRING: { zh: '服务站点结对困难家庭', en: 'Service station pairing' },
  WARMTH_VISIT: { zh: '送温暖走访', en: 'Warmth visit' },
  EXPERIENCE: { zh: '体验群众生活', en: 'Experience' },
  YEAR_END_REPORT: { zh: '年底工作报告', en: 'Year-end report' },
  ANNUAL_EVALUATION: { zh: '年度干部考核', en: 'Annual evaluation' },
  LOCAL_RULE: { zh: '本单位实施办法', en: 'Local rule' },
};

interface FactBase {
  id: string;
  personId?: string | null;
  unitId?: string | null;
  /** YYYY-MM-DD (CST): when it happened, or when it started for facts with an endDate. */
  date: string;
}

/** Kinds whose facts last from `date` to `endDate`. */
export const INTERVAL_FACT_KINDS: readonly FactKind[] = [
  'CONTACT_LINK',
  'BRANCH_PAIRING',
  'SECONDMENT',
  'DEPUTY_PAIRING',
  'COMMUNITY_REGISTRATION',
  'SERVICE_PROJECT',
  'SERVICE_PAIRING',
  'OPINION_CHANNEL',
  'SERVICE_WINDOW',
];

interface Interval {
  /** Last day, inclusive; null or absent = open. */
  endDate?: string | null;
}

export interface ConductChecklist {
  travelLight?: boolean;
  noReception?: boolean;
  noDisturbance?: boolean;
}

export interface ResearchTripFact extends FactBase {
  kind: 'RESEARCH_TRIP';
  days: number;
  /** Ids of the units and households visited, and of their ancestors (a visit to an area also visits its farm). */
  unitsVisited: string[];
  conduct?: ConductChecklist;
}
export interface StationedStayFact extends FactBase {
  kind: 'STATIONED_STAY';
  days: number;
  unitsVisited?: string[];
}
export interface TopicFact extends FactBase {
  kind: 'TOPIC';
  title?: string;
  /** A major topic of the bureau Party committee (S1.TOPICS) rather than a member's own topic. */
  major?: boolean;
  approvedOn?: string | null;
  teamIds?: string[];
  hasPlan?: boolean;
}
export interface ReportFact extends FactBase {
  kind: 'REPORT';
  /** Whom the report went to. */
  submittedTo?: 'BUREAU_COMMITTEE' | 'OWN_ORGANISATION' | null;
  written?: boolean;
}
export type ContactLevel = 'BUREAU' | 'FARM' | 'AREA';
export interface ContactLinkFact extends FactBase, Interval {
  kind: 'CONTACT_LINK';
  targetId: string;
  targetKind: OrgUnitKind | 'HOUSEHOLD';
  targetFlags?: (UnitFlag | HouseholdFlag)[];
  targetSector?: Sector | null;
  /** The level of the cadre's link (bureau / farm / area), for S2.NO_OVERLAP. */
  level: ContactLevel;
  endReason?: string | null;
}
export interface ContactVisitFact extends FactBase {
  kind: 'CONTACT_VISIT';
  linkId: string;
  days: number;
}
export interface FamilyVisitFact extends FactBase {
  kind: 'FAMILY_VISIT';
  householdId: string;
  linkId?: string | null;
}
export interface BranchPairingFact extends FactBase, Interval {
  kind: 'BRANCH_PAIRING';
  targetId: string;
  targetFlags?: UnitFlag[];
}
export interface ProgressNoticeFact extends FactBase {
  kind: 'PROGRESS_NOTICE';
}
export interface SecondmentFact extends FactBase, Interval {
  kind: 'SECONDMENT';
  targetUnitId: string;
  targetUnitKind: OrgUnitKind;
  fromUnitKind?: OrgUnitKind | null;
  role: 'SECRETARY' | 'DEPUTY_SECRETARY' | 'OTHER';
  leftOriginalPost?: boolean;
  livesAtGrassroots?: boolean;
  /** Dates on which feedback passed between the sending and the host organisation. */
  feedbackDates?: string[];
  assessedOn?: string | null;
  assessmentResult?: string | null;
  /** A recorded reason for posting someone who fails S3.ELIGIBLE. */
  eligibilityOverrideReason?: string | null;
  outstandingGraduate?: boolean;
}
export type ReceptionMode = 'FIXED_POINT' | 'APPOINTMENT' | 'THEMATIC' | 'CASE_DOWN' | 'RETURN_VISIT' | 'JOINT';
export interface ReceptionDayFact extends FactBase {
  kind: 'RECEPTION_DAY';
  mode?: ReceptionMode | null;
  announcedOn?: string | null;
}
export interface DutyDayFact extends FactBase {
  kind: 'DUTY_DAY';
  unitId: string;
  personId: string;
}
export interface VisitCaseFact extends FactBase {
  kind: 'VISIT_CASE';
  /** date = registration (登记单). */
  acceptedOn?: string | null;
  assignedOn?: string | null;
  handlingUnitId?: string | null;
  responsiblePersonId?: string | null;
  supervisedOn?: string | null;
  closedOn?: string | null;
  repliedOn?: string | null;
  conversationRecord?: boolean;
  visitorCount?: number;
  receivedByLeader?: boolean;
  crossLevel?: boolean;
  redirectedTo?: string | null;
  legalMatter?: boolean;
  channel?: 'PETITION' | 'LEGAL' | null;
  /** Days of the one extension allowed by the 2022 regulation (≤ 30). */
  extensionDays?: number | null;
}
export type TalkOccasion = 'DAILY' | 'LIFE_MEETING' | 'PAIRWISE' | 'BRANCH' | 'MASSES';
export interface TalkFact extends FactBase {
  kind: 'TALK';
  counterpartId?: string | null;
  occasion: TalkOccasion;
  audience?: 'CADRE' | 'MEMBER' | 'MASSES' | null;
  /** Groups talks of one round (e.g. before one democratic life meeting); null = the talk is its own round. */
  roundId?: string | null;
  opinionsRecorded?: boolean;
}
export interface OpinionChannelFact extends FactBase, Interval {
  kind: 'OPINION_CHANNEL';
  channel: 'BOX' | 'HOTLINE' | 'CARD' | 'ONLINE' | 'OTHER';
}
export interface OpinionFact extends FactBase {
  kind: 'OPINION';
  forwardedOn?: string | null;
  forwardedTo?: string | null;
  answeredOn?: string | null;
}
export interface DecisionFact extends FactBase {
  kind: 'DECISION';
  /** date = the day of the decision. */
  consultations?: { date: string; form: 'FORUM' | 'HEARING' | 'FEASIBILITY' | 'OTHER' }[];
  riskAssessedOn?: string | null;
  feedbackPublishedOn?: string | null;
}
export interface AnalysisFact extends FactBase {
  kind: 'ANALYSIS';
}
export interface CommitmentFact extends FactBase {
  kind: 'COMMITMENT';
  /** date = proposed (提出). */
  category?: Sector | null;
  publishedOn?: string | null;
  fulfilledOn?: string | null;
  evaluatedOn?: string | null;
}
export interface ServiceWindowFact extends FactBase, Interval {
  kind: 'SERVICE_WINDOW';
}
export interface DeputyActivityFact extends FactBase {
  kind: 'DEPUTY_ACTIVITY';
}
export interface DeputyPairingFact extends FactBase, Interval {
  kind: 'DEPUTY_PAIRING';
  householdId: string;
  householdFlags: HouseholdFlag[];
  electingUnitId: string;
}
export interface DutyReportFact extends FactBase {
  kind: 'DUTY_REPORT';
  electingUnitId: string;
  evaluationResult?: string | null;
}
export interface CommunityRegistrationFact extends FactBase, Interval {
  kind: 'COMMUNITY_REGISTRATION';
  communityId: string;
}
export interface ServiceProjectFact extends FactBase, Interval {
  kind: 'SERVICE_PROJECT';
  projectId: string;
}
export interface ServicePairingFact extends FactBase, Interval {
  kind: 'SERVICE_PAIRING';
  householdId: string;
  householdFlags?: HouseholdFlag[];
}
export interface WarmthVisitFact extends FactBase {
  kind: 'WARMTH_VISIT';
}
export interface ExperienceFact extends FactBase {
  kind: 'EXPERIENCE';
  theme?: string | null;
  /** 民情日记: what was seen and what should change. */
  diary?: string | null;
}
export interface YearEndReportFact extends FactBase {
  kind: 'YEAR_END_REPORT';
  submittedTo?: 'BUREAU_COMMITTEE' | null;
}
export interface AnnualEvaluationFact extends FactBase {
  kind: 'ANNUAL_EVALUATION';
  complianceIncluded: boolean;
}
export interface LocalRuleFact extends FactBase {
  kind: 'LOCAL_RULE';
  ruleId: string;
  threshold?: { min?: number; max?: number };
  options?: Record<string, number | boolean | string>;
}

export type Fact =
  | ResearchTripFact
  | StationedStayFact
  | TopicFact
  | ReportFact
  | ContactLinkFact
  | ContactVisitFact
  | FamilyVisitFact
  | BranchPairingFact
  | ProgressNoticeFact
  | SecondmentFact
  | ReceptionDayFact
  | DutyDayFact
  | VisitCaseFact
  | TalkFact
  | OpinionChannelFact
  | OpinionFact
  | DecisionFact
  | AnalysisFact
  | CommitmentFact
  | ServiceWindowFact
  | DeputyActivityFact
  | DeputyPairingFact
  | DutyReportFact
  | CommunityRegistrationFact
  | ServiceProjectFact
  | ServicePairingFact
  | WarmthVisitFact
  | ExperienceFact
  | YearEndReportFact
  | AnnualEvaluationFact
  | LocalRuleFact;

export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;

export function factsOfKind<K extends FactKind>(facts: readonly Fact[], kind: K): FactOf<K>[] {
  return facts.filter((f): f is FactOf<K> => f.kind === kind);
}

/** Last day of a fact: its endDate for lasting kinds (null = open), else its date. */
export function factEnd(fact: Fact): string | null {
  if (INTERVAL_FACT_KINDS.includes(fact.kind)) {
    return (fact as Interval).endDate ?? null;
  }
  return fact.date;
}

/** Reads a field of a fact by name (filters are data; the API compiles the same names to columns). */
export function factField(fact: Fact, field: string): unknown {
  return (fact as unknown as Record<string, unknown>)[field];
}
