import type { TestApi } from './gql.js';

export interface UnitRef {
  id: string;
  name: string;
  kind: string;
  code: string;
  parentId: string | null;
  version: number;
}

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) { id name kind code parentId version }
  }
`;

let seq = 0;

/** Creates a unit through the API, as an administrator would. */
export async function unit(
  api: TestApi,
  kind: string,
  name: string,
  parent?: { id: string } | null,
  extra: Record<string, unknown> = {},
): Promise<UnitRef> {
  seq += 1;
  const data = await api.ok<{ createOrgUnit: UnitRef }>(CREATE, {
    input: { kind, name, code: `T${seq}-${kind.slice(0, 4)}`, parentId: parent?.id ?? null, ...extra },
  });
  return data.createOrgUnit;
}

export interface SmallTree {
  bureau: UnitRef;
  heshan: UnitRef;
  area1: UnitRef;
  group1: UnitRef;
  community: UnitRef;
  dept: UnitRef;
  other: UnitRef;
  otherArea: UnitRef;
}

/** 九三管理局 → 鹤山农场 → 第一管理区 → 第一居民组, a community, a department, and a second farm. */
export async function smallTree(api: TestApi): Promise<SmallTree> {
  const bureau = await unit(api, 'BUREAU', '九三管理局');
  const heshan = await unit(api, 'FARM', '鹤山农场', bureau);
  const area1 = await unit(api, 'MANAGEMENT_AREA', '第一管理区', heshan);
  const group1 = await unit(api, 'RESIDENTS_GROUP', '第一居民组', area1);
  const community = await unit(api, 'COMMUNITY', '鹤山社区', heshan);
  const dept = await unit(api, 'BUREAU_DEPARTMENT', '信访办公室', bureau, { flags: ['HEAVY_PETITION_LOAD'] });
  const other = await unit(api, 'FARM', '尖山农场', bureau);
  const otherArea = await unit(api, 'MANAGEMENT_AREA', '第二管理区', other);
  return { bureau, heshan, area1, group1, community, dept, other, otherArea };
}
