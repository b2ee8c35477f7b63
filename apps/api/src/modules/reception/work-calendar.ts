import { addDays, isWeekday } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SettingEntity } from '../setting/setting.entity.js';

// China's working-day calendar: weekends off, public holidays off, and the weekend days worked in exchange
// (调休). The State Council publishes each year's list in the autumn before, so it is data, kept per year in
// app_setting under `work-calendar:<year>` and editable by administrators; the years below are built in.

export interface CalendarEntry {
  date: string;
  name: string;
}

export interface WorkCalendarYear {
  year: number;
  /** Days off that would otherwise be working days (and the weekend days inside a holiday, for display). */
  holidays: CalendarEntry[];
  /** Weekend days that are working days (调休上班). */
  workdays: CalendarEntry[];
  /** False while only the built-in list (or nothing) is known for the year. */
  edited: boolean;
}

function range(from: string, to: string, name: string): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push({ date: d, name });
  return out;
}

/** 国务院办公厅关于2025年、2026年部分节假日安排的通知. */
export const BUILT_IN_CALENDARS: Record<number, { holidays: CalendarEntry[]; workdays: CalendarEntry[] }> = {
  2025: {
    holidays: [
      ...range('2025-01-01', '2025-01-01', '元旦'),
      ...range('2025-01-28', '2025-02-04', '春节'),
      ...range('2025-04-04', '2025-04-06', '清明节'),
      ...range('2025-05-01', '2025-05-05', '劳动节'),
      ...range('2025-05-31', '2025-06-02', '端午节'),
      ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ],
    workdays: [
      { date: '2025-01-26', name: '春节调休上班' },
      { date: '2025-02-08', name: '春节调休上班' },
      { date: '2025-04-27', name: '劳动节调休上班' },
      { date: '2025-09-28', name: '国庆节调休上班' },
      { date: '2025-10-11', name: '国庆节调休上班' },
    ],
  },
  2026: {
    holidays: [
      ...range('2026-01-01', '2026-01-03', '元旦'),
      ...range('2026-02-15', '2026-02-23', '春节'),
      ...range('2026-04-04', '2026-04-06', '清明节'),
      ...range('2026-05-01', '2026-05-05', '劳动节'),
      ...range('2026-06-19', '2026-06-21', '端午节'),
      ...range('2026-09-25', '2026-09-27', '中秋节'),
      ...range('2026-10-01', '2026-10-07', '国庆节'),
    ],
    workdays: [
      { date: '2026-01-04', name: '元旦调休上班' },
      { date: '2026-02-14', name: '春节调休上班' },
      { date: '2026-02-28', name: '春节调休上班' },
      { date: '2026-05-09', name: '劳动节调休上班' },
      { date: '2026-09-20', name: '国庆节调休上班' },
      { date: '2026-10-10', name: '国庆节调休上班' },
    ],
  },
};

/** A loaded calendar: answers "is this a working day" for any date, years without data falling back to Mon–Fri. */
export class WorkCalendar {
  private readonly off = new Set<string>();
  private readonly on = new Set<string>();

  constructor(years: readonly Pick<WorkCalendarYear, 'holidays' | 'workdays'>[]) {
    for (const y of years) {
      for (const h of y.holidays) this.off.add(h.date);
      for (const w of y.workdays) this.on.add(w.date);
    }
  }

  isWorkingDay(date: string): boolean {
    if (this.on.has(date)) return true;
    if (this.off.has(date)) return false;
    return isWeekday(date);
  }

  /**
   * The day `n` working days after `date` (n ≥ 1): "within 5 working days of the assignment" ends on the fifth
   * working day after it, the day itself not counted.
   */
  addWorkingDays(date: string, n: number): string {
    let d = date;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left -= 1;
    }
    return d;
  }

  /** Dates of a span that differ from the plain Mon–Fri week (for the rules' UnitSubject.holidays). */
  exceptions(from: string, to: string): string[] {
    return [...this.off, ...this.on].filter((d) => d >= from && d <= to && this.isWorkingDay(d) !== isWeekday(d)).sort();
  }
}

export const calendarKey = (year: number) => `work-calendar:${year}`;

export async function loadCalendarYear(em: EntityManager, year: number): Promise<WorkCalendarYear> {
  const row = await em.findOne(SettingEntity, { key: calendarKey(year) });
  if (row) {
    const v = row.value as { holidays?: CalendarEntry[]; workdays?: CalendarEntry[] };
    return { year, holidays: v.holidays ?? [], workdays: v.workdays ?? [], edited: true };
  }
  const built = BUILT_IN_CALENDARS[year];
  return { year, holidays: built?.holidays ?? [], workdays: built?.workdays ?? [], edited: false };
}

/** The calendar for the years a computation touches (a deadline may run into the next year). */
export async function loadCalendar(em: EntityManager, years: Iterable<number>): Promise<WorkCalendar> {
  const wanted = [...new Set(years)];
  return new WorkCalendar(await Promise.all(wanted.map((y) => loadCalendarYear(em, y))));
}

export async function saveCalendarYear(em: EntityManager, year: number, holidays: CalendarEntry[], workdays: CalendarEntry[]): Promise<void> {
  const value = { holidays, workdays };
  const row = await em.findOne(SettingEntity, { key: calendarKey(year) });
  if (row) {
    row.value = value;
    row.updatedAt = new Date();
  } else {
    em.create(SettingEntity, { key: calendarKey(year), value, updatedAt: new Date() });
  }
  await em.flush();
}
