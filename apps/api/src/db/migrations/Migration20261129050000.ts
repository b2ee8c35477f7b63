import { Migration } from '@mikro-orm/migrations';

/**
 * Every table a compliance answer is computed from: units, people and their posts, terms and households, the
 * records of the ten systems, their counters and the local rule sets. Tables left out (users, sessions, tokens,
 * settings, audit, rate limits, attachments, the stamps and the kept answers themselves) never change an answer;
 * kept-results.int.test.ts fails when a table is in neither list.
 */
export const COMPLIANCE_INPUT_TABLES = [
  'org_unit', 'person', 'position', 'deputy_term', 'household', 'local_rule',
  'research_trip', 'research_topic', 'research_report',
  'contact_link', 'contact_visit', 'family_visit', 'branch_pairing',
  'secondment', 'secondment_assessment',
  'reception_day', 'duty_day', 'visit_case',
  'talk',
  'opinion_channel', 'opinion', 'decision', 'opinion_analysis',
  'commitment',
  'deputy_activity', 'deputy_pairing', 'deputy_duty_report',
  'community_registration', 'community_service_project', 'service_pairing',
  'experience', 'year_end_report',
  'compliance_counter',
];

/**
 * `compliance_version`: one row stamped with the id of the last committed transaction that changed anything a
 * compliance answer is computed from; `compliance_kept_result`: finished roll-ups kept with the stamp they were
 * computed at, served while the stamp is unchanged (ADR 0010). The triggers are deferred to commit, as
 * population_version's are (ADR 0009): a writer holds the stamp row's lock only while it commits, and a rolled-back
 * transaction leaves the stamp as it was.
 */
export class Migration20261129050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "compliance_version" ("id" smallint not null, "xid" bigint not null, constraint "compliance_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "compliance_version" ("id", "xid") values (1, 0);`);
    this.addSql(
      `create table "compliance_kept_result" ("key" text not null, "engine" text not null, "stamp" bigint not null, "body" jsonb not null, "computed_at" timestamptz not null default now(), constraint "compliance_kept_result_pkey" primary key ("key"));`,
    );
    this.addSql(`create or replace function lianxi_bump_compliance() returns trigger language plpgsql as $$
      declare
        me text := pg_current_xact_id()::text;
      begin
        -- Once per transaction, however many rows it changed.
        if current_setting('lianxi.compliance_bumped', true) is distinct from me then
          perform set_config('lianxi.compliance_bumped', me, true);
          update compliance_version set xid = me::bigint where id = 1;
        end if;
        return null;
      end $$;`);
    for (const t of COMPLIANCE_INPUT_TABLES) {
      this.addSql(
        `create constraint trigger "lianxi_compliance_${t}" after insert or update or delete on "${t}" deferrable initially deferred for each row execute function lianxi_bump_compliance();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const t of COMPLIANCE_INPUT_TABLES) this.addSql(`drop trigger "lianxi_compliance_${t}" on "${t}";`);
    this.addSql(`drop function lianxi_bump_compliance();`);
    this.addSql(`drop table "compliance_kept_result";`);
    this.addSql(`drop table "compliance_version";`);
  }
}
