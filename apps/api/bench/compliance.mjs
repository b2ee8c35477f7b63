// `pnpm bench:compliance`: B1, B1b, B2, B4, B5 against the scratch database (see README, Benchmarks).
// Each figure checks that the API and the hand-written side give the same answer before timing them.

import { ensureBenchData, hasCounters } from './generate.mjs';
import { figure, log, machineLine, median, openBenchDatabase, rawPool, RUNS, sameJson, startApi, timeIt } from './lib.mjs';
import { s10RollUp } from './s10-sql.mjs';

// B1 and B4 time the computation: the API's short result cache (LIANXI_RESULT_CACHE_MS) stays off unless asked.
process.env.LIANXI_RESULT_CACHE_MS ??= '0';
const CACHE = `${process.env.LIANXI_RESULT_CACHE_MS}ms`;
const YEAR = 2025;
const B1_SYSTEM = process.env.BENCH_B1_SYSTEM ?? 'S10';
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wants = (name) => !only || only.has(name);

console.log(machineLine());
const db = await openBenchDatabase();
const pool = rawPool(db.url, 4);
const gen = await ensureBenchData(db.url, pool);
console.log(`data records=${gen.records} generation_s=${gen.generatedSeconds.toFixed(1)}${gen.reused ? ` (reused; built in ${gen.seconds.toFixed(1)} s)` : ''}`);

// B4 times GraphQL's own work on a resolved result: the resolver's return is stamped here.
const { ComplianceResolver } = await import('../dist/modules/compliance/compliance.resolver.js');
const resolverDone = { at: 0, rows: null };
const originalRows = ComplianceResolver.prototype.complianceRows;
ComplianceResolver.prototype.complianceRows = async function stamped(...args) {
  const rows = await originalRows.apply(this, args);
  // The compliance run leaves a large heap of garbage; collect it here (node --expose-gc) so that B4 times
  // GraphQL's execution and serialisation rather than a collection that happens to fall after the resolver.
  globalThis.gc?.();
  resolverDone.at = performance.now();
  resolverDone.rows = rows;
  return rows;
};

// BENCH_PROFILE=1: how long each fact source's load takes inside the API (where a roll-up spends its time).
if (process.env.BENCH_PROFILE) {
  const { FACT_SOURCES } = await import('../dist/modules/compliance/fact-sources.js');
  for (const source of FACT_SOURCES) {
    const load = source.load.bind(source);
    source.load = async (em, q) => {
      const t0 = performance.now();
      const facts = await load(em, q);
      log(`profile: facts ${source.kinds.join('+')}: ${facts.length} in ${(performance.now() - t0).toFixed(0)} ms`);
      return facts;
    };
  }
}

const api = await startApi(db.url);
const one = async (sql, params = []) => (await pool.query(sql, params)).rows;
const [bureau] = await one(`select id, path, depth, name from org_unit where kind = 'BUREAU' order by path limit 1`);
const counters = await hasCounters(pool);
const statementsPer = {};
const statementsFirst = {};

try {
  // ------------------------------------------------------------------------------------------------ B1, B1b
  if (wants('B1') || wants('B1b')) {
    const children = await one(`select id, path from org_unit where parent_id = $1 order by path`, [bureau.id]);
    const doc = `query($u: ID!, $y: Int!, $s: String) { unitCompliance(unitId: $u, year: $y, system: $s) {
      rate rules { ruleId applicable met onTrack atRisk missed } children { unitId rate applicable atRisk missed } } }`;
    const vars = { u: bureau.id, y: YEAR, s: B1_SYSTEM };
    // Computed: kept answers off (LIANXI_KEPT_RESULTS=0, read on every call) — what the first read after a write costs.
    const keptSetting = process.env.LIANXI_KEPT_RESULTS;
    process.env.LIANXI_KEPT_RESULTS = '0';
    const first = await api.post(doc, vars);
    // Statements of the first request (the subtree's people read) and of a later one (kept: see ADR 0009).
    statementsFirst.B1cold = first.statements;
    statementsPer.B1cold = (await api.post(doc, vars)).statements;
    const apiAnswer = first.data.unitCompliance;
    if (B1_SYSTEM !== 'S10') throw new Error('the hand-written SQL covers system S10 only (BENCH_B1_SYSTEM=S10)');
    sameJson(apiAnswer, await s10RollUp(pool, bureau, children, YEAR, false));
    log(`B1: API and raw SQL agree (rate ${apiAnswer.rate}, ${apiAnswer.rules.map((r) => `${r.ruleId} ${r.applicable}`).join(', ')})`);
    // A roll-up taking minutes is timed fewer times when BENCH_SLOW_RUNS says so (the output says how many);
    // the checked first request was its warm-up.
    const slow = first.ms > 30_000;
    const b1Runs = slow ? Number(process.env.BENCH_SLOW_RUNS ?? RUNS) : RUNS;
    const coldMs = b1Runs > 0 ? await timeIt(() => api.post(doc, vars), b1Runs, !slow) : first.ms;
    log(`B1: first API request ${(first.ms / 1000).toFixed(1)} s; timed ${b1Runs || 1} run(s)`);
    // Kept (the API as shipped, ADR 0010): the first request computes and keeps the answer, later ones read it
    // while nothing it is computed from changes.
    if (keptSetting === undefined) delete process.env.LIANXI_KEPT_RESULTS;
    else process.env.LIANXI_KEPT_RESULTS = keptSetting;
    const keeping = await api.post(doc, vars);
    const keptOnce = await api.post(doc, vars);
    sameJson(keptOnce.data.unitCompliance, apiAnswer);
    statementsFirst.B1 = keeping.statements;
    statementsPer.B1 = keptOnce.statements;
    const apiMs = await timeIt(() => api.post(doc, vars));
    const KEPT = process.env.LIANXI_KEPT_RESULTS === '0' ? 'off' : 'on';
    if (wants('B1')) {
      const rawMs = await timeIt(() => s10RollUp(pool, bureau, children, YEAR, false));
      figure('B1', { system: B1_SYSTEM, unit: 'bureau', year: YEAR, cache: CACHE, kept: KEPT, api_ms: apiMs, raw_ms: rawMs, keeping_ms: keeping.ms, statements: statementsPer.B1 }, apiMs / rawMs, '<=0.1', apiMs / rawMs <= 0.1);
      figure('B1cold', { system: B1_SYSTEM, unit: 'bureau', year: YEAR, cache: CACHE, kept: 'off', api_runs: b1Runs || 1, api_ms: coldMs, raw_ms: rawMs, statements: statementsPer.B1cold }, coldMs / rawMs, '<=0.1', coldMs / rawMs <= 0.1);
    }
    if (wants('B1b')) {
      if (!counters) console.log('B1b skipped: no compliance_counter table in this build (re-run once the counters land)');
      else {
        sameJson(apiAnswer, await s10RollUp(pool, bureau, children, YEAR, true));
        const cMs = await timeIt(() => s10RollUp(pool, bureau, children, YEAR, true));
        figure('B1b', { system: B1_SYSTEM, unit: 'bureau', year: YEAR, cache: CACHE, kept: KEPT, api_ms: apiMs, counter_sql_ms: cMs }, apiMs / cMs, '<=1.5', apiMs / cMs <= 1.5);
        figure('B1bcold', { system: B1_SYSTEM, unit: 'bureau', year: YEAR, cache: CACHE, kept: 'off', api_runs: b1Runs || 1, api_ms: coldMs, counter_sql_ms: cMs }, coldMs / cMs, '<=1.5', coldMs / cMs <= 1.5);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ B2
  if (wants('B2')) {
    // The management area with the most research trips in the first half of 2025: page 21 exists.
    const [area] = await one(
      `select u.id, u.path, u.name, count(*)::int as n from research_trip r join org_unit u2 on u2.id = r.unit_id
         join org_unit u on u2.path like u.path || '%' and u.kind = 'MANAGEMENT_AREA'
        where r.occurred_on between '2025-01-01' and '2025-06-30' and r.deleted_at is null group by 1, 2, 3 order by n desc limit 1`,
    );
    const page = 21;
    const perPage = 25;
    const doc = `query($f: ResearchTripFilter, $p: Int, $pp: Int, $s: SortInput) { researchTrips(filter: $f, page: $p, perPage: $pp, sort: $s) {
      total items { id occurredOn days stationed purpose personId person { name } unit { name } } } }`;
    const vars = { f: { underId: area.id, from: '2025-01-01', to: '2025-06-30' }, p: page, pp: perPage, s: { field: 'occurredOn', order: 'DESC' } };
    const client = await pool.connect();
    const raw = async () => {
      const items = await client.query({
        name: 'b2-page',
        text: `select r.id, to_char(r.occurred_on, 'YYYY-MM-DD') as "occurredOn", r.days::float8 as days, r.stationed, r.purpose,
                      r.person_id as "personId", p.name as person_name, u.name as unit_name
                 from research_trip r join org_unit u on u.id = r.unit_id left join person p on p.id = r.person_id
                where u.path like $1 || '%' and r.deleted_at is null and r.occurred_on >= $2 and r.occurred_on <= $3
                order by r.occurred_on desc, r.id asc limit $4 offset $5`,
        values: [area.path, '2025-01-01', '2025-06-30', perPage, (page - 1) * perPage],
      });
      const total = await client.query({
        name: 'b2-count',
        text: `select count(*)::int as n from research_trip r join org_unit u on u.id = r.unit_id
                where u.path like $1 || '%' and r.deleted_at is null and r.occurred_on >= $2 and r.occurred_on <= $3`,
        values: [area.path, '2025-01-01', '2025-06-30'],
      });
      return {
        total: total.rows[0].n,
        items: items.rows.map(({ person_name, unit_name, ...r }) => ({ ...r, person: r.personId ? { name: person_name } : null, unit: { name: unit_name } })),
      };
    };
    try {
      const first = await api.post(doc, vars);
      statementsPer.B2 = first.statements;
      sameJson(first.data.researchTrips, await raw());
      log(`B2: API and raw SQL agree (${area.name}: ${first.data.researchTrips.total} trips, page ${page})`);
      const apiMs = await timeIt(() => api.post(doc, vars), Math.max(RUNS, 30));
      const rawMs = await timeIt(raw, Math.max(RUNS, 30));
      figure('B2', { list: 'researchTrips', page, perPage, total: first.data.researchTrips.total, api_ms: apiMs, raw_ms: rawMs, statements: statementsPer.B2 }, apiMs / rawMs, '<=1.3', apiMs / rawMs <= 1.3);
    } finally {
      client.release();
    }
  }

  // ------------------------------------------------------------------------------------------------ B4
  if (wants('B4')) {
    // The bureau's rows of one system (S10 by default: about 28,000, so the first 2,500 fill the page).
    const farm = bureau;
    const b4System = process.env.BENCH_B4_SYSTEM ?? 'S10';
    const limit = 2500;
    const doc = `query($f: ComplianceRowFilter, $l: Int) { complianceRows(filter: $f, limit: $l) {
      unitId unitName personId personName ruleId system status actual required year asOf } }`;
    const vars = { f: { underId: farm.id, year: YEAR, ...(b4System ? { system: b4System } : {}) }, l: limit };
    const runOnce = async () => {
      const r = await api.post(doc, vars);
      return { ...r, afterResolver: api.receivedAt - resolverDone.at };
    };
    // Execute + serialise as the issue defines it: the same Apollo server and executor in process
    // (executeOperation with the signed-in context), then the response body's JSON.stringify — no HTTP.
    const inProcess = async () => {
      const contextValue = await api.server.contextFor({ authorization: api.headers.authorization });
      const res = await api.server.apollo.executeOperation({ query: doc, variables: vars }, { contextValue });
      const body = JSON.stringify(res.body.singleResult);
      const ms = performance.now() - resolverDone.at;
      if (res.body.singleResult.errors?.length) throw new Error(`GraphQL error: ${body.slice(0, 500)}`);
      return { body, ms };
    };
    const first = await runOnce();
    const rows = resolverDone.rows;
    if (rows.length !== limit) log(`B4: only ${rows.length} rows under ${farm.name}`);
    // The resolver's rows may carry more fields than the document asks for: compare the asked ones.
    const asked = Object.keys(first.data.complianceRows[0] ?? {});
    const pick = (r) => Object.fromEntries(asked.map((k) => [k, r[k] ?? null]));
    sameJson(first.data.complianceRows, JSON.parse(JSON.stringify(rows.map(pick))));
    sameJson(JSON.parse((await inProcess()).body).data, first.data);
    const totals = [];
    const after = [];
    const execSerRuns = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await runOnce();
      totals.push(r.ms);
      after.push(r.afterResolver);
      execSerRuns.push((await inProcess()).ms);
    }
    // GraphQL execution + serialisation after the resolver returned, vs JSON.stringify of the same rows; over HTTP
    // (until the client has the body, not parsed) as a second figure.
    const execSer = median(execSerRuns);
    const overHttp = median(after);
    const jsonRuns = [];
    for (let i = 0; i < Math.max(RUNS, 50); i++) {
      const t0 = performance.now();
      JSON.stringify(rows);
      jsonRuns.push(performance.now() - t0);
    }
    const jsonMs = median(jsonRuns);
    figure('B4', { rows: rows.length, unit: 'bureau', system: b4System || 'all', total_ms: median(totals), exec_serialise_ms: execSer, http_after_resolver_ms: overHttp, json_ms: jsonMs }, execSer / jsonMs, '<=3', execSer / jsonMs <= 3);
  }

  // ------------------------------------------------------------------------------------------------ B5
  if (wants('B5')) {
    if (!counters) console.log('B5 skipped: no counter triggers in this build (re-run once the counters land)');
    else {
      const triggers = (await one(`select tgname from pg_trigger where tgname = 'lianxi_counter_research_trip'`)).length;
      if (!triggers) throw new Error('compliance_counter exists but trigger lianxi_counter_research_trip does not');
      const [who] = await one(
        `select p.id, p.unit_id from person p where exists (select 1 from position x where x.person_id = p.id and x.ends_on is null) order by p.id limit 1`,
      );
      const doc = `mutation($i: CreateResearchTripInput!) { createResearchTrip(input: $i) { id } }`;
      const N_API = Number(process.env.BENCH_B5_API ?? 300);
      const N_RAW = Number(process.env.BENCH_B5_RAW ?? 2000);
      const created = [];
      const viaApi = async () => {
        const t0 = performance.now();
        for (let i = 0; i < N_API; i++) {
          const r = await api.post(doc, { i: { personId: who.id, occurredOn: '2026-11-20', days: 0.5, purpose: 'bench' } });
          created.push(r.data.createResearchTrip.id);
        }
        return N_API / ((performance.now() - t0) / 1000);
      };
      const client = await pool.connect();
      const viaSql = async () => {
        const t0 = performance.now();
        for (let i = 0; i < N_RAW; i++) {
          await client.query({
            name: 'b5-insert',
            text: `insert into research_trip (id, person_id, unit_id, occurred_on, days, purpose) values (gen_random_uuid(), $1, $2, '2026-11-20', 0.5, 'bench-raw')`,
            values: [who.id, who.unit_id],
          });
        }
        return N_RAW / ((performance.now() - t0) / 1000);
      };
      // Upkeep is the counters' trigger and the stamp that invalidates kept roll-ups (ADR 0010): on and off together.
      const UPKEEP = ['lianxi_counter_research_trip', 'lianxi_compliance_research_trip'];
      const setTrigger = async (on) => {
        for (const t of UPKEEP) await pool.query(`alter table research_trip ${on ? 'enable' : 'disable'} trigger ${t}`);
      };
      try {
        await viaApi(); // warm-up
        await viaSql();
        const rates = { apiOn: [], apiOff: [], sqlOn: [], sqlOff: [] };
        // Alternate on/off rounds so drift (autovacuum, others' tests) hits both sides alike.
        for (let i = 0; i < RUNS; i++) {
          await setTrigger(true);
          rates.apiOn.push(await viaApi());
          rates.sqlOn.push(await viaSql());
          await setTrigger(false);
          rates.apiOff.push(await viaApi());
          rates.sqlOff.push(await viaSql());
        }
        await setTrigger(true);
        const m = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
        figure('B5', { via: 'graphql createResearchTrip', upkeep: 'counters+stamp', n: N_API, on_per_s: m.apiOn, off_per_s: m.apiOff }, m.apiOn / m.apiOff, '>=0.8', m.apiOn / m.apiOff >= 0.8);
        figure('B5raw', { via: 'sql insert', upkeep: 'counters+stamp', n: N_RAW, on_per_s: m.sqlOn, off_per_s: m.sqlOff }, m.sqlOn / m.sqlOff, '>=0.8', m.sqlOn / m.sqlOff >= 0.8);
      } finally {
        await setTrigger(true);
        client.release();
        // Rows inserted with the trigger off never reached the counters: rebuild them after removing the rows.
        await pool.query(`delete from research_trip where purpose in ('bench', 'bench-raw') and occurred_on = '2026-11-20'`);
        await pool.query(`delete from audit_log where entity_id = any($1::text[])`, [created]).catch(() => {});
        await pool.query(`select lianxi_recount_counters()`);
        // The recount rewrote every counter row and the inserts churned the trips: compact the counters (each recount
        // left the table a million dead rows larger) and analyze both, so later runs (B1, B3) meet the tables as
        // generated rather than bloated.
        await pool.query(`vacuum (full, analyze) compliance_counter`);
        await pool.query(`vacuum (analyze) research_trip`);
      }
    }
  }
  for (const [name, n] of Object.entries(statementsPer)) {
    figure(`B5q_${name}`, { statements_per_request: n, ...(statementsFirst[name] !== undefined ? { first_request: statementsFirst[name] } : {}) }, n, '<=2', n <= 2);
  }
} finally {
  await api.close();
  await pool.end();
  await db.close();
}
