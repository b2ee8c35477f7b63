import { describe, expect } from 'vitest';
import type { DecisionFact, OpinionFact } from '../facts.js';
import { quarterPeriod } from '../periods.js';
import { P, cases, fact, unit } from '../test-support/builders.js';

const own = { unitId: 'u1', personId: null };

describe('S6.CHANNELS', () => {
  cases('S6.CHANNELS', [
    { name: 'shows the channels a unit runs as ADVISORY', subject: unit('FARM'), facts: [fact('OPINION_CHANNEL', { ...own, channel: 'BOX', date: '2024-01-01' }), fact('OPINION_CHANNEL', { ...own, channel: 'ONLINE', date: '2024-01-01' })], status: 'ADVISORY', actual: 2 },
    { name: 'stays ADVISORY for a unit with no channels', subject: unit('FARM'), status: 'ADVISORY', actual: 0 },
  ]);
});

describe('S6.DECISION', () => {
  const decision = (f: Partial<Omit<DecisionFact, 'kind'>>) => fact('DECISION', { ...own, date: '2025-05-01', ...f });
  const good = { consultations: [{ date: '2025-04-10', form: 'HEARING' as const }], riskAssessedOn: '2025-04-20', feedbackPublishedOn: '2025-05-20' };
  cases('S6.DECISION', [
    { name: 'is MET for a decision with a hearing, a risk assessment and published feedback', subject: unit('FARM'), facts: [decision(good)], status: 'MET' },
    { name: 'is MISSED for a decision taken without consultation', subject: unit('FARM'), facts: [decision({ ...good, consultations: [] })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('S6.DECISION.NO_CONSULTATION') },
    { name: 'keeps a decision ON_TRACK while its feedback is not yet due', subject: unit('FARM'), facts: [decision({ ...good, feedbackPublishedOn: null })], asOf: '2025-05-15', status: 'ON_TRACK' },
    { name: 'marks a decision whose feedback is 30 days overdue AT_RISK', subject: unit('FARM'), facts: [decision({ ...good, feedbackPublishedOn: null })], asOf: '2025-07-01', status: 'AT_RISK' },
  ]);
});

describe('S6.FORWARD', () => {
  const opinion = (f: Partial<Omit<OpinionFact, 'kind'>>) => fact('OPINION', { ...own, date: '2025-05-01', ...f });
  cases('S6.FORWARD', [
    { name: 'is MET for an opinion forwarded and answered', subject: unit('FARM'), facts: [opinion({ forwardedOn: '2025-05-03', forwardedTo: 'dept-2', answeredOn: '2025-05-30' })], status: 'MET' },
    { name: 'is MISSED for an opinion never forwarded', subject: unit('FARM'), facts: [opinion({})], status: 'MISSED' },
    { name: 'is MISSED for a forwarded opinion never answered', subject: unit('FARM'), facts: [opinion({ forwardedOn: '2025-05-03' })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('S6.FORWARD.NOT_ANSWERED') },
  ]);
});

describe('S6.ANALYSIS', () => {
  const Q2 = quarterPeriod(2025, 2);
  cases('S6.ANALYSIS', [
    { name: 'marks a farm with an opinion analysis in the quarter as MET', subject: unit('FARM'), period: Q2, asOf: '2025-07-01', facts: [fact('ANALYSIS', { ...own, date: '2025-06-28' })], status: 'MET' },
    { name: 'marks a farm without an analysis in the quarter as MISSED', subject: unit('FARM'), period: Q2, asOf: '2025-07-01', facts: [fact('ANALYSIS', { ...own, date: '2025-03-28' })], status: 'MISSED' },
    { name: 'does not apply to a person', subject: P.member(), period: Q2, status: 'NOT_APPLICABLE' },
  ]);
});
