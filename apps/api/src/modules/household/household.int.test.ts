import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { smallTree, type SmallTree } from '../../test/fixtures.js';

const CREATE = /* GraphQL */ `
  mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id headName phone flags unitId version } }
`;
const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { id headName phone flags version } }
`;
const LIST = /* GraphQL */ `
  query($filter: HouseholdFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { id headName flags } }
  }
`;

type H = { id: string; headName: string; phone: string | null; flags: string[]; unitId: string; version: number };

describe('households', () => {
  let db: TestDb;
  let api: TestApi;
  let t: SmallTree;
  let wang: H;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    t = await smallTree(api);
    wang = (
      await api.ok<{ createHousehold: H }>(CREATE, {
        input: { unitId: t.group1.id, headName: '王德福', address: '第一居民组 3号', phone: '138 1234 5678', flags: ['WORKER_FAMILY', 'POOR'] },
      })
    ).createHousehold;
    await api.ok(CREATE, { input: { unitId: t.group1.id, headName: '李秀英', address: '第一居民组 5号', flags: ['EMPTY_NEST_ELDERLY'] } });
    await api.ok(CREATE, { input: { unitId: t.group1.id, headName: '张建国', address: '第一居民组 8号', flags: ['WORKER_FAMILY'] } });
  });
  afterAll(async () => db?.drop());

  it('masks the phone number in every response', () => {
    expect(wang.phone).toBe('138****5678');
  });

  it('filters by flag, by needy flags and by subtree', async () => {
    const poor = await api.ok<{ households: { total: number; items: H[] } }>(LIST, { filter: { flags: ['POOR'] } });
    expect(poor.households.items.map((h) => h.headName)).toEqual(['王德福']);
    const needy = await api.ok<{ households: { total: number } }>(LIST, { filter: { needy: true } });
    expect(needy.households.total).toBe(2);
    const notNeedy = await api.ok<{ households: { items: H[] } }>(LIST, { filter: { needy: false } });
    expect(notNeedy.households.items.map((h) => h.headName)).toEqual(['张建国']);
    const underHeshan = await api.ok<{ households: { total: number } }>(LIST, { filter: { underId: t.heshan.id } });
    expect(underHeshan.households.total).toBe(3);
    const underOther = await api.ok<{ households: { total: number } }>(LIST, { filter: { underId: t.other.id } });
    expect(underOther.households.total).toBe(0);
  });

  it('refuses a household outside a residents\' group, naming unitId', async () => {
    const r = await api.exec(CREATE, { input: { unitId: t.area1.id, headName: '赵六', address: '某处' } });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.['field']).toBe('unitId');
    expect(r.errors?.[0]?.message).toContain('居民组');
  });

  it('refuses a malformed phone and an unknown flag', async () => {
    const phone = await api.exec(CREATE, { input: { unitId: t.group1.id, headName: '赵六', address: '某处', phone: '12345' } });
    expect(phone.errors?.[0]?.extensions?.['field']).toBe('phone');
    const flag = await api.exec(CREATE, { input: { unitId: t.group1.id, headName: '赵六', address: '某处', flags: ['RICH'] } });
    expect(flag.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const all = await api.ok<{ households: { total: number } }>(LIST, {});
    expect(all.households.total).toBe(3);
  });

  it('keeps the stored phone when the masked value is sent back, and replaces it with a new full number', async () => {
    const same = await api.ok<{ updateHousehold: H }>(UPDATE, { id: wang.id, input: { phone: '138****5678', headName: '王德福' } });
    expect(same.updateHousehold.phone).toBe('138****5678');
    const changed = await api.ok<{ updateHousehold: H }>(UPDATE, { id: wang.id, input: { phone: '13900001111' } });
    expect(changed.updateHousehold.phone).toBe('139****1111');
  });

  it('shows the unit on a nested field and counts households in the unit tree', async () => {
    const d = await api.ok<{ household: { unit: { name: string } }; orgUnit: { householdCount: number } }>(
      `query($id: ID!, $farm: ID!) { household(id: $id) { unit { name } } orgUnit(id: $farm) { householdCount } }`,
      { id: wang.id, farm: t.heshan.id },
    );
    expect(d.household.unit.name).toBe('第一居民组');
    expect(d.orgUnit.householdCount).toBe(3);
  });

  it('refuses to delete a residents\' group that still has households', async () => {
    const r = await api.exec(`mutation($id: ID!) { deleteOrgUnit(id: $id) { id } }`, { id: t.group1.id });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toContain('3 户居民');
  });
});
