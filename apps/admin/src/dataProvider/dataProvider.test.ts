import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from './apolloClient';
import { createDataProvider } from './dataProvider';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
}

type Responder = (call: Call) => unknown;

/**
 * The real Apollo Client and link chain over a fake fetch: the tests see exactly what would go on the wire
 * (operation, variables, headers, credentials) and answer as the API would.
 */
function setup(respond: Responder, locale = 'zh-CN') {
  const calls: Call[] = [];
  const fetchFake = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Record<string, unknown> };
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const call: Call = { operationName: body.operationName, variables: body.variables ?? {}, headers, credentials: init?.credentials };
    calls.push(call);
    const answer = respond(call);
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = createApolloClient({ uri: 'http://api.test/graphql', getLocale: () => locale, fetch: fetchFake });
  return { provider: createDataProvider({ client }), calls };
}

const unit = (over: Record<string, unknown> = {}) => ({
  id: 'u1',
  name: '第一管理区',
  code: 'JS-HS-A01',
  kind: 'MANAGEMENT_AREA',
  parentId: 'f1',
  flags: [],
  sector: null,
  depth: 2,
  childCount: 6,
  householdCount: 39,
  personCount: 13,
  version: 3,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...over,
});
const unitDetail = (over: Record<string, unknown> = {}) => ({ ...unit(over), parent: null, ancestors: [] });

const position = (over: Record<string, unknown> = {}) => ({
  id: 'pos1',
  personId: 'p1',
  unitId: 'g5',
  title: '居民组长',
  from: '2020-08-24',
  to: null,
  leadershipTeam: false,
  principal: false,
  partySecretary: false,
  branchHead: false,
  deptHead: false,
  version: 1,
  unit: { id: 'g5', name: '第五居民组', kind: 'RESIDENTS_GROUP', flags: [] },
  ...over,
});
const person = (over: Record<string, unknown> = {}) => ({
  id: 'p1',
  name: '丁刚峰',
  gender: 'MALE',
  birthDate: '1978-12-26',
  education: 'PRIMARY',
  partyMember: true,
  partyJoinedOn: '2010-12-01',
  rank: 'NONE',
  reserveCadre: false,
  grassrootsExperience: true,
  homeCommunityId: null,
  idNumber: '2302**********2098',
  phone: '157****7972',
  unitId: 'g5',
  version: 7,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  positions: [position()],
  deputyTerms: [],
  profiles: ['PARTY_MEMBER'],
  ...over,
});

describe('the data provider maps react-admin calls onto the GraphQL contract', () => {
  it('getList sends page, perPage, a sortable field and only the filter keys the API knows, with credentials and the UI language', async () => {
    const { provider, calls } = setup(() => ({ data: { orgUnits: { total: 41, items: [unit()] } } }), 'en');
    const result = await provider.getList('orgUnits', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'DESC' },
      filter: { q: '管理区', kind: 'MANAGEMENT_AREA', kinds: [], bogus: 1, underId: '' },
    });
    expect(result).toEqual({ data: [unit()], total: 41 });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      operationName: 'OrgUnits',
      variables: { page: 2, perPage: 10, sort: { field: 'name', order: 'DESC' }, filter: { q: '管理区', kind: 'MANAGEMENT_AREA' } },
      credentials: 'include',
    });
    expect(calls[0]?.headers['accept-language']).toBe('en');
  });

  it('getList leaves out a sort the API cannot do (react-admin’s default id) and caps perPage at 500', async () => {
    const { provider, calls } = setup(() => ({ data: { people: { total: 0, items: [] } } }));
    await provider.getList('people', { pagination: { page: 1, perPage: 5000 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(calls[0]?.variables).toMatchObject({ sort: null, perPage: 500 });
    expect(calls[0]?.headers['accept-language']).toBe('zh-CN');
  });

  it('getOne, getMany and getManyReference use the by-id query, the ids filter and the target as a filter', async () => {
    const { provider, calls } = setup((c) =>
      c.operationName === 'OrgUnit'
        ? { data: { orgUnit: unitDetail() } }
        : { data: { orgUnits: { total: 1, items: [unit()] } } },
    );
    expect((await provider.getOne('orgUnits', { id: 'u1' })).data).toEqual(unitDetail());
    await provider.getMany('orgUnits', { ids: ['u1', 'u1', 'u2'] });
    await provider.getManyReference('orgUnits', {
      target: 'parentId',
      id: 'f1',
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'code', order: 'ASC' },
      filter: { kind: 'RESIDENTS_GROUP' },
    });
    expect(calls.map((c) => c.operationName)).toEqual(['OrgUnit', 'OrgUnits', 'OrgUnits']);
    expect(calls[0]?.variables).toEqual({ id: 'u1' });
    expect(calls[1]?.variables).toMatchObject({ filter: { ids: ['u1', 'u2'] }, perPage: 2 });
    expect(calls[2]?.variables).toMatchObject({ filter: { parentId: 'f1', kind: 'RESIDENTS_GROUP' }, sort: { field: 'code', order: 'ASC' } });
  });

  it('create sends the input fields that carry a value', async () => {
    const { provider, calls } = setup(() => ({ data: { createOrgUnit: unitDetail({ id: 'new', name: '第九居民组', kind: 'RESIDENTS_GROUP' }) } }));
    const { data } = await provider.create('orgUnits', {
      data: { name: '第九居民组', code: 'JS-HS-A01-G09', kind: 'RESIDENTS_GROUP', parentId: 'u1', sector: null, flags: [], childCount: 0 },
    });
    expect(data).toMatchObject({ id: 'new' });
    expect(calls[0]).toMatchObject({
      operationName: 'CreateOrgUnit',
      variables: { input: { name: '第九居民组', code: 'JS-HS-A01-G09', kind: 'RESIDENTS_GROUP', parentId: 'u1' } },
    });
  });

  it('update sends only the changed fields with the version read, and never a masked phone back', async () => {
    const { provider, calls } = setup(() => ({ data: { updateHousehold: { id: 'h1' } } }));
    const previousData = { id: 'h1', headName: '王强', address: '一号楼', phone: '138****5678', memberCount: 3, flags: ['POOR'], version: 4, unitId: 'g1' };
    await provider.update('households', {
      id: 'h1',
      previousData,
      data: { ...previousData, address: '二号楼', flags: ['POOR', 'EMPTY_NEST_ELDERLY'] },
    });
    expect(calls[0]).toMatchObject({
      operationName: 'UpdateHousehold',
      variables: { id: 'h1', input: { address: '二号楼', flags: ['POOR', 'EMPTY_NEST_ELDERLY'], version: 4 } },
    });
    expect(Object.keys(calls[0]?.variables['input'] as object).sort()).toEqual(['address', 'flags', 'version']);
  });

  it('update of a person turns edited position rows into create, update and delete of positions', async () => {
    const { provider, calls } = setup((c) => {
      if (c.operationName === 'Person') return { data: { person: person() } };
      if (c.operationName === 'UpdatePerson') return { data: { updatePerson: person() } };
      if (c.operationName === 'CreatePosition') return { data: { createPosition: position({ id: 'pos3' }) } };
      if (c.operationName === 'UpdatePosition') return { data: { updatePosition: position() } };
      return { data: { deletePosition: { id: 'pos2' } } };
    });
    const previousData = person({ positions: [position(), position({ id: 'pos2', title: '旧职务', version: 2 })] });
    await provider.update('people', {
      id: 'p1',
      previousData,
      data: {
        ...previousData,
        rank: 'CLERK',
        positions: [
          { ...position(), partySecretary: true, unit: undefined },
          { unitId: 'g5', title: '党小组组长', from: '2025-03-01', to: null, branchHead: true },
        ],
      },
    });
    expect(calls.map((c) => c.operationName)).toEqual(['UpdatePerson', 'UpdatePosition', 'CreatePosition', 'DeletePosition', 'Person']);
    expect(calls[0]?.variables).toEqual({ id: 'p1', input: { rank: 'CLERK', version: 7 } });
    expect(calls[1]?.variables).toEqual({ id: 'pos1', input: { partySecretary: true, version: 1 } });
    expect(calls[2]?.variables).toEqual({
      input: { unitId: 'g5', title: '党小组组长', from: '2025-03-01', branchHead: true, personId: 'p1' },
    });
    expect(calls[3]?.variables).toEqual({ id: 'pos2' });
  });

  it('updateMany and deleteMany send one mutation per id', async () => {
    const { provider, calls } = setup((c) =>
      c.operationName === 'UpdateOrgUnit' ? { data: { updateOrgUnit: unitDetail() } } : { data: { deleteOrgUnit: { id: 'x' } } },
    );
    expect(await provider.updateMany('orgUnits', { ids: ['a', 'b'], data: { flags: ['LAGGING'] } })).toEqual({ data: ['a', 'b'] });
    expect(await provider.deleteMany('orgUnits', { ids: ['c'] })).toEqual({ data: ['c'] });
    expect(calls.map((c) => [c.operationName, c.variables['id']])).toEqual([
      ['UpdateOrgUnit', 'a'],
      ['UpdateOrgUnit', 'b'],
      ['DeleteOrgUnit', 'c'],
    ]);
    expect(calls[0]?.variables['input']).toEqual({ flags: ['LAGGING'] });
  });
});

describe('the data provider turns API errors into what react-admin shows', () => {
  it('puts a BAD_USER_INPUT message under the field it names and in the notification', async () => {
    const message = '农场不能设在管理区之下；可设在：管理局';
    const { provider } = setup(() => ({
      data: null,
      errors: [{ message, path: ['createOrgUnit'], extensions: { code: 'BAD_USER_INPUT', field: 'parentId' } }],
    }));
    const error = await provider.create('orgUnits', { data: { name: 'x', code: 'x', kind: 'FARM', parentId: 'u1' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      message,
      status: 400,
      body: { code: 'BAD_USER_INPUT', field: 'parentId', errors: { parentId: message, root: { serverError: message } } },
    });
  });

  it('names the row of an inline position that the API refused', async () => {
    const { provider } = setup((c) =>
      c.operationName === 'CreatePosition'
        ? { data: null, errors: [{ message: '结束日期不能早于开始日期', extensions: { code: 'BAD_USER_INPUT', field: 'input.to' } }] }
        : { data: { person: person() } },
    );
    const error = await provider
      .update('people', {
        id: 'p1',
        previousData: person(),
        data: { ...person(), positions: [position(), { unitId: 'g5', title: 'x', from: '2025-03-01', to: '2025-01-01' }] },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, body: { errors: { 'positions.1.to': '结束日期不能早于开始日期' } } });
  });

  it('maps CONFLICT and NOT_FOUND to 409 and 404 with the API’s message and no field', async () => {
    const { provider } = setup((c) =>
      c.operationName === 'OrgUnit'
        ? { data: null, errors: [{ message: '单位不存在', extensions: { code: 'NOT_FOUND' } }] }
        : { data: null, errors: [{ message: '数据已被修改', extensions: { code: 'CONFLICT', field: 'version' } }] },
    );
    await expect(provider.getOne('orgUnits', { id: 'nope' })).rejects.toMatchObject({ status: 404, message: '单位不存在' });
    const conflict = await provider.update('orgUnits', { id: 'u1', previousData: unit(), data: { ...unit(), name: '新' } }).catch((e: unknown) => e);
    expect(conflict).toMatchObject({ status: 409, message: '数据已被修改', body: { code: 'CONFLICT' } });
    expect((conflict as HttpError).body.errors).toBeUndefined();
  });

  it('reports an unreachable server as a network error that the screens offer to retry', async () => {
    const { provider } = setup(() => new TypeError('Failed to fetch'));
    await expect(provider.getList('orgUnits', { pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' }, filter: {} })).rejects.toMatchObject({
      status: 0,
      message: 'lianxi.error.network',
    });
  });
});
