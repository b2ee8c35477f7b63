import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '../modules/auth/auth.passwords.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SettingEntity } from '../modules/setting/setting.entity.js';
import { buildDemoBureau, type DemoBureau } from './demo-bureau.js';
import { DEMO_RECORD_SEEDERS, type DemoRecordContext } from './demo-records.js';

export interface SeedCounts {
  units: number;
  households: number;
  people: number;
  positions: number;
  deputyTerms: number;
  records: Record<string, number>;
  /** The demo accounts (admin, heshan, cadre) share this password: LIANXI_DEMO_PASSWORD, else a random one. */
  accounts: string[];
  password: string;
}

export interface SeedOptions {
  password?: string;
  /** The demo's "today" for dating records (default 2026-11-27). */
  today?: string;
}

/** A small seeded PRNG: the same demo on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Twelve characters from an alphabet without look-alikes (no 0/O, 1/l/I), with letters and digits. */
export function randomDemoPassword(): string {
  const letters = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => all[b % all.length] ?? 'x');
  chars[3] = digits[(bytes[3] ?? 0) % digits.length] ?? '7';
  chars[7] = letters[(bytes[7] ?? 0) % letters.length] ?? 'k';
  return chars.join('');
}

const MARK = 'demo.seededAt';

/** Seeds the demo bureau unless it was seeded before (even if its rows were since edited or deleted). */
export async function seedDemoOnce(em: EntityManager, opts: SeedOptions = {}): Promise<SeedCounts | null> {
  if (await em.findOne(SettingEntity, { key: MARK })) return null;
  return seedDemo(em, buildDemoBureau(), opts);
}

/**
 * Writes the demo bureau in one transaction with multi-row inserts: about 9,000 rows in a second or two,
 * where the unit of work would take far longer.
 */
export async function seedDemo(em: EntityManager, bureau: DemoBureau = buildDemoBureau(), opts: SeedOptions = {}): Promise<SeedCounts> {
  const password = opts.password ?? randomDemoPassword();
  const passwordHash = await hashPassword(password);
  const unitIds = new Map<string, string>();
  const unitPaths = new Map<string, string>();
  const unitRows = bureau.units.map((u) => {
    const id = randomUUID();
    unitIds.set(u.key, id);
    const parentPath = u.parentKey ? unitPaths.get(u.parentKey) : '/';
    if (parentPath === undefined) throw new Error(`demo unit ${u.key} comes before its parent ${u.parentKey}`);
    const path = `${parentPath}${id}/`;
    unitPaths.set(u.key, path);
    return {
      id,
      kind: u.kind,
      name: u.name,
      code: u.code,
      parent_id: u.parentKey ? unitIds.get(u.parentKey) : null,
      path,
      depth: path.split('/').filter(Boolean).length - 1,
      sector: u.sector,
      flags: u.flags,
    };
  });
  const unitId = (key: string): string => {
    const id = unitIds.get(key);
    if (!id) throw new Error(`demo data names an unknown unit ${key}`);
    return id;
  };

  const personIds = new Map(bureau.people.map((p) => [p.key, randomUUID()] as const));
  const personId = (key: string): string => {
    const id = personIds.get(key);
    if (!id) throw new Error(`demo data names an unknown person ${key}`);
    return id;
  };
  // A person belongs to the unit of their current post (their latest one if none is open), else where they live.
  const homeUnit = new Map<string, string>();
  const sortedPositions = [...bureau.positions].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (const pos of sortedPositions) {
    if (pos.to === null || !homeUnit.has(pos.personKey)) homeUnit.set(pos.personKey, pos.unitKey);
  }
  const root = bureau.units[0]?.key;
  if (!root) throw new Error('demo data has no units');

  const rows = {
    org_unit: unitRows,
    household: bureau.households.map((h) => ({
      id: randomUUID(),
      unit_id: unitId(h.unitKey),
      head_name: h.headName,
      address: h.address,
      phone: h.phone,
      member_count: h.memberCount,
      flags: h.flags,
    })),
    person: bureau.people.map((p) => ({
      id: personId(p.key),
      name: p.name,
      gender: p.gender,
      birth_date: p.birthDate,
      education: p.education,
      party_member: p.partyMember,
      party_joined_on: p.partyJoinedOn,
      rank: p.rank,
      reserve_cadre: p.reserveCadre,
      grassroots_experience: p.grassrootsExperience,
      unit_id: unitId(homeUnit.get(p.key) ?? p.homeCommunityKey ?? root),
      home_community_id: p.homeCommunityKey ? unitId(p.homeCommunityKey) : null,
      phone: p.phone,
      id_number: p.idNumber,
    })),
    position: bureau.positions.map((p) => ({
      id: randomUUID(),
      person_id: personId(p.personKey),
      unit_id: unitId(p.unitKey),
      title: p.title,
      leadership_team: p.leadershipTeam,
      principal: p.principal,
      party_secretary: p.partySecretary,
      branch_head: p.branchHead,
      dept_head: p.deptHead,
      starts_on: p.from,
      ends_on: p.to,
    })),
    deputy_term: bureau.deputyTerms.map((d) => ({
      id: randomUUID(),
      person_id: personId(d.personKey),
      electing_unit_id: unitId(d.electingUnitKey),
      starts_on: d.from,
      ends_on: d.to,
    })),
  };

  const recordCounts: Record<string, number> = {};
  await em.transactional(async (tx) => {
    const knex = tx.getKnex();
    const trx = tx.getTransactionContext();
    for (const [table, list] of Object.entries(rows)) {
      for (let i = 0; i < list.length; i += 500) {
        await knex(table).insert(list.slice(i, i + 500)).transacting(trx);
      }
    }
    // Demo accounts: the bureau's administrator, 鹤山农场's head, and a cadre of 鹤山农场 with his own person.
    const farm = rows.org_unit.find((u) => u.kind === 'FARM' && u.name === '鹤山农场') ?? rows.org_unit.find((u) => u.kind === 'FARM');
    const rootRow = rows.org_unit[0];
    if (!farm || !rootRow) throw new Error('demo data has no bureau or farm');
    const unitPathById = new Map<string, string>(rows.org_unit.map((u) => [u.id, u.path]));
    const cadre = rows.person
      .filter((p) => (unitPathById.get(p.unit_id) ?? '').startsWith(farm.path) && p.party_member && p.rank === 'SECTION')
      .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    const users = [
      { username: 'admin', display_name: '系统管理员', role: 'ADMIN', scope_unit_id: rootRow.id, person_id: null },
      { username: 'heshan', display_name: `${farm.name}负责人`, role: 'HEAD', scope_unit_id: farm.id, person_id: null },
      // A cadre reads their own unit: the scope is the unit the person belongs to.
      { username: 'cadre', display_name: cadre?.name ?? '演示干部', role: 'CADRE', scope_unit_id: cadre?.unit_id ?? farm.id, person_id: cadre?.id ?? null },
    ];
    await knex('app_user')
      .insert(users.map((u) => ({ id: randomUUID(), ...u, password_hash: passwordHash })))
      .transacting(trx);
    // Records of the ten systems, each module's own demo seeder.
    const recordCtx: DemoRecordContext = {
      knex,
      trx,
      units: rows.org_unit.map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, path: u.path, parentId: u.parent_id ?? null, flags: u.flags })),
      people: rows.person.map((p) => ({ id: p.id, name: p.name, unitId: p.unit_id, partyMember: p.party_member, rank: p.rank })),
      positions: rows.position.map((p) => ({
        personId: p.person_id, unitId: p.unit_id, title: p.title, leadershipTeam: p.leadership_team, principal: p.principal,
        partySecretary: p.party_secretary, branchHead: p.branch_head, deptHead: p.dept_head, from: p.starts_on, to: p.ends_on,
      })),
      households: rows.household.map((h) => ({ id: h.id, unitId: h.unit_id, flags: h.flags })),
      today: opts.today ?? '2026-11-27',
      random: mulberry32(20151107),
    };
    for (const seeder of DEMO_RECORD_SEEDERS) Object.assign(recordCounts, await seeder(recordCtx));
    await knex('app_setting')
      .insert({ key: MARK, value: JSON.stringify(new Date().toISOString()) })
      .onConflict('key')
      .merge()
      .transacting(trx);
  });

  return {
    units: rows.org_unit.length,
    households: rows.household.length,
    people: rows.person.length,
    positions: rows.position.length,
    deputyTerms: rows.deputy_term.length,
    records: recordCounts,
    accounts: ['admin', 'heshan', 'cadre'],
    password,
  };
}
