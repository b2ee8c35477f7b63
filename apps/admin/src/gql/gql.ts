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
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n        personId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      kind\n      scopeUnitId\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n        personId\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    scopeUnitId\n    personId\n    disabled\n    version\n    createdAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopeUnitId\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($page: Int, $perPage: Int) {\n    apiTokens(page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditLogs($filter: AuditLogFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    auditLogs(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        id\n        at\n        actor\n        actorName\n        entity\n        entityId\n        action\n        changes\n        requestId\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query PersonPersonalData($id: ID!) {\n    personPersonalData(id: $id) {\n      id\n      phone\n      idNumber\n    }\n  }\n": typeof types.PersonPersonalDataDocument,
    "\n  query HouseholdPersonalData($id: ID!) {\n    householdPersonalData(id: $id) {\n      id\n      phone\n    }\n  }\n": typeof types.HouseholdPersonalDataDocument,
    "\n  query Rules($system: String) {\n    rules(system: $system) {\n      id\n      system\n      kind\n      titleZh\n      titleEn\n      citation\n      period\n      implied\n      threshold {\n        min\n        max\n      }\n    }\n  }\n": typeof types.RulesDocument,
    "\n  query UnitCompliance($unitId: ID!, $year: Int!, $asOf: Date, $system: String) {\n    unitCompliance(unitId: $unitId, year: $year, asOf: $asOf, system: $system) {\n      unitId\n      name\n      year\n      asOf\n      rate\n      rules {\n        ruleId\n        title\n        applicable\n        met\n        onTrack\n        atRisk\n        missed\n      }\n      children {\n        unitId\n        name\n        kind\n        rate\n        applicable\n        atRisk\n        missed\n      }\n    }\n  }\n": typeof types.UnitComplianceDocument,
    "\n  query PersonCompliance($personId: ID!, $year: Int!, $asOf: Date) {\n    personCompliance(personId: $personId, year: $year, asOf: $asOf) {\n      ruleId\n      system\n      kind\n      title\n      status\n      actual\n      required\n      evidenceIds\n      evidence {\n        id\n        kind\n        kindTitle\n        date\n      }\n      missing\n      explanation\n      periodStart\n      periodEnd\n      warnings {\n        code\n        message\n        severity\n      }\n    }\n  }\n": typeof types.PersonComplianceDocument,
    "\n  query ComplianceRows($filter: ComplianceRowFilter, $limit: Int) {\n    complianceRows(filter: $filter, limit: $limit) {\n      unitId\n      unitName\n      personId\n      personName\n      ruleId\n      ruleTitle\n      system\n      status\n      actual\n      required\n      year\n      asOf\n    }\n  }\n": typeof types.ComplianceRowsDocument,
    "\n  fragment LocalRuleFields on LocalRule {\n    id\n    unitId\n    ruleId\n    effectiveFrom\n    effectiveTo\n    thresholdMin\n    thresholdMax\n    options\n    reason\n    version\n  }\n": typeof types.LocalRuleFieldsFragmentDoc,
    "\n  query LocalRules($filter: LocalRuleFilter, $page: Int, $perPage: Int) {\n    localRules(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...LocalRuleFields\n      }\n    }\n  }\n": typeof types.LocalRulesDocument,
    "\n  mutation CreateLocalRule($input: CreateLocalRuleInput!) {\n    createLocalRule(input: $input) {\n      ...LocalRuleFields\n    }\n  }\n": typeof types.CreateLocalRuleDocument,
    "\n  mutation EndLocalRule($id: ID!, $effectiveTo: Date!) {\n    endLocalRule(id: $id, effectiveTo: $effectiveTo) {\n      ...LocalRuleFields\n    }\n  }\n": typeof types.EndLocalRuleDocument,
    "\n  query EffectiveRules($unitId: ID!, $date: Date) {\n    effectiveRules(unitId: $unitId, date: $date) {\n      ruleId\n      title\n      baseMin\n      baseMax\n      min\n      max\n      differs\n      localRuleIds\n    }\n  }\n": typeof types.EffectiveRulesDocument,
    "\n  fragment ResearchTripFields on ResearchTrip {\n    createdAt days endsOn findings householdsVisitedIds id noDisturbance noReception note occurredOn person { id name } personId purpose stationed travelLight unit { id name } unitId unitsVisited { id name } unitsVisitedIds updatedAt version warnings { code message severity }\n  }\n": typeof types.ResearchTripFieldsFragmentDoc,
    "\n  query ResearchTrips($filter: ResearchTripFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchTrips(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchTripFields\n      }\n    }\n  }\n": typeof types.ResearchTripsDocument,
    "\n  query ResearchTrip($id: ID!) {\n    researchTrip(id: $id) {\n      ...ResearchTripFields\n    }\n  }\n": typeof types.ResearchTripDocument,
    "\n  mutation CreateResearchTrip($input: CreateResearchTripInput!) {\n    createResearchTrip(input: $input) {\n      ...ResearchTripFields\n    }\n  }\n": typeof types.CreateResearchTripDocument,
    "\n  mutation UpdateResearchTrip($id: ID!, $input: UpdateResearchTripInput!) {\n    updateResearchTrip(id: $id, input: $input) {\n      ...ResearchTripFields\n    }\n  }\n": typeof types.UpdateResearchTripDocument,
    "\n  mutation DeleteResearchTrip($id: ID!) {\n    deleteResearchTrip(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteResearchTripDocument,
    "\n  fragment ResearchTopicFields on ResearchTopic {\n    approvedOn createdAt id major note occurredOn person { id name } personId plan status team { id name } teamIds title unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.ResearchTopicFieldsFragmentDoc,
    "\n  query ResearchTopics($filter: ResearchTopicFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchTopics(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchTopicFields\n      }\n    }\n  }\n": typeof types.ResearchTopicsDocument,
    "\n  query ResearchTopic($id: ID!) {\n    researchTopic(id: $id) {\n      ...ResearchTopicFields\n    }\n  }\n": typeof types.ResearchTopicDocument,
    "\n  mutation CreateResearchTopic($input: CreateResearchTopicInput!) {\n    createResearchTopic(input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n": typeof types.CreateResearchTopicDocument,
    "\n  mutation UpdateResearchTopic($id: ID!, $input: UpdateResearchTopicInput!) {\n    updateResearchTopic(id: $id, input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n": typeof types.UpdateResearchTopicDocument,
    "\n  mutation DeleteResearchTopic($id: ID!) {\n    deleteResearchTopic(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteResearchTopicDocument,
    "\n  fragment ResearchReportFields on ResearchReport {\n    createdAt fileRef id note occurredOn person { id name } personId routedTo submittedTo summary title topic { id title } topicId unit { id name } unitId updatedAt version warnings { code message severity } written\n  }\n": typeof types.ResearchReportFieldsFragmentDoc,
    "\n  query ResearchReports($filter: ResearchReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchReportFields\n      }\n    }\n  }\n": typeof types.ResearchReportsDocument,
    "\n  query ResearchReport($id: ID!) {\n    researchReport(id: $id) {\n      ...ResearchReportFields\n    }\n  }\n": typeof types.ResearchReportDocument,
    "\n  mutation CreateResearchReport($input: CreateResearchReportInput!) {\n    createResearchReport(input: $input) {\n      ...ResearchReportFields\n    }\n  }\n": typeof types.CreateResearchReportDocument,
    "\n  mutation UpdateResearchReport($id: ID!, $input: UpdateResearchReportInput!) {\n    updateResearchReport(id: $id, input: $input) {\n      ...ResearchReportFields\n    }\n  }\n": typeof types.UpdateResearchReportDocument,
    "\n  mutation DeleteResearchReport($id: ID!) {\n    deleteResearchReport(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteResearchReportDocument,
    "\n  fragment ContactLinkFields on ContactLink {\n    category createdAt endReason endsOn id level note occurredOn person { id name } personId targetHousehold { id headName } targetHouseholdId targetUnit { id name } targetUnitId unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.ContactLinkFieldsFragmentDoc,
    "\n  query ContactLinks($filter: ContactLinkFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    contactLinks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ContactLinkFields\n      }\n    }\n  }\n": typeof types.ContactLinksDocument,
    "\n  query ContactLink($id: ID!) {\n    contactLink(id: $id) {\n      ...ContactLinkFields\n    }\n  }\n": typeof types.ContactLinkDocument,
    "\n  mutation CreateContactLink($input: CreateContactLinkInput!) {\n    createContactLink(input: $input) {\n      ...ContactLinkFields\n    }\n  }\n": typeof types.CreateContactLinkDocument,
    "\n  mutation UpdateContactLink($id: ID!, $input: UpdateContactLinkInput!) {\n    updateContactLink(id: $id, input: $input) {\n      ...ContactLinkFields\n    }\n  }\n": typeof types.UpdateContactLinkDocument,
    "\n  mutation DeleteContactLink($id: ID!) {\n    deleteContactLink(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteContactLinkDocument,
    "\n  fragment ContactVisitFields on ContactVisit {\n    content counts createdAt days id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n": typeof types.ContactVisitFieldsFragmentDoc,
    "\n  query ContactVisits($filter: ContactVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    contactVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ContactVisitFields\n      }\n    }\n  }\n": typeof types.ContactVisitsDocument,
    "\n  query ContactVisit($id: ID!) {\n    contactVisit(id: $id) {\n      ...ContactVisitFields\n    }\n  }\n": typeof types.ContactVisitDocument,
    "\n  mutation CreateContactVisit($input: CreateContactVisitInput!) {\n    createContactVisit(input: $input) {\n      ...ContactVisitFields\n    }\n  }\n": typeof types.CreateContactVisitDocument,
    "\n  mutation UpdateContactVisit($id: ID!, $input: UpdateContactVisitInput!) {\n    updateContactVisit(id: $id, input: $input) {\n      ...ContactVisitFields\n    }\n  }\n": typeof types.UpdateContactVisitDocument,
    "\n  mutation DeleteContactVisit($id: ID!) {\n    deleteContactVisit(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteContactVisitDocument,
    "\n  fragment FamilyVisitFields on FamilyVisit {\n    content createdAt household { id headName } householdId id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n": typeof types.FamilyVisitFieldsFragmentDoc,
    "\n  query FamilyVisits($filter: FamilyVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    familyVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...FamilyVisitFields\n      }\n    }\n  }\n": typeof types.FamilyVisitsDocument,
    "\n  query FamilyVisit($id: ID!) {\n    familyVisit(id: $id) {\n      ...FamilyVisitFields\n    }\n  }\n": typeof types.FamilyVisitDocument,
    "\n  mutation CreateFamilyVisit($input: CreateFamilyVisitInput!) {\n    createFamilyVisit(input: $input) {\n      ...FamilyVisitFields\n    }\n  }\n": typeof types.CreateFamilyVisitDocument,
    "\n  mutation UpdateFamilyVisit($id: ID!, $input: UpdateFamilyVisitInput!) {\n    updateFamilyVisit(id: $id, input: $input) {\n      ...FamilyVisitFields\n    }\n  }\n": typeof types.UpdateFamilyVisitDocument,
    "\n  mutation DeleteFamilyVisit($id: ID!) {\n    deleteFamilyVisit(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteFamilyVisitDocument,
    "\n  fragment BranchPairingFields on BranchPairing {\n    branch { id name } branchId createdAt endsOn goal id note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n": typeof types.BranchPairingFieldsFragmentDoc,
    "\n  query BranchPairings($filter: BranchPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    branchPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...BranchPairingFields\n      }\n    }\n  }\n": typeof types.BranchPairingsDocument,
    "\n  query BranchPairing($id: ID!) {\n    branchPairing(id: $id) {\n      ...BranchPairingFields\n    }\n  }\n": typeof types.BranchPairingDocument,
    "\n  mutation CreateBranchPairing($input: CreateBranchPairingInput!) {\n    createBranchPairing(input: $input) {\n      ...BranchPairingFields\n    }\n  }\n": typeof types.CreateBranchPairingDocument,
    "\n  mutation UpdateBranchPairing($id: ID!, $input: UpdateBranchPairingInput!) {\n    updateBranchPairing(id: $id, input: $input) {\n      ...BranchPairingFields\n    }\n  }\n": typeof types.UpdateBranchPairingDocument,
    "\n  mutation DeleteBranchPairing($id: ID!) {\n    deleteBranchPairing(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteBranchPairingDocument,
    "\n  fragment SecondmentFields on Secondment {\n    createdAt eligibilityOverrideReason endsOn fromPost fromUnit { id name } fromUnitId id leftOriginalPost livesAtGrassroots note occurredOn outstandingGraduate person { id name } personId role toPost toUnit { id name } toUnitId unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.SecondmentFieldsFragmentDoc,
    "\n  query Secondments($filter: SecondmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    secondments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...SecondmentFields\n      }\n    }\n  }\n": typeof types.SecondmentsDocument,
    "\n  query Secondment($id: ID!) {\n    secondment(id: $id) {\n      ...SecondmentFields\n    }\n  }\n": typeof types.SecondmentDocument,
    "\n  mutation CreateSecondment($input: CreateSecondmentInput!) {\n    createSecondment(input: $input) {\n      ...SecondmentFields\n    }\n  }\n": typeof types.CreateSecondmentDocument,
    "\n  mutation UpdateSecondment($id: ID!, $input: UpdateSecondmentInput!) {\n    updateSecondment(id: $id, input: $input) {\n      ...SecondmentFields\n    }\n  }\n": typeof types.UpdateSecondmentDocument,
    "\n  mutation DeleteSecondment($id: ID!) {\n    deleteSecondment(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteSecondmentDocument,
    "\n  fragment SecondmentAssessmentFields on SecondmentAssessment {\n    comment createdAt id kind note occurredOn person { id name } personId result secondment { id toPost } secondmentId unit { id name } unitId updatedAt version\n  }\n": typeof types.SecondmentAssessmentFieldsFragmentDoc,
    "\n  query SecondmentAssessments($filter: SecondmentAssessmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    secondmentAssessments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...SecondmentAssessmentFields\n      }\n    }\n  }\n": typeof types.SecondmentAssessmentsDocument,
    "\n  query SecondmentAssessment($id: ID!) {\n    secondmentAssessment(id: $id) {\n      ...SecondmentAssessmentFields\n    }\n  }\n": typeof types.SecondmentAssessmentDocument,
    "\n  mutation CreateSecondmentAssessment($input: CreateSecondmentAssessmentInput!) {\n    createSecondmentAssessment(input: $input) {\n      ...SecondmentAssessmentFields\n    }\n  }\n": typeof types.CreateSecondmentAssessmentDocument,
    "\n  mutation UpdateSecondmentAssessment($id: ID!, $input: UpdateSecondmentAssessmentInput!) {\n    updateSecondmentAssessment(id: $id, input: $input) {\n      ...SecondmentAssessmentFields\n    }\n  }\n": typeof types.UpdateSecondmentAssessmentDocument,
    "\n  mutation DeleteSecondmentAssessment($id: ID!) {\n    deleteSecondmentAssessment(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteSecondmentAssessmentDocument,
    "\n  fragment TalkFields on Talk {\n    counterpart { id name } counterpartId createdAt forwardedOn forwardedTo { id name } forwardedToId id kind note occurredOn opinions participants person { id name } personId round unit { id name } unitId updatedAt version\n  }\n": typeof types.TalkFieldsFragmentDoc,
    "\n  query Talks($filter: TalkFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    talks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...TalkFields\n      }\n    }\n  }\n": typeof types.TalksDocument,
    "\n  query Talk($id: ID!) {\n    talk(id: $id) {\n      ...TalkFields\n    }\n  }\n": typeof types.TalkDocument,
    "\n  mutation CreateTalk($input: CreateTalkInput!) {\n    createTalk(input: $input) {\n      ...TalkFields\n    }\n  }\n": typeof types.CreateTalkDocument,
    "\n  mutation UpdateTalk($id: ID!, $input: UpdateTalkInput!) {\n    updateTalk(id: $id, input: $input) {\n      ...TalkFields\n    }\n  }\n": typeof types.UpdateTalkDocument,
    "\n  mutation DeleteTalk($id: ID!) {\n    deleteTalk(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteTalkDocument,
    "\n  fragment ExperienceFields on Experience {\n    createdAt diary id kind note occurredOn person { id name } personId place unit { id name } unitId updatedAt version\n  }\n": typeof types.ExperienceFieldsFragmentDoc,
    "\n  query Experiences($filter: ExperienceFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    experiences(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ExperienceFields\n      }\n    }\n  }\n": typeof types.ExperiencesDocument,
    "\n  query Experience($id: ID!) {\n    experience(id: $id) {\n      ...ExperienceFields\n    }\n  }\n": typeof types.ExperienceDocument,
    "\n  mutation CreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      ...ExperienceFields\n    }\n  }\n": typeof types.CreateExperienceDocument,
    "\n  mutation UpdateExperience($id: ID!, $input: UpdateExperienceInput!) {\n    updateExperience(id: $id, input: $input) {\n      ...ExperienceFields\n    }\n  }\n": typeof types.UpdateExperienceDocument,
    "\n  mutation DeleteExperience($id: ID!) {\n    deleteExperience(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteExperienceDocument,
    "\n  fragment OpinionChannelFields on OpinionChannel {\n    closedOn contact createdAt id kind name note openedOn unit { id name } unitId updatedAt version\n  }\n": typeof types.OpinionChannelFieldsFragmentDoc,
    "\n  query OpinionChannels($filter: OpinionChannelFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinionChannels(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionChannelFields\n      }\n    }\n  }\n": typeof types.OpinionChannelsDocument,
    "\n  query OpinionChannel($id: ID!) {\n    opinionChannel(id: $id) {\n      ...OpinionChannelFields\n    }\n  }\n": typeof types.OpinionChannelDocument,
    "\n  mutation CreateOpinionChannel($input: CreateOpinionChannelInput!) {\n    createOpinionChannel(input: $input) {\n      ...OpinionChannelFields\n    }\n  }\n": typeof types.CreateOpinionChannelDocument,
    "\n  mutation UpdateOpinionChannel($id: ID!, $input: UpdateOpinionChannelInput!) {\n    updateOpinionChannel(id: $id, input: $input) {\n      ...OpinionChannelFields\n    }\n  }\n": typeof types.UpdateOpinionChannelDocument,
    "\n  mutation DeleteOpinionChannel($id: ID!) {\n    deleteOpinionChannel(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteOpinionChannelDocument,
    "\n  fragment OpinionFields on Opinion {\n    adoption adoptionReason answer answeredOn channel { id name } channelId content createdAt decision { id title } decisionId forwardedOn forwardedTo id note receivedOn submitterName submitterPhone unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.OpinionFieldsFragmentDoc,
    "\n  query Opinions($filter: OpinionFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionFields\n      }\n    }\n  }\n": typeof types.OpinionsDocument,
    "\n  query Opinion($id: ID!) {\n    opinion(id: $id) {\n      ...OpinionFields\n    }\n  }\n": typeof types.OpinionDocument,
    "\n  mutation CreateOpinion($input: CreateOpinionInput!) {\n    createOpinion(input: $input) {\n      ...OpinionFields\n    }\n  }\n": typeof types.CreateOpinionDocument,
    "\n  mutation UpdateOpinion($id: ID!, $input: UpdateOpinionInput!) {\n    updateOpinion(id: $id, input: $input) {\n      ...OpinionFields\n    }\n  }\n": typeof types.UpdateOpinionDocument,
    "\n  mutation DeleteOpinion($id: ID!) {\n    deleteOpinion(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteOpinionDocument,
    "\n  fragment DecisionFields on Decision {\n    consultations { date form participants summary } createdAt decidedOn feedback feedbackPublishedOn id note opinions { id content adoption } proposedOn riskAssessedOn riskAssessment riskLevel status summary title unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query Decisions($filter: DecisionFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    decisions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DecisionFields\n      }\n    }\n  }\n": typeof types.DecisionsDocument,
    "\n  query Decision($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n    }\n  }\n": typeof types.DecisionDocument,
    "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.CreateDecisionDocument,
    "\n  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!) {\n    updateDecision(id: $id, input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.UpdateDecisionDocument,
    "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDecisionDocument,
    "\n  fragment OpinionAnalysisFields on OpinionAnalysis {\n    createdAt findings id madeOn measures note periodFrom periodTo title unit { id name } unitId updatedAt version\n  }\n": typeof types.OpinionAnalysisFieldsFragmentDoc,
    "\n  query OpinionAnalyses($filter: OpinionAnalysisFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinionAnalyses(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionAnalysisFields\n      }\n    }\n  }\n": typeof types.OpinionAnalysesDocument,
    "\n  query OpinionAnalysis($id: ID!) {\n    opinionAnalysis(id: $id) {\n      ...OpinionAnalysisFields\n    }\n  }\n": typeof types.OpinionAnalysisDocument,
    "\n  mutation CreateOpinionAnalysis($input: CreateOpinionAnalysisInput!) {\n    createOpinionAnalysis(input: $input) {\n      ...OpinionAnalysisFields\n    }\n  }\n": typeof types.CreateOpinionAnalysisDocument,
    "\n  mutation UpdateOpinionAnalysis($id: ID!, $input: UpdateOpinionAnalysisInput!) {\n    updateOpinionAnalysis(id: $id, input: $input) {\n      ...OpinionAnalysisFields\n    }\n  }\n": typeof types.UpdateOpinionAnalysisDocument,
    "\n  mutation DeleteOpinionAnalysis($id: ID!) {\n    deleteOpinionAnalysis(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteOpinionAnalysisDocument,
    "\n  fragment CommitmentFields on Commitment {\n    category content createdAt evaluatedOn evaluationComment evaluationResult fulfilledOn fulfilment id note person { id name } personId proposedOn publishedOn status unit { id name } unitId updatedAt version warnings { code message severity } year\n  }\n": typeof types.CommitmentFieldsFragmentDoc,
    "\n  query Commitments($filter: CommitmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    commitments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommitmentFields\n      }\n    }\n  }\n": typeof types.CommitmentsDocument,
    "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.CommitmentDocument,
    "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.CreateCommitmentDocument,
    "\n  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!) {\n    updateCommitment(id: $id, input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.UpdateCommitmentDocument,
    "\n  mutation DeleteCommitment($id: ID!) {\n    deleteCommitment(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCommitmentDocument,
    "\n  fragment DeputyActivityFields on DeputyActivity {\n    createdAt deputies { id name } deputyIds heldOn id issuesRaised location note peopleMet title unit { id name } unitId updatedAt version\n  }\n": typeof types.DeputyActivityFieldsFragmentDoc,
    "\n  query DeputyActivities($filter: DeputyActivityFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyActivities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyActivityFields\n      }\n    }\n  }\n": typeof types.DeputyActivitiesDocument,
    "\n  query DeputyActivity($id: ID!) {\n    deputyActivity(id: $id) {\n      ...DeputyActivityFields\n    }\n  }\n": typeof types.DeputyActivityDocument,
    "\n  mutation CreateDeputyActivity($input: CreateDeputyActivityInput!) {\n    createDeputyActivity(input: $input) {\n      ...DeputyActivityFields\n    }\n  }\n": typeof types.CreateDeputyActivityDocument,
    "\n  mutation UpdateDeputyActivity($id: ID!, $input: UpdateDeputyActivityInput!) {\n    updateDeputyActivity(id: $id, input: $input) {\n      ...DeputyActivityFields\n    }\n  }\n": typeof types.UpdateDeputyActivityDocument,
    "\n  mutation DeleteDeputyActivity($id: ID!) {\n    deleteDeputyActivity(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDeputyActivityDocument,
    "\n  fragment DeputyPairingFields on DeputyPairing {\n    createdAt endReason from household { id headName } householdId id note person { id name } personId termId to unit { id name } unitId updatedAt version\n  }\n": typeof types.DeputyPairingFieldsFragmentDoc,
    "\n  query DeputyPairings($filter: DeputyPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyPairingFields\n      }\n    }\n  }\n": typeof types.DeputyPairingsDocument,
    "\n  query DeputyPairing($id: ID!) {\n    deputyPairing(id: $id) {\n      ...DeputyPairingFields\n    }\n  }\n": typeof types.DeputyPairingDocument,
    "\n  mutation CreateDeputyPairing($input: CreateDeputyPairingInput!) {\n    createDeputyPairing(input: $input) {\n      ...DeputyPairingFields\n    }\n  }\n": typeof types.CreateDeputyPairingDocument,
    "\n  mutation UpdateDeputyPairing($id: ID!, $input: UpdateDeputyPairingInput!) {\n    updateDeputyPairing(id: $id, input: $input) {\n      ...DeputyPairingFields\n    }\n  }\n": typeof types.UpdateDeputyPairingDocument,
    "\n  mutation DeleteDeputyPairing($id: ID!) {\n    deleteDeputyPairing(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDeputyPairingDocument,
    "\n  fragment DeputyDutyReportFields on DeputyDutyReport {\n    attendees createdAt evaluatedOn evaluationResult id note person { id name } personId reportedOn summary termId unit { id name } unitId updatedAt version\n  }\n": typeof types.DeputyDutyReportFieldsFragmentDoc,
    "\n  query DeputyDutyReports($filter: DeputyDutyReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyDutyReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyDutyReportFields\n      }\n    }\n  }\n": typeof types.DeputyDutyReportsDocument,
    "\n  query DeputyDutyReport($id: ID!) {\n    deputyDutyReport(id: $id) {\n      ...DeputyDutyReportFields\n    }\n  }\n": typeof types.DeputyDutyReportDocument,
    "\n  mutation CreateDeputyDutyReport($input: CreateDeputyDutyReportInput!) {\n    createDeputyDutyReport(input: $input) {\n      ...DeputyDutyReportFields\n    }\n  }\n": typeof types.CreateDeputyDutyReportDocument,
    "\n  mutation UpdateDeputyDutyReport($id: ID!, $input: UpdateDeputyDutyReportInput!) {\n    updateDeputyDutyReport(id: $id, input: $input) {\n      ...DeputyDutyReportFields\n    }\n  }\n": typeof types.UpdateDeputyDutyReportDocument,
    "\n  mutation DeleteDeputyDutyReport($id: ID!) {\n    deleteDeputyDutyReport(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDeputyDutyReportDocument,
    "\n  fragment CommunityRegistrationFields on CommunityRegistration {\n    community { id name } communityId createdAt dueOn endsOn id joinedOn note person { id name } personId reason registeredOn unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.CommunityRegistrationFieldsFragmentDoc,
    "\n  query CommunityRegistrations($filter: CommunityRegistrationFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    communityRegistrations(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommunityRegistrationFields\n      }\n    }\n  }\n": typeof types.CommunityRegistrationsDocument,
    "\n  query CommunityRegistration($id: ID!) {\n    communityRegistration(id: $id) {\n      ...CommunityRegistrationFields\n    }\n  }\n": typeof types.CommunityRegistrationDocument,
    "\n  mutation CreateCommunityRegistration($input: CreateCommunityRegistrationInput!) {\n    createCommunityRegistration(input: $input) {\n      ...CommunityRegistrationFields\n    }\n  }\n": typeof types.CreateCommunityRegistrationDocument,
    "\n  mutation UpdateCommunityRegistration($id: ID!, $input: UpdateCommunityRegistrationInput!) {\n    updateCommunityRegistration(id: $id, input: $input) {\n      ...CommunityRegistrationFields\n    }\n  }\n": typeof types.UpdateCommunityRegistrationDocument,
    "\n  mutation DeleteCommunityRegistration($id: ID!) {\n    deleteCommunityRegistration(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCommunityRegistrationDocument,
    "\n  fragment CommunityServiceProjectFields on CommunityServiceProject {\n    claimedOn community { id name } communityId createdAt description endsOn id note person { id name } personId projectName unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.CommunityServiceProjectFieldsFragmentDoc,
    "\n  query CommunityServiceProjects($filter: CommunityServiceProjectFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    communityServiceProjects(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommunityServiceProjectFields\n      }\n    }\n  }\n": typeof types.CommunityServiceProjectsDocument,
    "\n  query CommunityServiceProject($id: ID!) {\n    communityServiceProject(id: $id) {\n      ...CommunityServiceProjectFields\n    }\n  }\n": typeof types.CommunityServiceProjectDocument,
    "\n  mutation CreateCommunityServiceProject($input: CreateCommunityServiceProjectInput!) {\n    createCommunityServiceProject(input: $input) {\n      ...CommunityServiceProjectFields\n    }\n  }\n": typeof types.CreateCommunityServiceProjectDocument,
    "\n  mutation UpdateCommunityServiceProject($id: ID!, $input: UpdateCommunityServiceProjectInput!) {\n    updateCommunityServiceProject(id: $id, input: $input) {\n      ...CommunityServiceProjectFields\n    }\n  }\n": typeof types.UpdateCommunityServiceProjectDocument,
    "\n  mutation DeleteCommunityServiceProject($id: ID!) {\n    deleteCommunityServiceProject(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCommunityServiceProjectDocument,
    "\n  fragment ServicePairingFields on ServicePairing {\n    createdAt from household { id headName } householdId id note person { id name } personId station to unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.ServicePairingFieldsFragmentDoc,
    "\n  query ServicePairings($filter: ServicePairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    servicePairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ServicePairingFields\n      }\n    }\n  }\n": typeof types.ServicePairingsDocument,
    "\n  query ServicePairing($id: ID!) {\n    servicePairing(id: $id) {\n      ...ServicePairingFields\n    }\n  }\n": typeof types.ServicePairingDocument,
    "\n  mutation CreateServicePairing($input: CreateServicePairingInput!) {\n    createServicePairing(input: $input) {\n      ...ServicePairingFields\n    }\n  }\n": typeof types.CreateServicePairingDocument,
    "\n  mutation UpdateServicePairing($id: ID!, $input: UpdateServicePairingInput!) {\n    updateServicePairing(id: $id, input: $input) {\n      ...ServicePairingFields\n    }\n  }\n": typeof types.UpdateServicePairingDocument,
    "\n  mutation DeleteServicePairing($id: ID!) {\n    deleteServicePairing(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteServicePairingDocument,
    "\n  fragment YearEndReportFields on YearEndReport {\n    body createdAt draftedOn id note reviewComments reviewedOn status submittedOn title unit { id name } unitId updatedAt version year\n  }\n": typeof types.YearEndReportFieldsFragmentDoc,
    "\n  query YearEndReports($filter: YearEndReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    yearEndReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...YearEndReportFields\n      }\n    }\n  }\n": typeof types.YearEndReportsDocument,
    "\n  query YearEndReport($id: ID!) {\n    yearEndReport(id: $id) {\n      ...YearEndReportFields\n    }\n  }\n": typeof types.YearEndReportDocument,
    "\n  mutation CreateYearEndReport($input: CreateYearEndReportInput!) {\n    createYearEndReport(input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": typeof types.CreateYearEndReportDocument,
    "\n  mutation UpdateYearEndReport($id: ID!, $input: UpdateYearEndReportInput!) {\n    updateYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": typeof types.UpdateYearEndReportDocument,
    "\n  mutation DeleteYearEndReport($id: ID!) {\n    deleteYearEndReport(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteYearEndReportDocument,
    "\n  fragment ReceptionDayFields on ReceptionDay {\n    announcedAt createdAt endTime id jointDepartments mode note occurredOn participants person { id name } personId place span startTime unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": typeof types.ReceptionDayFieldsFragmentDoc,
    "\n  query ReceptionDays($filter: ReceptionDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    receptionDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ReceptionDayFields\n      }\n    }\n  }\n": typeof types.ReceptionDaysDocument,
    "\n  query ReceptionDay($id: ID!) {\n    receptionDay(id: $id) {\n      ...ReceptionDayFields\n    }\n  }\n": typeof types.ReceptionDayDocument,
    "\n  mutation CreateReceptionDay($input: CreateReceptionDayInput!) {\n    createReceptionDay(input: $input) {\n      ...ReceptionDayFields\n    }\n  }\n": typeof types.CreateReceptionDayDocument,
    "\n  mutation UpdateReceptionDay($id: ID!, $input: UpdateReceptionDayInput!) {\n    updateReceptionDay(id: $id, input: $input) {\n      ...ReceptionDayFields\n    }\n  }\n": typeof types.UpdateReceptionDayDocument,
    "\n  mutation DeleteReceptionDay($id: ID!) {\n    deleteReceptionDay(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteReceptionDayDocument,
    "\n  fragment DutyDayFields on DutyDay {\n    createdAt id note occurredOn person { id name } personId place unit { id name } unitId updatedAt version\n  }\n": typeof types.DutyDayFieldsFragmentDoc,
    "\n  query DutyDays($filter: DutyDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    dutyDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DutyDayFields\n      }\n    }\n  }\n": typeof types.DutyDaysDocument,
    "\n  query DutyDay($id: ID!) {\n    dutyDay(id: $id) {\n      ...DutyDayFields\n    }\n  }\n": typeof types.DutyDayDocument,
    "\n  mutation CreateDutyDay($input: CreateDutyDayInput!) {\n    createDutyDay(input: $input) {\n      ...DutyDayFields\n    }\n  }\n": typeof types.CreateDutyDayDocument,
    "\n  mutation UpdateDutyDay($id: ID!, $input: UpdateDutyDayInput!) {\n    updateDutyDay(id: $id, input: $input) {\n      ...DutyDayFields\n    }\n  }\n": typeof types.UpdateDutyDayDocument,
    "\n  mutation DeleteDutyDay($id: ID!) {\n    deleteDutyDay(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDutyDayDocument,
    "\n  fragment VisitCaseFields on VisitCase {\n    acceptDueOn acceptedOn archivedOn assignedOn assignmentInstruction category channel clocks { daysLeft dueOn kind startedOn status stoppedOn } closedOn collective conversationOn conversationRecord createdAt decidedOn decision decisionNote extendedOn extensionDays extensionReason handleDueOn handlingUnit { id name } handlingUnitId id matter note objections { date reason } occurredOn receivedByLeader receiver { id name } receiverId redirectedTo repliedOn reply representatives { name phone } responsiblePerson { id name } responsiblePersonId result satisfaction state supervisions { date instruction number progress supervisor } unit { id name } unitId updatedAt version visitorCount visitors { name phone } warnings { code message severity } withdrawReason withdrawnOn\n  }\n": typeof types.VisitCaseFieldsFragmentDoc,
    "\n  query VisitCases($filter: VisitCaseFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    visitCases(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...VisitCaseFields\n      }\n    }\n  }\n": typeof types.VisitCasesDocument,
    "\n  query VisitCase($id: ID!) {\n    visitCase(id: $id) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.VisitCaseDocument,
    "\n  mutation CreateVisitCase($input: CreateVisitCaseInput!) {\n    createVisitCase(input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.CreateVisitCaseDocument,
    "\n  mutation ApproveResearchTopic($id: ID!, $input: ApproveResearchTopicInput!) {\n    approveResearchTopic(id: $id, input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n": typeof types.ApproveResearchTopicDocument,
    "\n  mutation RecordCommitmentStep($id: ID!, $input: CommitmentStepInput!) {\n    recordCommitmentStep(id: $id, input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.RecordCommitmentStepDocument,
    "\n  mutation SubmitYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    submitYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": typeof types.SubmitYearEndReportDocument,
    "\n  mutation AcceptYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    acceptYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": typeof types.AcceptYearEndReportDocument,
    "\n  mutation ReturnYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    returnYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": typeof types.ReturnYearEndReportDocument,
    "\n  mutation AnnounceReceptionDay($id: ID!, $at: DateTime) {\n    announceReceptionDay(id: $id, at: $at) {\n      ...ReceptionDayFields\n    }\n  }\n": typeof types.AnnounceReceptionDayDocument,
    "\n  mutation UpdateVisitCaseRegistration($id: ID!, $input: UpdateVisitCaseRegistrationInput!) {\n    updateVisitCaseRegistration(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.UpdateVisitCaseRegistrationDocument,
    "\n  mutation DecideVisitCase($id: ID!, $input: DecideVisitCaseInput!) {\n    decideVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.DecideVisitCaseDocument,
    "\n  mutation AssignVisitCase($id: ID!, $input: AssignVisitCaseInput!) {\n    assignVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.AssignVisitCaseDocument,
    "\n  mutation SuperviseVisitCase($id: ID!, $input: SuperviseVisitCaseInput!) {\n    superviseVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.SuperviseVisitCaseDocument,
    "\n  mutation CloseVisitCase($id: ID!, $input: CloseVisitCaseInput!) {\n    closeVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.CloseVisitCaseDocument,
    "\n  mutation ExtendVisitCase($id: ID!, $input: ExtendVisitCaseInput!) {\n    extendVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.ExtendVisitCaseDocument,
    "\n  mutation RecordVisitCaseConversation($id: ID!, $input: RecordVisitCaseConversationInput!) {\n    recordVisitCaseConversation(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.RecordVisitCaseConversationDocument,
    "\n  mutation WithdrawVisitCase($id: ID!, $input: WithdrawVisitCaseInput!) {\n    withdrawVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.WithdrawVisitCaseDocument,
    "\n  mutation ArchiveVisitCase($id: ID!, $input: ArchiveVisitCaseInput!) {\n    archiveVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.ArchiveVisitCaseDocument,
    "\n  mutation ObjectToVisitCaseAssignment($id: ID!, $input: ObjectToVisitCaseAssignmentInput!) {\n    objectToVisitCaseAssignment(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": typeof types.ObjectToVisitCaseAssignmentDocument,
    "\n  query DutyRosterMonth($unitId: ID!, $month: String!, $workingDaysOnly: Boolean) {\n    dutyRosterMonth(unitId: $unitId, month: $month, workingDaysOnly: $workingDaysOnly) {\n      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }\n    }\n  }\n": typeof types.DutyRosterMonthDocument,
    "\n  mutation FillDutyRoster($input: FillDutyRosterInput!) {\n    fillDutyRoster(input: $input) {\n      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }\n    }\n  }\n": typeof types.FillDutyRosterDocument,
    "\n  query VisitCaseDeadlines {\n    visitCaseDeadlines {\n      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays\n    }\n  }\n": typeof types.VisitCaseDeadlinesDocument,
    "\n  query Attachments($recordType: String!, $recordId: ID!) {\n    attachments(recordType: $recordType, recordId: $recordId) {\n      id\n      fileName\n      mimeType\n      size\n      createdAt\n      uploadedByName\n      url\n      mayDelete\n    }\n  }\n": typeof types.AttachmentsDocument,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": typeof types.DeleteAttachmentDocument,
    "\n  query DeletedRecords($filter: DeletedRecordFilter, $page: Int, $perPage: Int) {\n    deletedRecords(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        recordType\n        id\n        summary\n        person { id name }\n        unitName\n        occurredOn\n        deletedAt\n        deletedBy\n      }\n    }\n  }\n": typeof types.DeletedRecordsDocument,
    "\n  mutation RestoreRecord($recordType: String!, $id: ID!) {\n    restoreRecord(recordType: $recordType, id: $id)\n  }\n": typeof types.RestoreRecordDocument,
    "\n  query WorkCalendar($year: Int!) {\n    workCalendar(year: $year) {\n      year\n      edited\n      holidays { date name }\n      workdays { date name }\n    }\n  }\n": typeof types.WorkCalendarDocument,
    "\n  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      year\n      edited\n      holidays { date name }\n      workdays { date name }\n    }\n  }\n": typeof types.SetWorkCalendarDocument,
    "\n  mutation SetVisitCaseDeadlines($input: SetVisitCaseDeadlinesInput!) {\n    setVisitCaseDeadlines(input: $input) {\n      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays\n    }\n  }\n": typeof types.SetVisitCaseDeadlinesDocument,
    "\n  fragment YearEndFiguresFields on YearEndFigures {\n    unitId\n    unitName\n    year\n    asOf\n    rate\n    systems {\n      system\n      title\n      applicable\n      met\n      onTrack\n      atRisk\n      missed\n      rate\n      rules {\n        ruleId\n        title\n        kind\n        applicable\n        met\n        onTrack\n        atRisk\n        missed\n        actual\n        required\n        gap\n      }\n    }\n  }\n": typeof types.YearEndFiguresFieldsFragmentDoc,
    "\n  query YearEndFigures($unitId: ID!, $year: Int!) {\n    yearEndFigures(unitId: $unitId, year: $year) {\n      ...YearEndFiguresFields\n    }\n  }\n": typeof types.YearEndFiguresDocument,
    "\n  query YearEndReportFigures($id: ID!) {\n    yearEndReport(id: $id) {\n      id\n      figures {\n        ...YearEndFiguresFields\n      }\n    }\n  }\n": typeof types.YearEndReportFiguresDocument,
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
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n        personId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      kind\n      scopeUnitId\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n        personId\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    scopeUnitId\n    personId\n    disabled\n    version\n    createdAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopeUnitId\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($page: Int, $perPage: Int) {\n    apiTokens(page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditLogs($filter: AuditLogFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    auditLogs(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        id\n        at\n        actor\n        actorName\n        entity\n        entityId\n        action\n        changes\n        requestId\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query PersonPersonalData($id: ID!) {\n    personPersonalData(id: $id) {\n      id\n      phone\n      idNumber\n    }\n  }\n": types.PersonPersonalDataDocument,
    "\n  query HouseholdPersonalData($id: ID!) {\n    householdPersonalData(id: $id) {\n      id\n      phone\n    }\n  }\n": types.HouseholdPersonalDataDocument,
    "\n  query Rules($system: String) {\n    rules(system: $system) {\n      id\n      system\n      kind\n      titleZh\n      titleEn\n      citation\n      period\n      implied\n      threshold {\n        min\n        max\n      }\n    }\n  }\n": types.RulesDocument,
    "\n  query UnitCompliance($unitId: ID!, $year: Int!, $asOf: Date, $system: String) {\n    unitCompliance(unitId: $unitId, year: $year, asOf: $asOf, system: $system) {\n      unitId\n      name\n      year\n      asOf\n      rate\n      rules {\n        ruleId\n        title\n        applicable\n        met\n        onTrack\n        atRisk\n        missed\n      }\n      children {\n        unitId\n        name\n        kind\n        rate\n        applicable\n        atRisk\n        missed\n      }\n    }\n  }\n": types.UnitComplianceDocument,
    "\n  query PersonCompliance($personId: ID!, $year: Int!, $asOf: Date) {\n    personCompliance(personId: $personId, year: $year, asOf: $asOf) {\n      ruleId\n      system\n      kind\n      title\n      status\n      actual\n      required\n      evidenceIds\n      evidence {\n        id\n        kind\n        kindTitle\n        date\n      }\n      missing\n      explanation\n      periodStart\n      periodEnd\n      warnings {\n        code\n        message\n        severity\n      }\n    }\n  }\n": types.PersonComplianceDocument,
    "\n  query ComplianceRows($filter: ComplianceRowFilter, $limit: Int) {\n    complianceRows(filter: $filter, limit: $limit) {\n      unitId\n      unitName\n      personId\n      personName\n      ruleId\n      ruleTitle\n      system\n      status\n      actual\n      required\n      year\n      asOf\n    }\n  }\n": types.ComplianceRowsDocument,
    "\n  fragment LocalRuleFields on LocalRule {\n    id\n    unitId\n    ruleId\n    effectiveFrom\n    effectiveTo\n    thresholdMin\n    thresholdMax\n    options\n    reason\n    version\n  }\n": types.LocalRuleFieldsFragmentDoc,
    "\n  query LocalRules($filter: LocalRuleFilter, $page: Int, $perPage: Int) {\n    localRules(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...LocalRuleFields\n      }\n    }\n  }\n": types.LocalRulesDocument,
    "\n  mutation CreateLocalRule($input: CreateLocalRuleInput!) {\n    createLocalRule(input: $input) {\n      ...LocalRuleFields\n    }\n  }\n": types.CreateLocalRuleDocument,
    "\n  mutation EndLocalRule($id: ID!, $effectiveTo: Date!) {\n    endLocalRule(id: $id, effectiveTo: $effectiveTo) {\n      ...LocalRuleFields\n    }\n  }\n": types.EndLocalRuleDocument,
    "\n  query EffectiveRules($unitId: ID!, $date: Date) {\n    effectiveRules(unitId: $unitId, date: $date) {\n      ruleId\n      title\n      baseMin\n      baseMax\n      min\n      max\n      differs\n      localRuleIds\n    }\n  }\n": types.EffectiveRulesDocument,
    "\n  fragment ResearchTripFields on ResearchTrip {\n    createdAt days endsOn findings householdsVisitedIds id noDisturbance noReception note occurredOn person { id name } personId purpose stationed travelLight unit { id name } unitId unitsVisited { id name } unitsVisitedIds updatedAt version warnings { code message severity }\n  }\n": types.ResearchTripFieldsFragmentDoc,
    "\n  query ResearchTrips($filter: ResearchTripFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchTrips(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchTripFields\n      }\n    }\n  }\n": types.ResearchTripsDocument,
    "\n  query ResearchTrip($id: ID!) {\n    researchTrip(id: $id) {\n      ...ResearchTripFields\n    }\n  }\n": types.ResearchTripDocument,
    "\n  mutation CreateResearchTrip($input: CreateResearchTripInput!) {\n    createResearchTrip(input: $input) {\n      ...ResearchTripFields\n    }\n  }\n": types.CreateResearchTripDocument,
    "\n  mutation UpdateResearchTrip($id: ID!, $input: UpdateResearchTripInput!) {\n    updateResearchTrip(id: $id, input: $input) {\n      ...ResearchTripFields\n    }\n  }\n": types.UpdateResearchTripDocument,
    "\n  mutation DeleteResearchTrip($id: ID!) {\n    deleteResearchTrip(id: $id) {\n      id\n    }\n  }\n": types.DeleteResearchTripDocument,
    "\n  fragment ResearchTopicFields on ResearchTopic {\n    approvedOn createdAt id major note occurredOn person { id name } personId plan status team { id name } teamIds title unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.ResearchTopicFieldsFragmentDoc,
    "\n  query ResearchTopics($filter: ResearchTopicFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchTopics(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchTopicFields\n      }\n    }\n  }\n": types.ResearchTopicsDocument,
    "\n  query ResearchTopic($id: ID!) {\n    researchTopic(id: $id) {\n      ...ResearchTopicFields\n    }\n  }\n": types.ResearchTopicDocument,
    "\n  mutation CreateResearchTopic($input: CreateResearchTopicInput!) {\n    createResearchTopic(input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n": types.CreateResearchTopicDocument,
    "\n  mutation UpdateResearchTopic($id: ID!, $input: UpdateResearchTopicInput!) {\n    updateResearchTopic(id: $id, input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n": types.UpdateResearchTopicDocument,
    "\n  mutation DeleteResearchTopic($id: ID!) {\n    deleteResearchTopic(id: $id) {\n      id\n    }\n  }\n": types.DeleteResearchTopicDocument,
    "\n  fragment ResearchReportFields on ResearchReport {\n    createdAt fileRef id note occurredOn person { id name } personId routedTo submittedTo summary title topic { id title } topicId unit { id name } unitId updatedAt version warnings { code message severity } written\n  }\n": types.ResearchReportFieldsFragmentDoc,
    "\n  query ResearchReports($filter: ResearchReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchReportFields\n      }\n    }\n  }\n": types.ResearchReportsDocument,
    "\n  query ResearchReport($id: ID!) {\n    researchReport(id: $id) {\n      ...ResearchReportFields\n    }\n  }\n": types.ResearchReportDocument,
    "\n  mutation CreateResearchReport($input: CreateResearchReportInput!) {\n    createResearchReport(input: $input) {\n      ...ResearchReportFields\n    }\n  }\n": types.CreateResearchReportDocument,
    "\n  mutation UpdateResearchReport($id: ID!, $input: UpdateResearchReportInput!) {\n    updateResearchReport(id: $id, input: $input) {\n      ...ResearchReportFields\n    }\n  }\n": types.UpdateResearchReportDocument,
    "\n  mutation DeleteResearchReport($id: ID!) {\n    deleteResearchReport(id: $id) {\n      id\n    }\n  }\n": types.DeleteResearchReportDocument,
    "\n  fragment ContactLinkFields on ContactLink {\n    category createdAt endReason endsOn id level note occurredOn person { id name } personId targetHousehold { id headName } targetHouseholdId targetUnit { id name } targetUnitId unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.ContactLinkFieldsFragmentDoc,
    "\n  query ContactLinks($filter: ContactLinkFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    contactLinks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ContactLinkFields\n      }\n    }\n  }\n": types.ContactLinksDocument,
    "\n  query ContactLink($id: ID!) {\n    contactLink(id: $id) {\n      ...ContactLinkFields\n    }\n  }\n": types.ContactLinkDocument,
    "\n  mutation CreateContactLink($input: CreateContactLinkInput!) {\n    createContactLink(input: $input) {\n      ...ContactLinkFields\n    }\n  }\n": types.CreateContactLinkDocument,
    "\n  mutation UpdateContactLink($id: ID!, $input: UpdateContactLinkInput!) {\n    updateContactLink(id: $id, input: $input) {\n      ...ContactLinkFields\n    }\n  }\n": types.UpdateContactLinkDocument,
    "\n  mutation DeleteContactLink($id: ID!) {\n    deleteContactLink(id: $id) {\n      id\n    }\n  }\n": types.DeleteContactLinkDocument,
    "\n  fragment ContactVisitFields on ContactVisit {\n    content counts createdAt days id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n": types.ContactVisitFieldsFragmentDoc,
    "\n  query ContactVisits($filter: ContactVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    contactVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ContactVisitFields\n      }\n    }\n  }\n": types.ContactVisitsDocument,
    "\n  query ContactVisit($id: ID!) {\n    contactVisit(id: $id) {\n      ...ContactVisitFields\n    }\n  }\n": types.ContactVisitDocument,
    "\n  mutation CreateContactVisit($input: CreateContactVisitInput!) {\n    createContactVisit(input: $input) {\n      ...ContactVisitFields\n    }\n  }\n": types.CreateContactVisitDocument,
    "\n  mutation UpdateContactVisit($id: ID!, $input: UpdateContactVisitInput!) {\n    updateContactVisit(id: $id, input: $input) {\n      ...ContactVisitFields\n    }\n  }\n": types.UpdateContactVisitDocument,
    "\n  mutation DeleteContactVisit($id: ID!) {\n    deleteContactVisit(id: $id) {\n      id\n    }\n  }\n": types.DeleteContactVisitDocument,
    "\n  fragment FamilyVisitFields on FamilyVisit {\n    content createdAt household { id headName } householdId id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n": types.FamilyVisitFieldsFragmentDoc,
    "\n  query FamilyVisits($filter: FamilyVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    familyVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...FamilyVisitFields\n      }\n    }\n  }\n": types.FamilyVisitsDocument,
    "\n  query FamilyVisit($id: ID!) {\n    familyVisit(id: $id) {\n      ...FamilyVisitFields\n    }\n  }\n": types.FamilyVisitDocument,
    "\n  mutation CreateFamilyVisit($input: CreateFamilyVisitInput!) {\n    createFamilyVisit(input: $input) {\n      ...FamilyVisitFields\n    }\n  }\n": types.CreateFamilyVisitDocument,
    "\n  mutation UpdateFamilyVisit($id: ID!, $input: UpdateFamilyVisitInput!) {\n    updateFamilyVisit(id: $id, input: $input) {\n      ...FamilyVisitFields\n    }\n  }\n": types.UpdateFamilyVisitDocument,
    "\n  mutation DeleteFamilyVisit($id: ID!) {\n    deleteFamilyVisit(id: $id) {\n      id\n    }\n  }\n": types.DeleteFamilyVisitDocument,
    "\n  fragment BranchPairingFields on BranchPairing {\n    branch { id name } branchId createdAt endsOn goal id note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n": types.BranchPairingFieldsFragmentDoc,
    "\n  query BranchPairings($filter: BranchPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    branchPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...BranchPairingFields\n      }\n    }\n  }\n": types.BranchPairingsDocument,
    "\n  query BranchPairing($id: ID!) {\n    branchPairing(id: $id) {\n      ...BranchPairingFields\n    }\n  }\n": types.BranchPairingDocument,
    "\n  mutation CreateBranchPairing($input: CreateBranchPairingInput!) {\n    createBranchPairing(input: $input) {\n      ...BranchPairingFields\n    }\n  }\n": types.CreateBranchPairingDocument,
    "\n  mutation UpdateBranchPairing($id: ID!, $input: UpdateBranchPairingInput!) {\n    updateBranchPairing(id: $id, input: $input) {\n      ...BranchPairingFields\n    }\n  }\n": types.UpdateBranchPairingDocument,
    "\n  mutation DeleteBranchPairing($id: ID!) {\n    deleteBranchPairing(id: $id) {\n      id\n    }\n  }\n": types.DeleteBranchPairingDocument,
    "\n  fragment SecondmentFields on Secondment {\n    createdAt eligibilityOverrideReason endsOn fromPost fromUnit { id name } fromUnitId id leftOriginalPost livesAtGrassroots note occurredOn outstandingGraduate person { id name } personId role toPost toUnit { id name } toUnitId unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.SecondmentFieldsFragmentDoc,
    "\n  query Secondments($filter: SecondmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    secondments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...SecondmentFields\n      }\n    }\n  }\n": types.SecondmentsDocument,
    "\n  query Secondment($id: ID!) {\n    secondment(id: $id) {\n      ...SecondmentFields\n    }\n  }\n": types.SecondmentDocument,
    "\n  mutation CreateSecondment($input: CreateSecondmentInput!) {\n    createSecondment(input: $input) {\n      ...SecondmentFields\n    }\n  }\n": types.CreateSecondmentDocument,
    "\n  mutation UpdateSecondment($id: ID!, $input: UpdateSecondmentInput!) {\n    updateSecondment(id: $id, input: $input) {\n      ...SecondmentFields\n    }\n  }\n": types.UpdateSecondmentDocument,
    "\n  mutation DeleteSecondment($id: ID!) {\n    deleteSecondment(id: $id) {\n      id\n    }\n  }\n": types.DeleteSecondmentDocument,
    "\n  fragment SecondmentAssessmentFields on SecondmentAssessment {\n    comment createdAt id kind note occurredOn person { id name } personId result secondment { id toPost } secondmentId unit { id name } unitId updatedAt version\n  }\n": types.SecondmentAssessmentFieldsFragmentDoc,
    "\n  query SecondmentAssessments($filter: SecondmentAssessmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    secondmentAssessments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...SecondmentAssessmentFields\n      }\n    }\n  }\n": types.SecondmentAssessmentsDocument,
    "\n  query SecondmentAssessment($id: ID!) {\n    secondmentAssessment(id: $id) {\n      ...SecondmentAssessmentFields\n    }\n  }\n": types.SecondmentAssessmentDocument,
    "\n  mutation CreateSecondmentAssessment($input: CreateSecondmentAssessmentInput!) {\n    createSecondmentAssessment(input: $input) {\n      ...SecondmentAssessmentFields\n    }\n  }\n": types.CreateSecondmentAssessmentDocument,
    "\n  mutation UpdateSecondmentAssessment($id: ID!, $input: UpdateSecondmentAssessmentInput!) {\n    updateSecondmentAssessment(id: $id, input: $input) {\n      ...SecondmentAssessmentFields\n    }\n  }\n": types.UpdateSecondmentAssessmentDocument,
    "\n  mutation DeleteSecondmentAssessment($id: ID!) {\n    deleteSecondmentAssessment(id: $id) {\n      id\n    }\n  }\n": types.DeleteSecondmentAssessmentDocument,
    "\n  fragment TalkFields on Talk {\n    counterpart { id name } counterpartId createdAt forwardedOn forwardedTo { id name } forwardedToId id kind note occurredOn opinions participants person { id name } personId round unit { id name } unitId updatedAt version\n  }\n": types.TalkFieldsFragmentDoc,
    "\n  query Talks($filter: TalkFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    talks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...TalkFields\n      }\n    }\n  }\n": types.TalksDocument,
    "\n  query Talk($id: ID!) {\n    talk(id: $id) {\n      ...TalkFields\n    }\n  }\n": types.TalkDocument,
    "\n  mutation CreateTalk($input: CreateTalkInput!) {\n    createTalk(input: $input) {\n      ...TalkFields\n    }\n  }\n": types.CreateTalkDocument,
    "\n  mutation UpdateTalk($id: ID!, $input: UpdateTalkInput!) {\n    updateTalk(id: $id, input: $input) {\n      ...TalkFields\n    }\n  }\n": types.UpdateTalkDocument,
    "\n  mutation DeleteTalk($id: ID!) {\n    deleteTalk(id: $id) {\n      id\n    }\n  }\n": types.DeleteTalkDocument,
    "\n  fragment ExperienceFields on Experience {\n    createdAt diary id kind note occurredOn person { id name } personId place unit { id name } unitId updatedAt version\n  }\n": types.ExperienceFieldsFragmentDoc,
    "\n  query Experiences($filter: ExperienceFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    experiences(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ExperienceFields\n      }\n    }\n  }\n": types.ExperiencesDocument,
    "\n  query Experience($id: ID!) {\n    experience(id: $id) {\n      ...ExperienceFields\n    }\n  }\n": types.ExperienceDocument,
    "\n  mutation CreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      ...ExperienceFields\n    }\n  }\n": types.CreateExperienceDocument,
    "\n  mutation UpdateExperience($id: ID!, $input: UpdateExperienceInput!) {\n    updateExperience(id: $id, input: $input) {\n      ...ExperienceFields\n    }\n  }\n": types.UpdateExperienceDocument,
    "\n  mutation DeleteExperience($id: ID!) {\n    deleteExperience(id: $id) {\n      id\n    }\n  }\n": types.DeleteExperienceDocument,
    "\n  fragment OpinionChannelFields on OpinionChannel {\n    closedOn contact createdAt id kind name note openedOn unit { id name } unitId updatedAt version\n  }\n": types.OpinionChannelFieldsFragmentDoc,
    "\n  query OpinionChannels($filter: OpinionChannelFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinionChannels(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionChannelFields\n      }\n    }\n  }\n": types.OpinionChannelsDocument,
    "\n  query OpinionChannel($id: ID!) {\n    opinionChannel(id: $id) {\n      ...OpinionChannelFields\n    }\n  }\n": types.OpinionChannelDocument,
    "\n  mutation CreateOpinionChannel($input: CreateOpinionChannelInput!) {\n    createOpinionChannel(input: $input) {\n      ...OpinionChannelFields\n    }\n  }\n": types.CreateOpinionChannelDocument,
    "\n  mutation UpdateOpinionChannel($id: ID!, $input: UpdateOpinionChannelInput!) {\n    updateOpinionChannel(id: $id, input: $input) {\n      ...OpinionChannelFields\n    }\n  }\n": types.UpdateOpinionChannelDocument,
    "\n  mutation DeleteOpinionChannel($id: ID!) {\n    deleteOpinionChannel(id: $id) {\n      id\n    }\n  }\n": types.DeleteOpinionChannelDocument,
    "\n  fragment OpinionFields on Opinion {\n    adoption adoptionReason answer answeredOn channel { id name } channelId content createdAt decision { id title } decisionId forwardedOn forwardedTo id note receivedOn submitterName submitterPhone unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.OpinionFieldsFragmentDoc,
    "\n  query Opinions($filter: OpinionFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionFields\n      }\n    }\n  }\n": types.OpinionsDocument,
    "\n  query Opinion($id: ID!) {\n    opinion(id: $id) {\n      ...OpinionFields\n    }\n  }\n": types.OpinionDocument,
    "\n  mutation CreateOpinion($input: CreateOpinionInput!) {\n    createOpinion(input: $input) {\n      ...OpinionFields\n    }\n  }\n": types.CreateOpinionDocument,
    "\n  mutation UpdateOpinion($id: ID!, $input: UpdateOpinionInput!) {\n    updateOpinion(id: $id, input: $input) {\n      ...OpinionFields\n    }\n  }\n": types.UpdateOpinionDocument,
    "\n  mutation DeleteOpinion($id: ID!) {\n    deleteOpinion(id: $id) {\n      id\n    }\n  }\n": types.DeleteOpinionDocument,
    "\n  fragment DecisionFields on Decision {\n    consultations { date form participants summary } createdAt decidedOn feedback feedbackPublishedOn id note opinions { id content adoption } proposedOn riskAssessedOn riskAssessment riskLevel status summary title unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query Decisions($filter: DecisionFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    decisions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DecisionFields\n      }\n    }\n  }\n": types.DecisionsDocument,
    "\n  query Decision($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n    }\n  }\n": types.DecisionDocument,
    "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.CreateDecisionDocument,
    "\n  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!) {\n    updateDecision(id: $id, input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.UpdateDecisionDocument,
    "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id) {\n      id\n    }\n  }\n": types.DeleteDecisionDocument,
    "\n  fragment OpinionAnalysisFields on OpinionAnalysis {\n    createdAt findings id madeOn measures note periodFrom periodTo title unit { id name } unitId updatedAt version\n  }\n": types.OpinionAnalysisFieldsFragmentDoc,
    "\n  query OpinionAnalyses($filter: OpinionAnalysisFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinionAnalyses(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionAnalysisFields\n      }\n    }\n  }\n": types.OpinionAnalysesDocument,
    "\n  query OpinionAnalysis($id: ID!) {\n    opinionAnalysis(id: $id) {\n      ...OpinionAnalysisFields\n    }\n  }\n": types.OpinionAnalysisDocument,
    "\n  mutation CreateOpinionAnalysis($input: CreateOpinionAnalysisInput!) {\n    createOpinionAnalysis(input: $input) {\n      ...OpinionAnalysisFields\n    }\n  }\n": types.CreateOpinionAnalysisDocument,
    "\n  mutation UpdateOpinionAnalysis($id: ID!, $input: UpdateOpinionAnalysisInput!) {\n    updateOpinionAnalysis(id: $id, input: $input) {\n      ...OpinionAnalysisFields\n    }\n  }\n": types.UpdateOpinionAnalysisDocument,
    "\n  mutation DeleteOpinionAnalysis($id: ID!) {\n    deleteOpinionAnalysis(id: $id) {\n      id\n    }\n  }\n": types.DeleteOpinionAnalysisDocument,
    "\n  fragment CommitmentFields on Commitment {\n    category content createdAt evaluatedOn evaluationComment evaluationResult fulfilledOn fulfilment id note person { id name } personId proposedOn publishedOn status unit { id name } unitId updatedAt version warnings { code message severity } year\n  }\n": types.CommitmentFieldsFragmentDoc,
    "\n  query Commitments($filter: CommitmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    commitments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommitmentFields\n      }\n    }\n  }\n": types.CommitmentsDocument,
    "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n": types.CommitmentDocument,
    "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.CreateCommitmentDocument,
    "\n  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!) {\n    updateCommitment(id: $id, input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.UpdateCommitmentDocument,
    "\n  mutation DeleteCommitment($id: ID!) {\n    deleteCommitment(id: $id) {\n      id\n    }\n  }\n": types.DeleteCommitmentDocument,
    "\n  fragment DeputyActivityFields on DeputyActivity {\n    createdAt deputies { id name } deputyIds heldOn id issuesRaised location note peopleMet title unit { id name } unitId updatedAt version\n  }\n": types.DeputyActivityFieldsFragmentDoc,
    "\n  query DeputyActivities($filter: DeputyActivityFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyActivities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyActivityFields\n      }\n    }\n  }\n": types.DeputyActivitiesDocument,
    "\n  query DeputyActivity($id: ID!) {\n    deputyActivity(id: $id) {\n      ...DeputyActivityFields\n    }\n  }\n": types.DeputyActivityDocument,
    "\n  mutation CreateDeputyActivity($input: CreateDeputyActivityInput!) {\n    createDeputyActivity(input: $input) {\n      ...DeputyActivityFields\n    }\n  }\n": types.CreateDeputyActivityDocument,
    "\n  mutation UpdateDeputyActivity($id: ID!, $input: UpdateDeputyActivityInput!) {\n    updateDeputyActivity(id: $id, input: $input) {\n      ...DeputyActivityFields\n    }\n  }\n": types.UpdateDeputyActivityDocument,
    "\n  mutation DeleteDeputyActivity($id: ID!) {\n    deleteDeputyActivity(id: $id) {\n      id\n    }\n  }\n": types.DeleteDeputyActivityDocument,
    "\n  fragment DeputyPairingFields on DeputyPairing {\n    createdAt endReason from household { id headName } householdId id note person { id name } personId termId to unit { id name } unitId updatedAt version\n  }\n": types.DeputyPairingFieldsFragmentDoc,
    "\n  query DeputyPairings($filter: DeputyPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyPairingFields\n      }\n    }\n  }\n": types.DeputyPairingsDocument,
    "\n  query DeputyPairing($id: ID!) {\n    deputyPairing(id: $id) {\n      ...DeputyPairingFields\n    }\n  }\n": types.DeputyPairingDocument,
    "\n  mutation CreateDeputyPairing($input: CreateDeputyPairingInput!) {\n    createDeputyPairing(input: $input) {\n      ...DeputyPairingFields\n    }\n  }\n": types.CreateDeputyPairingDocument,
    "\n  mutation UpdateDeputyPairing($id: ID!, $input: UpdateDeputyPairingInput!) {\n    updateDeputyPairing(id: $id, input: $input) {\n      ...DeputyPairingFields\n    }\n  }\n": types.UpdateDeputyPairingDocument,
    "\n  mutation DeleteDeputyPairing($id: ID!) {\n    deleteDeputyPairing(id: $id) {\n      id\n    }\n  }\n": types.DeleteDeputyPairingDocument,
    "\n  fragment DeputyDutyReportFields on DeputyDutyReport {\n    attendees createdAt evaluatedOn evaluationResult id note person { id name } personId reportedOn summary termId unit { id name } unitId updatedAt version\n  }\n": types.DeputyDutyReportFieldsFragmentDoc,
    "\n  query DeputyDutyReports($filter: DeputyDutyReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyDutyReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyDutyReportFields\n      }\n    }\n  }\n": types.DeputyDutyReportsDocument,
    "\n  query DeputyDutyReport($id: ID!) {\n    deputyDutyReport(id: $id) {\n      ...DeputyDutyReportFields\n    }\n  }\n": types.DeputyDutyReportDocument,
    "\n  mutation CreateDeputyDutyReport($input: CreateDeputyDutyReportInput!) {\n    createDeputyDutyReport(input: $input) {\n      ...DeputyDutyReportFields\n    }\n  }\n": types.CreateDeputyDutyReportDocument,
    "\n  mutation UpdateDeputyDutyReport($id: ID!, $input: UpdateDeputyDutyReportInput!) {\n    updateDeputyDutyReport(id: $id, input: $input) {\n      ...DeputyDutyReportFields\n    }\n  }\n": types.UpdateDeputyDutyReportDocument,
    "\n  mutation DeleteDeputyDutyReport($id: ID!) {\n    deleteDeputyDutyReport(id: $id) {\n      id\n    }\n  }\n": types.DeleteDeputyDutyReportDocument,
    "\n  fragment CommunityRegistrationFields on CommunityRegistration {\n    community { id name } communityId createdAt dueOn endsOn id joinedOn note person { id name } personId reason registeredOn unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.CommunityRegistrationFieldsFragmentDoc,
    "\n  query CommunityRegistrations($filter: CommunityRegistrationFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    communityRegistrations(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommunityRegistrationFields\n      }\n    }\n  }\n": types.CommunityRegistrationsDocument,
    "\n  query CommunityRegistration($id: ID!) {\n    communityRegistration(id: $id) {\n      ...CommunityRegistrationFields\n    }\n  }\n": types.CommunityRegistrationDocument,
    "\n  mutation CreateCommunityRegistration($input: CreateCommunityRegistrationInput!) {\n    createCommunityRegistration(input: $input) {\n      ...CommunityRegistrationFields\n    }\n  }\n": types.CreateCommunityRegistrationDocument,
    "\n  mutation UpdateCommunityRegistration($id: ID!, $input: UpdateCommunityRegistrationInput!) {\n    updateCommunityRegistration(id: $id, input: $input) {\n      ...CommunityRegistrationFields\n    }\n  }\n": types.UpdateCommunityRegistrationDocument,
    "\n  mutation DeleteCommunityRegistration($id: ID!) {\n    deleteCommunityRegistration(id: $id) {\n      id\n    }\n  }\n": types.DeleteCommunityRegistrationDocument,
    "\n  fragment CommunityServiceProjectFields on CommunityServiceProject {\n    claimedOn community { id name } communityId createdAt description endsOn id note person { id name } personId projectName unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.CommunityServiceProjectFieldsFragmentDoc,
    "\n  query CommunityServiceProjects($filter: CommunityServiceProjectFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    communityServiceProjects(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommunityServiceProjectFields\n      }\n    }\n  }\n": types.CommunityServiceProjectsDocument,
    "\n  query CommunityServiceProject($id: ID!) {\n    communityServiceProject(id: $id) {\n      ...CommunityServiceProjectFields\n    }\n  }\n": types.CommunityServiceProjectDocument,
    "\n  mutation CreateCommunityServiceProject($input: CreateCommunityServiceProjectInput!) {\n    createCommunityServiceProject(input: $input) {\n      ...CommunityServiceProjectFields\n    }\n  }\n": types.CreateCommunityServiceProjectDocument,
    "\n  mutation UpdateCommunityServiceProject($id: ID!, $input: UpdateCommunityServiceProjectInput!) {\n    updateCommunityServiceProject(id: $id, input: $input) {\n      ...CommunityServiceProjectFields\n    }\n  }\n": types.UpdateCommunityServiceProjectDocument,
    "\n  mutation DeleteCommunityServiceProject($id: ID!) {\n    deleteCommunityServiceProject(id: $id) {\n      id\n    }\n  }\n": types.DeleteCommunityServiceProjectDocument,
    "\n  fragment ServicePairingFields on ServicePairing {\n    createdAt from household { id headName } householdId id note person { id name } personId station to unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.ServicePairingFieldsFragmentDoc,
    "\n  query ServicePairings($filter: ServicePairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    servicePairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ServicePairingFields\n      }\n    }\n  }\n": types.ServicePairingsDocument,
    "\n  query ServicePairing($id: ID!) {\n    servicePairing(id: $id) {\n      ...ServicePairingFields\n    }\n  }\n": types.ServicePairingDocument,
    "\n  mutation CreateServicePairing($input: CreateServicePairingInput!) {\n    createServicePairing(input: $input) {\n      ...ServicePairingFields\n    }\n  }\n": types.CreateServicePairingDocument,
    "\n  mutation UpdateServicePairing($id: ID!, $input: UpdateServicePairingInput!) {\n    updateServicePairing(id: $id, input: $input) {\n      ...ServicePairingFields\n    }\n  }\n": types.UpdateServicePairingDocument,
    "\n  mutation DeleteServicePairing($id: ID!) {\n    deleteServicePairing(id: $id) {\n      id\n    }\n  }\n": types.DeleteServicePairingDocument,
    "\n  fragment YearEndReportFields on YearEndReport {\n    body createdAt draftedOn id note reviewComments reviewedOn status submittedOn title unit { id name } unitId updatedAt version year\n  }\n": types.YearEndReportFieldsFragmentDoc,
    "\n  query YearEndReports($filter: YearEndReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    yearEndReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...YearEndReportFields\n      }\n    }\n  }\n": types.YearEndReportsDocument,
    "\n  query YearEndReport($id: ID!) {\n    yearEndReport(id: $id) {\n      ...YearEndReportFields\n    }\n  }\n": types.YearEndReportDocument,
    "\n  mutation CreateYearEndReport($input: CreateYearEndReportInput!) {\n    createYearEndReport(input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": types.CreateYearEndReportDocument,
    "\n  mutation UpdateYearEndReport($id: ID!, $input: UpdateYearEndReportInput!) {\n    updateYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": types.UpdateYearEndReportDocument,
    "\n  mutation DeleteYearEndReport($id: ID!) {\n    deleteYearEndReport(id: $id) {\n      id\n    }\n  }\n": types.DeleteYearEndReportDocument,
    "\n  fragment ReceptionDayFields on ReceptionDay {\n    announcedAt createdAt endTime id jointDepartments mode note occurredOn participants person { id name } personId place span startTime unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n": types.ReceptionDayFieldsFragmentDoc,
    "\n  query ReceptionDays($filter: ReceptionDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    receptionDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ReceptionDayFields\n      }\n    }\n  }\n": types.ReceptionDaysDocument,
    "\n  query ReceptionDay($id: ID!) {\n    receptionDay(id: $id) {\n      ...ReceptionDayFields\n    }\n  }\n": types.ReceptionDayDocument,
    "\n  mutation CreateReceptionDay($input: CreateReceptionDayInput!) {\n    createReceptionDay(input: $input) {\n      ...ReceptionDayFields\n    }\n  }\n": types.CreateReceptionDayDocument,
    "\n  mutation UpdateReceptionDay($id: ID!, $input: UpdateReceptionDayInput!) {\n    updateReceptionDay(id: $id, input: $input) {\n      ...ReceptionDayFields\n    }\n  }\n": types.UpdateReceptionDayDocument,
    "\n  mutation DeleteReceptionDay($id: ID!) {\n    deleteReceptionDay(id: $id) {\n      id\n    }\n  }\n": types.DeleteReceptionDayDocument,
    "\n  fragment DutyDayFields on DutyDay {\n    createdAt id note occurredOn person { id name } personId place unit { id name } unitId updatedAt version\n  }\n": types.DutyDayFieldsFragmentDoc,
    "\n  query DutyDays($filter: DutyDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    dutyDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DutyDayFields\n      }\n    }\n  }\n": types.DutyDaysDocument,
    "\n  query DutyDay($id: ID!) {\n    dutyDay(id: $id) {\n      ...DutyDayFields\n    }\n  }\n": types.DutyDayDocument,
    "\n  mutation CreateDutyDay($input: CreateDutyDayInput!) {\n    createDutyDay(input: $input) {\n      ...DutyDayFields\n    }\n  }\n": types.CreateDutyDayDocument,
    "\n  mutation UpdateDutyDay($id: ID!, $input: UpdateDutyDayInput!) {\n    updateDutyDay(id: $id, input: $input) {\n      ...DutyDayFields\n    }\n  }\n": types.UpdateDutyDayDocument,
    "\n  mutation DeleteDutyDay($id: ID!) {\n    deleteDutyDay(id: $id) {\n      id\n    }\n  }\n": types.DeleteDutyDayDocument,
    "\n  fragment VisitCaseFields on VisitCase {\n    acceptDueOn acceptedOn archivedOn assignedOn assignmentInstruction category channel clocks { daysLeft dueOn kind startedOn status stoppedOn } closedOn collective conversationOn conversationRecord createdAt decidedOn decision decisionNote extendedOn extensionDays extensionReason handleDueOn handlingUnit { id name } handlingUnitId id matter note objections { date reason } occurredOn receivedByLeader receiver { id name } receiverId redirectedTo repliedOn reply representatives { name phone } responsiblePerson { id name } responsiblePersonId result satisfaction state supervisions { date instruction number progress supervisor } unit { id name } unitId updatedAt version visitorCount visitors { name phone } warnings { code message severity } withdrawReason withdrawnOn\n  }\n": types.VisitCaseFieldsFragmentDoc,
    "\n  query VisitCases($filter: VisitCaseFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    visitCases(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...VisitCaseFields\n      }\n    }\n  }\n": types.VisitCasesDocument,
    "\n  query VisitCase($id: ID!) {\n    visitCase(id: $id) {\n      ...VisitCaseFields\n    }\n  }\n": types.VisitCaseDocument,
    "\n  mutation CreateVisitCase($input: CreateVisitCaseInput!) {\n    createVisitCase(input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.CreateVisitCaseDocument,
    "\n  mutation ApproveResearchTopic($id: ID!, $input: ApproveResearchTopicInput!) {\n    approveResearchTopic(id: $id, input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n": types.ApproveResearchTopicDocument,
    "\n  mutation RecordCommitmentStep($id: ID!, $input: CommitmentStepInput!) {\n    recordCommitmentStep(id: $id, input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.RecordCommitmentStepDocument,
    "\n  mutation SubmitYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    submitYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": types.SubmitYearEndReportDocument,
    "\n  mutation AcceptYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    acceptYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": types.AcceptYearEndReportDocument,
    "\n  mutation ReturnYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    returnYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n": types.ReturnYearEndReportDocument,
    "\n  mutation AnnounceReceptionDay($id: ID!, $at: DateTime) {\n    announceReceptionDay(id: $id, at: $at) {\n      ...ReceptionDayFields\n    }\n  }\n": types.AnnounceReceptionDayDocument,
    "\n  mutation UpdateVisitCaseRegistration($id: ID!, $input: UpdateVisitCaseRegistrationInput!) {\n    updateVisitCaseRegistration(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.UpdateVisitCaseRegistrationDocument,
    "\n  mutation DecideVisitCase($id: ID!, $input: DecideVisitCaseInput!) {\n    decideVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.DecideVisitCaseDocument,
    "\n  mutation AssignVisitCase($id: ID!, $input: AssignVisitCaseInput!) {\n    assignVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.AssignVisitCaseDocument,
    "\n  mutation SuperviseVisitCase($id: ID!, $input: SuperviseVisitCaseInput!) {\n    superviseVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.SuperviseVisitCaseDocument,
    "\n  mutation CloseVisitCase($id: ID!, $input: CloseVisitCaseInput!) {\n    closeVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.CloseVisitCaseDocument,
    "\n  mutation ExtendVisitCase($id: ID!, $input: ExtendVisitCaseInput!) {\n    extendVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.ExtendVisitCaseDocument,
    "\n  mutation RecordVisitCaseConversation($id: ID!, $input: RecordVisitCaseConversationInput!) {\n    recordVisitCaseConversation(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.RecordVisitCaseConversationDocument,
    "\n  mutation WithdrawVisitCase($id: ID!, $input: WithdrawVisitCaseInput!) {\n    withdrawVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.WithdrawVisitCaseDocument,
    "\n  mutation ArchiveVisitCase($id: ID!, $input: ArchiveVisitCaseInput!) {\n    archiveVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.ArchiveVisitCaseDocument,
    "\n  mutation ObjectToVisitCaseAssignment($id: ID!, $input: ObjectToVisitCaseAssignmentInput!) {\n    objectToVisitCaseAssignment(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n": types.ObjectToVisitCaseAssignmentDocument,
    "\n  query DutyRosterMonth($unitId: ID!, $month: String!, $workingDaysOnly: Boolean) {\n    dutyRosterMonth(unitId: $unitId, month: $month, workingDaysOnly: $workingDaysOnly) {\n      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }\n    }\n  }\n": types.DutyRosterMonthDocument,
    "\n  mutation FillDutyRoster($input: FillDutyRosterInput!) {\n    fillDutyRoster(input: $input) {\n      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }\n    }\n  }\n": types.FillDutyRosterDocument,
    "\n  query VisitCaseDeadlines {\n    visitCaseDeadlines {\n      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays\n    }\n  }\n": types.VisitCaseDeadlinesDocument,
    "\n  query Attachments($recordType: String!, $recordId: ID!) {\n    attachments(recordType: $recordType, recordId: $recordId) {\n      id\n      fileName\n      mimeType\n      size\n      createdAt\n      uploadedByName\n      url\n      mayDelete\n    }\n  }\n": types.AttachmentsDocument,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": types.DeleteAttachmentDocument,
    "\n  query DeletedRecords($filter: DeletedRecordFilter, $page: Int, $perPage: Int) {\n    deletedRecords(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        recordType\n        id\n        summary\n        person { id name }\n        unitName\n        occurredOn\n        deletedAt\n        deletedBy\n      }\n    }\n  }\n": types.DeletedRecordsDocument,
    "\n  mutation RestoreRecord($recordType: String!, $id: ID!) {\n    restoreRecord(recordType: $recordType, id: $id)\n  }\n": types.RestoreRecordDocument,
    "\n  query WorkCalendar($year: Int!) {\n    workCalendar(year: $year) {\n      year\n      edited\n      holidays { date name }\n      workdays { date name }\n    }\n  }\n": types.WorkCalendarDocument,
    "\n  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      year\n      edited\n      holidays { date name }\n      workdays { date name }\n    }\n  }\n": types.SetWorkCalendarDocument,
    "\n  mutation SetVisitCaseDeadlines($input: SetVisitCaseDeadlinesInput!) {\n    setVisitCaseDeadlines(input: $input) {\n      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays\n    }\n  }\n": types.SetVisitCaseDeadlinesDocument,
    "\n  fragment YearEndFiguresFields on YearEndFigures {\n    unitId\n    unitName\n    year\n    asOf\n    rate\n    systems {\n      system\n      title\n      applicable\n      met\n      onTrack\n      atRisk\n      missed\n      rate\n      rules {\n        ruleId\n        title\n        kind\n        applicable\n        met\n        onTrack\n        atRisk\n        missed\n        actual\n        required\n        gap\n      }\n    }\n  }\n": types.YearEndFiguresFieldsFragmentDoc,
    "\n  query YearEndFigures($unitId: ID!, $year: Int!) {\n    yearEndFigures(unitId: $unitId, year: $year) {\n      ...YearEndFiguresFields\n    }\n  }\n": types.YearEndFiguresDocument,
    "\n  query YearEndReportFigures($id: ID!) {\n    yearEndReport(id: $id) {\n      id\n      figures {\n        ...YearEndFiguresFields\n      }\n    }\n  }\n": types.YearEndReportFiguresDocument,
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
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n        personId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n        personId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      kind\n      scopeUnitId\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n        personId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      kind\n      scopeUnitId\n      user {\n        id\n        username\n        displayName\n        role\n        scopeUnitId\n        personId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    scopeUnitId\n    personId\n    disabled\n    version\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    scopeUnitId\n    personId\n    disabled\n    version\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopeUnitId\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopeUnitId\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($page: Int, $perPage: Int) {\n    apiTokens(page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($page: Int, $perPage: Int) {\n    apiTokens(page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($filter: AuditLogFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    auditLogs(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        id\n        at\n        actor\n        actorName\n        entity\n        entityId\n        action\n        changes\n        requestId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($filter: AuditLogFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    auditLogs(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        id\n        at\n        actor\n        actorName\n        entity\n        entityId\n        action\n        changes\n        requestId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPersonalData($id: ID!) {\n    personPersonalData(id: $id) {\n      id\n      phone\n      idNumber\n    }\n  }\n"): (typeof documents)["\n  query PersonPersonalData($id: ID!) {\n    personPersonalData(id: $id) {\n      id\n      phone\n      idNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdPersonalData($id: ID!) {\n    householdPersonalData(id: $id) {\n      id\n      phone\n    }\n  }\n"): (typeof documents)["\n  query HouseholdPersonalData($id: ID!) {\n    householdPersonalData(id: $id) {\n      id\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rules($system: String) {\n    rules(system: $system) {\n      id\n      system\n      kind\n      titleZh\n      titleEn\n      citation\n      period\n      implied\n      threshold {\n        min\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  query Rules($system: String) {\n    rules(system: $system) {\n      id\n      system\n      kind\n      titleZh\n      titleEn\n      citation\n      period\n      implied\n      threshold {\n        min\n        max\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitCompliance($unitId: ID!, $year: Int!, $asOf: Date, $system: String) {\n    unitCompliance(unitId: $unitId, year: $year, asOf: $asOf, system: $system) {\n      unitId\n      name\n      year\n      asOf\n      rate\n      rules {\n        ruleId\n        title\n        applicable\n        met\n        onTrack\n        atRisk\n        missed\n      }\n      children {\n        unitId\n        name\n        kind\n        rate\n        applicable\n        atRisk\n        missed\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitCompliance($unitId: ID!, $year: Int!, $asOf: Date, $system: String) {\n    unitCompliance(unitId: $unitId, year: $year, asOf: $asOf, system: $system) {\n      unitId\n      name\n      year\n      asOf\n      rate\n      rules {\n        ruleId\n        title\n        applicable\n        met\n        onTrack\n        atRisk\n        missed\n      }\n      children {\n        unitId\n        name\n        kind\n        rate\n        applicable\n        atRisk\n        missed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonCompliance($personId: ID!, $year: Int!, $asOf: Date) {\n    personCompliance(personId: $personId, year: $year, asOf: $asOf) {\n      ruleId\n      system\n      kind\n      title\n      status\n      actual\n      required\n      evidenceIds\n      evidence {\n        id\n        kind\n        kindTitle\n        date\n      }\n      missing\n      explanation\n      periodStart\n      periodEnd\n      warnings {\n        code\n        message\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonCompliance($personId: ID!, $year: Int!, $asOf: Date) {\n    personCompliance(personId: $personId, year: $year, asOf: $asOf) {\n      ruleId\n      system\n      kind\n      title\n      status\n      actual\n      required\n      evidenceIds\n      evidence {\n        id\n        kind\n        kindTitle\n        date\n      }\n      missing\n      explanation\n      periodStart\n      periodEnd\n      warnings {\n        code\n        message\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceRows($filter: ComplianceRowFilter, $limit: Int) {\n    complianceRows(filter: $filter, limit: $limit) {\n      unitId\n      unitName\n      personId\n      personName\n      ruleId\n      ruleTitle\n      system\n      status\n      actual\n      required\n      year\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query ComplianceRows($filter: ComplianceRowFilter, $limit: Int) {\n    complianceRows(filter: $filter, limit: $limit) {\n      unitId\n      unitName\n      personId\n      personName\n      ruleId\n      ruleTitle\n      system\n      status\n      actual\n      required\n      year\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LocalRuleFields on LocalRule {\n    id\n    unitId\n    ruleId\n    effectiveFrom\n    effectiveTo\n    thresholdMin\n    thresholdMax\n    options\n    reason\n    version\n  }\n"): (typeof documents)["\n  fragment LocalRuleFields on LocalRule {\n    id\n    unitId\n    ruleId\n    effectiveFrom\n    effectiveTo\n    thresholdMin\n    thresholdMax\n    options\n    reason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalRules($filter: LocalRuleFilter, $page: Int, $perPage: Int) {\n    localRules(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...LocalRuleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalRules($filter: LocalRuleFilter, $page: Int, $perPage: Int) {\n    localRules(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...LocalRuleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocalRule($input: CreateLocalRuleInput!) {\n    createLocalRule(input: $input) {\n      ...LocalRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLocalRule($input: CreateLocalRuleInput!) {\n    createLocalRule(input: $input) {\n      ...LocalRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndLocalRule($id: ID!, $effectiveTo: Date!) {\n    endLocalRule(id: $id, effectiveTo: $effectiveTo) {\n      ...LocalRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndLocalRule($id: ID!, $effectiveTo: Date!) {\n    endLocalRule(id: $id, effectiveTo: $effectiveTo) {\n      ...LocalRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectiveRules($unitId: ID!, $date: Date) {\n    effectiveRules(unitId: $unitId, date: $date) {\n      ruleId\n      title\n      baseMin\n      baseMax\n      min\n      max\n      differs\n      localRuleIds\n    }\n  }\n"): (typeof documents)["\n  query EffectiveRules($unitId: ID!, $date: Date) {\n    effectiveRules(unitId: $unitId, date: $date) {\n      ruleId\n      title\n      baseMin\n      baseMax\n      min\n      max\n      differs\n      localRuleIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResearchTripFields on ResearchTrip {\n    createdAt days endsOn findings householdsVisitedIds id noDisturbance noReception note occurredOn person { id name } personId purpose stationed travelLight unit { id name } unitId unitsVisited { id name } unitsVisitedIds updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment ResearchTripFields on ResearchTrip {\n    createdAt days endsOn findings householdsVisitedIds id noDisturbance noReception note occurredOn person { id name } personId purpose stationed travelLight unit { id name } unitId unitsVisited { id name } unitsVisitedIds updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchTrips($filter: ResearchTripFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchTrips(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchTripFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchTrips($filter: ResearchTripFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchTrips(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchTripFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchTrip($id: ID!) {\n    researchTrip(id: $id) {\n      ...ResearchTripFields\n    }\n  }\n"): (typeof documents)["\n  query ResearchTrip($id: ID!) {\n    researchTrip(id: $id) {\n      ...ResearchTripFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResearchTrip($input: CreateResearchTripInput!) {\n    createResearchTrip(input: $input) {\n      ...ResearchTripFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResearchTrip($input: CreateResearchTripInput!) {\n    createResearchTrip(input: $input) {\n      ...ResearchTripFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResearchTrip($id: ID!, $input: UpdateResearchTripInput!) {\n    updateResearchTrip(id: $id, input: $input) {\n      ...ResearchTripFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResearchTrip($id: ID!, $input: UpdateResearchTripInput!) {\n    updateResearchTrip(id: $id, input: $input) {\n      ...ResearchTripFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResearchTrip($id: ID!) {\n    deleteResearchTrip(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteResearchTrip($id: ID!) {\n    deleteResearchTrip(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResearchTopicFields on ResearchTopic {\n    approvedOn createdAt id major note occurredOn person { id name } personId plan status team { id name } teamIds title unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment ResearchTopicFields on ResearchTopic {\n    approvedOn createdAt id major note occurredOn person { id name } personId plan status team { id name } teamIds title unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchTopics($filter: ResearchTopicFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchTopics(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchTopicFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchTopics($filter: ResearchTopicFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchTopics(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchTopicFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchTopic($id: ID!) {\n    researchTopic(id: $id) {\n      ...ResearchTopicFields\n    }\n  }\n"): (typeof documents)["\n  query ResearchTopic($id: ID!) {\n    researchTopic(id: $id) {\n      ...ResearchTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResearchTopic($input: CreateResearchTopicInput!) {\n    createResearchTopic(input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResearchTopic($input: CreateResearchTopicInput!) {\n    createResearchTopic(input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResearchTopic($id: ID!, $input: UpdateResearchTopicInput!) {\n    updateResearchTopic(id: $id, input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResearchTopic($id: ID!, $input: UpdateResearchTopicInput!) {\n    updateResearchTopic(id: $id, input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResearchTopic($id: ID!) {\n    deleteResearchTopic(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteResearchTopic($id: ID!) {\n    deleteResearchTopic(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResearchReportFields on ResearchReport {\n    createdAt fileRef id note occurredOn person { id name } personId routedTo submittedTo summary title topic { id title } topicId unit { id name } unitId updatedAt version warnings { code message severity } written\n  }\n"): (typeof documents)["\n  fragment ResearchReportFields on ResearchReport {\n    createdAt fileRef id note occurredOn person { id name } personId routedTo submittedTo summary title topic { id title } topicId unit { id name } unitId updatedAt version warnings { code message severity } written\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchReports($filter: ResearchReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchReports($filter: ResearchReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    researchReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ResearchReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchReport($id: ID!) {\n    researchReport(id: $id) {\n      ...ResearchReportFields\n    }\n  }\n"): (typeof documents)["\n  query ResearchReport($id: ID!) {\n    researchReport(id: $id) {\n      ...ResearchReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResearchReport($input: CreateResearchReportInput!) {\n    createResearchReport(input: $input) {\n      ...ResearchReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResearchReport($input: CreateResearchReportInput!) {\n    createResearchReport(input: $input) {\n      ...ResearchReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResearchReport($id: ID!, $input: UpdateResearchReportInput!) {\n    updateResearchReport(id: $id, input: $input) {\n      ...ResearchReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResearchReport($id: ID!, $input: UpdateResearchReportInput!) {\n    updateResearchReport(id: $id, input: $input) {\n      ...ResearchReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResearchReport($id: ID!) {\n    deleteResearchReport(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteResearchReport($id: ID!) {\n    deleteResearchReport(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactLinkFields on ContactLink {\n    category createdAt endReason endsOn id level note occurredOn person { id name } personId targetHousehold { id headName } targetHouseholdId targetUnit { id name } targetUnitId unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment ContactLinkFields on ContactLink {\n    category createdAt endReason endsOn id level note occurredOn person { id name } personId targetHousehold { id headName } targetHouseholdId targetUnit { id name } targetUnitId unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactLinks($filter: ContactLinkFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    contactLinks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ContactLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactLinks($filter: ContactLinkFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    contactLinks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ContactLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactLink($id: ID!) {\n    contactLink(id: $id) {\n      ...ContactLinkFields\n    }\n  }\n"): (typeof documents)["\n  query ContactLink($id: ID!) {\n    contactLink(id: $id) {\n      ...ContactLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContactLink($input: CreateContactLinkInput!) {\n    createContactLink(input: $input) {\n      ...ContactLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContactLink($input: CreateContactLinkInput!) {\n    createContactLink(input: $input) {\n      ...ContactLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactLink($id: ID!, $input: UpdateContactLinkInput!) {\n    updateContactLink(id: $id, input: $input) {\n      ...ContactLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContactLink($id: ID!, $input: UpdateContactLinkInput!) {\n    updateContactLink(id: $id, input: $input) {\n      ...ContactLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContactLink($id: ID!) {\n    deleteContactLink(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContactLink($id: ID!) {\n    deleteContactLink(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactVisitFields on ContactVisit {\n    content counts createdAt days id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment ContactVisitFields on ContactVisit {\n    content counts createdAt days id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactVisits($filter: ContactVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    contactVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ContactVisitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactVisits($filter: ContactVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    contactVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ContactVisitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactVisit($id: ID!) {\n    contactVisit(id: $id) {\n      ...ContactVisitFields\n    }\n  }\n"): (typeof documents)["\n  query ContactVisit($id: ID!) {\n    contactVisit(id: $id) {\n      ...ContactVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContactVisit($input: CreateContactVisitInput!) {\n    createContactVisit(input: $input) {\n      ...ContactVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContactVisit($input: CreateContactVisitInput!) {\n    createContactVisit(input: $input) {\n      ...ContactVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactVisit($id: ID!, $input: UpdateContactVisitInput!) {\n    updateContactVisit(id: $id, input: $input) {\n      ...ContactVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContactVisit($id: ID!, $input: UpdateContactVisitInput!) {\n    updateContactVisit(id: $id, input: $input) {\n      ...ContactVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContactVisit($id: ID!) {\n    deleteContactVisit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContactVisit($id: ID!) {\n    deleteContactVisit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FamilyVisitFields on FamilyVisit {\n    content createdAt household { id headName } householdId id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment FamilyVisitFields on FamilyVisit {\n    content createdAt household { id headName } householdId id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyVisits($filter: FamilyVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    familyVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...FamilyVisitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FamilyVisits($filter: FamilyVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    familyVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...FamilyVisitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyVisit($id: ID!) {\n    familyVisit(id: $id) {\n      ...FamilyVisitFields\n    }\n  }\n"): (typeof documents)["\n  query FamilyVisit($id: ID!) {\n    familyVisit(id: $id) {\n      ...FamilyVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFamilyVisit($input: CreateFamilyVisitInput!) {\n    createFamilyVisit(input: $input) {\n      ...FamilyVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFamilyVisit($input: CreateFamilyVisitInput!) {\n    createFamilyVisit(input: $input) {\n      ...FamilyVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFamilyVisit($id: ID!, $input: UpdateFamilyVisitInput!) {\n    updateFamilyVisit(id: $id, input: $input) {\n      ...FamilyVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFamilyVisit($id: ID!, $input: UpdateFamilyVisitInput!) {\n    updateFamilyVisit(id: $id, input: $input) {\n      ...FamilyVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFamilyVisit($id: ID!) {\n    deleteFamilyVisit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteFamilyVisit($id: ID!) {\n    deleteFamilyVisit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchPairingFields on BranchPairing {\n    branch { id name } branchId createdAt endsOn goal id note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment BranchPairingFields on BranchPairing {\n    branch { id name } branchId createdAt endsOn goal id note occurredOn person { id name } personId unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchPairings($filter: BranchPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    branchPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...BranchPairingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchPairings($filter: BranchPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    branchPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...BranchPairingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchPairing($id: ID!) {\n    branchPairing(id: $id) {\n      ...BranchPairingFields\n    }\n  }\n"): (typeof documents)["\n  query BranchPairing($id: ID!) {\n    branchPairing(id: $id) {\n      ...BranchPairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBranchPairing($input: CreateBranchPairingInput!) {\n    createBranchPairing(input: $input) {\n      ...BranchPairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBranchPairing($input: CreateBranchPairingInput!) {\n    createBranchPairing(input: $input) {\n      ...BranchPairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranchPairing($id: ID!, $input: UpdateBranchPairingInput!) {\n    updateBranchPairing(id: $id, input: $input) {\n      ...BranchPairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBranchPairing($id: ID!, $input: UpdateBranchPairingInput!) {\n    updateBranchPairing(id: $id, input: $input) {\n      ...BranchPairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBranchPairing($id: ID!) {\n    deleteBranchPairing(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteBranchPairing($id: ID!) {\n    deleteBranchPairing(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecondmentFields on Secondment {\n    createdAt eligibilityOverrideReason endsOn fromPost fromUnit { id name } fromUnitId id leftOriginalPost livesAtGrassroots note occurredOn outstandingGraduate person { id name } personId role toPost toUnit { id name } toUnitId unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment SecondmentFields on Secondment {\n    createdAt eligibilityOverrideReason endsOn fromPost fromUnit { id name } fromUnitId id leftOriginalPost livesAtGrassroots note occurredOn outstandingGraduate person { id name } personId role toPost toUnit { id name } toUnitId unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Secondments($filter: SecondmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    secondments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...SecondmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Secondments($filter: SecondmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    secondments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...SecondmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Secondment($id: ID!) {\n    secondment(id: $id) {\n      ...SecondmentFields\n    }\n  }\n"): (typeof documents)["\n  query Secondment($id: ID!) {\n    secondment(id: $id) {\n      ...SecondmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSecondment($input: CreateSecondmentInput!) {\n    createSecondment(input: $input) {\n      ...SecondmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSecondment($input: CreateSecondmentInput!) {\n    createSecondment(input: $input) {\n      ...SecondmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSecondment($id: ID!, $input: UpdateSecondmentInput!) {\n    updateSecondment(id: $id, input: $input) {\n      ...SecondmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSecondment($id: ID!, $input: UpdateSecondmentInput!) {\n    updateSecondment(id: $id, input: $input) {\n      ...SecondmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSecondment($id: ID!) {\n    deleteSecondment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSecondment($id: ID!) {\n    deleteSecondment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecondmentAssessmentFields on SecondmentAssessment {\n    comment createdAt id kind note occurredOn person { id name } personId result secondment { id toPost } secondmentId unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment SecondmentAssessmentFields on SecondmentAssessment {\n    comment createdAt id kind note occurredOn person { id name } personId result secondment { id toPost } secondmentId unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecondmentAssessments($filter: SecondmentAssessmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    secondmentAssessments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...SecondmentAssessmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecondmentAssessments($filter: SecondmentAssessmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    secondmentAssessments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...SecondmentAssessmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecondmentAssessment($id: ID!) {\n    secondmentAssessment(id: $id) {\n      ...SecondmentAssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query SecondmentAssessment($id: ID!) {\n    secondmentAssessment(id: $id) {\n      ...SecondmentAssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSecondmentAssessment($input: CreateSecondmentAssessmentInput!) {\n    createSecondmentAssessment(input: $input) {\n      ...SecondmentAssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSecondmentAssessment($input: CreateSecondmentAssessmentInput!) {\n    createSecondmentAssessment(input: $input) {\n      ...SecondmentAssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSecondmentAssessment($id: ID!, $input: UpdateSecondmentAssessmentInput!) {\n    updateSecondmentAssessment(id: $id, input: $input) {\n      ...SecondmentAssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSecondmentAssessment($id: ID!, $input: UpdateSecondmentAssessmentInput!) {\n    updateSecondmentAssessment(id: $id, input: $input) {\n      ...SecondmentAssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSecondmentAssessment($id: ID!) {\n    deleteSecondmentAssessment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSecondmentAssessment($id: ID!) {\n    deleteSecondmentAssessment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TalkFields on Talk {\n    counterpart { id name } counterpartId createdAt forwardedOn forwardedTo { id name } forwardedToId id kind note occurredOn opinions participants person { id name } personId round unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment TalkFields on Talk {\n    counterpart { id name } counterpartId createdAt forwardedOn forwardedTo { id name } forwardedToId id kind note occurredOn opinions participants person { id name } personId round unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Talks($filter: TalkFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    talks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...TalkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Talks($filter: TalkFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    talks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...TalkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Talk($id: ID!) {\n    talk(id: $id) {\n      ...TalkFields\n    }\n  }\n"): (typeof documents)["\n  query Talk($id: ID!) {\n    talk(id: $id) {\n      ...TalkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTalk($input: CreateTalkInput!) {\n    createTalk(input: $input) {\n      ...TalkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTalk($input: CreateTalkInput!) {\n    createTalk(input: $input) {\n      ...TalkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTalk($id: ID!, $input: UpdateTalkInput!) {\n    updateTalk(id: $id, input: $input) {\n      ...TalkFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTalk($id: ID!, $input: UpdateTalkInput!) {\n    updateTalk(id: $id, input: $input) {\n      ...TalkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTalk($id: ID!) {\n    deleteTalk(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTalk($id: ID!) {\n    deleteTalk(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExperienceFields on Experience {\n    createdAt diary id kind note occurredOn person { id name } personId place unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment ExperienceFields on Experience {\n    createdAt diary id kind note occurredOn person { id name } personId place unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Experiences($filter: ExperienceFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    experiences(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ExperienceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Experiences($filter: ExperienceFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    experiences(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ExperienceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Experience($id: ID!) {\n    experience(id: $id) {\n      ...ExperienceFields\n    }\n  }\n"): (typeof documents)["\n  query Experience($id: ID!) {\n    experience(id: $id) {\n      ...ExperienceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      ...ExperienceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      ...ExperienceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExperience($id: ID!, $input: UpdateExperienceInput!) {\n    updateExperience(id: $id, input: $input) {\n      ...ExperienceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExperience($id: ID!, $input: UpdateExperienceInput!) {\n    updateExperience(id: $id, input: $input) {\n      ...ExperienceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteExperience($id: ID!) {\n    deleteExperience(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteExperience($id: ID!) {\n    deleteExperience(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpinionChannelFields on OpinionChannel {\n    closedOn contact createdAt id kind name note openedOn unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment OpinionChannelFields on OpinionChannel {\n    closedOn contact createdAt id kind name note openedOn unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionChannels($filter: OpinionChannelFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinionChannels(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionChannelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpinionChannels($filter: OpinionChannelFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinionChannels(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionChannelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionChannel($id: ID!) {\n    opinionChannel(id: $id) {\n      ...OpinionChannelFields\n    }\n  }\n"): (typeof documents)["\n  query OpinionChannel($id: ID!) {\n    opinionChannel(id: $id) {\n      ...OpinionChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpinionChannel($input: CreateOpinionChannelInput!) {\n    createOpinionChannel(input: $input) {\n      ...OpinionChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOpinionChannel($input: CreateOpinionChannelInput!) {\n    createOpinionChannel(input: $input) {\n      ...OpinionChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpinionChannel($id: ID!, $input: UpdateOpinionChannelInput!) {\n    updateOpinionChannel(id: $id, input: $input) {\n      ...OpinionChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOpinionChannel($id: ID!, $input: UpdateOpinionChannelInput!) {\n    updateOpinionChannel(id: $id, input: $input) {\n      ...OpinionChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOpinionChannel($id: ID!) {\n    deleteOpinionChannel(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOpinionChannel($id: ID!) {\n    deleteOpinionChannel(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpinionFields on Opinion {\n    adoption adoptionReason answer answeredOn channel { id name } channelId content createdAt decision { id title } decisionId forwardedOn forwardedTo id note receivedOn submitterName submitterPhone unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment OpinionFields on Opinion {\n    adoption adoptionReason answer answeredOn channel { id name } channelId content createdAt decision { id title } decisionId forwardedOn forwardedTo id note receivedOn submitterName submitterPhone unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Opinions($filter: OpinionFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Opinions($filter: OpinionFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Opinion($id: ID!) {\n    opinion(id: $id) {\n      ...OpinionFields\n    }\n  }\n"): (typeof documents)["\n  query Opinion($id: ID!) {\n    opinion(id: $id) {\n      ...OpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpinion($input: CreateOpinionInput!) {\n    createOpinion(input: $input) {\n      ...OpinionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOpinion($input: CreateOpinionInput!) {\n    createOpinion(input: $input) {\n      ...OpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpinion($id: ID!, $input: UpdateOpinionInput!) {\n    updateOpinion(id: $id, input: $input) {\n      ...OpinionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOpinion($id: ID!, $input: UpdateOpinionInput!) {\n    updateOpinion(id: $id, input: $input) {\n      ...OpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOpinion($id: ID!) {\n    deleteOpinion(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOpinion($id: ID!) {\n    deleteOpinion(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    consultations { date form participants summary } createdAt decidedOn feedback feedbackPublishedOn id note opinions { id content adoption } proposedOn riskAssessedOn riskAssessment riskLevel status summary title unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    consultations { date form participants summary } createdAt decidedOn feedback feedbackPublishedOn id note opinions { id content adoption } proposedOn riskAssessedOn riskAssessment riskLevel status summary title unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Decisions($filter: DecisionFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    decisions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DecisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Decisions($filter: DecisionFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    decisions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DecisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Decision($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  query Decision($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!) {\n    updateDecision(id: $id, input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!) {\n    updateDecision(id: $id, input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpinionAnalysisFields on OpinionAnalysis {\n    createdAt findings id madeOn measures note periodFrom periodTo title unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment OpinionAnalysisFields on OpinionAnalysis {\n    createdAt findings id madeOn measures note periodFrom periodTo title unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionAnalyses($filter: OpinionAnalysisFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinionAnalyses(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionAnalysisFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpinionAnalyses($filter: OpinionAnalysisFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    opinionAnalyses(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...OpinionAnalysisFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionAnalysis($id: ID!) {\n    opinionAnalysis(id: $id) {\n      ...OpinionAnalysisFields\n    }\n  }\n"): (typeof documents)["\n  query OpinionAnalysis($id: ID!) {\n    opinionAnalysis(id: $id) {\n      ...OpinionAnalysisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpinionAnalysis($input: CreateOpinionAnalysisInput!) {\n    createOpinionAnalysis(input: $input) {\n      ...OpinionAnalysisFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOpinionAnalysis($input: CreateOpinionAnalysisInput!) {\n    createOpinionAnalysis(input: $input) {\n      ...OpinionAnalysisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpinionAnalysis($id: ID!, $input: UpdateOpinionAnalysisInput!) {\n    updateOpinionAnalysis(id: $id, input: $input) {\n      ...OpinionAnalysisFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOpinionAnalysis($id: ID!, $input: UpdateOpinionAnalysisInput!) {\n    updateOpinionAnalysis(id: $id, input: $input) {\n      ...OpinionAnalysisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOpinionAnalysis($id: ID!) {\n    deleteOpinionAnalysis(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOpinionAnalysis($id: ID!) {\n    deleteOpinionAnalysis(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentFields on Commitment {\n    category content createdAt evaluatedOn evaluationComment evaluationResult fulfilledOn fulfilment id note person { id name } personId proposedOn publishedOn status unit { id name } unitId updatedAt version warnings { code message severity } year\n  }\n"): (typeof documents)["\n  fragment CommitmentFields on Commitment {\n    category content createdAt evaluatedOn evaluationComment evaluationResult fulfilledOn fulfilment id note person { id name } personId proposedOn publishedOn status unit { id name } unitId updatedAt version warnings { code message severity } year\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitments($filter: CommitmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    commitments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommitmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Commitments($filter: CommitmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    commitments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommitmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!) {\n    updateCommitment(id: $id, input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!) {\n    updateCommitment(id: $id, input: $input) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCommitment($id: ID!) {\n    deleteCommitment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCommitment($id: ID!) {\n    deleteCommitment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeputyActivityFields on DeputyActivity {\n    createdAt deputies { id name } deputyIds heldOn id issuesRaised location note peopleMet title unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment DeputyActivityFields on DeputyActivity {\n    createdAt deputies { id name } deputyIds heldOn id issuesRaised location note peopleMet title unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyActivities($filter: DeputyActivityFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyActivities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyActivityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeputyActivities($filter: DeputyActivityFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyActivities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyActivityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyActivity($id: ID!) {\n    deputyActivity(id: $id) {\n      ...DeputyActivityFields\n    }\n  }\n"): (typeof documents)["\n  query DeputyActivity($id: ID!) {\n    deputyActivity(id: $id) {\n      ...DeputyActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeputyActivity($input: CreateDeputyActivityInput!) {\n    createDeputyActivity(input: $input) {\n      ...DeputyActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeputyActivity($input: CreateDeputyActivityInput!) {\n    createDeputyActivity(input: $input) {\n      ...DeputyActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeputyActivity($id: ID!, $input: UpdateDeputyActivityInput!) {\n    updateDeputyActivity(id: $id, input: $input) {\n      ...DeputyActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeputyActivity($id: ID!, $input: UpdateDeputyActivityInput!) {\n    updateDeputyActivity(id: $id, input: $input) {\n      ...DeputyActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeputyActivity($id: ID!) {\n    deleteDeputyActivity(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDeputyActivity($id: ID!) {\n    deleteDeputyActivity(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeputyPairingFields on DeputyPairing {\n    createdAt endReason from household { id headName } householdId id note person { id name } personId termId to unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment DeputyPairingFields on DeputyPairing {\n    createdAt endReason from household { id headName } householdId id note person { id name } personId termId to unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyPairings($filter: DeputyPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyPairingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeputyPairings($filter: DeputyPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyPairingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyPairing($id: ID!) {\n    deputyPairing(id: $id) {\n      ...DeputyPairingFields\n    }\n  }\n"): (typeof documents)["\n  query DeputyPairing($id: ID!) {\n    deputyPairing(id: $id) {\n      ...DeputyPairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeputyPairing($input: CreateDeputyPairingInput!) {\n    createDeputyPairing(input: $input) {\n      ...DeputyPairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeputyPairing($input: CreateDeputyPairingInput!) {\n    createDeputyPairing(input: $input) {\n      ...DeputyPairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeputyPairing($id: ID!, $input: UpdateDeputyPairingInput!) {\n    updateDeputyPairing(id: $id, input: $input) {\n      ...DeputyPairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeputyPairing($id: ID!, $input: UpdateDeputyPairingInput!) {\n    updateDeputyPairing(id: $id, input: $input) {\n      ...DeputyPairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeputyPairing($id: ID!) {\n    deleteDeputyPairing(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDeputyPairing($id: ID!) {\n    deleteDeputyPairing(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeputyDutyReportFields on DeputyDutyReport {\n    attendees createdAt evaluatedOn evaluationResult id note person { id name } personId reportedOn summary termId unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment DeputyDutyReportFields on DeputyDutyReport {\n    attendees createdAt evaluatedOn evaluationResult id note person { id name } personId reportedOn summary termId unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyDutyReports($filter: DeputyDutyReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyDutyReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyDutyReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeputyDutyReports($filter: DeputyDutyReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    deputyDutyReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DeputyDutyReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyDutyReport($id: ID!) {\n    deputyDutyReport(id: $id) {\n      ...DeputyDutyReportFields\n    }\n  }\n"): (typeof documents)["\n  query DeputyDutyReport($id: ID!) {\n    deputyDutyReport(id: $id) {\n      ...DeputyDutyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeputyDutyReport($input: CreateDeputyDutyReportInput!) {\n    createDeputyDutyReport(input: $input) {\n      ...DeputyDutyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeputyDutyReport($input: CreateDeputyDutyReportInput!) {\n    createDeputyDutyReport(input: $input) {\n      ...DeputyDutyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeputyDutyReport($id: ID!, $input: UpdateDeputyDutyReportInput!) {\n    updateDeputyDutyReport(id: $id, input: $input) {\n      ...DeputyDutyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeputyDutyReport($id: ID!, $input: UpdateDeputyDutyReportInput!) {\n    updateDeputyDutyReport(id: $id, input: $input) {\n      ...DeputyDutyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeputyDutyReport($id: ID!) {\n    deleteDeputyDutyReport(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDeputyDutyReport($id: ID!) {\n    deleteDeputyDutyReport(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityRegistrationFields on CommunityRegistration {\n    community { id name } communityId createdAt dueOn endsOn id joinedOn note person { id name } personId reason registeredOn unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment CommunityRegistrationFields on CommunityRegistration {\n    community { id name } communityId createdAt dueOn endsOn id joinedOn note person { id name } personId reason registeredOn unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityRegistrations($filter: CommunityRegistrationFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    communityRegistrations(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommunityRegistrationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityRegistrations($filter: CommunityRegistrationFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    communityRegistrations(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommunityRegistrationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityRegistration($id: ID!) {\n    communityRegistration(id: $id) {\n      ...CommunityRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  query CommunityRegistration($id: ID!) {\n    communityRegistration(id: $id) {\n      ...CommunityRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunityRegistration($input: CreateCommunityRegistrationInput!) {\n    createCommunityRegistration(input: $input) {\n      ...CommunityRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommunityRegistration($input: CreateCommunityRegistrationInput!) {\n    createCommunityRegistration(input: $input) {\n      ...CommunityRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunityRegistration($id: ID!, $input: UpdateCommunityRegistrationInput!) {\n    updateCommunityRegistration(id: $id, input: $input) {\n      ...CommunityRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunityRegistration($id: ID!, $input: UpdateCommunityRegistrationInput!) {\n    updateCommunityRegistration(id: $id, input: $input) {\n      ...CommunityRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCommunityRegistration($id: ID!) {\n    deleteCommunityRegistration(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCommunityRegistration($id: ID!) {\n    deleteCommunityRegistration(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityServiceProjectFields on CommunityServiceProject {\n    claimedOn community { id name } communityId createdAt description endsOn id note person { id name } personId projectName unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment CommunityServiceProjectFields on CommunityServiceProject {\n    claimedOn community { id name } communityId createdAt description endsOn id note person { id name } personId projectName unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityServiceProjects($filter: CommunityServiceProjectFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    communityServiceProjects(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommunityServiceProjectFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityServiceProjects($filter: CommunityServiceProjectFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    communityServiceProjects(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...CommunityServiceProjectFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityServiceProject($id: ID!) {\n    communityServiceProject(id: $id) {\n      ...CommunityServiceProjectFields\n    }\n  }\n"): (typeof documents)["\n  query CommunityServiceProject($id: ID!) {\n    communityServiceProject(id: $id) {\n      ...CommunityServiceProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunityServiceProject($input: CreateCommunityServiceProjectInput!) {\n    createCommunityServiceProject(input: $input) {\n      ...CommunityServiceProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommunityServiceProject($input: CreateCommunityServiceProjectInput!) {\n    createCommunityServiceProject(input: $input) {\n      ...CommunityServiceProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunityServiceProject($id: ID!, $input: UpdateCommunityServiceProjectInput!) {\n    updateCommunityServiceProject(id: $id, input: $input) {\n      ...CommunityServiceProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunityServiceProject($id: ID!, $input: UpdateCommunityServiceProjectInput!) {\n    updateCommunityServiceProject(id: $id, input: $input) {\n      ...CommunityServiceProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCommunityServiceProject($id: ID!) {\n    deleteCommunityServiceProject(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCommunityServiceProject($id: ID!) {\n    deleteCommunityServiceProject(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServicePairingFields on ServicePairing {\n    createdAt from household { id headName } householdId id note person { id name } personId station to unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment ServicePairingFields on ServicePairing {\n    createdAt from household { id headName } householdId id note person { id name } personId station to unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePairings($filter: ServicePairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    servicePairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ServicePairingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServicePairings($filter: ServicePairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    servicePairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ServicePairingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePairing($id: ID!) {\n    servicePairing(id: $id) {\n      ...ServicePairingFields\n    }\n  }\n"): (typeof documents)["\n  query ServicePairing($id: ID!) {\n    servicePairing(id: $id) {\n      ...ServicePairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServicePairing($input: CreateServicePairingInput!) {\n    createServicePairing(input: $input) {\n      ...ServicePairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServicePairing($input: CreateServicePairingInput!) {\n    createServicePairing(input: $input) {\n      ...ServicePairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServicePairing($id: ID!, $input: UpdateServicePairingInput!) {\n    updateServicePairing(id: $id, input: $input) {\n      ...ServicePairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServicePairing($id: ID!, $input: UpdateServicePairingInput!) {\n    updateServicePairing(id: $id, input: $input) {\n      ...ServicePairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteServicePairing($id: ID!) {\n    deleteServicePairing(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteServicePairing($id: ID!) {\n    deleteServicePairing(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearEndReportFields on YearEndReport {\n    body createdAt draftedOn id note reviewComments reviewedOn status submittedOn title unit { id name } unitId updatedAt version year\n  }\n"): (typeof documents)["\n  fragment YearEndReportFields on YearEndReport {\n    body createdAt draftedOn id note reviewComments reviewedOn status submittedOn title unit { id name } unitId updatedAt version year\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearEndReports($filter: YearEndReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    yearEndReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...YearEndReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query YearEndReports($filter: YearEndReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    yearEndReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...YearEndReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearEndReport($id: ID!) {\n    yearEndReport(id: $id) {\n      ...YearEndReportFields\n    }\n  }\n"): (typeof documents)["\n  query YearEndReport($id: ID!) {\n    yearEndReport(id: $id) {\n      ...YearEndReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateYearEndReport($input: CreateYearEndReportInput!) {\n    createYearEndReport(input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateYearEndReport($input: CreateYearEndReportInput!) {\n    createYearEndReport(input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateYearEndReport($id: ID!, $input: UpdateYearEndReportInput!) {\n    updateYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateYearEndReport($id: ID!, $input: UpdateYearEndReportInput!) {\n    updateYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteYearEndReport($id: ID!) {\n    deleteYearEndReport(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteYearEndReport($id: ID!) {\n    deleteYearEndReport(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReceptionDayFields on ReceptionDay {\n    announcedAt createdAt endTime id jointDepartments mode note occurredOn participants person { id name } personId place span startTime unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"): (typeof documents)["\n  fragment ReceptionDayFields on ReceptionDay {\n    announcedAt createdAt endTime id jointDepartments mode note occurredOn participants person { id name } personId place span startTime unit { id name } unitId updatedAt version warnings { code message severity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionDays($filter: ReceptionDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    receptionDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ReceptionDayFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionDays($filter: ReceptionDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    receptionDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...ReceptionDayFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionDay($id: ID!) {\n    receptionDay(id: $id) {\n      ...ReceptionDayFields\n    }\n  }\n"): (typeof documents)["\n  query ReceptionDay($id: ID!) {\n    receptionDay(id: $id) {\n      ...ReceptionDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReceptionDay($input: CreateReceptionDayInput!) {\n    createReceptionDay(input: $input) {\n      ...ReceptionDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReceptionDay($input: CreateReceptionDayInput!) {\n    createReceptionDay(input: $input) {\n      ...ReceptionDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReceptionDay($id: ID!, $input: UpdateReceptionDayInput!) {\n    updateReceptionDay(id: $id, input: $input) {\n      ...ReceptionDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReceptionDay($id: ID!, $input: UpdateReceptionDayInput!) {\n    updateReceptionDay(id: $id, input: $input) {\n      ...ReceptionDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReceptionDay($id: ID!) {\n    deleteReceptionDay(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteReceptionDay($id: ID!) {\n    deleteReceptionDay(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyDayFields on DutyDay {\n    createdAt id note occurredOn person { id name } personId place unit { id name } unitId updatedAt version\n  }\n"): (typeof documents)["\n  fragment DutyDayFields on DutyDay {\n    createdAt id note occurredOn person { id name } personId place unit { id name } unitId updatedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyDays($filter: DutyDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    dutyDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DutyDayFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyDays($filter: DutyDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    dutyDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...DutyDayFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyDay($id: ID!) {\n    dutyDay(id: $id) {\n      ...DutyDayFields\n    }\n  }\n"): (typeof documents)["\n  query DutyDay($id: ID!) {\n    dutyDay(id: $id) {\n      ...DutyDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDutyDay($input: CreateDutyDayInput!) {\n    createDutyDay(input: $input) {\n      ...DutyDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDutyDay($input: CreateDutyDayInput!) {\n    createDutyDay(input: $input) {\n      ...DutyDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDutyDay($id: ID!, $input: UpdateDutyDayInput!) {\n    updateDutyDay(id: $id, input: $input) {\n      ...DutyDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDutyDay($id: ID!, $input: UpdateDutyDayInput!) {\n    updateDutyDay(id: $id, input: $input) {\n      ...DutyDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDutyDay($id: ID!) {\n    deleteDutyDay(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDutyDay($id: ID!) {\n    deleteDutyDay(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitCaseFields on VisitCase {\n    acceptDueOn acceptedOn archivedOn assignedOn assignmentInstruction category channel clocks { daysLeft dueOn kind startedOn status stoppedOn } closedOn collective conversationOn conversationRecord createdAt decidedOn decision decisionNote extendedOn extensionDays extensionReason handleDueOn handlingUnit { id name } handlingUnitId id matter note objections { date reason } occurredOn receivedByLeader receiver { id name } receiverId redirectedTo repliedOn reply representatives { name phone } responsiblePerson { id name } responsiblePersonId result satisfaction state supervisions { date instruction number progress supervisor } unit { id name } unitId updatedAt version visitorCount visitors { name phone } warnings { code message severity } withdrawReason withdrawnOn\n  }\n"): (typeof documents)["\n  fragment VisitCaseFields on VisitCase {\n    acceptDueOn acceptedOn archivedOn assignedOn assignmentInstruction category channel clocks { daysLeft dueOn kind startedOn status stoppedOn } closedOn collective conversationOn conversationRecord createdAt decidedOn decision decisionNote extendedOn extensionDays extensionReason handleDueOn handlingUnit { id name } handlingUnitId id matter note objections { date reason } occurredOn receivedByLeader receiver { id name } receiverId redirectedTo repliedOn reply representatives { name phone } responsiblePerson { id name } responsiblePersonId result satisfaction state supervisions { date instruction number progress supervisor } unit { id name } unitId updatedAt version visitorCount visitors { name phone } warnings { code message severity } withdrawReason withdrawnOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitCases($filter: VisitCaseFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    visitCases(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...VisitCaseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitCases($filter: VisitCaseFilter, $sort: SortInput, $page: Int, $perPage: Int) {\n    visitCases(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...VisitCaseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitCase($id: ID!) {\n    visitCase(id: $id) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  query VisitCase($id: ID!) {\n    visitCase(id: $id) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVisitCase($input: CreateVisitCaseInput!) {\n    createVisitCase(input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVisitCase($input: CreateVisitCaseInput!) {\n    createVisitCase(input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveResearchTopic($id: ID!, $input: ApproveResearchTopicInput!) {\n    approveResearchTopic(id: $id, input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveResearchTopic($id: ID!, $input: ApproveResearchTopicInput!) {\n    approveResearchTopic(id: $id, input: $input) {\n      ...ResearchTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommitmentStep($id: ID!, $input: CommitmentStepInput!) {\n    recordCommitmentStep(id: $id, input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCommitmentStep($id: ID!, $input: CommitmentStepInput!) {\n    recordCommitmentStep(id: $id, input: $input) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    submitYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    submitYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    acceptYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    acceptYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    returnYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnYearEndReport($id: ID!, $input: YearEndReportStepInput!) {\n    returnYearEndReport(id: $id, input: $input) {\n      ...YearEndReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnounceReceptionDay($id: ID!, $at: DateTime) {\n    announceReceptionDay(id: $id, at: $at) {\n      ...ReceptionDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnnounceReceptionDay($id: ID!, $at: DateTime) {\n    announceReceptionDay(id: $id, at: $at) {\n      ...ReceptionDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVisitCaseRegistration($id: ID!, $input: UpdateVisitCaseRegistrationInput!) {\n    updateVisitCaseRegistration(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVisitCaseRegistration($id: ID!, $input: UpdateVisitCaseRegistrationInput!) {\n    updateVisitCaseRegistration(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideVisitCase($id: ID!, $input: DecideVisitCaseInput!) {\n    decideVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideVisitCase($id: ID!, $input: DecideVisitCaseInput!) {\n    decideVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignVisitCase($id: ID!, $input: AssignVisitCaseInput!) {\n    assignVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignVisitCase($id: ID!, $input: AssignVisitCaseInput!) {\n    assignVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuperviseVisitCase($id: ID!, $input: SuperviseVisitCaseInput!) {\n    superviseVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuperviseVisitCase($id: ID!, $input: SuperviseVisitCaseInput!) {\n    superviseVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVisitCase($id: ID!, $input: CloseVisitCaseInput!) {\n    closeVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVisitCase($id: ID!, $input: CloseVisitCaseInput!) {\n    closeVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendVisitCase($id: ID!, $input: ExtendVisitCaseInput!) {\n    extendVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendVisitCase($id: ID!, $input: ExtendVisitCaseInput!) {\n    extendVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisitCaseConversation($id: ID!, $input: RecordVisitCaseConversationInput!) {\n    recordVisitCaseConversation(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisitCaseConversation($id: ID!, $input: RecordVisitCaseConversationInput!) {\n    recordVisitCaseConversation(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawVisitCase($id: ID!, $input: WithdrawVisitCaseInput!) {\n    withdrawVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawVisitCase($id: ID!, $input: WithdrawVisitCaseInput!) {\n    withdrawVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveVisitCase($id: ID!, $input: ArchiveVisitCaseInput!) {\n    archiveVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveVisitCase($id: ID!, $input: ArchiveVisitCaseInput!) {\n    archiveVisitCase(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToVisitCaseAssignment($id: ID!, $input: ObjectToVisitCaseAssignmentInput!) {\n    objectToVisitCaseAssignment(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectToVisitCaseAssignment($id: ID!, $input: ObjectToVisitCaseAssignmentInput!) {\n    objectToVisitCaseAssignment(id: $id, input: $input) {\n      ...VisitCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRosterMonth($unitId: ID!, $month: String!, $workingDaysOnly: Boolean) {\n    dutyRosterMonth(unitId: $unitId, month: $month, workingDaysOnly: $workingDaysOnly) {\n      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query DutyRosterMonth($unitId: ID!, $month: String!, $workingDaysOnly: Boolean) {\n    dutyRosterMonth(unitId: $unitId, month: $month, workingDaysOnly: $workingDaysOnly) {\n      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FillDutyRoster($input: FillDutyRosterInput!) {\n    fillDutyRoster(input: $input) {\n      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }\n    }\n  }\n"): (typeof documents)["\n  mutation FillDutyRoster($input: FillDutyRosterInput!) {\n    fillDutyRoster(input: $input) {\n      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitCaseDeadlines {\n    visitCaseDeadlines {\n      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays\n    }\n  }\n"): (typeof documents)["\n  query VisitCaseDeadlines {\n    visitCaseDeadlines {\n      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attachments($recordType: String!, $recordId: ID!) {\n    attachments(recordType: $recordType, recordId: $recordId) {\n      id\n      fileName\n      mimeType\n      size\n      createdAt\n      uploadedByName\n      url\n      mayDelete\n    }\n  }\n"): (typeof documents)["\n  query Attachments($recordType: String!, $recordId: ID!) {\n    attachments(recordType: $recordType, recordId: $recordId) {\n      id\n      fileName\n      mimeType\n      size\n      createdAt\n      uploadedByName\n      url\n      mayDelete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedRecords($filter: DeletedRecordFilter, $page: Int, $perPage: Int) {\n    deletedRecords(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        recordType\n        id\n        summary\n        person { id name }\n        unitName\n        occurredOn\n        deletedAt\n        deletedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletedRecords($filter: DeletedRecordFilter, $page: Int, $perPage: Int) {\n    deletedRecords(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        recordType\n        id\n        summary\n        person { id name }\n        unitName\n        occurredOn\n        deletedAt\n        deletedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRecord($recordType: String!, $id: ID!) {\n    restoreRecord(recordType: $recordType, id: $id)\n  }\n"): (typeof documents)["\n  mutation RestoreRecord($recordType: String!, $id: ID!) {\n    restoreRecord(recordType: $recordType, id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkCalendar($year: Int!) {\n    workCalendar(year: $year) {\n      year\n      edited\n      holidays { date name }\n      workdays { date name }\n    }\n  }\n"): (typeof documents)["\n  query WorkCalendar($year: Int!) {\n    workCalendar(year: $year) {\n      year\n      edited\n      holidays { date name }\n      workdays { date name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      year\n      edited\n      holidays { date name }\n      workdays { date name }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      year\n      edited\n      holidays { date name }\n      workdays { date name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVisitCaseDeadlines($input: SetVisitCaseDeadlinesInput!) {\n    setVisitCaseDeadlines(input: $input) {\n      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetVisitCaseDeadlines($input: SetVisitCaseDeadlinesInput!) {\n    setVisitCaseDeadlines(input: $input) {\n      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearEndFiguresFields on YearEndFigures {\n    unitId\n    unitName\n    year\n    asOf\n    rate\n    systems {\n      system\n      title\n      applicable\n      met\n      onTrack\n      atRisk\n      missed\n      rate\n      rules {\n        ruleId\n        title\n        kind\n        applicable\n        met\n        onTrack\n        atRisk\n        missed\n        actual\n        required\n        gap\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment YearEndFiguresFields on YearEndFigures {\n    unitId\n    unitName\n    year\n    asOf\n    rate\n    systems {\n      system\n      title\n      applicable\n      met\n      onTrack\n      atRisk\n      missed\n      rate\n      rules {\n        ruleId\n        title\n        kind\n        applicable\n        met\n        onTrack\n        atRisk\n        missed\n        actual\n        required\n        gap\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearEndFigures($unitId: ID!, $year: Int!) {\n    yearEndFigures(unitId: $unitId, year: $year) {\n      ...YearEndFiguresFields\n    }\n  }\n"): (typeof documents)["\n  query YearEndFigures($unitId: ID!, $year: Int!) {\n    yearEndFigures(unitId: $unitId, year: $year) {\n      ...YearEndFiguresFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearEndReportFigures($id: ID!) {\n    yearEndReport(id: $id) {\n      id\n      figures {\n        ...YearEndFiguresFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query YearEndReportFigures($id: ID!) {\n    yearEndReport(id: $id) {\n      id\n      figures {\n        ...YearEndFiguresFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;