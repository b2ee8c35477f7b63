import type { DutyDayFact, Fact, ReceptionDayFact, ReceptionMode } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FactQuery, FactSource } from '../compliance/fact-source.js';

/** The CST calendar date of an instant, in SQL (China has no daylight saving, so +8 hours is exact). */
const CST_DATE = (col: string) => `to_char((${col} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

async function receptionDays(em: EntityManager, q: FactQuery): Promise<ReceptionDayFact[]> {
  const params: unknown[] = [`${q.unitPath}%`, q.from, q.to];
  let sql = `select r.id::text as id, r.person_id::text as "personId", r.unit_id::text as "unitId",
                    to_char(r.occurred_on, 'YYYY-MM-DD') as date, r.mode, ${CST_DATE('r.announced_at')} as "announcedOn"
               from reception_day r join org_unit u on u.id = r.unit_id
              where r.deleted_at is null and u.path like ? and r.occurred_on between ? and ?`;
  if (q.personIds) {
    if (q.personIds.length === 0) return [];
    sql += ' and r.person_id in (?)';
    params.push([...q.personIds]);
  }
  const rows = await em.getConnection().execute<{ id: string; personId: string; unitId: string; date: string; mode: ReceptionMode; announcedOn: string | null }[]>(sql, params);
  return rows.map((r) => ({ kind: 'RECEPTION_DAY', ...r }));
}

async function dutyDays(em: EntityManager, q: FactQuery): Promise<DutyDayFact[]> {
  // Duty days are the farm's (a unit fact): a person filter does not apply to them.
  const rows = await em.getConnection().execute<{ id: string; personId: string; unitId: string; date: string }[]>(
    `select d.id::text as id, d.person_id::text as "personId", d.unit_id::text as "unitId", to_char(d.occurred_on, 'YYYY-MM-DD') as date
       from duty_day d join org_unit u on u.id = d.unit_id
      where d.deleted_at is null and u.path like ? and d.occurred_on between ? and ?`,
    [`${q.unitPath}%`, q.from, q.to],
  );
  return rows.map((r) => ({ kind: 'DUTY_DAY', ...r }));
}

export const receptionFactSource: FactSource = {
  kinds: ['RECEPTION_DAY', 'DUTY_DAY'],
  async load(em: EntityManager, q: FactQuery): Promise<Fact[]> {
    const [a, b] = await Promise.all([receptionDays(em, q), dutyDays(em, q)]);
    return [...a, ...b];
  },
};
