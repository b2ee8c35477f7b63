import { describe, expect } from 'vitest';
import { MID, P, cases, fact, unit } from '../test-support/builders.js';

describe('G.YEAR_END', () => {
  cases('G.YEAR_END', [
    { name: 'marks a farm that reported to the bureau committee in December as MET', subject: unit('FARM'), facts: [fact('YEAR_END_REPORT', { unitId: 'u1', personId: null, date: '2025-12-28', submittedTo: 'BUREAU_COMMITTEE' })], status: 'MET' },
    { name: 'marks a direct unit without a year-end report as MISSED', subject: unit('DIRECT_UNIT'), status: 'MISSED' },
    { name: 'does not mark a farm behind in July for a report due at year end', subject: unit('FARM'), asOf: MID, status: 'ON_TRACK' },
    { name: 'does not apply to a management area', subject: unit('MANAGEMENT_AREA'), status: 'NOT_APPLICABLE' },
  ]);
});

describe('G.EVALUATION', () => {
  cases('G.EVALUATION', [
    { name: 'is MET when the annual evaluation includes contact with the masses', subject: P.farmLeader(), facts: [fact('ANNUAL_EVALUATION', { complianceIncluded: true, date: '2025-12-20' })], status: 'MET' },
    { name: 'is MISSED when the annual evaluation leaves it out', subject: P.farmLeader(), facts: [fact('ANNUAL_EVALUATION', { complianceIncluded: false, date: '2025-12-20' })], status: 'MISSED' },
  ]);
});

describe('G.LOCAL_RULES', () => {
  const local = (ruleId: string, threshold: { min?: number; max?: number }) => fact('LOCAL_RULE', { unitId: 'u1', personId: null, ruleId, threshold, date: '2025-01-01' });
  cases('G.LOCAL_RULES', [
    { name: 'is MET for a local rule raising farm leaders to 90 research days', subject: unit('FARM'), facts: [local('S1.DAYS.FARM', { min: 90 })], status: 'MET' },
    { name: 'is MISSED for a local rule lowering farm leaders to 60 research days', subject: unit('FARM'), facts: [local('S1.DAYS.FARM', { min: 60 })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('OVERRIDE.LOOSENS_THRESHOLD') },
    { name: 'is MISSED for a local rule about an unknown rule id', subject: unit('FARM'), facts: [local('S99.NOPE', { min: 1 })], status: 'MISSED' },
  ]);
});
