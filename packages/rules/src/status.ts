// One definition of status, shared by the pure evaluator and the API's SQL path.

import { cstDate, daysLeft, elapsedShare, isOver, minDate, type Instant, type Period } from './periods.js';
import type { Rule, Status } from './rule.js';

export const DEFAULT_PACE_TOLERANCE = 0.1;

export interface StatusOptions {
  /** AT_RISK when actual < required × elapsed share − tolerance × required. Default 0.1 (10 % of required). */
  paceTolerance?: number;
  /** Calendar days each missing unit needs; AT_RISK when (required − actual) × daysPerUnit > days left. */
  daysPerUnit?: number;
  /**
   * The part of the period that counts for pace and days left (the days the profile was held, e.g. from a
   * 1 July appointment). Default: the whole period.
   */
  window?: { start: string; end: string };
  /** A deadline before the period's end (YYYY-MM-DD, inclusive): not reached by then = MISSED. */
  due?: string;
  /** Override the days left (e.g. working days only). */
  daysLeft?: number;
  /**
   * Progress used for pace instead of `actual` (coverage: partial credit for members part-way covered, so one
   * of two visits by July is on pace even though no contact point is complete yet).
   */
  paceActual?: number;
}

/**
 * MET when actual ≥ required; NOT_APPLICABLE when nothing is required (required ≤ 0); MISSED once the period
 * (or the `due` date) is over; otherwise AT_RISK by pace or when the days left cannot fit what remains,
 * else ON_TRACK.
 */
export function statusOf(
  actual: number,
  required: number,
  period: Period,
  asOf: Instant,
  opts: StatusOptions = {},
): Status {
  if (!(required > 0)) return 'NOT_APPLICABLE';
  if (actual >= required) return 'MET';
  const span: Period = opts.window ? { kind: 'CUSTOM', start: opts.window.start, end: opts.window.end } : period;
  const end = opts.due ? minDate(span.end, opts.due) : span.end;
  const effective: Period = { kind: 'CUSTOM', start: span.start, end: end < span.start ? span.start : end };
  if (isOver(effective, asOf)) return 'MISSED';
  const tolerance = opts.paceTolerance ?? DEFAULT_PACE_TOLERANCE;
  const elapsed = elapsedShare(effective, asOf);
  const progress = Math.max(actual, opts.paceActual ?? actual);
  if (elapsed > 0 && progress < required * elapsed - tolerance * required) return 'AT_RISK';
  if (opts.daysPerUnit !== undefined && opts.daysPerUnit > 0) {
    const left = opts.daysLeft ?? daysLeft(effective, asOf);
    if ((required - actual) * opts.daysPerUnit > left) return 'AT_RISK';
  }
  return 'ON_TRACK';
}

/** The statusOf options a rule implies (pace tolerance, days per unit), for the API's SQL path. */
export function statusOptionsFor(rule: Pick<Rule, 'pace'>, extra: StatusOptions = {}): StatusOptions {
  const out: StatusOptions = { ...extra };
  if (rule.pace?.tolerance !== undefined && out.paceTolerance === undefined) out.paceTolerance = rule.pace.tolerance;
  if (rule.pace?.daysPerUnit !== undefined && out.daysPerUnit === undefined) out.daysPerUnit = rule.pace.daysPerUnit;
  return out;
}

/** Worst first: how a list of statuses sorts for "who is behind". */
export const STATUS_ORDER: readonly Status[] = ['MISSED', 'AT_RISK', 'ON_TRACK', 'MET', 'ADVISORY', 'NOT_APPLICABLE'];

/** Rank for "never lowers a status" comparisons: MISSED < AT_RISK < ON_TRACK < MET. */
export function statusRank(s: Status): number {
  switch (s) {
    case 'MISSED':
      return 0;
    case 'AT_RISK':
      return 1;
    case 'ON_TRACK':
      return 2;
    case 'MET':
      return 3;
    default:
      return -1;
  }
}

/** The last day that counts at `asOf`: the as-of date, or the period's end once it is over. */
export function countedUntil(period: Period, asOf: Instant): string {
  return minDate(cstDate(asOf), period.end);
}
