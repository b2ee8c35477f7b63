/**
 * The record types the recycle bin holds (the API's `recordType`, a GraphQL type name) and the admin resource
 * that lists each, so a restored record links back to its own page. Visit cases are never deleted and local
 * rules are ended rather than deleted, so neither is here; stationed stays are research trips.
 */
export const RESOURCE_OF_TYPE: Readonly<Record<string, string>> = {
  ResearchTrip: 'researchTrips',
  ResearchTopic: 'researchTopics',
  ResearchReport: 'researchReports',
  ContactLink: 'contactLinks',
  ContactVisit: 'contactVisits',
  FamilyVisit: 'familyVisits',
  BranchPairing: 'branchPairings',
  Secondment: 'secondments',
  SecondmentAssessment: 'secondmentAssessments',
  ReceptionDay: 'receptionDays',
  DutyDay: 'dutyDays',
  Talk: 'talks',
  OpinionChannel: 'opinionChannels',
  Opinion: 'opinions',
  Decision: 'decisions',
  OpinionAnalysis: 'opinionAnalyses',
  Commitment: 'commitments',
  DeputyActivity: 'deputyActivities',
  DeputyPairing: 'deputyPairings',
  DeputyDutyReport: 'deputyDutyReports',
  CommunityRegistration: 'communityRegistrations',
  CommunityServiceProject: 'communityServiceProjects',
  ServicePairing: 'servicePairings',
  Experience: 'experiences',
  YearEndReport: 'yearEndReports',
};

export const RECORD_TYPES: readonly string[] = Object.keys(RESOURCE_OF_TYPE);
