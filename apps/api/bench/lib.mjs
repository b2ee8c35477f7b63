// Shared by the benchmark scripts: the scratch database, the in-process API, timing and query counting.
// Plain ESM importing the built API (../dist), so benchmarks stay out of the build and the test suite.

import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const BENCH_PASSWORD = 'bench-Passw0rd';
export const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));

const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;

/** First line of every benchmark's output: the machine. */
export function machineLine() {
  const cpus = os.cpus();
  return `machine cores=${cpus.length} model="${cpus[0]?.model ?? 'unknown'}" node=${process.version} mem_gb=${Math.round(os.totalmem() / 2 ** 30)}`;
}

export const log = (line) => process.stderr.write(`${line}\n`);

async function reachable(url) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * The scratch database: BENCH_DATABASE_URL, else `lianxi_bench` on the machine's PostgreSQL (trust auth), else
 * an embedded PostgreSQL kept in `<repo>/.data-bench`.
 */
export async function openBenchDatabase() {
  const given = process.env.BENCH_DATABASE_URL?.trim();
  if (given) return { url: given, close: async () => {} };
  const server = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { ensureDatabase, startEmbeddedPostgres } = await import(dist('db/embedded.js'));
  if (await reachable(server)) {
    await ensureDatabase(server, 'lianxi_bench');
    return { url: server.replace(/\/[^/]*$/, '/lianxi_bench'), close: async () => {} };
  }
  const dir = fileURLToPath(new URL('../../../.data-bench', import.meta.url));
  log(`no PostgreSQL at ${server}: starting an embedded one in ${dir}`);
  const db = await startEmbeddedPostgres(dir, { log: () => {} });
  await ensureDatabase(db.url('postgres'), 'lianxi_bench');
  return { url: db.url('lianxi_bench'), close: () => db.stop() };
}

// --- SQL statement counting: every query a pg client sends, except the benchmark's own raw clients ----------
let counting = 0;
const RAW = Symbol('bench raw client');
const origQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  if (!this[RAW]) {
    counting += 1;
    if (process.env.BENCH_LOG_SQL) {
      // With the time each statement took, from sending to its answer.
      const text = String(typeof args[0] === 'string' ? args[0] : args[0]?.text).replace(/\s+/g, ' ').slice(0, 200);
      const t0 = performance.now();
      const done = () => log(`sql ${(performance.now() - t0).toFixed(1)} ms: ${text}`);
      const cb = args.findIndex((a) => typeof a === 'function');
      if (cb >= 0) {
        const callback = args[cb];
        args[cb] = (...r) => (done(), callback(...r));
        return origQuery.apply(this, args);
      }
      const out = origQuery.apply(this, args);
      if (out && typeof out.then === 'function') out.then(done, () => {});
      return out;
    }
  }
  return origQuery.apply(this, args);
};
export const statements = () => counting;

/** A pg pool whose queries are not counted as the API's. */
export function rawPool(url, max = 8) {
  // Prepared statements with a path prefix (`like $1 || '%'`) need the value to use the path index: a generic
  // plan would scan. The ORM inlines values, so custom plans keep the comparison fair to the raw side. And no JIT,
  // as the API's own connections (src/db/orm.ts): compiling a plan costs more than it saves here. Both are set at
  // connection start-up, so no query races the pool's first one on a new client.
  const pool = new pg.Pool({ connectionString: url, max, options: '-c plan_cache_mode=force_custom_plan -c jit=off' });
  pool.on('connect', (c) => {
    c[RAW] = true;
  });
  return pool;
}

/** Starts the real API in-process on loopback and signs in as the bureau's ADMIN. */
export async function startApi(url) {
  const { openOrm, migrate } = await import(dist('db/orm.js'));
  const { createServer } = await import(dist('server.js'));
  const { forgetKeptResults } = await import(dist('modules/compliance/kept-results.js'));
  const orm = await openOrm(url);
  // As the server does at start: a database kept from an earlier build gets this build's tables, and no answer
  // kept by an earlier run is served as if this run had computed it.
  await migrate(orm);
  await forgetKeptResults(orm.em.fork());
  const server = await createServer(orm, { logError: (e) => log(`api error: ${String(e?.stack ?? e)}`) });
  await new Promise((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const address = server.httpServer.address();
  const endpoint = `http://127.0.0.1:${address.port}/graphql`;
  const api = {
    endpoint,
    orm,
    server,
    headers: { 'content-type': 'application/json' },
      /** When the last response's body had arrived (before parsing it). */
    receivedAt: 0,
    /** POSTs a document; returns { data, ms, bytes, statements }. Throws on GraphQL errors. */
    async post(query, variables = {}) {
      const before = statements();
      const t0 = performance.now();
      const res = await fetch(endpoint, { method: 'POST', headers: api.headers, body: JSON.stringify({ query, variables }) });
      const text = await res.text();
      api.receivedAt = performance.now();
      const ms = api.receivedAt - t0;
      const body = JSON.parse(text);
      if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 1000)}`);
      return { data: body.data, ms, bytes: text.length, statements: statements() - before };
    },
    async close() {
      await server.stop();
      await orm.close();
    },
  };
  const login = await api.post(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'admin', p: BENCH_PASSWORD });
  api.headers = { ...api.headers, authorization: `Bearer ${login.data.login.token}` };
  return api;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time of `fn` over RUNS runs after one warm-up. */
export async function timeIt(fn, runs = RUNS, warm = true) {
  if (warm) await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export const fmt = (n, d = 2) => (Number.isInteger(n) ? String(n) : Number.isFinite(n) ? n.toFixed(d) : String(n));

/** One output line: `B<n> k=v … ratio=… goal=… met=yes|no`. */
export function figure(name, fields, ratio, goal, ok) {
  const kv = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'number' ? fmt(v) : v}`);
  console.log(`${name} ${kv.join(' ')} ratio=${fmt(ratio, 3)} goal=${goal} met=${ok ? 'yes' : 'no'}`);
}

/** Deep equality for plain JSON values, numbers compared to 1e-9. */
export function sameJson(a, b, path = '$') {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a - b) > 1e-9) throw new Error(`differs at ${path}: ${a} vs ${b}`);
    return;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) throw new Error(`differs at ${path}: length ${a?.length} vs ${b?.length}`);
    a.forEach((x, i) => sameJson(x, b[i], `${path}[${i}]`));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) sameJson(a[k], b[k], `${path}.${k}`);
    return;
  }
  if (a !== b) throw new Error(`differs at ${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}
