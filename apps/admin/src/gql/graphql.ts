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

/** One recorded change (or personal-data read), append-only. */
export type AuditLog = {
  /** CREATE, UPDATE, DELETE or READ_PERSONAL_DATA. */
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

export type CreateApiTokenInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it is for, e.g. 省级大屏. */
  name: Scalars['String']['input'];
  /** The token reads this unit's subtree only. */
  scopeUnitId: Scalars['ID']['input'];
};

export type CreateDeputyTermInput = {
  electingUnitId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  personId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
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

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** At least 10 characters with letters and digits. */
  password: Scalars['String']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
  scopeUnitId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

export type CreatedApiToken = {
  apiToken: ApiToken;
  /** The secret: send it as `Authorization: Bearer …` or `X-API-Key`. Shown only now. */
  token: Scalars['String']['output'];
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

export type Mutation = {
  /** Other sessions of the user end; this one stays. */
  changePassword: Scalars['Boolean']['output'];
  createApiToken: CreatedApiToken;
  createDeputyTerm: DeputyTerm;
  createHousehold: Household;
  createOrgUnit: OrgUnit;
  /** Creates a person, with their positions when given. */
  createPerson: Person;
  createPosition: Position;
  createUser: User;
  deleteDeputyTerm: DeputyTerm;
  deleteHousehold: Household;
  /** Deletes an empty unit; a unit with children, people or households is refused (CONFLICT). */
  deleteOrgUnit: OrgUnit;
  /** Deletes a person with their positions and deputy terms. */
  deletePerson: Person;
  deletePosition: Position;
  /** Signs in; also sets the admin's HTTP-only session cookie. */
  login: Session;
  /** Ends the current session and clears the cookie. */
  logout: Scalars['Boolean']['output'];
  revokeApiToken: ApiToken;
  revokeSession: Scalars['Boolean']['output'];
  updateDeputyTerm: DeputyTerm;
  updateHousehold: Household;
  /** Changes the fields given; a new parentId moves the unit and its subtree. */
  updateOrgUnit: OrgUnit;
  updatePerson: Person;
  /** Changes the fields given; set `to` to end the post. */
  updatePosition: Position;
  /** Users are disabled, never deleted: the audit log keeps naming them. */
  updateUser: User;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateDeputyTermArgs = {
  input: CreateDeputyTermInput;
};


export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
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


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteDeputyTermArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteHouseholdArgs = {
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


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateDeputyTermArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDeputyTermInput;
};


export type MutationUpdateHouseholdArgs = {
  id: Scalars['ID']['input'];
  input: UpdateHouseholdInput;
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


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
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

export type Query = {
  apiTokens: ApiTokenPage;
  /** The change history of your part of the tree, newest first. */
  auditLogs: AuditLogPage;
  deputyTerm: DeputyTerm;
  deputyTerms: DeputyTermPage;
  household: Household;
  /** A household's full phone (ADMIN; logged). */
  householdPersonalData: PersonalData;
  households: HouseholdPage;
  me: Viewer;
  /** One unit by id; NOT_FOUND when there is none. */
  orgUnit: OrgUnit;
  orgUnits: OrgUnitPage;
  people: PersonPage;
  person: Person;
  /** A person's full phone and ID number (ADMIN; logged). */
  personPersonalData: PersonalData;
  position: Position;
  /** Your own open sessions, or (ADMIN) those of a user in scope. */
  sessions: Array<ActiveSession>;
  user: User;
  users: UserPage;
};


export type QueryApiTokensArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogsArgs = {
  filter?: InputMaybe<AuditLogFilter>;
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


export type QueryPersonPersonalDataArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
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

/** What a user may do within their scope unit. */
export type Role =
  /** 管理员 · manages everything in scope, users included */
  | 'ADMIN'
  /** 干部 · records their own work, reads their own unit */
  | 'CADRE'
  /** 负责人 · reads everything in scope and its compliance */
  | 'HEAD';

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

/** Sort a list by one field. */
export type SortInput = {
  field: Scalars['String']['input'];
  order?: SortOrder;
};

export type SortOrder =
  | 'ASC'
  | 'DESC';

/** Flags a unit carries for the rules. */
export type UnitFlag =
  /** 信访任务重 · Heavy petition load */
  | 'HEAVY_PETITION_LOAD'
  /** 后进 · Lagging */
  | 'LAGGING';

export type UpdateDeputyTermInput = {
  electingUnitId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
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


export type LoginMutation = { login: { expiresAt: string, user: { id: string, username: string, displayName: string, role: Role, scopeUnitId: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { kind: string, scopeUnitId: string, user?: { id: string, username: string, displayName: string, role: Role, scopeUnitId: string } | null } };

export const OrgUnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrgUnitFieldsFragment, unknown>;
export const OrgUnitDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrgUnitDetailFragment, unknown>;
export const HouseholdFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<HouseholdFieldsFragment, unknown>;
export const PositionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]} as unknown as DocumentNode<PositionFieldsFragment, unknown>;
export const DeputyTermFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeputyTermFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"}},{"kind":"Field","name":{"kind":"Name","value":"partyJoinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadre"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsExperience"}},{"kind":"Field","name":{"kind":"Name","value":"homeCommunityId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeputyTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretary"}},{"kind":"Field","name":{"kind":"Name","value":"branchHead"}},{"kind":"Field","name":{"kind":"Name","value":"deptHead"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeputyTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"electingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
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
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;