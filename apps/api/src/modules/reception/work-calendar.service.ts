import type { Ctx } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { requiredText, validDate } from '../common/validate.js';
import type { SetWorkCalendarInput } from './reception.input.js';
import type { WorkCalendarYearType } from './reception.type.js';
import { loadCalendarYear, saveCalendarYear, type CalendarEntry } from './work-calendar.js';

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badInput('year', { zh: `年份应在 2000 到 2100 之间，收到 ${year}`, en: `The year must be from 2000 to 2100, got ${year}` });
  }
}

export async function workCalendarYear(ctx: Ctx, year: number): Promise<WorkCalendarYearType> {
  checkYear(year);
  return loadCalendarYear(ctx.em, year);
}

function entries(field: string, year: number, list: readonly CalendarEntry[]): CalendarEntry[] {
  const seen = new Set<string>();
  return list.map((e) => {
    validDate(field, { zh: '日期', en: 'The date' }, e.date);
    if (Number(e.date.slice(0, 4)) !== year) {
      throw badInput(field, { zh: `${e.date} 不在 ${year} 年内`, en: `${e.date} is not in ${year}` });
    }
    if (seen.has(e.date)) throw badInput(field, { zh: `${e.date} 重复`, en: `${e.date} is listed twice` });
    seen.add(e.date);
    return { date: e.date, name: requiredText(field, { zh: '名称', en: 'The name' }, e.name, 50) };
  }).sort((a, b) => a.date.localeCompare(b.date));
}

export async function setWorkCalendar(ctx: Ctx, input: SetWorkCalendarInput): Promise<WorkCalendarYearType> {
  checkYear(input.year);
  const holidays = entries('holidays', input.year, input.holidays);
  const workdays = entries('workdays', input.year, input.workdays);
  const both = holidays.find((h) => workdays.some((w) => w.date === h.date));
  if (both) throw badInput('workdays', { zh: `${both.date} 不能既是假日又是调休上班日`, en: `${both.date} cannot be both a holiday and a working day` });
  await saveCalendarYear(ctx.em, input.year, holidays, workdays);
  return loadCalendarYear(ctx.em, input.year);
}
