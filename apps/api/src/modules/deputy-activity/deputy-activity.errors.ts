import { badInput, type AppError } from '../../graphql/errors.js';

export const DEPUTY_ACTIVITY = { zh: '党代表联系群众活动', en: 'deputy contact activity' };
export const DEPUTY_PAIRING = { zh: '党代表结对', en: 'deputy pairing' };
export const DUTY_REPORT = { zh: '党代表述职', en: 'duty report' };

export function noDeputies(): AppError {
  return badInput('deputyIds', { zh: '须至少有一名党代表参加', en: 'At least one deputy takes part' });
}

export function unknownHousehold(id: string): AppError {
  return badInput('householdId', { zh: `居民户不存在：${id}`, en: `The household does not exist: ${id}` });
}

export function badCount(field: string, n: number): AppError {
  return badInput(field, { zh: `人数应在 0 到 100000 之间，收到 ${n}`, en: `The number must be from 0 to 100000, got ${n}` });
}
