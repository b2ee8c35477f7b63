import { describe, expect, it } from 'vitest';
import { bySystem, drillSearch, formatAmount, formatRate, parseDrill, rateOf, rateStatus, ruleTitleOf, systemOf, totals, yearChoices } from './model';

const rule = (ruleId: string, applicable: number, met: number, onTrack: number, atRisk: number, missed: number) => ({
  ruleId,
  title: ruleId,
  applicable,
  met,
  onTrack,
  atRisk,
  missed,
});

describe('compliance figures', () => {
  it('group rules by their system in catalogue order and skip rules that apply to nobody', () => {
    const rules = [rule('S4.DAYS.HEAVY', 2, 0, 0, 0, 2), rule('S1.DAYS.FARM', 6, 1, 1, 4, 0), rule('S1.REPORT', 6, 6, 0, 0, 0), rule('S1.CONDUCT', 0, 0, 0, 0, 0)];
    expect(bySystem(rules)).toEqual([
      { system: 'S1', counts: { applicable: 12, met: 7, onTrack: 1, atRisk: 4, missed: 0 } },
      { system: 'S4', counts: { applicable: 2, met: 0, onTrack: 0, atRisk: 0, missed: 2 } },
    ]);
    expect(systemOf('S10.LEADERS')).toBe('S10');
    expect(systemOf('X.Y')).toBeUndefined();
  });

  it('compute the rate as the API does: met or on track over applicable, none when nothing applies', () => {
    expect(rateOf(totals([rule('a', 4, 1, 1, 1, 1)]))).toBe(0.5);
    expect(rateOf(totals([]))).toBeNull();
  });

  it('colour a unit by its rate with the status palette', () => {
    expect(rateStatus(0.95)).toBe('MET');
    expect(rateStatus(0.6)).toBe('AT_RISK');
    expect(rateStatus(0.16)).toBe('MISSED');
    expect(rateStatus(null)).toBe('NOT_APPLICABLE');
  });

  it('format rates as percentages and amounts without needless decimals', () => {
    expect(formatRate(0.1608, 'zh-CN')).toBe('16.1%');
    expect(formatRate(null, 'zh-CN')).toBe('—');
    expect(formatAmount(80)).toBe('80');
    expect(formatAmount(2.5)).toBe('2.5');
  });

  it('offer this year in China and the two before', () => {
    expect(yearChoices('2026-11-28')).toEqual([2026, 2025, 2024]);
  });

  it('carry a drill-down in the address and read it back', () => {
    const url = drillSearch({ underId: 'u1', year: 2026, statuses: ['MISSED'], ruleId: 'S1.REPORT' });
    expect(url).toBe('/compliance/rows?underId=u1&year=2026&statuses=MISSED&ruleId=S1.REPORT');
    expect(parseDrill(new URLSearchParams(url.split('?')[1]), 2020)).toEqual({ underId: 'u1', year: 2026, statuses: ['MISSED'], ruleId: 'S1.REPORT' });
    expect(parseDrill(new URLSearchParams(''), 2020)).toBeUndefined();
  });
});

describe('the rule named in a drill-down heading', () => {
  it('comes from the rows, waits for them, and falls back to the id when none came back', () => {
    const rows = [{ ruleId: 'S1.DAYS', ruleTitle: '每年基层调研天数' }];
    expect(ruleTitleOf('S1.DAYS', rows)).toBe('每年基层调研天数');
    expect(ruleTitleOf('S1.DAYS', undefined)).toBeUndefined();
    expect(ruleTitleOf('S1.DAYS', [])).toBe('S1.DAYS');
  });
});
