import { addDays } from '@lianxi/rules';
import express, { type Router } from 'express';
import type { Ctx } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { todayCst } from '../../graphql/scalars.js';
import type { ReceptionModeValue, ReceptionSpan } from './reception.entity.js';
import { SPAN_HOURS } from './reception.service.js';
import { visitCasePrintRouter } from '../visit-case/visit-case.print.js';

// The public schedule (事前公告): announced reception days of the leaders of a unit and the units under it, as
// anyone may read them without signing in — name, post, time, place, mode. Nothing about visitors is here, and
// no ids: the rows are read with SQL that selects only these columns.

export interface PublicDay {
  date: string;
  span: ReceptionSpan;
  startTime: string;
  endTime: string;
  place: string;
  mode: ReceptionModeValue;
  leaderName: string;
  leaderPost: string | null;
  unitName: string;
  jointDepartments: string[];
  announcedAt: Date;
  /** For the .ics UID only; never shown. */
  key: string;
}

export interface PublicSchedule {
  unitCode: string;
  unitName: string;
  from: string;
  to: string;
  days: PublicDay[];
}

const MODE_ZH: Record<ReceptionModeValue, string> = {
  FIXED_POINT: '定点接访',
  APPOINTMENT: '预约接访',
  THEMATIC: '专题接访',
  CASE_DOWN: '带案下访',
  RETURN_VISIT: '回访',
};
const SPAN_ZH: Record<ReceptionSpan, string> = { WHOLE_DAY: '全天', MORNING: '上午', AFTERNOON: '下午' };

/** Default window: a week back (so today's and this week's remain listed) to three months ahead. */
export function defaultWindow(now: Date): { from: string; to: string } {
  const today = todayCst(now);
  return { from: addDays(today, -7), to: addDays(today, 92) };
}

/** `ctx` must see the unit: the public routes pass a system context, the GraphQL field the caller's (system) one. */
export async function publicSchedule(ctx: Ctx, unitCode: string, from?: string | null, to?: string | null): Promise<PublicSchedule> {
  const conn = ctx.em.getConnection();
  const [unit] = await conn.execute<{ name: string; path: string }[]>('select name, path from org_unit where code = ?', [unitCode]);
  if (!unit) throw notFound({ zh: '单位', en: 'unit' }, unitCode);
  const window = defaultWindow(ctx.now);
  const f = from ?? window.from;
  const t = to ?? window.to;
  const rows = await conn.execute<
    {
      key: string;
      date: string;
      span: ReceptionSpan;
      start_time: string | null;
      end_time: string | null;
      place: string;
      mode: ReceptionModeValue;
      leader_name: string;
      leader_post: string | null;
      unit_name: string;
      joint_departments: string[];
      announced_at: Date;
    }[]
  >(
    `select r.id::text as key, to_char(r.occurred_on, 'YYYY-MM-DD') as date, r.span, r.start_time, r.end_time, r.place, r.mode,
            p.name as leader_name, u.name as unit_name, r.joint_departments, r.announced_at,
            (select x.title from position x
              where x.person_id = r.person_id and x.starts_on <= r.occurred_on and (x.ends_on is null or x.ends_on >= r.occurred_on)
              order by x.principal desc, x.leadership_team desc, x.starts_on desc limit 1) as leader_post
       from reception_day r
       join person p on p.id = r.person_id
       join org_unit u on u.id = r.unit_id
      where u.path like ? and r.deleted_at is null and r.announced_at is not null and r.announced_at <= ?
        and r.occurred_on between ? and ?
      order by r.occurred_on, r.span, p.name`,
    [`${unit.path}%`, ctx.now, f, t],
  );
  return {
    unitCode,
    unitName: unit.name,
    from: f,
    to: t,
    days: rows.map((r) => ({
      key: r.key,
      date: r.date,
      span: r.span,
      startTime: r.start_time ?? SPAN_HOURS[r.span][0],
      endTime: r.end_time ?? SPAN_HOURS[r.span][1],
      place: r.place,
      mode: r.mode,
      leaderName: r.leader_name,
      leaderPost: r.leader_post,
      unitName: r.unit_name,
      jointDepartments: r.joint_departments ?? [],
      announcedAt: r.announced_at,
    })),
  };
}

// ------------------------------------------------------------------------------------------------ iCalendar

function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued with a space; never split a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** A CST wall-clock time as a UTC iCalendar date-time (no VTIMEZONE needed: China has no daylight saving). */
function utcStamp(date: string, hhmm: string): string {
  const t = new Date(`${date}T${hhmm}:00+08:00`);
  return t.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function toIcs(s: PublicSchedule, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lianxi//Reception schedule//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`${s.unitName}领导接访安排`)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const d of s.days) {
    const who = d.leaderPost ? `${d.leaderName}（${d.leaderPost}）` : d.leaderName;
    const desc = [
      `${d.unitName} ${who}`,
      `${MODE_ZH[d.mode]}，${SPAN_ZH[d.span]} ${d.startTime}—${d.endTime}`,
      d.jointDepartments.length ? `联合接访：${d.jointDepartments.join('、')}` : '',
    ].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:reception-${d.key}@lianxi`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(d.date, d.startTime)}`,
      `DTEND:${utcStamp(d.date, d.endTime)}`,
      `SUMMARY:${icsText(`${who}接访`)}`,
      `LOCATION:${icsText(d.place)}`,
      `DESCRIPTION:${icsText(desc)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

// ------------------------------------------------------------------------------------------------ HTML page

function html(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function toHtml(s: PublicSchedule): string {
  const rows = s.days
    .map(
      (d) => `<tr><td>${html(d.date)}</td><td>${SPAN_ZH[d.span]} ${html(d.startTime)}—${html(d.endTime)}</td><td>${html(d.leaderName)}</td><td>${html(d.leaderPost ?? '')}</td><td>${html(d.unitName)}</td><td>${html(d.place)}</td><td>${MODE_ZH[d.mode]}</td><td>${html(d.jointDepartments.join('、'))}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(s.unitName)}领导接访安排</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.4rem .6rem;text-align:left}th{background:#f3f3f3}caption{font-size:1.4rem;font-weight:bold;margin-bottom:.8rem}</style>
</head><body>
<table><caption>${html(s.unitName)}领导干部公开接访安排（${html(s.from)} 至 ${html(s.to)}）</caption>
<thead><tr><th>日期</th><th>时间</th><th>接访领导</th><th>职务</th><th>单位</th><th>地点</th><th>方式</th><th>联合接访部门</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="8">近期暂无已公告的接访安排</td></tr>'}
</tbody></table>
<p><a href="reception.ics">订阅日历（.ics）</a></p>
</body></html>
`;
}

export interface RouteDeps {
  /** A context that sees everything: the routes themselves restrict what they read to announced days. */
  systemContext(): Ctx;
  /** The context of a request's own caller, for the signed-in print views. */
  contextFor?: (headers: Record<string, string | string[] | undefined>) => Promise<Ctx>;
}

/** `/public/units/:code/reception` (HTML) and `/public/units/:code/reception.ics`, readable without signing in. */
export function publicReceptionRouter(deps: RouteDeps): Router {
  const router = express.Router();
  const load = async (req: express.Request, res: express.Response): Promise<PublicSchedule | null> => {
    try {
      return await publicSchedule(deps.systemContext(), String(req.params['code']));
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code;
      res.status(code === 'NOT_FOUND' ? 404 : 500).type('text/plain; charset=utf-8').send(code === 'NOT_FOUND' ? '找不到该单位' : '服务暂不可用');
      return null;
    }
  };
  router.get('/public/units/:code/reception.ics', async (req, res) => {
    const s = await load(req, res);
    if (!s) return;
    res.set('Cache-Control', 'public, max-age=300').type('text/calendar; charset=utf-8').send(toIcs(s, new Date()));
  });
  router.get('/public/units/:code/reception', async (req, res) => {
    const s = await load(req, res);
    if (!s) return;
    res.set('Cache-Control', 'public, max-age=300').type('text/html; charset=utf-8').send(toHtml(s));
  });
  // The printable forms of a case (S4.FORMS) ride on the same mount; they need a signed-in caller.
  if (deps.contextFor) router.use(visitCasePrintRouter(deps.contextFor));
  return router;
}
