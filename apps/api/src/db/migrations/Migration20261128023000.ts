import { Migration } from '@mikro-orm/migrations';

/**
 * Soft delete and uniqueness: a deleted record is kept as evidence but must not hold its unique place (a unit's
 * year-end report of a year, a deputy's report of a term, a leader's duty day), so the unique constraints become
 * unique indexes over live rows. Restoring checks the place is still free (recycle-bin.service.ts).
 */
export class Migration20261128023000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "year_end_report" drop constraint "year_end_report_unit_id_year_unique";`);
    this.addSql(`create unique index "year_end_report_unit_id_year_unique" on "year_end_report" ("unit_id", "year") where "deleted_at" is null;`);
    this.addSql(`alter table "deputy_duty_report" drop constraint "deputy_duty_report_term_id_unique";`);
    this.addSql(`create unique index "deputy_duty_report_term_id_unique" on "deputy_duty_report" ("term_id") where "deleted_at" is null;`);
    this.addSql(`alter table "duty_day" drop constraint "duty_day_unit_person_day_unique";`);
    this.addSql(`create unique index "duty_day_unit_person_day_unique" on "duty_day" ("unit_id", "person_id", "occurred_on") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "year_end_report_unit_id_year_unique";`);
    this.addSql(`alter table "year_end_report" add constraint "year_end_report_unit_id_year_unique" unique ("unit_id", "year");`);
    this.addSql(`drop index "deputy_duty_report_term_id_unique";`);
    this.addSql(`alter table "deputy_duty_report" add constraint "deputy_duty_report_term_id_unique" unique ("term_id");`);
    this.addSql(`drop index "duty_day_unit_person_day_unique";`);
    this.addSql(`alter table "duty_day" add constraint "duty_day_unit_person_day_unique" unique ("unit_id", "person_id", "occurred_on");`);
  }
}
