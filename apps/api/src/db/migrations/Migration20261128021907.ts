import { Migration } from '@mikro-orm/migrations';

export class Migration20261128021907 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "attachment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "record_type" text not null, "record_id" uuid not null, "unit_id" uuid not null, "unit_path" text not null, "file_name" text not null, "mime_type" text not null, "size" int not null, "sha256" text not null, "data" bytea not null, "uploaded_by_id" uuid null, "uploaded_by_name" text not null, "deleted_at" timestamptz null, constraint "attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "attachment_unit_id_index" on "attachment" ("unit_id");`);
    this.addSql(`create index "attachment_record_type_record_id_index" on "attachment" ("record_type", "record_id");`);

    this.addSql(`alter table "attachment" add constraint "attachment_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    // Photos, scans and PDFs are compressed already: keep them out of line without a futile compression pass.
    this.addSql(`alter table "attachment" alter column "data" set storage external;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attachment" cascade;`);
  }

}
