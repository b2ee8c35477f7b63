import { Migration } from '@mikro-orm/migrations';

export class Migration20261128020449 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "opinion_channel" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "opinion_analysis" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "local_rule" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "experience" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "duty_day" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "deputy_pairing" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "deputy_duty_report" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "deputy_activity" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "decision" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "opinion" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "contact_link" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "family_visit" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "contact_visit" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "community_service_project" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "community_registration" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "commitment" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "branch_pairing" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "reception_day" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "research_topic" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "research_report" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "research_trip" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "secondment" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "secondment_assessment" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "service_pairing" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "talk" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "visit_case" add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "year_end_report" add column "deleted_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "branch_pairing" drop column "deleted_at";`);

    this.addSql(`alter table "commitment" drop column "deleted_at";`);

    this.addSql(`alter table "community_registration" drop column "deleted_at";`);

    this.addSql(`alter table "community_service_project" drop column "deleted_at";`);

    this.addSql(`alter table "contact_link" drop column "deleted_at";`);

    this.addSql(`alter table "contact_visit" drop column "deleted_at";`);

    this.addSql(`alter table "decision" drop column "deleted_at";`);

    this.addSql(`alter table "deputy_activity" drop column "deleted_at";`);

    this.addSql(`alter table "deputy_duty_report" drop column "deleted_at";`);

    this.addSql(`alter table "deputy_pairing" drop column "deleted_at";`);

    this.addSql(`alter table "duty_day" drop column "deleted_at";`);

    this.addSql(`alter table "experience" drop column "deleted_at";`);

    this.addSql(`alter table "family_visit" drop column "deleted_at";`);

    this.addSql(`alter table "local_rule" drop column "deleted_at";`);

    this.addSql(`alter table "opinion" drop column "deleted_at";`);

    this.addSql(`alter table "opinion_analysis" drop column "deleted_at";`);

    this.addSql(`alter table "opinion_channel" drop column "deleted_at";`);

    this.addSql(`alter table "reception_day" drop column "deleted_at";`);

    this.addSql(`alter table "research_report" drop column "deleted_at";`);

    this.addSql(`alter table "research_topic" drop column "deleted_at";`);

    this.addSql(`alter table "research_trip" drop column "deleted_at";`);

    this.addSql(`alter table "secondment" drop column "deleted_at";`);

    this.addSql(`alter table "secondment_assessment" drop column "deleted_at";`);

    this.addSql(`alter table "service_pairing" drop column "deleted_at";`);

    this.addSql(`alter table "talk" drop column "deleted_at";`);

    this.addSql(`alter table "visit_case" drop column "deleted_at";`);

    this.addSql(`alter table "year_end_report" drop column "deleted_at";`);
  }

}
