import type { FactKind } from '@lianxi/rules';
import type { RECORD_SPECS } from '../records/specs';

/** A record resource of the admin: a key of the record specs, so a renamed resource fails the typecheck. */
export type RecordResourceName = keyof typeof RECORD_SPECS;

/**
 * The admin record resource that shows the records of each fact kind (evidence ids are the record ids).
 * Kinds without a record screen of their own (progress notices, service windows, warmth visits, annual
 * evaluations, local rules) are left out: their evidence is named but not linked.
 */
export const FACT_RESOURCES: Partial<Record<FactKind, RecordResourceName>> = {
  RESEARCH_TRIP: 'researchTrips',
  // A stationed stay is a research trip with `stationed`; its own screen shows it under 蹲点调研.
  STATIONED_STAY: 'stationedStays',
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

/** A record counted for a rule, as `RuleResult.evidence` names it. */
export interface EvidenceLike {
  id: string;
  kind: string;
  kindTitle: string;
  date: string;
}

/**
 * The record resource whose Show page opens a record of this fact kind, if the admin has that screen
 * (`registered` says whether the resource is registered with a show view for this user).
 */
export function evidenceResource(kind: string, registered: (resource: string) => boolean): RecordResourceName | undefined {
  const resource = (FACT_RESOURCES as Partial<Record<string, RecordResourceName>>)[kind];
  return resource && registered(resource) ? resource : undefined;
}

/** The Show page of an evidence record, or undefined when its kind has no screen (shown as plain text). */
export function evidencePath(evidence: EvidenceLike, registered: (resource: string) => boolean): string | undefined {
  const resource = evidenceResource(evidence.kind, registered);
  return resource ? `/${resource}/${encodeURIComponent(evidence.id)}/show` : undefined;
}

/** How a record is named on a scorecard and in its export: kind title and day ("基层调研 2025-03-04"). */
export const evidenceLabel = (evidence: EvidenceLike): string => `${evidence.kindTitle} ${evidence.date}`;

/** The records of one rule as one Excel cell. */
export const evidenceText = (evidence: readonly EvidenceLike[]): string => evidence.map(evidenceLabel).join('、');
