import { Migration } from '@mikro-orm/migrations';

/**
 * Kept compliance counters (issue 9): per subject × fact kind × month, the number of live records and the sum of
 * their days, maintained by row triggers in the same transaction as every record write.
 *
 * One spec below generates the view of counted facts (what a recompute reads), and each table's trigger (what
 * keeps the counters between recomputes), so the two cannot disagree. The spec mirrors the modules' fact sources
 * for the kinds whose rules are plain counts or day sums (`countedMeasure` in @lianxi/rules); it is frozen here:
 * a later change to a mapping is a new migration that replaces the view, the functions and the triggers.
 */
interface CounterSpec {
  table: string;
  /** SQL for the fact kind, the CST day it counts on, and its days, over the row alias `r`. */
  kind: string;
  day: string;
  days: string;
  /** The columns naming the subjects the fact belongs to (person, unit). */
  owners: readonly string[];
  /** Only rows that are facts (e.g. a year-end report once submitted). */
  when?: string;
}

const SPECS: readonly CounterSpec[] = [
  { table: 'research_trip', kind: `case when r.stationed then 'STATIONED_STAY' else 'RESEARCH_TRIP' end`, day: 'r.occurred_on', days: 'r.days', owners: ['person_id', 'unit_id'] },
  { table: 'research_topic', kind: `'TOPIC'`, day: 'r.occurred_on', days: '0', owners: ['person_id', 'unit_id'] },
  { table: 'research_report', kind: `'REPORT'`, day: 'r.occurred_on', days: '0', owners: ['person_id', 'unit_id'] },
  { table: 'commitment', kind: `'COMMITMENT'`, day: 'r.occurred_on', days: '0', owners: ['person_id', 'unit_id'] },
  { table: 'experience', kind: `'EXPERIENCE'`, day: 'r.occurred_on', days: '0', owners: ['person_id', 'unit_id'] },
  // Unit-level records: their facts carry the organising unit only.
  { table: 'opinion_analysis', kind: `'ANALYSIS'`, day: 'r.occurred_on', days: '0', owners: ['unit_id'] },
  { table: 'deputy_activity', kind: `'DEPUTY_ACTIVITY'`, day: 'r.occurred_on', days: '0', owners: ['unit_id'] },
  {
    table: 'year_end_report',
    kind: `'YEAR_END_REPORT'`,
    // A report on year Y counts on its submission day, or on 31 December of Y when it went in later.
    day: 'least(r.submitted_on, make_date(r.year, 12, 31))',
    days: '0',
    owners: ['unit_id'],
    when: `r.status in ('SUBMITTED', 'ACCEPTED') and r.submitted_on is not null`,
  },
];

const live = (s: CounterSpec, alias: string) => `${alias}.deleted_at is null${s.when ? ` and ${s.when.replaceAll('r.', `${alias}.`)}` : ''}`;
const expr = (sql: string, alias: string) => sql.replaceAll('r.', `${alias}.`);

function viewSql(): string {
  const parts = SPECS.map(
    (s) => `select s.subject_id, ${s.kind} as kind, (${s.day})::date as day, (${s.days})::numeric as days, r.id as record_id
      from "${s.table}" r cross join lateral (values ${s.owners.map((o) => `(r.${o})`).join(', ')}) as s(subject_id)
     where s.subject_id is not null and ${live(s, 'r')}`,
  );
  return `create view compliance_counted_fact as\n${parts.join('\n    union all\n    ')};`;
}

function triggerSql(s: CounterSpec): string[] {
  const fn = `lianxi_counter_${s.table}`;
  const owners = (a: string) => `array[${s.owners.map((o) => `${a}.${o}`).join(', ')}]::uuid[]`;
  const tuple = (a: string) => `(${owners(a)}, ${expr(s.kind, a)}, ${expr(s.day, a)}, ${expr(s.days, a)}, ${live(s, a)})`;
  return [
    `create function ${fn}() returns trigger language plpgsql as $$
begin
  -- An update that changes nothing counted (a note, a checklist) leaves the counters alone.
  if tg_op = 'UPDATE' and ${tuple('old')} is not distinct from ${tuple('new')} then
    return null;
  end if;
  if tg_op <> 'INSERT' and ${live(s, 'old')} then
    perform lianxi_counter_bump(${owners('old')}, ${expr(s.kind, 'old')}, (${expr(s.day, 'old')})::date, -1, -(${expr(s.days, 'old')})::numeric);
  end if;
  if tg_op <> 'DELETE' and ${live(s, 'new')} then
    perform lianxi_counter_bump(${owners('new')}, ${expr(s.kind, 'new')}, (${expr(s.day, 'new')})::date, 1, (${expr(s.days, 'new')})::numeric);
  end if;
  return null;
end $$;`,
    `create trigger ${fn} after insert or update or delete on "${s.table}" for each row execute function ${fn}();`,
  ];
}

export class Migration20261128021006 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "compliance_counter" ("subject_id" uuid not null, "kind" text not null, "month" date not null, "n" int not null, "days" numeric(12,1) not null, constraint "compliance_counter_pkey" primary key ("subject_id", "kind", "month"));`);
    this.addSql(viewSql());
    this.addSql(`create function lianxi_counter_bump(subjects uuid[], k text, d date, dn int, ddays numeric) returns void language sql as $$
  insert into compliance_counter as c (subject_id, kind, month, n, days)
  select s, k, date_trunc('month', d)::date, dn, coalesce(ddays, 0) from unnest(subjects) as s where s is not null and d is not null
  on conflict (subject_id, kind, month) do update set n = c.n + excluded.n, days = c.days + excluded.days
$$;`);
    // The exclusive lock makes writers wait at their counter upsert until the recount commits, so no write is
    // counted twice or lost while the table is rebuilt.
    this.addSql(`create function lianxi_recount_counters() returns void language plpgsql as $$
begin
  lock table compliance_counter in exclusive mode;
  delete from compliance_counter;
  insert into compliance_counter (subject_id, kind, month, n, days)
  select subject_id, kind, date_trunc('month', day)::date, count(*), coalesce(sum(days), 0)
    from compliance_counted_fact where day is not null group by 1, 2, 3;
end $$;`);
    for (const s of SPECS) for (const sql of triggerSql(s)) this.addSql(sql);
    this.addSql(`select lianxi_recount_counters();`);
  }

  override async down(): Promise<void> {
    for (const s of SPECS) {
      this.addSql(`drop trigger if exists lianxi_counter_${s.table} on "${s.table}";`);
      this.addSql(`drop function if exists lianxi_counter_${s.table}();`);
    }
    this.addSql(`drop function if exists lianxi_recount_counters();`);
    this.addSql(`drop function if exists lianxi_counter_bump(uuid[], text, date, int, numeric);`);
    this.addSql(`drop view if exists compliance_counted_fact;`);
    this.addSql(`drop table if exists "compliance_counter" cascade;`);
  }

}
