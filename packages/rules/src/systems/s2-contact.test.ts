import { describe, expect } from 'vitest';
import type { ContactLinkFact } from '../facts.js';
import { MID, P, cases, fact, unit } from '../test-support/builders.js';

type LinkFields = Partial<Omit<ContactLinkFact, 'kind'>>;
let n = 0;
const link = (targetKind: ContactLinkFact['targetKind'], f: LinkFields = {}) =>
  fact('CONTACT_LINK', { targetId: f.targetId ?? `${targetKind}-${(n += 1)}`, targetKind, level: 'BUREAU', date: '2024-06-01', endDate: null, ...f });
const family = (f: LinkFields = {}) => link('HOUSEHOLD', { targetFlags: ['WORKER_FAMILY'], ...f });

describe('S2.MIX.*', () => {
  const bureauMix = () => [link('MANAGEMENT_AREA'), link('COMMUNITY'), link('ENTERPRISE'), link('COOPERATIVE'), family(), family()];
  cases('S2.MIX.BUREAU', [
    { name: 'marks a bureau leader linking an area, a community, an enterprise, a cooperative and two worker families as MET', subject: P.bureauLeader(), facts: bureauMix(), status: 'MET', actual: 6, required: 6 },
    { name: 'marks a bureau leader with one worker family as MISSED and names what is short', subject: P.bureauLeader(), facts: bureauMix().slice(0, 5), status: 'MISSED', missing: ['WORKER_FAMILY×1'] },
    { name: 'does not count a link that ended before the end of the year', subject: P.bureauLeader(), facts: [...bureauMix().slice(1), link('MANAGEMENT_AREA', { endDate: '2025-06-30', endReason: 'area merged' })], status: 'MISSED', missing: ['MANAGEMENT_AREA×1'] },
    { name: 'does not count two links to the same household twice', subject: P.bureauLeader(), facts: [...bureauMix().slice(0, 5), family({ targetId: 'same' }), family({ targetId: 'same' })], status: 'MET' },
  ]);
  cases('S2.MIX.FARM', [
    { name: 'marks a farm leader with the full "one links five" as MET', subject: P.farmLeader(), facts: [link('RESIDENTIAL_QUARTER'), link('PRODUCTION_POINT'), link('COOPERATIVE'), link('INDUSTRIAL_PROJECT'), family(), family()], status: 'MET' },
    { name: 'marks a farm leader without an industrial project as MISSED', subject: P.farmLeader(), facts: [link('RESIDENTIAL_QUARTER'), link('PRODUCTION_POINT'), link('COOPERATIVE'), family(), family()], status: 'MISSED', missing: ['INDUSTRIAL_PROJECT×1'] },
  ]);
  cases('S2.MIX.AREA', [
    { name: "marks an area team member with a residents' group and four households as MET", subject: P.areaTeam(), facts: [link('RESIDENTS_GROUP'), link('HOUSEHOLD'), link('HOUSEHOLD'), link('HOUSEHOLD'), link('HOUSEHOLD')], status: 'MET' },
    { name: 'marks an area team member with three households as MISSED', subject: P.areaTeam(), facts: [link('RESIDENTS_GROUP'), link('HOUSEHOLD'), link('HOUSEHOLD'), link('HOUSEHOLD')], status: 'MISSED', missing: ['HOUSEHOLD×1'] },
  ]);
  cases('S2.MIX.ORGAN', [
    { name: 'marks a department head linking a grassroots unit of their sector as MET', subject: P.deptHead({ sector: 'EDUCATION' }), facts: [link('COMMUNITY', { targetSector: 'EDUCATION' })], status: 'MET' },
    { name: 'does not count a unit of another sector', subject: P.deptHead({ sector: 'EDUCATION' }), facts: [link('ENTERPRISE', { targetSector: 'HEALTH' })], status: 'MISSED' },
    { name: 'marks a direct-unit principal with no link as MISSED', subject: P.directUnitPrincipal(), status: 'MISSED' },
  ]);
});

describe('S2.NEEDY', () => {
  cases('S2.NEEDY', [
    { name: 'shows needy-household links as ADVISORY', subject: P.deptHead(), facts: [link('HOUSEHOLD', { targetFlags: ['POOR'] })], status: 'ADVISORY', actual: 1 },
    { name: 'stays ADVISORY with no needy links (never a failure)', subject: P.deptHead(), status: 'ADVISORY', actual: 0 },
  ]);
});

describe('S2.NO_OVERLAP', () => {
  const mine = link('COMMUNITY', { targetId: 'c1', level: 'FARM' });
  cases('S2.NO_OVERLAP', [
    { name: 'is MET when no other cadre at the same level links the target', subject: P.farmLeader(), facts: [mine, { ...link('COMMUNITY', { targetId: 'c1', level: 'BUREAU' }), personId: 'p2' }], status: 'MET', check: (e) => expect(e.warnings).toEqual([]) },
    { name: 'warns, without failing, when another farm-level cadre links the same target', subject: P.farmLeader(), facts: [mine, { ...link('COMMUNITY', { targetId: 'c1', level: 'FARM' }), personId: 'p2' }], status: 'MET', check: (e) => expect(e.warnings.map((w) => w.code)).toEqual(['S2.NO_OVERLAP']) },
    { name: 'is NOT_APPLICABLE for someone without links', subject: P.farmLeader(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S2.COVER_LAGGING', () => {
  const farm = unit('FARM', { sets: { LAGGING_TARGETS: [{ id: 'area-7' }, { id: 'hh-3' }] } });
  const byOther = (targetId: string, personId: string) => ({ ...link('MANAGEMENT_AREA', { targetId }), personId });
  cases('S2.COVER_LAGGING', [
    { name: 'marks a farm whose lagging area and needy household both have a cadre contact as MET', subject: farm, facts: [byOther('area-7', 'p8'), byOther('hh-3', 'p9')], status: 'MET' },
    { name: 'lists the needy household nobody links and marks the farm MISSED', subject: farm, facts: [byOther('area-7', 'p8')], status: 'MISSED', missing: ['hh-3'] },
    { name: 'is NOT_APPLICABLE when the farm has nothing lagging', subject: unit('FARM', { sets: { LAGGING_TARGETS: [] } }), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S2.BRANCH', () => {
  cases('S2.BRANCH', [
    { name: 'marks a Party secretary paired with a branch as MET', subject: P.partySecretary(), facts: [fact('BRANCH_PAIRING', { targetId: 'b1', date: '2024-01-01' })], status: 'MET' },
    { name: 'marks a Party secretary without a pairing as MISSED', subject: P.partySecretary(), status: 'MISSED' },
    { name: 'does not apply to a leader who is not a secretary', subject: P.farmLeader(), status: 'NOT_APPLICABLE' },
  ]);
});

describe('S2.DURATION', () => {
  cases('S2.DURATION', [
    { name: 'is MET for a link lasting a full year', subject: P.farmLeader(), facts: [link('COMMUNITY', { date: '2024-03-01', endDate: '2025-02-28' })], status: 'MET' },
    { name: 'is MISSED for a link ended after 9 months without a reason', subject: P.farmLeader(), facts: [link('COMMUNITY', { date: '2025-01-01', endDate: '2025-09-30' })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('S2.DURATION.EARLY_END') },
    { name: 'accepts an early end with a recorded reason', subject: P.farmLeader(), facts: [link('COMMUNITY', { date: '2025-01-01', endDate: '2025-09-30', endReason: 'household moved away' })], status: 'MET' },
  ]);
});

describe('S2.VISITS', () => {
  const l = link('COMMUNITY', { id: 'L1', date: '2024-01-01' });
  const visit = (days: number, date: string) => fact('CONTACT_VISIT', { linkId: 'L1', days, date });
  cases('S2.VISITS', [
    { name: 'marks two one-day visits to the contact point as MET', subject: P.farmLeader(), facts: [l, visit(1, '2025-03-01'), visit(1, '2025-09-01')], status: 'MET' },
    { name: 'does not count a 0.5-day visit', subject: P.farmLeader(), facts: [l, visit(1, '2025-03-01'), visit(0.5, '2025-09-01')], status: 'MISSED', missing: ['L1'] },
    { name: 'owes one visit to a link that began in October (pro-rated, rounded half up)', subject: P.farmLeader(), facts: [link('COMMUNITY', { id: 'L2', date: '2025-10-01' }), fact('CONTACT_VISIT', { linkId: 'L2', days: 1, date: '2025-11-01' })], status: 'MET' },
    { name: 'is NOT_APPLICABLE without contact points', subject: P.farmLeader(), status: 'NOT_APPLICABLE' },
    { name: 'is ON_TRACK with one visit at mid-year', subject: P.farmLeader(), facts: [l, visit(1, '2025-03-01')], asOf: MID, status: 'ON_TRACK' },
  ]);
});

describe('S2.FAMILY_VISITS', () => {
  const fam = family({ targetId: 'hh1', date: '2024-01-01' });
  cases('S2.FAMILY_VISITS', [
    { name: 'marks a linked worker family visited twice as MET', subject: P.farmLeader(), facts: [fam, fact('FAMILY_VISIT', { householdId: 'hh1' }), fact('FAMILY_VISIT', { householdId: 'hh1', date: '2025-08-01' })], status: 'MET' },
    { name: 'marks a linked worker family visited once as MISSED', subject: P.farmLeader(), facts: [fam, fact('FAMILY_VISIT', { householdId: 'hh1' })], status: 'MISSED', missing: ['hh1'] },
  ]);
});

describe('S2.REVIEW', () => {
  const notice = (date: string) => fact('PROGRESS_NOTICE', { unitId: 'u1', personId: null, date });
  cases('S2.REVIEW', [
    { name: 'marks a farm with two progress notices as MET', subject: unit('FARM'), facts: [notice('2025-06-30'), notice('2025-12-20')], status: 'MET' },
    { name: 'marks a farm with one progress notice as MISSED', subject: unit('FARM'), facts: [notice('2025-06-30')], status: 'MISSED' },
  ]);
});
