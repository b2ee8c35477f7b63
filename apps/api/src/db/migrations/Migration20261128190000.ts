import { Migration } from '@mikro-orm/migrations';

/** The tables a roll-up's population is read from (modules/compliance/population.ts). */
const TABLES = ['org_unit', 'person', 'position', 'deputy_term', 'household'];

/**
 * `population_version`: one row stamped with the id of the last committed transaction that changed people, posts,
 * terms, units or households. Roll-ups keep a subtree's population in memory while the stamp is unchanged (ADR 0009).
 * The triggers are deferred to commit so a writer takes the row's lock last: two transactions editing people
 * cannot deadlock on it, and a transaction that rolls back leaves the stamp as it was.
 */
export class Migration20261128190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "population_version" ("id" smallint not null, "xid" bigint not null, constraint "population_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "population_version" ("id", "xid") values (1, 0);`);
    this.addSql(`create or replace function lianxi_bump_population() returns trigger language plpgsql as $$
      declare
        me text := pg_current_xact_id()::text;
      begin
        -- Once per transaction, however many rows it changed.
        if current_setting('lianxi.population_bumped', true) is distinct from me then
          perform set_config('lianxi.population_bumped', me, true);
          update population_version set xid = me::bigint where id = 1;
        end if;
        return null;
      end $$;`);
    for (const t of TABLES) {
      this.addSql(
        `create constraint trigger "lianxi_population_${t}" after insert or update or delete on "${t}" deferrable initially deferred for each row execute function lianxi_bump_population();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) this.addSql(`drop trigger "lianxi_population_${t}" on "${t}";`);
    this.addSql(`drop function lianxi_bump_population();`);
    this.addSql(`drop table "population_version";`);
  }
}
