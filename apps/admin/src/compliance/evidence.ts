import { ruleById, type FactKind } from '@lianxi/rules';

/**
 * The admin resource that shows records of each fact kind, by the API's list names. A scorecard links an
 * evidence id to its record only when the rule reads one kind of record and that resource is registered.
 */
export const FACT_RESOURCES: Partial<Record<FactKind, string>> = {
  RESEARCH_TRIP: 'researchTrips',
  TOPIC: 'researchTopics',
  REPORT: 'researchReports',
  CONTACT_LINK: 'contactLinks',
  CONTACT_VISIT: 'contactVisits',
  FAMILY_VISIT: 'familyVisits',
  BRANCH_PAIRING: 'branchPairings',
  SECONDMENT: 'secondments',
  RECEPTION_DAY: 'receptionDays',
  DUTY_DAY: 'dutyDays',
  VISIT_CASE: 'visitCases',
  TALK: 'talks',
  OPINION_CHANNEL: 'opinionChannels',
  OPINION: 'opinions',
  DECISION: 'decisions',
  ANALYSIS: 'opinionAnalyses',
  COMMITMENT: 'commitments',
  DEPUTY_ACTIVITY: 'deputyActivities',
  DEPUTY_PAIRING: 'deputyPairings',
  DUTY_REPORT: 'deputyDutyReports',
  COMMUNITY_REGISTRATION: 'communityRegistrations',
  SERVICE_PROJECT: 'communityServiceProjects',
  SERVICE_PAIRING: 'servicePairings',
  EXPERIENCE: 'experiences',
  YEAR_END_REPORT: 'yearEndReports',
};

/** The one record resource a rule's evidence ids belong to, if the rule reads a single kind of record. */
export function evidenceResource(ruleId: string, registered: (resource: string) => boolean): string | undefined {
  const measure = ruleById(ruleId)?.measure as { of?: { kinds?: readonly FactKind[] } } | undefined;
  const kinds = measure?.of?.kinds ?? [];
  if (kinds.length !== 1) return undefined;
  const resource = FACT_RESOURCES[kinds[0] as FactKind];
  return resource && registered(resource) ? resource : undefined;
}
