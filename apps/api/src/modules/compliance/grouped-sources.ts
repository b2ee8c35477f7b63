import type { Fact, FactKind } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlDate } from '../common/record-kit.js';

/** Records alike in every field a measure reads, as one fact standing for `n` of them (see evaluateCovered). */
export interface FactGroup {
  fact: Fact;
  n: number;
}

export interface GroupQuery {
  /** Inclusive dates: the year's first day and the last day counted (countedUntil). */
  from: string;
  until: string;
  /** The people working under this unit path. */
  unitPath: string;
}

/**
 * Kinds compliance reads grouped instead of record by record, for the yearly coverage rules (S2.VISITS,
 * S2.FAMILY_VISITS): a person's visits per contact point (and length) or linked family, from the kept counters
 * of migration 20261128061000 for whole months and from the records for the month the as-of day falls in.
 * `fields` are the fact fields a group carries; a rule is answered this way only when they include every field it reads.
 */
export interface GroupedSource {
  kind: FactKind;
  fields: readonly string[];
  /** The counter kinds' prefix (`CONTACT_VISIT@`) and the fact a counter kind stands for. */
  prefix: string;
  fact(counterKind: string, personId: string, date: string): Fact;
  /** The same groups, counted from the records (table alias `x`): the counter kind's expression and the table. */
  table: string;
  kindSql: string;
}

export const GROUPED_SOURCES: readonly GroupedSource[] = [
  {
    kind: 'CONTACT_VISIT',
    fields: ['linkId', 'days'],
    prefix: 'CONTACT_VISIT@',
    table: 'contact_visit',
    kindSql: `'CONTACT_VISIT@' || x.link_id || '@' || x.days`,
    fact(counterKind, personId, date) {
      const [, linkId = '', days = '0'] = counterKind.split('@');
      return { kind: 'CONTACT_VISIT', id: `${counterKind}@${personId}`, personId, unitId: '', date, linkId, days: Number(days) };
    },
  },
  {
    kind: 'FAMILY_VISIT',
    fields: ['householdId'],
    prefix: 'FAMILY_VISIT@',
    table: 'family_visit',
    kindSql: `'FAMILY_VISIT@' || x.household_id`,
    fact(counterKind, personId, date) {
      const [, householdId = ''] = counterKind.split('@');
      return { kind: 'FAMILY_VISIT', id: `${counterKind}@${personId}`, personId, unitId: '', date, householdId, linkId: null };
    },
  },
];

function lastDayOfMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return `${day.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function nextMonthStart(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * One statement for the sources' groups of a subtree's people from `from` to `until`: whole months from the
 * counters, the month `until` falls in (when not over) from the records.
 */
export async function loadGroups(em: EntityManager, sources: readonly GroupedSource[], q: GroupQuery): Promise<{ source: GroupedSource; group: FactGroup }[]> {
  if (!sources.length || q.until < q.from) return [];
  const partial = q.until < lastDayOfMonth(q.until);
  const wholeBefore = partial ? `${q.until.slice(0, 7)}-01` : nextMonthStart(q.until);
  const people = `select p.id from person p join org_unit u on u.id = p.unit_id where u.path like ? || '%'`;
  const recounted = sources.map(
    (s) => `select x.person_id as subject_id, ${s.kindSql} as kind, min(x.occurred_on) as day, count(*)::int as n
              from "${s.table}" x where ? and x.deleted_at is null and x.occurred_on >= ? and x.occurred_on <= ? and x.person_id in (${people})
             group by 1, 2`,
  );
  const rows = await em.getConnection().execute<{ subject_id: string; kind: string; day: string; n: number }[]>(
    `select subject_id::text, kind, ${sqlDate('min(day)')} as day, sum(n)::int as n from (
       select subject_id, kind, min(month) as day, sum(n)::int as n from compliance_counter
        where subject_id in (${people}) and (${sources.map(() => `kind like ?`).join(' or ')}) and month >= ? and month < ?
        group by 1, 2
       union all
       ${recounted.join('\n       union all\n       ')}) g
     where n <> 0
     group by 1, 2`,
    [
      q.unitPath,
      ...sources.map((s) => `${s.prefix}%`),
      q.from,
      wholeBefore,
      ...sources.flatMap(() => [partial, wholeBefore, q.until, q.unitPath]),
    ],
  );
  const out: { source: GroupedSource; group: FactGroup }[] = [];
  for (const r of rows) {
    const source = sources.find((s) => r.kind.startsWith(s.prefix));
    if (source) out.push({ source, group: { fact: source.fact(r.kind, r.subject_id, r.day), n: r.n } });
  }
  return out;
}
