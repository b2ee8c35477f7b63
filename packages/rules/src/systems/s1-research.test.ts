import { describe, expect } from 'vitest';
import { MID, P, cases, fact, person, pos, unit } from '../test-support/builders.js';

const trip = (days: number, date = '2025-03-01', unitsVisited: string[] = []) => fact('RESEARCH_TRIP', { days, unitsVisited, date });

describe('S1.TOPICS', () => {
  const bureau = unit('BUREAU');
  const topic = (f: Partial<{ approvedOn: string | null; teamIds: string[]; hasPlan: boolean; date: string }>) =>
    fact('TOPIC', { unitId: 'u1', personId: null, major: true, ...f });
  cases('S1.TOPICS', [
    { name: 'marks a bureau whose major topic was approved with a team and a plan as MET', subject: bureau, facts: [topic({ approvedOn: '2025-02-20', teamIds: ['p1'], hasPlan: true })], status: 'MET' },
    { name: 'marks a bureau with no major topic at year end as MISSED', subject: bureau, facts: [], status: 'MISSED' },
    { name: 'marks a bureau whose approved topic has no team as MISSED', subject: bureau, facts: [topic({ approvedOn: '2025-02-20', hasPlan: true })], status: 'MISSED', check: (e) => expect(e.violations.map((v) => v.code)).toContain('S1.TOPICS.NO_TEAM') },
    { name: 'marks a topic still unapproved in April as AT_RISK (approval due within 90 days)', subject: bureau, facts: [topic({ date: '2025-01-10' })], asOf: '2025-04-15', status: 'AT_RISK' },
    { name: 'keeps a topic awaiting approval in January ON_TRACK', subject: bureau, facts: [topic({ date: '2025-01-10' })], asOf: '2025-01-20', status: 'ON_TRACK' },
    { name: 'does not apply to a farm', subject: unit('FARM'), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S1.TOPIC_PER_LEADER', () => {
  cases('S1.TOPIC_PER_LEADER', [
    { name: 'marks a farm leader with one own topic as MET', subject: P.farmLeader(), facts: [fact('TOPIC', {})], status: 'MET' },
    { name: 'marks a bureau leader without a topic as MISSED', subject: P.bureauLeader(), status: 'MISSED' },
    { name: 'does not apply to a section cadre', subject: P.sectionCadre(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S1.DAYS.*', () => {
  cases('S1.DAYS.BUREAU', [
    { name: 'marks a bureau leader with 70 research days as MET', subject: P.bureauLeader(), facts: [trip(40), trip(30, '2025-06-01')], status: 'MET', actual: 70, required: 70 },
    { name: 'marks a bureau leader with 69 research days as MISSED', subject: P.bureauLeader(), facts: [trip(40), trip(29, '2025-06-01')], status: 'MISSED', actual: 69 },
    { name: 'counts stationed stays toward research days', subject: P.bureauLeader(), facts: [trip(60), fact('STATIONED_STAY', { days: 10 })], status: 'MET' },
    { name: 'ignores research days of the year before', subject: P.bureauLeader(), facts: [trip(70, '2024-12-31')], status: 'MISSED', actual: 0 },
    { name: "ignores another person's research days", subject: P.bureauLeader(), facts: [{ ...trip(70), personId: 'p2' }], status: 'MISSED' },
    { name: 'marks a bureau leader with 36 days at mid-year ON_TRACK', subject: P.bureauLeader(), facts: [trip(36)], asOf: MID, status: 'ON_TRACK' },
    { name: 'marks a bureau leader with 10 days at mid-year AT_RISK by pace', subject: P.bureauLeader(), facts: [trip(10)], asOf: MID, status: 'AT_RISK' },
    { name: 'marks a bureau leader AT_RISK when the days left cannot fit the days still required', subject: P.bureauLeader(), facts: [trip(60)], asOf: '2025-12-25', status: 'AT_RISK' },
    { name: 'requires about half the quota of a bureau leader appointed on 1 July', subject: P.bureauLeader({}, '2025-07-01'), facts: [trip(35, '2025-08-01')], status: 'MET', required: 35 },
    { name: 'misses a half-year bureau leader with 34 days', subject: P.bureauLeader({}, '2025-07-01'), facts: [trip(34, '2025-08-01')], status: 'MISSED', required: 35 },
    { name: 'does not apply to a farm leader', subject: P.farmLeader(), status: 'NOT_APPLICABLE' },
  ]);
  cases('S1.DAYS.FARM', [
    { name: 'marks a farm leader with 70 research days as MISSED (farm leaders need 80)', subject: P.farmLeader(), facts: [trip(70)], status: 'MISSED', required: 80 },
    { name: 'marks a farm leader with 80 research days as MET', subject: P.farmLeader(), facts: [trip(80)], status: 'MET' },
    { name: 'counts half days', subject: P.farmLeader(), facts: [trip(79.5), trip(0.5, '2025-04-01')], status: 'MET', actual: 80 },
  ]);
  cases('S1.DAYS.DIVISION', [
    { name: 'marks a deputy-division cadre with 50 days as MET', subject: P.divisionCadre(), facts: [trip(50)], status: 'MET' },
    { name: 'marks a division cadre with 49 days as MISSED', subject: P.divisionCadre(), facts: [trip(49)], status: 'MISSED' },
    { name: 'does not apply to a farm leader of division rank (covered by S1.DAYS.FARM)', subject: P.farmLeader(), status: 'NOT_APPLICABLE' },
    { name: 'does not apply to a division-rank cadre who is not a Party member', subject: P.divisionCadre({ partyMember: false }), status: 'NOT_APPLICABLE' },
  ]);
  cases('S1.DAYS.SECTION', [
    { name: 'marks a section cadre with 30 days as MET', subject: P.sectionCadre(), facts: [trip(30)], status: 'MET' },
    { name: 'marks a section cadre with 29.5 days as MISSED', subject: P.sectionCadre(), facts: [trip(29.5)], status: 'MISSED' },
    { name: 'does not apply to someone no longer in service', subject: person([pos('FARM_DEPARTMENT', {}, '2010-01-01', '2024-12-31')], 'SECTION'), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S1.WALK.*', () => {
  const farms = [{ id: 'farm-a' }, { id: 'farm-b' }, { id: 'farm-c' }];
  cases('S1.WALK.BUREAU', [
    { name: 'marks a bureau leader who visited all three farms as MET', subject: P.bureauLeader({ sets: { BUREAU_FARMS: farms } }), facts: [trip(2, '2025-03-01', ['farm-a', 'farm-b']), trip(1, '2025-05-01', ['farm-c', 'area-9'])], status: 'MET', actual: 3, required: 3 },
    { name: 'lists the farm not visited and marks the leader MISSED', subject: P.bureauLeader({ sets: { BUREAU_FARMS: farms } }), facts: [trip(2, '2025-03-01', ['farm-a', 'farm-b'])], status: 'MISSED', missing: ['farm-c'] },
    { name: 'warns when the set of farms was not provided', subject: P.bureauLeader(), status: 'NOT_APPLICABLE', check: (e) => expect(e.warnings[0]?.code).toBe('RULES.SET_NOT_PROVIDED') },
  ]);
  cases('S1.WALK.FARM', [
    { name: 'marks a farm leader who visited every area as MET', subject: P.farmLeader({ sets: { FARM_AREAS: [{ id: 'a1' }, { id: 'ws1' }] } }), facts: [trip(1, '2025-03-01', ['a1']), fact('STATIONED_STAY', { days: 3, unitsVisited: ['ws1'] })], status: 'MET' },
    { name: 'marks a farm leader who skipped the livestock area as MISSED', subject: P.farmLeader({ sets: { FARM_AREAS: [{ id: 'a1' }, { id: 'la1' }] } }), facts: [trip(1, '2025-03-01', ['a1'])], status: 'MISSED', missing: ['la1'] },
  ]);
  cases('S1.WALK.AREA', [
    { name: 'marks an area team member who visited every household (trips or family visits) as MET', subject: P.areaTeam({ sets: { AREA_HOUSEHOLDS: [{ id: 'h1' }, { id: 'h2' }] } }), facts: [trip(1, '2025-03-01', ['h1']), fact('FAMILY_VISIT', { householdId: 'h2' })], status: 'MET' },
    { name: 'marks an area team member with an unvisited household as MISSED', subject: P.areaTeam({ sets: { AREA_HOUSEHOLDS: [{ id: 'h1' }, { id: 'h2' }] } }), facts: [trip(1, '2025-03-01', ['h1'])], status: 'MISSED', missing: ['h2'] },
  ]);
});

describe('S1.STATIONED', () => {
  cases('S1.STATIONED', [
    { name: 'marks a department head with a 5-day stationed stay as MET', subject: P.deptHead(), facts: [fact('STATIONED_STAY', { days: 5 })], status: 'MET' },
    { name: 'does not count a stationed stay with no recorded duration', subject: P.farmLeader(), facts: [fact('STATIONED_STAY', { days: 0 })], status: 'MISSED' },
    { name: 'marks a bureau leader with no stationed stay as MISSED', subject: P.bureauLeader(), facts: [trip(80)], status: 'MISSED' },
  ]);
});

describe('S1.REPORT', () => {
  cases('S1.REPORT', [
    { name: 'marks a deputy-division cadre with one report as MET', subject: P.divisionCadre(), facts: [fact('REPORT', {})], status: 'MET' },
    { name: 'marks a farm leader with no report as MISSED', subject: P.farmLeader(), status: 'MISSED' },
    { name: 'does not apply to a section cadre', subject: P.sectionCadre(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S1.REPORT.TO_BUREAU', () => {
  cases('S1.REPORT.TO_BUREAU', [
    { name: "marks a farm principal's report submitted in writing to the bureau committee as MET", subject: P.farmPrincipal(), facts: [fact('REPORT', { submittedTo: 'BUREAU_COMMITTEE', written: true })], status: 'MET' },
    { name: "marks a department head's report sent only to their own organisation as MISSED", subject: P.deptHead(), facts: [fact('REPORT', { submittedTo: 'OWN_ORGANISATION', written: true })], status: 'MISSED' },
    { name: 'keeps an unsubmitted report pending (ON_TRACK) during the year', subject: P.directUnitPrincipal(), facts: [fact('REPORT', {})], asOf: MID, status: 'ON_TRACK' },
    { name: 'marks a report never submitted by year end as MISSED', subject: P.directUnitPrincipal(), facts: [fact('REPORT', {})], status: 'MISSED' },
    { name: 'does not apply to a non-principal farm leader', subject: P.farmLeader(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S1.CONDUCT', () => {
  cases('S1.CONDUCT', [
    { name: 'shows conduct as ADVISORY, never failing, even without a checklist', subject: P.member(), facts: [trip(1)], status: 'ADVISORY', check: (e) => expect(e.warnings).toHaveLength(1) },
    { name: 'shows a fully confirmed checklist as ADVISORY with nothing missing', subject: P.member(), facts: [fact('RESEARCH_TRIP', { days: 1, unitsVisited: [], conduct: { travelLight: true, noReception: true, noDisturbance: true } })], status: 'ADVISORY', missing: [] },
  ]);
});
