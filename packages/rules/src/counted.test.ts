// The counter path's promise: judging a counted measure from its number gives what the evaluator gives from the facts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from './catalogue.js';
import { countedMeasure, evaluate, evaluateCounted, type EvaluationMemo } from './evaluate.js';
import type { Fact, FactKind } from './facts.js';
import { addDays, monthPeriod, quarterPeriod, yearPeriod, type Period } from './periods.js';
import type { Subject } from './profiles.js';
import { countedUntil } from './status.js';
import { P, unit } from './test-support/builders.js';

const COUNTED = RULES.filter((r) => countedMeasure(r));

const SUBJECTS: Subject[] = [
  P.bureauPrincipal(),
  P.bureauLeader(),
  P.bureauLeader({}, '2025-07-01'),
  P.farmPrincipal(),
  P.farmLeader({}, '2025-03-15'),
  P.deptHead(),
  P.divisionCadre(),
  P.sectionCadre(),
  P.areaTeam(),
  P.member(),
  P.nonMember(),
  P.retired(),
  { ...unit('FARM'), id: 'p1' },
  { ...unit('MANAGEMENT_AREA'), id: 'p1' },
  { ...unit('BUREAU'), id: 'p1' },
];

function periodsOf(period: string): Period[] {
  if (period === 'MONTH') return Array.from({ length: 12 }, (_, i) => monthPeriod(2025, i + 1));
  if (period === 'QUARTER') return ([1, 2, 3, 4] as const).map((q) => quarterPeriod(2025, q));
  return [yearPeriod(2025)];
}

describe('countedMeasure', () => {
  it('marks the plain counts and day sums the API keeps counters for, and nothing filtered', () => {
    expect(COUNTED.map((r) => r.id).sort()).toEqual(
      expect.arrayContaining(['S1.DAYS.BUREAU', 'S1.DAYS.FARM', 'S1.REPORT', 'S7.PER_MEMBER', 'S10.LEADERS', 'S10.OTHERS', 'G.YEAR_END']),
    );
    // A filter (S5.MASSES), a distinct key (S4.DAYS.*), lasting facts (S9.PAIR) or a coverage set are not counters.
    for (const id of ['S5.MASSES', 'S4.DAYS.BUREAU', 'S9.PAIR', 'S1.WALK.BUREAU', 'S1.STATIONED']) {
      expect(countedMeasure(RULES.find((r) => r.id === id)!)).toBeNull();
    }
    expect(countedMeasure(RULES.find((r) => r.id === 'S1.DAYS.BUREAU')!)).toEqual({ kinds: ['RESEARCH_TRIP', 'STATIONED_STAY'], value: 'DAYS' });
  });
});

describe('evaluateCounted', () => {
  it('gives the evaluator’s status, actual, required and sentence for random facts, subjects and dates, also when sharing evaluations', () => {
    // One memo across every run: an evaluation handed to a subject it does not fit would differ from the evaluator's.
    const memo: EvaluationMemo = new Map();
    const day = fc.integer({ min: -20, max: 380 }).map((n) => addDays('2025-01-01', n));
    const kinds: FactKind[] = [...new Set(COUNTED.flatMap((r) => countedMeasure(r)!.kinds))];
    const factArb = fc.record({ kind: fc.constantFrom(...kinds), date: day, days: fc.integer({ min: 0, max: 12 }), owner: fc.constantFrom('p1', 'p2') });
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTED),
        fc.constantFrom(...SUBJECTS),
        fc.array(factArb, { maxLength: 25 }),
        fc.integer({ min: 0, max: 400 }),
        (rule, subject, raw, asOfN) => {
          const unitSubject = 'subjectType' in subject;
          const facts = raw.map(
            (f, i) =>
              ({ id: `f${i}`, kind: f.kind, date: f.date, days: f.days / 2, personId: unitSubject ? null : f.owner, unitId: unitSubject ? f.owner : 'u9' }) as unknown as Fact,
          );
          const at = `${addDays('2025-01-01', asOfN)}T12:00:00+08:00`;
          const m = countedMeasure(rule)!;
          for (const period of periodsOf(rule.period)) {
            const until = countedUntil(period, at);
            const actual = facts
              .filter((f) => m.kinds.includes(f.kind) && f.date >= period.start && f.date <= until)
              .filter((f) => (unitSubject ? f.unitId === subject.id : f.personId === subject.id))
              .reduce((s, f) => s + (m.value === 'DAYS' ? (f as { days: number }).days : 1), 0);
            const full = evaluate(rule, subject, period, facts, at);
            const counted = evaluateCounted(rule, subject, period, actual, at);
            expect({ ...counted, evidence: full.evidence }).toEqual(full);
            expect({ ...evaluateCounted(rule, subject, period, actual, at, memo), evidence: full.evidence }).toEqual(full);
          }
        },
      ),
      { numRuns: 400 },
    );
    // The memo was used: subjects judged alike got one evaluation.
    expect([...memo.values()].reduce((n, m) => n + m.size, 0)).toBeGreaterThan(0);
  });

  it('hands each subject of a run the evaluation it would get alone, while subjects judged alike share one', () => {
    // Few dates and many subjects and counts, so that keys meet: a key missing anything judge reads would hand
    // one subject another's evaluation.
    const memo: EvaluationMemo = new Map();
    let calls = 0;
    for (const at of ['2025-03-20T12:00:00+08:00', '2025-12-31T12:00:00+08:00', '2026-01-01T00:00:00+08:00']) {
      for (const rule of COUNTED) {
        for (const period of periodsOf(rule.period)) {
          for (const subject of [...SUBJECTS, { ...P.member(), id: 'p9', memberSince: '2025-05-01' }]) {
            for (const actual of [0, 0.5, 1, 2, 3, 4, 7, 12, 20, 40]) {
              calls += 1;
              expect(evaluateCounted(rule, subject, period, actual, at, memo)).toEqual(evaluateCounted(rule, subject, period, actual, at));
            }
          }
        }
      }
    }
    expect([...memo.values()].reduce((n, m) => n + m.size, 0)).toBeLessThan(calls / 2);
  });

  it('refuses a rule whose measure is not a counter', () => {
    const rule = RULES.find((r) => r.id === 'S5.MASSES')!;
    expect(() => evaluateCounted(rule, P.member(), yearPeriod(2025), 1, '2025-06-01T00:00:00+08:00')).toThrow(/not a counted measure/);
  });
});
