import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOnce } from '../../seed/seed-demo.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';

describe('S4 demo data', () => {
  let db: TestDb;
  let api: TestApi;
  let counts: Record<string, unknown> | null | undefined;
  const sql = async <T>(q: string) => db.orm.em.fork().getConnection().execute<T[]>(q, []);

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    counts = (await seedDemoOnce(db.orm.em.fork())) as Record<string, unknown> | null;
  });
  afterAll(async () => db?.drop());

  it('writes a few hundred visit cases in every state, some of them overdue', async () => {
    const states = await sql<{ state: string }>('select distinct state from visit_case');
    expect(states.map((s) => s.state).sort()).toEqual(['ACCEPTED', 'ARCHIVED', 'ASSIGNED', 'CLOSED', 'NOT_ACCEPTED', 'REGISTERED', 'ROUTED_LEGAL', 'SUPERVISED', 'WITHDRAWN']);
    const total = Number((await sql<{ n: string }>('select count(*) as n from visit_case'))[0]?.n);
    expect(total).toBeGreaterThan(200);
    const overdue = await api.ok<{ visitCases: { total: number } }>(`{ visitCases(filter: { clock: OVERDUE }) { total } }`);
    expect(overdue.visitCases.total).toBeGreaterThan(0);
    console.log('S4 demo records', JSON.stringify(counts?.['records']), 'overdue', overdue.visitCases.total);
  });

  it('writes monthly reception days with some gaps, and a farm duty roster with a few gaps', async () => {
    const r = await sql<{ people: string; days: string; late: string }>(
      `select count(distinct person_id) as people, count(*) as days, count(*) filter (where announced_at is null or announced_at::date >= occurred_on) as late from reception_day`,
    );
    expect(Number(r[0]?.people)).toBeGreaterThan(3);
    expect(Number(r[0]?.late)).toBeGreaterThan(0);
    const d = await sql<{ farms: string; days: string }>('select count(distinct unit_id) as farms, count(*) as days from duty_day');
    expect(Number(d[0]?.farms)).toBe(11);
  });
});
