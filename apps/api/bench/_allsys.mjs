import { openBenchDatabase, rawPool, startApi } from './lib.mjs';
process.env.LIANXI_RESULT_CACHE_MS = '0';
const db = await openBenchDatabase();
const pool = rawPool(db.url, 2);
const api = await startApi(db.url);
const [bureau] = (await pool.query(`select id from org_unit where kind = 'BUREAU' order by path limit 1`)).rows;
const [farm] = (await pool.query(`select id, name from org_unit where kind = 'FARM' order by path limit 1`)).rows;
const doc = `query($u: ID!, $y: Int!) { unitCompliance(unitId: $u, year: $y) { rate children { unitId rate } } }`;
for (const [label, u] of [['bureau', bureau.id], ['farm', farm.id]]) {
  for (let i = 0; i < 3; i++) {
    const r = await api.post(doc, { u, y: 2025 });
    console.log(label, 'all systems 2025', (r.ms / 1000).toFixed(2), 's', 'statements', r.statements);
  }
}
await api.close(); await pool.end(); await db.close();
