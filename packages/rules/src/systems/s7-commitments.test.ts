import { describe, expect } from 'vitest';
import type { CommitmentFact } from '../facts.js';
import { MID, P, cases, fact, unit } from '../test-support/builders.js';

const commitment = (f: Partial<Omit<CommitmentFact, 'kind'>> = {}) => fact('COMMITMENT', { date: '2025-02-01', category: 'COMMUNITY', ...f });
const whole = { publishedOn: '2025-02-10', fulfilledOn: '2025-10-01', evaluatedOn: '2025-12-01' };

describe('S7.LIFECYCLE', () => {
  cases('S7.LIFECYCLE', [
    { name: 'is MET for a commitment proposed, made public, fulfilled and evaluated in order', subject: P.member(), facts: [commitment(whole)], status: 'MET' },
    { name: 'is MISSED for a commitment evaluated without being made public', subject: P.member(), facts: [commitment({ ...whole, publishedOn: null })], status: 'MISSED', check: (e) => expect(e.violations.map((v) => v.code)).toContain('S7.LIFECYCLE.OUT_OF_ORDER') },
    { name: 'is MISSED for a commitment made public before it was proposed', subject: P.member(), facts: [commitment({ publishedOn: '2025-01-15' })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('S7.LIFECYCLE.DATE_ORDER') },
    { name: 'does not apply to a non-member', subject: P.nonMember(), facts: [commitment(whole)], status: 'NOT_APPLICABLE' },
  ]);
});

describe('S7.PER_MEMBER', () => {
  cases('S7.PER_MEMBER', [
    { name: 'marks a member with one commitment as MET', subject: P.member(), facts: [commitment()], status: 'MET' },
    { name: 'marks a member with no commitment at year end as MISSED', subject: P.member(), status: 'MISSED' },
    { name: 'keeps a member without a commitment ON_TRACK at mid-year', subject: P.member(), asOf: MID, status: 'ON_TRACK' },
  ]);
});

describe('S7.CONTENT', () => {
  cases('S7.CONTENT', [
    { name: "is MET when a community member's commitment is about the community", subject: P.member({ sector: 'COMMUNITY' }), facts: [commitment()], status: 'MET' },
    { name: "is MISSED when a health worker's commitment is filed under enterprise", subject: P.member({ sector: 'HEALTH' }), facts: [commitment({ category: 'ENTERPRISE' })], status: 'MISSED' },
    { name: 'is MISSED for a commitment without a category', subject: P.member(), facts: [commitment({ category: null })], status: 'MISSED' },
  ]);
});

describe('S7.WINDOWS', () => {
  cases('S7.WINDOWS', [
    { name: 'shows Party-member windows as ADVISORY', subject: unit('DIRECT_UNIT'), facts: [fact('SERVICE_WINDOW', { unitId: 'u1', personId: null, date: '2024-05-01' })], status: 'ADVISORY', actual: 1 },
    { name: 'stays ADVISORY with no windows', subject: unit('DIRECT_UNIT'), status: 'ADVISORY', actual: 0 },
  ]);
});
