import { Entity, Enum, Property } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { OPINION_CHANNEL_KINDS, type OpinionChannelKind } from './opinion.enums.js';

/** A channel a unit keeps open for the masses' opinions (S6.CHANNELS); occurredOn = opened. */
@Entity({ tableName: 'opinion_channel' })
export class OpinionChannelEntity extends RecordEntity<'contact' | 'closedOn'> {
  @Enum({ items: () => [...OPINION_CHANNEL_KINDS] })
  kind!: OpinionChannelKind;

  /** What the masses see, e.g. 场部一楼意见箱, 鹤山农场群众热线. */
  @Property({ type: 'text' })
  name!: string;

  /** The unit's public number, account or place (never a private person's contact). */
  @Property({ type: 'text', nullable: true })
  contact: string | null = null;

  /** Last day open, inclusive; null while open. */
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;
}
