// The grouped path's promise: a coverage judged from groups of records alike in the fields it reads, each with
// its count, gives what the evaluator gives from the records themselves.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from './catalogue.js';
import { coveredMeasure, evaluate, evaluateCovered } from './evaluate.js';
import { factField, type Fact } from './facts.js';
import { addDays, yearPeriod } from './periods.js';
import { countedUntil } from './status.js';
import { P } from './test-support/builders.js';

const rule = (id: string) => RULES.find((r) => r.id === id)!;

describe('coveredMeasure', () => {
  it('names the fields a group must carry: the filters’ and the match fields', () => {
    expect(coveredMeasure(rule('S2.VISITS'))).toEqual({ kinds: ['CONTACT_VISIT'], fields: ['days', 'linkId'] });
    // Lasting members read at the period's end (S2.COVER_LAGGING: anyone's links) and counts are not coverage.
    for (const id of ['S2.COVER_LAGGING', 'S10.LEADERS', 'S5.PAIRWISE']) expect(coveredMeasure(rule(id))).toBeNull();
  });
});

describe('evaluateCovered', () => {
  const day = fc.integer({ min: -30, max: 380 }).map((n) => addDays('2025-01-01', n));
  const link = fc.record({ id: fc.constantFrom('l1', 'l2', 'l3'), from: day, to: fc.option(day, { nil: null }), household: fc.constantFrom('h1', 'h2') });
  const visit = fc.record({ date: day, link: fc.constantFrom('l1', 'l2', 'l3', 'l9'), days: fc.constantFrom(0.5, 1, 1.5, 2), household: fc.constantFrom('h1', 'h2', 'h3'), mine: fc.boolean() });

  it.each(['S2.VISITS', 'S2.FAMILY_VISITS'])('%s: groups and their counts give the evaluator’s result for random links, visits and dates', (id) => {
    const r = rule(id);
    const m = coveredMeasure(r)!;
    const period = yearPeriod(2025);
    const subject = P.farmLeader();
    fc.assert(
      fc.property(fc.uniqueArray(link, { selector: (l) => l.id, maxLength: 3 }), fc.array(visit, { maxLength: 30 }), fc.integer({ min: 0, max: 400 }), (links, visits, asOfN) => {
        const linkFacts = links.map(
          (l) =>
            ({ kind: 'CONTACT_LINK', id: l.id, personId: subject.id, unitId: 'u1', date: l.from, endDate: l.to && l.to >= l.from ? l.to : null,
               targetId: id === 'S2.FAMILY_VISITS' ? l.household : `t-${l.id}`, targetKind: 'HOUSEHOLD', targetFlags: ['WORKER_FAMILY'], level: 'FARM' }) as unknown as Fact,
        );
        const visitFacts = visits.map(
          (v, i) =>
            ({ kind: m.kinds[0], id: `v${String(i).padStart(2, '0')}`, personId: v.mine ? subject.id : 'p2', unitId: 'u1', date: v.date, linkId: v.link, days: v.days, householdId: v.household }) as unknown as Fact,
        );
        const facts = [...linkFacts, ...visitFacts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
        const at = `${addDays('2025-01-01', asOfN)}T12:00:00+08:00`;
        const until = countedUntil(period, at);
        // What SQL gives: the subject's records in the window, grouped by the fields the measure reads.
        const groups = new Map<string, { fact: Fact; n: number }>();
        for (const f of visitFacts) {
          if (f.personId !== subject.id || f.date < period.start || f.date > until) continue;
          const key = m.fields.map((x) => String(factField(f, x))).join(' ');
          const g = groups.get(key);
          if (g) g.n += 1;
          else groups.set(key, { fact: f, n: 1 });
        }
        const full = evaluate(r, subject, period, facts, at);
        // The members in the records' order, as the API hands them (a subject's own facts, by date then id).
        const grouped = evaluateCovered(r, subject, period, [...groups.values()], facts.filter((f) => f.kind === 'CONTACT_LINK'), at);
        expect({ ...grouped, evidence: full.evidence }).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });
});
