import type { Role } from '../gql/graphql';

/** What the admin knows of the signed-in user (from `me`). */
export interface AccessUser {
  role: Role;
  scopeUnitId: string;
  personId?: string | null;
}

/** react-admin's actions plus the app's own: `reveal` (full phone / ID number), `revoke` (a token). */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'reveal' | 'revoke' | (string & {});

const READ: ReadonlySet<string> = new Set(['list', 'show', 'export']);

/** Resources only an ADMIN sees at all: the API answers FORBIDDEN to anyone else. */
const ADMIN_ONLY: ReadonlySet<string> = new Set(['users', 'apiTokens', 'auditLogs', 'recycleBin']);

/** Read by those who answer for a unit (ADMIN, HEAD), not by cadres: the year-end figures (年度数据). */
const LEADERS_READ: ReadonlySet<string> = new Set(['yearEndFigures']);

/**
 * Read-only screens of everyone in scope (the API narrows each read to the viewer's subtree): the org tree,
 * people, households, deputy terms, compliance and the rules in force.
 */
const SHARED_READ: ReadonlySet<string> = new Set(['orgUnits', 'people', 'households', 'deputyTerms', 'compliance', 'localRules']);

/**
 * Menus and buttons by role, mirroring what the API allows so nobody is offered a button that can only fail:
 * - ADMIN manages everything in scope, users and tokens included, and may reveal personal data;
 * - HEAD reads everything in scope and its compliance, changes nothing;
 * - CADRE reads their own unit (the API scopes it) and keeps their own records: the record screens of the
 *   ten systems ask `ownRecord` for that.
 * The API enforces all of it again; this only decides what is shown.
 */
export function canAccess(user: AccessUser | null | undefined, action: Action, resource: string, record?: { personId?: unknown }): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  if (ADMIN_ONLY.has(resource)) return false;
  if (LEADERS_READ.has(resource)) return user.role === 'HEAD' && READ.has(action);
  if (READ.has(action)) return SHARED_READ.has(resource) || isRecordResource(resource);
  // CADRE: create their own records and edit or delete those that name them.
  if (user.role === 'CADRE' && isRecordResource(resource)) {
    if (action === 'create') return true;
    if (action === 'edit' || action === 'delete') return ownRecord(user, record);
  }
  return false;
}

/** A cadre's own record: it names the cadre's person. */
export function ownRecord(user: AccessUser, record: { personId?: unknown } | undefined): boolean {
  return Boolean(user.personId && record && record.personId === user.personId);
}

/**
 * The ten systems' record lists as the API names them (research trips, talks, …). Their screens come later;
 * roles apply to them from their first line because they are named here.
 */
export const RECORD_RESOURCES: ReadonlySet<string> = new Set([
  'researchTrips',
  'stationedStays',
  'researchTopics',
  'researchReports',
  'contactLinks',
  'contactVisits',
  'familyVisits',
  'branchPairings',
  'secondments',
  'secondmentAssessments',
  'receptionDays',
  'dutyDays',
  'visitCases',
  'talks',
  'opinionChannels',
  'opinions',
  'decisions',
  'opinionAnalyses',
  'commitments',
  'deputyActivities',
  'deputyPairings',
  'deputyDutyReports',
  'communityRegistrations',
  'communityServiceProjects',
  'servicePairings',
  'experiences',
  'yearEndReports',
]);

function isRecordResource(resource: string): boolean {
  return RECORD_RESOURCES.has(resource);
}
