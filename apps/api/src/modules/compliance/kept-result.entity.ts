import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row: the id of the last committed transaction that changed anything a compliance answer is computed from,
 * written only by the deferred triggers `lianxi_compliance_<table>` (migration 20261129050000).
 */
@Entity({ tableName: 'compliance_version' })
export class ComplianceVersionEntity {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  xid!: string;
}

/** A finished roll-up and the stamp it was computed at; read and written only by kept-results.ts (ADR 0010). */
@Entity({ tableName: 'compliance_kept_result' })
export class KeptResultEntity {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  engine!: string;

  @Property({ type: 'bigint' })
  stamp!: string;

  @Property({ type: 'jsonb' })
  body!: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  computedAt!: Date;
}
