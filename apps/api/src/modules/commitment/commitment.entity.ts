import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { SECTORS, type Sector } from '@lianxi/rules';
import { RecordEntity } from '../common/record.entity.js';
import { EVALUATION_RESULTS, type EvaluationResult } from './commitment.enums.js';

type Optional = 'publishedOn' | 'fulfilledOn' | 'evaluatedOn' | 'evaluationResult' | 'evaluationComment' | 'fulfilment';

/** A Party member's commitment (党员承诺, S7); occurredOn = proposed (提出). person = the member. */
@Entity({ tableName: 'commitment' })
@Index({ properties: ['person', 'year'] })
export class CommitmentEntity extends RecordEntity<Optional> {
  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => [...SECTORS] })
  category!: Sector;

  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'date', nullable: true })
  publishedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  fulfilledOn: string | null = null;

  /** How it was kept (践诺情况). */
  @Property({ type: 'text', nullable: true })
  fulfilment: string | null = null;

  @Property({ type: 'date', nullable: true })
  evaluatedOn: string | null = null;

  @Enum({ items: () => [...EVALUATION_RESULTS], nullable: true })
  evaluationResult: EvaluationResult | null = null;

  @Property({ type: 'text', nullable: true })
  evaluationComment: string | null = null;
}
