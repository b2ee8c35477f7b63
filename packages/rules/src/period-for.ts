import { cstDate, periodContaining, termPeriod, type Instant, type Period } from './periods.js';
import { isUnitSubject, type Subject } from './profiles.js';
import type { Rule } from './rule.js';

/**
 * The natural period of a rule containing `at`: the calendar year, quarter, month or day; for TERM rules the
 * subject's deputy term open on that day (null when there is none).
 */
export function periodFor(rule: Pick<Rule, 'period'>, subject: Subject, at: Instant): Period | null {
  if (rule.period !== 'TERM') return periodContaining(rule.period, at);
  if (isUnitSubject(subject)) return null;
  const date = cstDate(at);
  const term = subject.deputyTerms.find((t) => t.from <= date && (t.to === null || date <= t.to));
  return term ? termPeriod(term.from, term.to) : null;
}
