import { addDays, profilesAt, type OrgUnitKind, type PersonSubject, type ProfileKey } from '@lianxi/rules';
import { randomUUID } from 'node:crypto';
import type { DemoRecordContext, DemoUnitRow } from '../../seed/demo-records.js';

// What the record modules' demo seeders share: who holds which profile in each demo year, how
// diligent each person is (the same in every system, so a person is plainly on track, behind or missing), the
// tree as lookups, dates, and chunked inserts.

/** On track (most), behind (some), missing (a few): the mix the compliance views should show. */
export type Tier = 'ON_TRACK' | 'BEHIND' | 'MISSING';

export interface DemoPerson {
  id: string;
  name: string;
  unitId: string;
  partyMember: boolean;
  subject: PersonSubject;
  tier: Tier;
  /** Profiles held on 1 July of each demo year (the year's main holders). */
  profiles: Map<number, Set<ProfileKey>>;
}

export interface DemoWorld {
  ctx: DemoRecordContext;
  people: DemoPerson[];
  units: Map<string, DemoUnitRow>;
  children: Map<string, DemoUnitRow[]>;
  years: number[];
  /** A random number in [0, 1) from the demo's deterministic stream. */
  r: () => number;
}

const cache = new WeakMap<DemoRecordContext, DemoWorld>();

/** Deterministic tiers that do not draw on the shared stream, so every module sees the same ones. */
function tierOf(index: number): Tier {
  const x = ((index * 2654435761) >>> 0) % 100;
  return x < 68 ? 'ON_TRACK' : x < 88 ? 'BEHIND' : 'MISSING';
}

export function demoWorld(ctx: DemoRecordContext): DemoWorld {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const units = new Map(ctx.units.map((u) => [u.id, u]));
  const children = new Map<string, DemoUnitRow[]>();
  for (const u of ctx.units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const postsOf = new Map<string, PersonSubject['positions']>();
  for (const p of ctx.positions) {
    const u = units.get(p.unitId);
    if (!u) continue;
    const list = postsOf.get(p.personId) ?? [];
    list.push({
      unitId: p.unitId, unitKind: u.kind as OrgUnitKind, unitFlags: u.flags as PersonSubject['positions'][number]['unitFlags'], title: p.title,
      leadershipTeam: p.leadershipTeam, principal: p.principal, partySecretary: p.partySecretary, branchHead: p.branchHead, deptHead: p.deptHead,
      from: p.from, to: p.to,
    });
    postsOf.set(p.personId, list);
  }
  const last = Number(ctx.today.slice(0, 4));
  const years = [2025, 2026].filter((y) => y <= last);
  const people = ctx.people.map((p, i): DemoPerson => {
    const subject: PersonSubject = {
      id: p.id, rank: p.rank as PersonSubject['rank'], partyMember: p.partyMember, positions: postsOf.get(p.id) ?? [], deputyTerms: [],
    };
    const profiles = new Map(years.map((y) => [y, new Set(profilesAt(subject, `${y}-07-01`))]));
    return { id: p.id, name: p.name, unitId: p.unitId, partyMember: p.partyMember, subject, tier: tierOf(i), profiles };
  });
  const world = { ctx, people, units, children, years, r: ctx.random };
  cache.set(ctx, world);
  return world;
}

/** How much of a quota a person of this tier does in a year. */
export function share(w: DemoWorld, tier: Tier): number {
  if (tier === 'ON_TRACK') return 1 + w.r() * 0.3;
  if (tier === 'BEHIND') return 0.35 + w.r() * 0.4;
  return w.r() < 0.5 ? 0 : 0.1;
}

/** The last day records of a year may carry: the year's end, or the demo's today. */
export function yearEnd(w: DemoWorld, year: number): string {
  const end = `${year}-12-31`;
  return end < w.ctx.today ? end : w.ctx.today;
}

/** The share of the year up to the demo's today (1 for a past year). */
export function yearElapsed(w: DemoWorld, year: number): number {
  const end = yearEnd(w, year);
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000 / 365 + 1 / 365;
}

/** A random day from `from` to `to` (inclusive). */
export function dayBetween(w: DemoWorld, from: string, to: string): string {
  const span = Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
  return addDays(from, Math.floor(w.r() * (span + 1)));
}

export function pick<T>(w: DemoWorld, list: readonly T[]): T | undefined {
  return list.length ? list[Math.floor(w.r() * list.length)] : undefined;
}

/** The ancestor (or the unit itself) of a kind, by the materialised path. */
export function ancestorOfKind(w: DemoWorld, unitId: string, kinds: readonly string[]): DemoUnitRow | undefined {
  const u = w.units.get(unitId);
  if (!u) return undefined;
  const ids = u.path.split('/').filter(Boolean).reverse();
  for (const id of ids) {
    const a = w.units.get(id);
    if (a && kinds.includes(a.kind)) return a;
  }
  return undefined;
}

/** Units of these kinds anywhere under `root` (depth first). */
export function descendants(w: DemoWorld, root: string, kinds: readonly string[]): DemoUnitRow[] {
  const out: DemoUnitRow[] = [];
  const stack = [...(w.children.get(root) ?? [])];
  while (stack.length) {
    const u = stack.pop() as DemoUnitRow;
    if (kinds.includes(u.kind)) out.push(u);
    stack.push(...(w.children.get(u.id) ?? []));
  }
  return out;
}

/** The columns every record row has. */
export function recordRow(personId: string | null, unitId: string, occurredOn: string, extra: Record<string, unknown>): Record<string, unknown> {
  return { id: randomUUID(), person_id: personId, unit_id: unitId, occurred_on: occurredOn, ...extra };
}

/** Multi-row inserts inside the demo transaction, 500 rows a statement. */
export async function insertChunked(ctx: DemoRecordContext, table: string, rows: Record<string, unknown>[]): Promise<number> {
  for (let i = 0; i < rows.length; i += 500) {
    await ctx.knex(table).insert(rows.slice(i, i + 500)).transacting(ctx.trx);
  }
  return rows.length;
}

/** `insertChunked` for seeders that work from the demo world. */
export function insertRows(w: DemoWorld, table: string, rows: Record<string, unknown>[]): Promise<number> {
  return insertChunked(w.ctx, table, rows);
}

export function holds(p: DemoPerson, year: number, ...keys: ProfileKey[]): boolean {
  const held = p.profiles.get(year);
  return !!held && keys.some((k) => held.has(k));
}
