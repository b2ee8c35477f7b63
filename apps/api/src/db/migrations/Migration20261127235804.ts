import { Migration } from '@mikro-orm/migrations';

/** Records of the person-centred systems: research (S1), contact points (S2), secondments (S3), talks (S5), experiences (S10). */
export class Migration20261127235804 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`create table "experience" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "kind" text check ("kind" in ('BUS_OR_TAXI', 'MARKET', 'HOSPITAL', 'SERVICE_WINDOW', 'FARMER_DAY', 'WORKER_DAY', 'OTHER')) not null, "place" text not null, "diary" text not null, constraint "experience_pkey" primary key ("id"));`);
    this.addSql(`create index "experience_person_id_index" on "experience" ("person_id");`);
    this.addSql(`create index "experience_unit_id_index" on "experience" ("unit_id");`);
    this.addSql(`create index "experience_occurred_on_index" on "experience" ("occurred_on");`);

    this.addSql(`create table "contact_link" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "ends_on" date null, "target_unit_id" uuid null, "target_household_id" uuid null, "category" text check ("category" in ('MANAGEMENT_AREA', 'COMMUNITY', 'ENTERPRISE', 'COOPERATIVE', 'RESIDENTIAL_QUARTER', 'PRODUCTION_POINT', 'INDUSTRIAL_PROJECT', 'RESIDENTS_GROUP', 'WORKER_FAMILY', 'HOUSEHOLD', 'SECTOR_UNIT', 'OTHER')) not null, "level" text check ("level" in ('BUREAU', 'FARM', 'AREA')) not null, "end_reason" text null, constraint "contact_link_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_link_person_id_index" on "contact_link" ("person_id");`);
    this.addSql(`create index "contact_link_unit_id_index" on "contact_link" ("unit_id");`);
    this.addSql(`create index "contact_link_occurred_on_index" on "contact_link" ("occurred_on");`);
    this.addSql(`create index "contact_link_target_unit_id_index" on "contact_link" ("target_unit_id");`);
    this.addSql(`create index "contact_link_target_household_id_index" on "contact_link" ("target_household_id");`);

    this.addSql(`create table "family_visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "household_id" uuid not null, "link_id" uuid null, "content" text null, constraint "family_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "family_visit_person_id_index" on "family_visit" ("person_id");`);
    this.addSql(`create index "family_visit_unit_id_index" on "family_visit" ("unit_id");`);
    this.addSql(`create index "family_visit_occurred_on_index" on "family_visit" ("occurred_on");`);
    this.addSql(`create index "family_visit_household_id_index" on "family_visit" ("household_id");`);
    this.addSql(`create index "family_visit_link_id_index" on "family_visit" ("link_id");`);

    this.addSql(`create table "contact_visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "link_id" uuid not null, "days" numeric(4,1) not null, "content" text null, constraint "contact_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_visit_person_id_index" on "contact_visit" ("person_id");`);
    this.addSql(`create index "contact_visit_unit_id_index" on "contact_visit" ("unit_id");`);
    this.addSql(`create index "contact_visit_occurred_on_index" on "contact_visit" ("occurred_on");`);
    this.addSql(`create index "contact_visit_link_id_index" on "contact_visit" ("link_id");`);

    this.addSql(`create table "branch_pairing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "branch_id" uuid not null, "ends_on" date null, "goal" text null, constraint "branch_pairing_pkey" primary key ("id"));`);
    this.addSql(`create index "branch_pairing_person_id_index" on "branch_pairing" ("person_id");`);
    this.addSql(`create index "branch_pairing_unit_id_index" on "branch_pairing" ("unit_id");`);
    this.addSql(`create index "branch_pairing_occurred_on_index" on "branch_pairing" ("occurred_on");`);
    this.addSql(`create index "branch_pairing_branch_id_index" on "branch_pairing" ("branch_id");`);

    this.addSql(`create table "research_topic" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "title" text not null, "major" boolean not null default false, "approved_on" date null, "team_ids" uuid[] not null default '{}', "plan" text null, constraint "research_topic_pkey" primary key ("id"));`);
    this.addSql(`create index "research_topic_person_id_index" on "research_topic" ("person_id");`);
    this.addSql(`create index "research_topic_unit_id_index" on "research_topic" ("unit_id");`);
    this.addSql(`create index "research_topic_occurred_on_index" on "research_topic" ("occurred_on");`);

    this.addSql(`create table "research_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "title" text not null, "topic_id" uuid null, "submitted_to" text check ("submitted_to" in ('BUREAU_COMMITTEE', 'OWN_ORGANISATION')) null, "written" boolean not null default true, "file_ref" text null, "summary" text null, constraint "research_report_pkey" primary key ("id"));`);
    this.addSql(`create index "research_report_person_id_index" on "research_report" ("person_id");`);
    this.addSql(`create index "research_report_unit_id_index" on "research_report" ("unit_id");`);
    this.addSql(`create index "research_report_occurred_on_index" on "research_report" ("occurred_on");`);
    this.addSql(`create index "research_report_topic_id_index" on "research_report" ("topic_id");`);

    this.addSql(`create table "research_trip" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "ends_on" date null, "days" numeric(4,1) not null, "stationed" boolean not null default false, "units_visited" uuid[] not null default '{}', "households_visited" uuid[] not null default '{}', "purpose" text null, "findings" text null, "travel_light" boolean not null default false, "no_reception" boolean not null default false, "no_disturbance" boolean not null default false, constraint "research_trip_pkey" primary key ("id"));`);
    this.addSql(`create index "research_trip_person_id_index" on "research_trip" ("person_id");`);
    this.addSql(`create index "research_trip_unit_id_index" on "research_trip" ("unit_id");`);
    this.addSql(`create index "research_trip_occurred_on_index" on "research_trip" ("occurred_on");`);

    this.addSql(`create table "secondment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "ends_on" date null, "from_unit_id" uuid null, "from_post" text null, "to_unit_id" uuid not null, "to_post" text not null, "role" text check ("role" in ('SECRETARY', 'DEPUTY_SECRETARY', 'OTHER')) not null default 'OTHER', "lives_at_grassroots" boolean not null default true, "left_original_post" boolean not null default true, "outstanding_graduate" boolean not null default false, "eligibility_override_reason" text null, constraint "secondment_pkey" primary key ("id"));`);
    this.addSql(`create index "secondment_person_id_index" on "secondment" ("person_id");`);
    this.addSql(`create index "secondment_unit_id_index" on "secondment" ("unit_id");`);
    this.addSql(`create index "secondment_occurred_on_index" on "secondment" ("occurred_on");`);
    this.addSql(`create index "secondment_from_unit_id_index" on "secondment" ("from_unit_id");`);
    this.addSql(`create index "secondment_to_unit_id_index" on "secondment" ("to_unit_id");`);

    this.addSql(`create table "secondment_assessment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "secondment_id" uuid not null, "kind" text check ("kind" in ('FEEDBACK', 'FINAL')) not null, "result" text check ("result" in ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')) null, "comment" text null, constraint "secondment_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "secondment_assessment_person_id_index" on "secondment_assessment" ("person_id");`);
    this.addSql(`create index "secondment_assessment_unit_id_index" on "secondment_assessment" ("unit_id");`);
    this.addSql(`create index "secondment_assessment_occurred_on_index" on "secondment_assessment" ("occurred_on");`);
    this.addSql(`create index "secondment_assessment_secondment_id_index" on "secondment_assessment" ("secondment_id");`);

    this.addSql(`create table "talk" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "kind" text check ("kind" in ('LIFE_MEETING', 'PAIRWISE', 'BRANCH', 'MASSES', 'DAILY')) not null, "counterpart_id" uuid null, "participants" text null, "round" text null, "opinions" text null, "forwarded_to_id" uuid null, "forwarded_on" date null, constraint "talk_pkey" primary key ("id"));`);
    this.addSql(`create index "talk_person_id_index" on "talk" ("person_id");`);
    this.addSql(`create index "talk_unit_id_index" on "talk" ("unit_id");`);
    this.addSql(`create index "talk_occurred_on_index" on "talk" ("occurred_on");`);
    this.addSql(`create index "talk_counterpart_id_index" on "talk" ("counterpart_id");`);
    this.addSql(`create index "talk_forwarded_to_id_index" on "talk" ("forwarded_to_id");`);

    this.addSql(`alter table "experience" add constraint "experience_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "experience" add constraint "experience_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "contact_link" add constraint "contact_link_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contact_link" add constraint "contact_link_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contact_link" add constraint "contact_link_target_unit_id_foreign" foreign key ("target_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contact_link" add constraint "contact_link_target_household_id_foreign" foreign key ("target_household_id") references "household" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "family_visit" add constraint "family_visit_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "family_visit" add constraint "family_visit_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "family_visit" add constraint "family_visit_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "family_visit" add constraint "family_visit_link_id_foreign" foreign key ("link_id") references "contact_link" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contact_visit" add constraint "contact_visit_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contact_visit" add constraint "contact_visit_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contact_visit" add constraint "contact_visit_link_id_foreign" foreign key ("link_id") references "contact_link" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "branch_pairing" add constraint "branch_pairing_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "branch_pairing" add constraint "branch_pairing_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "branch_pairing" add constraint "branch_pairing_branch_id_foreign" foreign key ("branch_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "research_topic" add constraint "research_topic_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "research_topic" add constraint "research_topic_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "research_report" add constraint "research_report_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "research_report" add constraint "research_report_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "research_report" add constraint "research_report_topic_id_foreign" foreign key ("topic_id") references "research_topic" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "research_trip" add constraint "research_trip_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "research_trip" add constraint "research_trip_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "secondment" add constraint "secondment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "secondment" add constraint "secondment_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "secondment" add constraint "secondment_from_unit_id_foreign" foreign key ("from_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "secondment" add constraint "secondment_to_unit_id_foreign" foreign key ("to_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "secondment_assessment" add constraint "secondment_assessment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "secondment_assessment" add constraint "secondment_assessment_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "secondment_assessment" add constraint "secondment_assessment_secondment_id_foreign" foreign key ("secondment_id") references "secondment" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "talk" add constraint "talk_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "talk" add constraint "talk_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "talk" add constraint "talk_counterpart_id_foreign" foreign key ("counterpart_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "talk" add constraint "talk_forwarded_to_id_foreign" foreign key ("forwarded_to_id") references "org_unit" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {

    this.addSql(`alter table "family_visit" drop constraint "family_visit_link_id_foreign";`);

    this.addSql(`alter table "contact_visit" drop constraint "contact_visit_link_id_foreign";`);

    this.addSql(`alter table "research_report" drop constraint "research_report_topic_id_foreign";`);

    this.addSql(`alter table "secondment_assessment" drop constraint "secondment_assessment_secondment_id_foreign";`);

    this.addSql(`drop table if exists "experience" cascade;`);

    this.addSql(`drop table if exists "contact_link" cascade;`);

    this.addSql(`drop table if exists "family_visit" cascade;`);

    this.addSql(`drop table if exists "contact_visit" cascade;`);

    this.addSql(`drop table if exists "branch_pairing" cascade;`);

    this.addSql(`drop table if exists "research_topic" cascade;`);

    this.addSql(`drop table if exists "research_report" cascade;`);

    this.addSql(`drop table if exists "research_trip" cascade;`);

    this.addSql(`drop table if exists "secondment" cascade;`);

    this.addSql(`drop table if exists "secondment_assessment" cascade;`);

    this.addSql(`drop table if exists "talk" cascade;`);
  }

}
