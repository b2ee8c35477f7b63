import { describe } from 'vitest';
import { termPeriod } from '../periods.js';
import { P, cases, fact, unit } from '../test-support/builders.js';

const TERM = termPeriod('2021-06-01', '2026-05-31');

describe('S8.ACTIVITY', () => {
  cases('S8.ACTIVITY', [
    { name: 'marks a farm with deputies and one contact activity as MET', subject: unit('FARM', { hasDeputies: true }), facts: [fact('DEPUTY_ACTIVITY', { unitId: 'u1', personId: null })], status: 'MET' },
    { name: 'marks a farm with deputies and no activity as MISSED', subject: unit('FARM', { hasDeputies: true }), status: 'MISSED' },
    { name: 'does not apply to a unit without deputies', subject: unit('FARM'), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S8.PAIR', () => {
  const pairing = (electingUnitId: string, householdFlags: ('POOR' | 'WORKER_FAMILY')[] = ['POOR']) =>
    fact('DEPUTY_PAIRING', { householdId: 'hh1', householdFlags, electingUnitId, date: '2024-01-01' });
  cases('S8.PAIR', [
    { name: 'marks a deputy paired with a poor household of the electing unit as MET', subject: P.deputy(), facts: [pairing('farm-1')], status: 'MET' },
    { name: 'does not count a household outside the electing unit', subject: P.deputy(), facts: [pairing('farm-9')], status: 'MISSED' },
    { name: 'does not count a household that is not needy', subject: P.deputy(), facts: [pairing('farm-1', ['WORKER_FAMILY'])], status: 'MISSED' },
    { name: 'does not apply to someone who is not a deputy', subject: P.member(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S8.REPORT', () => {
  const report = (f: { evaluationResult?: string | null; electingUnitId?: string; date?: string } = {}) =>
    fact('DUTY_REPORT', { electingUnitId: 'farm-1', evaluationResult: 'GOOD', date: '2024-11-01', ...f });
  cases('S8.REPORT', [
    { name: 'marks a deputy with a duty report and a democratic evaluation in the term as MET', subject: P.deputy(), period: TERM, asOf: '2026-06-01', facts: [report()], status: 'MET' },
    { name: 'does not count a report without an evaluation result and misses the term', subject: P.deputy(), period: TERM, asOf: '2026-06-01', facts: [report({ evaluationResult: null })], status: 'MISSED' },
    { name: 'keeps a deputy without a report ON_TRACK in the middle of the term', subject: P.deputy(), period: TERM, asOf: '2024-01-01', status: 'ON_TRACK' },
  ]);
});
