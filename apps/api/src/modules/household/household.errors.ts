import { ORG_UNIT_KIND_TITLES, type OrgUnitKind } from '@lianxi/rules';
import { badInput, type AppError } from '../../graphql/errors.js';

export const HOUSEHOLD = { zh: '居民户', en: 'household' };

export function unknownGroup(unitId: string): AppError {
  return badInput('unitId', { zh: `所属居民组不存在：${unitId}`, en: `The residents' group does not exist: ${unitId}` });
}

export function notAGroup(kind: OrgUnitKind): AppError {
  return badInput('unitId', {
    zh: `居民户只能登记在居民组下，所选单位是${ORG_UNIT_KIND_TITLES[kind].zh}`,
    en: `A household belongs to a residents' group, not to a ${ORG_UNIT_KIND_TITLES[kind].en}`,
  });
}

export function badMemberCount(n: number): AppError {
  return badInput('memberCount', { zh: `家庭人口应在 1 到 30 之间，收到 ${n}`, en: `Members must be from 1 to 30, got ${n}` });
}
