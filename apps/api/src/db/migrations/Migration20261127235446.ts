import { Migration } from '@mikro-orm/migrations';

export class Migration20261127235446 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`create table "duty_day" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "place" text null, constraint "duty_day_pkey" primary key ("id"));`);
    this.addSql(`create index "duty_day_person_id_index" on "duty_day" ("person_id");`);
    this.addSql(`create index "duty_day_unit_id_index" on "duty_day" ("unit_id");`);
    this.addSql(`create index "duty_day_occurred_on_index" on "duty_day" ("occurred_on");`);
    this.addSql(`alter table "duty_day" add constraint "duty_day_unit_person_day_unique" unique ("unit_id", "person_id", "occurred_on");`);

    this.addSql(`create table "reception_day" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "span" text check ("span" in ('WHOLE_DAY', 'MORNING', 'AFTERNOON')) not null, "start_time" text null, "end_time" text null, "place" text not null, "mode" text check ("mode" in ('FIXED_POINT', 'APPOINTMENT', 'THEMATIC', 'CASE_DOWN', 'RETURN_VISIT')) not null, "joint_departments" text[] not null default '{}', "participants" text[] not null default '{}', "announced_at" timestamptz null, constraint "reception_day_pkey" primary key ("id"));`);
    this.addSql(`create index "reception_day_person_id_index" on "reception_day" ("person_id");`);
    this.addSql(`create index "reception_day_unit_id_index" on "reception_day" ("unit_id");`);
    this.addSql(`create index "reception_day_occurred_on_index" on "reception_day" ("occurred_on");`);
    this.addSql(`create index "reception_day_person_id_occurred_on_index" on "reception_day" ("person_id", "occurred_on");`);

    this.addSql(`create table "visit_case" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "state" text check ("state" in ('REGISTERED', 'ACCEPTED', 'NOT_ACCEPTED', 'ROUTED_LEGAL', 'ASSIGNED', 'SUPERVISED', 'CLOSED', 'WITHDRAWN', 'ARCHIVED')) not null default 'REGISTERED', "idempotency_key" text null, "visitors" jsonb not null, "visitor_count" int not null, "representatives" jsonb not null, "matter" text not null, "category" text check ("category" in ('SUGGESTION', 'MISCONDUCT_REPORT', 'CLAIM_COMPLAINT', 'LITIGATION')) not null, "received_by_leader" boolean not null default false, "accept_due_on" date not null, "handle_due_on" date null, "decision" text check ("decision" in ('ACCEPTED', 'CROSS_LEVEL', 'LEGAL_CHANNEL')) null, "decided_on" date null, "accepted_on" date null, "redirected_to" text null, "decision_note" text null, "channel" text null, "assigned_on" date null, "handling_unit_id" uuid null, "responsible_person_id" uuid null, "assignment_instruction" text null, "objections" jsonb not null, "supervisions" jsonb not null, "extension_days" int null, "extension_reason" text null, "extended_on" date null, "conversation_on" date null, "conversation_record" text null, "closed_on" date null, "result" text null, "reply" text null, "replied_on" date null, "satisfaction" text check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'NOT_STATED')) null, "withdrawn_on" date null, "withdraw_reason" text null, "archived_on" date null, constraint "visit_case_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_case_person_id_index" on "visit_case" ("person_id");`);
    this.addSql(`create index "visit_case_unit_id_index" on "visit_case" ("unit_id");`);
    this.addSql(`create index "visit_case_occurred_on_index" on "visit_case" ("occurred_on");`);
    this.addSql(`alter table "visit_case" add constraint "visit_case_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "visit_case_handle_due_on_index" on "visit_case" ("handle_due_on");`);
    this.addSql(`create index "visit_case_handling_unit_id_index" on "visit_case" ("handling_unit_id");`);
    this.addSql(`create index "visit_case_responsible_person_id_index" on "visit_case" ("responsible_person_id");`);
    this.addSql(`create index "visit_case_state_index" on "visit_case" ("state");`);

    this.addSql(`alter table "duty_day" add constraint "duty_day_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "duty_day" add constraint "duty_day_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "reception_day" add constraint "reception_day_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "reception_day" add constraint "reception_day_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "visit_case" add constraint "visit_case_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit_case" add constraint "visit_case_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit_case" add constraint "visit_case_handling_unit_id_foreign" foreign key ("handling_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit_case" add constraint "visit_case_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`);
    // Petition cases are never hard-deleted (信访 records are kept): DELETE and TRUNCATE are refused for every
    // role; a case ends WITHDRAWN or ARCHIVED instead.
    this.addSql(`create function "visit_case_no_delete"() returns trigger language plpgsql as $$ begin raise exception 'visit cases are never deleted: withdraw or archive the case instead' using errcode = 'restrict_violation'; end $$;`);
    this.addSql(`create trigger "visit_case_no_delete" before delete on "visit_case" for each row execute function "visit_case_no_delete"();`);
    this.addSql(`create trigger "visit_case_no_truncate" before truncate on "visit_case" for each statement execute function "visit_case_no_delete"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "visit_case_no_truncate" on "visit_case";`);
    this.addSql(`drop trigger if exists "visit_case_no_delete" on "visit_case";`);
    this.addSql(`drop function if exists "visit_case_no_delete"();`);

    this.addSql(`drop table if exists "duty_day" cascade;`);

    this.addSql(`drop table if exists "reception_day" cascade;`);

    this.addSql(`drop table if exists "visit_case" cascade;`);
  }

}
