import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from './catalogue.js';
import { applicableRules, evaluate } from './evaluate.js';
import { periodFor } from './period-for.js';
import { monthPeriod, yearPeriod } from './periods.js';
import { MID, P, fact, person, pos, unit } from './test-support/builders.js';

const Y = yearPeriod(2025);

describe('evaluate', () => {
  it('explains an at-risk bureau leader in Chinese and English, with the pace', () => {
    const e = evaluate(ruleById('S1.DAYS.BUREAU')!, P.bureauLeader(), Y, [fact('RESEARCH_TRIP', { days: 12, unitsVisited: [] })], MID);
    expect(e.status).toBe('AT_RISK');
    expect(e.explanation.zh).toBe('管理局领导基层调研天数：进度滞后，仅完成12/70天，按时间进度应完成约35天。');
    expect(e.explanation.en).toBe('Grassroots research days (bureau leaders): at risk, only 12 of 70 days, where the pace asks for about 35.');
  });

  it('says when and how much a quota was pro-rated', () => {
    const e = evaluate(ruleById('S1.DAYS.BUREAU')!, P.bureauLeader({}, '2025-07-01'), Y, [], '2026-01-01');
    expect(e.share).toBeCloseTo(184 / 365);
    expect(e.required).toBe(35);
    expect(e.fullRequired).toBe(70);
    expect(e.explanation.zh).toContain('按任职时间50%折算');
  });

  it('paces a leader appointed on 1 July against the months since the appointment', () => {
    // On 1 August, 31 of 184 held days are over: 35 × 31/184 ≈ 5.9, less the 10 % tolerance → 2.4
    const at = (days: number) => evaluate(ruleById('S1.DAYS.BUREAU')!, P.bureauLeader({}, '2025-07-01'), Y, [fact('RESEARCH_TRIP', { days, date: '2025-07-10', unitsVisited: [] })], '2025-08-01').status;
    expect(at(3)).toBe('ON_TRACK');
    expect(at(2)).toBe('AT_RISK');
  });

  it('pro-rates across a transfer: a farm leader who moved to the bureau on 1 July owes both halves', () => {
    const p = person([pos('FARM', { leadershipTeam: true }, '2019-01-01', '2025-06-30'), pos('BUREAU', { leadershipTeam: true }, '2025-07-01')], 'DEPUTY_BUREAU');
    expect(evaluate(ruleById('S1.DAYS.FARM')!, p, Y, [], '2026-01-01').required).toBe(40); // 80 × 181/365 = 39.7
    expect(evaluate(ruleById('S1.DAYS.BUREAU')!, p, Y, [], '2026-01-01').required).toBe(35);
  });

  it('marks a rule for persons NOT_APPLICABLE to a unit and the other way round', () => {
    expect(evaluate(ruleById('S1.DAYS.FARM')!, unit('FARM'), Y, [], MID).status).toBe('NOT_APPLICABLE');
    expect(evaluate(ruleById('G.YEAR_END')!, P.farmLeader(), Y, [], MID).status).toBe('NOT_APPLICABLE');
  });

  it('never counts records dated after the as-of date', () => {
    const e = evaluate(ruleById('S10.OTHERS')!, P.member(), Y, [fact('EXPERIENCE', { date: '2025-09-01', diary: 'x' })], MID);
    expect(e.actual).toBe(0);
    expect(e.evidence).toEqual([]);
  });
});

describe('applicableRules and periodFor', () => {
  it('lists the rules a farm principal owes', () => {
    const ids = applicableRules(P.farmPrincipal(), Y, RULES).map((r) => r.id);
    expect(ids).toContain('S1.DAYS.FARM');
    expect(ids).toContain('S1.REPORT.TO_BUREAU');
    expect(ids).toContain('S10.LEADERS');
    expect(ids).not.toContain('S1.DAYS.DIVISION');
    expect(ids).not.toContain('S10.OTHERS');
    expect(ids).not.toContain('G.YEAR_END');
  });

  it('gives the calendar period of a rule, and the open term of a deputy', () => {
    expect(periodFor(ruleById('S4.DAYS.BUREAU')!, P.bureauLeader(), '2025-03-15')).toEqual(monthPeriod(2025, 3));
    expect(periodFor(ruleById('S8.REPORT')!, P.deputy(), '2025-03-15')).toEqual({ kind: 'TERM', start: '2021-06-01', end: '2026-05-31' });
    expect(periodFor(ruleById('S8.REPORT')!, P.member(), '2025-03-15')).toBeNull();
  });
});
