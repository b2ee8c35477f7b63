import { Entity, Property } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';

/** A periodic summary and analysis of the opinions collected (S6.ANALYSIS); occurredOn = the day it was made. */
@Entity({ tableName: 'opinion_analysis' })
export class OpinionAnalysisEntity extends RecordEntity<'measures'> {
  @Property({ type: 'date' })
  periodFrom!: string;

  @Property({ type: 'date' })
  periodTo!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  findings!: string;

  /** What the unit will do about it. */
  @Property({ type: 'text', nullable: true })
  measures: string | null = null;
}
