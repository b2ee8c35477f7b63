import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row: the id of the last committed transaction that changed people, posts, deputy terms, units or households,
 * written only by the deferred triggers `lianxi_population_<table>` (migration 20261128190000). Roll-ups keep a
 * subtree's population while it is unchanged (population.ts). The entity exists so the schema check knows the table.
 */
@Entity({ tableName: 'population_version' })
export class PopulationVersionEntity {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  xid!: string;
}
