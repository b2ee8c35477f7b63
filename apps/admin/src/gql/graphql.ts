/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO-8601 `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

export type ActiveSession = {
  address?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** Whether an opinion was adopted. */
export type Adoption =
  /** 采纳 · Adopted */
  | 'ADOPTED'
  /** 未采纳 · Not adopted */
  | 'NOT_ADOPTED'
  /** 部分采纳 · Partly adopted */
  | 'PARTLY';

/** A read-only token for dashboards; the secret is shown only once, at creation. */
export type ApiToken = {
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the token, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopeUnitId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type ApiTokenPage = {
  items: Array<ApiToken>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type ApproveResearchTopicInput = {
  /** The day the Party committee approved it. */
  approvedOn: Scalars['Date']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type ArchiveVisitCaseInput = {
  date: Scalars['Date']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Feedback during a secondment, or its final assessment (S3.ASSESS). */
export type AssessmentKind =
  /** 沟通反馈 · feedback */
  | 'FEEDBACK'
  /** 考核 · final assessment */
  | 'FINAL';

/** Result of an assessment. */
export type AssessmentResult =
  /** 基本称职 · basically competent */
  | 'BASICALLY_COMPETENT'
  /** 称职 · competent */
  | 'COMPETENT'
  /** 优秀 · excellent */
  | 'EXCELLENT'
  /** 不称职 · incompetent */
  | 'INCOMPETENT';

/** The assignment form (交办单). */
export type AssignVisitCaseInput = {
  date: Scalars['Date']['input'];
  handlingUnitId?: InputMaybe<Scalars['ID']['input']>;
  instruction?: InputMaybe<Scalars['String']['input']>;
  responsiblePersonId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An evidence file (photo, scan, PDF) of a record: metadata; the bytes are at `url`. */
export type Attachment = {
  createdAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Whether you may withdraw it (and upload to its record). */
  mayDelete: Scalars['Boolean']['output'];
  /** Judged from the content: image/jpeg, image/png, image/webp or application/pdf. */
  mimeType: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  /** The GraphQL type of the record it belongs to. */
  recordType: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  uploadedByName: Scalars['String']['output'];
  /** GET it with the same credentials; add `?inline=1` to show it in the browser. */
  url: Scalars['String']['output'];
};

/** One recorded change (or personal-data read), append-only. */
export type AuditLog = {
  /** CREATE, UPDATE, DELETE, RESTORE or READ_PERSONAL_DATA. */
  action: Scalars['String']['output'];
  /** `user:<id>`, `token:<id>` or `system`. */
  actor: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** `{ field: [before, after] }` for each changed field. */
  changes: Scalars['JSONObject']['output'];
  /** OrgUnit, Household, Person, Position, DeputyTerm, User, ApiToken. */
  entity: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditLogPage = {
  items: Array<AuditLog>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A Party secretary's pairing with a grassroots Party branch (S2.BRANCH). occurredOn is the first day. */
export type BranchPairing = {
  /** Null when outside your part of the tree. */
  branch?: Maybe<OrgUnit>;
  branchId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  endsOn?: Maybe<Scalars['Date']['output']>;
  goal?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type BranchPairingFilter = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type BranchPairingPage = {
  items: Array<BranchPairing>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type CalendarDate = {
  date: Scalars['Date']['output'];
  name: Scalars['String']['output'];
};

export type CalendarDateInput = {
  date: Scalars['Date']['input'];
  name: Scalars['String']['input'];
};

/** The closure form (办结单). */
export type CloseVisitCaseInput = {
  date: Scalars['Date']['input'];
  repliedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The reply given to the visitor; a case cannot close without one. */
  reply?: InputMaybe<Scalars['String']['input']>;
  result: Scalars['String']['input'];
  satisfaction?: InputMaybe<Satisfaction>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A Party member's commitment: proposed → made public → fulfilled → evaluated (党员承诺践诺, S7). */
export type Commitment = {
  /** Content category; must fit the member's sector (S7.CONTENT). */
  category: Sector;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  evaluatedOn?: Maybe<Scalars['Date']['output']>;
  evaluationComment?: Maybe<Scalars['String']['output']>;
  evaluationResult?: Maybe<CommitmentEvaluationResult>;
  fulfilledOn?: Maybe<Scalars['Date']['output']>;
  fulfilment?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  person?: Maybe<Person>;
  /** The member. */
  personId: Scalars['ID']['output'];
  proposedOn: Scalars['Date']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  status: CommitmentStatus;
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
  warnings: Array<RuleViolation>;
  year: Scalars['Int']['output'];
};

/** Result of a commitment's evaluation (评议). */
export type CommitmentEvaluationResult =
  /** 优秀 · Excellent */
  | 'EXCELLENT'
  /** 一般 · Fair */
  | 'FAIR'
  /** 良好 · Good */
  | 'GOOD'
  /** 差 · Poor */
  | 'POOR';

export type CommitmentFilter = {
  categories?: InputMaybe<Array<Sector>>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<CommitmentStatus>>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CommitmentPage = {
  items: Array<Commitment>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** The last step a commitment reached. */
export type CommitmentStatus =
  /** 已评议 · Evaluated */
  | 'EVALUATED'
  /** 已履行 · Fulfilled */
  | 'FULFILLED'
  /** 已提出 · Proposed */
  | 'PROPOSED'
  /** 已公开 · Made public */
  | 'PUBLISHED';

/** A step of a commitment after it was proposed (S7.LIFECYCLE). */
export type CommitmentStep =
  /** 评议承诺 · Evaluated */
  | 'EVALUATED'
  /** 履行承诺 · Fulfilled */
  | 'FULFILLED'
  /** 公开承诺 · Made public */
  | 'PUBLISHED';

export type CommitmentStepInput = {
  date: Scalars['Date']['input'];
  evaluationComment?: InputMaybe<Scalars['String']['input']>;
  /** EVALUATED: required. */
  evaluationResult?: InputMaybe<CommitmentEvaluationResult>;
  /** FULFILLED: how it was kept. */
  fulfilment?: InputMaybe<Scalars['String']['input']>;
  step: CommitmentStep;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A member's registration with the residential community (进社区报到, S9.REGISTER). */
export type CommunityRegistration = {
  community?: Maybe<OrgUnit>;
  communityId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** For a new or transferred member: joinedOn + the days allowed. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  joinedOn?: Maybe<Scalars['Date']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  person?: Maybe<Person>;
  personId: Scalars['ID']['output'];
  reason: RegistrationReason;
  registeredOn: Scalars['Date']['output'];
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
  /** S9.REGISTER.LATE when registered after the due date. */
  warnings: Array<RuleViolation>;
};

export type CommunityRegistrationFilter = {
  /** Registrations in force on this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  reasons?: InputMaybe<Array<RegistrationReason>>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CommunityRegistrationPage = {
  items: Array<CommunityRegistration>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A community service project a member claimed (认领社区服务项目, S9.PROJECTS). */
export type CommunityServiceProject = {
  claimedOn: Scalars['Date']['output'];
  community?: Maybe<OrgUnit>;
  communityId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  person?: Maybe<Person>;
  personId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
  /** S9.PROJECTS.TOO_MANY when the member runs more than two projects that year. */
  warnings: Array<RuleViolation>;
};

export type CommunityServiceProjectFilter = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CommunityServiceProjectPage = {
  items: Array<CommunityServiceProject>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A flat row for dashboards (Grafana Infinity and the like). */
export type ComplianceRow = {
  actual: Scalars['Float']['output'];
  asOf: Scalars['Date']['output'];
  personId?: Maybe<Scalars['ID']['output']>;
  personName?: Maybe<Scalars['String']['output']>;
  required: Scalars['Float']['output'];
  ruleId: Scalars['ID']['output'];
  /** The rule's title in the caller's language. */
  ruleTitle: Scalars['String']['output'];
  status: Scalars['String']['output'];
  system: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ComplianceRowFilter = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  ruleId?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
  system?: InputMaybe<Scalars['String']['input']>;
  /** The subtree (default: your scope unit). */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: the current year (China time). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Consultation before a decision (S6.DECISION). */
export type ConsultationForm =
  /** 论证会 · Feasibility meeting */
  | 'FEASIBILITY'
  /** 座谈会 · Forum */
  | 'FORUM'
  /** 听证会 · Hearing */
  | 'HEARING'
  /** 其他形式 · Other */
  | 'OTHER';

/** What a contact point is in the "一联五" composition (S2.MIX.*). */
export type ContactCategory =
  /** 社区 · community */
  | 'COMMUNITY'
  /** 农业合作组织 · agricultural cooperative */
  | 'COOPERATIVE'
  /** 工业企业 · industrial enterprise */
  | 'ENTERPRISE'
  /** 居民家庭 · household */
  | 'HOUSEHOLD'
  /** 工业项目 · industrial project */
  | 'INDUSTRIAL_PROJECT'
  /** 管理区 · management area */
  | 'MANAGEMENT_AREA'
  /** 其他 · other */
  | 'OTHER'
  /** 生产作业点 · production point */
  | 'PRODUCTION_POINT'
  /** 居民小区 · residential quarter */
  | 'RESIDENTIAL_QUARTER'
  /** 居民组 · residents' group */
  | 'RESIDENTS_GROUP'
  /** 本系统本行业基层单位 · grassroots unit of the own sector */
  | 'SECTOR_UNIT'
  /** 职工家庭 · worker family */
  | 'WORKER_FAMILY';

/** The level of a cadre's contact link (S2.NO_OVERLAP: one cadre per target and level). */
export type ContactLevel =
  /** 管理区、社区 · area or community */
  | 'AREA'
  /** 管理局 · bureau */
  | 'BUREAU'
  /** 农场 · farm */
  | 'FARM';

/** A contact link (基层联系点, S2): a cadre → a unit or a household. occurredOn is the first day. */
export type ContactLink = {
  category: ContactCategory;
  createdAt: Scalars['DateTime']['output'];
  /** Why it ended (required when it ended within a year, S2.DURATION). */
  endReason?: Maybe<Scalars['String']['output']>;
  /** Last day (inclusive); null while the link lasts. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  level: ContactLevel;
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** The household linked; null for a unit or outside your part of the tree. */
  targetHousehold?: Maybe<Household>;
  targetHouseholdId?: Maybe<Scalars['ID']['output']>;
  /** The unit linked; null for a household or outside your part of the tree. */
  targetUnit?: Maybe<OrgUnit>;
  targetUnitId?: Maybe<Scalars['ID']['output']>;
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Findings of S2.NO_OVERLAP (another cadre links the same target at the same level). */
  warnings: Array<RuleViolation>;
};

export type ContactLinkFilter = {
  /** Links active on this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  category?: InputMaybe<ContactCategory>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  level?: InputMaybe<ContactLevel>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Links to this unit or household. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type ContactLinkPage = {
  items: Array<ContactLink>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A visit to a contact point (S2.VISITS). occurredOn is the day of the visit. */
export type ContactVisit = {
  content?: Maybe<Scalars['String']['output']>;
  /** Counts toward S2.VISITS: a visit under one day is kept but does not count. */
  counts: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Days spent; half days allowed. */
  days: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Null when outside your part of the tree. */
  link?: Maybe<ContactLink>;
  linkId: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ContactVisitFilter = {
  /** Only visits that count (true) or only those under the minimum days (false). */
  counts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  linkId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type ContactVisitPage = {
  items: Array<ContactVisit>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type CreateApiTokenInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it is for, e.g. 省级大屏. */
  name: Scalars['String']['input'];
  /** The token reads this unit's subtree only. */
  scopeUnitId: Scalars['ID']['input'];
};

export type CreateBranchPairingInput = {
  /** A grassroots Party branch (PARTY_BRANCH). */
  branchId: Scalars['ID']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  goal?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
  /** The Party secretary; a cadre may leave it out for their own. */
  personId?: InputMaybe<Scalars['ID']['input']>;
};

/** A member proposes a commitment (提出承诺); the later steps come through recordCommitmentStep. */
export type CreateCommitmentInput = {
  category: Sector;
  content: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  proposedOn: Scalars['Date']['input'];
  /** Default: the year of proposedOn. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateCommunityRegistrationInput = {
  /** A community or residential quarter. */
  communityId: Scalars['ID']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** NEW_MEMBER / TRANSFER_IN: the day they joined or transferred in; due = this + 30 days (configurable). */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  reason: RegistrationReason;
  registeredOn: Scalars['Date']['input'];
};

export type CreateCommunityServiceProjectInput = {
  claimedOn: Scalars['Date']['input'];
  communityId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  projectName: Scalars['String']['input'];
};

export type CreateContactLinkInput = {
  /** Left out: from the target (its kind; a worker family for a household flagged so). */
  category?: InputMaybe<ContactCategory>;
  endReason?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Left out: from the cadre's posts on the first day. */
  level?: InputMaybe<ContactLevel>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  occurredOn: Scalars['Date']['input'];
  /** The cadre; a cadre may leave it out for their own. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The household linked (give this or targetUnitId). */
  targetHouseholdId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit linked (give this or targetHouseholdId). */
  targetUnitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateContactVisitInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  /** Days spent, in half days; under one day is kept but does not count (S2.VISITS). */
  days: Scalars['Float']['input'];
  /** The contact link visited; the visit is its cadre's. */
  linkId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
};

export type CreateDecisionInput = {
  consultations?: InputMaybe<Array<DecisionConsultationInput>>;
  /** Marks the decision taken: S6.DECISION refuses it without a consultation and a risk assessment before this day. */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  feedback?: InputMaybe<Scalars['String']['input']>;
  feedbackPublishedOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the matter was put forward. */
  proposedOn: Scalars['Date']['input'];
  riskAssessedOn?: InputMaybe<Scalars['Date']['input']>;
  riskAssessment?: InputMaybe<Scalars['String']['input']>;
  riskLevel?: InputMaybe<RiskLevel>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreateDeputyActivityInput = {
  deputyIds: Array<Scalars['ID']['input']>;
  heldOn: Scalars['Date']['input'];
  issuesRaised?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  peopleMet?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
  /** The organising unit. */
  unitId: Scalars['ID']['input'];
};

export type CreateDeputyDutyReportInput = {
  attendees?: InputMaybe<Scalars['Int']['input']>;
  evaluatedOn?: InputMaybe<Scalars['Date']['input']>;
  evaluationResult?: InputMaybe<DutyEvaluation>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The deputy; the report belongs to the term running on reportedOn. */
  personId: Scalars['ID']['input'];
  reportedOn: Scalars['Date']['input'];
  summary: Scalars['String']['input'];
};

export type CreateDeputyPairingInput = {
  endReason?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  /** A needy household of the electing unit. */
  householdId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The deputy; the term running on `from` is the one paired under. */
  personId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateDeputyTermInput = {
  electingUnitId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  personId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateDutyDayInput = {
  date: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** A member of the farm leadership team on that day. */
  personId: Scalars['ID']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  /** The farm. */
  unitId: Scalars['ID']['input'];
};

export type CreateExperienceInput = {
  /** The people's-condition diary entry (民情日记): required (S10.DIARY). */
  diary: Scalars['String']['input'];
  kind: ExperienceKind;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
  /** Whose experience; a cadre may leave it out for their own. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  place: Scalars['String']['input'];
};

export type CreateFamilyVisitInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  householdId: Scalars['ID']['input'];
  /** Left out: the cadre's link to the household on that day, if any. */
  linkId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
  /** The visiting cadre; a cadre may leave it out for their own. */
  personId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateHouseholdInput = {
  address: Scalars['String']['input'];
  flags?: InputMaybe<Array<HouseholdFlag>>;
  headName: Scalars['String']['input'];
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A residents' group (RESIDENTS_GROUP). */
  unitId: Scalars['ID']['input'];
};

export type CreateLocalRuleInput = {
  effectiveFrom: Scalars['Date']['input'];
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** Rule options to tighten, by name. */
  options?: InputMaybe<Scalars['JSONObject']['input']>;
  reason: Scalars['String']['input'];
  ruleId: Scalars['String']['input'];
  thresholdMax?: InputMaybe<Scalars['Float']['input']>;
  /** A higher quota than the one in force. */
  thresholdMin?: InputMaybe<Scalars['Float']['input']>;
  unitId: Scalars['ID']['input'];
};

export type CreateOpinionAnalysisInput = {
  findings: Scalars['String']['input'];
  madeOn: Scalars['Date']['input'];
  measures?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  periodFrom: Scalars['Date']['input'];
  periodTo: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreateOpinionChannelInput = {
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  contact?: InputMaybe<Scalars['String']['input']>;
  kind: OpinionChannelKind;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  openedOn: Scalars['Date']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreateOpinionInput = {
  adoption?: InputMaybe<Adoption>;
  adoptionReason?: InputMaybe<Scalars['String']['input']>;
  answer?: InputMaybe<Scalars['String']['input']>;
  answeredOn?: InputMaybe<Scalars['Date']['input']>;
  /** The channel it came through; the opinion belongs to the channel's unit. */
  channelId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  forwardedOn?: InputMaybe<Scalars['Date']['input']>;
  forwardedTo?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  receivedOn: Scalars['Date']['input'];
  submitterName?: InputMaybe<Scalars['String']['input']>;
  submitterPhone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateOrgUnitInput = {
  code: Scalars['String']['input'];
  flags?: InputMaybe<Array<UnitFlag>>;
  kind: OrgUnitKind;
  name: Scalars['String']['input'];
  /** Required for every kind but BUREAU. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  sector?: InputMaybe<Sector>;
};

export type CreatePersonInput = {
  birthDate: Scalars['Date']['input'];
  education?: InputMaybe<EducationLevel>;
  gender: Gender;
  grassrootsExperience?: InputMaybe<Scalars['Boolean']['input']>;
  homeCommunityId?: InputMaybe<Scalars['ID']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  partyJoinedOn?: InputMaybe<Scalars['Date']['input']>;
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  positions?: InputMaybe<Array<PositionInput>>;
  rank?: InputMaybe<Rank>;
  reserveCadre?: InputMaybe<Scalars['Boolean']['input']>;
  unitId: Scalars['ID']['input'];
};

export type CreatePositionInput = {
  branchHead?: InputMaybe<Scalars['Boolean']['input']>;
  deptHead?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['Date']['input'];
  leadershipTeam?: InputMaybe<Scalars['Boolean']['input']>;
  partySecretary?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
  principal?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
  unitId: Scalars['ID']['input'];
};

export type CreateReceptionDayInput = {
  /** When it was published, if it already was. */
  announcedAt?: InputMaybe<Scalars['DateTime']['input']>;
  date: Scalars['Date']['input'];
  endTime?: InputMaybe<Scalars['String']['input']>;
  jointDepartments?: InputMaybe<Array<Scalars['String']['input']>>;
  mode?: ReceptionMode;
  note?: InputMaybe<Scalars['String']['input']>;
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The leader; a CADRE leaves it out for their own day. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  place: Scalars['String']['input'];
  span?: ReceptionSpan;
  startTime?: InputMaybe<Scalars['String']['input']>;
};

export type CreateResearchReportInput = {
  fileRef?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Completed or submitted on. */
  occurredOn: Scalars['Date']['input'];
  /** Whose report; a cadre may leave it out for their own. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it went. Left out: where S1.REPORT.TO_BUREAU routes it (see routedTo). */
  submittedTo?: InputMaybe<ReportRecipient>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
  /** Submitted in writing; default true. */
  written?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateResearchTopicInput = {
  /** A major topic of the bureau Party committee (S1.TOPICS): give unitId (the bureau), no person. */
  major?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Proposed on. */
  occurredOn: Scalars['Date']['input'];
  /** The leader whose topic it is (not for major topics); a cadre may leave it out for their own. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  plan?: InputMaybe<Scalars['String']['input']>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
  /** For a major topic: the bureau whose committee sets it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateResearchTripInput = {
  /** Days at the grassroots, in half days (0.5, 1, 1.5 …). */
  days: Scalars['Float']['input'];
  /** Last day, inclusive, for a trip of several days. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  findings?: InputMaybe<Scalars['String']['input']>;
  householdsVisitedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  noDisturbance?: InputMaybe<Scalars['Boolean']['input']>;
  noReception?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The (first) day. */
  occurredOn: Scalars['Date']['input'];
  /** Whose trip; a cadre may leave it out for their own. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  stationed?: InputMaybe<Scalars['Boolean']['input']>;
  travelLight?: InputMaybe<Scalars['Boolean']['input']>;
  unitsVisitedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type CreateSecondmentAssessmentInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  kind: AssessmentKind;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
  /** Required for a FINAL assessment. */
  result?: InputMaybe<AssessmentResult>;
  secondmentId: Scalars['ID']['input'];
};

export type CreateSecondmentInput = {
  /** Required to post someone who fails S3.ELIGIBLE; kept in the audit log. */
  eligibilityOverrideReason?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  fromPost?: InputMaybe<Scalars['String']['input']>;
  /** Left out: the person's unit. */
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  leftOriginalPost?: InputMaybe<Scalars['Boolean']['input']>;
  livesAtGrassroots?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The posting date: S3.ELIGIBLE is checked on it. */
  occurredOn: Scalars['Date']['input'];
  outstandingGraduate?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
  /** Default OTHER. */
  role?: InputMaybe<SecondmentRole>;
  toPost: Scalars['String']['input'];
  toUnitId: Scalars['ID']['input'];
};

export type CreateServicePairingInput = {
  from: Scalars['Date']['input'];
  /** A needy household. */
  householdId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  station: Scalars['String']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateTalkInput = {
  /** The person talked with (required pairwise and for a branch head with a member). */
  counterpartId?: InputMaybe<Scalars['ID']['input']>;
  /** Left out with forwardedToId: the day of the talk. */
  forwardedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The department the opinions were forwarded to. */
  forwardedToId?: InputMaybe<Scalars['ID']['input']>;
  kind: TalkKind;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
  opinions?: InputMaybe<Scalars['String']['input']>;
  /** Others present, by name (required with the masses when no counterpart is given). */
  participants?: InputMaybe<Scalars['String']['input']>;
  /** Who held the talk; a cadre may leave it out for their own. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  round?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** At least 10 characters with letters and digits. */
  password: Scalars['String']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
  scopeUnitId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

/** The registration form (登记单). */
export type CreateVisitCaseInput = {
  category: VisitCaseCategory;
  /** A key the client makes once per submission: a retry returns the same case. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  matter: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who received the visitors (a leadership member for a collective visit). */
  receiverId?: InputMaybe<Scalars['ID']['input']>;
  registeredOn: Scalars['Date']['input'];
  /** For a collective visit: its representatives, at most five. */
  representatives?: InputMaybe<Array<VisitorInput>>;
  /** The unit registering the case. */
  unitId: Scalars['ID']['input'];
  /** How many came; defaults to the visitors listed. */
  visitorCount?: InputMaybe<Scalars['Int']['input']>;
  visitors: Array<VisitorInput>;
};

export type CreateYearEndReportInput = {
  /** Left out or blank: the draft opens with the year's compliance figures of the unit (yearEndFigures). */
  body?: InputMaybe<Scalars['String']['input']>;
  draftedOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** A farm or a bureau-direct unit. */
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type CreatedApiToken = {
  apiToken: ApiToken;
  /** The secret: send it as `Authorization: Bearer …` or `X-API-Key`. Shown only now. */
  token: Scalars['String']['output'];
};

export type DecideVisitCaseInput = {
  date: Scalars['Date']['input'];
  decision: VisitCaseDecision;
  note?: InputMaybe<Scalars['String']['input']>;
  /** For CROSS_LEVEL: the level the visitor is referred to. */
  redirectedTo?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A decision touching the masses' interests (涉及群众利益的决策, S6.DECISION). */
export type Decision = {
  consultations: Array<DecisionConsultation>;
  createdAt: Scalars['DateTime']['output'];
  /** Null while the decision is being prepared. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** The published feedback on which opinions were adopted (public). */
  feedback?: Maybe<Scalars['String']['output']>;
  feedbackPublishedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Opinions collected for this decision. */
  opinions: Array<Opinion>;
  /** When the matter was put forward. */
  proposedOn: Scalars['Date']['output'];
  riskAssessedOn?: Maybe<Scalars['Date']['output']>;
  riskAssessment?: Maybe<Scalars['String']['output']>;
  riskLevel?: Maybe<RiskLevel>;
  status: DecisionStatus;
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
  /** What S6.DECISION finds today, e.g. feedback not published in time. */
  warnings: Array<RuleViolation>;
};

/** A forum, hearing or feasibility meeting held on a decision. */
export type DecisionConsultation = {
  date: Scalars['Date']['output'];
  form: ConsultationForm;
  participants?: Maybe<Scalars['Int']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
};

export type DecisionConsultationInput = {
  date: Scalars['Date']['input'];
  form: ConsultationForm;
  participants?: InputMaybe<Scalars['Int']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type DecisionFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Title contains this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<DecisionStatus>>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type DecisionPage = {
  items: Array<Decision>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** Where a decision stands. */
export type DecisionStatus =
  /** 已公布采纳情况 · Feedback published */
  | 'FEEDBACK_PUBLISHED'
  /** 决策前征求意见 · Preparing */
  | 'PREPARING'
  /** 已决策 · Taken */
  | 'TAKEN';

/** A record withdrawn by deleteX: hidden everywhere, kept as evidence, restorable by an ADMIN. */
export type DeletedRecord = {
  deletedAt: Scalars['DateTime']['output'];
  /** Who deleted it, from the audit log. */
  deletedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['ID']['output']>;
  /** The GraphQL type of the record, e.g. ResearchTrip; pass it to restoreRecord. */
  recordType: Scalars['String']['output'];
  /** Its title or first words (at most 120 characters). */
  summary?: Maybe<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

export type DeletedRecordFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** One record type (e.g. ResearchTrip, Opinion). */
  recordType?: InputMaybe<Scalars['String']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeletedRecordPage = {
  items: Array<DeletedRecord>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** An organised deputy contact activity (党代表直接联系服务群众活动, S8.ACTIVITY). */
export type DeputyActivity = {
  createdAt: Scalars['DateTime']['output'];
  /** The deputies taking part that are in your part of the tree. */
  deputies: Array<Person>;
  /** The deputies taking part (ids; `deputies` shows those in your part of the tree). */
  deputyIds: Array<Scalars['ID']['output']>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  issuesRaised?: Maybe<Scalars['String']['output']>;
  location?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** People met. */
  peopleMet?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  /** The organising unit. */
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
};

export type DeputyActivityFilter = {
  /** Activities this deputy took part in. */
  deputyId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeputyActivityPage = {
  items: Array<DeputyActivity>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A deputy's duty report to the electing unit, once per term, with the democratic evaluation (S8.REPORT). */
export type DeputyDutyReport = {
  attendees?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  evaluatedOn?: Maybe<Scalars['Date']['output']>;
  /** Null until evaluated: S8.REPORT counts evaluated reports only. */
  evaluationResult?: Maybe<DutyEvaluation>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  person?: Maybe<Person>;
  /** The deputy. */
  personId: Scalars['ID']['output'];
  reportedOn: Scalars['Date']['output'];
  summary: Scalars['String']['output'];
  termId: Scalars['ID']['output'];
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
};

export type DeputyDutyReportFilter = {
  /** true: evaluated; false: awaiting the evaluation. */
  evaluated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeputyDutyReportPage = {
  items: Array<DeputyDutyReport>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A deputy paired with a needy household of the electing unit (S8.PAIR). */
export type DeputyPairing = {
  createdAt: Scalars['DateTime']['output'];
  endReason?: Maybe<Scalars['String']['output']>;
  from: Scalars['Date']['output'];
  household?: Maybe<Household>;
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  person?: Maybe<Person>;
  /** The deputy. */
  personId: Scalars['ID']['output'];
  termId: Scalars['ID']['output'];
  to?: Maybe<Scalars['Date']['output']>;
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
};

export type DeputyPairingFilter = {
  /** Pairings running on this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeputyPairingPage = {
  items: Array<DeputyPairing>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A Party-congress deputy's term (党代表任期). */
export type DeputyTerm = {
  /** Null when the electing unit is outside your part of the tree. */
  electingUnit?: Maybe<OrgUnit>;
  /** The electing unit (选举单位). */
  electingUnitId: Scalars['ID']['output'];
  from: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  person: Person;
  personId: Scalars['ID']['output'];
  to?: Maybe<Scalars['Date']['output']>;
  version: Scalars['Int']['output'];
};

export type DeputyTermFilter = {
  /** Terms running on this date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  electingUnitId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Terms whose electing unit is this unit or below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeputyTermPage = {
  items: Array<DeputyTerm>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A farm leadership member on public reception duty for a day (S4.FARM_DAILY). */
export type DutyDay = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  occurredOn: Scalars['Date']['output'];
  person?: Maybe<Person>;
  /** The leader on duty. */
  personId: Scalars['ID']['output'];
  place?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<OrgUnit>;
  /** The farm. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type DutyDayFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Duty days of this farm. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type DutyDayPage = {
  items: Array<DutyDay>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A day of the farm duty roster (S4.FARM_DAILY). */
export type DutyDayStatus =
  /** 已安排1名领导值班 */
  | 'COVERED'
  /** 重复安排 */
  | 'DOUBLE'
  /** 无人值班（缺口） */
  | 'GAP'
  /** 非工作日，无需值班（仅工作日规则） */
  | 'NOT_REQUIRED';

/** Democratic evaluation of a deputy's duty report. */
export type DutyEvaluation =
  /** 基本满意 · Basically satisfied */
  | 'BASICALLY_SATISFIED'
  /** 不满意 · Not satisfied */
  | 'NOT_SATISFIED'
  /** 满意 · Satisfied */
  | 'SATISFIED';

export type DutyRosterDay = {
  date: Scalars['Date']['output'];
  duty: Array<DutyDay>;
  status: DutyDayStatus;
  /** A working day by the work calendar (holidays and 调休 included). */
  workingDay: Scalars['Boolean']['output'];
};

/** A farm's duty roster for one month, with its gaps and double bookings. */
export type DutyRosterMonth = {
  days: Array<DutyRosterDay>;
  /** Days with more than one leader on duty. */
  doubles: Array<Scalars['Date']['output']>;
  /** Days that need a leader on duty and have none. */
  gaps: Array<Scalars['Date']['output']>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  /** Only working days need a leader on duty. */
  workingDaysOnly: Scalars['Boolean']['output'];
};

/** Highest education, lowest first. */
export type EducationLevel =
  /** 本科 · Bachelor's degree */
  | 'BACHELOR'
  /** 大专 · College (dazhuan) */
  | 'COLLEGE'
  /** 博士研究生 · Doctorate */
  | 'DOCTORATE'
  /** 初中 · Junior high school */
  | 'JUNIOR_HIGH'
  /** 硕士研究生 · Master's degree */
  | 'MASTER'
  /** 小学 · Primary school */
  | 'PRIMARY'
  /** 高中 · Senior high school */
  | 'SENIOR_HIGH'
  /** 中专 · Secondary vocational */
  | 'VOCATIONAL';

/** A rule as in force for a unit on a date, against the bureau's catalogue. */
export type EffectiveRule = {
  baseMax?: Maybe<Scalars['Float']['output']>;
  baseMin: Scalars['Float']['output'];
  /** A local rule differs from the catalogue here. */
  differs: Scalars['Boolean']['output'];
  /** The local rules applied, from the top of the tree down. */
  localRuleIds: Array<Scalars['ID']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min: Scalars['Float']['output'];
  ruleId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** A record counted for a rule: enough to name it and link to it. */
export type EvidenceRecord = {
  /** The day it happened (or started). */
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The fact kind (RESEARCH_TRIP, CONTACT_VISIT …). */
  kind: Scalars['String']['output'];
  /** The kind's name in the caller's language. */
  kindTitle: Scalars['String']['output'];
};

/** Experiencing ordinary life (体验群众生活, S10). occurredOn is the day. */
export type Experience = {
  createdAt: Scalars['DateTime']['output'];
  /** The people's-condition diary entry (民情日记, S10.DIARY). */
  diary: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ExperienceKind;
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  place: Scalars['String']['output'];
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ExperienceFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<ExperienceKind>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Place or diary contains this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

/** How the ordinary life of the people was experienced (S10). */
export type ExperienceKind =
  /** 乘公交或出租车 · by bus or taxi */
  | 'BUS_OR_TAXI'
  /** 当一天农民 · a day as a farmer */
  | 'FARMER_DAY'
  /** 到医院看病 · at the hospital */
  | 'HOSPITAL'
  /** 逛市场 · at the market */
  | 'MARKET'
  /** 其他 · other */
  | 'OTHER'
  /** 到窗口办事 · at a service window */
  | 'SERVICE_WINDOW'
  /** 当一天工人 · a day as a worker */
  | 'WORKER_DAY';

export type ExperiencePage = {
  items: Array<Experience>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type ExtendVisitCaseInput = {
  date: Scalars['Date']['input'];
  days: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A visit to a worker family (S2.FAMILY_VISITS). */
export type FamilyVisit = {
  content?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Null when outside your part of the tree. */
  household?: Maybe<Household>;
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  link?: Maybe<ContactLink>;
  /** The cadre's link to this household, when there is one. */
  linkId?: Maybe<Scalars['ID']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type FamilyVisitFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type FamilyVisitPage = {
  items: Array<FamilyVisit>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** Fills the empty days of a month from a rotation of leaders. */
export type FillDutyRosterInput = {
  /** YYYY-MM. */
  month: Scalars['String']['input'];
  /** Leaders in rotation order; each must be on the farm leadership team. */
  personIds: Array<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** Whose turn the first filled day is (0-based index into personIds). */
  startIndex?: InputMaybe<Scalars['Int']['input']>;
  /** The farm. */
  unitId: Scalars['ID']['input'];
  /** Fill working days only (default: the rule option of S4.FARM_DAILY). */
  workingDaysOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Gender. */
export type Gender =
  /** 女 · Female */
  | 'FEMALE'
  /** 男 · Male */
  | 'MALE';

/** A household (居民住户) in a residents' group. */
export type Household = {
  address: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  flags: Array<HouseholdFlag>;
  headName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** Masked by the server, e.g. 138****5678. */
  phone?: Maybe<Scalars['String']['output']>;
  unit: OrgUnit;
  /** The residents' group. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type HouseholdFilter = {
  /** Households carrying every one of these flags. */
  flags?: InputMaybe<Array<HouseholdFlag>>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Households with any needy flag (poor, five guarantees, disabled, empty-nest, left-behind children). */
  needy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Head's name or address contains this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Households anywhere under this unit (or in it). */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Households of this residents' group. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Flags a household carries. */
export type HouseholdFlag =
  /** 残疾人家庭 · Disabled member */
  | 'DISABLED_MEMBER'
  /** 空巢老人 · Empty-nest elderly */
  | 'EMPTY_NEST_ELDERLY'
  /** 五保户 · Five guarantees */
  | 'FIVE_GUARANTEES'
  /** 留守儿童 · Left-behind children */
  | 'LEFT_BEHIND_CHILDREN'
  /** 贫困户 · Poor household */
  | 'POOR'
  /** 职工家庭 · Worker family */
  | 'WORKER_FAMILY';

export type HouseholdPage = {
  items: Array<Household>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A unit's tightened rule (G.LOCAL_RULES), in force for its subtree from a date. */
export type LocalRule = {
  effectiveFrom: Scalars['Date']['output'];
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  options?: Maybe<Scalars['JSONObject']['output']>;
  reason: Scalars['String']['output'];
  ruleId: Scalars['String']['output'];
  thresholdMax?: Maybe<Scalars['Float']['output']>;
  thresholdMin?: Maybe<Scalars['Float']['output']>;
  unitId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type LocalRuleFilter = {
  /** In force on this date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  ruleId?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type LocalRulePage = {
  items: Array<LocalRule>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A visitor as the API shows them: name and phone masked. */
export type MaskedVisitor = {
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  /** Submitted → accepted; by an administrator above the reporting unit. */
  acceptYearEndReport: YearEndReport;
  /** Publishes the day (事前公告): it then shows on the public page and in the .ics feed. */
  announceReceptionDay: ReceptionDay;
  /** Records the Party committee's approval of a proposed topic (提出 → 审定). */
  approveResearchTopic: ResearchTopic;
  /** Files a finished case away. The case stays on record. */
  archiveVisitCase: VisitCase;
  /** The assignment form (交办单): handling unit and person responsible. */
  assignVisitCase: VisitCase;
  /** Other sessions of the user end; this one stays. */
  changePassword: Scalars['Boolean']['output'];
  /** The closure form (办结单): result, reply to the visitor, satisfaction. */
  closeVisitCase: VisitCase;
  createApiToken: CreatedApiToken;
  createBranchPairing: BranchPairing;
  /** A member proposes a commitment (a CADRE: only their own). Refused with S7.CONTENT.* when the category does not fit the member's sector. */
  createCommitment: Commitment;
  /** A member registers with the community (a CADRE: only themselves). */
  createCommunityRegistration: CommunityRegistration;
  /** A member claims a project (a CADRE: only themselves); a third running that year comes back with S9.PROJECTS.TOO_MANY. */
  createCommunityServiceProject: CommunityServiceProject;
  createContactLink: ContactLink;
  createContactVisit: ContactVisit;
  createDecision: Decision;
  /** Refused (S8.NOT_A_DEPUTY) when someone named held no deputy term on the day. */
  createDeputyActivity: DeputyActivity;
  /** One per term: a second is refused (S8.REPORT.ALREADY_REPORTED). */
  createDeputyDutyReport: DeputyDutyReport;
  /** A deputy (a CADRE: only themselves) pairs with a needy household of the electing unit; refused with S8.PAIR.* otherwise. */
  createDeputyPairing: DeputyPairing;
  createDeputyTerm: DeputyTerm;
  createDutyDay: DutyDay;
  /** Records an experience; the diary entry (民情日记) is required (S10.DIARY). */
  createExperience: Experience;
  createFamilyVisit: FamilyVisit;
  createHousehold: Household;
  /** Tightens a rule for a unit from a date; a loosening is refused with the reason. */
  createLocalRule: LocalRule;
  createOpinion: Opinion;
  createOpinionAnalysis: OpinionAnalysis;
  createOpinionChannel: OpinionChannel;
  createOrgUnit: OrgUnit;
  /** Creates a person, with their positions when given. */
  createPerson: Person;
  createPosition: Position;
  /** Records a leader's reception day; a CADRE records only their own. */
  createReceptionDay: ReceptionDay;
  createResearchReport: ResearchReport;
  /** Proposes a topic. Major topics (the committee's) are recorded by an ADMIN. */
  createResearchTopic: ResearchTopic;
  createResearchTrip: ResearchTrip;
  /** Records a posting; one failing S3.ELIGIBLE needs eligibilityOverrideReason. */
  createSecondment: Secondment;
  createSecondmentAssessment: SecondmentAssessment;
  /** A service-station cadre (a CADRE: only themselves) pairs with a needy family; refused with S9.PAIR.NOT_NEEDY otherwise. */
  createServicePairing: ServicePairing;
  createTalk: Talk;
  createUser: User;
  /** Registers a case (登记单). Pass an idempotencyKey: a retry returns the same case. */
  createVisitCase: VisitCase;
  /** A draft; one per unit and year (CONFLICT for a second). */
  createYearEndReport: YearEndReport;
  /** The acceptance decision: accepted, cross-level (S4.LEVEL) or to the legal channel (S4.LEGAL). */
  decideVisitCase: VisitCase;
  /** Withdraws an attachment (kept, hidden, audited); the rights of changing its record. */
  deleteAttachment: Scalars['Boolean']['output'];
  deleteBranchPairing: BranchPairing;
  deleteCommitment: Commitment;
  deleteCommunityRegistration: CommunityRegistration;
  deleteCommunityServiceProject: CommunityServiceProject;
  /** Deletes a link recorded by mistake; a link with visits is ended instead. */
  deleteContactLink: ContactLink;
  deleteContactVisit: ContactVisit;
  deleteDecision: Decision;
  deleteDeputyActivity: DeputyActivity;
  deleteDeputyDutyReport: DeputyDutyReport;
  deleteDeputyPairing: DeputyPairing;
  deleteDeputyTerm: DeputyTerm;
  deleteDutyDay: DutyDay;
  deleteExperience: Experience;
  deleteFamilyVisit: FamilyVisit;
  deleteHousehold: Household;
  deleteOpinion: Opinion;
  deleteOpinionAnalysis: OpinionAnalysis;
  /** Refused once opinions came through it: close it instead. */
  deleteOpinionChannel: OpinionChannel;
  /** Deletes an empty unit; a unit with children, people or households is refused (CONFLICT). */
  deleteOrgUnit: OrgUnit;
  /** Deletes a person with their positions and deputy terms. */
  deletePerson: Person;
  deletePosition: Position;
  deleteReceptionDay: ReceptionDay;
  deleteResearchReport: ResearchReport;
  deleteResearchTopic: ResearchTopic;
  deleteResearchTrip: ResearchTrip;
  deleteSecondment: Secondment;
  deleteSecondmentAssessment: SecondmentAssessment;
  deleteServicePairing: ServicePairing;
  deleteTalk: Talk;
  /** Drafts only. */
  deleteYearEndReport: YearEndReport;
  /** Ends a local rule on a date (local rules are never deleted). */
  endLocalRule: LocalRule;
  /** The one extension of the handling deadline, with a reason. */
  extendVisitCase: VisitCase;
  /** Fills the empty days of a month from a rotation of farm leaders. */
  fillDutyRoster: DutyRosterMonth;
  /** Signs in; also sets the admin's HTTP-only session cookie. */
  login: Session;
  /** Ends the current session and clears the cookie. */
  logout: Scalars['Boolean']['output'];
  /** An objection to the assignment within the working-day window: back to ACCEPTED for reassignment. */
  objectToVisitCaseAssignment: VisitCase;
  /** Records 公开, 履行 or 评议; an out-of-order step is refused with S7.LIFECYCLE.OUT_OF_ORDER, .DATE_ORDER or .REPEATED. */
  recordCommitmentStep: Commitment;
  /** The conversation record (接谈记录). */
  recordVisitCaseConversation: VisitCase;
  /** Restores a deleted record (audited as RESTORE). CONFLICT when what it belongs to is deleted or its place is taken. */
  restoreRecord: Scalars['Boolean']['output'];
  /** Submitted → returned with comments; by an administrator above the reporting unit. */
  returnYearEndReport: YearEndReport;
  revokeApiToken: ApiToken;
  revokeSession: Scalars['Boolean']['output'];
  /** Sets the deadlines (stricter than the regulation, never looser); bureau-wide administrators. */
  setVisitCaseDeadlines: VisitCaseDeadlines;
  /** Replaces a year's holidays and adjusted working days (bureau-wide administrators). */
  setWorkCalendar: WorkCalendarYear;
  /** Draft or returned → submitted to the bureau Party committee (G.YEAR_END.OUT_OF_ORDER otherwise). */
  submitYearEndReport: YearEndReport;
  /** A supervision form (督办单); may be repeated. */
  superviseVisitCase: VisitCase;
  updateBranchPairing: BranchPairing;
  updateCommitment: Commitment;
  updateCommunityRegistration: CommunityRegistration;
  updateCommunityServiceProject: CommunityServiceProject;
  /** Changes or ends a link; ending it within a year needs endReason (S2.DURATION). */
  updateContactLink: ContactLink;
  updateContactVisit: ContactVisit;
  /** Setting decidedOn marks it taken: refused (S6.DECISION.*) without a consultation and a risk assessment before it. */
  updateDecision: Decision;
  updateDeputyActivity: DeputyActivity;
  /** Records the democratic evaluation among other changes. */
  updateDeputyDutyReport: DeputyDutyReport;
  updateDeputyPairing: DeputyPairing;
  updateDeputyTerm: DeputyTerm;
  updateDutyDay: DutyDay;
  updateExperience: Experience;
  updateFamilyVisit: FamilyVisit;
  updateHousehold: Household;
  updateOpinion: Opinion;
  updateOpinionAnalysis: OpinionAnalysis;
  updateOpinionChannel: OpinionChannel;
  /** Changes the fields given; a new parentId moves the unit and its subtree. */
  updateOrgUnit: OrgUnit;
  updatePerson: Person;
  /** Changes the fields given; set `to` to end the post. */
  updatePosition: Position;
  updateReceptionDay: ReceptionDay;
  updateResearchReport: ResearchReport;
  updateResearchTopic: ResearchTopic;
  updateResearchTrip: ResearchTrip;
  updateSecondment: Secondment;
  updateSecondmentAssessment: SecondmentAssessment;
  updateServicePairing: ServicePairing;
  updateTalk: Talk;
  /** Users are disabled, never deleted: the audit log keeps naming them. */
  updateUser: User;
  updateVisitCaseRegistration: VisitCase;
  /** A draft or a returned report only (G.YEAR_END.LOCKED otherwise). */
  updateYearEndReport: YearEndReport;
  /** The visitor withdrew the matter. The case stays on record. */
  withdrawVisitCase: VisitCase;
};


export type MutationAcceptYearEndReportArgs = {
  id: Scalars['ID']['input'];
  input: YearEndReportStepInput;
};


export type MutationAnnounceReceptionDayArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationApproveResearchTopicArgs = {
  id: Scalars['ID']['input'];
  input: ApproveResearchTopicInput;
};


export type MutationArchiveVisitCaseArgs = {
  id: Scalars['ID']['input'];
  input: ArchiveVisitCaseInput;
};


export type MutationAssignVisitCaseArgs = {
  id: Scalars['ID']['input'];
  input: AssignVisitCaseInput;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseVisitCaseArgs = {
  id: Scalars['ID']['input'];
  input: CloseVisitCaseInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateBranchPairingArgs = {
  input: CreateBranchPairingInput;
};


export type MutationCreateCommitmentArgs = {
  input: CreateCommitmentInput;
};


export type MutationCreateCommunityRegistrationArgs = {
  input: CreateCommunityRegistrationInput;
};


export type MutationCreateCommunityServiceProjectArgs = {
  input: CreateCommunityServiceProjectInput;
};


export type MutationCreateContactLinkArgs = {
  input: CreateContactLinkInput;
};


export type MutationCreateContactVisitArgs = {
  input: CreateContactVisitInput;
};


export type MutationCreateDecisionArgs = {
  input: CreateDecisionInput;
};


export type MutationCreateDeputyActivityArgs = {
  input: CreateDeputyActivityInput;
};


export type MutationCreateDeputyDutyReportArgs = {
  input: CreateDeputyDutyReportInput;
};


export type MutationCreateDeputyPairingArgs = {
  input: CreateDeputyPairingInput;
};


export type MutationCreateDeputyTermArgs = {
  input: CreateDeputyTermInput;
};


export type MutationCreateDutyDayArgs = {
  input: CreateDutyDayInput;
};


export type MutationCreateExperienceArgs = {
  input: CreateExperienceInput;
};


export type MutationCreateFamilyVisitArgs = {
  input: CreateFamilyVisitInput;
};


export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
};


export type MutationCreateLocalRuleArgs = {
  input: CreateLocalRuleInput;
};


export type MutationCreateOpinionArgs = {
  input: CreateOpinionInput;
};


export type MutationCreateOpinionAnalysisArgs = {
  input: CreateOpinionAnalysisInput;
};


export type MutationCreateOpinionChannelArgs = {
  input: CreateOpinionChannelInput;
};


export type MutationCreateOrgUnitArgs = {
  input: CreateOrgUnitInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
};


export type MutationCreateReceptionDayArgs = {
  input: CreateReceptionDayInput;
};


export type MutationCreateResearchReportArgs = {
  input: CreateResearchReportInput;
};


export type MutationCreateResearchTopicArgs = {
  input: CreateResearchTopicInput;
};


export type MutationCreateResearchTripArgs = {
  input: CreateResearchTripInput;
};


export type MutationCreateSecondmentArgs = {
  input: CreateSecondmentInput;
};


export type MutationCreateSecondmentAssessmentArgs = {
  input: CreateSecondmentAssessmentInput;
};


export type MutationCreateServicePairingArgs = {
  input: CreateServicePairingInput;
};


export type MutationCreateTalkArgs = {
  input: CreateTalkInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateVisitCaseArgs = {
  input: CreateVisitCaseInput;
};


export type MutationCreateYearEndReportArgs = {
  input: CreateYearEndReportInput;
};


export type MutationDecideVisitCaseArgs = {
  id: Scalars['ID']['input'];
  input: DecideVisitCaseInput;
};


export type MutationDeleteAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteBranchPairingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommunityRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommunityServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContactLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContactVisitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDeputyActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDeputyDutyReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDeputyPairingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDeputyTermArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDutyDayArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExperienceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFamilyVisitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOpinionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOpinionAnalysisArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOpinionChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePositionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReceptionDayArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResearchReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResearchTopicArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResearchTripArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSecondmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSecondmentAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteServicePairingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTalkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteYearEndReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndLocalRuleArgs = {
  effectiveTo: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationExtendVisitCaseArgs = {
  id: Scalars['ID']['input'];
  input: ExtendVisitCaseInput;
};


export type MutationFillDutyRosterArgs = {
  input: FillDutyRosterInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationObjectToVisitCaseAssignmentArgs = {
  id: Scalars['ID']['input'];
  input: ObjectToVisitCaseAssignmentInput;
};


export type MutationRecordCommitmentStepArgs = {
  id: Scalars['ID']['input'];
  input: CommitmentStepInput;
};


export type MutationRecordVisitCaseConversationArgs = {
  id: Scalars['ID']['input'];
  input: RecordVisitCaseConversationInput;
};


export type MutationRestoreRecordArgs = {
  id: Scalars['ID']['input'];
  recordType: Scalars['String']['input'];
};


export type MutationReturnYearEndReportArgs = {
  id: Scalars['ID']['input'];
  input: YearEndReportStepInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetVisitCaseDeadlinesArgs = {
  input: SetVisitCaseDeadlinesInput;
};


export type MutationSetWorkCalendarArgs = {
  input: SetWorkCalendarInput;
};


export type MutationSubmitYearEndReportArgs = {
  id: Scalars['ID']['input'];
  input: YearEndReportStepInput;
};


export type MutationSuperviseVisitCaseArgs = {
  id: Scalars['ID']['input'];
  input: SuperviseVisitCaseInput;
};


export type MutationUpdateBranchPairingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBranchPairingInput;
};


export type MutationUpdateCommitmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCommitmentInput;
};


export type MutationUpdateCommunityRegistrationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCommunityRegistrationInput;
};


export type MutationUpdateCommunityServiceProjectArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCommunityServiceProjectInput;
};


export type MutationUpdateContactLinkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactLinkInput;
};


export type MutationUpdateContactVisitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactVisitInput;
};


export type MutationUpdateDecisionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDecisionInput;
};


export type MutationUpdateDeputyActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDeputyActivityInput;
};


export type MutationUpdateDeputyDutyReportArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDeputyDutyReportInput;
};


export type MutationUpdateDeputyPairingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDeputyPairingInput;
};


export type MutationUpdateDeputyTermArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDeputyTermInput;
};


export type MutationUpdateDutyDayArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDutyDayInput;
};


export type MutationUpdateExperienceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExperienceInput;
};


export type MutationUpdateFamilyVisitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFamilyVisitInput;
};


export type MutationUpdateHouseholdArgs = {
  id: Scalars['ID']['input'];
  input: UpdateHouseholdInput;
};


export type MutationUpdateOpinionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOpinionInput;
};


export type MutationUpdateOpinionAnalysisArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOpinionAnalysisInput;
};


export type MutationUpdateOpinionChannelArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOpinionChannelInput;
};


export type MutationUpdateOrgUnitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrgUnitInput;
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationUpdatePositionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
};


export type MutationUpdateReceptionDayArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReceptionDayInput;
};


export type MutationUpdateResearchReportArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResearchReportInput;
};


export type MutationUpdateResearchTopicArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResearchTopicInput;
};


export type MutationUpdateResearchTripArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResearchTripInput;
};


export type MutationUpdateSecondmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSecondmentInput;
};


export type MutationUpdateSecondmentAssessmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSecondmentAssessmentInput;
};


export type MutationUpdateServicePairingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateServicePairingInput;
};


export type MutationUpdateTalkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTalkInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateVisitCaseRegistrationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVisitCaseRegistrationInput;
};


export type MutationUpdateYearEndReportArgs = {
  id: Scalars['ID']['input'];
  input: UpdateYearEndReportInput;
};


export type MutationWithdrawVisitCaseArgs = {
  id: Scalars['ID']['input'];
  input: WithdrawVisitCaseInput;
};

export type ObjectToVisitCaseAssignmentInput = {
  date: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An opinion of the masses: received, forwarded, answered, adopted or not (群众意见, S6.FORWARD). */
export type Opinion = {
  adoption?: Maybe<Adoption>;
  adoptionReason?: Maybe<Scalars['String']['output']>;
  answer?: Maybe<Scalars['String']['output']>;
  answeredOn?: Maybe<Scalars['Date']['output']>;
  channel?: Maybe<OpinionChannel>;
  channelId: Scalars['ID']['output'];
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  forwardedOn?: Maybe<Scalars['Date']['output']>;
  /** The department it was passed to. */
  forwardedTo?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  receivedOn: Scalars['Date']['output'];
  submitterName?: Maybe<Scalars['String']['output']>;
  /** The submitter's phone, masked by the server, e.g. 138****5678. */
  submitterPhone?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
  /** What S6.FORWARD finds today: not forwarded or not answered in time. */
  warnings: Array<RuleViolation>;
};

/** A periodic summary and analysis of collected opinions (分析研判, S6.ANALYSIS). */
export type OpinionAnalysis = {
  createdAt: Scalars['DateTime']['output'];
  findings: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  madeOn: Scalars['Date']['output'];
  measures?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
};

export type OpinionAnalysisFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type OpinionAnalysisPage = {
  items: Array<OpinionAnalysis>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A channel a unit keeps open for the masses' opinions (意见征集渠道, S6.CHANNELS). */
export type OpinionChannel = {
  /** Last day open; null while open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The unit's public number, account or place. */
  contact?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: OpinionChannelKind;
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  openedOn: Scalars['Date']['output'];
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
};

export type OpinionChannelFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<OpinionChannelKind>>;
  /** Channels open on this day. */
  openOn?: InputMaybe<Scalars['Date']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Channel for collecting opinions (S6.CHANNELS). */
export type OpinionChannelKind =
  /** 意见箱 · Suggestion box */
  | 'BOX'
  /** 征求意见卡 · Opinion card */
  | 'CARD'
  /** 座谈会 · Forum */
  | 'FORUM'
  /** 听证会 · Hearing */
  | 'HEARING'
  /** 热线电话 · Hotline */
  | 'HOTLINE'
  /** 微博 · Microblog */
  | 'MICROBLOG'
  /** 其他 · Other */
  | 'OTHER'
  /** 网站、论坛、贴吧 · Website / online forum */
  | 'WEBSITE'
  /** 微信 · WeChat */
  | 'WECHAT';

export type OpinionChannelPage = {
  items: Array<OpinionChannel>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type OpinionFilter = {
  adoptions?: InputMaybe<Array<Adoption>>;
  /** true: answered; false: not answered yet. */
  answered?: InputMaybe<Scalars['Boolean']['input']>;
  channelId?: InputMaybe<Scalars['ID']['input']>;
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** true: forwarded; false: not forwarded yet. */
  forwarded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Content or department contains this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type OpinionPage = {
  items: Array<Opinion>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A unit of the organisation tree: bureau → farm → management area → residents' group, and beside them. */
export type OrgUnit = {
  /** From the root down to the parent, for breadcrumbs. */
  ancestors: Array<OrgUnit>;
  childCount: Scalars['Int']['output'];
  children: Array<OrgUnit>;
  /** Unique code, e.g. JS-HS-A01. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Levels below the root: the bureau is 0. */
  depth: Scalars['Int']['output'];
  /** Every unit below this one, in tree order, optionally of one kind. */
  descendants: Array<OrgUnit>;
  flags: Array<UnitFlag>;
  /** Households in residents' groups of this subtree. */
  householdCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: OrgUnitKind;
  name: Scalars['String']['output'];
  /** Null for the root, and above your own part of the tree. */
  parent?: Maybe<OrgUnit>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** People belonging to units of this subtree. */
  personCount: Scalars['Int']['output'];
  sector?: Maybe<Sector>;
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update to catch concurrent edits. */
  version: Scalars['Int']['output'];
};


/** A unit of the organisation tree: bureau → farm → management area → residents' group, and beside them. */
export type OrgUnitDescendantsArgs = {
  kind?: InputMaybe<OrgUnitKind>;
};

export type OrgUnitFilter = {
  /** Units carrying this flag. */
  flag?: InputMaybe<UnitFlag>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<OrgUnitKind>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<OrgUnitKind>>;
  /** Direct children of this unit. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Name or code contains this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only units without a parent. */
  root?: InputMaybe<Scalars['Boolean']['input']>;
  /** The whole subtree below this unit (the unit itself excluded). */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of organisation unit. */
export type OrgUnitKind =
  /** 管理局 · Bureau */
  | 'BUREAU'
  /** 管理局机关部门 · Bureau department */
  | 'BUREAU_DEPARTMENT'
  /** 社区 · Community */
  | 'COMMUNITY'
  /** 农业合作组织 · Agricultural cooperative */
  | 'COOPERATIVE'
  /** 局直单位 · Bureau-direct unit */
  | 'DIRECT_UNIT'
  /** 工业企业 · Industrial enterprise */
  | 'ENTERPRISE'
  /** 农场 · Farm */
  | 'FARM'
  /** 农场机关部门 · Farm department */
  | 'FARM_DEPARTMENT'
  /** 工业项目 · Industrial project */
  | 'INDUSTRIAL_PROJECT'
  /** 畜牧养殖区 · Livestock area */
  | 'LIVESTOCK_AREA'
  /** 管理区 · Management area */
  | 'MANAGEMENT_AREA'
  /** 基层党支部 · Grassroots Party branch */
  | 'PARTY_BRANCH'
  /** 生产作业点 · Production point */
  | 'PRODUCTION_POINT'
  /** 居民小区 · Residential quarter */
  | 'RESIDENTIAL_QUARTER'
  /** 居民组 · Residents' group */
  | 'RESIDENTS_GROUP'
  /** 作业站 · Work station */
  | 'WORK_STATION';

/** A page of units with the total matching the filter. */
export type OrgUnitPage = {
  items: Array<OrgUnit>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A cadre, Party member or worker of the bureau. */
export type Person = {
  birthDate: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  deputyTerms: Array<DeputyTerm>;
  education?: Maybe<EducationLevel>;
  gender: Gender;
  /** Has worked at the grassroots before. */
  grassrootsExperience: Scalars['Boolean']['output'];
  /** Null when unset or outside your part of the tree. */
  homeCommunity?: Maybe<OrgUnit>;
  /** The residential community the person lives in. */
  homeCommunityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Masked by the server, e.g. 2302**********1234. */
  idNumber?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  partyJoinedOn?: Maybe<Scalars['Date']['output']>;
  partyMember: Scalars['Boolean']['output'];
  /** Masked by the server, e.g. 138****5678. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Newest first; with `at`, only the posts held on that date. */
  positions: Array<Position>;
  /** The rule profiles the person holds on a date (default: today, China time). */
  profiles: Array<ProfileKey>;
  rank: Rank;
  /** A reserve cadre (后备干部). */
  reserveCadre: Scalars['Boolean']['output'];
  unit: OrgUnit;
  /** The unit the person belongs to. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** A cadre, Party member or worker of the bureau. */
export type PersonPositionsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** A cadre, Party member or worker of the bureau. */
export type PersonProfilesArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

export type PersonFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  ranks?: InputMaybe<Array<Rank>>;
  reserveCadre?: InputMaybe<Scalars['Boolean']['input']>;
  /** People belonging to this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** People belonging to this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type PersonPage = {
  items: Array<Person>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** Unmasked personal data; every read is written to the audit log. */
export type PersonalData = {
  id: Scalars['ID']['output'];
  idNumber?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

/** A post held in a unit over dates; profiles derive from these. */
export type Position = {
  /** Head of a grassroots Party branch (党支部负责人). */
  branchHead: Scalars['Boolean']['output'];
  /** Principal head of a department (部门主要负责人). */
  deptHead: Scalars['Boolean']['output'];
  from: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Member of the unit's leadership team (领导班子成员). */
  leadershipTeam: Scalars['Boolean']['output'];
  /** Party secretary (党委/党组织书记). */
  partySecretary: Scalars['Boolean']['output'];
  person: Person;
  personId: Scalars['ID']['output'];
  /** Principal leader (主要领导: secretary or director). */
  principal: Scalars['Boolean']['output'];
  /** The post, e.g. 党委书记, 副场长, 管理区主任. */
  title: Scalars['String']['output'];
  /** Inclusive; null while the post is held. */
  to?: Maybe<Scalars['Date']['output']>;
  /** Null when the post is in a unit outside your part of the tree. */
  unit?: Maybe<OrgUnit>;
  unitId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** A post, given with a new person or added later. */
export type PositionInput = {
  branchHead?: InputMaybe<Scalars['Boolean']['input']>;
  deptHead?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['Date']['input'];
  leadershipTeam?: InputMaybe<Scalars['Boolean']['input']>;
  partySecretary?: InputMaybe<Scalars['Boolean']['input']>;
  principal?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
  unitId: Scalars['ID']['input'];
};

/** Position profile a rule applies to (spec: Subjects). */
export type ProfileKey =
  /** 管理区、社区班子成员 · Management area or community team member */
  | 'AREA_TEAM'
  /** 基层党支部负责人 · Head of a grassroots Party branch */
  | 'BRANCH_HEAD'
  /** 管理局领导班子成员 · Bureau leadership team member */
  | 'BUREAU_LEADER'
  /** 管理局主要领导 · Bureau principal leader */
  | 'BUREAU_PRINCIPAL'
  /** 管理局机关部门主要负责人 · Principal head of a bureau department */
  | 'DEPT_HEAD'
  /** 党代表 · Party congress deputy */
  | 'DEPUTY'
  /** 局直单位主要领导 · Principal leader of a bureau-direct unit */
  | 'DIRECT_UNIT_PRINCIPAL'
  /** 处级党员干部 · Party cadre at division level */
  | 'DIVISION_CADRE'
  /** 农场领导班子成员 · Farm leadership team member */
  | 'FARM_LEADER'
  /** 农场主要领导 · Farm principal leader */
  | 'FARM_PRINCIPAL'
  /** 信访任务重的部门领导干部 · Leader of a department with a heavy petition load */
  | 'HEAVY_PETITION_DEPT_LEADER'
  /** 机关党员干部 · Party cadre in a bureau or farm organ */
  | 'ORGAN_CADRE'
  /** 在职党员 · In-service Party member */
  | 'PARTY_MEMBER'
  /** 各级党委(党组织)书记 · Party secretary (any level) */
  | 'PARTY_SECRETARY'
  /** 科级党员干部 · Party cadre at section level */
  | 'SECTION_CADRE';

/** One decision's published feedback on the adoption of opinions. */
export type PublicDecisionFeedback = {
  /** Opinions collected for it that were adopted. */
  adopted: Scalars['Int']['output'];
  decidedOn: Scalars['Date']['output'];
  feedback: Scalars['String']['output'];
  notAdopted: Scalars['Int']['output'];
  partlyAdopted: Scalars['Int']['output'];
  publishedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
};

/** An announced reception day as the public sees it: no visitor data, no ids. */
export type PublicReceptionDay = {
  announcedAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  endTime: Scalars['String']['output'];
  jointDepartments: Array<Scalars['String']['output']>;
  leaderName: Scalars['String']['output'];
  /** The leader's post on that day, e.g. 副局长. */
  leaderPost?: Maybe<Scalars['String']['output']>;
  mode: ReceptionMode;
  place: Scalars['String']['output'];
  span: ReceptionSpan;
  /** HH:MM, China Standard Time. */
  startTime: Scalars['String']['output'];
  /** The leader's unit. */
  unitName: Scalars['String']['output'];
};

export type PublicReceptionSchedule = {
  days: Array<PublicReceptionDay>;
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
  unitCode: Scalars['String']['output'];
  unitName: Scalars['String']['output'];
};

/** A unit's published adoption feedback (意见采纳情况公示), readable without signing in. */
export type PublicUnitFeedback = {
  /** Newest first. */
  decisions: Array<PublicDecisionFeedback>;
  unitCode: Scalars['String']['output'];
  unitName: Scalars['String']['output'];
};

export type Query = {
  apiTokens: ApiTokenPage;
  /** A record's evidence files, for those who may read the record (NOT_FOUND otherwise). */
  attachments: Array<Attachment>;
  /** The change history of your part of the tree, newest first. */
  auditLogs: AuditLogPage;
  branchPairing: BranchPairing;
  /** Party secretaries' pairings with grassroots branches (S2.BRANCH). */
  branchPairings: BranchPairingPage;
  commitment: Commitment;
  commitments: CommitmentPage;
  communityRegistration: CommunityRegistration;
  communityRegistrations: CommunityRegistrationPage;
  communityServiceProject: CommunityServiceProject;
  communityServiceProjects: CommunityServiceProjectPage;
  /** Flat rows (unit, person, rule, status, numbers) for dashboards; scoped to you. */
  complianceRows: Array<ComplianceRow>;
  contactLink: ContactLink;
  /** Contact links (基层联系点, S2). */
  contactLinks: ContactLinkPage;
  contactVisit: ContactVisit;
  /** Visits to contact points (S2.VISITS). */
  contactVisits: ContactVisitPage;
  decision: Decision;
  decisions: DecisionPage;
  /** Deleted records of your part of the tree (the recycle bin), newest deletion first. */
  deletedRecords: DeletedRecordPage;
  deputyActivities: DeputyActivityPage;
  deputyActivity: DeputyActivity;
  deputyDutyReport: DeputyDutyReport;
  deputyDutyReports: DeputyDutyReportPage;
  deputyPairing: DeputyPairing;
  deputyPairings: DeputyPairingPage;
  deputyTerm: DeputyTerm;
  deputyTerms: DeputyTermPage;
  dutyDay: DutyDay;
  dutyDays: DutyDayPage;
  /** A farm's duty roster for a month (YYYY-MM), with gaps and double bookings. */
  dutyRosterMonth: DutyRosterMonth;
  /** Every rule as in force for a unit on a date, and where local rules differ. */
  effectiveRules: Array<EffectiveRule>;
  experience: Experience;
  /** Experiences of ordinary life with their diaries (S10). */
  experiences: ExperiencePage;
  familyVisit: FamilyVisit;
  /** Visits to worker families (S2.FAMILY_VISITS). */
  familyVisits: FamilyVisitPage;
  household: Household;
  /** A household's full phone (ADMIN; logged). */
  householdPersonalData: PersonalData;
  households: HouseholdPage;
  localRules: LocalRulePage;
  me: Viewer;
  opinion: Opinion;
  opinionAnalyses: OpinionAnalysisPage;
  opinionAnalysis: OpinionAnalysis;
  opinionChannel: OpinionChannel;
  opinionChannels: OpinionChannelPage;
  opinions: OpinionPage;
  /** One unit by id; NOT_FOUND when there is none. */
  orgUnit: OrgUnit;
  orgUnits: OrgUnitPage;
  people: PersonPage;
  person: Person;
  /** Every rule that applies to a person in a year, with the records behind each. */
  personCompliance: Array<RuleResult>;
  /** A person's full phone and ID number (ADMIN; logged). */
  personPersonalData: PersonalData;
  position: Position;
  /** A unit's published adoption feedback, by unit code. Needs no sign-in. */
  publicAdoptionFeedback: PublicUnitFeedback;
  /** Announced reception days of the leaders of a unit and the units under it. Public: no sign-in needed. */
  publicReceptionSchedule: PublicReceptionSchedule;
  receptionDay: ReceptionDay;
  receptionDays: ReceptionDayPage;
  researchReport: ResearchReport;
  /** Research reports (S1.REPORT). */
  researchReports: ResearchReportPage;
  researchTopic: ResearchTopic;
  /** Research topics: the bureau committee's major topics and leaders' own (S1). */
  researchTopics: ResearchTopicPage;
  researchTrip: ResearchTrip;
  /** Research trips and stationed stays (S1). */
  researchTrips: ResearchTripPage;
  /** The rules catalogue in force, optionally of one system (S1 … S10, G). */
  rules: Array<Rule>;
  secondment: Secondment;
  secondmentAssessment: SecondmentAssessment;
  /** Feedback and assessments of secondments (S3.ASSESS). */
  secondmentAssessments: SecondmentAssessmentPage;
  /** Secondments to the grassroots (S3). */
  secondments: SecondmentPage;
  servicePairing: ServicePairing;
  servicePairings: ServicePairingPage;
  /** Your own open sessions, or (ADMIN) those of a user in scope. */
  sessions: Array<ActiveSession>;
  talk: Talk;
  /** Heart-to-heart talks (S5). */
  talks: TalkPage;
  /** A unit's compliance in a year, rule by rule, and its children's rates. */
  unitCompliance: UnitCompliance;
  user: User;
  users: UserPage;
  visitCase: VisitCase;
  visitCaseDeadlines: VisitCaseDeadlines;
  /** The case inbox: by state, category, unit, dates, or clock (OVERDUE, DUE_SOON). */
  visitCases: VisitCasePage;
  /** A year's public holidays and adjusted working days. */
  workCalendar: WorkCalendarYear;
  /** A farm's or direct unit's year: actual vs quota per system and rule, and the gaps (pre-filled into its year-end report). */
  yearEndFigures: YearEndFigures;
  yearEndReport: YearEndReport;
  yearEndReports: YearEndReportPage;
};


export type QueryApiTokensArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAttachmentsArgs = {
  recordId: Scalars['ID']['input'];
  recordType: Scalars['String']['input'];
};


export type QueryAuditLogsArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryBranchPairingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBranchPairingsArgs = {
  filter?: InputMaybe<BranchPairingFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitmentsArgs = {
  filter?: InputMaybe<CommitmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryCommunityRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityRegistrationsArgs = {
  filter?: InputMaybe<CommunityRegistrationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryCommunityServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityServiceProjectsArgs = {
  filter?: InputMaybe<CommunityServiceProjectFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryComplianceRowsArgs = {
  filter?: InputMaybe<ComplianceRowFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContactLinkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactLinksArgs = {
  filter?: InputMaybe<ContactLinkFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryContactVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactVisitsArgs = {
  filter?: InputMaybe<ContactVisitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDecisionsArgs = {
  filter?: InputMaybe<DecisionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryDeletedRecordsArgs = {
  filter?: InputMaybe<DeletedRecordFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeputyActivitiesArgs = {
  filter?: InputMaybe<DeputyActivityFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryDeputyActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeputyDutyReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeputyDutyReportsArgs = {
  filter?: InputMaybe<DeputyDutyReportFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryDeputyPairingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeputyPairingsArgs = {
  filter?: InputMaybe<DeputyPairingFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryDeputyTermArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeputyTermsArgs = {
  filter?: InputMaybe<DeputyTermFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryDutyDayArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDutyDaysArgs = {
  filter?: InputMaybe<DutyDayFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryDutyRosterMonthArgs = {
  month: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
  workingDaysOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEffectiveRulesArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  unitId: Scalars['ID']['input'];
};


export type QueryExperienceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExperiencesArgs = {
  filter?: InputMaybe<ExperienceFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryFamilyVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFamilyVisitsArgs = {
  filter?: InputMaybe<FamilyVisitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdPersonalDataArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdsArgs = {
  filter?: InputMaybe<HouseholdFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryLocalRulesArgs = {
  filter?: InputMaybe<LocalRuleFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpinionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpinionAnalysesArgs = {
  filter?: InputMaybe<OpinionAnalysisFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryOpinionAnalysisArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpinionChannelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpinionChannelsArgs = {
  filter?: InputMaybe<OpinionChannelFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryOpinionsArgs = {
  filter?: InputMaybe<OpinionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitsArgs = {
  filter?: InputMaybe<OrgUnitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryPeopleArgs = {
  filter?: InputMaybe<PersonFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonComplianceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  personId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryPersonPersonalDataArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicAdoptionFeedbackArgs = {
  unitCode: Scalars['String']['input'];
};


export type QueryPublicReceptionScheduleArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  unitCode: Scalars['String']['input'];
};


export type QueryReceptionDayArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReceptionDaysArgs = {
  filter?: InputMaybe<ReceptionDayFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryResearchReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResearchReportsArgs = {
  filter?: InputMaybe<ResearchReportFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryResearchTopicArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResearchTopicsArgs = {
  filter?: InputMaybe<ResearchTopicFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryResearchTripArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResearchTripsArgs = {
  filter?: InputMaybe<ResearchTripFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryRulesArgs = {
  system?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySecondmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySecondmentAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySecondmentAssessmentsArgs = {
  filter?: InputMaybe<SecondmentAssessmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QuerySecondmentsArgs = {
  filter?: InputMaybe<SecondmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryServicePairingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServicePairingsArgs = {
  filter?: InputMaybe<ServicePairingFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QuerySessionsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTalkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalksArgs = {
  filter?: InputMaybe<TalkFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryUnitComplianceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  system?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryVisitCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVisitCasesArgs = {
  filter?: InputMaybe<VisitCaseFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};


export type QueryWorkCalendarArgs = {
  year: Scalars['Int']['input'];
};


export type QueryYearEndFiguresArgs = {
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryYearEndReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryYearEndReportsArgs = {
  filter?: InputMaybe<YearEndReportFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortInput>;
};

/** Cadre rank (职级), lowest first. */
export type Rank =
  /** 正厅级 · Bureau level */
  | 'BUREAU'
  /** 科员 · Clerk */
  | 'CLERK'
  /** 副厅级 · Deputy bureau level */
  | 'DEPUTY_BUREAU'
  /** 副处级 · Deputy division level */
  | 'DEPUTY_DIVISION'
  /** 副科级 · Deputy section level */
  | 'DEPUTY_SECTION'
  /** 正处级 · Division level */
  | 'DIVISION'
  /** 无职级 · No rank */
  | 'NONE'
  /** 正科级 · Section level */
  | 'SECTION';

/** A leader's reception day (接访日), S4.DAYS.*. */
export type ReceptionDay = {
  /** When the schedule was published; null = not yet. */
  announcedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endTime?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Departments receiving jointly (联合接访). */
  jointDepartments: Array<Scalars['String']['output']>;
  mode: ReceptionMode;
  note?: Maybe<Scalars['String']['output']>;
  /** The day of the reception. */
  occurredOn: Scalars['Date']['output'];
  /** Lawyers, counsellors, social workers taking part. */
  participants: Array<Scalars['String']['output']>;
  /** Null when the leader is outside your scope. */
  person?: Maybe<Person>;
  /** The leader. */
  personId: Scalars['ID']['output'];
  place: Scalars['String']['output'];
  span: ReceptionSpan;
  /** HH:MM, China Standard Time. */
  startTime?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<OrgUnit>;
  /** The leader's unit: the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** S4.ANNOUNCED: a day published late or not at all. */
  warnings: Array<RuleViolation>;
};

export type ReceptionDayFilter = {
  /** true: published; false: not yet published. */
  announced?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only the signed-in cadre's own. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  mode?: InputMaybe<ReceptionMode>;
  /** Reception days of this leader. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Reception days of leaders of this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReceptionDayPage = {
  items: Array<ReceptionDay>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** How the leader receives (S4.MODES). */
export type ReceptionMode =
  /** 预约接访（约访） */
  | 'APPOINTMENT'
  /** 带案下访 */
  | 'CASE_DOWN'
  /** 定点接访 */
  | 'FIXED_POINT'
  /** 回访 */
  | 'RETURN_VISIT'
  /** 专题接访 */
  | 'THEMATIC';

/** Whole day or half day. */
export type ReceptionSpan =
  /** 下午 */
  | 'AFTERNOON'
  /** 上午 */
  | 'MORNING'
  /** 全天 */
  | 'WHOLE_DAY';

/** The conversation record (接谈记录). */
export type RecordVisitCaseConversationInput = {
  date: Scalars['Date']['input'];
  record: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a member registers with the community. */
export type RegistrationReason =
  /** 新发展党员 · New member */
  | 'NEW_MEMBER'
  /** 在职党员报到 · Member registering */
  | 'REGULAR'
  /** 新转入党员 · Transferred in */
  | 'TRANSFER_IN';

/** Where a research report goes (S1.REPORT.TO_BUREAU). */
export type ReportRecipient =
  /** 管理局党委 · the bureau Party committee */
  | 'BUREAU_COMMITTEE'
  /** 本单位党组织 · the own unit's Party organisation */
  | 'OWN_ORGANISATION';

/** A research report (S1.REPORT). occurredOn is the day it was completed or submitted. */
export type ResearchReport = {
  createdAt: Scalars['DateTime']['output'];
  /** Where the document is kept (file name, archive number). */
  fileRef?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** Where S1.REPORT.TO_BUREAU sends this author's report on its date. */
  routedTo: ReportRecipient;
  /** Where it went; null while not submitted. */
  submittedTo?: Maybe<ReportRecipient>;
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Null when unset or outside your part of the tree. */
  topic?: Maybe<ResearchTopic>;
  topicId?: Maybe<Scalars['ID']['output']>;
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  warnings: Array<RuleViolation>;
  /** Submitted in writing (书面汇报). */
  written: Scalars['Boolean']['output'];
};

export type ResearchReportFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  submittedTo?: InputMaybe<ReportRecipient>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type ResearchReportPage = {
  items: Array<ResearchReport>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A research topic: the bureau committee's annual major topic (S1.TOPICS) or a leader's own (S1.TOPIC_PER_LEADER). occurredOn is the day it was proposed. */
export type ResearchTopic = {
  /** Approved by the Party committee on. */
  approvedOn?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** One of the bureau Party committee's major topics. */
  major: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** The research plan (调研方案). */
  plan?: Maybe<Scalars['String']['output']>;
  status: TopicStatus;
  /** The research team members that you may see. */
  team: Array<Person>;
  /** The research team (调研组). */
  teamIds: Array<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  warnings: Array<RuleViolation>;
};

export type ResearchTopicFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only the committee's major topics (true) or only leaders' own (false). */
  major?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TopicStatus>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type ResearchTopicPage = {
  items: Array<ResearchTopic>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** A research trip (基层调研) or stationed stay (蹲点调研) of S1. */
export type ResearchTrip = {
  createdAt: Scalars['DateTime']['output'];
  /** Days at the grassroots; half days allowed. */
  days: Scalars['Float']['output'];
  /** Last day (inclusive); null for a one-day trip. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  findings?: Maybe<Scalars['String']['output']>;
  /** Households visited (S1.WALK.AREA). */
  householdsVisitedIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 不影响基层正常工作 (S1.CONDUCT). */
  noDisturbance: Scalars['Boolean']['output'];
  /** 不迎来送往 (S1.CONDUCT). */
  noReception: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  purpose?: Maybe<Scalars['String']['output']>;
  /** A stationed stay (蹲点调研, S1.STATIONED). */
  stationed: Scalars['Boolean']['output'];
  /** 轻车简从 (S1.CONDUCT). */
  travelLight: Scalars['Boolean']['output'];
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  /** The units visited that you may see. */
  unitsVisited: Array<OrgUnit>;
  /** Units visited (S1.WALK.*). */
  unitsVisitedIds: Array<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Findings of the catalogue's checks on this trip (S1.CONDUCT). */
  warnings: Array<RuleViolation>;
};

export type ResearchTripFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Only stationed stays (true) or only ordinary trips (false). */
  stationed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Trips that visited this unit. */
  visitedUnitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ResearchTripPage = {
  items: Array<ResearchTrip>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** Outcome of a decision's risk assessment. */
export type RiskLevel =
  /** 高风险 · High */
  | 'HIGH'
  /** 低风险 · Low */
  | 'LOW'
  /** 中风险 · Medium */
  | 'MEDIUM';

/** What a user may do within their scope unit. */
export type Role =
  /** 管理员 · manages everything in scope, users included */
  | 'ADMIN'
  /** 干部 · records their own work, reads their own unit */
  | 'CADRE'
  /** 负责人 · reads everything in scope and its compliance */
  | 'HEAD';

/** A rule of the catalogue in force. */
export type Rule = {
  /** Profile keys (or unit kinds) the rule applies to. */
  appliesTo: Array<Scalars['String']['output']>;
  /** § of the 2015 policy. */
  citation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The number or period is our default for an "implied" quota, configurable. */
  implied: Scalars['Boolean']['output'];
  /** QUOTA, COVERAGE, CONSTRAINT, WORKFLOW or ADVISORY. */
  kind: Scalars['String']['output'];
  /** YEAR, QUARTER, MONTH, DAY or TERM. */
  period: Scalars['String']['output'];
  /** S1 … S10, G. */
  system: Scalars['String']['output'];
  textEn: Scalars['String']['output'];
  textZh: Scalars['String']['output'];
  threshold: RuleThreshold;
  titleEn: Scalars['String']['output'];
  titleZh: Scalars['String']['output'];
};

/** One rule for one subject and year. */
export type RuleResult = {
  actual: Scalars['Float']['output'];
  /** The records counted, with their kind and date (same order as evidenceIds). */
  evidence: Array<EvidenceRecord>;
  /** Ids of the records counted. */
  evidenceIds: Array<Scalars['ID']['output']>;
  /** A sentence in the caller's language. */
  explanation: Scalars['String']['output'];
  explanationEn: Scalars['String']['output'];
  explanationZh: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** What is not yet covered: units, households, months, record ids. */
  missing: Array<Scalars['String']['output']>;
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  required: Scalars['Float']['output'];
  ruleId: Scalars['ID']['output'];
  /** MET, ON_TRACK, AT_RISK, MISSED, NOT_APPLICABLE or ADVISORY. */
  status: Scalars['String']['output'];
  system: Scalars['String']['output'];
  /** The rule's title in the caller's language. */
  title: Scalars['String']['output'];
  warnings: Array<RuleViolation>;
};

export type RuleThreshold = {
  /** Above it: a warning, never a miss. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The quota (for coverage, mixes and checks: the share to reach, 1 = all). */
  min: Scalars['Float']['output'];
};

export type RuleViolation = {
  /** A stable code, e.g. S2.DURATION.EARLY_END_WITHOUT_REASON. */
  code: Scalars['String']['output'];
  /** In the caller's language. */
  message: Scalars['String']['output'];
  messageEn: Scalars['String']['output'];
  messageZh: Scalars['String']['output'];
  /** ERROR or WARNING. */
  severity: Scalars['String']['output'];
};

/** The visitor's satisfaction with the reply. */
export type Satisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 未表态 */
  | 'NOT_STATED'
  /** 满意 */
  | 'SATISFIED';

/** A secondment to the grassroots (挂职锻炼, S3). occurredOn is the posting date. */
export type Secondment = {
  createdAt: Scalars['DateTime']['output'];
  /** Why the posting went ahead although S3.ELIGIBLE failed. */
  eligibilityOverrideReason?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  fromPost?: Maybe<Scalars['String']['output']>;
  /** Null when outside your part of the tree. */
  fromUnit?: Maybe<OrgUnit>;
  fromUnitId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Left the original post (S3.DURATION). */
  leftOriginalPost: Scalars['Boolean']['output'];
  /** Works and lives at the grassroots (S3.DURATION). */
  livesAtGrassroots: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** An outstanding young graduate (优秀年轻大学生, S3.ELIGIBLE). */
  outstandingGraduate: Scalars['Boolean']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  role: SecondmentRole;
  toPost: Scalars['String']['output'];
  /** Null when outside your part of the tree. */
  toUnit?: Maybe<OrgUnit>;
  toUnitId: Scalars['ID']['output'];
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Findings of S3.ELIGIBLE (overridden, priority), S3.DURATION and S3.ASSESS. */
  warnings: Array<RuleViolation>;
};

/** Feedback on, or the final assessment of, a secondment (S3.ASSESS). occurredOn is its date. */
export type SecondmentAssessment = {
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AssessmentKind;
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** Required for a FINAL assessment. */
  result?: Maybe<AssessmentResult>;
  /** Null when outside your part of the tree. */
  secondment?: Maybe<Secondment>;
  secondmentId: Scalars['ID']['output'];
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type SecondmentAssessmentFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<AssessmentKind>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  secondmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type SecondmentAssessmentPage = {
  items: Array<SecondmentAssessment>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type SecondmentFilter = {
  /** Secondments under way on this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only postings recorded with an eligibility override. */
  overridden?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Secondments to this unit. */
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

export type SecondmentPage = {
  items: Array<Secondment>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** The post held at the grassroots (S3.ELIGIBLE applies to secretaries and deputies). */
export type SecondmentRole =
  /** 党组织副书记 · deputy Party secretary */
  | 'DEPUTY_SECRETARY'
  /** 其他职务 · other post */
  | 'OTHER'
  /** 党组织书记 · Party secretary */
  | 'SECRETARY';

/** Sector of a unit (S2.MIX.ORGAN, S7.CONTENT). */
export type Sector =
  /** 农业 · Agriculture */
  | 'AGRICULTURE'
  /** 社区 · Community */
  | 'COMMUNITY'
  /** 教育 · Education */
  | 'EDUCATION'
  /** 企业 · Enterprise */
  | 'ENTERPRISE'
  /** 卫生 · Health */
  | 'HEALTH'
  /** 管理区 · Management area */
  | 'MANAGEMENT_AREA'
  /** 机关事业单位 · Organ / institution */
  | 'ORGAN'
  /** 窗口服务 · Window / service */
  | 'WINDOW_SERVICE';

/** A service-station cadre paired with one needy family (S9.PAIR). */
export type ServicePairing = {
  createdAt: Scalars['DateTime']['output'];
  from: Scalars['Date']['output'];
  household?: Maybe<Household>;
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  person?: Maybe<Person>;
  personId: Scalars['ID']['output'];
  station: Scalars['String']['output'];
  to?: Maybe<Scalars['Date']['output']>;
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
  /** S9.PAIR.TOO_MANY when the cadre has another pairing at the same time. */
  warnings: Array<RuleViolation>;
};

export type ServicePairingFilter = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ServicePairingPage = {
  items: Array<ServicePairing>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type Session = {
  expiresAt: Scalars['DateTime']['output'];
  scopeUnit: OrgUnit;
  /** Send as `Authorization: Bearer …`; the admin gets it as an HTTP-only cookie too. */
  token: Scalars['String']['output'];
  user: SessionUser;
};

export type SessionUser = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  personId?: Maybe<Scalars['ID']['output']>;
  role: Role;
  scopeUnitId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

export type SetVisitCaseDeadlinesInput = {
  acceptWithinDays: Scalars['Int']['input'];
  dueSoonDays: Scalars['Int']['input'];
  handleWithinDays: Scalars['Int']['input'];
  maxExtensionDays: Scalars['Int']['input'];
  objectionWorkingDays: Scalars['Int']['input'];
};

export type SetWorkCalendarInput = {
  holidays: Array<CalendarDateInput>;
  workdays: Array<CalendarDateInput>;
  year: Scalars['Int']['input'];
};

/** Sort a list by one field. */
export type SortInput = {
  field: Scalars['String']['input'];
  order?: SortOrder;
};

export type SortOrder =
  | 'ASC'
  | 'DESC';

/** A supervision form (督办单). */
export type SuperviseVisitCaseInput = {
  date: Scalars['Date']['input'];
  instruction: Scalars['String']['input'];
  progress?: InputMaybe<Scalars['String']['input']>;
  supervisor: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A heart-to-heart talk (谈心谈话, S5). occurredOn is the day of the talk. */
export type Talk = {
  /** Null when unset or outside your part of the tree. */
  counterpart?: Maybe<Person>;
  counterpartId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  forwardedOn?: Maybe<Scalars['Date']['output']>;
  /** Null when unset or outside your part of the tree. */
  forwardedTo?: Maybe<OrgUnit>;
  /** The department the opinions were forwarded to. */
  forwardedToId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: TalkKind;
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened, or the first day of something that lasts. */
  occurredOn: Scalars['Date']['output'];
  /** The opinions and suggestions heard. */
  opinions?: Maybe<Scalars['String']['output']>;
  /** Others present, by name. */
  participants?: Maybe<Scalars['String']['output']>;
  /** Null when unset or outside your part of the tree. */
  person?: Maybe<Person>;
  /** Whose record it is. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** The round it belongs to; talks of one round count once. */
  round?: Maybe<Scalars['String']['output']>;
  unit: OrgUnit;
  /** The owning unit (the person's unit when recorded): the record is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type TalkFilter = {
  /** Talks with this person. */
  counterpartId?: InputMaybe<Scalars['ID']['input']>;
  /** Only talks whose opinions were forwarded (true) or heard but not yet forwarded (false). */
  forwarded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<TalkKind>;
  /** Only the signed-in cadre's own records (the 'my records' page). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Records of this person. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of a heart-to-heart talk (S5). */
export type TalkKind =
  /** 支部负责人与党员谈心 · branch head with a member */
  | 'BRANCH'
  /** 日常谈心 · everyday talk */
  | 'DAILY'
  /** 民主生活会谈心 · round before a democratic life meeting */
  | 'LIFE_MEETING'
  /** 与联系群众谈心 · with the masses */
  | 'MASSES'
  /** 班子成员两两谈心 · pairwise between team members */
  | 'PAIRWISE';

export type TalkPage = {
  items: Array<Talk>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type TopicStatus =
  /** 已审定 · approved */
  | 'APPROVED'
  /** 已提出 · proposed */
  | 'PROPOSED';

export type UnitCompliance = {
  asOf: Scalars['Date']['output'];
  /** The roll-up one level down. */
  children: Array<UnitComplianceChild>;
  name: Scalars['String']['output'];
  /** Share of applicable subject-rule pairs MET or ON_TRACK; null when none applies. */
  rate?: Maybe<Scalars['Float']['output']>;
  rules: Array<UnitRuleSummary>;
  unitId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

export type UnitComplianceChild = {
  applicable: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
  missed: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Null when no rule applies below it. */
  rate?: Maybe<Scalars['Float']['output']>;
  unitId: Scalars['ID']['output'];
};

/** Flags a unit carries for the rules. */
export type UnitFlag =
  /** 信访任务重 · Heavy petition load */
  | 'HEAVY_PETITION_LOAD'
  /** 后进 · Lagging */
  | 'LAGGING';

export type UnitRuleSummary = {
  /** Subject-rule pairs the rule applies to (advisory rules excluded). */
  applicable: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  missed: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  ruleId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type UpdateBranchPairingInput = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  goal?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** What was committed; the steps have their own mutation. */
export type UpdateCommitmentInput = {
  category?: InputMaybe<Sector>;
  content?: InputMaybe<Scalars['String']['input']>;
  evaluationComment?: InputMaybe<Scalars['String']['input']>;
  fulfilment?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateCommunityRegistrationInput = {
  /** Set when the member moves away; null reopens it. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateCommunityServiceProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  projectName?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateContactLinkInput = {
  category?: InputMaybe<ContactCategory>;
  endReason?: InputMaybe<Scalars['String']['input']>;
  /** Ends the link (send null to reopen it). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  level?: InputMaybe<ContactLevel>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateContactVisitInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  days?: InputMaybe<Scalars['Float']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields given replace the stored ones; `consultations` replaces the whole list. */
export type UpdateDecisionInput = {
  consultations?: InputMaybe<Array<DecisionConsultationInput>>;
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  feedback?: InputMaybe<Scalars['String']['input']>;
  feedbackPublishedOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  proposedOn?: InputMaybe<Scalars['Date']['input']>;
  riskAssessedOn?: InputMaybe<Scalars['Date']['input']>;
  riskAssessment?: InputMaybe<Scalars['String']['input']>;
  riskLevel?: InputMaybe<RiskLevel>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateDeputyActivityInput = {
  deputyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  issuesRaised?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  peopleMet?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateDeputyDutyReportInput = {
  attendees?: InputMaybe<Scalars['Int']['input']>;
  evaluatedOn?: InputMaybe<Scalars['Date']['input']>;
  evaluationResult?: InputMaybe<DutyEvaluation>;
  note?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateDeputyPairingInput = {
  endReason?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Set to end the pairing. */
  to?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateDeputyTermInput = {
  electingUnitId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateDutyDayInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateExperienceInput = {
  diary?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ExperienceKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateFamilyVisitInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateHouseholdInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  flags?: InputMaybe<Array<HouseholdFlag>>;
  headName?: InputMaybe<Scalars['String']['input']>;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  /** A new full number; the masked value read back is never written. */
  phone?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateOpinionAnalysisInput = {
  findings?: InputMaybe<Scalars['String']['input']>;
  madeOn?: InputMaybe<Scalars['Date']['input']>;
  measures?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  periodFrom?: InputMaybe<Scalars['Date']['input']>;
  periodTo?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateOpinionChannelInput = {
  /** Set to close the channel; null reopens it. */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  contact?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OpinionChannelKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields given replace the stored ones; null clears an optional field. */
export type UpdateOpinionInput = {
  adoption?: InputMaybe<Adoption>;
  adoptionReason?: InputMaybe<Scalars['String']['input']>;
  answer?: InputMaybe<Scalars['String']['input']>;
  answeredOn?: InputMaybe<Scalars['Date']['input']>;
  content?: InputMaybe<Scalars['String']['input']>;
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  forwardedOn?: InputMaybe<Scalars['Date']['input']>;
  forwardedTo?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  submitterName?: InputMaybe<Scalars['String']['input']>;
  /** A new full number; the masked value read back is never written. */
  submitterPhone?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Only the fields given change. A new parentId moves the unit with its subtree. */
export type UpdateOrgUnitInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  flags?: InputMaybe<Array<UnitFlag>>;
  kind?: InputMaybe<OrgUnitKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  sector?: InputMaybe<Sector>;
  /** The version you read; a different current version gives CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePersonInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  education?: InputMaybe<EducationLevel>;
  gender?: InputMaybe<Gender>;
  grassrootsExperience?: InputMaybe<Scalars['Boolean']['input']>;
  homeCommunityId?: InputMaybe<Scalars['ID']['input']>;
  /** A new full ID number; the masked value read back is never written. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  partyJoinedOn?: InputMaybe<Scalars['Date']['input']>;
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new full number; the masked value read back is never written. */
  phone?: InputMaybe<Scalars['String']['input']>;
  rank?: InputMaybe<Rank>;
  reserveCadre?: InputMaybe<Scalars['Boolean']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePositionInput = {
  branchHead?: InputMaybe<Scalars['Boolean']['input']>;
  deptHead?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  leadershipTeam?: InputMaybe<Scalars['Boolean']['input']>;
  partySecretary?: InputMaybe<Scalars['Boolean']['input']>;
  principal?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Set to end the post; null reopens it. */
  to?: InputMaybe<Scalars['Date']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateReceptionDayInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  endTime?: InputMaybe<Scalars['String']['input']>;
  jointDepartments?: InputMaybe<Array<Scalars['String']['input']>>;
  mode?: InputMaybe<ReceptionMode>;
  note?: InputMaybe<Scalars['String']['input']>;
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  place?: InputMaybe<Scalars['String']['input']>;
  span?: InputMaybe<ReceptionSpan>;
  startTime?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateResearchReportInput = {
  fileRef?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  submittedTo?: InputMaybe<ReportRecipient>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
  written?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateResearchTopicInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  plan?: InputMaybe<Scalars['String']['input']>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateResearchTripInput = {
  days?: InputMaybe<Scalars['Float']['input']>;
  /** Send null to make it a one-day trip. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  findings?: InputMaybe<Scalars['String']['input']>;
  householdsVisitedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  noDisturbance?: InputMaybe<Scalars['Boolean']['input']>;
  noReception?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  stationed?: InputMaybe<Scalars['Boolean']['input']>;
  travelLight?: InputMaybe<Scalars['Boolean']['input']>;
  unitsVisitedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The version you read: a concurrent change answers CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateSecondmentAssessmentInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  result?: InputMaybe<AssessmentResult>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateSecondmentInput = {
  eligibilityOverrideReason?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  fromPost?: InputMaybe<Scalars['String']['input']>;
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  leftOriginalPost?: InputMaybe<Scalars['Boolean']['input']>;
  livesAtGrassroots?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  outstandingGraduate?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<SecondmentRole>;
  toPost?: InputMaybe<Scalars['String']['input']>;
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateServicePairingInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  station?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateTalkInput = {
  counterpartId?: InputMaybe<Scalars['ID']['input']>;
  forwardedOn?: InputMaybe<Scalars['Date']['input']>;
  forwardedToId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<TalkKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  opinions?: InputMaybe<Scalars['String']['input']>;
  participants?: InputMaybe<Scalars['String']['input']>;
  round?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateUserInput = {
  /** A disabled user cannot sign in; their sessions end. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Sets a new password; the user's sessions end. */
  password?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Corrections to the registration form while the case is only registered. */
export type UpdateVisitCaseRegistrationInput = {
  category?: InputMaybe<VisitCaseCategory>;
  matter?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Only a draft or a returned report can be changed. */
export type UpdateYearEndReportInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An account that signs in. */
export type User = {
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The person this account belongs to (a cadre's own records). */
  personId?: Maybe<Scalars['ID']['output']>;
  role: Role;
  /** The user acts only within this unit's subtree. */
  scopeUnitId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type UserFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Username or display name contains this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
};

export type UserPage = {
  items: Array<User>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** Who the current credential belongs to. */
export type Viewer = {
  /** USER or TOKEN. */
  kind: Scalars['String']['output'];
  scopeUnitId: Scalars['ID']['output'];
  /** The API token's name. */
  tokenName?: Maybe<Scalars['String']['output']>;
  user?: Maybe<SessionUser>;
};

/** A petition visit case with its four forms and the conversation record (四单一记录). */
export type VisitCase = {
  acceptDueOn: Scalars['Date']['output'];
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  archivedOn?: Maybe<Scalars['Date']['output']>;
  assignedOn?: Maybe<Scalars['Date']['output']>;
  assignmentInstruction?: Maybe<Scalars['String']['output']>;
  category: VisitCaseCategory;
  /** PETITION or LEGAL (S4.LEGAL). */
  channel?: Maybe<Scalars['String']['output']>;
  /** Each deadline of the 2022 regulation and how it stands. */
  clocks: Array<VisitCaseClock>;
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** A collective visit (S4.COLLECTIVE). */
  collective: Scalars['Boolean']['output'];
  conversationOn?: Maybe<Scalars['Date']['output']>;
  /** The conversation record (接谈记录). */
  conversationRecord?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedOn?: Maybe<Scalars['Date']['output']>;
  decision?: Maybe<VisitCaseDecision>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  extendedOn?: Maybe<Scalars['Date']['output']>;
  extensionDays?: Maybe<Scalars['Int']['output']>;
  extensionReason?: Maybe<Scalars['String']['output']>;
  handleDueOn?: Maybe<Scalars['Date']['output']>;
  handlingUnit?: Maybe<OrgUnit>;
  handlingUnitId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  matter: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  objections: Array<VisitCaseObjection>;
  /** Day of registration (登记单). */
  occurredOn: Scalars['Date']['output'];
  receivedByLeader: Scalars['Boolean']['output'];
  /** Who received the visitors; null outside your scope. */
  receiver?: Maybe<Person>;
  /** Who received the visitors. */
  receiverId?: Maybe<Scalars['ID']['output']>;
  /** S4.LEVEL: the level a cross-level petition was referred to. */
  redirectedTo?: Maybe<Scalars['String']['output']>;
  repliedOn?: Maybe<Scalars['Date']['output']>;
  /** The reply given to the visitor (办结必复). */
  reply?: Maybe<Scalars['String']['output']>;
  /** Representatives of a collective visit (at most five). */
  representatives: Array<MaskedVisitor>;
  responsiblePerson?: Maybe<Person>;
  responsiblePersonId?: Maybe<Scalars['ID']['output']>;
  result?: Maybe<Scalars['String']['output']>;
  satisfaction?: Maybe<Satisfaction>;
  state: VisitCaseState;
  supervisions: Array<VisitCaseSupervision>;
  unit?: Maybe<OrgUnit>;
  /** The unit that registered it: the case is scoped by it. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  visitorCount: Scalars['Int']['output'];
  visitors: Array<MaskedVisitor>;
  /** Deadline warnings (S4.SLA.*). */
  warnings: Array<RuleViolation>;
  withdrawReason?: Maybe<Scalars['String']['output']>;
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
};

/** Category of the matter. */
export type VisitCaseCategory =
  /** 申诉求决 */
  | 'CLAIM_COMPLAINT'
  /** 涉法涉诉 */
  | 'LITIGATION'
  /** 检举控告 */
  | 'MISCONDUCT_REPORT'
  /** 建议意见 */
  | 'SUGGESTION';

export type VisitCaseClock = {
  /** Days left until due (negative: overdue); null once stopped. */
  daysLeft?: Maybe<Scalars['Int']['output']>;
  dueOn: Scalars['Date']['output'];
  kind: VisitCaseClockKind;
  startedOn: Scalars['Date']['output'];
  status: VisitCaseClockStatus;
  stoppedOn?: Maybe<Scalars['Date']['output']>;
};

/** A deadline of the 2022 regulation. */
export type VisitCaseClockKind =
  /** 受理告知期限 */
  | 'ACCEPT'
  /** 办理期限 */
  | 'HANDLE'
  /** 交办异议期限（工作日） */
  | 'OBJECTION';

/** How a deadline stands. */
export type VisitCaseClockStatus =
  /** 即将到期 */
  | 'DUE_SOON'
  /** 超期完成 */
  | 'LATE'
  /** 按期完成 */
  | 'MET'
  /** 已超期 */
  | 'OVERDUE'
  /** 进行中 */
  | 'RUNNING';

/** The deadlines in force (信访工作条例 2022 by default). */
export type VisitCaseDeadlines = {
  acceptWithinDays: Scalars['Int']['output'];
  /** A clock with this many days or fewer left is due soon. */
  dueSoonDays: Scalars['Int']['output'];
  handleWithinDays: Scalars['Int']['output'];
  maxExtensionDays: Scalars['Int']['output'];
  /** Working days to object to an assignment. */
  objectionWorkingDays: Scalars['Int']['output'];
};

/** The acceptance decision. */
export type VisitCaseDecision =
  /** 受理 */
  | 'ACCEPTED'
  /** 越级，不予受理并引导到有权处理的层级（S4.LEVEL） */
  | 'CROSS_LEVEL'
  /** 涉法涉诉，导入法律程序（S4.LEGAL） */
  | 'LEGAL_CHANNEL';

export type VisitCaseFilter = {
  category?: InputMaybe<VisitCaseCategory>;
  /** OVERDUE or DUE_SOON: open cases whose running clock is so. */
  clock?: InputMaybe<VisitCaseClockStatus>;
  /** Registered on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Assigned to this unit. */
  handlingUnitId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The matter contains this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Cases in any of these states. */
  states?: InputMaybe<Array<VisitCaseState>>;
  /** Registered on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Registered by this unit or a unit under it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
};

/** An objection to an assignment, which sent the case back for reassignment. */
export type VisitCaseObjection = {
  date: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
};

export type VisitCasePage = {
  items: Array<VisitCase>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** Where a visit case stands (S4.FORMS). */
export type VisitCaseState =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已归档 */
  | 'ARCHIVED'
  /** 已交办 */
  | 'ASSIGNED'
  /** 已办结 */
  | 'CLOSED'
  /** 不予受理（越级，已引导） */
  | 'NOT_ACCEPTED'
  /** 已登记 */
  | 'REGISTERED'
  /** 导入法律程序 */
  | 'ROUTED_LEGAL'
  /** 督办中 */
  | 'SUPERVISED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** A supervision form (督办单). */
export type VisitCaseSupervision = {
  date: Scalars['Date']['output'];
  instruction: Scalars['String']['output'];
  /** 1 for the first form. */
  number: Scalars['Int']['output'];
  progress?: Maybe<Scalars['String']['output']>;
  supervisor: Scalars['String']['output'];
};

export type VisitorInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type WithdrawVisitCaseInput = {
  date: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** China's public holidays and adjusted working days (调休) of one year. */
export type WorkCalendarYear = {
  /** False while the built-in list is in force. */
  edited: Scalars['Boolean']['output'];
  holidays: Array<CalendarDate>;
  /** Weekend days that are working days. */
  workdays: Array<CalendarDate>;
  year: Scalars['Int']['output'];
};

export type YearEndFigures = {
  asOf: Scalars['Date']['output'];
  rate?: Maybe<Scalars['Float']['output']>;
  /** Systems with at least one applicable rule, S1 … S10, G. */
  systems: Array<YearEndSystemFigures>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A farm's or direct unit's year-end report to the bureau Party committee (G.YEAR_END). */
export type YearEndReport = {
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  draftedOn: Scalars['Date']['output'];
  /** The unit's figures for the report's year, computed now (actual vs quota per system and rule, and the gaps). */
  figures: YearEndFigures;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The bureau committee's comments when returned or accepted. */
  reviewComments?: Maybe<Scalars['String']['output']>;
  reviewedOn?: Maybe<Scalars['Date']['output']>;
  status: YearEndReportStatus;
  submittedOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  unit?: Maybe<OrgUnit>;
  /** The owning unit: the organising unit, or the person's unit for a person's record. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back on update: a changed row answers CONFLICT. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type YearEndReportFilter = {
  /** Dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  statuses?: InputMaybe<Array<YearEndReportStatus>>;
  /** Dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Records owned by this unit or any unit below it. */
  underId?: InputMaybe<Scalars['ID']['input']>;
  /** Records owned by this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type YearEndReportPage = {
  items: Array<YearEndReport>;
  /** Rows matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** Where a year-end report stands. */
export type YearEndReportStatus =
  /** 已审阅通过 · Accepted */
  | 'ACCEPTED'
  /** 草稿 · Draft */
  | 'DRAFT'
  /** 退回修改 · Returned with comments */
  | 'RETURNED'
  /** 已报送 · Submitted */
  | 'SUBMITTED';

export type YearEndReportStepInput = {
  /** Required when returning a report. */
  comments?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type YearEndRuleFigures = {
  /** Sum of the actuals over the subjects the rule applies to. */
  actual: Scalars['Float']['output'];
  /** Subject-rule pairs the rule applies to (advisory rules excluded). */
  applicable: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  /** What is still missing: the sum over subjects of max(0, required − actual). */
  gap: Scalars['Float']['output'];
  /** QUOTA, COVERAGE, CONSTRAINT, WORKFLOW. */
  kind: Scalars['String']['output'];
  met: Scalars['Int']['output'];
  missed: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  /** Sum of the (pro-rated) quotas. */
  required: Scalars['Float']['output'];
  ruleId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type YearEndSystemFigures = {
  /** Subject-rule pairs the rule applies to (advisory rules excluded). */
  applicable: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  missed: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  /** Share MET or ON_TRACK; null when nothing applies. */
  rate?: Maybe<Scalars['Float']['output']>;
  rules: Array<YearEndRuleFigures>;
  system: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type OrgUnitFieldsFragment = { id: string, name: string, code: string, kind: OrgUnitKind, parentId?: string | null, flags: Array<UnitFlag>, sector?: Sector | null, depth: number, childCount: number, householdCount: number, personCount: number, version: number, createdAt: string, updatedAt: string };

export type OrgUnitDetailFragment = { id: string, name: string, code: string, kind: OrgUnitKind, parentId?: string | null, flags: Array<UnitFlag>, sector?: Sector | null, depth: number, childCount: number, householdCount: number, personCount: number, version: number, createdAt: string, updatedAt: string, parent?: { id: string, name: string, kind: OrgUnitKind } | null, ancestors: Array<{ id: string, name: string, kind: OrgUnitKind }> };

export type HouseholdFieldsFragment = { id: string, unitId: string, headName: string, address: string, phone?: string | null, memberCount?: number | null, flags: Array<HouseholdFlag>, version: number, createdAt: string, updatedAt: string };

export type PositionFieldsFragment = { id: string, personId: string, unitId: string, title: string, from: string, to?: string | null, leadershipTeam: boolean, principal: boolean, partySecretary: boolean, branchHead: boolean, deptHead: boolean, version: number, unit?: { id: string, name: string, kind: OrgUnitKind, flags: Array<UnitFlag> } | null };

export type DeputyTermFieldsFragment = { id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number };

export type PersonFieldsFragment = { id: string, name: string, gender: Gender, birthDate: string, education?: EducationLevel | null, partyMember: boolean, partyJoinedOn?: string | null, rank: Rank, reserveCadre: boolean, grassrootsExperience: boolean, homeCommunityId?: string | null, idNumber?: string | null, phone?: string | null, unitId: string, version: number, createdAt: string, updatedAt: string, profiles: Array<ProfileKey>, positions: Array<{ id: string, personId: string, unitId: string, title: string, from: string, to?: string | null, leadershipTeam: boolean, principal: boolean, partySecretary: boolean, branchHead: boolean, deptHead: boolean, version: number, unit?: { id: string, name: string, kind: OrgUnitKind, flags: Array<UnitFlag> } | null }>, deputyTerms: Array<{ id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number }> };

export type OrgUnitsQueryVariables = Exact<{
  filter?: InputMaybe<OrgUnitFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrgUnitsQuery = { orgUnits: { total: number, items: Array<{ id: string, name: string, code: string, kind: OrgUnitKind, parentId?: string | null, flags: Array<UnitFlag>, sector?: Sector | null, depth: number, childCount: number, householdCount: number, personCount: number, version: number, createdAt: string, updatedAt: string }> } };

export type OrgUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgUnitQuery = { orgUnit: { id: string, name: string, code: string, kind: OrgUnitKind, parentId?: string | null, flags: Array<UnitFlag>, sector?: Sector | null, depth: number, childCount: number, householdCount: number, personCount: number, version: number, createdAt: string, updatedAt: string, parent?: { id: string, name: string, kind: OrgUnitKind } | null, ancestors: Array<{ id: string, name: string, kind: OrgUnitKind }> } };

export type OrgUnitPathsQueryVariables = Exact<{
  q: Scalars['String']['input'];
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrgUnitPathsQuery = { orgUnits: { total: number, items: Array<{ id: string, name: string, kind: OrgUnitKind, ancestors: Array<{ id: string }> }> } };

export type CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateOrgUnitMutation = { createOrgUnit: { id: string, name: string, code: string, kind: OrgUnitKind, parentId?: string | null, flags: Array<UnitFlag>, sector?: Sector | null, depth: number, childCount: number, householdCount: number, personCount: number, version: number, createdAt: string, updatedAt: string, parent?: { id: string, name: string, kind: OrgUnitKind } | null, ancestors: Array<{ id: string, name: string, kind: OrgUnitKind }> } };

export type UpdateOrgUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrgUnitInput;
}>;


export type UpdateOrgUnitMutation = { updateOrgUnit: { id: string, name: string, code: string, kind: OrgUnitKind, parentId?: string | null, flags: Array<UnitFlag>, sector?: Sector | null, depth: number, childCount: number, householdCount: number, personCount: number, version: number, createdAt: string, updatedAt: string, parent?: { id: string, name: string, kind: OrgUnitKind } | null, ancestors: Array<{ id: string, name: string, kind: OrgUnitKind }> } };

export type DeleteOrgUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOrgUnitMutation = { deleteOrgUnit: { id: string } };

export type HouseholdsQueryVariables = Exact<{
  filter?: InputMaybe<HouseholdFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HouseholdsQuery = { households: { total: number, items: Array<{ id: string, unitId: string, headName: string, address: string, phone?: string | null, memberCount?: number | null, flags: Array<HouseholdFlag>, version: number, createdAt: string, updatedAt: string }> } };

export type HouseholdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HouseholdQuery = { household: { id: string, unitId: string, headName: string, address: string, phone?: string | null, memberCount?: number | null, flags: Array<HouseholdFlag>, version: number, createdAt: string, updatedAt: string } };

export type CreateHouseholdMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type CreateHouseholdMutation = { createHousehold: { id: string, unitId: string, headName: string, address: string, phone?: string | null, memberCount?: number | null, flags: Array<HouseholdFlag>, version: number, createdAt: string, updatedAt: string } };

export type UpdateHouseholdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateHouseholdInput;
}>;


export type UpdateHouseholdMutation = { updateHousehold: { id: string, unitId: string, headName: string, address: string, phone?: string | null, memberCount?: number | null, flags: Array<HouseholdFlag>, version: number, createdAt: string, updatedAt: string } };

export type DeleteHouseholdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteHouseholdMutation = { deleteHousehold: { id: string } };

export type PeopleQueryVariables = Exact<{
  filter?: InputMaybe<PersonFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PeopleQuery = { people: { total: number, items: Array<{ id: string, name: string, gender: Gender, birthDate: string, education?: EducationLevel | null, partyMember: boolean, partyJoinedOn?: string | null, rank: Rank, reserveCadre: boolean, grassrootsExperience: boolean, homeCommunityId?: string | null, idNumber?: string | null, phone?: string | null, unitId: string, version: number, createdAt: string, updatedAt: string, profiles: Array<ProfileKey>, positions: Array<{ id: string, personId: string, unitId: string, title: string, from: string, to?: string | null, leadershipTeam: boolean, principal: boolean, partySecretary: boolean, branchHead: boolean, deptHead: boolean, version: number, unit?: { id: string, name: string, kind: OrgUnitKind, flags: Array<UnitFlag> } | null }>, deputyTerms: Array<{ id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number }> }> } };

export type PersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonQuery = { person: { id: string, name: string, gender: Gender, birthDate: string, education?: EducationLevel | null, partyMember: boolean, partyJoinedOn?: string | null, rank: Rank, reserveCadre: boolean, grassrootsExperience: boolean, homeCommunityId?: string | null, idNumber?: string | null, phone?: string | null, unitId: string, version: number, createdAt: string, updatedAt: string, profiles: Array<ProfileKey>, positions: Array<{ id: string, personId: string, unitId: string, title: string, from: string, to?: string | null, leadershipTeam: boolean, principal: boolean, partySecretary: boolean, branchHead: boolean, deptHead: boolean, version: number, unit?: { id: string, name: string, kind: OrgUnitKind, flags: Array<UnitFlag> } | null }>, deputyTerms: Array<{ id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, name: string, gender: Gender, birthDate: string, education?: EducationLevel | null, partyMember: boolean, partyJoinedOn?: string | null, rank: Rank, reserveCadre: boolean, grassrootsExperience: boolean, homeCommunityId?: string | null, idNumber?: string | null, phone?: string | null, unitId: string, version: number, createdAt: string, updatedAt: string, profiles: Array<ProfileKey>, positions: Array<{ id: string, personId: string, unitId: string, title: string, from: string, to?: string | null, leadershipTeam: boolean, principal: boolean, partySecretary: boolean, branchHead: boolean, deptHead: boolean, version: number, unit?: { id: string, name: string, kind: OrgUnitKind, flags: Array<UnitFlag> } | null }>, deputyTerms: Array<{ id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number }> } };

export type UpdatePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string, gender: Gender, birthDate: string, education?: EducationLevel | null, partyMember: boolean, partyJoinedOn?: string | null, rank: Rank, reserveCadre: boolean, grassrootsExperience: boolean, homeCommunityId?: string | null, idNumber?: string | null, phone?: string | null, unitId: string, version: number, createdAt: string, updatedAt: string, profiles: Array<ProfileKey>, positions: Array<{ id: string, personId: string, unitId: string, title: string, from: string, to?: string | null, leadershipTeam: boolean, principal: boolean, partySecretary: boolean, branchHead: boolean, deptHead: boolean, version: number, unit?: { id: string, name: string, kind: OrgUnitKind, flags: Array<UnitFlag> } | null }>, deputyTerms: Array<{ id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number }> } };

export type DeletePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePersonMutation = { deletePerson: { id: string } };

export type CreatePositionMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type CreatePositionMutation = { createPosition: { id: string, personId: string, unitId: string, title: string, from: string, to?: string | null, leadershipTeam: boolean, principal: boolean, partySecretary: boolean, branchHead: boolean, deptHead: boolean, version: number, unit?: { id: string, name: string, kind: OrgUnitKind, flags: Array<UnitFlag> } | null } };

export type UpdatePositionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
}>;


export type UpdatePositionMutation = { updatePosition: { id: string, personId: string, unitId: string, title: string, from: string, to?: string | null, leadershipTeam: boolean, principal: boolean, partySecretary: boolean, branchHead: boolean, deptHead: boolean, version: number, unit?: { id: string, name: string, kind: OrgUnitKind, flags: Array<UnitFlag> } | null } };

export type DeletePositionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePositionMutation = { deletePosition: { id: string } };

export type DeputyTermsQueryVariables = Exact<{
  filter?: InputMaybe<DeputyTermFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeputyTermsQuery = { deputyTerms: { total: number, items: Array<{ id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number }> } };

export type DeputyTermQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeputyTermQuery = { deputyTerm: { id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number } };

export type CreateDeputyTermMutationVariables = Exact<{
  input: CreateDeputyTermInput;
}>;


export type CreateDeputyTermMutation = { createDeputyTerm: { id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number } };

export type UpdateDeputyTermMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDeputyTermInput;
}>;


export type UpdateDeputyTermMutation = { updateDeputyTerm: { id: string, personId: string, electingUnitId: string, from: string, to?: string | null, version: number } };

export type DeleteDeputyTermMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDeputyTermMutation = { deleteDeputyTerm: { id: string } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, username: string, displayName: string, role: Role, scopeUnitId: string, personId?: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { kind: string, scopeUnitId: string, user?: { id: string, username: string, displayName: string, role: Role, scopeUnitId: string, personId?: string | null } | null } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UserFieldsFragment = { id: string, username: string, displayName: string, role: Role, scopeUnitId: string, personId?: string | null, disabled: boolean, version: number, createdAt: string };

export type UsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UsersQuery = { users: { total: number, items: Array<{ id: string, username: string, displayName: string, role: Role, scopeUnitId: string, personId?: string | null, disabled: boolean, version: number, createdAt: string }> } };

export type UserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserQuery = { user: { id: string, username: string, displayName: string, role: Role, scopeUnitId: string, personId?: string | null, disabled: boolean, version: number, createdAt: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, role: Role, scopeUnitId: string, personId?: string | null, disabled: boolean, version: number, createdAt: string } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, role: Role, scopeUnitId: string, personId?: string | null, disabled: boolean, version: number, createdAt: string } };

export type ApiTokenFieldsFragment = { id: string, name: string, prefix: string, scopeUnitId: string, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, version: number };

export type ApiTokensQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ApiTokensQuery = { apiTokens: { total: number, items: Array<{ id: string, name: string, prefix: string, scopeUnitId: string, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, version: number }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, prefix: string, scopeUnitId: string, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, version: number } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, prefix: string, scopeUnitId: string, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, version: number } };

export type AuditLogsQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditLogsQuery = { auditLogs: { total: number, items: Array<{ id: string, at: string, actor: string, actorName: string, entity: string, entityId: string, action: string, changes: any, requestId?: string | null }> } };

export type PersonPersonalDataQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonPersonalDataQuery = { personPersonalData: { id: string, phone?: string | null, idNumber?: string | null } };

export type HouseholdPersonalDataQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HouseholdPersonalDataQuery = { householdPersonalData: { id: string, phone?: string | null } };

export type RulesQueryVariables = Exact<{
  system?: InputMaybe<Scalars['String']['input']>;
}>;


export type RulesQuery = { rules: Array<{ id: string, system: string, kind: string, titleZh: string, titleEn: string, citation: string, period: string, implied: boolean, threshold: { min: number, max?: number | null } }> };

export type UnitComplianceQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  system?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitComplianceQuery = { unitCompliance: { unitId: string, name: string, year: number, asOf: string, rate?: number | null, rules: Array<{ ruleId: string, title: string, applicable: number, met: number, onTrack: number, atRisk: number, missed: number }>, children: Array<{ unitId: string, name: string, kind: string, rate?: number | null, applicable: number, atRisk: number, missed: number }> } };

export type PersonComplianceQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type PersonComplianceQuery = { personCompliance: Array<{ ruleId: string, system: string, kind: string, title: string, status: string, actual: number, required: number, evidenceIds: Array<string>, missing: Array<string>, explanation: string, periodStart: string, periodEnd: string, evidence: Array<{ id: string, kind: string, kindTitle: string, date: string }>, warnings: Array<{ code: string, message: string, severity: string }> }> };

export type ComplianceRowsQueryVariables = Exact<{
  filter?: InputMaybe<ComplianceRowFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ComplianceRowsQuery = { complianceRows: Array<{ unitId: string, unitName: string, personId?: string | null, personName?: string | null, ruleId: string, ruleTitle: string, system: string, status: string, actual: number, required: number, year: number, asOf: string }> };

export type LocalRuleFieldsFragment = { id: string, unitId: string, ruleId: string, effectiveFrom: string, effectiveTo?: string | null, thresholdMin?: number | null, thresholdMax?: number | null, options?: any | null, reason: string, version: number };

export type LocalRulesQueryVariables = Exact<{
  filter?: InputMaybe<LocalRuleFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LocalRulesQuery = { localRules: { total: number, items: Array<{ id: string, unitId: string, ruleId: string, effectiveFrom: string, effectiveTo?: string | null, thresholdMin?: number | null, thresholdMax?: number | null, options?: any | null, reason: string, version: number }> } };

export type CreateLocalRuleMutationVariables = Exact<{
  input: CreateLocalRuleInput;
}>;


export type CreateLocalRuleMutation = { createLocalRule: { id: string, unitId: string, ruleId: string, effectiveFrom: string, effectiveTo?: string | null, thresholdMin?: number | null, thresholdMax?: number | null, options?: any | null, reason: string, version: number } };

export type EndLocalRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  effectiveTo: Scalars['Date']['input'];
}>;


export type EndLocalRuleMutation = { endLocalRule: { id: string, unitId: string, ruleId: string, effectiveFrom: string, effectiveTo?: string | null, thresholdMin?: number | null, thresholdMax?: number | null, options?: any | null, reason: string, version: number } };

export type EffectiveRulesQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
}>;


export type EffectiveRulesQuery = { effectiveRules: Array<{ ruleId: string, title: string, baseMin: number, baseMax?: number | null, min: number, max?: number | null, differs: boolean, localRuleIds: Array<string> }> };

export type ResearchTripFieldsFragment = { createdAt: string, days: number, endsOn?: string | null, findings?: string | null, householdsVisitedIds: Array<string>, id: string, noDisturbance: boolean, noReception: boolean, note?: string | null, occurredOn: string, personId?: string | null, purpose?: string | null, stationed: boolean, travelLight: boolean, unitId: string, unitsVisitedIds: Array<string>, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string }, unitsVisited: Array<{ id: string, name: string }>, warnings: Array<{ code: string, message: string, severity: string }> };

export type ResearchTripsQueryVariables = Exact<{
  filter?: InputMaybe<ResearchTripFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ResearchTripsQuery = { researchTrips: { total: number, items: Array<{ createdAt: string, days: number, endsOn?: string | null, findings?: string | null, householdsVisitedIds: Array<string>, id: string, noDisturbance: boolean, noReception: boolean, note?: string | null, occurredOn: string, personId?: string | null, purpose?: string | null, stationed: boolean, travelLight: boolean, unitId: string, unitsVisitedIds: Array<string>, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string }, unitsVisited: Array<{ id: string, name: string }>, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type ResearchTripQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResearchTripQuery = { researchTrip: { createdAt: string, days: number, endsOn?: string | null, findings?: string | null, householdsVisitedIds: Array<string>, id: string, noDisturbance: boolean, noReception: boolean, note?: string | null, occurredOn: string, personId?: string | null, purpose?: string | null, stationed: boolean, travelLight: boolean, unitId: string, unitsVisitedIds: Array<string>, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string }, unitsVisited: Array<{ id: string, name: string }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateResearchTripMutationVariables = Exact<{
  input: CreateResearchTripInput;
}>;


export type CreateResearchTripMutation = { createResearchTrip: { createdAt: string, days: number, endsOn?: string | null, findings?: string | null, householdsVisitedIds: Array<string>, id: string, noDisturbance: boolean, noReception: boolean, note?: string | null, occurredOn: string, personId?: string | null, purpose?: string | null, stationed: boolean, travelLight: boolean, unitId: string, unitsVisitedIds: Array<string>, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string }, unitsVisited: Array<{ id: string, name: string }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateResearchTripMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateResearchTripInput;
}>;


export type UpdateResearchTripMutation = { updateResearchTrip: { createdAt: string, days: number, endsOn?: string | null, findings?: string | null, householdsVisitedIds: Array<string>, id: string, noDisturbance: boolean, noReception: boolean, note?: string | null, occurredOn: string, personId?: string | null, purpose?: string | null, stationed: boolean, travelLight: boolean, unitId: string, unitsVisitedIds: Array<string>, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string }, unitsVisited: Array<{ id: string, name: string }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteResearchTripMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteResearchTripMutation = { deleteResearchTrip: { id: string } };

export type ResearchTopicFieldsFragment = { approvedOn?: string | null, createdAt: string, id: string, major: boolean, note?: string | null, occurredOn: string, personId?: string | null, plan?: string | null, status: TopicStatus, teamIds: Array<string>, title: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, team: Array<{ id: string, name: string }>, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> };

export type ResearchTopicsQueryVariables = Exact<{
  filter?: InputMaybe<ResearchTopicFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ResearchTopicsQuery = { researchTopics: { total: number, items: Array<{ approvedOn?: string | null, createdAt: string, id: string, major: boolean, note?: string | null, occurredOn: string, personId?: string | null, plan?: string | null, status: TopicStatus, teamIds: Array<string>, title: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, team: Array<{ id: string, name: string }>, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type ResearchTopicQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResearchTopicQuery = { researchTopic: { approvedOn?: string | null, createdAt: string, id: string, major: boolean, note?: string | null, occurredOn: string, personId?: string | null, plan?: string | null, status: TopicStatus, teamIds: Array<string>, title: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, team: Array<{ id: string, name: string }>, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateResearchTopicMutationVariables = Exact<{
  input: CreateResearchTopicInput;
}>;


export type CreateResearchTopicMutation = { createResearchTopic: { approvedOn?: string | null, createdAt: string, id: string, major: boolean, note?: string | null, occurredOn: string, personId?: string | null, plan?: string | null, status: TopicStatus, teamIds: Array<string>, title: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, team: Array<{ id: string, name: string }>, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateResearchTopicMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateResearchTopicInput;
}>;


export type UpdateResearchTopicMutation = { updateResearchTopic: { approvedOn?: string | null, createdAt: string, id: string, major: boolean, note?: string | null, occurredOn: string, personId?: string | null, plan?: string | null, status: TopicStatus, teamIds: Array<string>, title: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, team: Array<{ id: string, name: string }>, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteResearchTopicMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteResearchTopicMutation = { deleteResearchTopic: { id: string } };

export type ResearchReportFieldsFragment = { createdAt: string, fileRef?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, routedTo: ReportRecipient, submittedTo?: ReportRecipient | null, summary?: string | null, title: string, topicId?: string | null, unitId: string, updatedAt: string, version: number, written: boolean, person?: { id: string, name: string } | null, topic?: { id: string, title: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> };

export type ResearchReportsQueryVariables = Exact<{
  filter?: InputMaybe<ResearchReportFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ResearchReportsQuery = { researchReports: { total: number, items: Array<{ createdAt: string, fileRef?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, routedTo: ReportRecipient, submittedTo?: ReportRecipient | null, summary?: string | null, title: string, topicId?: string | null, unitId: string, updatedAt: string, version: number, written: boolean, person?: { id: string, name: string } | null, topic?: { id: string, title: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type ResearchReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResearchReportQuery = { researchReport: { createdAt: string, fileRef?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, routedTo: ReportRecipient, submittedTo?: ReportRecipient | null, summary?: string | null, title: string, topicId?: string | null, unitId: string, updatedAt: string, version: number, written: boolean, person?: { id: string, name: string } | null, topic?: { id: string, title: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateResearchReportMutationVariables = Exact<{
  input: CreateResearchReportInput;
}>;


export type CreateResearchReportMutation = { createResearchReport: { createdAt: string, fileRef?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, routedTo: ReportRecipient, submittedTo?: ReportRecipient | null, summary?: string | null, title: string, topicId?: string | null, unitId: string, updatedAt: string, version: number, written: boolean, person?: { id: string, name: string } | null, topic?: { id: string, title: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateResearchReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateResearchReportInput;
}>;


export type UpdateResearchReportMutation = { updateResearchReport: { createdAt: string, fileRef?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, routedTo: ReportRecipient, submittedTo?: ReportRecipient | null, summary?: string | null, title: string, topicId?: string | null, unitId: string, updatedAt: string, version: number, written: boolean, person?: { id: string, name: string } | null, topic?: { id: string, title: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteResearchReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteResearchReportMutation = { deleteResearchReport: { id: string } };

export type ContactLinkFieldsFragment = { category: ContactCategory, createdAt: string, endReason?: string | null, endsOn?: string | null, id: string, level: ContactLevel, note?: string | null, occurredOn: string, personId?: string | null, targetHouseholdId?: string | null, targetUnitId?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null, targetUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> };

export type ContactLinksQueryVariables = Exact<{
  filter?: InputMaybe<ContactLinkFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContactLinksQuery = { contactLinks: { total: number, items: Array<{ category: ContactCategory, createdAt: string, endReason?: string | null, endsOn?: string | null, id: string, level: ContactLevel, note?: string | null, occurredOn: string, personId?: string | null, targetHouseholdId?: string | null, targetUnitId?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null, targetUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type ContactLinkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactLinkQuery = { contactLink: { category: ContactCategory, createdAt: string, endReason?: string | null, endsOn?: string | null, id: string, level: ContactLevel, note?: string | null, occurredOn: string, personId?: string | null, targetHouseholdId?: string | null, targetUnitId?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null, targetUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateContactLinkMutationVariables = Exact<{
  input: CreateContactLinkInput;
}>;


export type CreateContactLinkMutation = { createContactLink: { category: ContactCategory, createdAt: string, endReason?: string | null, endsOn?: string | null, id: string, level: ContactLevel, note?: string | null, occurredOn: string, personId?: string | null, targetHouseholdId?: string | null, targetUnitId?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null, targetUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateContactLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateContactLinkInput;
}>;


export type UpdateContactLinkMutation = { updateContactLink: { category: ContactCategory, createdAt: string, endReason?: string | null, endsOn?: string | null, id: string, level: ContactLevel, note?: string | null, occurredOn: string, personId?: string | null, targetHouseholdId?: string | null, targetUnitId?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null, targetUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteContactLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteContactLinkMutation = { deleteContactLink: { id: string } };

export type ContactVisitFieldsFragment = { content?: string | null, counts: boolean, createdAt: string, days: number, id: string, linkId: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } };

export type ContactVisitsQueryVariables = Exact<{
  filter?: InputMaybe<ContactVisitFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContactVisitsQuery = { contactVisits: { total: number, items: Array<{ content?: string | null, counts: boolean, createdAt: string, days: number, id: string, linkId: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } }> } };

export type ContactVisitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactVisitQuery = { contactVisit: { content?: string | null, counts: boolean, createdAt: string, days: number, id: string, linkId: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type CreateContactVisitMutationVariables = Exact<{
  input: CreateContactVisitInput;
}>;


export type CreateContactVisitMutation = { createContactVisit: { content?: string | null, counts: boolean, createdAt: string, days: number, id: string, linkId: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type UpdateContactVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateContactVisitInput;
}>;


export type UpdateContactVisitMutation = { updateContactVisit: { content?: string | null, counts: boolean, createdAt: string, days: number, id: string, linkId: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type DeleteContactVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteContactVisitMutation = { deleteContactVisit: { id: string } };

export type FamilyVisitFieldsFragment = { content?: string | null, createdAt: string, householdId: string, id: string, linkId?: string | null, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } };

export type FamilyVisitsQueryVariables = Exact<{
  filter?: InputMaybe<FamilyVisitFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FamilyVisitsQuery = { familyVisits: { total: number, items: Array<{ content?: string | null, createdAt: string, householdId: string, id: string, linkId?: string | null, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } }> } };

export type FamilyVisitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FamilyVisitQuery = { familyVisit: { content?: string | null, createdAt: string, householdId: string, id: string, linkId?: string | null, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type CreateFamilyVisitMutationVariables = Exact<{
  input: CreateFamilyVisitInput;
}>;


export type CreateFamilyVisitMutation = { createFamilyVisit: { content?: string | null, createdAt: string, householdId: string, id: string, linkId?: string | null, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type UpdateFamilyVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateFamilyVisitInput;
}>;


export type UpdateFamilyVisitMutation = { updateFamilyVisit: { content?: string | null, createdAt: string, householdId: string, id: string, linkId?: string | null, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, link?: { id: string, category: ContactCategory, targetUnit?: { id: string, name: string } | null, targetHousehold?: { id: string, headName: string } | null } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type DeleteFamilyVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteFamilyVisitMutation = { deleteFamilyVisit: { id: string } };

export type BranchPairingFieldsFragment = { branchId: string, createdAt: string, endsOn?: string | null, goal?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, branch?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } };

export type BranchPairingsQueryVariables = Exact<{
  filter?: InputMaybe<BranchPairingFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BranchPairingsQuery = { branchPairings: { total: number, items: Array<{ branchId: string, createdAt: string, endsOn?: string | null, goal?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, branch?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } }> } };

export type BranchPairingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BranchPairingQuery = { branchPairing: { branchId: string, createdAt: string, endsOn?: string | null, goal?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, branch?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type CreateBranchPairingMutationVariables = Exact<{
  input: CreateBranchPairingInput;
}>;


export type CreateBranchPairingMutation = { createBranchPairing: { branchId: string, createdAt: string, endsOn?: string | null, goal?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, branch?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type UpdateBranchPairingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateBranchPairingInput;
}>;


export type UpdateBranchPairingMutation = { updateBranchPairing: { branchId: string, createdAt: string, endsOn?: string | null, goal?: string | null, id: string, note?: string | null, occurredOn: string, personId?: string | null, unitId: string, updatedAt: string, version: number, branch?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type DeleteBranchPairingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteBranchPairingMutation = { deleteBranchPairing: { id: string } };

export type SecondmentFieldsFragment = { createdAt: string, eligibilityOverrideReason?: string | null, endsOn?: string | null, fromPost?: string | null, fromUnitId?: string | null, id: string, leftOriginalPost: boolean, livesAtGrassroots: boolean, note?: string | null, occurredOn: string, outstandingGraduate: boolean, personId?: string | null, role: SecondmentRole, toPost: string, toUnitId: string, unitId: string, updatedAt: string, version: number, fromUnit?: { id: string, name: string } | null, person?: { id: string, name: string } | null, toUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> };

export type SecondmentsQueryVariables = Exact<{
  filter?: InputMaybe<SecondmentFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SecondmentsQuery = { secondments: { total: number, items: Array<{ createdAt: string, eligibilityOverrideReason?: string | null, endsOn?: string | null, fromPost?: string | null, fromUnitId?: string | null, id: string, leftOriginalPost: boolean, livesAtGrassroots: boolean, note?: string | null, occurredOn: string, outstandingGraduate: boolean, personId?: string | null, role: SecondmentRole, toPost: string, toUnitId: string, unitId: string, updatedAt: string, version: number, fromUnit?: { id: string, name: string } | null, person?: { id: string, name: string } | null, toUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type SecondmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SecondmentQuery = { secondment: { createdAt: string, eligibilityOverrideReason?: string | null, endsOn?: string | null, fromPost?: string | null, fromUnitId?: string | null, id: string, leftOriginalPost: boolean, livesAtGrassroots: boolean, note?: string | null, occurredOn: string, outstandingGraduate: boolean, personId?: string | null, role: SecondmentRole, toPost: string, toUnitId: string, unitId: string, updatedAt: string, version: number, fromUnit?: { id: string, name: string } | null, person?: { id: string, name: string } | null, toUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateSecondmentMutationVariables = Exact<{
  input: CreateSecondmentInput;
}>;


export type CreateSecondmentMutation = { createSecondment: { createdAt: string, eligibilityOverrideReason?: string | null, endsOn?: string | null, fromPost?: string | null, fromUnitId?: string | null, id: string, leftOriginalPost: boolean, livesAtGrassroots: boolean, note?: string | null, occurredOn: string, outstandingGraduate: boolean, personId?: string | null, role: SecondmentRole, toPost: string, toUnitId: string, unitId: string, updatedAt: string, version: number, fromUnit?: { id: string, name: string } | null, person?: { id: string, name: string } | null, toUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateSecondmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSecondmentInput;
}>;


export type UpdateSecondmentMutation = { updateSecondment: { createdAt: string, eligibilityOverrideReason?: string | null, endsOn?: string | null, fromPost?: string | null, fromUnitId?: string | null, id: string, leftOriginalPost: boolean, livesAtGrassroots: boolean, note?: string | null, occurredOn: string, outstandingGraduate: boolean, personId?: string | null, role: SecondmentRole, toPost: string, toUnitId: string, unitId: string, updatedAt: string, version: number, fromUnit?: { id: string, name: string } | null, person?: { id: string, name: string } | null, toUnit?: { id: string, name: string } | null, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteSecondmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSecondmentMutation = { deleteSecondment: { id: string } };

export type SecondmentAssessmentFieldsFragment = { comment?: string | null, createdAt: string, id: string, kind: AssessmentKind, note?: string | null, occurredOn: string, personId?: string | null, result?: AssessmentResult | null, secondmentId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, secondment?: { id: string, toPost: string } | null, unit: { id: string, name: string } };

export type SecondmentAssessmentsQueryVariables = Exact<{
  filter?: InputMaybe<SecondmentAssessmentFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SecondmentAssessmentsQuery = { secondmentAssessments: { total: number, items: Array<{ comment?: string | null, createdAt: string, id: string, kind: AssessmentKind, note?: string | null, occurredOn: string, personId?: string | null, result?: AssessmentResult | null, secondmentId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, secondment?: { id: string, toPost: string } | null, unit: { id: string, name: string } }> } };

export type SecondmentAssessmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SecondmentAssessmentQuery = { secondmentAssessment: { comment?: string | null, createdAt: string, id: string, kind: AssessmentKind, note?: string | null, occurredOn: string, personId?: string | null, result?: AssessmentResult | null, secondmentId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, secondment?: { id: string, toPost: string } | null, unit: { id: string, name: string } } };

export type CreateSecondmentAssessmentMutationVariables = Exact<{
  input: CreateSecondmentAssessmentInput;
}>;


export type CreateSecondmentAssessmentMutation = { createSecondmentAssessment: { comment?: string | null, createdAt: string, id: string, kind: AssessmentKind, note?: string | null, occurredOn: string, personId?: string | null, result?: AssessmentResult | null, secondmentId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, secondment?: { id: string, toPost: string } | null, unit: { id: string, name: string } } };

export type UpdateSecondmentAssessmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSecondmentAssessmentInput;
}>;


export type UpdateSecondmentAssessmentMutation = { updateSecondmentAssessment: { comment?: string | null, createdAt: string, id: string, kind: AssessmentKind, note?: string | null, occurredOn: string, personId?: string | null, result?: AssessmentResult | null, secondmentId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, secondment?: { id: string, toPost: string } | null, unit: { id: string, name: string } } };

export type DeleteSecondmentAssessmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSecondmentAssessmentMutation = { deleteSecondmentAssessment: { id: string } };

export type TalkFieldsFragment = { counterpartId?: string | null, createdAt: string, forwardedOn?: string | null, forwardedToId?: string | null, id: string, kind: TalkKind, note?: string | null, occurredOn: string, opinions?: string | null, participants?: string | null, personId?: string | null, round?: string | null, unitId: string, updatedAt: string, version: number, counterpart?: { id: string, name: string } | null, forwardedTo?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } };

export type TalksQueryVariables = Exact<{
  filter?: InputMaybe<TalkFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TalksQuery = { talks: { total: number, items: Array<{ counterpartId?: string | null, createdAt: string, forwardedOn?: string | null, forwardedToId?: string | null, id: string, kind: TalkKind, note?: string | null, occurredOn: string, opinions?: string | null, participants?: string | null, personId?: string | null, round?: string | null, unitId: string, updatedAt: string, version: number, counterpart?: { id: string, name: string } | null, forwardedTo?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } }> } };

export type TalkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TalkQuery = { talk: { counterpartId?: string | null, createdAt: string, forwardedOn?: string | null, forwardedToId?: string | null, id: string, kind: TalkKind, note?: string | null, occurredOn: string, opinions?: string | null, participants?: string | null, personId?: string | null, round?: string | null, unitId: string, updatedAt: string, version: number, counterpart?: { id: string, name: string } | null, forwardedTo?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type CreateTalkMutationVariables = Exact<{
  input: CreateTalkInput;
}>;


export type CreateTalkMutation = { createTalk: { counterpartId?: string | null, createdAt: string, forwardedOn?: string | null, forwardedToId?: string | null, id: string, kind: TalkKind, note?: string | null, occurredOn: string, opinions?: string | null, participants?: string | null, personId?: string | null, round?: string | null, unitId: string, updatedAt: string, version: number, counterpart?: { id: string, name: string } | null, forwardedTo?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type UpdateTalkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTalkInput;
}>;


export type UpdateTalkMutation = { updateTalk: { counterpartId?: string | null, createdAt: string, forwardedOn?: string | null, forwardedToId?: string | null, id: string, kind: TalkKind, note?: string | null, occurredOn: string, opinions?: string | null, participants?: string | null, personId?: string | null, round?: string | null, unitId: string, updatedAt: string, version: number, counterpart?: { id: string, name: string } | null, forwardedTo?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type DeleteTalkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTalkMutation = { deleteTalk: { id: string } };

export type ExperienceFieldsFragment = { createdAt: string, diary: string, id: string, kind: ExperienceKind, note?: string | null, occurredOn: string, personId?: string | null, place: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string } };

export type ExperiencesQueryVariables = Exact<{
  filter?: InputMaybe<ExperienceFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExperiencesQuery = { experiences: { total: number, items: Array<{ createdAt: string, diary: string, id: string, kind: ExperienceKind, note?: string | null, occurredOn: string, personId?: string | null, place: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string } }> } };

export type ExperienceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExperienceQuery = { experience: { createdAt: string, diary: string, id: string, kind: ExperienceKind, note?: string | null, occurredOn: string, personId?: string | null, place: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type CreateExperienceMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;


export type CreateExperienceMutation = { createExperience: { createdAt: string, diary: string, id: string, kind: ExperienceKind, note?: string | null, occurredOn: string, personId?: string | null, place: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type UpdateExperienceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateExperienceInput;
}>;


export type UpdateExperienceMutation = { updateExperience: { createdAt: string, diary: string, id: string, kind: ExperienceKind, note?: string | null, occurredOn: string, personId?: string | null, place: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit: { id: string, name: string } } };

export type DeleteExperienceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteExperienceMutation = { deleteExperience: { id: string } };

export type OpinionChannelFieldsFragment = { closedOn?: string | null, contact?: string | null, createdAt: string, id: string, kind: OpinionChannelKind, name: string, note?: string | null, openedOn: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null };

export type OpinionChannelsQueryVariables = Exact<{
  filter?: InputMaybe<OpinionChannelFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OpinionChannelsQuery = { opinionChannels: { total: number, items: Array<{ closedOn?: string | null, contact?: string | null, createdAt: string, id: string, kind: OpinionChannelKind, name: string, note?: string | null, openedOn: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null }> } };

export type OpinionChannelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpinionChannelQuery = { opinionChannel: { closedOn?: string | null, contact?: string | null, createdAt: string, id: string, kind: OpinionChannelKind, name: string, note?: string | null, openedOn: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null } };

export type CreateOpinionChannelMutationVariables = Exact<{
  input: CreateOpinionChannelInput;
}>;


export type CreateOpinionChannelMutation = { createOpinionChannel: { closedOn?: string | null, contact?: string | null, createdAt: string, id: string, kind: OpinionChannelKind, name: string, note?: string | null, openedOn: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null } };

export type UpdateOpinionChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOpinionChannelInput;
}>;


export type UpdateOpinionChannelMutation = { updateOpinionChannel: { closedOn?: string | null, contact?: string | null, createdAt: string, id: string, kind: OpinionChannelKind, name: string, note?: string | null, openedOn: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null } };

export type DeleteOpinionChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOpinionChannelMutation = { deleteOpinionChannel: { id: string } };

export type OpinionFieldsFragment = { adoption?: Adoption | null, adoptionReason?: string | null, answer?: string | null, answeredOn?: string | null, channelId: string, content: string, createdAt: string, decisionId?: string | null, forwardedOn?: string | null, forwardedTo?: string | null, id: string, note?: string | null, receivedOn: string, submitterName?: string | null, submitterPhone?: string | null, unitId: string, updatedAt: string, version: number, channel?: { id: string, name: string } | null, decision?: { id: string, title: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> };

export type OpinionsQueryVariables = Exact<{
  filter?: InputMaybe<OpinionFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OpinionsQuery = { opinions: { total: number, items: Array<{ adoption?: Adoption | null, adoptionReason?: string | null, answer?: string | null, answeredOn?: string | null, channelId: string, content: string, createdAt: string, decisionId?: string | null, forwardedOn?: string | null, forwardedTo?: string | null, id: string, note?: string | null, receivedOn: string, submitterName?: string | null, submitterPhone?: string | null, unitId: string, updatedAt: string, version: number, channel?: { id: string, name: string } | null, decision?: { id: string, title: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type OpinionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpinionQuery = { opinion: { adoption?: Adoption | null, adoptionReason?: string | null, answer?: string | null, answeredOn?: string | null, channelId: string, content: string, createdAt: string, decisionId?: string | null, forwardedOn?: string | null, forwardedTo?: string | null, id: string, note?: string | null, receivedOn: string, submitterName?: string | null, submitterPhone?: string | null, unitId: string, updatedAt: string, version: number, channel?: { id: string, name: string } | null, decision?: { id: string, title: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateOpinionMutationVariables = Exact<{
  input: CreateOpinionInput;
}>;


export type CreateOpinionMutation = { createOpinion: { adoption?: Adoption | null, adoptionReason?: string | null, answer?: string | null, answeredOn?: string | null, channelId: string, content: string, createdAt: string, decisionId?: string | null, forwardedOn?: string | null, forwardedTo?: string | null, id: string, note?: string | null, receivedOn: string, submitterName?: string | null, submitterPhone?: string | null, unitId: string, updatedAt: string, version: number, channel?: { id: string, name: string } | null, decision?: { id: string, title: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateOpinionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOpinionInput;
}>;


export type UpdateOpinionMutation = { updateOpinion: { adoption?: Adoption | null, adoptionReason?: string | null, answer?: string | null, answeredOn?: string | null, channelId: string, content: string, createdAt: string, decisionId?: string | null, forwardedOn?: string | null, forwardedTo?: string | null, id: string, note?: string | null, receivedOn: string, submitterName?: string | null, submitterPhone?: string | null, unitId: string, updatedAt: string, version: number, channel?: { id: string, name: string } | null, decision?: { id: string, title: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteOpinionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOpinionMutation = { deleteOpinion: { id: string } };

export type DecisionFieldsFragment = { createdAt: string, decidedOn?: string | null, feedback?: string | null, feedbackPublishedOn?: string | null, id: string, note?: string | null, proposedOn: string, riskAssessedOn?: string | null, riskAssessment?: string | null, riskLevel?: RiskLevel | null, status: DecisionStatus, summary?: string | null, title: string, unitId: string, updatedAt: string, version: number, consultations: Array<{ date: string, form: ConsultationForm, participants?: number | null, summary?: string | null }>, opinions: Array<{ id: string, content: string, adoption?: Adoption | null }>, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> };

export type DecisionsQueryVariables = Exact<{
  filter?: InputMaybe<DecisionFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DecisionsQuery = { decisions: { total: number, items: Array<{ createdAt: string, decidedOn?: string | null, feedback?: string | null, feedbackPublishedOn?: string | null, id: string, note?: string | null, proposedOn: string, riskAssessedOn?: string | null, riskAssessment?: string | null, riskLevel?: RiskLevel | null, status: DecisionStatus, summary?: string | null, title: string, unitId: string, updatedAt: string, version: number, consultations: Array<{ date: string, form: ConsultationForm, participants?: number | null, summary?: string | null }>, opinions: Array<{ id: string, content: string, adoption?: Adoption | null }>, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type DecisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionQuery = { decision: { createdAt: string, decidedOn?: string | null, feedback?: string | null, feedbackPublishedOn?: string | null, id: string, note?: string | null, proposedOn: string, riskAssessedOn?: string | null, riskAssessment?: string | null, riskLevel?: RiskLevel | null, status: DecisionStatus, summary?: string | null, title: string, unitId: string, updatedAt: string, version: number, consultations: Array<{ date: string, form: ConsultationForm, participants?: number | null, summary?: string | null }>, opinions: Array<{ id: string, content: string, adoption?: Adoption | null }>, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateDecisionMutationVariables = Exact<{
  input: CreateDecisionInput;
}>;


export type CreateDecisionMutation = { createDecision: { createdAt: string, decidedOn?: string | null, feedback?: string | null, feedbackPublishedOn?: string | null, id: string, note?: string | null, proposedOn: string, riskAssessedOn?: string | null, riskAssessment?: string | null, riskLevel?: RiskLevel | null, status: DecisionStatus, summary?: string | null, title: string, unitId: string, updatedAt: string, version: number, consultations: Array<{ date: string, form: ConsultationForm, participants?: number | null, summary?: string | null }>, opinions: Array<{ id: string, content: string, adoption?: Adoption | null }>, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateDecisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDecisionInput;
}>;


export type UpdateDecisionMutation = { updateDecision: { createdAt: string, decidedOn?: string | null, feedback?: string | null, feedbackPublishedOn?: string | null, id: string, note?: string | null, proposedOn: string, riskAssessedOn?: string | null, riskAssessment?: string | null, riskLevel?: RiskLevel | null, status: DecisionStatus, summary?: string | null, title: string, unitId: string, updatedAt: string, version: number, consultations: Array<{ date: string, form: ConsultationForm, participants?: number | null, summary?: string | null }>, opinions: Array<{ id: string, content: string, adoption?: Adoption | null }>, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteDecisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDecisionMutation = { deleteDecision: { id: string } };

export type OpinionAnalysisFieldsFragment = { createdAt: string, findings: string, id: string, madeOn: string, measures?: string | null, note?: string | null, periodFrom: string, periodTo: string, title: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null };

export type OpinionAnalysesQueryVariables = Exact<{
  filter?: InputMaybe<OpinionAnalysisFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OpinionAnalysesQuery = { opinionAnalyses: { total: number, items: Array<{ createdAt: string, findings: string, id: string, madeOn: string, measures?: string | null, note?: string | null, periodFrom: string, periodTo: string, title: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null }> } };

export type OpinionAnalysisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpinionAnalysisQuery = { opinionAnalysis: { createdAt: string, findings: string, id: string, madeOn: string, measures?: string | null, note?: string | null, periodFrom: string, periodTo: string, title: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null } };

export type CreateOpinionAnalysisMutationVariables = Exact<{
  input: CreateOpinionAnalysisInput;
}>;


export type CreateOpinionAnalysisMutation = { createOpinionAnalysis: { createdAt: string, findings: string, id: string, madeOn: string, measures?: string | null, note?: string | null, periodFrom: string, periodTo: string, title: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null } };

export type UpdateOpinionAnalysisMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOpinionAnalysisInput;
}>;


export type UpdateOpinionAnalysisMutation = { updateOpinionAnalysis: { createdAt: string, findings: string, id: string, madeOn: string, measures?: string | null, note?: string | null, periodFrom: string, periodTo: string, title: string, unitId: string, updatedAt: string, version: number, unit?: { id: string, name: string } | null } };

export type DeleteOpinionAnalysisMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOpinionAnalysisMutation = { deleteOpinionAnalysis: { id: string } };

export type CommitmentFieldsFragment = { category: Sector, content: string, createdAt: string, evaluatedOn?: string | null, evaluationComment?: string | null, evaluationResult?: CommitmentEvaluationResult | null, fulfilledOn?: string | null, fulfilment?: string | null, id: string, note?: string | null, personId: string, proposedOn: string, publishedOn?: string | null, status: CommitmentStatus, unitId: string, updatedAt: string, version: number, year: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> };

export type CommitmentsQueryVariables = Exact<{
  filter?: InputMaybe<CommitmentFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CommitmentsQuery = { commitments: { total: number, items: Array<{ category: Sector, content: string, createdAt: string, evaluatedOn?: string | null, evaluationComment?: string | null, evaluationResult?: CommitmentEvaluationResult | null, fulfilledOn?: string | null, fulfilment?: string | null, id: string, note?: string | null, personId: string, proposedOn: string, publishedOn?: string | null, status: CommitmentStatus, unitId: string, updatedAt: string, version: number, year: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type CommitmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitmentQuery = { commitment: { category: Sector, content: string, createdAt: string, evaluatedOn?: string | null, evaluationComment?: string | null, evaluationResult?: CommitmentEvaluationResult | null, fulfilledOn?: string | null, fulfilment?: string | null, id: string, note?: string | null, personId: string, proposedOn: string, publishedOn?: string | null, status: CommitmentStatus, unitId: string, updatedAt: string, version: number, year: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateCommitmentMutationVariables = Exact<{
  input: CreateCommitmentInput;
}>;


export type CreateCommitmentMutation = { createCommitment: { category: Sector, content: string, createdAt: string, evaluatedOn?: string | null, evaluationComment?: string | null, evaluationResult?: CommitmentEvaluationResult | null, fulfilledOn?: string | null, fulfilment?: string | null, id: string, note?: string | null, personId: string, proposedOn: string, publishedOn?: string | null, status: CommitmentStatus, unitId: string, updatedAt: string, version: number, year: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateCommitmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCommitmentInput;
}>;


export type UpdateCommitmentMutation = { updateCommitment: { category: Sector, content: string, createdAt: string, evaluatedOn?: string | null, evaluationComment?: string | null, evaluationResult?: CommitmentEvaluationResult | null, fulfilledOn?: string | null, fulfilment?: string | null, id: string, note?: string | null, personId: string, proposedOn: string, publishedOn?: string | null, status: CommitmentStatus, unitId: string, updatedAt: string, version: number, year: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteCommitmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommitmentMutation = { deleteCommitment: { id: string } };

export type DeputyActivityFieldsFragment = { createdAt: string, deputyIds: Array<string>, heldOn: string, id: string, issuesRaised?: string | null, location?: string | null, note?: string | null, peopleMet?: number | null, title: string, unitId: string, updatedAt: string, version: number, deputies: Array<{ id: string, name: string }>, unit?: { id: string, name: string } | null };

export type DeputyActivitiesQueryVariables = Exact<{
  filter?: InputMaybe<DeputyActivityFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeputyActivitiesQuery = { deputyActivities: { total: number, items: Array<{ createdAt: string, deputyIds: Array<string>, heldOn: string, id: string, issuesRaised?: string | null, location?: string | null, note?: string | null, peopleMet?: number | null, title: string, unitId: string, updatedAt: string, version: number, deputies: Array<{ id: string, name: string }>, unit?: { id: string, name: string } | null }> } };

export type DeputyActivityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeputyActivityQuery = { deputyActivity: { createdAt: string, deputyIds: Array<string>, heldOn: string, id: string, issuesRaised?: string | null, location?: string | null, note?: string | null, peopleMet?: number | null, title: string, unitId: string, updatedAt: string, version: number, deputies: Array<{ id: string, name: string }>, unit?: { id: string, name: string } | null } };

export type CreateDeputyActivityMutationVariables = Exact<{
  input: CreateDeputyActivityInput;
}>;


export type CreateDeputyActivityMutation = { createDeputyActivity: { createdAt: string, deputyIds: Array<string>, heldOn: string, id: string, issuesRaised?: string | null, location?: string | null, note?: string | null, peopleMet?: number | null, title: string, unitId: string, updatedAt: string, version: number, deputies: Array<{ id: string, name: string }>, unit?: { id: string, name: string } | null } };

export type UpdateDeputyActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDeputyActivityInput;
}>;


export type UpdateDeputyActivityMutation = { updateDeputyActivity: { createdAt: string, deputyIds: Array<string>, heldOn: string, id: string, issuesRaised?: string | null, location?: string | null, note?: string | null, peopleMet?: number | null, title: string, unitId: string, updatedAt: string, version: number, deputies: Array<{ id: string, name: string }>, unit?: { id: string, name: string } | null } };

export type DeleteDeputyActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDeputyActivityMutation = { deleteDeputyActivity: { id: string } };

export type DeputyPairingFieldsFragment = { createdAt: string, endReason?: string | null, from: string, householdId: string, id: string, note?: string | null, personId: string, termId: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null };

export type DeputyPairingsQueryVariables = Exact<{
  filter?: InputMaybe<DeputyPairingFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeputyPairingsQuery = { deputyPairings: { total: number, items: Array<{ createdAt: string, endReason?: string | null, from: string, householdId: string, id: string, note?: string | null, personId: string, termId: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null }> } };

export type DeputyPairingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeputyPairingQuery = { deputyPairing: { createdAt: string, endReason?: string | null, from: string, householdId: string, id: string, note?: string | null, personId: string, termId: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type CreateDeputyPairingMutationVariables = Exact<{
  input: CreateDeputyPairingInput;
}>;


export type CreateDeputyPairingMutation = { createDeputyPairing: { createdAt: string, endReason?: string | null, from: string, householdId: string, id: string, note?: string | null, personId: string, termId: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type UpdateDeputyPairingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDeputyPairingInput;
}>;


export type UpdateDeputyPairingMutation = { updateDeputyPairing: { createdAt: string, endReason?: string | null, from: string, householdId: string, id: string, note?: string | null, personId: string, termId: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type DeleteDeputyPairingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDeputyPairingMutation = { deleteDeputyPairing: { id: string } };

export type DeputyDutyReportFieldsFragment = { attendees?: number | null, createdAt: string, evaluatedOn?: string | null, evaluationResult?: DutyEvaluation | null, id: string, note?: string | null, personId: string, reportedOn: string, summary: string, termId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null };

export type DeputyDutyReportsQueryVariables = Exact<{
  filter?: InputMaybe<DeputyDutyReportFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeputyDutyReportsQuery = { deputyDutyReports: { total: number, items: Array<{ attendees?: number | null, createdAt: string, evaluatedOn?: string | null, evaluationResult?: DutyEvaluation | null, id: string, note?: string | null, personId: string, reportedOn: string, summary: string, termId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null }> } };

export type DeputyDutyReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeputyDutyReportQuery = { deputyDutyReport: { attendees?: number | null, createdAt: string, evaluatedOn?: string | null, evaluationResult?: DutyEvaluation | null, id: string, note?: string | null, personId: string, reportedOn: string, summary: string, termId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type CreateDeputyDutyReportMutationVariables = Exact<{
  input: CreateDeputyDutyReportInput;
}>;


export type CreateDeputyDutyReportMutation = { createDeputyDutyReport: { attendees?: number | null, createdAt: string, evaluatedOn?: string | null, evaluationResult?: DutyEvaluation | null, id: string, note?: string | null, personId: string, reportedOn: string, summary: string, termId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type UpdateDeputyDutyReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDeputyDutyReportInput;
}>;


export type UpdateDeputyDutyReportMutation = { updateDeputyDutyReport: { attendees?: number | null, createdAt: string, evaluatedOn?: string | null, evaluationResult?: DutyEvaluation | null, id: string, note?: string | null, personId: string, reportedOn: string, summary: string, termId: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type DeleteDeputyDutyReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDeputyDutyReportMutation = { deleteDeputyDutyReport: { id: string } };

export type CommunityRegistrationFieldsFragment = { communityId: string, createdAt: string, dueOn?: string | null, endsOn?: string | null, id: string, joinedOn?: string | null, note?: string | null, personId: string, reason: RegistrationReason, registeredOn: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> };

export type CommunityRegistrationsQueryVariables = Exact<{
  filter?: InputMaybe<CommunityRegistrationFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CommunityRegistrationsQuery = { communityRegistrations: { total: number, items: Array<{ communityId: string, createdAt: string, dueOn?: string | null, endsOn?: string | null, id: string, joinedOn?: string | null, note?: string | null, personId: string, reason: RegistrationReason, registeredOn: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type CommunityRegistrationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunityRegistrationQuery = { communityRegistration: { communityId: string, createdAt: string, dueOn?: string | null, endsOn?: string | null, id: string, joinedOn?: string | null, note?: string | null, personId: string, reason: RegistrationReason, registeredOn: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateCommunityRegistrationMutationVariables = Exact<{
  input: CreateCommunityRegistrationInput;
}>;


export type CreateCommunityRegistrationMutation = { createCommunityRegistration: { communityId: string, createdAt: string, dueOn?: string | null, endsOn?: string | null, id: string, joinedOn?: string | null, note?: string | null, personId: string, reason: RegistrationReason, registeredOn: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateCommunityRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCommunityRegistrationInput;
}>;


export type UpdateCommunityRegistrationMutation = { updateCommunityRegistration: { communityId: string, createdAt: string, dueOn?: string | null, endsOn?: string | null, id: string, joinedOn?: string | null, note?: string | null, personId: string, reason: RegistrationReason, registeredOn: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteCommunityRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommunityRegistrationMutation = { deleteCommunityRegistration: { id: string } };

export type CommunityServiceProjectFieldsFragment = { claimedOn: string, communityId: string, createdAt: string, description?: string | null, endsOn?: string | null, id: string, note?: string | null, personId: string, projectName: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> };

export type CommunityServiceProjectsQueryVariables = Exact<{
  filter?: InputMaybe<CommunityServiceProjectFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CommunityServiceProjectsQuery = { communityServiceProjects: { total: number, items: Array<{ claimedOn: string, communityId: string, createdAt: string, description?: string | null, endsOn?: string | null, id: string, note?: string | null, personId: string, projectName: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type CommunityServiceProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunityServiceProjectQuery = { communityServiceProject: { claimedOn: string, communityId: string, createdAt: string, description?: string | null, endsOn?: string | null, id: string, note?: string | null, personId: string, projectName: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateCommunityServiceProjectMutationVariables = Exact<{
  input: CreateCommunityServiceProjectInput;
}>;


export type CreateCommunityServiceProjectMutation = { createCommunityServiceProject: { claimedOn: string, communityId: string, createdAt: string, description?: string | null, endsOn?: string | null, id: string, note?: string | null, personId: string, projectName: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateCommunityServiceProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCommunityServiceProjectInput;
}>;


export type UpdateCommunityServiceProjectMutation = { updateCommunityServiceProject: { claimedOn: string, communityId: string, createdAt: string, description?: string | null, endsOn?: string | null, id: string, note?: string | null, personId: string, projectName: string, unitId: string, updatedAt: string, version: number, community?: { id: string, name: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteCommunityServiceProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommunityServiceProjectMutation = { deleteCommunityServiceProject: { id: string } };

export type ServicePairingFieldsFragment = { createdAt: string, from: string, householdId: string, id: string, note?: string | null, personId: string, station: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> };

export type ServicePairingsQueryVariables = Exact<{
  filter?: InputMaybe<ServicePairingFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ServicePairingsQuery = { servicePairings: { total: number, items: Array<{ createdAt: string, from: string, householdId: string, id: string, note?: string | null, personId: string, station: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type ServicePairingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ServicePairingQuery = { servicePairing: { createdAt: string, from: string, householdId: string, id: string, note?: string | null, personId: string, station: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateServicePairingMutationVariables = Exact<{
  input: CreateServicePairingInput;
}>;


export type CreateServicePairingMutation = { createServicePairing: { createdAt: string, from: string, householdId: string, id: string, note?: string | null, personId: string, station: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateServicePairingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateServicePairingInput;
}>;


export type UpdateServicePairingMutation = { updateServicePairing: { createdAt: string, from: string, householdId: string, id: string, note?: string | null, personId: string, station: string, to?: string | null, unitId: string, updatedAt: string, version: number, household?: { id: string, headName: string } | null, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteServicePairingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteServicePairingMutation = { deleteServicePairing: { id: string } };

export type YearEndReportFieldsFragment = { body: string, createdAt: string, draftedOn: string, id: string, note?: string | null, reviewComments?: string | null, reviewedOn?: string | null, status: YearEndReportStatus, submittedOn?: string | null, title: string, unitId: string, updatedAt: string, version: number, year: number, unit?: { id: string, name: string } | null };

export type YearEndReportsQueryVariables = Exact<{
  filter?: InputMaybe<YearEndReportFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type YearEndReportsQuery = { yearEndReports: { total: number, items: Array<{ body: string, createdAt: string, draftedOn: string, id: string, note?: string | null, reviewComments?: string | null, reviewedOn?: string | null, status: YearEndReportStatus, submittedOn?: string | null, title: string, unitId: string, updatedAt: string, version: number, year: number, unit?: { id: string, name: string } | null }> } };

export type YearEndReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type YearEndReportQuery = { yearEndReport: { body: string, createdAt: string, draftedOn: string, id: string, note?: string | null, reviewComments?: string | null, reviewedOn?: string | null, status: YearEndReportStatus, submittedOn?: string | null, title: string, unitId: string, updatedAt: string, version: number, year: number, unit?: { id: string, name: string } | null } };

export type CreateYearEndReportMutationVariables = Exact<{
  input: CreateYearEndReportInput;
}>;


export type CreateYearEndReportMutation = { createYearEndReport: { body: string, createdAt: string, draftedOn: string, id: string, note?: string | null, reviewComments?: string | null, reviewedOn?: string | null, status: YearEndReportStatus, submittedOn?: string | null, title: string, unitId: string, updatedAt: string, version: number, year: number, unit?: { id: string, name: string } | null } };

export type UpdateYearEndReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateYearEndReportInput;
}>;


export type UpdateYearEndReportMutation = { updateYearEndReport: { body: string, createdAt: string, draftedOn: string, id: string, note?: string | null, reviewComments?: string | null, reviewedOn?: string | null, status: YearEndReportStatus, submittedOn?: string | null, title: string, unitId: string, updatedAt: string, version: number, year: number, unit?: { id: string, name: string } | null } };

export type DeleteYearEndReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteYearEndReportMutation = { deleteYearEndReport: { id: string } };

export type ReceptionDayFieldsFragment = { announcedAt?: string | null, createdAt: string, endTime?: string | null, id: string, jointDepartments: Array<string>, mode: ReceptionMode, note?: string | null, occurredOn: string, participants: Array<string>, personId: string, place: string, span: ReceptionSpan, startTime?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> };

export type ReceptionDaysQueryVariables = Exact<{
  filter?: InputMaybe<ReceptionDayFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReceptionDaysQuery = { receptionDays: { total: number, items: Array<{ announcedAt?: string | null, createdAt: string, endTime?: string | null, id: string, jointDepartments: Array<string>, mode: ReceptionMode, note?: string | null, occurredOn: string, participants: Array<string>, personId: string, place: string, span: ReceptionSpan, startTime?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type ReceptionDayQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReceptionDayQuery = { receptionDay: { announcedAt?: string | null, createdAt: string, endTime?: string | null, id: string, jointDepartments: Array<string>, mode: ReceptionMode, note?: string | null, occurredOn: string, participants: Array<string>, personId: string, place: string, span: ReceptionSpan, startTime?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateReceptionDayMutationVariables = Exact<{
  input: CreateReceptionDayInput;
}>;


export type CreateReceptionDayMutation = { createReceptionDay: { announcedAt?: string | null, createdAt: string, endTime?: string | null, id: string, jointDepartments: Array<string>, mode: ReceptionMode, note?: string | null, occurredOn: string, participants: Array<string>, personId: string, place: string, span: ReceptionSpan, startTime?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateReceptionDayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateReceptionDayInput;
}>;


export type UpdateReceptionDayMutation = { updateReceptionDay: { announcedAt?: string | null, createdAt: string, endTime?: string | null, id: string, jointDepartments: Array<string>, mode: ReceptionMode, note?: string | null, occurredOn: string, participants: Array<string>, personId: string, place: string, span: ReceptionSpan, startTime?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DeleteReceptionDayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteReceptionDayMutation = { deleteReceptionDay: { id: string } };

export type DutyDayFieldsFragment = { createdAt: string, id: string, note?: string | null, occurredOn: string, personId: string, place?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null };

export type DutyDaysQueryVariables = Exact<{
  filter?: InputMaybe<DutyDayFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DutyDaysQuery = { dutyDays: { total: number, items: Array<{ createdAt: string, id: string, note?: string | null, occurredOn: string, personId: string, place?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null }> } };

export type DutyDayQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DutyDayQuery = { dutyDay: { createdAt: string, id: string, note?: string | null, occurredOn: string, personId: string, place?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type CreateDutyDayMutationVariables = Exact<{
  input: CreateDutyDayInput;
}>;


export type CreateDutyDayMutation = { createDutyDay: { createdAt: string, id: string, note?: string | null, occurredOn: string, personId: string, place?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type UpdateDutyDayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDutyDayInput;
}>;


export type UpdateDutyDayMutation = { updateDutyDay: { createdAt: string, id: string, note?: string | null, occurredOn: string, personId: string, place?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null } };

export type DeleteDutyDayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDutyDayMutation = { deleteDutyDay: { id: string } };

export type VisitCaseFieldsFragment = { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> };

export type VisitCasesQueryVariables = Exact<{
  filter?: InputMaybe<VisitCaseFilter>;
  sort?: InputMaybe<SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VisitCasesQuery = { visitCases: { total: number, items: Array<{ acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> }> } };

export type VisitCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VisitCaseQuery = { visitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CreateVisitCaseMutationVariables = Exact<{
  input: CreateVisitCaseInput;
}>;


export type CreateVisitCaseMutation = { createVisitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type ApproveResearchTopicMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ApproveResearchTopicInput;
}>;


export type ApproveResearchTopicMutation = { approveResearchTopic: { approvedOn?: string | null, createdAt: string, id: string, major: boolean, note?: string | null, occurredOn: string, personId?: string | null, plan?: string | null, status: TopicStatus, teamIds: Array<string>, title: string, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, team: Array<{ id: string, name: string }>, unit: { id: string, name: string }, warnings: Array<{ code: string, message: string, severity: string }> } };

export type RecordCommitmentStepMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CommitmentStepInput;
}>;


export type RecordCommitmentStepMutation = { recordCommitmentStep: { category: Sector, content: string, createdAt: string, evaluatedOn?: string | null, evaluationComment?: string | null, evaluationResult?: CommitmentEvaluationResult | null, fulfilledOn?: string | null, fulfilment?: string | null, id: string, note?: string | null, personId: string, proposedOn: string, publishedOn?: string | null, status: CommitmentStatus, unitId: string, updatedAt: string, version: number, year: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type SubmitYearEndReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: YearEndReportStepInput;
}>;


export type SubmitYearEndReportMutation = { submitYearEndReport: { body: string, createdAt: string, draftedOn: string, id: string, note?: string | null, reviewComments?: string | null, reviewedOn?: string | null, status: YearEndReportStatus, submittedOn?: string | null, title: string, unitId: string, updatedAt: string, version: number, year: number, unit?: { id: string, name: string } | null } };

export type AcceptYearEndReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: YearEndReportStepInput;
}>;


export type AcceptYearEndReportMutation = { acceptYearEndReport: { body: string, createdAt: string, draftedOn: string, id: string, note?: string | null, reviewComments?: string | null, reviewedOn?: string | null, status: YearEndReportStatus, submittedOn?: string | null, title: string, unitId: string, updatedAt: string, version: number, year: number, unit?: { id: string, name: string } | null } };

export type ReturnYearEndReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: YearEndReportStepInput;
}>;


export type ReturnYearEndReportMutation = { returnYearEndReport: { body: string, createdAt: string, draftedOn: string, id: string, note?: string | null, reviewComments?: string | null, reviewedOn?: string | null, status: YearEndReportStatus, submittedOn?: string | null, title: string, unitId: string, updatedAt: string, version: number, year: number, unit?: { id: string, name: string } | null } };

export type AnnounceReceptionDayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  at?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type AnnounceReceptionDayMutation = { announceReceptionDay: { announcedAt?: string | null, createdAt: string, endTime?: string | null, id: string, jointDepartments: Array<string>, mode: ReceptionMode, note?: string | null, occurredOn: string, participants: Array<string>, personId: string, place: string, span: ReceptionSpan, startTime?: string | null, unitId: string, updatedAt: string, version: number, person?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, warnings: Array<{ code: string, message: string, severity: string }> } };

export type UpdateVisitCaseRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateVisitCaseRegistrationInput;
}>;


export type UpdateVisitCaseRegistrationMutation = { updateVisitCaseRegistration: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DecideVisitCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DecideVisitCaseInput;
}>;


export type DecideVisitCaseMutation = { decideVisitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type AssignVisitCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AssignVisitCaseInput;
}>;


export type AssignVisitCaseMutation = { assignVisitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type SuperviseVisitCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SuperviseVisitCaseInput;
}>;


export type SuperviseVisitCaseMutation = { superviseVisitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type CloseVisitCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloseVisitCaseInput;
}>;


export type CloseVisitCaseMutation = { closeVisitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type ExtendVisitCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ExtendVisitCaseInput;
}>;


export type ExtendVisitCaseMutation = { extendVisitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type RecordVisitCaseConversationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RecordVisitCaseConversationInput;
}>;


export type RecordVisitCaseConversationMutation = { recordVisitCaseConversation: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type WithdrawVisitCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: WithdrawVisitCaseInput;
}>;


export type WithdrawVisitCaseMutation = { withdrawVisitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type ArchiveVisitCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ArchiveVisitCaseInput;
}>;


export type ArchiveVisitCaseMutation = { archiveVisitCase: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type ObjectToVisitCaseAssignmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ObjectToVisitCaseAssignmentInput;
}>;


export type ObjectToVisitCaseAssignmentMutation = { objectToVisitCaseAssignment: { acceptDueOn: string, acceptedOn?: string | null, archivedOn?: string | null, assignedOn?: string | null, assignmentInstruction?: string | null, category: VisitCaseCategory, channel?: string | null, closedOn?: string | null, collective: boolean, conversationOn?: string | null, conversationRecord?: string | null, createdAt: string, decidedOn?: string | null, decision?: VisitCaseDecision | null, decisionNote?: string | null, extendedOn?: string | null, extensionDays?: number | null, extensionReason?: string | null, handleDueOn?: string | null, handlingUnitId?: string | null, id: string, matter: string, note?: string | null, occurredOn: string, receivedByLeader: boolean, receiverId?: string | null, redirectedTo?: string | null, repliedOn?: string | null, reply?: string | null, responsiblePersonId?: string | null, result?: string | null, satisfaction?: Satisfaction | null, state: VisitCaseState, unitId: string, updatedAt: string, version: number, visitorCount: number, withdrawReason?: string | null, withdrawnOn?: string | null, clocks: Array<{ daysLeft?: number | null, dueOn: string, kind: VisitCaseClockKind, startedOn: string, status: VisitCaseClockStatus, stoppedOn?: string | null }>, handlingUnit?: { id: string, name: string } | null, objections: Array<{ date: string, reason: string }>, receiver?: { id: string, name: string } | null, representatives: Array<{ name: string, phone?: string | null }>, responsiblePerson?: { id: string, name: string } | null, supervisions: Array<{ date: string, instruction: string, number: number, progress?: string | null, supervisor: string }>, unit?: { id: string, name: string } | null, visitors: Array<{ name: string, phone?: string | null }>, warnings: Array<{ code: string, message: string, severity: string }> } };

export type DutyRosterMonthQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  workingDaysOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DutyRosterMonthQuery = { dutyRosterMonth: { month: string, unitId: string, workingDaysOnly: boolean, gaps: Array<string>, doubles: Array<string>, days: Array<{ date: string, status: DutyDayStatus, workingDay: boolean, duty: Array<{ id: string, occurredOn: string, personId: string, place?: string | null, note?: string | null, version: number, person?: { id: string, name: string } | null }> }> } };

export type FillDutyRosterMutationVariables = Exact<{
  input: FillDutyRosterInput;
}>;


export type FillDutyRosterMutation = { fillDutyRoster: { month: string, unitId: string, workingDaysOnly: boolean, gaps: Array<string>, doubles: Array<string>, days: Array<{ date: string, status: DutyDayStatus, workingDay: boolean, duty: Array<{ id: string, occurredOn: string, personId: string, place?: string | null, note?: string | null, version: number, person?: { id: string, name: string } | null }> }> } };

export type VisitCaseDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitCaseDeadlinesQuery = { visitCaseDeadlines: { acceptWithinDays: number, handleWithinDays: number, maxExtensionDays: number, objectionWorkingDays: number, dueSoonDays: number } };

export type AttachmentsQueryVariables = Exact<{
  recordType: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
}>;


export type AttachmentsQuery = { attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, createdAt: string, uploadedByName: string, url: string, mayDelete: boolean }> };

export type DeleteAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAttachmentMutation = { deleteAttachment: boolean };

export type DeletedRecordsQueryVariables = Exact<{
  filter?: InputMaybe<DeletedRecordFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeletedRecordsQuery = { deletedRecords: { total: number, items: Array<{ recordType: string, id: string, summary?: string | null, unitName: string, occurredOn: string, deletedAt: string, deletedBy?: string | null, person?: { id: string, name: string } | null }> } };

export type RestoreRecordMutationVariables = Exact<{
  recordType: Scalars['String']['input'];
  id: Scalars['ID']['input'];
}>;


export type RestoreRecordMutation = { restoreRecord: boolean };

export type WorkCalendarQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type WorkCalendarQuery = { workCalendar: { year: number, edited: boolean, holidays: Array<{ date: string, name: string }>, workdays: Array<{ date: string, name: string }> } };

export type SetWorkCalendarMutationVariables = Exact<{
  input: SetWorkCalendarInput;
}>;


export type SetWorkCalendarMutation = { setWorkCalendar: { year: number, edited: boolean, holidays: Array<{ date: string, name: string }>, workdays: Array<{ date: string, name: string }> } };

export type SetVisitCaseDeadlinesMutationVariables = Exact<{
  input: SetVisitCaseDeadlinesInput;
}>;


export type SetVisitCaseDeadlinesMutation = { setVisitCaseDeadlines: { acceptWithinDays: number, handleWithinDays: number, maxExtensionDays: number, objectionWorkingDays: number, dueSoonDays: number } };

export type YearEndFiguresFieldsFragment = { unitId: string, unitName: string, year: number, asOf: string, rate?: number | null, systems: Array<{ system: string, title: string, applicable: number, met: number, onTrack: number, atRisk: number, missed: number, rate?: number | null, rules: Array<{ ruleId: string, title: string, kind: string, applicable: number, met: number, onTrack: number, atRisk: number, missed: number, actual: number, required: number, gap: number }> }> };

export type YearEndFiguresQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type YearEndFiguresQuery = { yearEndFigures: { unitId: string, unitName: string, year: number, asOf: string, rate?: number | null, systems: Array<{ system: string, title: string, applicable: number, met: number, onTrack: number, atRisk: number, missed: number, rate?: number | null, rules: Array<{ ruleId: string, title: string, kind: string, applicable: number, met: number, onTrack: number, atRisk: number, missed: number, actual: number, required: number, gap: number }> }> } };

export type YearEndReportFiguresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type YearEndReportFiguresQuery = { yearEndReport: { id: string, figures: { unitId: string, unitName: string, year: number, asOf: string, rate?: number | null, systems: Array<{ system: string, title: string, applicable: number, met: number, onTrack: number, atRisk: number, missed: number, rate?: number | null, rules: Array<{ ruleId: string, title: string, kind: string, applicable: number, met: number, onTrack: number, atRisk: number, missed: number, actual: number, required: number, gap: number }> }> } } };

export const OrgUnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrgUnitFieldsFragment, unknown>;
export const OrgUnitDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrgUnitDetailFragment, unknown>;
export const HouseholdFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<HouseholdFieldsFragment, unknown>;
export const PositionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]} as unknown as DocumentNode<PositionFieldsFragment, unknown>;
export const DeputyTermFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyTermFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"}},{"kind":"Field","name":{"kind":"Name","value":"partyJoinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadre"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsExperience"}},{"kind":"Field","name":{"kind":"Name","value":"homeCommunityId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const LocalRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMin"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMax"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LocalRuleFieldsFragment, unknown>;
export const ResearchTripFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTrip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noDisturbance"}},{"kind":"Field","name":{"kind":"Name","value":"noReception"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"stationed"}},{"kind":"Field","name":{"kind":"Name","value":"travelLight"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ResearchTripFieldsFragment, unknown>;
export const ResearchTopicFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTopicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ResearchTopicFieldsFragment, unknown>;
export const ResearchReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"routedTo"}},{"kind":"Field","name":{"kind":"Name","value":"submittedTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]} as unknown as DocumentNode<ResearchReportFieldsFragment, unknown>;
export const ContactLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHouseholdId"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ContactLinkFieldsFragment, unknown>;
export const ContactVisitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ContactVisitFieldsFragment, unknown>;
export const FamilyVisitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilyVisitFieldsFragment, unknown>;
export const BranchPairingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BranchPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BranchPairingFieldsFragment, unknown>;
export const SecondmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Secondment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromPost"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftOriginalPost"}},{"kind":"Field","name":{"kind":"Name","value":"livesAtGrassroots"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<SecondmentFieldsFragment, unknown>;
export const SecondmentAssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondmentAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"secondment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondmentId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SecondmentAssessmentFieldsFragment, unknown>;
export const TalkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedToId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TalkFieldsFragment, unknown>;
export const ExperienceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"diary"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExperienceFieldsFragment, unknown>;
export const OpinionChannelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpinionChannelFieldsFragment, unknown>;
export const OpinionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opinion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submitterName"}},{"kind":"Field","name":{"kind":"Name","value":"submitterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<OpinionFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackPublishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"adoption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const OpinionAnalysisFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionAnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpinionAnalysisFieldsFragment, unknown>;
export const CommitmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationComment"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<CommitmentFieldsFragment, unknown>;
export const DeputyActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyIds"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuesRaised"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"peopleMet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyActivityFieldsFragment, unknown>;
export const DeputyPairingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyPairingFieldsFragment, unknown>;
export const DeputyDutyReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyDutyReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyDutyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyDutyReportFieldsFragment, unknown>;
export const CommunityRegistrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CommunityRegistrationFieldsFragment, unknown>;
export const CommunityServiceProjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityServiceProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimedOn"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CommunityServiceProjectFieldsFragment, unknown>;
export const ServicePairingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServicePairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ServicePairingFieldsFragment, unknown>;
export const YearEndReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<YearEndReportFieldsFragment, unknown>;
export const ReceptionDayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"span"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ReceptionDayFieldsFragment, unknown>;
export const DutyDayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DutyDayFieldsFragment, unknown>;
export const VisitCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<VisitCaseFieldsFragment, unknown>;
export const YearEndFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}}]} as unknown as DocumentNode<YearEndFiguresFieldsFragment, unknown>;
export const OrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const OrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrgUnitQuery, OrgUnitQueryVariables>;
export const OrgUnitPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"path","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitPathsQuery, OrgUnitPathsQueryVariables>;
export const CreateOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const UpdateOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UpdateOrgUnitMutation, UpdateOrgUnitMutationVariables>;
export const DeleteOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteOrgUnitMutation, DeleteOrgUnitMutationVariables>;
export const HouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Households"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<HouseholdsQuery, HouseholdsQueryVariables>;
export const HouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Household"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<HouseholdQuery, HouseholdQueryVariables>;
export const CreateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateHouseholdMutation, CreateHouseholdMutationVariables>;
export const UpdateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const DeleteHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteHouseholdMutation, DeleteHouseholdMutationVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"}},{"kind":"Field","name":{"kind":"Name","value":"partyJoinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadre"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsExperience"}},{"kind":"Field","name":{"kind":"Name","value":"homeCommunityId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"}},{"kind":"Field","name":{"kind":"Name","value":"partyJoinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadre"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsExperience"}},{"kind":"Field","name":{"kind":"Name","value":"homeCommunityId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"}},{"kind":"Field","name":{"kind":"Name","value":"partyJoinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadre"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsExperience"}},{"kind":"Field","name":{"kind":"Name","value":"homeCommunityId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"}},{"kind":"Field","name":{"kind":"Name","value":"partyJoinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadre"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsExperience"}},{"kind":"Field","name":{"kind":"Name","value":"homeCommunityId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DeletePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeletePersonMutation, DeletePersonMutationVariables>;
export const CreatePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]} as unknown as DocumentNode<CreatePositionMutation, CreatePositionMutationVariables>;
export const UpdatePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]} as unknown as DocumentNode<UpdatePositionMutation, UpdatePositionMutationVariables>;
export const DeletePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeletePositionMutation, DeletePositionMutationVariables>;
export const DeputyTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTermFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyTermsQuery, DeputyTermsQueryVariables>;
export const DeputyTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyTermQuery, DeputyTermQueryVariables>;
export const CreateDeputyTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeputyTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeputyTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeputyTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateDeputyTermMutation, CreateDeputyTermMutationVariables>;
export const UpdateDeputyTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeputyTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeputyTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeputyTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateDeputyTermMutation, UpdateDeputyTermMutationVariables>;
export const DeleteDeputyTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDeputyTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeputyTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDeputyTermMutation, DeleteDeputyTermMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UserQuery, UserQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const PersonPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personPersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]} as unknown as DocumentNode<PersonPersonalDataQuery, PersonPersonalDataQueryVariables>;
export const HouseholdPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdPersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdPersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<HouseholdPersonalDataQuery, HouseholdPersonalDataQueryVariables>;
export const RulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"implied"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<RulesQuery, RulesQueryVariables>;
export const UnitComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}}]}}]}}]}}]} as unknown as DocumentNode<UnitComplianceQuery, UnitComplianceQueryVariables>;
export const PersonComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindTitle"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]} as unknown as DocumentNode<PersonComplianceQuery, PersonComplianceQueryVariables>;
export const ComplianceRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceRowFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<ComplianceRowsQuery, ComplianceRowsQueryVariables>;
export const LocalRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalRuleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalRuleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMin"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMax"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LocalRulesQuery, LocalRulesQueryVariables>;
export const CreateLocalRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLocalRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLocalRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocalRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMin"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMax"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateLocalRuleMutation, CreateLocalRuleMutationVariables>;
export const EndLocalRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndLocalRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endLocalRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMin"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMax"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EndLocalRuleMutation, EndLocalRuleMutationVariables>;
export const EffectiveRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectiveRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseMin"}},{"kind":"Field","name":{"kind":"Name","value":"baseMax"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}},{"kind":"Field","name":{"kind":"Name","value":"localRuleIds"}}]}}]}}]} as unknown as DocumentNode<EffectiveRulesQuery, EffectiveRulesQueryVariables>;
export const ResearchTripsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearchTrips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTripFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchTrips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTripFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTrip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noDisturbance"}},{"kind":"Field","name":{"kind":"Name","value":"noReception"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"stationed"}},{"kind":"Field","name":{"kind":"Name","value":"travelLight"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ResearchTripsQuery, ResearchTripsQueryVariables>;
export const ResearchTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearchTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTripFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTrip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noDisturbance"}},{"kind":"Field","name":{"kind":"Name","value":"noReception"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"stationed"}},{"kind":"Field","name":{"kind":"Name","value":"travelLight"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ResearchTripQuery, ResearchTripQueryVariables>;
export const CreateResearchTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResearchTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResearchTripInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResearchTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTripFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTrip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noDisturbance"}},{"kind":"Field","name":{"kind":"Name","value":"noReception"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"stationed"}},{"kind":"Field","name":{"kind":"Name","value":"travelLight"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateResearchTripMutation, CreateResearchTripMutationVariables>;
export const UpdateResearchTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResearchTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResearchTripInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResearchTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTripFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTrip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noDisturbance"}},{"kind":"Field","name":{"kind":"Name","value":"noReception"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"stationed"}},{"kind":"Field","name":{"kind":"Name","value":"travelLight"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisitedIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateResearchTripMutation, UpdateResearchTripMutationVariables>;
export const DeleteResearchTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteResearchTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResearchTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteResearchTripMutation, DeleteResearchTripMutationVariables>;
export const ResearchTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearchTopics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTopicFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchTopics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTopicFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTopicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ResearchTopicsQuery, ResearchTopicsQueryVariables>;
export const ResearchTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearchTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTopicFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTopicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ResearchTopicQuery, ResearchTopicQueryVariables>;
export const CreateResearchTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResearchTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResearchTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResearchTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTopicFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTopicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateResearchTopicMutation, CreateResearchTopicMutationVariables>;
export const UpdateResearchTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResearchTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResearchTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResearchTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTopicFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTopicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateResearchTopicMutation, UpdateResearchTopicMutationVariables>;
export const DeleteResearchTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteResearchTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResearchTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteResearchTopicMutation, DeleteResearchTopicMutationVariables>;
export const ResearchReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearchReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"routedTo"}},{"kind":"Field","name":{"kind":"Name","value":"submittedTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]} as unknown as DocumentNode<ResearchReportsQuery, ResearchReportsQueryVariables>;
export const ResearchReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearchReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"routedTo"}},{"kind":"Field","name":{"kind":"Name","value":"submittedTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]} as unknown as DocumentNode<ResearchReportQuery, ResearchReportQueryVariables>;
export const CreateResearchReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResearchReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResearchReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResearchReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"routedTo"}},{"kind":"Field","name":{"kind":"Name","value":"submittedTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]} as unknown as DocumentNode<CreateResearchReportMutation, CreateResearchReportMutationVariables>;
export const UpdateResearchReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResearchReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResearchReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResearchReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"routedTo"}},{"kind":"Field","name":{"kind":"Name","value":"submittedTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]} as unknown as DocumentNode<UpdateResearchReportMutation, UpdateResearchReportMutationVariables>;
export const DeleteResearchReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteResearchReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResearchReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteResearchReportMutation, DeleteResearchReportMutationVariables>;
export const ContactLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactLinkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHouseholdId"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ContactLinksQuery, ContactLinksQueryVariables>;
export const ContactLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHouseholdId"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ContactLinkQuery, ContactLinkQueryVariables>;
export const CreateContactLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContactLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHouseholdId"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateContactLinkMutation, CreateContactLinkMutationVariables>;
export const UpdateContactLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHouseholdId"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateContactLinkMutation, UpdateContactLinkMutationVariables>;
export const DeleteContactLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContactLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContactLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteContactLinkMutation, DeleteContactLinkMutationVariables>;
export const ContactVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactVisitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactVisitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ContactVisitsQuery, ContactVisitsQueryVariables>;
export const ContactVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ContactVisitQuery, ContactVisitQueryVariables>;
export const CreateContactVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContactVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateContactVisitMutation, CreateContactVisitMutationVariables>;
export const UpdateContactVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateContactVisitMutation, UpdateContactVisitMutationVariables>;
export const DeleteContactVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContactVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContactVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteContactVisitMutation, DeleteContactVisitMutationVariables>;
export const FamilyVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyVisitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyVisitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilyVisitsQuery, FamilyVisitsQueryVariables>;
export const FamilyVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FamilyVisitQuery, FamilyVisitQueryVariables>;
export const CreateFamilyVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFamilyVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFamilyVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFamilyVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateFamilyVisitMutation, CreateFamilyVisitMutationVariables>;
export const UpdateFamilyVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFamilyVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFamilyVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFamilyVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateFamilyVisitMutation, UpdateFamilyVisitMutationVariables>;
export const DeleteFamilyVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFamilyVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFamilyVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteFamilyVisitMutation, DeleteFamilyVisitMutationVariables>;
export const BranchPairingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchPairings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BranchPairingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchPairings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchPairingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BranchPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BranchPairingsQuery, BranchPairingsQueryVariables>;
export const BranchPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchPairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BranchPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BranchPairingQuery, BranchPairingQueryVariables>;
export const CreateBranchPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBranchPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBranchPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBranchPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchPairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BranchPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateBranchPairingMutation, CreateBranchPairingMutationVariables>;
export const UpdateBranchPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBranchPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBranchPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBranchPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchPairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BranchPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateBranchPairingMutation, UpdateBranchPairingMutationVariables>;
export const DeleteBranchPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBranchPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBranchPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteBranchPairingMutation, DeleteBranchPairingMutationVariables>;
export const SecondmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Secondments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecondmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Secondment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromPost"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftOriginalPost"}},{"kind":"Field","name":{"kind":"Name","value":"livesAtGrassroots"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<SecondmentsQuery, SecondmentsQueryVariables>;
export const SecondmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Secondment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Secondment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromPost"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftOriginalPost"}},{"kind":"Field","name":{"kind":"Name","value":"livesAtGrassroots"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<SecondmentQuery, SecondmentQueryVariables>;
export const CreateSecondmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSecondment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecondmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecondment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Secondment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromPost"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftOriginalPost"}},{"kind":"Field","name":{"kind":"Name","value":"livesAtGrassroots"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateSecondmentMutation, CreateSecondmentMutationVariables>;
export const UpdateSecondmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSecondment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecondmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecondment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Secondment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromPost"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftOriginalPost"}},{"kind":"Field","name":{"kind":"Name","value":"livesAtGrassroots"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateSecondmentMutation, UpdateSecondmentMutationVariables>;
export const DeleteSecondmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSecondment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSecondment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteSecondmentMutation, DeleteSecondmentMutationVariables>;
export const SecondmentAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecondmentAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecondmentAssessmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondmentAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondmentAssessmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondmentAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"secondment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondmentId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SecondmentAssessmentsQuery, SecondmentAssessmentsQueryVariables>;
export const SecondmentAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecondmentAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondmentAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondmentAssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondmentAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"secondment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondmentId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SecondmentAssessmentQuery, SecondmentAssessmentQueryVariables>;
export const CreateSecondmentAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSecondmentAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecondmentAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecondmentAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondmentAssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondmentAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"secondment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondmentId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateSecondmentAssessmentMutation, CreateSecondmentAssessmentMutationVariables>;
export const UpdateSecondmentAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSecondmentAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecondmentAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecondmentAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondmentAssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondmentAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondmentAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"secondment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondmentId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateSecondmentAssessmentMutation, UpdateSecondmentAssessmentMutationVariables>;
export const DeleteSecondmentAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSecondmentAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSecondmentAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteSecondmentAssessmentMutation, DeleteSecondmentAssessmentMutationVariables>;
export const TalksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Talks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedToId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TalksQuery, TalksQueryVariables>;
export const TalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Talk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedToId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TalkQuery, TalkQueryVariables>;
export const CreateTalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTalkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedToId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateTalkMutation, CreateTalkMutationVariables>;
export const UpdateTalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTalkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedToId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateTalkMutation, UpdateTalkMutationVariables>;
export const DeleteTalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTalkMutation, DeleteTalkMutationVariables>;
export const ExperiencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experiences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExperienceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperienceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"diary"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExperiencesQuery, ExperiencesQueryVariables>;
export const ExperienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperienceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"diary"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExperienceQuery, ExperienceQueryVariables>;
export const CreateExperienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExperienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperienceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"diary"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateExperienceMutation, CreateExperienceMutationVariables>;
export const UpdateExperienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExperienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperienceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"diary"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateExperienceMutation, UpdateExperienceMutationVariables>;
export const DeleteExperienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteExperienceMutation, DeleteExperienceMutationVariables>;
export const OpinionChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionChannelFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionChannelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpinionChannelsQuery, OpinionChannelsQueryVariables>;
export const OpinionChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpinionChannelQuery, OpinionChannelQueryVariables>;
export const CreateOpinionChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOpinionChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpinionChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpinionChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateOpinionChannelMutation, CreateOpinionChannelMutationVariables>;
export const UpdateOpinionChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOpinionChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpinionChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpinionChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateOpinionChannelMutation, UpdateOpinionChannelMutationVariables>;
export const DeleteOpinionChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOpinionChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpinionChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteOpinionChannelMutation, DeleteOpinionChannelMutationVariables>;
export const OpinionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Opinions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opinion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submitterName"}},{"kind":"Field","name":{"kind":"Name","value":"submitterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<OpinionsQuery, OpinionsQueryVariables>;
export const OpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Opinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opinion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submitterName"}},{"kind":"Field","name":{"kind":"Name","value":"submitterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<OpinionQuery, OpinionQueryVariables>;
export const CreateOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opinion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submitterName"}},{"kind":"Field","name":{"kind":"Name","value":"submitterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateOpinionMutation, CreateOpinionMutationVariables>;
export const UpdateOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opinion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submitterName"}},{"kind":"Field","name":{"kind":"Name","value":"submitterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateOpinionMutation, UpdateOpinionMutationVariables>;
export const DeleteOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteOpinionMutation, DeleteOpinionMutationVariables>;
export const DecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackPublishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"adoption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<DecisionsQuery, DecisionsQueryVariables>;
export const DecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackPublishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"adoption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<DecisionQuery, DecisionQueryVariables>;
export const CreateDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackPublishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"adoption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateDecisionMutation, CreateDecisionMutationVariables>;
export const UpdateDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackPublishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"adoption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateDecisionMutation, UpdateDecisionMutationVariables>;
export const DeleteDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDecisionMutation, DeleteDecisionMutationVariables>;
export const OpinionAnalysesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionAnalyses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionAnalysisFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionAnalyses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionAnalysisFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionAnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpinionAnalysesQuery, OpinionAnalysesQueryVariables>;
export const OpinionAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionAnalysisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionAnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpinionAnalysisQuery, OpinionAnalysisQueryVariables>;
export const CreateOpinionAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOpinionAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpinionAnalysisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpinionAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionAnalysisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionAnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateOpinionAnalysisMutation, CreateOpinionAnalysisMutationVariables>;
export const UpdateOpinionAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOpinionAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpinionAnalysisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpinionAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionAnalysisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionAnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateOpinionAnalysisMutation, UpdateOpinionAnalysisMutationVariables>;
export const DeleteOpinionAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOpinionAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpinionAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteOpinionAnalysisMutation, DeleteOpinionAnalysisMutationVariables>;
export const CommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationComment"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<CommitmentsQuery, CommitmentsQueryVariables>;
export const CommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationComment"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<CommitmentQuery, CommitmentQueryVariables>;
export const CreateCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationComment"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<CreateCommitmentMutation, CreateCommitmentMutationVariables>;
export const UpdateCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationComment"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<UpdateCommitmentMutation, UpdateCommitmentMutationVariables>;
export const DeleteCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCommitmentMutation, DeleteCommitmentMutationVariables>;
export const DeputyActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyActivityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyIds"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuesRaised"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"peopleMet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyActivitiesQuery, DeputyActivitiesQueryVariables>;
export const DeputyActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyIds"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuesRaised"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"peopleMet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyActivityQuery, DeputyActivityQueryVariables>;
export const CreateDeputyActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeputyActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeputyActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeputyActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyIds"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuesRaised"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"peopleMet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateDeputyActivityMutation, CreateDeputyActivityMutationVariables>;
export const UpdateDeputyActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeputyActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeputyActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeputyActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyIds"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuesRaised"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"peopleMet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateDeputyActivityMutation, UpdateDeputyActivityMutationVariables>;
export const DeleteDeputyActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDeputyActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeputyActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDeputyActivityMutation, DeleteDeputyActivityMutationVariables>;
export const DeputyPairingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyPairings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyPairingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyPairings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyPairingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyPairingsQuery, DeputyPairingsQueryVariables>;
export const DeputyPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyPairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyPairingQuery, DeputyPairingQueryVariables>;
export const CreateDeputyPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeputyPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeputyPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeputyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyPairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateDeputyPairingMutation, CreateDeputyPairingMutationVariables>;
export const UpdateDeputyPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeputyPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeputyPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeputyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyPairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyPairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateDeputyPairingMutation, UpdateDeputyPairingMutationVariables>;
export const DeleteDeputyPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDeputyPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeputyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDeputyPairingMutation, DeleteDeputyPairingMutationVariables>;
export const DeputyDutyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyDutyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyDutyReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyDutyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyDutyReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyDutyReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyDutyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyDutyReportsQuery, DeputyDutyReportsQueryVariables>;
export const DeputyDutyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyDutyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyDutyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyDutyReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyDutyReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyDutyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyDutyReportQuery, DeputyDutyReportQueryVariables>;
export const CreateDeputyDutyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeputyDutyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeputyDutyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeputyDutyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyDutyReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyDutyReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyDutyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateDeputyDutyReportMutation, CreateDeputyDutyReportMutationVariables>;
export const UpdateDeputyDutyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeputyDutyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeputyDutyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeputyDutyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyDutyReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyDutyReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyDutyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateDeputyDutyReportMutation, UpdateDeputyDutyReportMutationVariables>;
export const DeleteDeputyDutyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDeputyDutyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeputyDutyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDeputyDutyReportMutation, DeleteDeputyDutyReportMutationVariables>;
export const CommunityRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityRegistrationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityRegistrationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CommunityRegistrationsQuery, CommunityRegistrationsQueryVariables>;
export const CommunityRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CommunityRegistrationQuery, CommunityRegistrationQueryVariables>;
export const CreateCommunityRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommunityRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommunityRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommunityRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateCommunityRegistrationMutation, CreateCommunityRegistrationMutationVariables>;
export const UpdateCommunityRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommunityRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommunityRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommunityRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateCommunityRegistrationMutation, UpdateCommunityRegistrationMutationVariables>;
export const DeleteCommunityRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCommunityRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCommunityRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCommunityRegistrationMutation, DeleteCommunityRegistrationMutationVariables>;
export const CommunityServiceProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityServiceProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityServiceProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityServiceProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityServiceProjectFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityServiceProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimedOn"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CommunityServiceProjectsQuery, CommunityServiceProjectsQueryVariables>;
export const CommunityServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityServiceProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityServiceProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimedOn"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CommunityServiceProjectQuery, CommunityServiceProjectQueryVariables>;
export const CreateCommunityServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommunityServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommunityServiceProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommunityServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityServiceProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityServiceProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimedOn"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateCommunityServiceProjectMutation, CreateCommunityServiceProjectMutationVariables>;
export const UpdateCommunityServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommunityServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommunityServiceProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommunityServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityServiceProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityServiceProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimedOn"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateCommunityServiceProjectMutation, UpdateCommunityServiceProjectMutationVariables>;
export const DeleteCommunityServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCommunityServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCommunityServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCommunityServiceProjectMutation, DeleteCommunityServiceProjectMutationVariables>;
export const ServicePairingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicePairings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePairingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servicePairings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServicePairingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServicePairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ServicePairingsQuery, ServicePairingsQueryVariables>;
export const ServicePairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicePairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servicePairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServicePairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServicePairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ServicePairingQuery, ServicePairingQueryVariables>;
export const CreateServicePairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServicePairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServicePairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServicePairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServicePairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServicePairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateServicePairingMutation, CreateServicePairingMutationVariables>;
export const UpdateServicePairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServicePairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServicePairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServicePairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServicePairingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServicePairingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateServicePairingMutation, UpdateServicePairingMutationVariables>;
export const DeleteServicePairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServicePairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServicePairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteServicePairingMutation, DeleteServicePairingMutationVariables>;
export const YearEndReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearEndReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearEndReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<YearEndReportsQuery, YearEndReportsQueryVariables>;
export const YearEndReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearEndReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearEndReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<YearEndReportQuery, YearEndReportQueryVariables>;
export const CreateYearEndReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateYearEndReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateYearEndReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createYearEndReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<CreateYearEndReportMutation, CreateYearEndReportMutationVariables>;
export const UpdateYearEndReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateYearEndReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateYearEndReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateYearEndReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<UpdateYearEndReportMutation, UpdateYearEndReportMutationVariables>;
export const DeleteYearEndReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteYearEndReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteYearEndReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteYearEndReportMutation, DeleteYearEndReportMutationVariables>;
export const ReceptionDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDayFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionDayFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"span"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ReceptionDaysQuery, ReceptionDaysQueryVariables>;
export const ReceptionDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionDayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"span"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ReceptionDayQuery, ReceptionDayQueryVariables>;
export const CreateReceptionDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReceptionDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReceptionDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReceptionDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionDayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"span"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CreateReceptionDayMutation, CreateReceptionDayMutationVariables>;
export const UpdateReceptionDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReceptionDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReceptionDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReceptionDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionDayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"span"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<UpdateReceptionDayMutation, UpdateReceptionDayMutationVariables>;
export const DeleteReceptionDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReceptionDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReceptionDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteReceptionDayMutation, DeleteReceptionDayMutationVariables>;
export const DutyDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyDayFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyDayFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DutyDaysQuery, DutyDaysQueryVariables>;
export const DutyDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyDayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DutyDayQuery, DutyDayQueryVariables>;
export const CreateDutyDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDutyDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDutyDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDutyDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyDayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateDutyDayMutation, CreateDutyDayMutationVariables>;
export const UpdateDutyDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDutyDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDutyDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDutyDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyDayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateDutyDayMutation, UpdateDutyDayMutationVariables>;
export const DeleteDutyDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDutyDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDutyDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDutyDayMutation, DeleteDutyDayMutationVariables>;
export const VisitCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<VisitCasesQuery, VisitCasesQueryVariables>;
export const VisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<VisitCaseQuery, VisitCaseQueryVariables>;
export const CreateVisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVisitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVisitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<CreateVisitCaseMutation, CreateVisitCaseMutationVariables>;
export const ApproveResearchTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveResearchTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveResearchTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveResearchTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchTopicFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchTopicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ApproveResearchTopicMutation, ApproveResearchTopicMutationVariables>;
export const RecordCommitmentStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitmentStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitmentStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationComment"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResult"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<RecordCommitmentStepMutation, RecordCommitmentStepMutationVariables>;
export const SubmitYearEndReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitYearEndReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReportStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitYearEndReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<SubmitYearEndReportMutation, SubmitYearEndReportMutationVariables>;
export const AcceptYearEndReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptYearEndReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReportStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptYearEndReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<AcceptYearEndReportMutation, AcceptYearEndReportMutationVariables>;
export const ReturnYearEndReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnYearEndReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReportStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnYearEndReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftedOn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<ReturnYearEndReportMutation, ReturnYearEndReportMutationVariables>;
export const AnnounceReceptionDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnnounceReceptionDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announceReceptionDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionDayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"span"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<AnnounceReceptionDayMutation, AnnounceReceptionDayMutationVariables>;
export const UpdateVisitCaseRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVisitCaseRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVisitCaseRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVisitCaseRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<UpdateVisitCaseRegistrationMutation, UpdateVisitCaseRegistrationMutationVariables>;
export const DecideVisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideVisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideVisitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideVisitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<DecideVisitCaseMutation, DecideVisitCaseMutationVariables>;
export const AssignVisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignVisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignVisitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignVisitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<AssignVisitCaseMutation, AssignVisitCaseMutationVariables>;
export const SuperviseVisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuperviseVisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuperviseVisitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseVisitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<SuperviseVisitCaseMutation, SuperviseVisitCaseMutationVariables>;
export const CloseVisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseVisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseVisitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVisitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<CloseVisitCaseMutation, CloseVisitCaseMutationVariables>;
export const ExtendVisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendVisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendVisitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendVisitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<ExtendVisitCaseMutation, ExtendVisitCaseMutationVariables>;
export const RecordVisitCaseConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisitCaseConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVisitCaseConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisitCaseConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<RecordVisitCaseConversationMutation, RecordVisitCaseConversationMutationVariables>;
export const WithdrawVisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawVisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawVisitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawVisitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<WithdrawVisitCaseMutation, WithdrawVisitCaseMutationVariables>;
export const ArchiveVisitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveVisitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveVisitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveVisitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<ArchiveVisitCaseMutation, ArchiveVisitCaseMutationVariables>;
export const ObjectToVisitCaseAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectToVisitCaseAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectToVisitCaseAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectToVisitCaseAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"conversationOn"}},{"kind":"Field","name":{"kind":"Name","value":"conversationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handleDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByLeader"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverId"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visitorCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]} as unknown as DocumentNode<ObjectToVisitCaseAssignmentMutation, ObjectToVisitCaseAssignmentMutationVariables>;
export const DutyRosterMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRosterMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingDaysOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRosterMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingDaysOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingDaysOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOnly"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"doubles"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workingDay"}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyRosterMonthQuery, DutyRosterMonthQueryVariables>;
export const FillDutyRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FillDutyRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FillDutyRosterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fillDutyRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOnly"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"doubles"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workingDay"}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FillDutyRosterMutation, FillDutyRosterMutationVariables>;
export const VisitCaseDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitCaseDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitCaseDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"handleWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"objectionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoonDays"}}]}}]}}]} as unknown as DocumentNode<VisitCaseDeadlinesQuery, VisitCaseDeadlinesQueryVariables>;
export const AttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mayDelete"}}]}}]}}]} as unknown as DocumentNode<AttachmentsQuery, AttachmentsQueryVariables>;
export const DeleteAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAttachmentMutation, DeleteAttachmentMutationVariables>;
export const DeletedRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletedRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedRecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}}]}}]}}]}}]} as unknown as DocumentNode<DeletedRecordsQuery, DeletedRecordsQueryVariables>;
export const RestoreRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RestoreRecordMutation, RestoreRecordMutationVariables>;
export const WorkCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workdays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkCalendarQuery, WorkCalendarQueryVariables>;
export const SetWorkCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workdays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetWorkCalendarMutation, SetWorkCalendarMutationVariables>;
export const SetVisitCaseDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetVisitCaseDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVisitCaseDeadlinesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVisitCaseDeadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"handleWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"objectionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoonDays"}}]}}]}}]} as unknown as DocumentNode<SetVisitCaseDeadlinesMutation, SetVisitCaseDeadlinesMutationVariables>;
export const YearEndFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearEndFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearEndFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}}]} as unknown as DocumentNode<YearEndFiguresQuery, YearEndFiguresQueryVariables>;
export const YearEndReportFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearEndReportFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearEndReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearEndFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearEndFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearEndFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}}]} as unknown as DocumentNode<YearEndReportFiguresQuery, YearEndReportFiguresQueryVariables>;