// Every operation the admin sends. graphql-codegen reads this file and writes typed document nodes to
// src/gql/, so a field that is not in packages/schema/schema.graphql fails the build, not the user.
import { graphql } from '../gql';

export const OrgUnitFieldsFragment = graphql(`
  fragment OrgUnitFields on OrgUnit {
    id
    name
    code
    kind
    parentId
    flags
    sector
    depth
    childCount
    householdCount
    personCount
    version
    createdAt
    updatedAt
  }
`);

export const OrgUnitDetailFragment = graphql(`
  fragment OrgUnitDetail on OrgUnit {
    ...OrgUnitFields
    parent {
      id
      name
      kind
    }
    ancestors {
      id
      name
      kind
    }
  }
`);

export const HouseholdFieldsFragment = graphql(`
  fragment HouseholdFields on Household {
    id
    unitId
    headName
    address
    phone
    memberCount
    flags
    version
    createdAt
    updatedAt
  }
`);

export const PositionFieldsFragment = graphql(`
  fragment PositionFields on Position {
    id
    personId
    unitId
    title
    from
    to
    leadershipTeam
    principal
    partySecretary
    branchHead
    deptHead
    version
    unit {
      id
      name
      kind
      flags
    }
  }
`);

export const DeputyTermFieldsFragment = graphql(`
  fragment DeputyTermFields on DeputyTerm {
    id
    personId
    electingUnitId
    from
    to
    version
  }
`);

export const PersonFieldsFragment = graphql(`
  fragment PersonFields on Person {
    id
    name
    gender
    birthDate
    education
    partyMember
    partyJoinedOn
    rank
    reserveCadre
    grassrootsExperience
    homeCommunityId
    idNumber
    phone
    unitId
    version
    createdAt
    updatedAt
    positions {
      ...PositionFields
    }
    deputyTerms {
      ...DeputyTermFields
    }
    # Today in China by default; the API derives them with @lianxi/rules' profilesAt over every post,
    # including posts in units this viewer cannot see.
    profiles
  }
`);

// ── org units ───────────────────────────────────────────────────────────────────────────────────────────

export const OrgUnitsDocument = graphql(`
  query OrgUnits($filter: OrgUnitFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    orgUnits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...OrgUnitFields
      }
    }
  }
`);

export const OrgUnitDocument = graphql(`
  query OrgUnit($id: ID!) {
    orgUnit(id: $id) {
      ...OrgUnitDetail
    }
  }
`);

/** Tree search: each match with the ids of its ancestors, so the tree can expand the path down to it. */
export const OrgUnitPathsDocument = graphql(`
  query OrgUnitPaths($q: String!, $perPage: Int) {
    orgUnits(filter: { q: $q }, perPage: $perPage, sort: { field: "path", order: ASC }) {
      total
      items {
        id
        name
        kind
        ancestors {
          id
        }
      }
    }
  }
`);

export const CreateOrgUnitDocument = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...OrgUnitDetail
    }
  }
`);

export const UpdateOrgUnitDocument = graphql(`
  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      ...OrgUnitDetail
    }
  }
`);

export const DeleteOrgUnitDocument = graphql(`
  mutation DeleteOrgUnit($id: ID!) {
    deleteOrgUnit(id: $id) {
      id
    }
  }
`);

// ── households ──────────────────────────────────────────────────────────────────────────────────────────

export const HouseholdsDocument = graphql(`
  query Households($filter: HouseholdFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...HouseholdFields
      }
    }
  }
`);

export const HouseholdDocument = graphql(`
  query Household($id: ID!) {
    household(id: $id) {
      ...HouseholdFields
    }
  }
`);

export const CreateHouseholdDocument = graphql(`
  mutation CreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      ...HouseholdFields
    }
  }
`);

export const UpdateHouseholdDocument = graphql(`
  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {
    updateHousehold(id: $id, input: $input) {
      ...HouseholdFields
    }
  }
`);

export const DeleteHouseholdDocument = graphql(`
  mutation DeleteHousehold($id: ID!) {
    deleteHousehold(id: $id) {
      id
    }
  }
`);

// ── people and their positions ──────────────────────────────────────────────────────────────────────────

export const PeopleDocument = graphql(`
  query People($filter: PersonFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    people(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...PersonFields
      }
    }
  }
`);

export const PersonDocument = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...PersonFields
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonFields
    }
  }
`);

export const DeletePersonDocument = graphql(`
  mutation DeletePerson($id: ID!) {
    deletePerson(id: $id) {
      id
    }
  }
`);

export const CreatePositionDocument = graphql(`
  mutation CreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      ...PositionFields
    }
  }
`);

export const UpdatePositionDocument = graphql(`
  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {
    updatePosition(id: $id, input: $input) {
      ...PositionFields
    }
  }
`);

export const DeletePositionDocument = graphql(`
  mutation DeletePosition($id: ID!) {
    deletePosition(id: $id) {
      id
    }
  }
`);

// ── deputy terms ────────────────────────────────────────────────────────────────────────────────────────

export const DeputyTermsDocument = graphql(`
  query DeputyTerms($filter: DeputyTermFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    deputyTerms(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...DeputyTermFields
      }
    }
  }
`);

export const DeputyTermDocument = graphql(`
  query DeputyTerm($id: ID!) {
    deputyTerm(id: $id) {
      ...DeputyTermFields
    }
  }
`);

export const CreateDeputyTermDocument = graphql(`
  mutation CreateDeputyTerm($input: CreateDeputyTermInput!) {
    createDeputyTerm(input: $input) {
      ...DeputyTermFields
    }
  }
`);

export const UpdateDeputyTermDocument = graphql(`
  mutation UpdateDeputyTerm($id: ID!, $input: UpdateDeputyTermInput!) {
    updateDeputyTerm(id: $id, input: $input) {
      ...DeputyTermFields
    }
  }
`);

export const DeleteDeputyTermDocument = graphql(`
  mutation DeleteDeputyTerm($id: ID!) {
    deleteDeputyTerm(id: $id) {
      id
    }
  }
`);

// ── session ─────────────────────────────────────────────────────────────────────────────────────────────

export const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      user {
        id
        username
        displayName
        role
        scopeUnitId
        personId
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      kind
      scopeUnitId
      user {
        id
        username
        displayName
        role
        scopeUnitId
        personId
      }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

// ── users ───────────────────────────────────────────────────────────────────────────────────────────────

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    role
    scopeUnitId
    personId
    disabled
    version
    createdAt
  }
`);

export const UsersDocument = graphql(`
  query Users($filter: UserFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...UserFields
      }
    }
  }
`);

export const UserDocument = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserFields
    }
  }
`);

// ── API tokens ──────────────────────────────────────────────────────────────────────────────────────────

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scopeUnitId
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    version
  }
`);

export const ApiTokensDocument = graphql(`
  query ApiTokens($page: Int, $perPage: Int) {
    apiTokens(page: $page, perPage: $perPage) {
      total
      items {
        ...ApiTokenFields
      }
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

// ── audit log and personal data ─────────────────────────────────────────────────────────────────────────

export const AuditLogsDocument = graphql(`
  query AuditLogs($filter: AuditLogFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    auditLogs(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        id
        at
        actor
        actorName
        entity
        entityId
        action
        changes
        requestId
      }
    }
  }
`);

export const PersonPersonalDataDocument = graphql(`
  query PersonPersonalData($id: ID!) {
    personPersonalData(id: $id) {
      id
      phone
      idNumber
    }
  }
`);

export const HouseholdPersonalDataDocument = graphql(`
  query HouseholdPersonalData($id: ID!) {
    householdPersonalData(id: $id) {
      id
      phone
    }
  }
`);

// ── compliance ──────────────────────────────────────────────────────────────────────────────────────────

export const RulesDocument = graphql(`
  query Rules($system: String) {
    rules(system: $system) {
      id
      system
      kind
      titleZh
      titleEn
      citation
      period
      implied
      threshold {
        min
        max
      }
    }
  }
`);

export const UnitComplianceDocument = graphql(`
  query UnitCompliance($unitId: ID!, $year: Int!, $asOf: Date, $system: String) {
    unitCompliance(unitId: $unitId, year: $year, asOf: $asOf, system: $system) {
      unitId
      name
      year
      asOf
      rate
      rules {
        ruleId
        title
        applicable
        met
        onTrack
        atRisk
        missed
      }
      children {
        unitId
        name
        kind
        rate
        applicable
        atRisk
        missed
      }
    }
  }
`);

export const PersonComplianceDocument = graphql(`
  query PersonCompliance($personId: ID!, $year: Int!, $asOf: Date) {
    personCompliance(personId: $personId, year: $year, asOf: $asOf) {
      ruleId
      system
      kind
      title
      status
      actual
      required
      evidenceIds
      evidence {
        id
        kind
        kindTitle
        date
      }
      missing
      explanation
      periodStart
      periodEnd
      warnings {
        code
        message
        severity
      }
    }
  }
`);

export const ComplianceRowsDocument = graphql(`
  query ComplianceRows($filter: ComplianceRowFilter, $limit: Int) {
    complianceRows(filter: $filter, limit: $limit) {
      unitId
      unitName
      personId
      personName
      ruleId
      ruleTitle
      system
      status
      actual
      required
      year
      asOf
    }
  }
`);

// ── local rule sets ─────────────────────────────────────────────────────────────────────────────────────

export const LocalRuleFieldsFragment = graphql(`
  fragment LocalRuleFields on LocalRule {
    id
    unitId
    ruleId
    effectiveFrom
    effectiveTo
    thresholdMin
    thresholdMax
    options
    reason
    version
  }
`);

export const LocalRulesDocument = graphql(`
  query LocalRules($filter: LocalRuleFilter, $page: Int, $perPage: Int) {
    localRules(filter: $filter, page: $page, perPage: $perPage) {
      total
      items {
        ...LocalRuleFields
      }
    }
  }
`);

export const CreateLocalRuleDocument = graphql(`
  mutation CreateLocalRule($input: CreateLocalRuleInput!) {
    createLocalRule(input: $input) {
      ...LocalRuleFields
    }
  }
`);

export const EndLocalRuleDocument = graphql(`
  mutation EndLocalRule($id: ID!, $effectiveTo: Date!) {
    endLocalRule(id: $id, effectiveTo: $effectiveTo) {
      ...LocalRuleFields
    }
  }
`);

export const EffectiveRulesDocument = graphql(`
  query EffectiveRules($unitId: ID!, $date: Date) {
    effectiveRules(unitId: $unitId, date: $date) {
      ruleId
      title
      baseMin
      baseMax
      min
      max
      differs
      localRuleIds
    }
  }
`);
