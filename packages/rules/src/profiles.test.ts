import { describe, expect, it } from 'vitest';
import { yearPeriod } from './periods.js';
import { profileShares, profilesAt, profileTimeline } from './profiles.js';
import { P, person, pos } from './test-support/builders.js';

describe('profiles from positions', () => {
  it('makes a bureau principal also a bureau leader and a Party secretary', () => {
    expect(profilesAt(P.bureauPrincipal(), '2025-05-01')).toEqual(['BUREAU_PRINCIPAL', 'BUREAU_LEADER', 'PARTY_SECRETARY', 'ORGAN_CADRE', 'PARTY_MEMBER']);
  });

  it('counts a principal on the team even when the leadership flag was left unset', () => {
    const p = person([pos('FARM', { principal: true })], 'DIVISION');
    expect(profilesAt(p, '2025-05-01')).toContain('FARM_LEADER');
    expect(profilesAt(p, '2025-05-01')).toContain('FARM_PRINCIPAL');
  });

  it('makes a deputy-division Party cadre in service a DIVISION_CADRE', () => {
    expect(profilesAt(P.divisionCadre(), '2025-05-01')).toEqual(['DIVISION_CADRE', 'ORGAN_CADRE', 'PARTY_MEMBER']);
  });

  it('gives a division-rank non-member no cadre profile', () => {
    expect(profilesAt(P.divisionCadre({ partyMember: false }), '2025-05-01')).toEqual([]);
  });

  it('gives someone whose positions all ended no in-service profile', () => {
    expect(profilesAt(P.retired(), '2025-05-01')).toEqual([]);
  });

  it('derives AREA_TEAM, BRANCH_HEAD, DEPT_HEAD, DIRECT_UNIT_PRINCIPAL and the heavy-petition leader', () => {
    expect(profilesAt(P.areaTeam(), '2025-01-01')).toContain('AREA_TEAM');
    expect(profilesAt(P.branchHead(), '2025-01-01')).toContain('BRANCH_HEAD');
    expect(profilesAt(P.deptHead(), '2025-01-01')).toContain('DEPT_HEAD');
    expect(profilesAt(P.directUnitPrincipal(), '2025-01-01')).toContain('DIRECT_UNIT_PRINCIPAL');
    expect(profilesAt(P.heavyLeader(), '2025-01-01')).toContain('HEAVY_PETITION_DEPT_LEADER');
    expect(profilesAt(P.deptHead(), '2025-01-01')).not.toContain('HEAVY_PETITION_DEPT_LEADER');
  });

  it('makes a deputy only while a term is open', () => {
    const d = P.deputy({ deputyTerms: [{ electingUnitId: 'f', from: '2021-06-01', to: '2025-05-31' }] });
    expect(profilesAt(d, '2025-05-31')).toContain('DEPUTY');
    expect(profilesAt(d, '2025-06-01')).not.toContain('DEPUTY');
  });

  it('gives a farm leader transferred to the bureau on 1 July half a year of each', () => {
    const p = person([pos('FARM', { leadershipTeam: true }, '2019-01-01', '2025-06-30'), pos('BUREAU', { leadershipTeam: true }, '2025-07-01')], 'DEPUTY_BUREAU');
    const shares = profileShares(p, yearPeriod(2025));
    expect(shares.FARM_LEADER).toBeCloseTo(181 / 365);
    expect(shares.BUREAU_LEADER).toBeCloseTo(184 / 365);
    expect(shares.PARTY_MEMBER).toBe(1);
    expect(profileTimeline(p, yearPeriod(2025)).map((s) => s.start)).toEqual(['2025-01-01', '2025-07-01']);
  });
});
