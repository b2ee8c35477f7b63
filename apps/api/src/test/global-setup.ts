import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL (database `postgres`) on which each test file creates and drops its own database. */
    dbServerUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when set, else an embedded server in a temporary folder
 * (under /tmp, so the `postgres` user can reach it even when the checkout is under /root).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env['TEST_DATABASE_URL'];
  if (given) {
    project.provide('dbServerUrl', given);
    return async () => {};
  }
  const dir = await mkdtemp(join(tmpdir(), 'lianxi-test-pg-'));
  // mkdtemp makes it private to us; the server runs as `postgres` when we are root and must reach it.
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres(join(dir, 'data'));
  project.provide('dbServerUrl', pg.url('postgres'));
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
