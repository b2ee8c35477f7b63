// Periods in China Standard Time (UTC+8, no daylight saving). Every date here is a calendar date in CST,
// written YYYY-MM-DD; ranges are inclusive at both ends. No clock is read: "now" is always passed in.

export const PERIOD_KINDS = ['DAY', 'MONTH', 'QUARTER', 'YEAR', 'TERM'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  /** CUSTOM: any other span (the window before a democratic life meeting, a term cut short, …). */
  kind: PeriodKind | 'CUSTOM';
  /** First day, inclusive (CST). */
  start: string;
  /** Last day, inclusive (CST). */
  end: string;
}

/** An instant: a Date, epoch milliseconds, an ISO date-time, or a bare CST date (read as 00:00 CST that day). */
export type Instant = Date | number | string;

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/i;

export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function assertDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}

// Roll-ups convert the same few hundred dates millions of times: both directions are memoised (bounded).
const DAY_NUMBERS = new Map<string, number>();
const DATES = new Map<number, string>();
const MEMO_MAX = 50_000;

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: string): number {
  const known = DAY_NUMBERS.get(date);
  if (known !== undefined) return known;
  assertDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const n = Date.UTC(y, m - 1, d) / DAY_MS;
  if (DAY_NUMBERS.size < MEMO_MAX) DAY_NUMBERS.set(date, n);
  return n;
}

export function fromDayNumber(n: number): string {
  const known = DATES.get(n);
  if (known !== undefined) return known;
  const date = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (DATES.size < MEMO_MAX && Number.isInteger(n)) DATES.set(n, date);
  return date;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (b − a); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Adds calendar months; the day is clamped to the end of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  assertDate(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(ty, tm, Math.min(d, last)) / DAY_MS);
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Dates of instant strings already converted: a roll-up asks for the same few instants a million times. */
const cstDates = new Map<string, string>();

/** The CST calendar date of an instant. A bare date string is returned as is. */
export function cstDate(at: Instant): string {
  if (typeof at === 'string') {
    let d = cstDates.get(at);
    if (d === undefined) {
      d = cstDateOf(at);
      if (cstDates.size > 10_000) cstDates.clear();
      cstDates.set(at, d);
    }
    return d;
  }
  return cstDateOf(at);
}

function cstDateOf(at: Instant): string {
  let ms: number;
  if (typeof at === 'string') {
    if (DATE_RE.test(at)) {
      assertDate(at);
      return at;
    }
    // A date-time without an offset is read as CST wall-clock time, never as the machine's local time.
    ms = Date.parse(OFFSET_RE.test(at) ? at : `${at}+08:00`);
  } else {
    ms = typeof at === 'number' ? at : at.getTime();
  }
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${JSON.stringify(at)}`);
  return fromDayNumber(Math.floor((ms + CST_OFFSET_MS) / DAY_MS));
}

export function yearPeriod(year: number): Period {
  return { kind: 'YEAR', start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31` };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const startMonth = (quarter - 1) * 3 + 1;
  const start = `${pad(year, 4)}-${pad(startMonth, 2)}-01`;
  return { kind: 'QUARTER', start, end: addDays(addMonths(start, 3), -1) };
}

export function monthPeriod(year: number, month: number): Period {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month out of range: ${month}`);
  const start = `${pad(year, 4)}-${pad(month, 2)}-01`;
  return { kind: 'MONTH', start, end: addDays(addMonths(start, 1), -1) };
}

export function dayPeriod(date: string): Period {
  assertDate(date);
  return { kind: 'DAY', start: date, end: date };
}

/** A deputy's congress term. An open term (`to` null) runs to `openEnd`, by default five years less a day. */
export function termPeriod(from: string, to: string | null, openEnd?: string): Period {
  assertDate(from);
  const end = to ?? openEnd ?? addDays(addYears(from, 5), -1);
  assertDate(end);
  if (end < from) throw new RangeError(`term ends before it starts: ${from} … ${end}`);
  return { kind: 'TERM', start: from, end };
}

export function customPeriod(start: string, end: string): Period {
  assertDate(start);
  assertDate(end);
  if (end < start) throw new RangeError(`period ends before it starts: ${start} … ${end}`);
  return { kind: 'CUSTOM', start, end };
}

/** The calendar period of `kind` that contains the CST date of `at`. TERM has no calendar: use termPeriod. */
export function periodContaining(kind: Exclude<PeriodKind, 'TERM'>, at: Instant): Period {
  const date = cstDate(at);
  const [y, m] = date.split('-').map(Number) as [number, number, number];
  switch (kind) {
    case 'DAY':
      return dayPeriod(date);
    case 'MONTH':
      return monthPeriod(y, m);
    case 'QUARTER':
      return quarterPeriod(y, (Math.floor((m - 1) / 3) + 1) as 1 | 2 | 3 | 4);
    case 'YEAR':
      return yearPeriod(y);
  }
}

/** The periods of `kind` that make up `within` (e.g. the twelve months of a year). */
export function periodsWithin(kind: 'DAY' | 'MONTH' | 'QUARTER', within: Period): Period[] {
  const out: Period[] = [];
  let cursor = within.start;
  while (cursor <= within.end) {
    const p = periodContaining(kind, cursor);
    out.push(p);
    cursor = addDays(p.end, 1);
  }
  return out;
}

export function periodDays(period: Period): number {
  return daysBetween(period.start, period.end) + 1;
}

export function containsDate(period: Period, date: string): boolean {
  return date >= period.start && date <= period.end;
}

/** Days of `period` within [from, to] (to inclusive; null = open). */
export function overlapDays(period: Period, from: string, to: string | null): number {
  const s = maxDate(period.start, from);
  const e = to === null ? period.end : minDate(period.end, to);
  return e < s ? 0 : daysBetween(s, e) + 1;
}

/**
 * Whole days of the period already over at `asOf`. A day counts once it has ended in CST: at any moment of
 * 1 March the elapsed days of the year are 59 (Jan + Feb); on the day after the period, all of them.
 */
export function elapsedDays(period: Period, asOf: Instant): number {
  const today = dayNumber(cstDate(asOf));
  const done = today - dayNumber(period.start);
  return Math.min(Math.max(done, 0), periodDays(period));
}

/** Share 0..1 of the period already over at `asOf` (whole CST days, see elapsedDays). */
export function elapsedShare(period: Period, asOf: Instant): number {
  return elapsedDays(period, asOf) / periodDays(period);
}

/** Days still available in the period at `asOf`, today included. 0 once the period is over. */
export function daysLeft(period: Period, asOf: Instant): number {
  return periodDays(period) - elapsedDays(period, asOf);
}

/** True once the last day of the period has ended in CST. */
export function isOver(period: Period, asOf: Instant): boolean {
  return cstDate(asOf) > period.end;
}

/**
 * Pro-rates a quota for a subject who held the profile for `share` (0..1) of the period.
 * Rounding: half up to a whole unit (`full × share`, 35.29 → 35, 0.5 → 1), never above `full`, never below 0.
 * A result of 0 means the rule does not apply for that period (held too briefly to owe anything).
 */
export function proRate(full: number, share: number): number {
  if (!(share > 0)) return 0;
  if (share >= 1) return full;
  const raw = full * share;
  // The epsilon keeps 0.5 from becoming 0.49999… after floating-point multiplication.
  return Math.min(full, Math.max(0, Math.floor(raw + 0.5 + 1e-9)));
}

/** Age in whole years on `date` (birthday counted on the day; 29 Feb birthdays on 28 Feb in common years). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  assertDate(birthDate);
  assertDate(date);
  let age = y - by;
  const lastDayOfBirthMonth = new Date(Date.UTC(y, bm, 0)).getUTCDate();
  const birthdayThisYear = Math.min(bd, lastDayOfBirthMonth);
  if (m < bm || (m === bm && d < birthdayThisYear)) age -= 1;
  return age;
}

/** Monday–Friday (CST calendar). */
export function isWeekday(date: string): boolean {
  const dow = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return dow >= 1 && dow <= 5;
}

export function datesOf(period: Period): string[] {
  const out: string[] = [];
  for (let n = dayNumber(period.start); n <= dayNumber(period.end); n++) out.push(fromDayNumber(n));
  return out;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
