import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test/gql.js';
import { createTestDb, type TestDb } from '../test/test-db.js';
import { seedDemoOnce } from './seed-demo.js';

describe('demo bureau seeding', () => {
  let db: TestDb;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
  });
  afterAll(async () => db?.drop());

  it('seeds the bureau on the first call and never again', async () => {
    const first = await seedDemoOnce(db.orm.em.fork());
    expect(first?.units).toBeGreaterThan(500);
    expect(first?.people).toBe(1500);
    expect(await seedDemoOnce(db.orm.em.fork())).toBeNull();
    const people = await api.ok<{ people: { total: number } }>(`{ people { total } }`);
    expect(people.people.total).toBe(1500);
  });

  it('lists the eleven farms of 九三管理局 through orgUnits', async () => {
    const d = await api.ok<{ orgUnits: { total: number; items: { name: string; parent: { name: string } }[] } }>(
      `{ orgUnits(filter: { kind: FARM }, perPage: 50) { total items { name parent { name } } } }`,
    );
    expect(d.orgUnits.total).toBe(11);
    expect(d.orgUnits.items.map((f) => f.name)).toContain('鹤山农场');
    expect(new Set(d.orgUnits.items.map((f) => f.parent.name))).toEqual(new Set(['九三管理局']));
  });

  it('keeps the tree consistent: every path is the parent\'s path plus the unit', async () => {
    const rows = await db.orm.em.fork().execute<{ bad: string }[]>(
      `select count(*) as bad from org_unit u left join org_unit p on p.id = u.parent_id
        where u.path <> coalesce(p.path, '/') || u.id || '/' or u.depth <> coalesce(p.depth + 1, 0)`,
    );
    expect(Number(rows[0]?.bad)).toBe(0);
  });

  it('counts households and people of a farm through the tree', async () => {
    const d = await api.ok<{ orgUnits: { items: { householdCount: number; personCount: number; childCount: number }[] } }>(
      `{ orgUnits(filter: { kind: FARM, q: "鹤山农场" }) { items { householdCount personCount childCount } } }`,
    );
    const farm = d.orgUnits.items[0];
    expect(farm?.householdCount).toBeGreaterThan(100);
    expect(farm?.personCount).toBeGreaterThan(50);
    expect(farm?.childCount).toBeGreaterThan(5);
  });
});
