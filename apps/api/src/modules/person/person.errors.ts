import { badInput, type AppError } from '../../graphql/errors.js';

export const PERSON = { zh: '人员', en: 'person' };
export const POSITION = { zh: '任职记录', en: 'position' };

export function unknownUnit(field: string, unitId: string): AppError {
  return badInput(field, { zh: `单位不存在：${unitId}`, en: `The unit does not exist: ${unitId}` });
}

export function notACommunity(): AppError {
  return badInput('homeCommunityId', {
    zh: '居住社区应选择社区或居民小区',
    en: 'The home community must be a community or a residential quarter',
  });
}

export function tooOld(birthDate: string): AppError {
  return badInput('birthDate', { zh: `出生日期不合理：${birthDate}`, en: `Implausible birth date: ${birthDate}` });
}

export function joinedWithoutMembership(): AppError {
  return badInput('partyJoinedOn', {
    zh: '填写了入党日期，但未标记为党员',
    en: 'A joining date is given but the person is not marked as a Party member',
  });
}

export function joinedTooYoung(joinedOn: string, birthDate: string): AppError {
  return badInput('partyJoinedOn', {
    zh: `入党日期（${joinedOn}）应在年满 18 周岁之后（出生于 ${birthDate}）`,
    en: `The joining date (${joinedOn}) must be after the 18th birthday (born ${birthDate})`,
  });
}

export function badIdNumber(reason: { zh: string; en: string }): AppError {
  return badInput('idNumber', { zh: `身份证号无效：${reason.zh}`, en: `Invalid resident ID number: ${reason.en}` });
}

export function unknownPerson(personId: string): AppError {
  return badInput('personId', { zh: `人员不存在：${personId}`, en: `The person does not exist: ${personId}` });
}
