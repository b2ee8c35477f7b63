import { BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Append-only: who changed what, when, with the fields' values before and after. A database trigger refuses
 * UPDATE, DELETE and TRUNCATE on this table for every role (see the migration), so not even the application
 * can rewrite history.
 */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_unit_path_idx', expression: 'create index "audit_log_unit_path_idx" on "audit_log" ("unit_path" text_pattern_ops)' })
export class AuditLogEntity {
  [OptionalProps]?: 'id' | 'at' | 'requestId';

  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Index()
  at: Date = new Date();

  /** `user:<id>`, `token:<id>` or `system`. */
  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text' })
  actorName!: string;

  @Property({ type: 'text' })
  @Index()
  entity!: string;

  @Property({ type: 'text' })
  @Index()
  entityId!: string;

  /** CREATE, UPDATE, DELETE (of a record: soft, deleted_at set), RESTORE, or READ_PERSONAL_DATA. */
  @Property({ type: 'text' })
  action!: string;

  /** `{ field: [before, after] }` for the fields that changed. */
  @Property({ type: 'json' })
  changes!: Record<string, [unknown, unknown]>;

  /** Path of the unit the row belongs to, so scoped administrators see the history of their subtree only. */
  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;
}
