import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * Kept counters: per subject (a person, or the record's unit) × fact kind × month, the number of live records
 * and the sum of their days. Written only by the database triggers `lianxi_counter_<table>` in the same
 * transaction as each record write, and rebuilt by `lianxi_recount_counters()` (cli `counters:recompute`).
 * The ORM never writes it; the entity exists so the schema check knows the table.
 */
@Entity({ tableName: 'compliance_counter' })
// A roll-up reads a year's counters of a few kinds for a whole subtree: by kind and month, not by subject. The index
// leaves n and days out so that the triggers' updates of them stay HOT (migration 20261128191000).
@Index({ name: 'compliance_counter_kind_month', properties: ['kind', 'month', 'subjectId'] })
export class ComplianceCounterEntity {
  [PrimaryKeyProp]?: ['subjectId', 'kind', 'month'];

  @PrimaryKey({ type: 'uuid' })
  subjectId!: string;

  @PrimaryKey({ type: 'text' })
  kind!: string;

  /** First day of the month (China Standard Time calendar). */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @Property({ type: 'integer' })
  n!: number;

  @Property({ type: 'decimal', precision: 12, scale: 1 })
  days!: string;
}
