import { randomUUID } from 'node:crypto';
import { addDays } from '@lianxi/rules';
import type { DemoRecordContext, DemoRecordSeeder } from '../../seed/demo-records.js';
import { SPAN_HOURS } from './reception.service.js';
import { BUILT_IN_CALENDARS, WorkCalendar } from './work-calendar.js';
import { insertChunked } from '../common/record-kit.seed.js';

const PLACES = ['管理局信访接待大厅', '管理局三楼接待室', '农场信访接待室', '管理区便民服务中心', '社区党群服务中心'];
const JOINT = ['信访办', '司法局', '人社局', '国土资源局', '农业局', '法律顾问'];

const insert = insertChunked;

const pick = <T>(ctx: DemoRecordContext, xs: readonly T[]): T => xs[Math.floor(ctx.random() * xs.length)] as T;
const monthsFrom = (start: string, today: string): string[] => {
  const out: string[] = [];
  for (let m = start.slice(0, 7); m <= today.slice(0, 7); ) {
    out.push(m);
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  return out;
};

/**
 * Reception days of bureau leaders and heavy-petition department heads (mostly one a month, published a few
 * days ahead; some months missed, some published late), and each farm's duty roster day by day with a few gaps
 * and double bookings.
 */
export const seedReception: DemoRecordSeeder = async (ctx) => {
  const cal = new WorkCalendar(Object.values(BUILT_IN_CALENDARS));
  const units = new Map(ctx.units.map((u) => [u.id, u]));
  const active = (p: { from: string; to: string | null }, d: string) => p.from <= d && (p.to === null || d <= p.to);
  const receivers = ctx.positions.filter((p) => {
    const u = units.get(p.unitId);
    return (u?.kind === 'BUREAU' && (p.leadershipTeam || p.principal)) || (u?.flags.includes('HEAVY_PETITION_LOAD') && p.deptHead);
  });
  const days: Record<string, unknown>[] = [];
  for (const p of receivers) {
    const principal = p.principal && units.get(p.unitId)?.kind === 'BUREAU';
    for (const month of monthsFrom('2025-01-01', ctx.today)) {
      if (ctx.random() < 0.1) continue; // a month missed
      const workdays: string[] = [];
      for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) if (cal.isWorkingDay(d) && active(p, d)) workdays.push(d);
      if (workdays.length === 0) continue;
      const date = pick(ctx, workdays);
      if (date > addDays(ctx.today, 20)) continue;
      const r = ctx.random();
      const announcedOn = r < 0.05 ? null : r < 0.12 ? date : addDays(date, -(2 + Math.floor(ctx.random() * 6)));
      const span = pick(ctx, ['WHOLE_DAY', 'MORNING', 'MORNING', 'AFTERNOON'] as const);
      days.push({
        id: randomUUID(),
        person_id: p.personId,
        unit_id: p.unitId,
        occurred_on: date,
        span,
        start_time: SPAN_HOURS[span][0],
        end_time: SPAN_HOURS[span][1],
        place: pick(ctx, PLACES.slice(0, 2)),
        mode: principal ? 'APPOINTMENT' : pick(ctx, ['FIXED_POINT', 'FIXED_POINT', 'THEMATIC', 'CASE_DOWN', 'RETURN_VISIT', 'APPOINTMENT']),
        joint_departments: ctx.random() < 0.3 ? [pick(ctx, JOINT)] : [],
        participants: ctx.random() < 0.15 ? ['法律顾问'] : [],
        announced_at: announcedOn && announcedOn <= ctx.today ? `${announcedOn}T09:00:00+08:00` : null,
      });
    }
  }
  await insert(ctx, 'reception_day', days);

  const duty: Record<string, unknown>[] = [];
  for (const farm of ctx.units.filter((u) => u.kind === 'FARM')) {
    const team = ctx.positions.filter((p) => p.unitId === farm.id && (p.leadershipTeam || p.principal || p.partySecretary));
    if (team.length === 0) continue;
    let turn = 0;
    for (let d = '2025-01-01'; d <= ctx.today; d = addDays(d, 1)) {
      const on = team.filter((p) => active(p, d));
      if (on.length === 0 || ctx.random() < 0.02) continue; // a gap
      const first = on[turn++ % on.length];
      if (!first) continue;
      duty.push({ id: randomUUID(), person_id: first.personId, unit_id: farm.id, occurred_on: d, place: '农场信访接待室' });
      const second = on[turn % on.length];
      if (second && second.personId !== first.personId && ctx.random() < 0.01) {
        duty.push({ id: randomUUID(), person_id: second.personId, unit_id: farm.id, occurred_on: d, place: '农场信访接待室' });
      }
    }
  }
  await insert(ctx, 'duty_day', duty);
  return { reception_day: days.length, duty_day: duty.length };
};
