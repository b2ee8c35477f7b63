import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { useEnv } from '../../test/env.js';

const SUMMARY = `query($u: ID!) { unitCompliance(unitId: $u, year: 2025) { name rate } }`;

/**
 * Without kept answers (LIANXI_KEPT_RESULTS=0, or inside a transaction), unitCompliance answers repeated calls from
 * a short cache that any write empties, and still checks scope first.
 */
describe('the compliance result cache', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  useEnv('LIANXI_KEPT_RESULTS', '0');

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
  });
  afterAll(async () => db?.drop());

  const nameOf = async () =>
    (await api.ok<{ unitCompliance: { name: string } }>(SUMMARY, { u: w.t.heshan.id }, w.callers.head.headers)).unitCompliance.name;

  it('repeats an answer until a write through the API, then answers afresh', async () => {
    const first = await nameOf();
    // Changed behind the ORM (as psql would): the cached answer stands for its few seconds.
    await api.server.systemContext().em.getConnection().execute(`update org_unit set name = name || '（旧称）' where id = ?`, [w.t.heshan.id]);
    expect(await nameOf()).toBe(first);
    // Any write through the API empties the cache at once.
    const { orgUnit } = await api.ok<{ orgUnit: { version: number } }>(`query($id: ID!) { orgUnit(id: $id) { version } }`, { id: w.t.heshan.id });
    await api.ok(`mutation($id: ID!, $i: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $i) { id } }`, {
      id: w.t.heshan.id,
      i: { name: '鹤山农场（新）', version: orgUnit.version },
    });
    expect(await nameOf()).toBe('鹤山农场（新）');
  });

  it('still refuses a caller outside the unit while the answer is cached', async () => {
    await nameOf();
    const other = await api.exec(SUMMARY, { u: w.t.heshan.id }, w.callers.otherAdmin.headers);
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(other.data).toBeNull();
  });
});
