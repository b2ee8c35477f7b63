import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The demo accounts' password (admin, heshan, cadre), chosen here so the tests can sign in. */
    demoPassword: string;
  }
}

const repoRoot = resolve(import.meta.dirname, '../../../..');
const apiMain = join(repoRoot, 'apps/api/dist/main.js');
const adminDist = join(repoRoot, 'apps/admin/dist');

/** After a forced stop, the embedded PostgreSQL of this run (found by its unique data folder) is stopped too. */
function stopOrphanedPostgres(dataDir: string) {
  try {
    const pids = execFileSync('pgrep', ['-f', `-D ${dataDir}`], { encoding: 'utf8' }).split(/\s+/).filter(Boolean);
    for (const pid of pids) process.kill(Number(pid), 'SIGTERM');
  } catch {
    // pgrep exits 1 when nothing matches: PostgreSQL already stopped.
  }
}

/**
 * Starts the real built API once for the whole browser run: an embedded PostgreSQL in a fresh temp folder
 * (seeded with the demo bureau on first start), serving the built admin. Mode 0755 because PostgreSQL runs
 * as user `postgres` and must traverse the folder. Stopped with SIGTERM, as in production, and awaited so
 * the database shuts down before the folder goes.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const [what, path] of [
    ['the built API (pnpm --filter @lianxi/api build)', apiMain],
    ['the built admin (pnpm --filter @lianxi/admin build)', join(adminDist, 'index.html')],
  ] as const) {
    if (!existsSync(path)) throw new Error(`Browser tests need ${what}: ${path} is missing`);
  }
  const demoPassword = `Demo${randomBytes(6).toString('hex')}7`;
  const dataDir = mkdtempSync(join(tmpdir(), 'lianxi-admin-e2e-'));
  chmodSync(dataDir, 0o755);
  const child: ChildProcess = spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', LIANXI_DATA_DIR: dataDir, LIANXI_ADMIN_DIST: adminDist, LIANXI_DEMO_PASSWORD: demoPassword, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const baseUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start within 120 s:\n${log}`)), 120_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /ready in \d+ ms: (http:\/\/localhost:\d+)\//.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code} before it was ready:\n${log}`));
    });
  });
  project.provide('baseUrl', baseUrl);
  project.provide('demoPassword', demoPassword);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      // A clean stop drains requests and stops PostgreSQL; past 30 s something is stuck, so do not hang the run.
      const late = new Promise<void>((done) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          stopOrphanedPostgres(dataDir);
          done();
        }, 30_000);
      });
      await Promise.race([exited, late]);
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
