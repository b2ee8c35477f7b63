import type { AccessWorld } from './access-fixture.js';

/**
 * Hand-written cases the scope matrix cannot derive from the schema. Every create mutation needs at least one
 * out-of-scope case here; every mutation a CADRE may call needs a case of the cadre writing someone else's
 * record. Modules add their entries; the matrix fails on a mutation without one.
 */
export type Case = [inputType: string, input: Record<string, unknown>];

export function outOfScopeCreates(w: AccessWorld): Record<string, Case[]> {
  return {
    createOrgUnit: [
      ['CreateOrgUnitInput', { kind: 'MANAGEMENT_AREA', name: '越界管理区', code: 'OUT-1', parentId: w.t.other.id }],
      ['CreateOrgUnitInput', { kind: 'FARM', name: '越界农场', code: 'OUT-2', parentId: w.t.bureau.id }],
    ],
    createHousehold: [['CreateHouseholdInput', { unitId: w.otherGroup.id, headName: '越界', address: '无' }]],
    createPerson: [['CreatePersonInput', { name: '越界', gender: 'MALE', birthDate: '1990-01-01', unitId: w.t.otherArea.id }]],
    createPosition: [
      ['CreatePositionInput', { personId: w.ids.personOut, unitId: w.t.area1.id, title: '越界', from: '2025-01-01' }],
      ['CreatePositionInput', { personId: w.ids.personIn, unitId: w.t.otherArea.id, title: '越界', from: '2025-01-01' }],
    ],
    createDeputyTerm: [
      ['CreateDeputyTermInput', { personId: w.ids.personOut, electingUnitId: w.t.heshan.id, from: '2025-01-01' }],
      ['CreateDeputyTermInput', { personId: w.ids.personIn, electingUnitId: w.t.other.id, from: '2027-01-01' }],
    ],
    createUser: [
      ['CreateUserInput', { username: 'outsider', displayName: '越界', role: 'ADMIN', scopeUnitId: w.t.bureau.id, password: 'Passw0rd-Passw0rd' }],
    ],
    createApiToken: [['CreateApiTokenInput', { name: '越界', scopeUnitId: w.t.other.id }]],
    createLocalRule: [['CreateLocalRuleInput', { unitId: w.t.other.id, ruleId: 'S1.DAYS.FARM', effectiveFrom: '2026-01-01', thresholdMin: 90, reason: '越界' }]],
    createReceptionDay: [['CreateReceptionDayInput', { personId: w.ids.personOut, date: '2025-03-12', place: '越界' }]],
    createDutyDay: [
      ['CreateDutyDayInput', { unitId: w.t.other.id, personId: w.ids.personOut, date: '2025-03-12' }],
      ['CreateDutyDayInput', { unitId: w.t.heshan.id, personId: w.ids.personOut, date: '2025-03-12' }],
    ],
    createVisitCase: [
      ['CreateVisitCaseInput', { unitId: w.t.other.id, registeredOn: '2025-03-12', visitors: [{ name: '越界' }], matter: '越界', category: 'SUGGESTION' }],
      ['CreateVisitCaseInput', { unitId: w.t.heshan.id, receiverId: w.ids.personOut, registeredOn: '2025-03-12', visitors: [{ name: '越界' }], matter: '越界', category: 'SUGGESTION' }],
    ],
    createResearchTrip: [['CreateResearchTripInput', { personId: w.ids.personOut, occurredOn: '2025-03-12', days: 1 }]],
    createResearchTopic: [
      ['CreateResearchTopicInput', { personId: w.ids.personOut, title: '越界', occurredOn: '2025-03-12' }],
      ['CreateResearchTopicInput', { major: true, unitId: w.t.bureau.id, title: '越界', occurredOn: '2025-03-12' }],
    ],
    createResearchReport: [['CreateResearchReportInput', { personId: w.ids.personOut, title: '越界', occurredOn: '2025-03-12' }]],
    createContactLink: [['CreateContactLinkInput', { personId: w.ids.personOut, targetUnitId: w.t.group1.id, occurredOn: '2025-03-12' }]],
    createContactVisit: [['CreateContactVisitInput', { linkId: w.personRecords.contactLinkOut, occurredOn: '2025-03-12', days: 1 }]],
    createFamilyVisit: [['CreateFamilyVisitInput', { personId: w.ids.personOut, householdId: w.ids.householdIn, occurredOn: '2025-03-12' }]],
    createBranchPairing: [['CreateBranchPairingInput', { personId: w.ids.personOut, branchId: w.t.area1.id, occurredOn: '2025-03-12' }]],
    createSecondment: [['CreateSecondmentInput', { personId: w.ids.personOut, toUnitId: w.t.area1.id, toPost: '越界', occurredOn: '2025-03-12' }]],
    createSecondmentAssessment: [['CreateSecondmentAssessmentInput', { secondmentId: w.personRecords.secondmentOut, kind: 'FEEDBACK', occurredOn: '2025-03-12' }]],
    createTalk: [['CreateTalkInput', { personId: w.ids.personOut, kind: 'MASSES', occurredOn: '2025-03-12', participants: '越界' }]],
    createExperience: [['CreateExperienceInput', { personId: w.ids.personOut, kind: 'MARKET', occurredOn: '2025-03-12', place: '越界', diary: '越界' }]],
    createOpinionChannel: [['CreateOpinionChannelInput', { unitId: w.t.other.id, kind: 'BOX', name: '越界', openedOn: '2025-01-01' }]],
    createOpinion: [['CreateOpinionInput', { channelId: w.unitRecords.opinionChannelOut, receivedOn: '2025-04-10', content: '越界' }]],
    createDecision: [['CreateDecisionInput', { unitId: w.t.other.id, title: '越界', proposedOn: '2025-04-10' }]],
    createOpinionAnalysis: [
      ['CreateOpinionAnalysisInput', { unitId: w.t.other.id, madeOn: '2025-04-05', periodFrom: '2025-01-01', periodTo: '2025-03-31', title: '越界', findings: '越界' }],
    ],
    createCommitment: [['CreateCommitmentInput', { personId: w.ids.personOut, category: 'MANAGEMENT_AREA', content: '越界', proposedOn: '2025-04-10' }]],
    createDeputyActivity: [
      ['CreateDeputyActivityInput', { unitId: w.t.other.id, title: '越界', heldOn: '2025-04-10', deputyIds: [w.ids.personIn] }],
      ['CreateDeputyActivityInput', { unitId: w.t.heshan.id, title: '越界', heldOn: '2025-04-10', deputyIds: [w.ids.personOut] }],
    ],
    createDeputyPairing: [['CreateDeputyPairingInput', { personId: w.ids.personOut, householdId: w.ids.householdOut, from: '2025-04-10' }]],
    createDeputyDutyReport: [['CreateDeputyDutyReportInput', { personId: w.ids.personOut, reportedOn: '2025-04-10', summary: '越界' }]],
    createCommunityRegistration: [
      ['CreateCommunityRegistrationInput', { personId: w.ids.personOut, communityId: w.t.community.id, reason: 'REGULAR', registeredOn: '2025-04-10' }],
    ],
    createCommunityServiceProject: [
      ['CreateCommunityServiceProjectInput', { personId: w.ids.personOut, communityId: w.t.community.id, projectName: '越界', claimedOn: '2025-04-10' }],
    ],
    createServicePairing: [['CreateServicePairingInput', { personId: w.ids.personOut, station: '越界', householdId: w.ids.householdOut, from: '2025-04-10' }]],
    createYearEndReport: [['CreateYearEndReportInput', { unitId: w.t.other.id, year: 2025, title: '越界', body: '越界', draftedOn: '2025-12-20' }]],
  };
}

/** Mutations a CADRE may call for their own records, each with a case writing another person's record. */
export function cadreForeignWrites(w: AccessWorld): Record<string, Case[]> {
  return {
    createReceptionDay: [['CreateReceptionDayInput', { personId: w.ids.personInOther, date: '2025-03-12', place: '接待室' }]],
    createResearchTrip: [['CreateResearchTripInput', { personId: w.ids.personInOther, occurredOn: '2025-03-12', days: 1 }]],
    createResearchTopic: [['CreateResearchTopicInput', { personId: w.ids.personInOther, title: '代记', occurredOn: '2025-03-12' }]],
    createResearchReport: [['CreateResearchReportInput', { personId: w.ids.personInOther, title: '代记', occurredOn: '2025-03-12' }]],
    createContactLink: [['CreateContactLinkInput', { personId: w.ids.personInOther, targetUnitId: w.t.group1.id, occurredOn: '2025-03-12' }]],
    createContactVisit: [['CreateContactVisitInput', { linkId: w.personRecords.contactLinkInOther, occurredOn: '2025-03-12', days: 1 }]],
    createFamilyVisit: [['CreateFamilyVisitInput', { personId: w.ids.personInOther, householdId: w.ids.householdIn, occurredOn: '2025-03-12' }]],
    createBranchPairing: [['CreateBranchPairingInput', { personId: w.ids.personInOther, branchId: w.t.area1.id, occurredOn: '2025-03-12' }]],
    createTalk: [['CreateTalkInput', { personId: w.ids.personInOther, kind: 'MASSES', occurredOn: '2025-03-12', participants: '代记' }]],
    createExperience: [['CreateExperienceInput', { personId: w.ids.personInOther, kind: 'MARKET', occurredOn: '2025-03-12', place: '代记', diary: '代记' }]],
    createCommitment: [['CreateCommitmentInput', { personId: w.ids.personInOther, category: 'MANAGEMENT_AREA', content: '他人承诺', proposedOn: '2025-04-10' }]],
    createDeputyPairing: [['CreateDeputyPairingInput', { personId: w.ids.personInOther, householdId: w.ids.householdIn, from: '2025-04-10' }]],
    createDeputyDutyReport: [['CreateDeputyDutyReportInput', { personId: w.ids.personInOther, reportedOn: '2025-04-10', summary: '他人述职' }]],
    createCommunityRegistration: [
      ['CreateCommunityRegistrationInput', { personId: w.ids.personInOther, communityId: w.t.community.id, reason: 'REGULAR', registeredOn: '2025-04-10' }],
    ],
    createCommunityServiceProject: [
      ['CreateCommunityServiceProjectInput', { personId: w.ids.personInOther, communityId: w.t.community.id, projectName: '他人项目', claimedOn: '2025-04-10' }],
    ],
    createServicePairing: [['CreateServicePairingInput', { personId: w.ids.personInOther, station: '社区服务站', householdId: w.ids.householdIn, from: '2025-04-10' }]],
  };
}
