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

  it('report nothing pending after running at start', async () => {
    expect(await db.orm.getMigrator().getPendingMigrations()).toEqual([]);
    const executed = await db.orm.getMigrator().getExecutedMigrations();
    expect(executed.length).toBeGreaterThan(0);
  });
});
