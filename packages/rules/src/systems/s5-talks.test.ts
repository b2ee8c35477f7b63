import { describe, expect } from 'vitest';
import type { TalkFact } from '../facts.js';
import { P, cases, fact, unit, withOptions } from '../test-support/builders.js';

const talk = (f: Partial<Omit<TalkFact, 'kind'>>) => fact('TALK', { occasion: 'DAILY', ...f });

describe('S5.LIFE_MEETING', () => {
  cases('S5.LIFE_MEETING', [
    { name: 'marks a farm leader with two life-meeting talk rounds as MET', subject: P.farmLeader(), facts: [talk({ occasion: 'LIFE_MEETING', roundId: 'r1' }), talk({ occasion: 'LIFE_MEETING', roundId: 'r1' }), talk({ occasion: 'PAIRWISE', roundId: 'r2', date: '2025-11-01' })], status: 'MET', actual: 2 },
    { name: 'counts several talks of one round once and misses a leader with a single round', subject: P.bureauLeader(), facts: [talk({ occasion: 'LIFE_MEETING', roundId: 'r1' }), talk({ occasion: 'LIFE_MEETING', roundId: 'r1' })], status: 'MISSED', actual: 1 },
    { name: 'does not count everyday talks by default', subject: P.farmLeader(), facts: [talk({}), talk({ date: '2025-05-01' })], status: 'MISSED', actual: 0 },
    { name: 'counts everyday talks when lifeMeetingOnly is off (the policy\'s "可结合")', rule: withOptions('S5.LIFE_MEETING', { lifeMeetingOnly: false }), subject: P.farmLeader(), facts: [talk({}), talk({ date: '2025-05-01' })], status: 'MET' },
  ]);
});

describe('S5.PAIRWISE', () => {
  const team = unit('FARM', { sets: { TEAM_MEMBERS: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } });
  const pair = (personId: string, counterpartId: string) => talk({ personId, counterpartId, occasion: 'PAIRWISE' });
  cases('S5.PAIRWISE', [
    { name: 'marks a three-member team whose every pair talked (either direction) as MET', subject: team, facts: [pair('a', 'b'), pair('c', 'a'), pair('b', 'c')], status: 'MET', required: 3 },
    { name: 'lists the pair that never talked and marks the team MISSED', subject: team, facts: [pair('a', 'b'), pair('c', 'a')], status: 'MISSED', missing: ['b|c'] },
    { name: 'does not count a talk with someone outside the team', subject: team, facts: [pair('a', 'b'), pair('c', 'a'), pair('b', 'x')], status: 'MISSED' },
  ]);
});

describe('S5.BRANCH', () => {
  const head = P.branchHead({ sets: { BRANCH_MEMBERS: [{ id: 'm1' }, { id: 'm2' }] } });
  cases('S5.BRANCH', [
    { name: 'marks a branch head who talked twice with each member as MET', subject: head, facts: [talk({ counterpartId: 'm1' }), talk({ counterpartId: 'm1', date: '2025-09-01' }), talk({ counterpartId: 'm2' }), talk({ counterpartId: 'm2', date: '2025-10-01' })], status: 'MET' },
    { name: 'lists the member talked to only once and marks the head MISSED', subject: head, facts: [talk({ counterpartId: 'm1' }), talk({ counterpartId: 'm1', date: '2025-09-01' }), talk({ counterpartId: 'm2' })], status: 'MISSED', missing: ['m2'] },
    { name: 'keeps a head who talked once with each member ON_TRACK at mid-year', subject: head, facts: [talk({ counterpartId: 'm1' }), talk({ counterpartId: 'm2' })], asOf: '2025-07-02', status: 'ON_TRACK' },
  ]);
});

describe('S5.MASSES', () => {
  const aLink = fact('CONTACT_LINK', { targetId: 'hh1', targetKind: 'HOUSEHOLD', level: 'AREA', date: '2024-01-01' });
  cases('S5.MASSES', [
    { name: 'marks a member with a contact link and two talks with the masses as MET', subject: P.member(), facts: [aLink, talk({ audience: 'MASSES' }), talk({ audience: 'MASSES', date: '2025-06-01' })], status: 'MET' },
    { name: 'marks a member with a contact link and one talk as MISSED', subject: P.member(), facts: [aLink, talk({ audience: 'MASSES' })], status: 'MISSED' },
    { name: 'does not apply to a member without contact links', subject: P.member(), facts: [talk({ audience: 'MASSES' })], status: 'NOT_APPLICABLE', check: (e) => expect(e.required).toBe(0) },
  ]);
});
