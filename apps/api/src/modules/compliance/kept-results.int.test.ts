import { describe, expect, it } from 'vitest';
import { useEnv, withEnv } from '../../test/env.js';
import { useAccessWorld } from '../../test/access-fixture.js';
import { COMPLIANCE_INPUT_TABLES } from '../../db/migrations/Migration20261129050000.js';
import { forgetKeptResults, keep, readKept } from './kept-results.js';

/** Tables whose rows never change a compliance answer: no stamp when they are written. */
const NOT_INPUTS = [
  'api_token', 'app_setting', 'app_user', 'attachment', 'audit_log', 'rate_limit', 'session',
  'population_version', 'compliance_version', 'compliance_kept_result', 'mikro_orm_migrations',
];

type RollUp = { rate: number | null; rules: { ruleId: string; title: string; applicable: number; met: number; missed: number }[]; children: { name: string; rate: number | null }[] };
const DOC = `query($u: ID!) { unitCompliance(unitId: $u, year: 2025, system: "S1") { rate rules { ruleId title applicable met missed } children { name rate } } }`;

/** Finished roll-ups kept in the database while nothing they are computed from has changed (ADR 0010). */
describe('kept roll-ups', () => {
  const t = useAccessWorld();
  // The in-process cache would answer repeated reads before the kept answers are consulted.
  useEnv('LIANXI_RESULT_CACHE_MS', '0');

  const sql = <T = unknown>(text: string, params: unknown[] = []) => t.api.server.systemContext().em.getConnection().execute<T[]>(text, params);
  const stamp = async () => (await sql<{ xid: string }>(`select xid::text as xid from compliance_version where id = 1`))[0]?.xid;
  const rollUp = async (headers = t.w.callers.head.headers) => (await t.api.ok<{ unitCompliance: RollUp }>(DOC, { u: t.w.t.heshan.id }, headers)).unitCompliance;
  const fresh = () => withEnv('LIANXI_KEPT_RESULTS', '0', () => rollUp());
  /** Marks the kept answers so that serving one shows (writing them changes no stamp). */
  const tamper = () => sql(`update compliance_kept_result set body = jsonb_set(body, '{rate}', '0.123') where key like 'unitCompliance|%'`);

  it('serves a repeated roll-up from the kept answer', async () => {
    const first = await rollUp();
    expect(first.rules.length).toBeGreaterThan(0);
    const [kept] = await sql<{ n: number }>(`select count(*)::int as n from compliance_kept_result where key like ?`, [`unitCompliance|%|${t.w.t.heshan.id}|2025|%|S1`]);
    expect(kept?.n).toBe(1);
    await tamper();
    expect((await rollUp()).rate).toBe(0.123);
  });

  it('serves one kept answer in either language, with the rules titled in the reader\'s', async () => {
    await rollUp();
    await tamper();
    const zh = await rollUp();
    const en = await rollUp({ ...t.w.callers.head.headers, 'accept-language': 'en' });
    expect(en.rate).toBe(0.123);
    expect(zh.rules.map((r) => r.ruleId)).toEqual(en.rules.map((r) => r.ruleId));
    expect(zh.rules[0]?.title).toMatch(/[\u4e00-\u9fff]/);
    expect(en.rules[0]?.title).toMatch(/^[\x20-\x7e]+$/);
  });

  const ROWS = `query($u: ID, $p: ID) { complianceRows(filter: { underId: $u, personId: $p, year: 2025, system: "S1", statuses: ["MISSED", "AT_RISK"] }, limit: 200) {
    unitName personId ruleId ruleTitle status actual required } }`;
  type Row = { unitName: string; personId: string | null; ruleId: string; ruleTitle: string; status: string };
  const rows = async (headers = t.w.callers.head.headers, vars: Record<string, unknown> = { u: t.w.t.heshan.id }) =>
    (await t.api.ok<{ complianceRows: Row[] }>(ROWS, vars, headers)).complianceRows;

  it('keeps a subtree\'s dashboard rows too, titled in the reader\'s language, until a write', async () => {
    const first = await rows();
    expect(first.length).toBeGreaterThan(0);
    await sql(`update compliance_kept_result set body = jsonb_set(body, '{0,unitName}', '"（已保存）"') where key like 'complianceRows|%'`);
    const kept = await rows();
    expect(kept[0]?.unitName).toBe('（已保存）');
    const en = await rows({ ...t.w.callers.head.headers, 'accept-language': 'en' });
    expect(en[0]?.unitName).toBe('（已保存）');
    expect(en[0]?.ruleTitle).toMatch(/^[\x20-\x7e]+$/);
    expect(kept[0]?.ruleTitle).toMatch(/[\u4e00-\u9fff]/);
    await sql(`update research_trip set days = days where id = (select id from research_trip limit 1)`);
    const after = await rows();
    expect(after[0]?.unitName).not.toBe('（已保存）');
    expect(after).toEqual(first);
  });

  it('keeps no rows of one person, and refuses a subtree outside the caller\'s scope', async () => {
    const someone = (await rows()).find((r) => r.personId)?.personId;
    expect(someone).toBeTruthy();
    const count = async () => (await sql<{ n: number }>(`select count(*)::int as n from compliance_kept_result where key like 'complianceRows|%'`))[0]?.n;
    const before = await count();
    expect((await rows(t.w.callers.head.headers, { p: someone })).every((r) => r.personId === someone)).toBe(true);
    expect(await count()).toBe(before);
    await rows(t.w.callers.admin.headers, { u: t.w.t.heshan.id });
    const r = await t.api.exec(ROWS, { u: t.w.t.heshan.id }, t.w.callers.otherAdmin.headers);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('computes afresh after a record is written through GraphQL', async () => {
    await rollUp();
    await tamper();
    const before = await stamp();
    const unitId = t.w.t.heshan.id;
    const leader = (await t.api.ok<{ createPerson: { id: string } }>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: {
        name: '王副场长', gender: 'MALE', birthDate: '1972-01-01', partyMember: true, partyJoinedOn: '1995-07-01', rank: 'DEPUTY_DIVISION', unitId,
        positions: [{ unitId, title: '副场长', leadershipTeam: true, from: '2020-01-01' }],
      },
    })).createPerson;
    expect(await stamp()).not.toBe(before);
    expect((await rollUp()).rate).not.toBe(0.123);
    const withLeader = await stamp();
    await t.api.ok(`mutation($i: CreateResearchTripInput!) { createResearchTrip(input: $i) { id } }`, {
      i: { personId: leader.id, occurredOn: '2025-03-03', endsOn: '2025-03-04', days: 2, purpose: '春耕调研' },
    });
    expect(await stamp()).not.toBe(withLeader);
    const after = await rollUp();
    expect(after.rules.find((r) => r.ruleId === 'S1.DAYS.FARM')?.applicable).toBeGreaterThan(0);
    expect(after).toEqual(await fresh());
  });

  it('computes afresh after a change made behind the API (as psql would)', async () => {
    const before = await rollUp();
    // Ends every post in 鹤山农场: its leaders' S1 quotas no longer apply.
    await sql(`update position set ends_on = '2024-12-31' where unit_id in (select id from org_unit where path like ?)`, [`${t.w.paths.heshan}%`]);
    const after = await rollUp();
    expect(after).toEqual(await fresh());
    expect(after).not.toEqual(before);
  });

  it('keeps serving the kept answer when a change is rolled back', async () => {
    await rollUp();
    await tamper();
    const before = await stamp();
    await t.api.server
      .systemContext()
      .em.transactional(async (tx) => {
        await tx.execute(`update research_trip set days = days + 1`);
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    expect(await stamp()).toBe(before);
    expect((await rollUp()).rate).toBe(0.123);
  });

  it('never keeps an answer whose computation a committed write overtook', async () => {
    const ctx = t.api.server.systemContext();
    const key = `test|overtaken|${Date.now()}`;
    const before = await readKept<{ answer: string }>(ctx, key, t.w.t.heshan.id);
    expect(before).toMatchObject({ body: null, visible: true });
    await sql(`update org_unit set name = name where id = ?`, [t.w.t.heshan.id]);
    await keep(ctx, key, before!.stamp, { answer: 'computed before the write' });
    expect((await readKept(ctx, key, t.w.t.heshan.id))?.body).toBeNull();
    const now = await readKept(ctx, key, t.w.t.heshan.id);
    await keep(ctx, key, now!.stamp, { answer: 'computed after it' });
    expect((await readKept(ctx, key, t.w.t.heshan.id))?.body).toEqual({ answer: 'computed after it' });
  });

  it('answers NOT_FOUND for a unit outside the caller\'s scope even when an answer is kept for it', async () => {
    // The system caller keeps 尖山农场's answer; 鹤山农场's HEAD asks for it.
    await t.api.ok(DOC, { u: t.w.t.other.id });
    const r = await t.api.exec(DOC, { u: t.w.t.other.id }, t.w.callers.head.headers);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    // And a kept answer stops being served the moment its unit leaves the caller's scope, even when the move
    // bypassed the stamp (triggers off, as in a bulk load).
    const [unit] = await sql<{ id: string }>(`select id from org_unit where parent_id = ? limit 1`, [t.w.t.heshan.id]);
    expect(unit).toBeDefined();
    const ask = () => t.api.exec(DOC, { u: unit!.id }, t.w.callers.head.headers);
    expect((await ask()).errors).toBeUndefined();
    expect((await ask()).errors).toBeUndefined();
    const stampBefore = await stamp();
    await t.api.server.systemContext().em.transactional(async (tx) => {
      await tx.execute(`set local session_replication_role = replica`);
      await tx.execute(`update org_unit set path = ? where id = ?`, [`${t.w.paths.other}${unit!.id}/`, unit!.id]);
    });
    expect(await stamp()).toBe(stampBefore);
    expect((await ask()).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('clears answers that can never be served again whenever it keeps one', async () => {
    const ctx = t.api.server.systemContext();
    const now = await readKept(ctx, 'test|probe', t.w.t.heshan.id);
    await sql(
      `insert into compliance_kept_result (key, engine, stamp, body, computed_at) values
         ('test|old-stamp', 'x', 1, '{}', now()), ('test|old-day', 'x', ?::bigint, '{}', now() - interval '3 days'), ('test|current', 'x', ?::bigint, '{}', now())`,
      [now!.stamp, now!.stamp],
    );
    await keep(ctx, 'test|new', now!.stamp, { answer: 1 });
    const keys = (await sql<{ key: string }>(`select key from compliance_kept_result where key like 'test|%' order by key`)).map((r) => r.key);
    expect(keys).toContain('test|current');
    expect(keys).toContain('test|new');
    expect(keys).not.toContain('test|old-stamp');
    expect(keys).not.toContain('test|old-day');
  });

  it('forgets every kept answer when asked (at start and after loads with triggers off)', async () => {
    await rollUp();
    await tamper();
    await forgetKeptResults(t.api.server.systemContext().em);
    expect((await rollUp()).rate).not.toBe(0.123);
  });

  it('is stamped by a committed change to every table an answer is computed from, and only those', async () => {
    const tables = (await sql<{ t: string }>(`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).map((r) => r.t);
    const unclassified = tables.filter((x) => !COMPLIANCE_INPUT_TABLES.includes(x) && !NOT_INPUTS.includes(x));
    expect(unclassified, 'a new table: add it to COMPLIANCE_INPUT_TABLES (with a trigger) or to NOT_INPUTS').toEqual([]);
    const triggers = await sql<{ tgname: string }>(`select tgname from pg_trigger where tgname like 'lianxi_compliance_%' order by 1`);
    expect(triggers.map((r) => r.tgname).sort()).toEqual(COMPLIANCE_INPUT_TABLES.map((x) => `lianxi_compliance_${x}`).sort());
    /** Rewrites one row of the table as it is (a committed change of nothing); false when it has no rows. */
    const touch = async (table: string) => {
      const [col] = await sql<{ c: string }>(`select column_name as c from information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position limit 1`, [table]);
      const c = `"${col!.c}"`;
      const [r] = await sql<{ n: number }>(`with t as (update "${table}" set ${c} = ${c} where ctid = (select ctid from "${table}" limit 1) returning 1) select count(*)::int as n from t`);
      return Boolean(r?.n);
    };
    let exercised = 0;
    for (const table of COMPLIANCE_INPUT_TABLES) {
      const before = await stamp();
      if (!(await touch(table))) continue;
      expect(await stamp(), table).not.toBe(before);
      exercised += 1;
    }
    expect(exercised).toBeGreaterThanOrEqual(15);
    let unstamped = 0;
    // audit_log refuses updates (append-only).
    for (const table of NOT_INPUTS.filter((x) => !x.startsWith('compliance_') && x !== 'audit_log')) {
      const before = await stamp();
      if (!(await touch(table))) continue;
      expect(await stamp(), table).toBe(before);
      unstamped += 1;
    }
    expect(unstamped).toBeGreaterThanOrEqual(3);
  });
});
