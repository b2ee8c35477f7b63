import { Migration } from '@mikro-orm/migrations';

export class Migration20261127231959 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor" text not null, "actor_name" text not null, "entity" text not null, "entity_id" text not null, "action" text not null, "changes" jsonb not null, "unit_path" text not null, "request_id" text null);`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);
    this.addSql(`create index "audit_log_entity_index" on "audit_log" ("entity");`);
    this.addSql(`create index "audit_log_entity_id_index" on "audit_log" ("entity_id");`);
    this.addSql(`create index "audit_log_unit_path_idx" on "audit_log" ("unit_path" text_pattern_ops);`);

    this.addSql(`create table "rate_limit" ("key" text not null, "window_start" timestamptz not null, "count" int not null, constraint "rate_limit_pkey" primary key ("key", "window_start"));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "username" text not null, "display_name" text not null, "role" text check ("role" in ('ADMIN', 'HEAD', 'CADRE')) not null, "scope_unit_id" uuid not null, "person_id" uuid null, "password_hash" text not null, "disabled" boolean not null default false, "password_changed_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_scope_unit_id_index" on "app_user" ("scope_unit_id");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "address" text null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" text not null, "prefix" text not null, "token_hash" text not null, "scope_unit_id" uuid not null, "created_by_id" uuid not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_scope_unit_id_index" on "api_token" ("scope_unit_id");`);

    this.addSql(`alter table "app_user" add constraint "app_user_scope_unit_id_foreign" foreign key ("scope_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_scope_unit_id_foreign" foreign key ("scope_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    // The audit log is append-only for every role, the application's included (triggers bind superusers too).
    this.addSql(`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege'; end $$;`);
    this.addSql(`create trigger audit_log_no_update_delete before update or delete on "audit_log"
      for each row execute function audit_log_append_only();`);
    this.addSql(`create trigger audit_log_no_truncate before truncate on "audit_log"
      for each statement execute function audit_log_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_log_no_truncate on "audit_log";`);
    this.addSql(`drop trigger if exists audit_log_no_update_delete on "audit_log";`);
    this.addSql(`drop function if exists audit_log_append_only();`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
