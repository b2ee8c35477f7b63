import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageOn,
  cstDate,
  customPeriod,
  daysLeft,
  elapsedDays,
  elapsedShare,
  isOver,
  monthPeriod,
  overlapDays,
  periodContaining,
  periodDays,
  periodsWithin,
  proRate,
  quarterPeriod,
  termPeriod,
  yearPeriod,
} from './periods.js';

describe('periods in China Standard Time', () => {
  it('reads an instant at 16:30 UTC on 31 December as 1 January in CST', () => {
    expect(cstDate('2025-12-31T16:30:00Z')).toBe('2026-01-01');
    expect(cstDate('2025-12-31T15:59:59Z')).toBe('2025-12-31');
    expect(cstDate(new Date('2025-06-30T16:00:00.000Z'))).toBe('2025-07-01');
  });

  it('reads a date-time without an offset as CST wall-clock time, not the machine zone', () => {
    expect(cstDate('2025-03-01T23:30:00')).toBe('2025-03-01');
  });

  it('rejects dates that do not exist', () => {
    expect(() => cstDate('2025-02-29')).toThrow(RangeError);
    expect(() => yearPeriod(2025) && monthPeriod(2025, 13)).toThrow(RangeError);
  });

  it('builds calendar years, quarters and months, leap years included', () => {
    expect(yearPeriod(2024)).toEqual({ kind: 'YEAR', start: '2024-01-01', end: '2024-12-31' });
    expect(periodDays(yearPeriod(2024))).toBe(366);
    expect(quarterPeriod(2025, 1)).toEqual({ kind: 'QUARTER', start: '2025-01-01', end: '2025-03-31' });
    expect(monthPeriod(2024, 2).end).toBe('2024-02-29');
    expect(periodContaining('QUARTER', '2025-08-15').start).toBe('2025-07-01');
    expect(periodsWithin('MONTH', yearPeriod(2025))).toHaveLength(12);
  });

  it('gives an open deputy term five years less a day', () => {
    expect(termPeriod('2021-06-01', null)).toEqual({ kind: 'TERM', start: '2021-06-01', end: '2026-05-31' });
    expect(() => termPeriod('2021-06-01', '2020-01-01')).toThrow(RangeError);
  });

  it('counts a day as elapsed once it is over in CST', () => {
    const y = yearPeriod(2025);
    expect(elapsedDays(y, '2025-01-01')).toBe(0);
    expect(elapsedDays(y, '2025-03-01T12:00:00+08:00')).toBe(59);
    expect(elapsedShare(y, '2025-07-02')).toBeCloseTo(182 / 365);
    expect(elapsedShare(y, '2024-06-01')).toBe(0);
    expect(elapsedShare(y, '2026-02-01')).toBe(1);
  });

  it('is not over on its last day and is over the day after', () => {
    const m = monthPeriod(2025, 3);
    expect(isOver(m, '2025-03-31T23:59:59+08:00')).toBe(false);
    expect(isOver(m, '2025-03-31T16:00:00Z')).toBe(true);
    expect(daysLeft(m, '2025-03-31')).toBe(1);
    expect(daysLeft(m, '2025-04-01')).toBe(0);
  });

  it('counts overlap days of lasting records', () => {
    expect(overlapDays(yearPeriod(2025), '2025-07-01', null)).toBe(184);
    expect(overlapDays(yearPeriod(2025), '2024-01-01', '2024-12-31')).toBe(0);
    expect(overlapDays(customPeriod('2025-01-01', '2025-01-10'), '2025-01-05', '2025-01-20')).toBe(6);
  });

  it('pro-rates half up, never above the full quota', () => {
    expect(proRate(70, 184 / 365)).toBe(35); // 35.29
    expect(proRate(1, 0.5)).toBe(1);
    expect(proRate(1, 0.49)).toBe(0);
    expect(proRate(2, 0.25)).toBe(1);
    expect(proRate(70, 1)).toBe(70);
    expect(proRate(70, 0)).toBe(0);
  });

  it('computes ages on birthdays and for 29 February', () => {
    expect(ageOn('1985-06-15', '2025-06-14')).toBe(39);
    expect(ageOn('1985-06-15', '2025-06-15')).toBe(40);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(25);
  });

  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});
