// Property tests: the evaluator's promises hold for random records, dates and overrides.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleById } from './catalogue.js';
import { evaluate } from './evaluate.js';
import type { Fact } from './facts.js';
import { addDays, proRate, yearPeriod } from './periods.js';
import type { Subject } from './profiles.js';
import type { Rule } from './rule.js';
import { applyOverride } from './rulesets.js';
import { statusOf, statusRank } from './status.js';
import { P, unit } from './test-support/builders.js';

const YEAR = yearPeriod(2025);
const day = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2025-01-01', n));
const asOf = fc.integer({ min: -10, max: 400 }).map((n) => addDays('2025-01-01', n));
let seq = 0;
const id = () => `f${(seq += 1)}`;

interface Scenario {
  ruleId: string;
  subject: Subject;
  /** Background facts, some qualifying, some not. */
  facts: fc.Arbitrary<Fact[]>;
  /** One fact that counts toward the rule. */
  qualifying: fc.Arbitrary<Fact>;
  /** A tighter variant of the rule. */
  tighten: (r: Rule, k: number) => Rule;
}

const tightenMin = (r: Rule, k: number) => applyOverride(r, { threshold: { min: r.threshold.min + k } });
const tightenOption = (name: string) => (r: Rule, k: number) => {
  const v = r.options[name]?.value;
  return applyOverride(r, { options: { [name]: (typeof v === 'number' ? v : 0) + k } });
};
const farms = [{ id: 'fa' }, { id: 'fb' }, { id: 'fc' }];
const trip = (days: number, date: string, unitsVisited: string[]): Fact => ({ id: id(), kind: 'RESEARCH_TRIP', personId: 'p1', date, days, unitsVisited });

const SCENARIOS: Scenario[] = [
  {
    ruleId: 'S1.DAYS.BUREAU',
    subject: P.bureauLeader(),
    facts: fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), day), { maxLength: 8 }).map((xs) => xs.map(([d, date]) => trip(d / 2, date, []))),
    qualifying: fc.tuple(fc.integer({ min: 1, max: 20 }), day).map(([d, date]) => trip(d / 2, date, [])),
    tighten: tightenMin,
  },
  {
    ruleId: 'S1.WALK.BUREAU',
    subject: P.bureauLeader({ sets: { BUREAU_FARMS: farms } }),
    facts: fc.array(fc.tuple(day, fc.subarray(['fa', 'fb', 'fc', 'zz'])), { maxLength: 4 }).map((xs) => xs.map(([date, u]) => trip(1, date, u))),
    qualifying: fc.tuple(day, fc.subarray(['fa', 'fb', 'fc'], { minLength: 1 })).map(([date, u]) => trip(1, date, u)),
    tighten: (r) => r, // already every farm: nothing tighter to ask
  },
  {
    ruleId: 'S10.LEADERS',
    subject: P.farmLeader(),
    facts: fc.array(day, { maxLength: 5 }).map((ds) => ds.map((date): Fact => ({ id: id(), kind: 'EXPERIENCE', personId: 'p1', date, diary: 'x' }))),
    qualifying: day.map((date): Fact => ({ id: id(), kind: 'EXPERIENCE', personId: 'p1', date, diary: 'x' })),
    tighten: tightenMin,
  },
  {
    ruleId: 'S2.VISITS',
    subject: P.farmLeader(),
    facts: fc
      .array(fc.tuple(day, fc.constantFrom(0.5, 1, 2)), { maxLength: 4 })
      .map((xs) => [
        { id: 'L1', kind: 'CONTACT_LINK', personId: 'p1', date: '2024-01-01', targetId: 't1', targetKind: 'COMMUNITY', level: 'FARM' } as Fact,
        ...xs.map(([date, days]): Fact => ({ id: id(), kind: 'CONTACT_VISIT', personId: 'p1', date, linkId: 'L1', days })),
      ]),
    qualifying: day.map((date): Fact => ({ id: id(), kind: 'CONTACT_VISIT', personId: 'p1', date, linkId: 'L1', days: 1 })),
    tighten: tightenOption('visitsPerYear'),
  },
  {
    ruleId: 'S4.FARM_DAILY',
    subject: unit('FARM'),
    facts: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 31 }).map((ns) => ns.map((n): Fact => ({ id: id(), kind: 'DUTY_DAY', unitId: 'u1', personId: 'p9', date: addDays('2025-03-01', n) }))),
    qualifying: fc.integer({ min: 0, max: 30 }).map((n): Fact => ({ id: id(), kind: 'DUTY_DAY', unitId: 'u1', personId: 'p9', date: addDays('2025-03-01', n) })),
    tighten: (r) => r,
  },
  {
    ruleId: 'S9.PROJECTS',
    subject: P.member(),
    facts: fc.array(fc.tuple(day, fc.constantFrom('a', 'b', 'c')), { maxLength: 4 }).map((xs) => xs.map(([date, projectId]): Fact => ({ id: id(), kind: 'SERVICE_PROJECT', personId: 'p1', date, projectId }))),
    qualifying: fc.tuple(day, fc.constantFrom('a', 'b', 'c', 'd')).map(([date, projectId]): Fact => ({ id: id(), kind: 'SERVICE_PROJECT', personId: 'p1', date, projectId })),
    tighten: tightenMin,
  },
];

const periodOf = (s: Scenario) => (s.ruleId === 'S4.FARM_DAILY' ? { kind: 'MONTH' as const, start: '2025-03-01', end: '2025-03-31' } : YEAR);

describe('properties', () => {
  for (const s of SCENARIOS) {
    const rule = ruleById(s.ruleId)!;

    it(`${s.ruleId}: adding a qualifying record never lowers the status`, () => {
      fc.assert(
        fc.property(s.facts, s.qualifying, asOf, (facts, extra, at) => {
          const before = evaluate(rule, s.subject, periodOf(s), facts, at);
          const after = evaluate(rule, s.subject, periodOf(s), [...facts, extra], at);
          expect(statusRank(after.status)).toBeGreaterThanOrEqual(statusRank(before.status));
          expect(after.actual).toBeGreaterThanOrEqual(before.actual);
        }),
        { numRuns: 200 },
      );
    });

    it(`${s.ruleId}: tightening never turns MISSED into MET, nor raises any status`, () => {
      fc.assert(
        fc.property(s.facts, asOf, fc.integer({ min: 1, max: 10 }), (facts, at, k) => {
          const before = evaluate(rule, s.subject, periodOf(s), facts, at);
          const after = evaluate(s.tighten(rule, k), s.subject, periodOf(s), facts, at);
          if (before.status === 'MISSED') expect(after.status).not.toBe('MET');
          expect(statusRank(after.status)).toBeLessThanOrEqual(statusRank(before.status));
        }),
        { numRuns: 200 },
      );
    });
  }

  it('a pro-rated requirement never exceeds the full one and grows with the share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (full, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(proRate(full, hi)).toBeLessThanOrEqual(full);
        expect(proRate(full, lo)).toBeGreaterThanOrEqual(0);
        expect(proRate(full, lo)).toBeLessThanOrEqual(proRate(full, hi));
      }),
    );
  });

  it('a leader appointed on any day of the year owes at most the full research days', () => {
    const rule = ruleById('S1.DAYS.FARM')!;
    fc.assert(
      fc.property(day, asOf, (from, at) => {
        const e = evaluate(rule, P.farmLeader({}, from), YEAR, [], at);
        expect(e.required).toBeLessThanOrEqual(e.fullRequired);
        expect(e.required).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('statusOf never lowers the status when the actual grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), asOf, (a, b, req, at) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(statusRank(statusOf(hi, req, YEAR, at, { daysPerUnit: 1 }))).toBeGreaterThanOrEqual(statusRank(statusOf(lo, req, YEAR, at, { daysPerUnit: 1 })));
      }),
    );
  });

  it('statusOf never says MISSED before the period is over, nor ON_TRACK/AT_RISK after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), asOf, (a, req, at) => {
        const s = statusOf(a, req, YEAR, at);
        if (at <= YEAR.end) expect(s).not.toBe('MISSED');
        else expect(['MET', 'MISSED']).toContain(s);
      }),
    );
  });
});
