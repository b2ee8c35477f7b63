// `node bench/all-systems.mjs` (after `pnpm build`): how long the whole bureau's and the first farm's roll-up of
// every system takes through GraphQL on the scratch database (result cache and kept answers off: computed every
// time), three times each. A figure to
// watch, with no hand-written side to compare against.

import { machineLine, openBenchDatabase, rawPool, startApi } from './lib.mjs';
import { ensureBenchData } from './generate.mjs';
process.env.LIANXI_RESULT_CACHE_MS = '0';
process.env.LIANXI_KEPT_RESULTS = '0';
console.log(machineLine());
const db = await openBenchDatabase();
const pool = rawPool(db.url, 2);
await ensureBenchData(db.url, pool);
const api = await startApi(db.url);
const [bureau] = (await pool.query(`select id from org_unit where kind = 'BUREAU' order by path limit 1`)).rows;
const [farm] = (await pool.query(`select id, name from org_unit where kind = 'FARM' order by path limit 1`)).rows;
const doc = `query($u: ID!, $y: Int!) { unitCompliance(unitId: $u, year: $y) { rate children { unitId rate } } }`;
for (const [label, u] of [['bureau', bureau.id], ['farm', farm.id]]) {
  for (let i = 0; i < 3; i++) {
    const r = await api.post(doc, { u, y: 2025 });
    console.log(`all_systems unit=${label} year=2025 run=${i + 1} api_ms=${r.ms.toFixed(0)} statements=${r.statements}`);
  }
}
await api.close(); await pool.end(); await db.close();
