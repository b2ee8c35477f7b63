import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { ADOPTIONS, type Adoption } from './opinion.enums.js';
import { OpinionChannelEntity } from './opinion-channel.entity.js';
import { DecisionEntity } from './decision.entity.js';

type Optional = 'submitterName' | 'phone' | 'forwardedTo' | 'forwardedOn' | 'answer' | 'answeredOn' | 'adoption' | 'adoptionReason' | 'decision';

/** An opinion of the masses received through a channel (S6.FORWARD); occurredOn = received. */
@Entity({ tableName: 'opinion' })
@Index({ properties: ['unit', 'occurredOn'] })
export class OpinionEntity extends RecordEntity<Optional> {
  @ManyToOne(() => OpinionChannelEntity, { ref: true, deleteRule: 'restrict', index: true })
  channel!: Ref<OpinionChannelEntity>;

  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'text', nullable: true })
  submitterName: string | null = null;

  /**
   * The submitter's phone. Named `phone` on purpose: the audit log masks fields of that name, and the API
   * returns it masked.
   */
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** The department it was passed to (有关部门), as written. */
  @Property({ type: 'text', nullable: true })
  forwardedTo: string | null = null;

  @Property({ type: 'date', nullable: true })
  forwardedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'date', nullable: true })
  answeredOn: string | null = null;

  @Enum({ items: () => [...ADOPTIONS], nullable: true })
  adoption: Adoption | null = null;

  @Property({ type: 'text', nullable: true })
  adoptionReason: string | null = null;

  /** The decision it was collected for, when it was (its adoption shows on the decision's public feedback). */
  @ManyToOne(() => DecisionEntity, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  decision: Ref<DecisionEntity> | null = null;
}
