import { Migration } from '@mikro-orm/migrations';

export class Migration20261127230639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "org_unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text check ("kind" in ('BUREAU', 'BUREAU_DEPARTMENT', 'DIRECT_UNIT', 'FARM', 'FARM_DEPARTMENT', 'MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY', 'RESIDENTIAL_QUARTER', 'RESIDENTS_GROUP', 'ENTERPRISE', 'INDUSTRIAL_PROJECT', 'COOPERATIVE', 'PRODUCTION_POINT', 'PARTY_BRANCH')) not null, "name" text not null, "code" text not null, "parent_id" uuid null, "path" text not null, "depth" int not null, "sector" text check ("sector" in ('MANAGEMENT_AREA', 'COMMUNITY', 'ORGAN', 'ENTERPRISE', 'EDUCATION', 'HEALTH', 'WINDOW_SERVICE', 'AGRICULTURE')) null, "flags" text[] not null default '{}', constraint "org_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "org_unit_kind_index" on "org_unit" ("kind");`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_code_unique" unique ("code");`);
    this.addSql(`create index "org_unit_parent_id_index" on "org_unit" ("parent_id");`);
    this.addSql(`create index "org_unit_path_idx" on "org_unit" ("path" text_pattern_ops);`);

    this.addSql(`create table "household" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" uuid not null, "head_name" text not null, "address" text not null, "phone" text null, "member_count" int null, "flags" text[] not null default '{}', constraint "household_pkey" primary key ("id"));`);
    this.addSql(`create index "household_unit_id_index" on "household" ("unit_id");`);
    this.addSql(`create index "household_flags_idx" on "household" using gin ("flags");`);

    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" text not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "birth_date" date not null, "education" text check ("education" in ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTORATE')) null, "party_member" boolean not null default false, "party_joined_on" date null, "rank" text check ("rank" in ('NONE', 'CLERK', 'DEPUTY_SECTION', 'SECTION', 'DEPUTY_DIVISION', 'DIVISION', 'DEPUTY_BUREAU', 'BUREAU')) not null default 'NONE', "reserve_cadre" boolean not null default false, "grassroots_experience" boolean not null default false, "unit_id" uuid not null, "home_community_id" uuid null, "phone" text null, "id_number" text null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_name_index" on "person" ("name");`);
    this.addSql(`create index "person_unit_id_index" on "person" ("unit_id");`);
    this.addSql(`create index "person_home_community_id_index" on "person" ("home_community_id");`);

    this.addSql(`create table "deputy_term" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid not null, "electing_unit_id" uuid not null, "starts_on" date not null, "ends_on" date null, constraint "deputy_term_pkey" primary key ("id"));`);
    this.addSql(`create index "deputy_term_person_id_index" on "deputy_term" ("person_id");`);
    this.addSql(`create index "deputy_term_electing_unit_id_index" on "deputy_term" ("electing_unit_id");`);

    this.addSql(`create table "position" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid not null, "unit_id" uuid not null, "title" text not null, "leadership_team" boolean not null default false, "principal" boolean not null default false, "party_secretary" boolean not null default false, "branch_head" boolean not null default false, "dept_head" boolean not null default false, "starts_on" date not null, "ends_on" date null, constraint "position_pkey" primary key ("id"));`);
    this.addSql(`create index "position_person_id_index" on "position" ("person_id");`);
    this.addSql(`create index "position_unit_id_index" on "position" ("unit_id");`);
    this.addSql(`create index "position_unit_id_starts_on_index" on "position" ("unit_id", "starts_on");`);

    this.addSql(`create table "app_setting" ("key" text not null, "value" jsonb not null, "updated_at" timestamptz not null default now(), constraint "app_setting_pkey" primary key ("key"));`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "household" add constraint "household_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "person" add constraint "person_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "person" add constraint "person_home_community_id_foreign" foreign key ("home_community_id") references "org_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "deputy_term" add constraint "deputy_term_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "deputy_term" add constraint "deputy_term_electing_unit_id_foreign" foreign key ("electing_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "position" add constraint "position_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "position" add constraint "position_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`alter table "household" drop constraint "household_unit_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_unit_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_home_community_id_foreign";`);

    this.addSql(`alter table "deputy_term" drop constraint "deputy_term_electing_unit_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_unit_id_foreign";`);

    this.addSql(`alter table "deputy_term" drop constraint "deputy_term_person_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_person_id_foreign";`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "deputy_term" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "app_setting" cascade;`);
  }

}
