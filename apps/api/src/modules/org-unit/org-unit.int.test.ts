import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { smallTree, unit, type SmallTree } from '../../test/fixtures.js';

const LIST = /* GraphQL */ `
  query List($filter: OrgUnitFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    orgUnits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { id name kind parentId } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) { id name kind parentId depth version }
  }
`;
const DELETE = /* GraphQL */ `mutation Delete($id: ID!) { deleteOrgUnit(id: $id) { id } }`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }
`;

type ListData = { orgUnits: { total: number; items: { id: string; name: string; kind: string; parentId: string | null }[] } };

describe('organisation tree', () => {
  let db: TestDb;
  let api: TestApi;
  let t: SmallTree;

  const count = async () => (await api.ok<ListData>(LIST, { perPage: 1 })).orgUnits.total;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    t = await smallTree(api);
  });
  afterAll(async () => db?.drop());

  describe('reads', () => {
    it('lists the farms by kind with their total', async () => {
      const d = await api.ok<ListData>(LIST, { filter: { kind: 'FARM' }, sort: { field: 'name', order: 'ASC' } });
      expect(d.orgUnits.total).toBe(2);
      expect(d.orgUnits.items.map((u) => u.name)).toEqual(['尖山农场', '鹤山农场']);
    });

    it('lists a whole subtree with underId, excluding the unit itself and other farms', async () => {
      const d = await api.ok<ListData>(LIST, { filter: { underId: t.heshan.id } });
      expect(d.orgUnits.items.map((u) => u.name).sort()).toEqual(['第一居民组', '第一管理区', '鹤山社区'].sort());
      expect(d.orgUnits.total).toBe(3);
    });

    it('filters by parent, ids, name search and flag', async () => {
      const byParent = await api.ok<ListData>(LIST, { filter: { parentId: t.bureau.id } });
      expect(byParent.orgUnits.total).toBe(3);
      const byIds = await api.ok<ListData>(LIST, { filter: { ids: [t.area1.id, t.otherArea.id, 'not-an-id'] } });
      expect(byIds.orgUnits.items.map((u) => u.id).sort()).toEqual([t.area1.id, t.otherArea.id].sort());
      const byName = await api.ok<ListData>(LIST, { filter: { q: '鹤山' } });
      expect(byName.orgUnits.items.map((u) => u.name).sort()).toEqual(['鹤山农场', '鹤山社区'].sort());
      const byFlag = await api.ok<ListData>(LIST, { filter: { flag: 'HEAVY_PETITION_LOAD' } });
      expect(byFlag.orgUnits.items.map((u) => u.name)).toEqual(['信访办公室']);
    });

    it('pages with page and perPage while total counts every match', async () => {
      const p1 = await api.ok<ListData>(LIST, { sort: { field: 'code', order: 'ASC' }, page: 1, perPage: 3 });
      const p3 = await api.ok<ListData>(LIST, { sort: { field: 'code', order: 'ASC' }, page: 3, perPage: 3 });
      expect(p1.orgUnits.total).toBe(8);
      expect(p1.orgUnits.items).toHaveLength(3);
      expect(p3.orgUnits.items).toHaveLength(2);
      expect(new Set([...p1.orgUnits.items, ...p3.orgUnits.items].map((u) => u.id)).size).toBe(5);
    });

    it('refuses an unbounded perPage and an unknown sort field with BAD_USER_INPUT', async () => {
      const big = await api.exec(LIST, { perPage: 100000 });
      expect(big.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(big.errors?.[0]?.extensions?.['field']).toBe('perPage');
      const sort = await api.exec(LIST, { sort: { field: 'password', order: 'ASC' } });
      expect(sort.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(sort.errors?.[0]?.message).toContain('password');
    });

    it('gives children, ancestors from the root, descendants of a kind and counts', async () => {
      const d = await api.ok<{
        orgUnit: {
          children: { name: string }[];
          ancestors: { name: string }[];
          descendants: { name: string }[];
          childCount: number;
        };
      }>(
        `query($id: ID!) { orgUnit(id: $id) {
            children { name } ancestors { name } descendants(kind: RESIDENTS_GROUP) { name } childCount } }`,
        { id: t.heshan.id },
      );
      expect(d.orgUnit.children.map((c) => c.name).sort()).toEqual(['第一管理区', '鹤山社区'].sort());
      expect(d.orgUnit.ancestors.map((a) => a.name)).toEqual(['九三管理局']);
      expect(d.orgUnit.descendants.map((a) => a.name)).toEqual(['第一居民组']);
      expect(d.orgUnit.childCount).toBe(2);
      const g = await api.ok<{ orgUnit: { ancestors: { name: string }[] } }>(
        `query($id: ID!) { orgUnit(id: $id) { ancestors { name } } }`,
        { id: t.group1.id },
      );
      expect(g.orgUnit.ancestors.map((a) => a.name)).toEqual(['九三管理局', '鹤山农场', '第一管理区']);
    });

    it('answers NOT_FOUND for an unknown id and for a malformed one', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        const r = await api.exec(`query($id: ID!) { orgUnit(id: $id) { id } }`, { id });
        expect(r.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      }
    });
  });

  describe('bad input leaves the tree as it was', () => {
    const expectBad = async (input: Record<string, unknown>, field: string, headers?: Record<string, string>) => {
      const before = await count();
      const r = await api.exec(CREATE, { input }, headers);
      expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.['field']).toBe(field);
      expect(await count()).toBe(before);
      return r.errors?.[0]?.message ?? '';
    };

    it('refuses an unknown parent, naming parentId', async () => {
      const msg = await expectBad(
        { kind: 'MANAGEMENT_AREA', name: '第九管理区', code: 'X-1', parentId: '00000000-0000-4000-8000-000000000000' },
        'parentId',
      );
      expect(msg).toContain('上级单位不存在');
    });

    it('refuses a farm under a farm, in Chinese by default and in English when asked', async () => {
      const zh = await expectBad({ kind: 'FARM', name: '错误农场', code: 'X-2', parentId: t.heshan.id }, 'parentId');
      expect(zh).toContain('农场不能设在农场之下');
      const en = await expectBad({ kind: 'FARM', name: '错误农场', code: 'X-2', parentId: t.heshan.id }, 'parentId', {
        'accept-language': 'en-US,en;q=0.9',
      });
      expect(en).toContain('A Farm cannot sit under a Farm');
    });

    it('refuses a unit other than a bureau without a parent', async () => {
      await expectBad({ kind: 'FARM', name: '无上级农场', code: 'X-3' }, 'parentId');
    });

    it('refuses a duplicate code', async () => {
      const msg = await expectBad({ kind: 'MANAGEMENT_AREA', name: '重复', code: t.area1.code, parentId: t.heshan.id }, 'code');
      expect(msg).toContain(t.area1.code);
    });

    it('refuses an empty name and a malformed code', async () => {
      await expectBad({ kind: 'MANAGEMENT_AREA', name: '   ', code: 'X-4', parentId: t.heshan.id }, 'name');
      await expectBad({ kind: 'MANAGEMENT_AREA', name: '好名字', code: '带 空格', parentId: t.heshan.id }, 'code');
    });

    it('refuses an unknown kind, as a variable and as a literal, with BAD_USER_INPUT', async () => {
      const before = await count();
      const asVar = await api.exec(CREATE, { input: { kind: 'CASTLE', name: '城堡', code: 'X-5', parentId: t.heshan.id } });
      expect(asVar.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(asVar.errors?.[0]?.message).toContain('CASTLE');
      expect(asVar.errors?.[0]?.message).toContain('MANAGEMENT_AREA');
      const asLiteral = await api.exec(
        `mutation { createOrgUnit(input: { kind: CASTLE, name: "城堡", code: "X-6" }) { id } }`,
      );
      expect(asLiteral.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(await count()).toBe(before);
    });

    it('refuses to move a unit under its own descendant', async () => {
      const r = await api.exec(UPDATE, { id: t.heshan.id, input: { parentId: t.area1.id } });
      expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.['field']).toBe('parentId');
      const r2 = await api.exec(UPDATE, { id: t.heshan.id, input: { parentId: t.heshan.id } });
      expect(r2.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const still = await api.ok<ListData>(LIST, { filter: { underId: t.heshan.id } });
      expect(still.orgUnits.total).toBe(3);
    });

    it('refuses a move under a parent of the wrong kind', async () => {
      const r = await api.exec(UPDATE, { id: t.group1.id, input: { parentId: t.heshan.id } });
      expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toContain('居民组不能设在农场之下');
    });

    it('refuses a kind change that its children could not stay under', async () => {
      const r = await api.exec(UPDATE, { id: t.area1.id, input: { kind: 'FARM_DEPARTMENT' } });
      expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.['field']).toBe('kind');
    });
  });

  describe('writes', () => {
    it('moves a management area with its residents\' groups to another farm', async () => {
      const area = await unit(api, 'MANAGEMENT_AREA', '第三管理区', t.heshan);
      const group = await unit(api, 'RESIDENTS_GROUP', '第七居民组', area);
      const moved = await api.ok<{ updateOrgUnit: { parentId: string; depth: number } }>(UPDATE, {
        id: area.id,
        input: { parentId: t.other.id },
      });
      expect(moved.updateOrgUnit.parentId).toBe(t.other.id);
      const underOther = await api.ok<ListData>(LIST, { filter: { underId: t.other.id } });
      expect(underOther.orgUnits.items.map((u) => u.id)).toContain(group.id);
      const underHeshan = await api.ok<ListData>(LIST, { filter: { underId: t.heshan.id } });
      expect(underHeshan.orgUnits.items.map((u) => u.id)).not.toContain(group.id);
      const g = await api.ok<{ orgUnit: { depth: number; ancestors: { name: string }[] } }>(
        `query($id: ID!) { orgUnit(id: $id) { depth ancestors { name } } }`,
        { id: group.id },
      );
      expect(g.orgUnit.ancestors.map((a) => a.name)).toEqual(['九三管理局', '尖山农场', '第三管理区']);
      expect(g.orgUnit.depth).toBe(3);
    });

    it('renames a unit and catches a stale version with CONFLICT', async () => {
      const area = await unit(api, 'MANAGEMENT_AREA', '第四管理区', t.heshan);
      const first = await api.ok<{ updateOrgUnit: { name: string; version: number } }>(UPDATE, {
        id: area.id,
        input: { name: '第四管理区（新）', version: area.version },
      });
      expect(first.updateOrgUnit.name).toBe('第四管理区（新）');
      expect(first.updateOrgUnit.version).toBe(area.version + 1);
      const stale = await api.exec(UPDATE, { id: area.id, input: { name: '晚到的修改', version: area.version } });
      expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it('refuses to delete a unit that has children, and deletes an empty one', async () => {
      const before = await count();
      const refused = await api.exec(DELETE, { id: t.area1.id });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toContain('1 个下级单位');
      expect(await count()).toBe(before);

      const lone = await unit(api, 'PRODUCTION_POINT', '临时作业点', t.heshan);
      await api.ok(DELETE, { id: lone.id });
      const gone = await api.exec(`query($id: ID!) { orgUnit(id: $id) { id } }`, { id: lone.id });
      expect(gone.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });
  });
});
