import { VISIT_CASE_DEADLINE_KEYS, regulationDeadlines, type VisitCaseDeadlines } from '@lianxi/rules';

/** A dated entry of the work calendar: a public holiday or an adjusted working day, with its name. */
export interface CalendarEntry {
  date: string;
  name: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why an entry cannot be added to `year`'s list (a translation key), or undefined when it can. */
export function entryError(year: number, entry: CalendarEntry): string | undefined {
  const m = ISO.exec(entry.date);
  if (!m || Number(m[1]) !== year) return 'lianxi.settings.date_outside_year';
  if (!entry.name.trim()) return 'ra.validation.required';
  return undefined;
}

/** Adds (or renames) an entry, keeping the list by date with one entry per day. */
export function addEntry(list: readonly CalendarEntry[], entry: CalendarEntry): CalendarEntry[] {
  return [...list.filter((e) => e.date !== entry.date), { date: entry.date, name: entry.name.trim() }].sort((a, b) => a.date.localeCompare(b.date));
}

export function removeEntry(list: readonly CalendarEntry[], date: string): CalendarEntry[] {
  return list.filter((e) => e.date !== date);
}

// The regulation's deadlines live in @lianxi/rules, shared with the API that enforces them.
export type Deadlines = VisitCaseDeadlines;
export { VISIT_CASE_DEADLINE_KEYS as DEADLINE_KEYS, regulationDeadlines };
