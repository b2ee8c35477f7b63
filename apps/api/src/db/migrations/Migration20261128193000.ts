import { Migration } from '@mikro-orm/migrations';

/**
 * The counters' recount writes only what differs from a recount of the records — wrong rows updated, missing ones
 * added, extra ones removed — instead of deleting and reinserting every row: a recount of a million correct
 * counters left a million dead rows behind (the table grew from 90 to 680 MB over a few recounts at ten times the
 * demo, and every roll-up read slowed with it). The end state is the same.
 */
export class Migration20261128193000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function lianxi_recount_counters() returns void language plpgsql as $$
begin
  lock table compliance_counter in exclusive mode;
  create temporary table lianxi_recount on commit drop as
    select subject_id, kind, date_trunc('month', day)::date as month, count(*)::int as n, coalesce(sum(days), 0) as days
      from compliance_counted_fact where day is not null group by 1, 2, 3;
  delete from compliance_counter c
   where not exists (select 1 from lianxi_recount r where r.subject_id = c.subject_id and r.kind = c.kind and r.month = c.month);
  insert into compliance_counter as c (subject_id, kind, month, n, days)
  select subject_id, kind, month, n, days from lianxi_recount
  on conflict (subject_id, kind, month) do update set n = excluded.n, days = excluded.days
   where (c.n, c.days) is distinct from (excluded.n, excluded.days);
  drop table lianxi_recount;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function lianxi_recount_counters() returns void language plpgsql as $$
begin
  lock table compliance_counter in exclusive mode;
  delete from compliance_counter;
  insert into compliance_counter (subject_id, kind, month, n, days)
  select subject_id, kind, date_trunc('month', day)::date, count(*), coalesce(sum(days), 0)
    from compliance_counted_fact where day is not null group by 1, 2, 3;
end $$;`);
  }
}
