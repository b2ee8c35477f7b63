import { RULES, type CheckName, type Fact, type RuleOverride } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadExperienceFacts } from '../experience/experience.facts.js';
import { loadTripFacts } from '../research/research.facts.js';
import type { FactQuery } from './fact-source.js';

/**
 * For the CHECK rules a roll-up answers without reading every record (checkedMeasure in @lianxi/rules): the
 * records that may not pass cleanly, read with a SQL condition. The kept counters give how many records there
 * are; only these suspects go through the rule's check. A condition may pick more records than fail (they are
 * checked like any other), never fewer: every record it leaves out must pass with no warning.
 */
export interface SuspectSource {
  load(em: EntityManager, q: FactQuery, option: (name: string) => number): Promise<Fact[]>;
}

/** Every character JavaScript's String#trim removes: SQL trims the same set, so a diary blank to the rules is blank here. */
const JS_WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

export const CHECK_SUSPECTS: Partial<Record<CheckName, SuspectSource>> = {
  // S10.DIARY: a diary shorter than the minimum after trimming. char_length counts code points, never more than
  // JavaScript's UTF-16 length, so a diary long enough here is long enough to the rules.
  EXPERIENCE_DIARY: {
    load: (em, q, option) =>
      loadExperienceFacts(em, q, {
        sql: `char_length(btrim(coalesce(x.diary, ''), ?)) < greatest(?::int, 1)`,
        params: [JS_WHITESPACE, option('diaryMinChars')],
      }),
  },
  // S1.CONDUCT: a trip (not a stationed stay) whose conduct checklist is not fully confirmed — the condition of
  // the partial index research_trip_conduct_suspects (migration 20261128060000): keep the two alike.
  CONDUCT: {
    load: (em, q) =>
      loadTripFacts(em, q, { sql: `not x.stationed and not coalesce(x.travel_light and x.no_reception and x.no_disturbance, false)`, params: [] }),
  },
};

/**
 * The loosest value of a numeric option across the catalogue and the local rule sets given: the suspects of
 * every unit's rule in force are then among those read.
 */
export function widestOption(ruleId: string, name: string, overrides: readonly RuleOverride[]): number {
  const base = RULES.find((r) => r.id === ruleId)?.options[name]?.value;
  const values = [base, ...overrides.filter((o) => o.ruleId === ruleId).map((o) => o.options?.[name])].filter((v): v is number => typeof v === 'number');
  return Math.max(...values);
}
