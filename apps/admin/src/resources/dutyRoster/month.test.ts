import { describe, expect, it } from 'vitest';
import { monthWeeks, shiftMonth } from './month';

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
});
