import { RULES, countedMeasure } from '@lianxi/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32, seedDemo } from '../../seed/seed-demo.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import type { Ctx } from '../../graphql/context.js';
import { runCompliance } from './compliance.service.js';
import { counterDrift, recomputeCounters } from './counters.js';

/**
 * The kept counters against the records they count: after random inserts, edits, soft and hard deletes the
 * triggers' counters equal a recount, and compliance answered the roll-up's way (counters, the suspects of checks,
 * facts read only for the people whose rules need them) equals the evaluator's answer over all the facts, rule by
 * rule and subject by subject, explanation included, on the demo bureau.
 */
describe('kept compliance counters', () => {
  let db: TestDb;
  let api: TestApi;
  let ctx: () => Ctx;
  let bureauId: string;
  let farmId: string;
  const rnd = mulberry32(20261128);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const day = (year: number) => {
    const d = new Date(Date.UTC(year, 0, 1) + Math.floor(rnd() * 365) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    await seedDemo(db.orm.em.fork(), undefined, { password: 'counters-test-password' });
    ctx = () => api.server.systemContext();
    const [b] = await ctx().em.getConnection().execute<{ id: string }[]>(`select id from org_unit where parent_id is null`);
    bureauId = b!.id;
    const [f] = await ctx().em.getConnection().execute<{ id: string }[]>(
      `select u.id from org_unit u join person p on p.unit_id in (select id from org_unit x where x.path like u.path || '%')
        where u.kind = 'FARM' group by u.id order by count(*) desc, u.id limit 1`,
    );
    farmId = f!.id;
  }, 120_000);
  afterAll(async () => db?.drop());

  it('match a recount of the demo records after seeding', async () => {
    expect(await counterDrift(ctx().em)).toEqual([]);
  });

  it('match a recount after 300 random inserts, edits, soft deletes and hard deletes', async () => {
    const conn = ctx().em.getConnection();
    const people = await conn.execute<{ id: string; unit_id: string }[]>(`select id, unit_id from person order by id limit 400`);
    const units = await conn.execute<{ id: string }[]>(`select id from org_unit where kind in ('FARM', 'MANAGEMENT_AREA') order by id`);
    const personTables = ['research_trip', 'research_topic', 'research_report', 'commitment', 'experience'] as const;
    for (let i = 0; i < 300; i += 1) {
      const op = rnd();
      const table = pick([...personTables, 'opinion_analysis', 'deputy_activity', 'year_end_report']);
      const [row] = await conn.execute<{ id: string }[]>(`select id from "${table}" order by md5(id::text || ?) limit 1`, [String(i)]);
      if (op < 0.35 && personTables.includes(table as (typeof personTables)[number])) {
        const p = pick(people);
        if (table === 'research_trip') {
          await conn.execute(
            `insert into research_trip (id, person_id, unit_id, occurred_on, days, stationed) values (gen_random_uuid(), ?, ?, ?, ?, ?)`,
            [p.id, p.unit_id, day(pick([2025, 2026])), Math.floor(rnd() * 8) / 2 + 0.5, rnd() < 0.2],
          );
        } else if (row) {
          // A copy of an existing row under another person and date: every required column stays filled.
          await conn.execute(
            `insert into "${table}" select (jsonb_populate_record(null::"${table}", to_jsonb(t) || jsonb_build_object('id', gen_random_uuid(), 'person_id', ?::uuid, 'unit_id', ?::uuid, 'occurred_on', ?::date))).* from "${table}" t where t.id = ?`,
            [p.id, p.unit_id, day(pick([2025, 2026])), row.id],
          );
        }
      } else if (!row) {
        continue;
      } else if (op < 0.6) {
        // Edits that move a fact: another day, another person or unit, other days, stationed or not.
        if (table === 'year_end_report') {
          await conn.execute(`update year_end_report set status = ?, submitted_on = ? where id = ?`, [pick(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']), day(2026), row.id]);
        } else if (table === 'research_trip') {
          await conn.execute(`update research_trip set days = ?, stationed = not stationed, occurred_on = ? where id = ?`, [Math.floor(rnd() * 10) / 2 + 0.5, day(2025), row.id]);
        } else if (personTables.includes(table as (typeof personTables)[number])) {
          const p = pick(people);
          await conn.execute(`update "${table}" set person_id = ?, unit_id = ? where id = ?`, [p.id, p.unit_id, row.id]);
        } else {
          await conn.execute(`update "${table}" set occurred_on = ?, unit_id = ? where id = ?`, [day(2025), pick(units).id, row.id]);
        }
      } else if (op < 0.72) {
        await conn.execute(`update "${table}" set note = ? where id = ?`, [`改 ${i}`, row.id]);
      } else if (op < 0.9) {
        await conn.execute(`update "${table}" set deleted_at = now() where id = ?`, [row.id]);
      } else if (table !== 'research_trip' || rnd() < 0.5) {
        await conn.execute(`delete from "${table}" where id = ?`, [row.id]).catch(() => undefined);
      } else {
        await conn.execute(`update "${table}" set deleted_at = null where id = ?`, [row.id]);
      }
    }
    // Records a check may fail, for the suspects path (check-suspects.ts): diaries blank, whitespace-only (an
    // ideographic space too), short or fine; trips with the conduct checklist partly confirmed.
    const diaries = ['', '   ', '\u3000\u3000', '\u00a0记\u00a0', '好', '走访了三户职工家庭，了解看病难的问题。'];
    for (let i = 0; i < 150; i += 1) {
      const [x] = await conn.execute<{ id: string }[]>(`select id from experience order by md5(id::text || ?) limit 1`, [`d${i}`]);
      if (x) await conn.execute(`update experience set diary = ? where id = ?`, [pick(diaries), x.id]);
      const [t] = await conn.execute<{ id: string }[]>(`select id from research_trip order by md5(id::text || ?) limit 1`, [`t${i}`]);
      if (t) {
        await conn.execute(`update research_trip set travel_light = ?, no_reception = ?, no_disturbance = ? where id = ?`, [rnd() < 0.7, rnd() < 0.7, rnd() < 0.7, t.id]);
      }
    }
    // Visits read grouped (grouped-sources.ts): half days that do not count, moved dates, deleted visits.
    for (let i = 0; i < 150; i += 1) {
      const table = pick(['contact_visit', 'family_visit']);
      const [v] = await conn.execute<{ id: string }[]>(`select id from "${table}" order by md5(id::text || ?) limit 1`, [`v${i}`]);
      if (!v) continue;
      const op = rnd();
      if (op < 0.4 && table === 'contact_visit') await conn.execute(`update contact_visit set days = ? where id = ?`, [pick([0.5, 1, 1.5, 2]), v.id]);
      else if (op < 0.7) await conn.execute(`update "${table}" set occurred_on = ? where id = ?`, [day(pick([2025, 2026])), v.id]);
      else await conn.execute(`update "${table}" set deleted_at = now() where id = ?`, [v.id]);
    }
    expect(await counterDrift(ctx().em)).toEqual([]);
  });

  it('repairs counters that were changed behind the triggers', async () => {
    const em = ctx().em;
    await em.getConnection().execute(`update compliance_counter set n = n + 5 where ctid in (select ctid from compliance_counter limit 3)`);
    expect((await counterDrift(em)).length).toBe(3);
    const versions = async () =>
      new Map(
        (await em.getConnection().execute<{ k: string; x: string; zero: boolean }[]>(
          `select subject_id || kind || month as k, xmin::text as x, n = 0 and days = 0 as zero from compliance_counter`,
        )).map((r) => [r.k, r]),
      );
    const before = await versions();
    const { drifted } = await recomputeCounters(em);
    expect(drifted).toBe(3);
    expect(await counterDrift(em)).toEqual([]);
    // Only the three wrong rows were written again: a recount leaves correct counters alone (no dead rows), and
    // removes only rows that count nothing (left at zero by deletes).
    const after = await versions();
    expect([...after].filter(([k, r]) => before.get(k)?.x !== r.x)).toHaveLength(3);
    expect([...before].filter(([k]) => !after.has(k)).every(([, r]) => r.zero)).toBe(true);
    expect([...after.keys()].every((k) => before.has(k))).toBe(true);
  });

  const COUNTED = RULES.filter((r) => countedMeasure(r)).map((r) => r.id);

  // The whole bureau for a past year; the largest farm for the current year, as of today and two days inside it.
  for (const [where, year, asOf] of [
    ['bureau', 2025, null],
    ['farm', 2026, null],
    ['farm', 2026, '2026-06-15'],
    ['farm', 2026, '2026-03-31'],
  ] as const) {
    it(`answer the ${where}'s ${year}${asOf ? ` as of ${asOf}` : ''} from the counters exactly as the evaluator does from the facts`, async () => {
      const now = new Date('2026-11-20T10:00:00+08:00');
      const c1 = { ...ctx(), now };
      const c2 = { ...ctx(), now };
      const rootId = where === 'bureau' ? bureauId : farmId;
      const viaCounters = await runCompliance(c1, rootId, year, asOf, { useCounters: true });
      const viaFacts = await runCompliance(c2, rootId, year, asOf, { useCounters: false });
      const key = (r: (typeof viaFacts.results)[number]) => `${r.subject.id} ${r.rule.id}`;
      const shape = (r: (typeof viaFacts.results)[number]) => ({
        status: r.evaluation.status,
        actual: r.evaluation.actual,
        required: r.evaluation.required,
        explanation: r.evaluation.explanation,
      });
      const a = new Map(viaCounters.results.map((r) => [key(r), shape(r)]));
      const b = new Map(viaFacts.results.map((r) => [key(r), shape(r)]));
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
      const counted = viaFacts.results.filter((r) => COUNTED.includes(r.rule.id));
      // The demo has people behind and ahead: the comparison covers every status the counted rules can take.
      expect(counted.length).toBeGreaterThan(where === 'bureau' ? 1000 : 100);
      expect(new Set(counted.map((r) => r.evaluation.status)).size).toBeGreaterThan(1);
      if (where === 'bureau') {
        // The bureau's year holds the edits above (the farm's months may not): the checks answered from counted
        // records and suspects met failing records and warnings, the coverage read grouped both kinds of point.
        const diary = viaFacts.results.filter((r) => r.rule.id === 'S10.DIARY');
        expect(diary.some((r) => r.evaluation.status === 'MISSED')).toBe(true);
        expect(viaFacts.results.some((r) => r.rule.id === 'S1.CONDUCT' && r.evaluation.warnings.length > 0)).toBe(true);
        const visits = viaFacts.results.filter((r) => r.rule.id === 'S2.VISITS');
        expect(new Set(visits.map((r) => r.evaluation.status)).size).toBeGreaterThan(1);
      }
      for (const [k, v] of b) expect(a.get(k), k).toEqual(v);
    }, 180_000);
  }
});
