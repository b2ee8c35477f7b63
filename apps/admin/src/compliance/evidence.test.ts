import { describe, expect, it } from 'vitest';
import { evidenceResource } from './evidence';

describe('evidence links on a scorecard', () => {
  it('point at the record resource of a rule that reads one kind of record, once that screen exists', () => {
    expect(evidenceResource('S1.REPORT', () => true)).toBe('researchReports');
    expect(evidenceResource('S1.REPORT', () => false)).toBeUndefined();
  });

  it('do not guess for unknown rules', () => {
    expect(evidenceResource('NO.SUCH.RULE', () => true)).toBeUndefined();
  });
});
