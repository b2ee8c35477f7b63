// Builds (once) the benchmarks' scratch database: the demo bureau at ten times its size, written by the demo's
// own seeder (all record modules, realistic mixes), then topped up to about 5 million records over 2025–2026
// with set-based SQL (insert … select … from generate_series). A marker table keeps the generator's version,
// so later runs reuse the data. Counter triggers are off during the load and the counters recomputed after.

import { log, BENCH_PASSWORD } from './lib.mjs';
import { scaleBureau } from './scale-bureau.mjs';

export const GENERATOR_VERSION = 'bench-3';
const TODAY = '2026-11-27';
const TARGET_RECORDS = Number(process.env.BENCH_RECORDS ?? 5_000_000);

/** Record tables (RecordEntity rows: they have deleted_at). */
export const RECORD_TABLES = [
  'research_trip', 'research_topic', 'research_report', 'contact_link', 'contact_visit', 'family_visit', 'branch_pairing',
  'secondment', 'secondment_assessment', 'talk', 'experience', 'reception_day', 'duty_day', 'visit_case',
  'opinion_channel', 'opinion', 'decision', 'opinion_analysis', 'commitment', 'deputy_activity', 'deputy_pairing',
  'deputy_duty_report', 'community_registration', 'community_service_project', 'service_pairing', 'year_end_report',
];

const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;

async function step(label, fn) {
  const t0 = performance.now();
  const out = await fn();
  log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

async function one(pool, sql, params = []) {
  return (await pool.query(sql, params)).rows;
}

/** The counter triggers present (none before the counters migration). */
async function counterTriggers(pool) {
  return one(
    pool,
    `select c.relname as table, t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where t.tgname like 'lianxi_counter_%' and not t.tgisinternal order by 1`,
  );
}

export async function hasCounters(pool) {
  return (await one(pool, `select to_regclass('compliance_counter') is not null as ok`))[0].ok;
}

/**
 * Ensures the scratch database holds the current generator's data; returns how long generation took (0 when
 * reused) and the record count.
 */
export async function ensureBenchData(url, pool) {
  const { openOrm, migrate } = await import(dist('db/orm.js'));
  const marker = await one(pool, `select to_regclass('bench_marker') is not null as ok`);
  if (marker[0].ok) {
    const [m] = await one(pool, `select version, records, seconds from bench_marker`);
    if (m?.version === GENERATOR_VERSION) {
      // New migrations since (e.g. the counters) still apply to kept data.
      const orm = await openOrm(url);
      try {
        const applied = await migrate(orm);
        if (applied.length) {
          log(`applied ${applied.join(', ')} to the kept data`);
          if (applied.some((n) => n >= 'Migration20261128021006') && (await hasCounters(pool))) {
            await step('recompute counters', () => pool.query(`select lianxi_recount_counters()`));
          }
        }
      } finally {
        await orm.close();
      }
      return { generatedSeconds: 0, reused: true, records: Number(m.records), seconds: Number(m.seconds) };
    }
  }
  log(`generating the scratch database (${GENERATOR_VERSION}, about ${TARGET_RECORDS.toLocaleString('en')} records) …`);
  const t0 = performance.now();
  await step('reset schema', () => pool.query(`drop schema if exists public cascade; create schema public;`));
  const orm = await openOrm(url);
  try {
    await step('migrate', () => migrate(orm));
    const triggers = await counterTriggers(pool);
    // Bulk load first, counters once at the end: a trigger per row would double the load time.
    for (const t of triggers) await pool.query(`alter table "${t.table}" disable trigger "${t.name}"`);

    const { buildDemoBureau } = await import(dist('seed/demo-bureau.js'));
    const { seedDemo } = await import(dist('seed/seed-demo.js'));
    const bureau = scaleBureau(buildDemoBureau());
    log(`  tree: ${bureau.units.length} units, ${bureau.households.length} households, ${bureau.people.length} people, ${bureau.positions.length} posts`);
    const counts = await step('demo seeders at 10× (every record module)', () =>
      seedDemo(orm.em.fork(), bureau, { password: BENCH_PASSWORD, today: TODAY }),
    );
    log(`  seeded records: ${JSON.stringify(counts.records)}`);
    await topUp(pool);
    for (const t of triggers) await pool.query(`alter table "${t.table}" enable trigger "${t.name}"`);
    if (await hasCounters(pool)) await step('recompute counters', () => pool.query(`select lianxi_recount_counters()`));
    // After the recount: the counters were rewritten, and plans over them need their statistics (and index-only
    // scans a visibility map).
    await step('vacuum analyze', () => pool.query('vacuum (analyze)'));
  } finally {
    await orm.close();
  }
  const records = await countRecords(pool);
  const seconds = (performance.now() - t0) / 1000;
  await pool.query(`create table bench_marker (version text primary key, records bigint not null, seconds numeric not null, at timestamptz not null default now())`);
  await pool.query(`insert into bench_marker (version, records, seconds) values ($1, $2, $3)`, [GENERATOR_VERSION, records, seconds]);
  return { generatedSeconds: seconds, reused: false, records, seconds };
}

export async function countRecords(pool) {
  const rows = await one(pool, RECORD_TABLES.map((t) => `select count(*)::bigint as n from "${t}"`).join(' union all '));
  return rows.reduce((s, r) => s + Number(r.n), 0);
}

/**
 * Brings the record count to TARGET_RECORDS in realistic proportions: research trips and contact visits
 * dominate, then family visits, experiences and talks. Spread over 2025-01-01 … today, by people who hold a
 * post (their own unit owns the record), visits on existing contact links within their dates.
 */
async function topUp(pool) {
  const have = await countRecords(pool);
  const need = Math.max(0, TARGET_RECORDS - have);
  log(`  ${have.toLocaleString('en')} records from the seeders; adding ${need.toLocaleString('en')} with SQL`);
  if (!need) return;
  const days = `(date '${TODAY}' - date '2025-01-01')`;
  // Session-level: no FK checks or other triggers for this connection's bulk inserts (data is consistent by construction).
  const client = await pool.connect();
  try {
    await client.query(`set session_replication_role = replica`);
    await client.query(`create temp table bp as
      select row_number() over (order by p.id) as rn, p.id, p.unit_id from person p
       where exists (select 1 from position x where x.person_id = p.id)`);
    await client.query(`create temp table bl as
      select row_number() over (order by l.id) as rn, l.id, l.person_id, l.unit_id, l.target_household_id,
             greatest(l.occurred_on, date '2025-01-01') as lo, least(coalesce(l.ends_on, date '${TODAY}'), date '${TODAY}') as hi
        from contact_link l where l.person_id is not null and coalesce(l.ends_on, date '${TODAY}') >= date '2025-01-01'`);
    await client.query(`delete from bl where hi < lo`);
    await client.query(`create temp table bl2 as select row_number() over (order by rn) as rn, id, person_id, unit_id, target_household_id, lo, hi from bl`);
    await client.query(`create temp table bh as select row_number() over (order by id) as rn, id, unit_id from household`);
    await client.query('analyze bp; analyze bl2; analyze bh');
    const [{ np }] = (await client.query(`select count(*)::int as np from bp`)).rows;
    const [{ nl }] = (await client.query(`select count(*)::int as nl from bl2`)).rows;
    const [{ nh }] = (await client.query(`select count(*)::int as nh from bh`)).rows;
    const share = { research_trip: 0.52, contact_visit: 0.36, family_visit: 0.06, experience: 0.03, talk: 0.03 };
    const CHUNK = 500_000;
    const chunks = (table) => {
      const total = Math.round(need * share[table]);
      const out = [];
      for (let lo = 1; lo <= total; lo += CHUNK) out.push([lo, Math.min(total, lo + CHUNK - 1)]);
      return out;
    };
    // g spreads rows over people by a multiplicative hash, so each person gets a different number.
    const person = (g) => `1 + ((${g}::bigint * 2654435761) % ${np})`;
    for (const [lo, hi] of chunks('research_trip')) {
      await step(`research_trip ${lo}–${hi}`, () =>
        client.query(`insert into research_trip (id, person_id, unit_id, occurred_on, days, stationed, purpose, findings, travel_light, no_reception, no_disturbance)
          select gen_random_uuid(), p.id, p.unit_id, date '2025-01-01' + (g::bigint * 7919 % (${days} + 1))::int,
                 ((g % 4) + 1) * 0.5, g % 97 = 0,
                 (array['秋收进度调研','职工增收调研','农机作业调研','民生诉求走访','安全生产检查'])[1 + g % 5],
                 case when g % 3 = 0 then '群众反映道路维修、就医报销等问题，已记录并转相关部门。' end,
                 true, true, true
            from generate_series(${lo}, ${hi}) g join bp p on p.rn = ${person('g')}`),
      );
    }
    if (nl) {
      for (const [lo, hi] of chunks('contact_visit')) {
        await step(`contact_visit ${lo}–${hi}`, () =>
          client.query(`insert into contact_visit (id, person_id, unit_id, occurred_on, link_id, days, content)
            select gen_random_uuid(), l.person_id, l.unit_id, l.lo + (g::bigint * 7919 % (l.hi - l.lo + 1))::int, l.id,
                   case when g % 3 = 0 then 0.5 else 1 end,
                   (array['走访联系点，了解春耕准备','宣讲惠农政策','帮助解决用水问题','听取职工意见'])[1 + g % 4]
              from generate_series(${lo}, ${hi}) g join bl2 l on l.rn = 1 + ((g::bigint * 2654435761) % ${nl})`),
        );
      }
    }
    for (const [lo, hi] of chunks('family_visit')) {
      await step(`family_visit ${lo}–${hi}`, () =>
        client.query(`insert into family_visit (id, person_id, unit_id, occurred_on, household_id, content)
          select gen_random_uuid(), p.id, p.unit_id, date '2025-01-01' + (g::bigint * 7919 % (${days} + 1))::int, h.id, '入户走访，了解家庭生产生活情况'
            from generate_series(${lo}, ${hi}) g join bp p on p.rn = ${person('g')} join bh h on h.rn = 1 + ((g::bigint * 40503) % ${nh})`),
      );
    }
    for (const [lo, hi] of chunks('experience')) {
      await step(`experience ${lo}–${hi}`, () =>
        client.query(`insert into experience (id, person_id, unit_id, occurred_on, kind, place, diary)
          select gen_random_uuid(), p.id, p.unit_id, date '2025-01-01' + (g::bigint * 7919 % (${days} + 1))::int,
                 (array['BUS_OR_TAXI','MARKET','HOSPITAL','SERVICE_WINDOW','FARMER_DAY','WORKER_DAY'])[1 + g % 6],
                 (array['场部客运站','农贸市场','场医院','政务服务窗口','水稻田','农机合作社'])[1 + g % 6],
                 case when g % 50 = 0 then '' else '排队时间较长，群众希望增加窗口；记录在案，反馈相关部门。' end
            from generate_series(${lo}, ${hi}) g join bp p on p.rn = ${person('g')}`),
      );
    }
    for (const [lo, hi] of chunks('talk')) {
      await step(`talk ${lo}–${hi}`, () =>
        client.query(`insert into talk (id, person_id, unit_id, occurred_on, kind, participants, opinions)
          select gen_random_uuid(), p.id, p.unit_id, date '2025-01-01' + (g::bigint * 7919 % (${days} + 1))::int,
                 case when g % 2 = 0 then 'MASSES' else 'DAILY' end, '职工群众', '希望改善冬季供暖'
            from generate_series(${lo}, ${hi}) g join bp p on p.rn = ${person('g')}`),
      );
    }
  } finally {
    await client.query(`reset session_replication_role`).catch(() => {});
    client.release();
  }
}

// `node bench/generate.mjs`: build (or check) the scratch database alone.
if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { openBenchDatabase, rawPool } = await import('./lib.mjs');
  const db = await openBenchDatabase();
  const pool = rawPool(db.url, 2);
  const out = await ensureBenchData(db.url, pool);
  console.log(`generation_s=${out.generatedSeconds.toFixed(1)} reused=${out.reused} records=${out.records}`);
  await pool.end();
  await db.close();
}
