import { ruleById } from '@lianxi/rules';

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

export interface Deadlines {
  acceptWithinDays: number;
  handleWithinDays: number;
  maxExtensionDays: number;
  objectionWorkingDays: number;
  dueSoonDays: number;
}

export const DEADLINE_KEYS = ['acceptWithinDays', 'handleWithinDays', 'maxExtensionDays', 'objectionWorkingDays', 'dueSoonDays'] as const;

function ruleOption(name: string, fallback: number): number {
  const v = ruleById('S4.FORMS')?.options[name]?.value;
  return typeof v === 'number' ? v : fallback;
}

/**
 * The 2022 regulation's deadlines as the rules catalogue states them (the API loosens none of them): the
 * objection window of 5 working days and the due-soon warning are the API's own defaults.
 */
export function regulationDeadlines(): Deadlines {
  return {
    acceptWithinDays: ruleOption('acceptWithinDays', 15),
    handleWithinDays: ruleOption('handleWithinDays', 60),
    maxExtensionDays: ruleOption('maxExtensionDays', 30),
    objectionWorkingDays: 5,
    dueSoonDays: 5,
  };
}
