/**
 * The quick-entry cards of 我的记录: which record each card makes, what its form starts with and what it sends.
 * Pure (no React), so the defaulting is unit-tested: every form starts at today, one day where days count,
 * talks with the masses, and the record is always the signed-in user's own — the person is never picked.
 */
export type QuickKind = 'research' | 'contactVisit' | 'familyVisit' | 'talk' | 'experience' | 'reception';

export const QUICK_KINDS: readonly QuickKind[] = ['research', 'contactVisit', 'familyVisit', 'talk', 'experience', 'reception'];

/** The react-admin resource (and API list) each card creates a record in. */
export const QUICK_RESOURCE: Record<QuickKind, string> = {
  research: 'researchTrips',
  contactVisit: 'contactVisits',
  familyVisit: 'familyVisits',
  talk: 'talks',
  experience: 'experiences',
  reception: 'receptionDays',
};

/** The form fields each card shows, in order (two or three; dates default to today). */
export const QUICK_FIELDS: Record<QuickKind, readonly string[]> = {
  research: ['occurredOn', 'days', 'unitsVisitedIds'],
  contactVisit: ['linkId', 'occurredOn', 'days'],
  familyVisit: ['householdId', 'occurredOn', 'content'],
  talk: ['kind', 'participants', 'occurredOn'],
  // The day is today (shown, not asked): the diary is what S10.DIARY asks for.
  experience: ['kind', 'place', 'diary'],
  reception: ['date', 'place'],
};

type Values = Record<string, unknown>;

/** What a card's form starts with on `today` (YYYY-MM-DD, China Standard Time). */
export function quickDefaults(kind: QuickKind, today: string): Values {
  switch (kind) {
    case 'research':
      return { occurredOn: today, days: 1, unitsVisitedIds: [] };
    case 'contactVisit':
      return { linkId: null, occurredOn: today, days: 1 };
    case 'familyVisit':
      return { householdId: null, occurredOn: today, content: '' };
    case 'talk':
      return { kind: 'MASSES', participants: '', occurredOn: today };
    case 'experience':
      return { kind: 'WORKER_DAY', place: '', diary: '', occurredOn: today };
    case 'reception':
      return { date: today, place: '' };
  }
}

/** Inputs of each create mutation that name whose record it is: a contact visit is its link's cadre's. */
const TAKES_PERSON: ReadonlySet<QuickKind> = new Set(['research', 'familyVisit', 'talk', 'experience', 'reception']);

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The data a card sends to `dataProvider.create`: its own fields (blanks left out so the API's defaults hold),
 * the date it started with when the form does not show one, and always the signed-in user's person.
 */
export function quickInput(kind: QuickKind, values: Values, personId: string, today: string): Values {
  const out: Values = {};
  const defaults = quickDefaults(kind, today);
  for (const key of Object.keys(defaults)) {
    const v = key in values ? values[key] : defaults[key];
    if (!blank(v)) out[key] = key === 'days' ? Number(v) : v;
  }
  if (TAKES_PERSON.has(kind)) out['personId'] = personId;
  if (kind === 'reception') {
    out['mode'] = 'FIXED_POINT';
    out['span'] = 'WHOLE_DAY';
  }
  return out;
}

/** A leader who receives visitors: a reception-day rule (S4.DAYS.*, S4.FARM_DAILY) applies to them this year. */
export function receivesVisitors(ruleIds: readonly string[]): boolean {
  return ruleIds.some((id) => id.startsWith('S4.DAYS') || id === 'S4.FARM_DAILY');
}

/** One line of "my records this year", whatever its type. */
export interface MyRecordRow {
  resource: string;
  id: string;
  occurredOn: string;
  createdAt: string;
  summary: string;
}

/** Newest first: by day, then by when it was entered (two records of one day show the later one first). */
export function newestFirst(rows: readonly MyRecordRow[], limit = 50): MyRecordRow[] {
  return [...rows]
    .sort((a, b) => (a.occurredOn === b.occurredOn ? b.createdAt.localeCompare(a.createdAt) : b.occurredOn.localeCompare(a.occurredOn)))
    .slice(0, limit);
}
