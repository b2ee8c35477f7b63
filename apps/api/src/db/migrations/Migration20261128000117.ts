import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000117 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "opinion_channel" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "kind" text check ("kind" in ('BOX', 'HOTLINE', 'CARD', 'FORUM', 'HEARING', 'WECHAT', 'MICROBLOG', 'WEBSITE', 'OTHER')) not null, "name" text not null, "contact" text null, "closed_on" date null, constraint "opinion_channel_pkey" primary key ("id"));`);
    this.addSql(`create index "opinion_channel_person_id_index" on "opinion_channel" ("person_id");`);
    this.addSql(`create index "opinion_channel_unit_id_index" on "opinion_channel" ("unit_id");`);
    this.addSql(`create index "opinion_channel_occurred_on_index" on "opinion_channel" ("occurred_on");`);

    this.addSql(`create table "opinion_analysis" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "period_from" date not null, "period_to" date not null, "title" text not null, "findings" text not null, "measures" text null, constraint "opinion_analysis_pkey" primary key ("id"));`);
    this.addSql(`create index "opinion_analysis_person_id_index" on "opinion_analysis" ("person_id");`);
    this.addSql(`create index "opinion_analysis_unit_id_index" on "opinion_analysis" ("unit_id");`);
    this.addSql(`create index "opinion_analysis_occurred_on_index" on "opinion_analysis" ("occurred_on");`);

    this.addSql(`create table "deputy_pairing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "term_id" uuid not null, "household_id" uuid not null, "ends_on" date null, "end_reason" text null, constraint "deputy_pairing_pkey" primary key ("id"));`);
    this.addSql(`create index "deputy_pairing_person_id_index" on "deputy_pairing" ("person_id");`);
    this.addSql(`create index "deputy_pairing_unit_id_index" on "deputy_pairing" ("unit_id");`);
    this.addSql(`create index "deputy_pairing_occurred_on_index" on "deputy_pairing" ("occurred_on");`);
    this.addSql(`create index "deputy_pairing_term_id_index" on "deputy_pairing" ("term_id");`);
    this.addSql(`create index "deputy_pairing_household_id_index" on "deputy_pairing" ("household_id");`);

    this.addSql(`create table "deputy_duty_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "term_id" uuid not null, "summary" text not null, "attendees" int null, "evaluation_result" text check ("evaluation_result" in ('SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED')) null, "evaluated_on" date null, constraint "deputy_duty_report_pkey" primary key ("id"));`);
    this.addSql(`create index "deputy_duty_report_person_id_index" on "deputy_duty_report" ("person_id");`);
    this.addSql(`create index "deputy_duty_report_unit_id_index" on "deputy_duty_report" ("unit_id");`);
    this.addSql(`create index "deputy_duty_report_occurred_on_index" on "deputy_duty_report" ("occurred_on");`);
    this.addSql(`alter table "deputy_duty_report" add constraint "deputy_duty_report_term_id_unique" unique ("term_id");`);

    this.addSql(`create table "deputy_activity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "title" text not null, "location" text null, "deputy_ids" uuid[] not null, "people_met" int null, "issues_raised" text null, constraint "deputy_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "deputy_activity_person_id_index" on "deputy_activity" ("person_id");`);
    this.addSql(`create index "deputy_activity_unit_id_index" on "deputy_activity" ("unit_id");`);
    this.addSql(`create index "deputy_activity_occurred_on_index" on "deputy_activity" ("occurred_on");`);

    this.addSql(`create table "decision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "title" text not null, "summary" text null, "consultations" jsonb not null, "risk_assessed_on" date null, "risk_level" text check ("risk_level" in ('LOW', 'MEDIUM', 'HIGH')) null, "risk_assessment" text null, "decided_on" date null, "feedback_published_on" date null, "feedback" text null, constraint "decision_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_person_id_index" on "decision" ("person_id");`);
    this.addSql(`create index "decision_unit_id_index" on "decision" ("unit_id");`);
    this.addSql(`create index "decision_occurred_on_index" on "decision" ("occurred_on");`);

    this.addSql(`create table "opinion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "channel_id" uuid not null, "content" text not null, "submitter_name" text null, "phone" text null, "forwarded_to" text null, "forwarded_on" date null, "answer" text null, "answered_on" date null, "adoption" text check ("adoption" in ('ADOPTED', 'PARTLY', 'NOT_ADOPTED')) null, "adoption_reason" text null, "decision_id" uuid null, constraint "opinion_pkey" primary key ("id"));`);
    this.addSql(`create index "opinion_person_id_index" on "opinion" ("person_id");`);
    this.addSql(`create index "opinion_unit_id_index" on "opinion" ("unit_id");`);
    this.addSql(`create index "opinion_occurred_on_index" on "opinion" ("occurred_on");`);
    this.addSql(`create index "opinion_channel_id_index" on "opinion" ("channel_id");`);
    this.addSql(`create index "opinion_decision_id_index" on "opinion" ("decision_id");`);
    this.addSql(`create index "opinion_unit_id_occurred_on_index" on "opinion" ("unit_id", "occurred_on");`);

    this.addSql(`create table "community_service_project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "community_id" uuid not null, "project_name" text not null, "description" text null, "ends_on" date null, constraint "community_service_project_pkey" primary key ("id"));`);
    this.addSql(`create index "community_service_project_person_id_index" on "community_service_project" ("person_id");`);
    this.addSql(`create index "community_service_project_unit_id_index" on "community_service_project" ("unit_id");`);
    this.addSql(`create index "community_service_project_occurred_on_index" on "community_service_project" ("occurred_on");`);
    this.addSql(`create index "community_service_project_community_id_index" on "community_service_project" ("community_id");`);

    this.addSql(`create table "community_registration" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "community_id" uuid not null, "reason" text check ("reason" in ('REGULAR', 'NEW_MEMBER', 'TRANSFER_IN')) not null, "joined_on" date null, "due_on" date null, "ends_on" date null, constraint "community_registration_pkey" primary key ("id"));`);
    this.addSql(`create index "community_registration_person_id_index" on "community_registration" ("person_id");`);
    this.addSql(`create index "community_registration_unit_id_index" on "community_registration" ("unit_id");`);
    this.addSql(`create index "community_registration_occurred_on_index" on "community_registration" ("occurred_on");`);
    this.addSql(`create index "community_registration_community_id_index" on "community_registration" ("community_id");`);

    this.addSql(`create table "commitment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "year" int not null, "category" text check ("category" in ('MANAGEMENT_AREA', 'COMMUNITY', 'ORGAN', 'ENTERPRISE', 'EDUCATION', 'HEALTH', 'WINDOW_SERVICE', 'AGRICULTURE')) not null, "content" text not null, "published_on" date null, "fulfilled_on" date null, "fulfilment" text null, "evaluated_on" date null, "evaluation_result" text check ("evaluation_result" in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')) null, "evaluation_comment" text null, constraint "commitment_pkey" primary key ("id"));`);
    this.addSql(`create index "commitment_person_id_index" on "commitment" ("person_id");`);
    this.addSql(`create index "commitment_unit_id_index" on "commitment" ("unit_id");`);
    this.addSql(`create index "commitment_occurred_on_index" on "commitment" ("occurred_on");`);
    this.addSql(`create index "commitment_person_id_year_index" on "commitment" ("person_id", "year");`);

    this.addSql(`create table "service_pairing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "station" text not null, "household_id" uuid not null, "ends_on" date null, constraint "service_pairing_pkey" primary key ("id"));`);
    this.addSql(`create index "service_pairing_person_id_index" on "service_pairing" ("person_id");`);
    this.addSql(`create index "service_pairing_unit_id_index" on "service_pairing" ("unit_id");`);
    this.addSql(`create index "service_pairing_occurred_on_index" on "service_pairing" ("occurred_on");`);
    this.addSql(`create index "service_pairing_household_id_index" on "service_pairing" ("household_id");`);

    this.addSql(`create table "year_end_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "year" int not null, "title" text not null, "body" text not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')) not null default 'DRAFT', "submitted_on" date null, "reviewed_on" date null, "review_comments" text null, constraint "year_end_report_pkey" primary key ("id"));`);
    this.addSql(`create index "year_end_report_person_id_index" on "year_end_report" ("person_id");`);
    this.addSql(`create index "year_end_report_unit_id_index" on "year_end_report" ("unit_id");`);
    this.addSql(`create index "year_end_report_occurred_on_index" on "year_end_report" ("occurred_on");`);
    this.addSql(`alter table "year_end_report" add constraint "year_end_report_unit_id_year_unique" unique ("unit_id", "year");`);

    this.addSql(`alter table "opinion_channel" add constraint "opinion_channel_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "opinion_channel" add constraint "opinion_channel_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "opinion_analysis" add constraint "opinion_analysis_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "opinion_analysis" add constraint "opinion_analysis_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "deputy_pairing" add constraint "deputy_pairing_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "deputy_pairing" add constraint "deputy_pairing_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "deputy_pairing" add constraint "deputy_pairing_term_id_foreign" foreign key ("term_id") references "deputy_term" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "deputy_pairing" add constraint "deputy_pairing_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "deputy_duty_report" add constraint "deputy_duty_report_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "deputy_duty_report" add constraint "deputy_duty_report_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "deputy_duty_report" add constraint "deputy_duty_report_term_id_foreign" foreign key ("term_id") references "deputy_term" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "deputy_activity" add constraint "deputy_activity_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "deputy_activity" add constraint "deputy_activity_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "decision" add constraint "decision_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "decision" add constraint "decision_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "opinion" add constraint "opinion_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "opinion" add constraint "opinion_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "opinion" add constraint "opinion_channel_id_foreign" foreign key ("channel_id") references "opinion_channel" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "opinion" add constraint "opinion_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "community_service_project" add constraint "community_service_project_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "community_service_project" add constraint "community_service_project_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "community_service_project" add constraint "community_service_project_community_id_foreign" foreign key ("community_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "community_registration" add constraint "community_registration_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "community_registration" add constraint "community_registration_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "community_registration" add constraint "community_registration_community_id_foreign" foreign key ("community_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "commitment" add constraint "commitment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "service_pairing" add constraint "service_pairing_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_pairing" add constraint "service_pairing_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_pairing" add constraint "service_pairing_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "year_end_report" add constraint "year_end_report_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "year_end_report" add constraint "year_end_report_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "opinion" drop constraint "opinion_channel_id_foreign";`);

    this.addSql(`alter table "opinion" drop constraint "opinion_decision_id_foreign";`);

    this.addSql(`drop table if exists "opinion_channel" cascade;`);

    this.addSql(`drop table if exists "opinion_analysis" cascade;`);

    this.addSql(`drop table if exists "deputy_pairing" cascade;`);

    this.addSql(`drop table if exists "deputy_duty_report" cascade;`);

    this.addSql(`drop table if exists "deputy_activity" cascade;`);

    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop table if exists "opinion" cascade;`);

    this.addSql(`drop table if exists "community_service_project" cascade;`);

    this.addSql(`drop table if exists "community_registration" cascade;`);

    this.addSql(`drop table if exists "commitment" cascade;`);

    this.addSql(`drop table if exists "service_pairing" cascade;`);

    this.addSql(`drop table if exists "year_end_report" cascade;`);
  }

}
