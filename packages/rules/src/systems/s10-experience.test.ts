import { describe, expect } from 'vitest';
import { P, cases, fact, many } from '../test-support/builders.js';

const exp = (n: number) => many(n, 'EXPERIENCE', { diary: 'Took the bus to the hospital; the queue was long.' }, '2025-03-01');

describe('S10.LEADERS', () => {
  cases('S10.LEADERS', [
    { name: 'marks a farm leader with three experiences as MET', subject: P.farmLeader(), facts: exp(3), status: 'MET' },
    { name: 'marks a farm leader with two experiences as MISSED', subject: P.farmLeader(), facts: exp(2), status: 'MISSED' },
    { name: 'applies to a deputy-division cadre ("场处级以上")', subject: P.divisionCadre(), facts: exp(2), status: 'MISSED', required: 3 },
  ]);
});

describe('S10.OTHERS', () => {
  cases('S10.OTHERS', [
    { name: 'marks an ordinary member with one experience as MET', subject: P.member(), facts: exp(1), status: 'MET' },
    { name: 'marks an ordinary member with none as MISSED', subject: P.member(), status: 'MISSED' },
    { name: 'does not apply to a farm leader (S10.LEADERS does)', subject: P.farmLeader(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S10.DIARY', () => {
  cases('S10.DIARY', [
    { name: 'is MET when every experience has a diary entry', subject: P.member(), facts: exp(2), status: 'MET' },
    { name: 'is MISSED for an experience without a diary', subject: P.member(), facts: [fact('EXPERIENCE', { diary: '   ' })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('S10.DIARY.MISSING') },
  ]);
});
