import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateLocalRuleDocument,
  LocalRulesDocument,
  ApiTokensDocument,
  AuditLogsDocument,
  CreateApiTokenDocument,
  CreateUserDocument,
  UpdateUserDocument,
  UserDocument,
  UsersDocument,
  CreateDeputyTermDocument,
  CreateHouseholdDocument,
  CreateOrgUnitDocument,
  CreatePersonDocument,
  DeleteDeputyTermDocument,
  DeleteHouseholdDocument,
  DeleteOrgUnitDocument,
  DeletePersonDocument,
  DeputyTermDocument,
  DeputyTermsDocument,
  HouseholdDocument,
  HouseholdsDocument,
  OrgUnitDocument,
  OrgUnitsDocument,
  PeopleDocument,
  PersonDocument,
  UpdateDeputyTermDocument,
  UpdateHouseholdDocument,
  UpdateOrgUnitDocument,
  UpdatePersonDocument,
} from '../graphql/documents';
import type {
  CreateLocalRuleInput,
  LocalRuleFilter,
  AuditLogFilter,
  CreateApiTokenInput,
  CreateUserInput,
  UpdateUserInput,
  UserFilter,
  CreateDeputyTermInput,
  CreateHouseholdInput,
  CreateOrgUnitInput,
  CreatePersonInput,
  DeputyTermFilter,
  HouseholdFilter,
  OrgUnitFilter,
  PersonFilter,
  PositionInput,
  SortInput,
  UpdateDeputyTermInput,
  UpdateHouseholdInput,
  UpdateOrgUnitInput,
  UpdatePersonInput,
  UpdatePositionInput,
} from '../gql/graphql';
import { RECORD_SPECS } from '../records/specs';

export interface ListVariables<F> {
  filter?: F | null;
  sort?: SortInput | null;
  page?: number | null;
  perPage?: number | null;
}

interface Identified {
  id: string;
}

/**
 * How one react-admin resource maps onto the API: its documents, where each answer sits, and which record
 * keys each input type accepts. The key lists are checked against the generated input types, so a field the
 * contract drops fails the typecheck.
 */
export interface ResourceSpec<R extends Identified, F, C, U> {
  listDocument: TypedDocumentNode<unknown, ListVariables<F>>;
  pickList(data: unknown): { items: R[]; total: number };
  /** Absent where the API has no by-id read (API tokens, the audit log): getOne is refused. */
  oneDocument?: TypedDocumentNode<unknown, { id: string }>;
  pickOne(data: unknown): R;
  createDocument?: TypedDocumentNode<unknown, { input: C }>;
  pickCreated(data: unknown): R;
  updateDocument?: TypedDocumentNode<unknown, { id: string; input: U }>;
  pickUpdated(data: unknown): R;
  /** Absent where rows are never deleted (users are disabled, tokens revoked, the audit log is append-only). */
  deleteDocument?: TypedDocumentNode<unknown, { id: string }>;
  filterKeys: readonly (keyof F & string)[];
  createKeys: readonly (keyof C & string)[];
  updateKeys: readonly (keyof U & string)[];
  /** Fields the API sorts by; react-admin's default `id` and anything else fall back to the API's order. */
  sortable: readonly string[];
  /** Values the server masks (138****5678): sent back unchanged they must be left out of an update. */
  masked: readonly string[];
}

/**
 * Binds a typed document to a spec slot. The documents are fully typed; the spec stores them with `unknown`
 * data so one generic provider can drive all resources, and `pick` narrows the answer again.
 */
function doc<D, V>(document: TypedDocumentNode<D, V>): TypedDocumentNode<unknown, V> {
  return document as TypedDocumentNode<unknown, V>;
}
const at =
  <T>(key: string) =>
  (data: unknown): T =>
    (data as Record<string, T>)[key] as T;

type OrgUnitRecord = NonNullable<import('../gql/graphql').OrgUnitQuery['orgUnit']>;
type HouseholdRecord = import('../gql/graphql').HouseholdQuery['household'];
type PersonRecord = import('../gql/graphql').PersonQuery['person'];
type DeputyTermRecord = import('../gql/graphql').DeputyTermQuery['deputyTerm'];
type UserRecord = import('../gql/graphql').UserQuery['user'];
type ApiTokenRecord = import('../gql/graphql').ApiTokensQuery['apiTokens']['items'][number];
type AuditLogRecord = import('../gql/graphql').AuditLogsQuery['auditLogs']['items'][number];
type LocalRuleRecord = import('../gql/graphql').LocalRulesQuery['localRules']['items'][number];
export type { OrgUnitRecord, HouseholdRecord, PersonRecord, DeputyTermRecord, UserRecord, ApiTokenRecord, AuditLogRecord, LocalRuleRecord };
/** A new token as `create` answers it: the row plus the secret, which the API shows this once only. */
export type CreatedApiTokenRecord = ApiTokenRecord & { token: string };
export type PositionRecord = PersonRecord['positions'][number];

export const orgUnitSpec: ResourceSpec<OrgUnitRecord, OrgUnitFilter, CreateOrgUnitInput, UpdateOrgUnitInput> = {
  listDocument: doc(OrgUnitsDocument),
  pickList: at('orgUnits'),
  oneDocument: doc(OrgUnitDocument),
  pickOne: at('orgUnit'),
  createDocument: doc(CreateOrgUnitDocument),
  pickCreated: at('createOrgUnit'),
  updateDocument: doc(UpdateOrgUnitDocument),
  pickUpdated: at('updateOrgUnit'),
  deleteDocument: doc(DeleteOrgUnitDocument),
  filterKeys: ['q', 'kind', 'kinds', 'parentId', 'underId', 'ids', 'flag', 'root'],
  createKeys: ['name', 'code', 'kind', 'parentId', 'flags', 'sector'],
  updateKeys: ['name', 'code', 'kind', 'parentId', 'flags', 'sector', 'version'],
  sortable: ['name', 'code', 'kind', 'depth', 'path', 'createdAt', 'updatedAt'],
  masked: [],
};

export const householdSpec: ResourceSpec<HouseholdRecord, HouseholdFilter, CreateHouseholdInput, UpdateHouseholdInput> = {
  listDocument: doc(HouseholdsDocument),
  pickList: at('households'),
  oneDocument: doc(HouseholdDocument),
  pickOne: at('household'),
  createDocument: doc(CreateHouseholdDocument),
  pickCreated: at('createHousehold'),
  updateDocument: doc(UpdateHouseholdDocument),
  pickUpdated: at('updateHousehold'),
  deleteDocument: doc(DeleteHouseholdDocument),
  filterKeys: ['q', 'unitId', 'underId', 'flags', 'needy', 'ids'],
  createKeys: ['unitId', 'headName', 'address', 'phone', 'memberCount', 'flags'],
  updateKeys: ['unitId', 'headName', 'address', 'phone', 'memberCount', 'flags', 'version'],
  sortable: ['headName', 'address', 'memberCount', 'createdAt', 'updatedAt'],
  masked: ['phone'],
};

export const personSpec: ResourceSpec<PersonRecord, PersonFilter, CreatePersonInput, UpdatePersonInput> = {
  listDocument: doc(PeopleDocument),
  pickList: at('people'),
  oneDocument: doc(PersonDocument),
  pickOne: at('person'),
  createDocument: doc(CreatePersonDocument),
  pickCreated: at('createPerson'),
  updateDocument: doc(UpdatePersonDocument),
  pickUpdated: at('updatePerson'),
  deleteDocument: doc(DeletePersonDocument),
  filterKeys: ['q', 'unitId', 'underId', 'ranks', 'partyMember', 'reserveCadre', 'ids'],
  createKeys: [
    'name',
    'gender',
    'birthDate',
    'education',
    'partyMember',
    'partyJoinedOn',
    'rank',
    'reserveCadre',
    'grassrootsExperience',
    'homeCommunityId',
    'idNumber',
    'phone',
    'unitId',
    'positions',
  ],
  updateKeys: [
    'name',
    'gender',
    'birthDate',
    'education',
    'partyMember',
    'partyJoinedOn',
    'rank',
    'reserveCadre',
    'grassrootsExperience',
    'homeCommunityId',
    'idNumber',
    'phone',
    'unitId',
    'version',
  ],
  sortable: ['name', 'birthDate', 'rank', 'createdAt', 'updatedAt'],
  masked: ['phone', 'idNumber'],
};

export const deputyTermSpec: ResourceSpec<
  DeputyTermRecord,
  DeputyTermFilter,
  CreateDeputyTermInput,
  UpdateDeputyTermInput
> = {
  listDocument: doc(DeputyTermsDocument),
  pickList: at('deputyTerms'),
  oneDocument: doc(DeputyTermDocument),
  pickOne: at('deputyTerm'),
  createDocument: doc(CreateDeputyTermDocument),
  pickCreated: at('createDeputyTerm'),
  updateDocument: doc(UpdateDeputyTermDocument),
  pickUpdated: at('updateDeputyTerm'),
  deleteDocument: doc(DeleteDeputyTermDocument),
  filterKeys: ['personId', 'electingUnitId', 'underId', 'activeOn'],
  createKeys: ['personId', 'electingUnitId', 'from', 'to'],
  updateKeys: ['electingUnitId', 'from', 'to', 'version'],
  sortable: ['from', 'to', 'createdAt'],
  masked: [],
};

export const userSpec: ResourceSpec<UserRecord, UserFilter, CreateUserInput, UpdateUserInput> = {
  listDocument: doc(UsersDocument),
  pickList: at('users'),
  oneDocument: doc(UserDocument),
  pickOne: at('user'),
  createDocument: doc(CreateUserDocument),
  pickCreated: at('createUser'),
  updateDocument: doc(UpdateUserDocument),
  pickUpdated: at('updateUser'),
  filterKeys: ['q', 'role', 'scopeUnitId', 'ids'],
  createKeys: ['username', 'displayName', 'password', 'role', 'scopeUnitId', 'personId'],
  updateKeys: ['displayName', 'password', 'role', 'scopeUnitId', 'personId', 'disabled', 'version'],
  sortable: ['username', 'displayName', 'role', 'createdAt'],
  masked: [],
};

const pickCreatedToken = (data: unknown): CreatedApiTokenRecord => {
  const { token, apiToken } = (data as { createApiToken: { token: string; apiToken: ApiTokenRecord } }).createApiToken;
  return { ...apiToken, token };
};

/** Tokens are listed, created (the secret comes back once) and revoked; the API has no by-id read or filter. */
export const apiTokenSpec: ResourceSpec<ApiTokenRecord, Record<string, never>, CreateApiTokenInput, Record<string, never>> = {
  listDocument: doc(ApiTokensDocument) as TypedDocumentNode<unknown, ListVariables<Record<string, never>>>,
  pickList: at('apiTokens'),
  pickOne: at('apiToken'),
  createDocument: doc(CreateApiTokenDocument),
  pickCreated: pickCreatedToken,
  pickUpdated: at('revokeApiToken'),
  filterKeys: [],
  createKeys: ['name', 'scopeUnitId', 'expiresAt'],
  updateKeys: [],
  sortable: [],
  masked: [],
};

/** Read-only: the audit log is append-only and written by the API alone. */
export const auditLogSpec: ResourceSpec<AuditLogRecord, AuditLogFilter, Record<string, never>, Record<string, never>> = {
  listDocument: doc(AuditLogsDocument),
  pickList: at('auditLogs'),
  pickOne: at('auditLog'),
  pickCreated: at('auditLog'),
  pickUpdated: at('auditLog'),
  filterKeys: ['entity', 'entityId', 'action', 'actor', 'from', 'to'],
  createKeys: [],
  updateKeys: [],
  sortable: ['at', 'entity', 'action'],
  masked: [],
};

/** Local rules are made and ended, never edited or deleted: past years keep the figures they were computed with. */
export const localRuleSpec: ResourceSpec<LocalRuleRecord, LocalRuleFilter, CreateLocalRuleInput, Record<string, never>> = {
  listDocument: doc(LocalRulesDocument) as TypedDocumentNode<unknown, ListVariables<LocalRuleFilter>>,
  pickList: at('localRules'),
  pickOne: at('localRule'),
  createDocument: doc(CreateLocalRuleDocument),
  pickCreated: at('createLocalRule'),
  pickUpdated: at('endLocalRule'),
  filterKeys: ['unitId', 'ruleId', 'activeOn'],
  createKeys: ['unitId', 'ruleId', 'effectiveFrom', 'effectiveTo', 'thresholdMin', 'thresholdMax', 'options', 'reason'],
  updateKeys: [],
  sortable: [],
  masked: [],
};

/** Keys of a position edited inline in the person form. */
export const POSITION_INPUT_KEYS = [
  'unitId',
  'title',
  'from',
  'to',
  'leadershipTeam',
  'principal',
  'partySecretary',
  'branchHead',
  'deptHead',
] as const satisfies readonly (keyof PositionInput & keyof UpdatePositionInput)[];

/**
 * Any spec, for the registry. `never` works because filter and input types only appear where values flow
 * into the spec (document variables, key lists), so every concrete spec is assignable to it.
 */
export type AnySpec = ResourceSpec<Identified, never, never, never>;

export const RESOURCE_SPECS = {
  orgUnits: orgUnitSpec,
  households: householdSpec,
  people: personSpec,
  deputyTerms: deputyTermSpec,
  users: userSpec,
  apiTokens: apiTokenSpec,
  auditLogs: auditLogSpec,
  localRules: localRuleSpec,
  // The records of the ten systems, reception and visit cases (issues 6–8).
  ...RECORD_SPECS,
} satisfies Record<string, AnySpec>;

export type ResourceName = keyof typeof RESOURCE_SPECS;
export const RESOURCE_NAMES = Object.keys(RESOURCE_SPECS) as ResourceName[];
