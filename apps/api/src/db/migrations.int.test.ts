import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../test/test-db.js';

describe('migrations', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => db?.drop());

  it('leave no difference between the entities and the migrated schema', async () => {
    const diff = await db.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });

  it('connect with JIT compilation off (it cost roll-ups more than it saved)', async () => {
    const rows = await db.orm.em.fork().getConnection().execute<{ jit: string }[]>('show jit');
    expect(rows[0]?.jit).toBe('off');
  });

  it('report nothing pending after running at start', async () => {
    expect(await db.orm.getMigrator().getPendingMigrations()).toEqual([]);
    const executed = await db.orm.getMigrator().getExecutedMigrations();
    expect(executed.length).toBeGreaterThan(0);
  });
});
