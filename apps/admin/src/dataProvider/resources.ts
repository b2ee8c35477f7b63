import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
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
  oneDocument: TypedDocumentNode<unknown, { id: string }>;
  pickOne(data: unknown): R;
  createDocument: TypedDocumentNode<unknown, { input: C }>;
  pickCreated(data: unknown): R;
  updateDocument: TypedDocumentNode<unknown, { id: string; input: U }>;
  pickUpdated(data: unknown): R;
  deleteDocument: TypedDocumentNode<unknown, { id: string }>;
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
export type { OrgUnitRecord, HouseholdRecord, PersonRecord, DeputyTermRecord };
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
} satisfies Record<string, AnySpec>;

export type ResourceName = keyof typeof RESOURCE_SPECS;
export const RESOURCE_NAMES = Object.keys(RESOURCE_SPECS) as ResourceName[];
