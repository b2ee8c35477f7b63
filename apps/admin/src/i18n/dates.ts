import type { Locale } from './messages';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Formats a calendar date (`YYYY-MM-DD`, as the API's Date scalar sends it) for people: 2025年3月1日 in
 * Chinese, March 1, 2025 in English. Dates are read as calendar days, never through the browser's time zone,
 * so a date does not shift by a day for a user west of UTC.
 */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utc);
}

/** A DateTime (instant) shown in China Standard Time, where the bureau works. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  }).format(d);
}

/** Today as `YYYY-MM-DD` in China Standard Time: the day profiles and current posts are read at. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
