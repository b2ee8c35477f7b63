import { AppError, badInput } from '../../graphql/errors.js';

export const RECEPTION_DAY = { zh: '接访日', en: 'reception day' };
export const DUTY_DAY = { zh: '接访值班', en: 'duty day' };

/** A refusal that names a stable code, like the rules' violations do, so clients can tell them apart. */
export function refused(field: string, code: string, zh: string, en: string): AppError {
  return new AppError('BAD_USER_INPUT', { zh, en }, { field, rule: code, violations: [{ code, message: { zh, en } }] });
}

export const unknownPerson = (field: string, id: string) => badInput(field, { zh: `人员不存在：${id}`, en: `No such person: ${id}` });
export const unknownUnit = (field: string, id: string) => badInput(field, { zh: `单位不存在：${id}`, en: `No such unit: ${id}` });

export function badTime(field: string, value: string): AppError {
  return badInput(field, { zh: `时间应为 HH:MM（如 08:30），收到 ${value}`, en: `A time is written HH:MM (e.g. 08:30), got ${value}` });
}

export function badMonth(value: string): AppError {
  return badInput('month', { zh: `月份应为 YYYY-MM（如 2025-03），收到 ${value}`, en: `A month is written YYYY-MM (e.g. 2025-03), got ${value}` });
}
