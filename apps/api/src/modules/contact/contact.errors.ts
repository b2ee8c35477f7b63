import { badInput, conflict, type AppError } from '../../graphql/errors.js';

export const LINK = { zh: '联系点', en: 'contact link' };
export const VISIT = { zh: '到联系点记录', en: 'contact visit' };
export const FAMILY_VISIT = { zh: '走访职工家庭记录', en: 'family visit' };
export const PAIRING = { zh: '结对帮扶党支部记录', en: 'branch pairing' };

export const LABELS = {
  occurredOn: { zh: '日期', en: 'The date' },
  from: { zh: '开始日期', en: 'The first day' },
  endsOn: { zh: '结束日期', en: 'The last day' },
  endReason: { zh: '结束原因', en: 'The end reason' },
  content: { zh: '内容', en: 'The content' },
  goal: { zh: '帮扶目标', en: 'The goal' },
};

export function oneTarget(): AppError {
  return badInput('targetUnitId', {
    zh: '请选择联系的单位或居民户，二者只选其一',
    en: 'Give the unit or the household linked: exactly one of targetUnitId and targetHouseholdId',
  });
}

export function categoryMismatch(category: string, what: string): AppError {
  return badInput('category', {
    zh: `联系点类别“${category}”与所选联系对象（${what}）不符`,
    en: `Category ${category} does not match the target (${what})`,
  });
}

export function unknownLink(id: string): AppError {
  return badInput('linkId', { zh: `联系点不存在：${id}`, en: `No such contact link: ${id}` });
}

export function visitBeforeLink(date: string, from: string): AppError {
  return badInput('occurredOn', {
    zh: `走访日期（${date}）早于该联系点的建立日期（${from}）`,
    en: `The visit (${date}) is before the link started (${from})`,
  });
}

export function visitAfterLink(date: string, to: string): AppError {
  return badInput('occurredOn', {
    zh: `走访日期（${date}）晚于该联系点的结束日期（${to}）`,
    en: `The visit (${date}) is after the link ended (${to})`,
  });
}

export function linkNotForHousehold(): AppError {
  return badInput('linkId', {
    zh: '所选联系点不是该干部与这户家庭的联系',
    en: "The link given is not this cadre's link to this household",
  });
}

export function notABranch(kindZh: string, kindEn: string): AppError {
  return badInput('branchId', {
    zh: `结对帮扶的对象须是基层党支部，所选单位是${kindZh}`,
    en: `A pairing is with a grassroots Party branch, not a ${kindEn}`,
  });
}

export function linkHasVisits(n: number): AppError {
  return conflict({
    zh: `该联系点已有 ${n} 条走访记录，不能删除；如联系已结束，请填写结束日期和原因`,
    en: `The link has ${n} visit(s) and cannot be deleted; end it with a date and a reason instead`,
  });
}

export function visitsOutsideLink(n: number): AppError {
  return badInput('occurredOn', {
    zh: `有 ${n} 条走访记录会落在联系期之外，请先调整它们`,
    en: `${n} visit(s) would fall outside the link's dates; change them first`,
  });
}
