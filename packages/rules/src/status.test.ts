import { describe, expect, it } from 'vitest';
import { monthPeriod, yearPeriod } from './periods.js';
import { statusOf } from './status.js';

const Y = yearPeriod(2025);

describe('statusOf, shared by the evaluator and the SQL path', () => {
  it('is MET when the actual reaches the requirement, even before the period ends', () => {
    expect(statusOf(70, 70, Y, '2025-03-01')).toBe('MET');
  });
  it('is MISSED once the period is over and the requirement was not reached', () => {
    expect(statusOf(69, 70, Y, '2026-01-01')).toBe('MISSED');
    expect(statusOf(69, 70, Y, '2025-12-31T23:59:00+08:00')).not.toBe('MISSED');
  });
  it('is AT_RISK when behind the pace by more than the tolerance', () => {
    // 2 July: 182/365 of 70 = 34.9; tolerance 7 → below 27.9 is at risk
    expect(statusOf(27, 70, Y, '2025-07-02')).toBe('AT_RISK');
    expect(statusOf(28, 70, Y, '2025-07-02')).toBe('ON_TRACK');
    expect(statusOf(34, 70, Y, '2025-07-02', { paceTolerance: 0 })).toBe('AT_RISK');
  });
  it('is AT_RISK when the days left cannot fit the days still required', () => {
    // On 23 December, 9 days are left (23–31, today included).
    const noPace = { daysPerUnit: 1, paceTolerance: 1 };
    expect(statusOf(61, 70, Y, '2025-12-23', noPace)).toBe('ON_TRACK');
    expect(statusOf(60, 70, Y, '2025-12-23', noPace)).toBe('AT_RISK');
    expect(statusOf(60, 70, Y, '2025-12-23', { paceTolerance: 1 })).toBe('ON_TRACK');
  });
  it('is NOT_APPLICABLE when nothing is required', () => {
    expect(statusOf(0, 0, Y, '2026-01-01')).toBe('NOT_APPLICABLE');
  });
  it('is ON_TRACK before the period starts', () => {
    expect(statusOf(0, 1, monthPeriod(2025, 5), '2025-04-20')).toBe('ON_TRACK');
  });
  it('is MISSED after a due date inside the period', () => {
    expect(statusOf(0, 1, Y, '2025-02-01', { due: '2025-01-31' })).toBe('MISSED');
    expect(statusOf(0, 1, Y, '2025-01-31', { due: '2025-01-31', paceTolerance: 1 })).toBe('ON_TRACK');
  });
  it('paces against the window the profile was held', () => {
    // held from 1 July: on 2 July nothing is behind yet
    expect(statusOf(0, 35, Y, '2025-07-02', { window: { start: '2025-07-01', end: '2025-12-31' } })).toBe('ON_TRACK');
  });
});
