import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-in counters per key (account or address) and time window. Kept in PostgreSQL so that every API
 * instance behind a load balancer sees the same counts.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitEntity {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @PrimaryKey({ type: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  count!: number;
}
