import { isAllowedParent, type OrgUnitKind } from '@lianxi/rules';
import { describe, expect, it } from 'vitest';
import { buildDemoBureau, type DemoBureau, type DemoPerson, type DemoPosition } from './demo-bureau.js';

const bureau = buildDemoBureau();
const unitByKey = new Map(bureau.units.map((u) => [u.key, u]));
const personByKey = new Map(bureau.people.map((p) => [p.key, p]));

// prettier-ignore
const ELEVEN_FARMS = [
  '鹤山农场', '大西江农场', '尖山农场', '荣军农场', '红五月农场', '七星泡农场', '嫩北农场', '建边农场', '跃进农场',
  '山河农场', '嫩江农场',
];

function kindOf(key: string): OrgUnitKind {
  const u = unitByKey.get(key);
  if (!u) throw new Error(`unknown unit ${key}`);
  return u.kind;
}

function activeAt(x: { from: string; to: string | null }, date: string): boolean {
  return x.from <= date && (x.to === null || x.to >= date);
}

/** The spec's Subjects table, derived from positions and deputy terms at a date (written here, independently). */
function profilesAt(b: DemoBureau, p: DemoPerson, date: string): Set<string> {
  const out = new Set<string>();
  const held: DemoPosition[] = b.positions.filter((x) => x.personKey === p.key && activeAt(x, date));
  for (const x of held) {
    const unit = unitByKey.get(x.unitKey);
    if (!unit) continue;
    const k = unit.kind;
    if (k === 'BUREAU' && x.leadershipTeam) out.add('BUREAU_LEADER');
    if (k === 'BUREAU' && x.leadershipTeam && x.principal) out.add('BUREAU_PRINCIPAL');
    if (k === 'FARM' && x.leadershipTeam) out.add('FARM_LEADER');
    if (k === 'FARM' && x.leadershipTeam && x.principal) out.add('FARM_PRINCIPAL');
    if (k === 'DIRECT_UNIT' && x.principal) out.add('DIRECT_UNIT_PRINCIPAL');
    if (k === 'BUREAU_DEPARTMENT' && x.deptHead) out.add('DEPT_HEAD');
    if (['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY'].includes(k) && x.leadershipTeam)
      out.add('AREA_TEAM');
    if (x.partySecretary) out.add('PARTY_SECRETARY');
    if (x.branchHead) out.add('BRANCH_HEAD');
    if (p.partyMember && ['BUREAU', 'BUREAU_DEPARTMENT', 'FARM_DEPARTMENT'].includes(k)) out.add('ORGAN_CADRE');
    if (p.partyMember) out.add('PARTY_MEMBER');
    if (unit.flags.includes('HEAVY_PETITION_LOAD') && (x.leadershipTeam || x.deptHead || x.principal)) {
      out.add('HEAVY_PETITION_DEPT_LEADER');
    }
  }
  if (p.partyMember && (p.rank === 'DEPUTY_DIVISION' || p.rank === 'DIVISION')) out.add('DIVISION_CADRE');
  if (p.partyMember && (p.rank === 'DEPUTY_SECTION' || p.rank === 'SECTION')) out.add('SECTION_CADRE');
  if (b.deputyTerms.some((t) => t.personKey === p.key && activeAt(t, date))) out.add('DEPUTY');
  return out;
}

// prettier-ignore
const PROFILE_KEYS = [
  'BUREAU_PRINCIPAL', 'BUREAU_LEADER', 'FARM_PRINCIPAL', 'FARM_LEADER', 'DIRECT_UNIT_PRINCIPAL', 'DEPT_HEAD',
  'DIVISION_CADRE', 'SECTION_CADRE', 'AREA_TEAM', 'PARTY_SECRETARY', 'BRANCH_HEAD', 'ORGAN_CADRE', 'PARTY_MEMBER',
  'DEPUTY', 'HEAVY_PETITION_DEPT_LEADER',
] as const;

/** Age in whole years on `date` (both YYYY-MM-DD). */
function ageOn(birth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  return date.slice(5) >= birth.slice(5) ? years : years - 1;
}

function isValidDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function gb11643Valid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((acc, wi, i) => acc + wi * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}

describe('buildDemoBureau', () => {
  it('returns the same data on every call', () => {
    expect(buildDemoBureau()).toEqual(bureau);
  });

  describe('units', () => {
    it('has a single root, 九三管理局, with exactly the eleven named farms under it', () => {
      const roots = bureau.units.filter((u) => u.parentKey === null);
      expect(roots.map((u) => [u.name, u.kind, u.code])).toEqual([['九三管理局', 'BUREAU', 'JS']]);
      const farms = bureau.units.filter((u) => u.kind === 'FARM');
      expect(farms.every((f) => f.parentKey === roots[0]?.key)).toBe(true);
      expect(farms.map((f) => f.name).sort()).toEqual([...ELEVEN_FARMS].sort());
    });

    it('places every unit under a parent of an allowed kind', () => {
      for (const u of bureau.units) {
        const parentKind = u.parentKey === null ? null : kindOf(u.parentKey);
        expect(isAllowedParent(u.kind, parentKind), `${u.code} ${u.kind} under ${parentKind}`).toBe(true);
      }
    });

    it('orders parents before children', () => {
      const seen = new Set<string>();
      for (const u of bureau.units) {
        if (u.parentKey !== null) expect(seen.has(u.parentKey), u.code).toBe(true);
        seen.add(u.key);
      }
    });

    it('gives unique keys and codes, each code extending its parent code', () => {
      expect(new Set(bureau.units.map((u) => u.key)).size).toBe(bureau.units.length);
      expect(new Set(bureau.units.map((u) => u.code)).size).toBe(bureau.units.length);
      for (const u of bureau.units) {
        if (u.parentKey !== null) expect(u.code.startsWith(`${unitByKey.get(u.parentKey)?.code ?? '?'}-`)).toBe(true);
      }
    });

    it('gives each farm departments, 4–8 management areas, a community with quarters, cooperatives and branches', () => {
      for (const farm of bureau.units.filter((u) => u.kind === 'FARM')) {
        const children = bureau.units.filter((u) => u.parentKey === farm.key);
        const count = (k: OrgUnitKind): number => children.filter((c) => c.kind === k).length;
        expect(count('FARM_DEPARTMENT')).toBeGreaterThanOrEqual(6);
        expect(count('MANAGEMENT_AREA')).toBeGreaterThanOrEqual(4);
        expect(count('MANAGEMENT_AREA')).toBeLessThanOrEqual(8);
        expect(count('COMMUNITY')).toBe(1);
        const community = children.find((c) => c.kind === 'COMMUNITY');
        const quarters = bureau.units.filter((u) => u.parentKey === community?.key && u.kind === 'RESIDENTIAL_QUARTER');
        expect(quarters.length).toBeGreaterThanOrEqual(2);
        const petition = children.filter(
          (c) => c.kind === 'FARM_DEPARTMENT' && c.flags.includes('HEAVY_PETITION_LOAD'),
        );
        expect(petition.length).toBe(1);
      }
      const kinds = new Set(bureau.units.map((u) => u.kind));
      for (const k of [
        'COOPERATIVE',
        'ENTERPRISE',
        'INDUSTRIAL_PROJECT',
        'PRODUCTION_POINT',
        'PARTY_BRANCH',
        'WORK_STATION',
        'LIVESTOCK_AREA',
        'DIRECT_UNIT',
        'BUREAU_DEPARTMENT',
      ] as const) {
        expect(kinds.has(k), k).toBe(true);
      }
    });

    it('flags some farms, areas and groups as lagging and the bureau 信访办公室 as heavy petition load', () => {
      for (const k of ['FARM', 'MANAGEMENT_AREA', 'RESIDENTS_GROUP'] as const) {
        expect(
          bureau.units.some((u) => u.kind === k && u.flags.includes('LAGGING')),
          k,
        ).toBe(true);
      }
      const xf = bureau.units.find((u) => u.kind === 'BUREAU_DEPARTMENT' && u.name === '信访办公室');
      expect(xf?.flags).toEqual(['HEAVY_PETITION_LOAD']);
    });
  });

  describe('households', () => {
    it('live only in residents’ groups, and every group has 8–14 of them', () => {
      const perGroup = new Map<string, number>();
      for (const h of bureau.households) {
        expect(kindOf(h.unitKey)).toBe('RESIDENTS_GROUP');
        perGroup.set(h.unitKey, (perGroup.get(h.unitKey) ?? 0) + 1);
      }
      const groups = bureau.units.filter((u) => u.kind === 'RESIDENTS_GROUP');
      expect(perGroup.size).toBe(groups.length);
      for (const n of perGroup.values()) expect(n >= 8 && n <= 14).toBe(true);
    });

    it('have unique keys, mobile phones, an address naming their group, and plausible flag rates', () => {
      const hs = bureau.households;
      expect(new Set(hs.map((h) => h.key)).size).toBe(hs.length);
      const share = (f: string): number => hs.filter((h) => (h.flags as string[]).includes(f)).length / hs.length;
      for (const h of hs) {
        expect(h.phone).toMatch(/^1[3-9]\d{9}$/);
        expect(h.address).toContain(unitByKey.get(h.unitKey)?.name ?? '?');
        expect(h.memberCount).toBeGreaterThanOrEqual(1);
      }
      expect(share('WORKER_FAMILY')).toBeGreaterThan(0.75);
      expect(share('POOR')).toBeGreaterThan(0.02);
      expect(share('POOR')).toBeLessThan(0.1);
      for (const f of ['FIVE_GUARANTEES', 'DISABLED_MEMBER', 'EMPTY_NEST_ELDERLY', 'LEFT_BEHIND_CHILDREN']) {
        expect(share(f), f).toBeGreaterThan(0.005);
        expect(share(f), f).toBeLessThan(0.12);
      }
    });
  });

  describe('people', () => {
    it('number between 1,300 and 1,700, with unique keys, names, phones and ID numbers', () => {
      const ps = bureau.people;
      expect(ps.length).toBeGreaterThanOrEqual(1300);
      expect(ps.length).toBeLessThanOrEqual(1700);
      for (const f of ['key', 'name', 'phone', 'idNumber'] as const) {
        expect(new Set(ps.map((p) => p[f])).size, f).toBe(ps.length);
      }
    });

    it('carry valid resident ID numbers matching birth date and gender', () => {
      for (const p of bureau.people) {
        expect(gb11643Valid(p.idNumber), p.idNumber).toBe(true);
        expect(p.idNumber.slice(6, 14)).toBe(p.birthDate.replaceAll('-', ''));
        expect(Number(p.idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE').toBe(p.gender);
        expect(isValidDate(p.birthDate)).toBe(true);
        expect(p.phone).toMatch(/^1[3-9]\d{9}$/);
      }
    });

    it('joined the Party only after their 18th birthday, and only members have a joining date', () => {
      for (const p of bureau.people) {
        if (!p.partyMember) {
          expect(p.partyJoinedOn).toBeNull();
          continue;
        }
        expect(p.partyJoinedOn).not.toBeNull();
        const joined = p.partyJoinedOn ?? '';
        expect(isValidDate(joined)).toBe(true);
        expect(ageOn(p.birthDate, joined)).toBeGreaterThanOrEqual(18);
      }
    });

    it('have ages fitting their rank: leaders 45–58 and area staff 25–55 in 2026', () => {
      const leaderRanks = new Set(['BUREAU', 'DEPUTY_BUREAU', 'DIVISION']);
      const openAreaPositions = bureau.positions.filter(
        (x) => x.to === null && ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA'].includes(kindOf(x.unitKey)),
      );
      for (const p of bureau.people) {
        const age = ageOn(p.birthDate, '2026-01-01');
        const retired = bureau.positions.every((x) => x.personKey !== p.key || x.to !== null);
        if (leaderRanks.has(p.rank) && !retired) {
          expect(age, p.key).toBeGreaterThanOrEqual(45);
          expect(ageOn(p.birthDate, '2026-12-31'), p.key).toBeLessThanOrEqual(58);
        }
      }
      for (const x of openAreaPositions) {
        const p = personByKey.get(x.personKey);
        const age = ageOn(p?.birthDate ?? '', '2026-01-01');
        expect(age >= 25 && age <= 55, `${x.personKey} ${age}`).toBe(true);
      }
    });

    it('are about 70% Party members among cadres', () => {
      const cadres = bureau.people.filter((p) => p.rank !== 'NONE');
      const share = cadres.filter((p) => p.partyMember).length / cadres.length;
      expect(share).toBeGreaterThan(0.6);
      expect(share).toBeLessThan(0.95);
    });

    it('include reserve cadres eligible for grassroots secondment', () => {
      const eligible = bureau.people.filter((p) => {
        const inFarmOrgan = bureau.positions.some(
          (x) => x.personKey === p.key && kindOf(x.unitKey) === 'FARM_DEPARTMENT',
        );
        return (
          p.reserveCadre &&
          !p.grassrootsExperience &&
          p.partyMember &&
          inFarmOrgan &&
          ageOn(p.birthDate, '2026-06-01') < 40 &&
          ['COLLEGE', 'BACHELOR', 'MASTER', 'DOCTORATE'].includes(p.education) &&
          ['NONE', 'CLERK', 'DEPUTY_SECTION', 'SECTION'].includes(p.rank)
        );
      });
      expect(eligible.length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('positions', () => {
    it('reference existing people and units, with valid dates and to ≥ from', () => {
      for (const x of bureau.positions) {
        expect(personByKey.has(x.personKey), x.personKey).toBe(true);
        expect(unitByKey.has(x.unitKey), x.unitKey).toBe(true);
        expect(isValidDate(x.from)).toBe(true);
        if (x.to !== null) {
          expect(isValidDate(x.to)).toBe(true);
          expect(x.to >= x.from).toBe(true);
        }
      }
    });

    it('give every person at least one position', () => {
      const holders = new Set(bureau.positions.map((x) => x.personKey));
      expect(bureau.people.every((p) => holders.has(p.key))).toBe(true);
    });

    it('put branch heads at Party branches and department heads at departments', () => {
      for (const x of bureau.positions) {
        if (x.branchHead) expect(kindOf(x.unitKey)).toBe('PARTY_BRANCH');
        if (x.deptHead) expect(['BUREAU_DEPARTMENT', 'FARM_DEPARTMENT']).toContain(kindOf(x.unitKey));
      }
    });

    it('have one bureau Party secretary and one director, and each farm one of each, at any date', () => {
      for (const date of ['2026-01-01', '2026-06-01', '2026-11-27']) {
        const open = bureau.positions.filter((x) => activeAt(x, date));
        for (const top of bureau.units.filter((u) => u.kind === 'BUREAU' || u.kind === 'FARM')) {
          const here = open.filter((x) => x.unitKey === top.key && x.principal);
          expect(here.filter((x) => x.partySecretary).length, `${top.name} ${date}`).toBe(1);
          expect(here.filter((x) => !x.partySecretary).length, `${top.name} ${date}`).toBe(1);
        }
      }
    });

    it('move farm leaders to another farm on 2026-07-01, the old post ending 2026-06-30', () => {
      const ended = bureau.positions.filter((x) => x.to === '2026-06-30' && kindOf(x.unitKey) === 'FARM');
      expect(ended.length).toBeGreaterThanOrEqual(1);
      for (const old of ended) {
        const next = bureau.positions.find((x) => x.personKey === old.personKey && x.from === '2026-07-01');
        expect(next?.to).toBeNull();
        expect(next && kindOf(next.unitKey)).toBe('FARM');
        expect(next?.unitKey).not.toBe(old.unitKey);
      }
    });
  });

  describe('profiles', () => {
    it.each(['2026-01-01', '2026-06-01', '2026-11-27'])(
      'every one of the 15 profiles is held by someone on %s',
      (date) => {
        const held = new Set<string>();
        for (const p of bureau.people) for (const k of profilesAt(bureau, p, date)) held.add(k);
        for (const k of PROFILE_KEYS) expect(held.has(k), k).toBe(true);
      },
    );

    it('has two bureau principals and 9 bureau leaders on 2026-06-01', () => {
      const count = (k: string): number =>
        bureau.people.filter((p) => profilesAt(bureau, p, '2026-06-01').has(k)).length;
      expect(count('BUREAU_PRINCIPAL')).toBe(2);
      expect(count('BUREAU_LEADER')).toBe(9);
      expect(count('FARM_PRINCIPAL')).toBe(22);
    });
  });

  describe('deputies', () => {
    it('elect about 60 deputies for 2021-11-01…2026-10-31 and a new open term from 2026-11-01', () => {
      const old = bureau.deputyTerms.filter((t) => t.from === '2021-11-01' && t.to === '2026-10-31');
      const next = bureau.deputyTerms.filter((t) => t.from === '2026-11-01' && t.to === null);
      expect(old.length).toBeGreaterThanOrEqual(50);
      expect(old.length).toBeLessThanOrEqual(70);
      expect(next.length).toBeGreaterThanOrEqual(50);
      expect(bureau.deputyTerms.length).toBe(old.length + next.length);
    });

    it('are Party members elected by the bureau or a farm, at most one term per congress', () => {
      const seen = new Set<string>();
      for (const t of bureau.deputyTerms) {
        expect(personByKey.get(t.personKey)?.partyMember).toBe(true);
        expect(['BUREAU', 'FARM']).toContain(kindOf(t.electingUnitKey));
        const k = `${t.personKey}@${t.from}`;
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
    });
  });
});
