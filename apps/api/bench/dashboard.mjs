// `pnpm bench:dashboard`: B3 — requests per second of a farm's compliance summary (unitCompliance of one farm,
// system S10, year 2025) through GraphQL, against a raw node:http + pg endpoint answering the same JSON.
// 8 connections for 10 s each (BENCH_CONNECTIONS, BENCH_SECONDS); both answers are compared first.

import http from 'node:http';
import { ensureBenchData, hasCounters } from './generate.mjs';
import { figure, log, machineLine, openBenchDatabase, rawPool, sameJson, startApi } from './lib.mjs';
import { s10RollUp } from './s10-sql.mjs';

const YEAR = 2025;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

console.log(machineLine());
const db = await openBenchDatabase();
const pool = rawPool(db.url, CONNECTIONS);
const gen = await ensureBenchData(db.url, pool);
console.log(`data records=${gen.records} generation_s=${gen.generatedSeconds.toFixed(1)}${gen.reused ? ` (reused; built in ${gen.seconds.toFixed(1)} s)` : ''}`);
const api = await startApi(db.url);
// The best hand-written SQL available: over the kept counters once they exist, else over the record tables.
const counted = await hasCounters(pool);

const [farm] = (
  await pool.query(`select u.id, u.path, u.depth, u.name from org_unit u join org_unit x on x.path like u.path || '%' join person p on p.unit_id = x.id
                     where u.kind = 'FARM' group by 1, 2, 3, 4 order by count(*) desc limit 1`)
).rows;
const children = (await pool.query(`select id, path from org_unit where parent_id = $1 order by path`, [farm.id])).rows;

// The raw endpoint: POST anything, get the same JSON the GraphQL query returns.
const raw = http.createServer(async (req, res) => {
  try {
    for await (const chunk of req) void chunk;
    const answer = await s10RollUp(pool, farm, children, YEAR, counted);
    const body = JSON.stringify({ data: { unitCompliance: answer } });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (err) {
    res.writeHead(500);
    res.end(String(err));
  }
});
await new Promise((resolve) => raw.listen(0, '127.0.0.1', resolve));
const rawUrl = `http://127.0.0.1:${raw.address().port}/summary`;

const doc = `query($u: ID!, $y: Int!, $s: String) { unitCompliance(unitId: $u, year: $y, system: $s) {
  rate rules { ruleId applicable met onTrack atRisk missed } children { unitId rate applicable atRisk missed } } }`;
const gqlBody = JSON.stringify({ query: doc, variables: { u: farm.id, y: YEAR, s: 'S10' } });

async function load(url, headers, body) {
  let done = 0;
  let failed = 0;
  const end = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const r = await fetch(url, { method: 'POST', headers, body });
      const text = await r.text();
      if (r.ok && !text.includes('"errors"')) done += 1;
      else failed += 1;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const s = (performance.now() - t0) / 1000;
  return { rps: done / s, done, failed };
}

try {
  const viaApi = await api.post(doc, { u: farm.id, y: YEAR, s: 'S10' });
  const viaRaw = await (await fetch(rawUrl, { method: 'POST', body: '{}' })).json();
  sameJson(viaApi.data, viaRaw.data);
  log(`B3: both endpoints agree on ${farm.name} (rate ${viaApi.data.unitCompliance.rate})`);
  // Warm-up, then the raw endpoint, the API without its result cache (B3; B3cold without kept answers either) and with it (B3c, LIANXI_RESULT_CACHE_MS
  // as set, else the API's default) — the setting is read on every call.
  const cacheSetting = process.env.LIANXI_RESULT_CACHE_MS;
  await load(rawUrl, { 'content-type': 'application/json' }, '{}').catch(() => {});
  const r = await load(rawUrl, { 'content-type': 'application/json' }, '{}');
  process.env.LIANXI_RESULT_CACHE_MS = '0';
  const a = await load(api.endpoint, api.headers, gqlBody);
  const common = { query: 'unitCompliance(farm, S10, 2025)', connections: CONNECTIONS, seconds: SECONDS, raw_rps: r.rps, raw_sql: counted ? 'counters' : 'records' };
  const kept = process.env.LIANXI_KEPT_RESULTS === '0' ? 'off' : 'on';
  figure('B3', { ...common, api_rps: a.rps, api_failed: a.failed, cache: 'off', kept }, a.rps / r.rps, '>=0.8', a.rps / r.rps >= 0.8);
  // B3cold: every request computes the roll-up (kept answers off too, ADR 0010) — the load right after writes.
  const keptSetting = process.env.LIANXI_KEPT_RESULTS;
  process.env.LIANXI_KEPT_RESULTS = '0';
  const k = await load(api.endpoint, api.headers, gqlBody);
  figure('B3cold', { ...common, api_rps: k.rps, api_failed: k.failed, cache: 'off', kept: 'off' }, k.rps / r.rps, '>=0.8', k.rps / r.rps >= 0.8);
  if (keptSetting === undefined) delete process.env.LIANXI_KEPT_RESULTS;
  else process.env.LIANXI_KEPT_RESULTS = keptSetting;
  if (cacheSetting === undefined) delete process.env.LIANXI_RESULT_CACHE_MS;
  else process.env.LIANXI_RESULT_CACHE_MS = cacheSetting;
  const c = await load(api.endpoint, api.headers, gqlBody);
  figure('B3c', { ...common, api_rps: c.rps, api_failed: c.failed, cache: `${cacheSetting ?? 'default'}ms` }, c.rps / r.rps, '>=1.2', c.rps / r.rps >= 1.2);
} finally {
  raw.close();
  await api.close();
  await pool.end();
  await db.close();
}
