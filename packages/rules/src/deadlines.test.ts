import { describe, expect, it } from 'vitest';
import { VISIT_CASE_DEADLINE_KEYS, regulationDeadlines } from './deadlines.js';

describe('regulationDeadlines', () => {
  it('gives the 2022 regulation’s 15 days to decide, 60 to handle, one extension of 30, and 5 working days to object', () => {
    expect(regulationDeadlines()).toEqual({ acceptWithinDays: 15, handleWithinDays: 60, maxExtensionDays: 30, objectionWorkingDays: 5, dueSoonDays: 5 });
  });

  it('names every deadline in its key list, so a settings screen shows them all', () => {
    expect([...VISIT_CASE_DEADLINE_KEYS].sort()).toEqual(Object.keys(regulationDeadlines()).sort());
  });
});
