import { describe, expect } from 'vitest';
import { P, cases, fact, unit } from '../test-support/builders.js';

describe('S9.REGISTER', () => {
  const reg = (date: string) => fact('COMMUNITY_REGISTRATION', { communityId: 'c1', date });
  cases('S9.REGISTER', [
    { name: 'marks a member registered in an earlier year as MET', subject: P.member(), facts: [reg('2022-04-01')], status: 'MET' },
    { name: 'marks a member never registered as MISSED', subject: P.member(), status: 'MISSED' },
    { name: 'marks a member who joined on 1 May and is unregistered on 20 May ON_TRACK (30 days)', subject: P.member({ memberSince: '2025-05-01' }), asOf: '2025-05-20', status: 'ON_TRACK' },
    { name: 'marks a member who joined on 1 May and is unregistered on 5 June MISSED', subject: P.member({ memberSince: '2025-05-01' }), asOf: '2025-06-05', status: 'MISSED' },
    { name: 'does not apply to a non-member', subject: P.nonMember(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S9.PROJECTS', () => {
  const project = (projectId: string) => fact('SERVICE_PROJECT', { projectId, date: '2025-02-01' });
  cases('S9.PROJECTS', [
    { name: 'marks a member with one service project as MET', subject: P.member(), facts: [project('sp1')], status: 'MET' },
    { name: 'marks a member with no service project as MISSED', subject: P.member(), status: 'MISSED' },
    { name: 'gives three service projects a warning, not a miss', subject: P.member(), facts: [project('sp1'), project('sp2'), project('sp3')], status: 'MET', check: (e) => expect(e.warnings.map((w) => w.code)).toEqual(['S9.PROJECTS.ABOVE_MAX']) },
    { name: 'gives two service projects no warning', subject: P.member(), facts: [project('sp1'), project('sp2')], status: 'MET', check: (e) => expect(e.warnings).toEqual([]) },
  ]);
});

describe('S9.PAIR', () => {
  const pairing = (householdId: string) => fact('SERVICE_PAIRING', { householdId, householdFlags: ['EMPTY_NEST_ELDERLY'], date: '2025-01-15' });
  cases('S9.PAIR', [
    { name: 'marks a service-station cadre paired with one needy family as MET', subject: P.member({ serviceStation: true }), facts: [pairing('hh1')], status: 'MET' },
    { name: 'marks a service-station cadre without a pairing as MISSED', subject: P.member({ serviceStation: true }), status: 'MISSED' },
    { name: 'warns when a cadre pairs with two families ("与1名困难家庭结对子")', subject: P.member({ serviceStation: true }), facts: [pairing('hh1'), pairing('hh2')], status: 'MET', check: (e) => expect(e.warnings).toHaveLength(1) },
    { name: 'does not apply to a member who is not at a service station', subject: P.member(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S9.WARMTH', () => {
  cases('S9.WARMTH', [
    { name: 'shows warmth visits as ADVISORY', subject: unit('COMMUNITY'), facts: [fact('WARMTH_VISIT', { unitId: 'u1', personId: null })], status: 'ADVISORY', actual: 1 },
    { name: 'stays ADVISORY with no visits', subject: unit('COMMUNITY'), status: 'ADVISORY', actual: 0 },
  ]);
});
