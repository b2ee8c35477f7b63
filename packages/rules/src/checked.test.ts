// The suspects path's promise: a CHECK judged from the number of records and the records that may not pass
// cleanly gives what the evaluator gives from all of them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from './catalogue.js';
import { checkedMeasure, evaluate, evaluateChecked, type EvaluationMemo } from './evaluate.js';
import type { Fact } from './facts.js';
import { addDays, yearPeriod } from './periods.js';
import { runCheck } from './record-checks.js';
import { countedUntil } from './status.js';
import { P } from './test-support/builders.js';
import type { Subject } from './profiles.js';

const rule = (id: string) => RULES.find((r) => r.id === id)!;
const SUBJECTS: Subject[] = [P.farmLeader(), P.member(), P.bureauLeader({}, '2025-07-01'), P.nonMember()];

describe('checkedMeasure', () => {
  it('marks the checks over plain dated records and nothing filtered, lasting or shared', () => {
    expect(checkedMeasure(rule('S10.DIARY'))).toEqual({ kinds: ['EXPERIENCE'], check: 'EXPERIENCE_DIARY' });
    expect(checkedMeasure(rule('S1.CONDUCT'))).toEqual({ kinds: ['RESEARCH_TRIP'], check: 'CONDUCT' });
    // A filter (S4.LEVEL), lasting links (S2.NO_OVERLAP, compared with everyone's) and quotas are not.
    for (const id of ['S4.LEVEL', 'S2.NO_OVERLAP', 'S2.DURATION', 'S10.LEADERS']) expect(checkedMeasure(rule(id))).toBeNull();
  });
});

describe('evaluateChecked', () => {
  const day = fc.integer({ min: -20, max: 380 }).map((n) => addDays('2025-01-01', n));
  const diary = fc.constantFrom(null, '', '   ', '\u3000 ', 'ok', ' 排队很长 ', 'Took the bus to the hospital.');
  const bool = fc.constantFrom(true, false, undefined);
  const raw = fc.record({
    kind: fc.constantFrom('EXPERIENCE', 'RESEARCH_TRIP'),
    date: day,
    owner: fc.constantFrom('p1', 'p2'),
    diary,
    conduct: fc.record({ travelLight: bool, noReception: bool, noDisturbance: bool }),
    suspectAnyway: fc.boolean(),
  });

  it.each(['S10.DIARY', 'S1.CONDUCT'])('%s: the count and the suspects give the evaluator’s result for random records and dates', (id) => {
    const r = rule(id);
    const m = checkedMeasure(r)!;
    const period = yearPeriod(2025);
    // One memo across every run: an evaluation handed to a subject it does not fit would differ from the evaluator's.
    const memo: EvaluationMemo = new Map();
    fc.assert(
      fc.property(fc.constantFrom(...SUBJECTS), fc.array(raw, { maxLength: 20 }), fc.integer({ min: 0, max: 400 }), (subject, rows, asOfN) => {
        const facts = rows.map(
          (f, i) =>
            ({ id: `f${String(i).padStart(2, '0')}`, kind: f.kind, date: f.date, personId: f.owner === 'p1' ? subject.id : 'p2', unitId: 'u9', days: 1,
               unitsVisited: [], theme: 'TRAVEL', diary: f.diary, conduct: f.conduct }) as unknown as Fact,
        ).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
        const at = `${addDays('2025-01-01', asOfN)}T12:00:00+08:00`;
        const until = countedUntil(period, at);
        const own = facts.filter((f) => f.personId === subject.id && m.kinds.includes(f.kind) && f.date >= period.start && f.date <= until);
        const ctx = { rule: r, subject, period, today: at.slice(0, 10), allFacts: facts };
        // Every record that is not clean, plus clean ones at random: suspects may be a superset.
        const suspects = facts.filter((f, i) => {
          const res = runCheck(m.check, f, ctx);
          return res.violations.length > 0 || res.pending || rows[i]?.suspectAnyway;
        });
        const full = evaluate(r, subject, period, facts, at);
        const fromCount = evaluateChecked(r, subject, period, own.length, suspects, at);
        expect({ ...fromCount, evidence: full.evidence }).toEqual(full);
        expect({ ...evaluateChecked(r, subject, period, own.length, suspects, at, memo), evidence: full.evidence }).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a rule whose check cannot be counted', () => {
    expect(() => evaluateChecked(rule('S2.NO_OVERLAP'), P.member(), yearPeriod(2025), 1, [], '2025-06-01T00:00:00+08:00')).toThrow(/not a checked measure/);
  });
});
