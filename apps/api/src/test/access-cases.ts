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
  };
}
