import { ORG_UNIT_KIND_TITLES, allowedChildKinds, ALLOWED_PARENT_KINDS, type OrgUnitKind } from '@lianxi/rules';
import { AppError, badInput } from '../../graphql/errors.js';

export const ORG_UNIT = { zh: '单位', en: 'unit' };

const kindZh = (k: OrgUnitKind | null) => (k ? ORG_UNIT_KIND_TITLES[k].zh : '（无上级）');
const kindEn = (k: OrgUnitKind | null) => (k ? ORG_UNIT_KIND_TITLES[k].en : '(no parent)');

export function unknownParent(parentId: string): AppError {
  return badInput('parentId', { zh: `上级单位不存在：${parentId}`, en: `The parent unit does not exist: ${parentId}` });
}

export function kindNotAllowedUnder(kind: OrgUnitKind, parentKind: OrgUnitKind | null): AppError {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  return new AppError(
    'BAD_USER_INPUT',
    {
      zh: `${kindZh(kind)}不能设在${kindZh(parentKind)}之下；可设在：${allowed.map(kindZh).join('、')}`,
      en: `A ${kindEn(kind)} cannot sit under a ${kindEn(parentKind)}; allowed under: ${allowed.map(kindEn).join(', ')}`,
    },
    { field: 'parentId', allowedParentKinds: allowed.filter((k) => k !== null) },
  );
}

export function childNotAllowedUnderNewKind(kind: OrgUnitKind, childKind: OrgUnitKind): AppError {
  const allowed = allowedChildKinds(kind);
  return badInput('kind', {
    zh: `改为${kindZh(kind)}后，其下的${kindZh(childKind)}将不合规（${kindZh(kind)}之下只能设：${allowed.map(kindZh).join('、') || '无'}）`,
    en: `As a ${kindEn(kind)} it could not keep its ${kindEn(childKind)} children (a ${kindEn(kind)} takes: ${allowed.map(kindEn).join(', ') || 'none'})`,
  });
}

export function cycle(): AppError {
  return badInput('parentId', {
    zh: '不能把单位移到它自己或它的下级单位之下',
    en: 'A unit cannot be moved under itself or one of its own descendants',
  });
}

export function duplicateCode(code: string): AppError {
  return badInput('code', { zh: `单位编码“${code}”已被使用`, en: `The unit code "${code}" is already in use` });
}

export function badCode(code: string): AppError {
  return badInput('code', {
    zh: `单位编码只能由字母、数字、短横线和下划线组成（1–40 位），收到“${code}”`,
    en: `A unit code takes 1–40 letters, digits, dashes or underscores, got "${code}"`,
  });
}

export function stillInUse(counts: { children: number; people: number; households: number; positions: number; deputyTerms: number }): AppError {
  const zh: string[] = [];
  const en: string[] = [];
  if (counts.children) { zh.push(`${counts.children} 个下级单位`); en.push(`${counts.children} child unit(s)`); }
  if (counts.people) { zh.push(`${counts.people} 名人员`); en.push(`${counts.people} person(s)`); }
  if (counts.households) { zh.push(`${counts.households} 户居民`); en.push(`${counts.households} household(s)`); }
  if (counts.positions) { zh.push(`${counts.positions} 条任职记录`); en.push(`${counts.positions} position record(s)`); }
  if (counts.deputyTerms) { zh.push(`${counts.deputyTerms} 条党代表任期`); en.push(`${counts.deputyTerms} deputy term(s)`); }
  return new AppError(
    'CONFLICT',
    {
      zh: `该单位仍有${zh.join('、')}，请先移走或删除它们再删除单位`,
      en: `The unit still has ${en.join(', ')}; move or delete them before deleting the unit`,
    },
    { field: 'id', ...counts },
  );
}
