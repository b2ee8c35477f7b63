import { NEEDY_HOUSEHOLD_FLAGS, type CoverageMember, type HouseholdFlag, type OrgUnitKind, type PersonSubject, type Sector, type SubjectSets, type UnitFlag } from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { personSubjectsUnder, type SubtreePerson } from '../person/person.subject.js';
import { push } from './compliance.engine.js';

export interface UnitRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  path: string;
  parent_id: string | null;
  flags: UnitFlag[];
  sector: Sector | null;
}

export interface HouseholdRow {
  id: string;
  unit_id: string;
  flags: HouseholdFlag[];
  head_name: string;
}

/**
 * Who a roll-up judges, for a subtree and a year: its units, households (when asked), people as the rules see them
 * (posts, deputy terms and the coverage sets their posts give them) and the units that elected deputies.
 */
export interface Population {
  unitRows: UnitRow[];
  units: Map<string, UnitRow>;
  households: HouseholdRow[];
  people: Map<string, { id: string; name: string; unitId: string }>;
  personSubjects: PersonSubject[];
  deputyUnits: Set<string>;
  householdsUnder(unitId: string, needyOnly?: boolean): CoverageMember[];
}

const AREA_KINDS: readonly OrgUnitKind[] = ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA'];
const TEAM_UNIT_KINDS: readonly OrgUnitKind[] = ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY'];

// --- Kept populations -----------------------------------------------------------------------------------------
// People, posts, terms, units and households change a few times a day; a roll-up reads them every time. A
// population is kept in memory per subtree and year together with the version it was read at: the database
// stamps `population_version` with the writing transaction's id when any of those tables changes (deferred
// triggers of migration 20261128190000), so a kept population is used only while the stamp is unchanged. Inside a
// transaction (which may see its own uncommitted changes) nothing is kept or reused. ADR 0009.

interface Kept {
  version: string;
  population: Promise<Population>;
}

const KEPT_MAX = 16;
const kept = new Map<string, Kept>();

/** LIANXI_POPULATION_CACHE=0 reads the population afresh for every roll-up. */
const keeping = (): boolean => process.env.LIANXI_POPULATION_CACHE !== '0';

/** The stamp of the last committed change to the population tables. */
async function populationVersion(ctx: Ctx): Promise<string> {
  const rows = await ctx.em.getConnection().execute<{ xid: string }[]>(`select xid::text as xid from population_version where id = 1`);
  return rows[0]?.xid ?? 'none';
}

/** Forgets every kept population (tests; an operator after editing the tables with triggers off). */
export function forgetPopulations(): void {
  kept.clear();
}

/**
 * The population of a subtree for a year: kept while nothing changed, else read. With `personIds` (one person's
 * run) only those people, read afresh.
 */
export async function loadPopulation(
  ctx: Ctx,
  rootPath: string,
  year: number,
  readsHouseholds: boolean,
  personIds?: readonly string[],
): Promise<Population> {
  if (personIds || !keeping() || ctx.em.isInTransaction()) return readPopulation(ctx, rootPath, year, readsHouseholds, personIds);
  const version = await populationVersion(ctx);
  const key = `${rootPath}|${year}|${readsHouseholds ? 'households' : ''}`;
  const hit = kept.get(key);
  if (hit && hit.version === version) {
    // Most recently used last.
    kept.delete(key);
    kept.set(key, hit);
    return hit.population;
  }
  // The version was read before the population: a change committed in between makes the next roll-up read again.
  const population = readPopulation(ctx, rootPath, year, readsHouseholds);
  const entry = { version, population };
  kept.delete(key);
  kept.set(key, entry);
  while (kept.size > KEPT_MAX) kept.delete(kept.keys().next().value as string);
  population.catch(() => {
    if (kept.get(key) === entry) kept.delete(key);
  });
  return population;
}

async function readPopulation(ctx: Ctx, rootPath: string, year: number, readsHouseholds: boolean, personIds?: readonly string[]): Promise<Population> {
  const conn = ctx.em.getConnection();
  const like = `${rootPath}%`;
  const [unitRows, households, peopleRows, deputyUnitRows] = await Promise.all([
    conn.execute<UnitRow[]>(`select id, name, kind, path, parent_id, flags, sector from org_unit where path like ?`, [like]),
    // Households are members of two coverage sets only (S1.WALK.AREA, S2.COVER_LAGGING): not read otherwise.
    readsHouseholds
      ? conn.execute<HouseholdRow[]>(`select h.id, h.unit_id, h.flags, h.head_name from household h join org_unit u on u.id = h.unit_id where u.path like ?`, [like])
      : [],
    personSubjectsUnder(ctx, rootPath, personIds),
    personIds
      ? []
      : conn.execute<{ electing_unit_id: string }[]>(
          `select distinct electing_unit_id from deputy_term d join org_unit u on u.id = d.electing_unit_id
            where u.path like ? and d.starts_on <= ? and (d.ends_on is null or d.ends_on >= ?)`,
          [like, `${year}-12-31`, `${year}-01-01`],
        ),
  ]);
  return buildPopulation(unitRows, households, peopleRows, new Set(deputyUnitRows.map((r) => r.electing_unit_id)), year);
}

function buildPopulation(unitRows: UnitRow[], households: HouseholdRow[], peopleRows: SubtreePerson[], deputyUnits: Set<string>, year: number): Population {
  const units = new Map(unitRows.map((u) => [u.id, u]));
  const people = new Map(peopleRows.map((p) => [p.id, { id: p.id, name: p.name, unitId: p.unit_id }]));

  // Sets the coverage rules read, from the units and households of the subtree.
  // Each set is computed once per unit (memoised): a subtree has thousands of subjects and units, and
  // filtering every household or unit for each of them made the set-up quadratic.
  const memo = <T>(f: (key: string) => T): ((key: string) => T) => {
    const cache = new Map<string, T>();
    return (key) => {
      let v = cache.get(key);
      if (v === undefined) cache.set(key, (v = f(key)));
      return v;
    };
  };
  const unitChildren = new Map<string, UnitRow[]>();
  for (const u of unitRows) if (u.parent_id) push(unitChildren, u.parent_id, u);
  const householdsIn = new Map<string, HouseholdRow[]>();
  for (const h of households) push(householdsIn, h.unit_id, h);
  const householdRowsUnder: (unitId: string) => HouseholdRow[] = memo((unitId) => [
    ...(householdsIn.get(unitId) ?? []),
    ...(unitChildren.get(unitId) ?? []).flatMap((c) => householdRowsUnder(c.id)),
  ]);
  const unitsUnder: (unitId: string) => UnitRow[] = memo((unitId) => (unitChildren.get(unitId) ?? []).flatMap((c) => [c, ...unitsUnder(c.id)]));
  const childrenOf = (unitId: string, kinds: readonly OrgUnitKind[]): CoverageMember[] =>
    unitsUnder(unitId).filter((x) => kinds.includes(x.kind)).map((x) => ({ id: x.id, label: x.name }));
  const householdsUnderMemo = memo((key) => {
    const [unitId = '', needy] = key.split(' ');
    return householdRowsUnder(unitId)
      .filter((h) => needy !== 'needy' || h.flags.some((f) => NEEDY_HOUSEHOLD_FLAGS.includes(f)))
      .map((h) => ({ id: h.id, label: h.head_name }));
  });
  const householdsUnder = (unitId: string, needyOnly = false): CoverageMember[] => householdsUnderMemo(`${unitId} ${needyOnly ? 'needy' : 'all'}`);
  const bureauOf = (unitId: string): UnitRow | undefined => {
    const u = units.get(unitId);
    const rootId = u?.path.split('/').filter(Boolean)[0];
    return rootId ? units.get(rootId) : undefined;
  };

  const partyMembersIn = new Map<string, SubtreePerson[]>();
  for (const x of peopleRows) if (x.party_member) push(partyMembersIn, x.unit_id, x);
  const branchMembers = memo((key) =>
    key
      .split(' ')
      .filter(Boolean)
      .flatMap((unitId) => partyMembersIn.get(unitId) ?? [])
      .map((x) => ({ id: x.id, label: x.name })),
  );

  const personSubjects: PersonSubject[] = [];
  for (const p of peopleRows) {
    const s = p.subject;
    const sets: SubjectSets = {};
    for (const pos of s.positions) {
      if (pos.leadershipTeam && pos.unitKind === 'BUREAU') {
        const b = bureauOf(pos.unitId) ?? units.get(pos.unitId);
        if (b) sets.BUREAU_FARMS = childrenOf(b.id, ['FARM']);
      }
      if ((pos.leadershipTeam || pos.principal) && pos.unitKind === 'FARM') sets.FARM_AREAS = childrenOf(pos.unitId, AREA_KINDS);
      if ((pos.leadershipTeam || pos.principal || pos.partySecretary) && TEAM_UNIT_KINDS.includes(pos.unitKind)) {
        sets.AREA_HOUSEHOLDS = householdsUnder(pos.unitId);
      }
      if (pos.branchHead) {
        // The branch is the Party organisation of its parent unit: its members are that unit's Party members.
        const parent = units.get(pos.unitId)?.parent_id;
        sets.BRANCH_MEMBERS = branchMembers(`${parent ?? ''} ${pos.unitId}`).filter((x) => x.id !== p.id);
      }
    }
    const joined = p.party_joined_on;
    personSubjects.push({
      ...s,
      sector: units.get(p.unit_id)?.sector ?? null,
      memberSince: joined && joined >= `${year}-01-01` ? joined : null,
      sets,
    });
  }
  return { unitRows, units, households, people, personSubjects, deputyUnits, householdsUnder };
}
