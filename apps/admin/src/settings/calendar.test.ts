import { describe, expect, it } from 'vitest';
import { addEntry, entryError, regulationDeadlines, removeEntry } from './calendar';

describe('editing a year of the work calendar', () => {
  it('keeps one entry per day, sorted by date, renaming a day added twice', () => {
    let list = addEntry([], { date: '2026-10-01', name: '国庆节' });
    list = addEntry(list, { date: '2026-05-01', name: '劳动节' });
    list = addEntry(list, { date: '2026-10-01', name: ' 国庆节假期 ' });
    expect(list).toEqual([
      { date: '2026-05-01', name: '劳动节' },
      { date: '2026-10-01', name: '国庆节假期' },
    ]);
    expect(removeEntry(list, '2026-05-01')).toEqual([{ date: '2026-10-01', name: '国庆节假期' }]);
  });

  it('refuses a date of another year and an entry without a name', () => {
    expect(entryError(2026, { date: '2027-01-01', name: '元旦' })).toBe('lianxi.settings.date_outside_year');
    expect(entryError(2026, { date: '', name: '元旦' })).toBe('lianxi.settings.date_outside_year');
    expect(entryError(2026, { date: '2026-01-01', name: '  ' })).toBe('ra.validation.required');
    expect(entryError(2026, { date: '2026-01-01', name: '元旦' })).toBeUndefined();
  });

  it('shows the 2022 regulation’s deadlines as the defaults: 15 days to accept, 60 to handle, 30 more at most', () => {
    expect(regulationDeadlines()).toEqual({ acceptWithinDays: 15, handleWithinDays: 60, maxExtensionDays: 30, objectionWorkingDays: 5, dueSoonDays: 5 });
  });
});
