import { describe, expect, it } from 'vitest';
import { byDay, monthRange, monthWeeks, shiftMonth } from './month';

describe('the duty calendar month grid', () => {
  it('starts weeks on Monday and pads the first and last week', () => {
    // 1 March 2026 is a Sunday: six empty cells before it.
    const weeks = monthWeeks('2026-03');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('moves across year ends', () => {
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });

  it('gives a month’s first and last day, leap February included', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-04')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });

  it('puts reception days under their day', () => {
    const map = byDay([{ occurredOn: '2026-03-02', id: 'a' }, { occurredOn: '2026-03-05', id: 'b' }, { occurredOn: '2026-03-02', id: 'c' }]);
    expect(map.get('2026-03-02')?.map((r) => r.id)).toEqual(['a', 'c']);
    expect(map.get('2026-03-03')).toBeUndefined();
  });
});
