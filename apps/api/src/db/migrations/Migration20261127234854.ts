import { Migration } from '@mikro-orm/migrations';

export class Migration20261127234854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "local_rule" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid null, "unit_id" uuid not null, "occurred_on" date not null, "note" text null, "rule_id" text not null, "effective_to" date null, "threshold_min" double precision null, "threshold_max" double precision null, "options" jsonb null, "reason" text not null, constraint "local_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "local_rule_person_id_index" on "local_rule" ("person_id");`);
    this.addSql(`create index "local_rule_unit_id_index" on "local_rule" ("unit_id");`);
    this.addSql(`create index "local_rule_occurred_on_index" on "local_rule" ("occurred_on");`);

    this.addSql(`alter table "local_rule" add constraint "local_rule_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "local_rule" add constraint "local_rule_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "local_rule" cascade;`);
  }

}
