import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { adminQuery } from '../db/embedded.js';
import { migrate, openOrm, type Orm } from '../db/orm.js';

export interface TestDb {
  name: string;
  url: string;
  orm: Orm;
  drop(): Promise<void>;
}

function withDatabase(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh database for one test file, migrated; `drop()` removes it so a run leaves nothing behind. */
export async function createTestDb(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  const server = inject('dbServerUrl');
  const name = `lianxi_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(server, `CREATE DATABASE ${name}`);
  const url = withDatabase(server, name);
  const orm = await openOrm(url, { pool: { min: 0, max: 4 } });
  if (opts.migrate !== false) await migrate(orm);
  return {
    name,
    url,
    orm,
    drop: async () => {
      await orm.close(true);
      await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
