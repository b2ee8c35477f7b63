/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    code\n    kind\n    parentId\n    flags\n    sector\n    depth\n    childCount\n    householdCount\n    personCount\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  fragment OrgUnitDetail on OrgUnit {\n    ...OrgUnitFields\n    parent {\n      id\n      name\n      kind\n    }\n    ancestors {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OrgUnitDetailFragmentDoc,
    "\n  fragment HouseholdFields on Household {\n    id\n    unitId\n    headName\n    address\n    phone\n    memberCount\n    flags\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.HouseholdFieldsFragmentDoc,
    "\n  fragment PositionFields on Position {\n    id\n    personId\n    unitId\n    title\n    from\n    to\n    leadershipTeam\n    principal\n    partySecretary\n    branchHead\n    deptHead\n    version\n    unit {\n      id\n      name\n      kind\n      flags\n    }\n  }\n": typeof types.PositionFieldsFragmentDoc,
    "\n  fragment DeputyTermFields on DeputyTerm {\n    id\n    personId\n    electingUnitId\n    from\n    to\n    version\n  }\n": typeof types.DeputyTermFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    gender\n    birthDate\n    education\n    partyMember\n    partyJoinedOn\n    rank\n    reserveCadre\n    grassrootsExperience\n    homeCommunityId\n    idNumber\n    phone\n    unitId\n    version\n    createdAt\n    updatedAt\n    positions {\n      ...PositionFields\n    }\n    deputyTerms {\n      ...DeputyTermFields\n    }\n    # Today in China by default; the API derives them with @lianxi/rules' profilesAt over every post,\n    # including posts in units this viewer cannot see.\n    profiles\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query OrgUnits($filter: OrgUnitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    orgUnits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OrgUnitFields\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitDetail\n    }\n  }\n": typeof types.OrgUnitDocument,
    "\n  query OrgUnitPaths($q: String!, $perPage: Int) {\n    orgUnits(filter: { q: $q }, perPage: $perPage, sort: { field: \"path\", order: ASC }) {\n      total\n      items {\n        id\n        name\n        kind\n        ancestors {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitPathsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitDetail\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      ...OrgUnitDetail\n    }\n  }\n": typeof types.UpdateOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  query Households($filter: HouseholdFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...HouseholdFields\n      }\n    }\n  }\n": typeof types.HouseholdsDocument,
    "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdFields\n    }\n  }\n": typeof types.HouseholdDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdFields\n    }\n  }\n": typeof types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      ...HouseholdFields\n    }\n  }\n": typeof types.UpdateHouseholdDocument,
    "\n  mutation DeleteHousehold($id: ID!) {\n    deleteHousehold(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteHouseholdDocument,
    "\n  query People($filter: PersonFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    people(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id) {\n      id\n    }\n  }\n": typeof types.DeletePersonDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionFields\n    }\n  }\n": typeof types.CreatePositionDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      ...PositionFields\n    }\n  }\n": typeof types.UpdatePositionDocument,
    "\n  mutation DeletePosition($id: ID!) {\n    deletePosition(id: $id) {\n      id\n    }\n  }\n": typeof types.DeletePositionDocument,
    "\n  query DeputyTerms($filter: DeputyTermFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyTerms(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyTermFields\n      }\n    }\n  }\n": typeof types.DeputyTermsDocument,
    "\n  query DeputyTerm($id: ID!) {\n    deputyTerm(id: $id) {\n      ...DeputyTermFields\n    }\n  }\n": typeof types.DeputyTermDocument,
    "\n  mutation CreateDeputyTerm($input: CreateDeputyTermInput!) {\n    createDeputyTerm(input: $input) {\n      ...DeputyTermFields\n    }\n  }\n": typeof types.CreateDeputyTermDocument,
    "\n  mutation UpdateDeputyTerm($id: ID!, $input: UpdateDeputyTermInput!) {\n    updateDeputyTerm(id: $id, input: $input) {\n      ...DeputyTermFields\n    }\n  }\n": typeof types.UpdateDeputyTermDocument,
    "\n  mutation DeleteDeputyTerm($id: ID!) {\n    deleteDeputyTerm(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDeputyTermDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      kind\n      scopeUnitId\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    code\n    kind\n    parentId\n    flags\n    sector\n    depth\n    childCount\n    householdCount\n    personCount\n    version\n    createdAt\n    updatedAt\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  fragment OrgUnitDetail on OrgUnit {\n    ...OrgUnitFields\n    parent {\n      id\n      name\n      kind\n    }\n    ancestors {\n      id\n      name\n      kind\n    }\n  }\n": types.OrgUnitDetailFragmentDoc,
    "\n  fragment HouseholdFields on Household {\n    id\n    unitId\n    headName\n    address\n    phone\n    memberCount\n    flags\n    version\n    createdAt\n    updatedAt\n  }\n": types.HouseholdFieldsFragmentDoc,
    "\n  fragment PositionFields on Position {\n    id\n    personId\n    unitId\n    title\n    from\n    to\n    leadershipTeam\n    principal\n    partySecretary\n    branchHead\n    deptHead\n    version\n    unit {\n      id\n      name\n      kind\n      flags\n    }\n  }\n": types.PositionFieldsFragmentDoc,
    "\n  fragment DeputyTermFields on DeputyTerm {\n    id\n    personId\n    electingUnitId\n    from\n    to\n    version\n  }\n": types.DeputyTermFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    gender\n    birthDate\n    education\n    partyMember\n    partyJoinedOn\n    rank\n    reserveCadre\n    grassrootsExperience\n    homeCommunityId\n    idNumber\n    phone\n    unitId\n    version\n    createdAt\n    updatedAt\n    positions {\n      ...PositionFields\n    }\n    deputyTerms {\n      ...DeputyTermFields\n    }\n    # Today in China by default; the API derives them with @lianxi/rules' profilesAt over every post,\n    # including posts in units this viewer cannot see.\n    profiles\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query OrgUnits($filter: OrgUnitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    orgUnits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OrgUnitFields\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitDetail\n    }\n  }\n": types.OrgUnitDocument,
    "\n  query OrgUnitPaths($q: String!, $perPage: Int) {\n    orgUnits(filter: { q: $q }, perPage: $perPage, sort: { field: \"path\", order: ASC }) {\n      total\n      items {\n        id\n        name\n        kind\n        ancestors {\n          id\n        }\n      }\n    }\n  }\n": types.OrgUnitPathsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitDetail\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      ...OrgUnitDetail\n    }\n  }\n": types.UpdateOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id) {\n      id\n    }\n  }\n": types.DeleteOrgUnitDocument,
    "\n  query Households($filter: HouseholdFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...HouseholdFields\n      }\n    }\n  }\n": types.HouseholdsDocument,
    "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdFields\n    }\n  }\n": types.HouseholdDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdFields\n    }\n  }\n": types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      ...HouseholdFields\n    }\n  }\n": types.UpdateHouseholdDocument,
    "\n  mutation DeleteHousehold($id: ID!) {\n    deleteHousehold(id: $id) {\n      id\n    }\n  }\n": types.DeleteHouseholdDocument,
    "\n  query People($filter: PersonFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    people(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...PersonFields\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id) {\n      id\n    }\n  }\n": types.DeletePersonDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionFields\n    }\n  }\n": types.CreatePositionDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      ...PositionFields\n    }\n  }\n": types.UpdatePositionDocument,
    "\n  mutation DeletePosition($id: ID!) {\n    deletePosition(id: $id) {\n      id\n    }\n  }\n": types.DeletePositionDocument,
    "\n  query DeputyTerms($filter: DeputyTermFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyTerms(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyTermFields\n      }\n    }\n  }\n": types.DeputyTermsDocument,
    "\n  query DeputyTerm($id: ID!) {\n    deputyTerm(id: $id) {\n      ...DeputyTermFields\n    }\n  }\n": types.DeputyTermDocument,
    "\n  mutation CreateDeputyTerm($input: CreateDeputyTermInput!) {\n    createDeputyTerm(input: $input) {\n      ...DeputyTermFields\n    }\n  }\n": types.CreateDeputyTermDocument,
    "\n  mutation UpdateDeputyTerm($id: ID!, $input: UpdateDeputyTermInput!) {\n    updateDeputyTerm(id: $id, input: $input) {\n      ...DeputyTermFields\n    }\n  }\n": types.UpdateDeputyTermDocument,
    "\n  mutation DeleteDeputyTerm($id: ID!) {\n    deleteDeputyTerm(id: $id) {\n      id\n    }\n  }\n": types.DeleteDeputyTermDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      kind\n      scopeUnitId\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    code\n    kind\n    parentId\n    flags\n    sector\n    depth\n    childCount\n    householdCount\n    personCount\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    code\n    kind\n    parentId\n    flags\n    sector\n    depth\n    childCount\n    householdCount\n    personCount\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitDetail on OrgUnit {\n    ...OrgUnitFields\n    parent {\n      id\n      name\n      kind\n    }\n    ancestors {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment OrgUnitDetail on OrgUnit {\n    ...OrgUnitFields\n    parent {\n      id\n      name\n      kind\n    }\n    ancestors {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdFields on Household {\n    id\n    unitId\n    headName\n    address\n    phone\n    memberCount\n    flags\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment HouseholdFields on Household {\n    id\n    unitId\n    headName\n    address\n    phone\n    memberCount\n    flags\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionFields on Position {\n    id\n    personId\n    unitId\n    title\n    from\n    to\n    leadershipTeam\n    principal\n    partySecretary\n    branchHead\n    deptHead\n    version\n    unit {\n      id\n      name\n      kind\n      flags\n    }\n  }\n"): (typeof documents)["\n  fragment PositionFields on Position {\n    id\n    personId\n    unitId\n    title\n    from\n    to\n    leadershipTeam\n    principal\n    partySecretary\n    branchHead\n    deptHead\n    version\n    unit {\n      id\n      name\n      kind\n      flags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeputyTermFields on DeputyTerm {\n    id\n    personId\n    electingUnitId\n    from\n    to\n    version\n  }\n"): (typeof documents)["\n  fragment DeputyTermFields on DeputyTerm {\n    id\n    personId\n    electingUnitId\n    from\n    to\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    name\n    gender\n    birthDate\n    education\n    partyMember\n    partyJoinedOn\n    rank\n    reserveCadre\n    grassrootsExperience\n    homeCommunityId\n    idNumber\n    phone\n    unitId\n    version\n    createdAt\n    updatedAt\n    positions {\n      ...PositionFields\n    }\n    deputyTerms {\n      ...DeputyTermFields\n    }\n    # Today in China by default; the API derives them with @lianxi/rules' profilesAt over every post,\n    # including posts in units this viewer cannot see.\n    profiles\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    name\n    gender\n    birthDate\n    education\n    partyMember\n    partyJoinedOn\n    rank\n    reserveCadre\n    grassrootsExperience\n    homeCommunityId\n    idNumber\n    phone\n    unitId\n    version\n    createdAt\n    updatedAt\n    positions {\n      ...PositionFields\n    }\n    deputyTerms {\n      ...DeputyTermFields\n    }\n    # Today in China by default; the API derives them with @lianxi/rules' profilesAt over every post,\n    # including posts in units this viewer cannot see.\n    profiles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($filter: OrgUnitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    orgUnits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OrgUnitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($filter: OrgUnitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    orgUnits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OrgUnitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitDetail\n    }\n  }\n"): (typeof documents)["\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitPaths($q: String!, $perPage: Int) {\n    orgUnits(filter: { q: $q }, perPage: $perPage, sort: { field: \"path\", order: ASC }) {\n      total\n      items {\n        id\n        name\n        kind\n        ancestors {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitPaths($q: String!, $perPage: Int) {\n    orgUnits(filter: { q: $q }, perPage: $perPage, sort: { field: \"path\", order: ASC }) {\n      total\n      items {\n        id\n        name\n        kind\n        ancestors {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      ...OrgUnitDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      ...OrgUnitDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Households($filter: HouseholdFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...HouseholdFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Households($filter: HouseholdFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...HouseholdFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdFields\n    }\n  }\n"): (typeof documents)["\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      ...HouseholdFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      ...HouseholdFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteHousehold($id: ID!) {\n    deleteHousehold(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteHousehold($id: ID!) {\n    deleteHousehold(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($filter: PersonFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    people(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($filter: PersonFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    people(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      ...PositionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      ...PositionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePosition($id: ID!) {\n    deletePosition(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePosition($id: ID!) {\n    deletePosition(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyTerms($filter: DeputyTermFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyTerms(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyTermFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeputyTerms($filter: DeputyTermFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyTerms(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyTermFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyTerm($id: ID!) {\n    deputyTerm(id: $id) {\n      ...DeputyTermFields\n    }\n  }\n"): (typeof documents)["\n  query DeputyTerm($id: ID!) {\n    deputyTerm(id: $id) {\n      ...DeputyTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeputyTerm($input: CreateDeputyTermInput!) {\n    createDeputyTerm(input: $input) {\n      ...DeputyTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeputyTerm($input: CreateDeputyTermInput!) {\n    createDeputyTerm(input: $input) {\n      ...DeputyTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeputyTerm($id: ID!, $input: UpdateDeputyTermInput!) {\n    updateDeputyTerm(id: $id, input: $input) {\n      ...DeputyTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeputyTerm($id: ID!, $input: UpdateDeputyTermInput!) {\n    updateDeputyTerm(id: $id, input: $input) {\n      ...DeputyTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeputyTerm($id: ID!) {\n    deleteDeputyTerm(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDeputyTerm($id: ID!) {\n    deleteDeputyTerm(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      kind\n      scopeUnitId\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      kind\n      scopeUnitId\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;