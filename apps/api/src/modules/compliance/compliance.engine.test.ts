import { ruleById, type Fact, type PersonSubject } from '@lianxi/rules';
import { describe, expect, it } from 'vitest';
import { asOfFor, evaluateForYear, evaluateSubjects, sharedKinds } from './compliance.engine.js';

const rule = (id: string) => {
  const r = ruleById(id);
  if (!r) throw new Error(id);
  return r;
};

const bureauLeader = (id = 'p1'): PersonSubject => ({
  id,
  rank: 'DEPUTY_BUREAU',
  partyMember: true,
  positions: [
    { unitId: 'b', unitKind: 'BUREAU', unitFlags: [], title: '副局长', leadershipTeam: true, principal: false, partySecretary: false, branchHead: false, deptHead: false, from: '2020-01-01', to: null },
  ],
  deputyTerms: [],
});

const trip = (id: string, personId: string, date: string, days: number): Fact => ({ id, kind: 'RESEARCH_TRIP', personId, date, days, unitsVisited: [] });
const reception = (id: string, personId: string, date: string): Fact => ({ id, kind: 'RECEPTION_DAY', personId, date, mode: 'FIXED_POINT', announcedOn: date });

describe('compliance engine', () => {
  it('marks a bureau leader with 69 research days as MISSED and with 70 as MET once the year is over', () => {
    const s = bureauLeader();
    const facts69 = Array.from({ length: 23 }, (_, i) => trip(`t${i}`, 'p1', `2025-0${1 + (i % 9)}-1${i % 9}`, 3));
    const e69 = evaluateForYear(rule('S1.DAYS.BUREAU'), s, 2025, facts69, '2025-12-31');
    expect(e69?.actual).toBe(69);
    expect(e69?.status).toBe('MISSED');
    const e70 = evaluateForYear(rule('S1.DAYS.BUREAU'), s, 2025, [...facts69, trip('t99', 'p1', '2025-11-11', 1)], '2025-12-31');
    expect(e70?.status).toBe('MET');
    expect(e70?.evidence).toContain('t99');
  });

  it('rolls monthly reception days up over the year: one missed month makes the year MISSED and is named', () => {
    const s = bureauLeader();
    const months = ['01', '02', '04', '05', '06', '07', '08', '09', '10', '11'];
    const facts = months.map((m, i) => reception(`r${i}`, 'p1', `2026-${m}-15`));
    const e = evaluateForYear(rule('S4.DAYS.BUREAU'), s, 2026, facts, '2026-11-27', new Date('2026-11-27T04:00:00Z'));
    expect(e?.status).toBe('MISSED');
    expect(e?.missing).toContain('2026-03');
    expect(e?.actual).toBe(10);
    expect(e?.required).toBe(11);
  });

  it('keeps monthly reception ON_TRACK when every month so far has its day', () => {
    const facts = Array.from({ length: 11 }, (_, i) => reception(`r${i}`, 'p1', `2026-${String(i + 1).padStart(2, '0')}-10`));
    const e = evaluateForYear(rule('S4.DAYS.BUREAU'), bureauLeader(), 2026, facts, '2026-11-27', new Date('2026-11-27T04:00:00Z'));
    expect(e?.status).toBe('ON_TRACK');
    expect(e?.missing).toEqual([]);
  });

  it('shows each subject its own facts only, plus those rules read from anyone', () => {
    const rules = [rule('S1.DAYS.BUREAU')];
    const facts = [trip('a', 'p1', '2025-03-01', 70), trip('b', 'p2', '2025-03-01', 10)];
    const res = evaluateSubjects([bureauLeader('p1'), bureauLeader('p2')], rules, facts, 2025, '2025-12-31');
    expect(res.map((r) => [r.subject.id, r.evaluation.status])).toEqual([
      ['p1', 'MET'],
      ['p2', 'MISSED'],
    ]);
    expect(sharedKinds([rule('S2.COVER_LAGGING')]).size).toBeGreaterThan(0);
    expect(sharedKinds([rule('S1.DAYS.BUREAU')]).size).toBe(0);
  });

  it('takes as-of as today for the current year and the last day for past years', () => {
    const now = new Date('2026-11-27T20:00:00Z'); // already 28 Nov in China
    expect(asOfFor(2026, null, now)).toBe('2026-11-28');
    expect(asOfFor(2025, null, now)).toBe('2025-12-31');
    expect(asOfFor(2026, '2026-06-30', now)).toBe('2026-06-30');
  });
});
