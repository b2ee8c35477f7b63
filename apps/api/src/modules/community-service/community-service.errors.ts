import { badInput, type AppError } from '../../graphql/errors.js';

export const REGISTRATION = { zh: '进社区报到', en: 'community registration' };
export const SERVICE_PROJECT = { zh: '社区服务项目', en: 'community service project' };
export const SERVICE_PAIRING = { zh: '服务站点结对', en: 'service pairing' };

export function unknownCommunity(id: string): AppError {
  return badInput('communityId', { zh: `社区不存在：${id}`, en: `The community does not exist: ${id}` });
}

export function notACommunity(): AppError {
  return badInput('communityId', { zh: '应选择社区或居民小区', en: 'Choose a community or a residential quarter' });
}

export function joinedOnRequired(): AppError {
  return badInput('joinedOn', {
    zh: '新发展或新转入党员须填写入党或转入日期',
    en: 'A new or transferred member needs the date they joined or transferred in',
  });
}

export function unknownHousehold(id: string): AppError {
  return badInput('householdId', { zh: `居民户不存在：${id}`, en: `The household does not exist: ${id}` });
}
