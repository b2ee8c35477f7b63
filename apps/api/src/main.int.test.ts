import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The test drives the built server exactly as `pnpm start` does: a child process with an embedded PostgreSQL.
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function start(dataDir: string): Promise<Running> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LIANXI_DATA_DIR: dataDir, LIANXI_DEMO_PASSWORD: PASSWORD };
  delete env['DATABASE_URL'];
  delete env['LIANXI_DEMO'];
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in 60 s:\n${out}`)), 60_000);
    const check = () => {
      const m = /ready in \d+ ms: (http:\/\/localhost:\d+)\//.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before ready:\n${out}`)));
  });
  return { child, url, output: () => out };
}

async function stop(r: Running, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    r.child.once('exit', (code) => resolve(code));
    r.child.kill(signal);
  });
}

const PASSWORD = 'Demo-Passw0rd-for-tests';

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function farms(url: string): Promise<{ total: number; names: string[] }> {
  const { login } = await gql<{ login: { token: string } }>(
    url,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'admin', p: PASSWORD },
  );
  const data = await gql<{ orgUnits: { total: number; items: { name: string }[] } }>(
    url,
    '{ orgUnits(filter: {kind: FARM}) { total items { name } } }',
    {},
    login.token,
  );
  return { total: data.orgUnits.total, names: data.orgUnits.items.map((i) => i.name) };
}

describe('pnpm start (built server, embedded PostgreSQL)', () => {
  let dir: string;
  beforeAll(async () => {
    // turbo builds the API before its tests; run `pnpm --filter @lianxi/api build` when calling vitest directly.
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first`);
    dir = await mkdtemp(join(tmpdir(), 'lianxi-start-'));
    await chmod(dir, 0o755);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('seeds the demo bureau on the first start, keeps it across a SIGTERM restart without reseeding', async () => {
    const first = await start(join(dir, 'data'));
    expect(first.output()).toContain('demo bureau seeded');
    expect(first.output()).toContain(`password: ${PASSWORD}`);
    const before = await farms(first.url);
    expect(before.total).toBe(11);
    expect(before.names).toContain('鹤山农场');
    const health = await fetch(`${first.url}/readyz`);
    expect(health.status).toBe(200);
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('stopped');

    const second = await start(join(dir, 'data'));
    expect(second.output()).not.toContain('demo bureau seeded');
    expect(await farms(second.url)).toEqual(before);
    expect(await stop(second, 'SIGINT')).toBe(0);
  }, 180_000);

  it('stops the embedded PostgreSQL when told to stop while still starting', async () => {
    const dataDir = join(dir, 'early');
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LIANXI_DATA_DIR: dataDir, LIANXI_DEMO_PASSWORD: PASSWORD };
    delete env['DATABASE_URL'];
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the database never came up:\n${out}`)), 90_000);
      child.stdout?.on('data', () => {
        if (out.includes('embedded PostgreSQL ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(out).toContain('stopped');
    // PostgreSQL removes its pid file when it shuts down cleanly.
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 180_000);
});
