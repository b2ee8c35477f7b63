import { countedUntil, type CountedMeasure, type Period } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reads of the kept counters (table `compliance_counter`, kept by the triggers of migration 20261128021006).
 * Whole months come from the counters; the month the as-of day falls in, when it is not over, is counted from the
 * records themselves (the view `compliance_counted_fact`) so a count up to a day inside a month stays exact.
 */
export class CounterTable {
  /** subject → kind → 'YYYY-MM' → [n, days], for kinds read by month. */
  private readonly rows = new Map<string, Map<string, Map<string, [number, number]>>>();
  /**
   * Kinds read as yearly totals: subject → [n, days] per kind at its index in `yearKinds`. One flat array per
   * subject: a bureau's roll-up holds 20,000 of them, and nested maps cost more to build and to collect.
   */
  private readonly years = new Map<string, number[]>();
  private readonly yearKinds = new Map<string, number>();

  constructor(rows: readonly { subject_id: string; kind: string; month: string; n: number; days: number }[]) {
    for (const r of rows) {
      if (r.month === YEAR) {
        let k = this.yearKinds.get(r.kind);
        if (k === undefined) this.yearKinds.set(r.kind, (k = this.yearKinds.size));
        let totals = this.years.get(r.subject_id);
        if (!totals) this.years.set(r.subject_id, (totals = []));
        totals[2 * k] = (totals[2 * k] ?? 0) + Number(r.n);
        totals[2 * k + 1] = (totals[2 * k + 1] ?? 0) + Number(r.days);
        continue;
      }
      let byKind = this.rows.get(r.subject_id);
      if (!byKind) this.rows.set(r.subject_id, (byKind = new Map()));
      let byMonth = byKind.get(r.kind);
      if (!byMonth) byKind.set(r.kind, (byMonth = new Map()));
      const key = r.month.slice(0, 7);
      const prev = byMonth.get(key) ?? [0, 0];
      byMonth.set(key, [prev[0] + Number(r.n), prev[1] + Number(r.days)]);
    }
  }

  /** The measure's number for a subject over a period, counting facts up to `countedUntil(period, at)`. */
  actual(subjectId: string, m: CountedMeasure, period: Period, at: string): number {
    let total = 0;
    const totals = this.years.get(subjectId);
    // The period's bounds are worked out only when a kind is kept by month (most roll-ups read yearly totals).
    let from: string | undefined;
    let to: string | undefined;
    for (const kind of m.kinds) {
      const k = this.yearKinds.get(kind);
      if (k !== undefined) {
        // Read as yearly totals (loadCounters' yearlyKinds), up to the run's as-of: only a year can be asked.
        const wholeYear = period.start.endsWith('-01-01') && period.end === `${period.start.slice(0, 4)}-12-31`;
        if (!wholeYear) throw new Error(`counters of ${kind} were read by year; asked for ${period.start}–${period.end}`);
        total += totals?.[2 * k + (m.value === 'DAYS' ? 1 : 0)] ?? 0;
        continue;
      }
      const months = this.rows.get(subjectId)?.get(kind);
      if (!months) continue;
      from ??= period.start.slice(0, 7);
      to ??= countedUntil(period, at).slice(0, 7);
      for (const [month, [n, days]] of months) {
        if (month >= from && month <= to) total += m.value === 'DAYS' ? days : n;
      }
    }
    return total;
  }
}

const pgArray = (xs: readonly string[]): string => `{${xs.join(',')}}`;

/** The key of a kind read as one total for the year (see loadCounters' `yearlyKinds`). */
const YEAR = 'YEAR';

function lastDayOfMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${day.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

function nextMonthStart(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * One statement: the counters of these subjects and kinds for the year's whole months up to `until`, plus the
 * counted facts of the month `until` falls in when that month is not over.
 */
export async function loadCounters(
  em: EntityManager,
  subjectIds: readonly string[],
  kinds: readonly string[],
  year: number,
  until: string,
  /** Kinds only yearly rules read: summed in SQL to one row per subject (a bureau's 20,000 people, not 200,000 months). */
  yearlyKinds: ReadonlySet<string> = new Set(),
): Promise<CounterTable> {
  if (!subjectIds.length || !kinds.length || until < `${year}-01-01`) return new CounterTable([]);
  const start = `${year}-01-01`;
  const partial = until < lastDayOfMonth(until);
  const wholeBefore = partial ? `${until.slice(0, 7)}-01` : nextMonthStart(until);
  const ids = pgArray(subjectIds);
  const ks = pgArray(kinds);
  const rows = await em.getConnection().execute<{ subject_id: string; kind: string; month: string; n: number; days: number }[]>(
    // The month still running, if any, is counted from the records (the ids go in once more only then: a bureau's
    // 22,000 ids are inlined into the statement, and escaping them is not free).
    `with c as (
       select subject_id, kind, month, n, days from compliance_counter
        where subject_id = any(?::uuid[]) and kind = any(?::text[]) and month >= ? and month < ?
       ${partial ? `union all
       select subject_id, kind, date_trunc('month', day)::date, count(*)::int, coalesce(sum(days), 0)
         from compliance_counted_fact
        where subject_id = any(?::uuid[]) and kind = any(?::text[]) and day >= ? and day <= ?
        group by 1, 2, 3` : ''})
     select subject_id::text, kind, month, n, days from (
       -- Grouped by the uuid, cast after: grouping by its text sorted 20,000 strings.
       select subject_id, kind, case when kind = any(?::text[]) then 'YEAR' else to_char(month, 'YYYY-MM-DD') end as month,
              sum(n)::int as n, sum(days)::float8 as days
         from c group by subject_id, kind, 3) g`,
    [ids, ks, start, wholeBefore, ...(partial ? [ids, ks, wholeBefore, until] : []), pgArray([...yearlyKinds])],
  );
  return new CounterTable(rows);
}

/** Rebuilds every counter from the records (cli `counters:recompute`); returns how many rows had drifted. */
export async function recomputeCounters(em: EntityManager): Promise<{ drifted: number; rows: number }> {
  const drifted = await counterDrift(em);
  await em.getConnection().execute('select lianxi_recount_counters()');
  const [{ rows } = { rows: 0 }] = await em.getConnection().execute<{ rows: number }[]>('select count(*)::int as rows from compliance_counter');
  return { drifted: drifted.length, rows };
}

/** Counter rows that differ from a recount of the records (none, unless something bypassed the triggers). */
export async function counterDrift(em: EntityManager): Promise<{ subject_id: string; kind: string; month: string; kept: string | null; recounted: string | null }[]> {
  return em.getConnection().execute(
    `with recount as (
       select subject_id, kind, date_trunc('month', day)::date as month, count(*)::int as n, coalesce(sum(days), 0)::numeric(12,1) as days
         from compliance_counted_fact where day is not null group by 1, 2, 3),
     kept as (select subject_id, kind, month, n, days from compliance_counter where n <> 0 or days <> 0)
     select coalesce(k.subject_id, r.subject_id)::text as subject_id, coalesce(k.kind, r.kind) as kind,
            to_char(coalesce(k.month, r.month), 'YYYY-MM-DD') as month,
            case when k.n is null then null else k.n || '/' || k.days end as kept,
            case when r.n is null then null else r.n || '/' || r.days end as recounted
       from kept k full join recount r on r.subject_id = k.subject_id and r.kind = k.kind and r.month = k.month
      where k.n is distinct from r.n or k.days is distinct from r.days
      order by 1, 2, 3`,
  );
}
