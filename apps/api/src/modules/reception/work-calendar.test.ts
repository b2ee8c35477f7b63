import { describe, expect, it } from 'vitest';
import { BUILT_IN_CALENDARS, WorkCalendar } from './work-calendar.js';

const cal = new WorkCalendar(Object.values(BUILT_IN_CALENDARS));

describe('work calendar', () => {
  it('treats the Spring Festival days as days off and the adjusted Sunday before it as a working day', () => {
    expect(cal.isWorkingDay('2025-01-28')).toBe(false);
    expect(cal.isWorkingDay('2025-02-03')).toBe(false);
    expect(cal.isWorkingDay('2025-01-26')).toBe(true);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true);
  });

  it('counts the first working day after 24 January 2025 as the adjusted Sunday, 26 January', () => {
    expect(cal.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
  });

  it('jumps the whole 2025 Spring Festival: 5 working days from 27 January end on 10 February', () => {
    // 28 Jan – 4 Feb off; 5, 6, 7 Feb; 8 Feb (Saturday, worked); 10 Feb (Monday) is the fifth.
    expect(cal.addWorkingDays('2025-01-27', 5)).toBe('2025-02-10');
  });

  it('counts 5 working days across the 2025 National Day holiday with the worked Saturday 11 October', () => {
    // 1–8 Oct off; 9, 10, 11 (Saturday, worked), 13, 14.
    expect(cal.addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
  });

  it('counts across the 2026 National Day holiday and its adjusted Saturday 10 October', () => {
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('knows the adjusted working Saturdays of the 2026 Spring Festival', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
  });

  it('falls back to Monday to Friday for a year without data', () => {
    expect(cal.isWorkingDay('2030-01-07')).toBe(true);
    expect(cal.isWorkingDay('2030-01-05')).toBe(false);
  });

  it('lists the days that differ from the plain week, for the rules\' workingDaysOnly option', () => {
    expect(cal.exceptions('2025-09-27', '2025-10-12')).toEqual([
      '2025-09-28', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08', '2025-10-11',
    ]);
  });
});
