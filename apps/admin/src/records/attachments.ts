// The attachments panel's pure side: which GraphQL record type a screen shows, sizes as people read them, and
// the upload request (raw body, URL-encoded UTF-8 name, the session cookie and the CSRF header /graphql
// also requires).

/** Resource name → the record's GraphQL type, which the API's attachment routes take as `recordType`. */
export const RECORD_TYPE_OF: Readonly<Record<string, string>> = {
  researchTrips: 'ResearchTrip',
  stationedStays: 'ResearchTrip',
  researchTopics: 'ResearchTopic',
  researchReports: 'ResearchReport',
  contactLinks: 'ContactLink',
  contactVisits: 'ContactVisit',
  familyVisits: 'FamilyVisit',
  branchPairings: 'BranchPairing',
  secondments: 'Secondment',
  secondmentAssessments: 'SecondmentAssessment',
  receptionDays: 'ReceptionDay',
  dutyDays: 'DutyDay',
  visitCases: 'VisitCase',
  talks: 'Talk',
  opinionChannels: 'OpinionChannel',
  opinions: 'Opinion',
  decisions: 'Decision',
  opinionAnalyses: 'OpinionAnalysis',
  commitments: 'Commitment',
  deputyActivities: 'DeputyActivity',
  deputyPairings: 'DeputyPairing',
  deputyDutyReports: 'DeputyDutyReport',
  communityRegistrations: 'CommunityRegistration',
  communityServiceProjects: 'CommunityServiceProject',
  servicePairings: 'ServicePairing',
  experiences: 'Experience',
  yearEndReports: 'YearEndReport',
  localRules: 'LocalRule',
};

/** What the file picker offers; the API judges the bytes anyway. */
export const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf';
/** The API's defaults, for the hint under the button (the API's own limit is what counts). */
export const MAX_MB = 10;
export const MAX_FILES = 20;

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const isImage = (mimeType: string): boolean => mimeType.startsWith('image/');

export interface UploadedAttachment {
  id: string;
  fileName: string;
}

/** A refused or failed upload: the API's code (ATTACHMENT_TOO_LARGE, FORBIDDEN, …) and its message in the UI language. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface UploadOptions {
  recordType: string;
  recordId: string;
  file: File;
  /** Sent as Accept-Language so refusals come back in the user's language. */
  locale: string;
  fetchImpl?: typeof fetch;
}

/** POSTs one file; resolves with the stored attachment or rejects with an UploadError carrying the API's code. */
export async function uploadAttachment({ recordType, recordId, file, locale, fetchImpl = fetch }: UploadOptions): Promise<UploadedAttachment> {
  const url = `/api/attachments?recordType=${encodeURIComponent(recordType)}&recordId=${encodeURIComponent(recordId)}`;
  const res = await fetchImpl(url, {
    method: 'POST',
    credentials: 'include',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      'accept-language': locale,
      // The session cookie travels by itself; this header proves the request is not a cross-site form post.
      'apollo-require-preflight': 'true',
    },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as
    | { attachment?: UploadedAttachment; errors?: { message: string; extensions?: { code?: string } }[] }
    | null;
  if (res.ok && body?.attachment) return body.attachment;
  const err = body?.errors?.[0];
  throw new UploadError(err?.extensions?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText);
}
