import { Entity, Enum, Property } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';

export const EXPERIENCE_KINDS = ['BUS_OR_TAXI', 'MARKET', 'HOSPITAL', 'SERVICE_WINDOW', 'FARMER_DAY', 'WORKER_DAY', 'OTHER'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

/** Experiencing ordinary life (体验群众生活, S10), with its people's-condition diary (民情日记, S10.DIARY). */
@Entity({ tableName: 'experience' })
export class ExperienceEntity extends RecordEntity {
  @Enum({ items: () => [...EXPERIENCE_KINDS] })
  kind!: ExperienceKind;

  @Property({ type: 'text' })
  place!: string;

  /** 民情日记: what was seen, what the people said, what should change. Required (S10.DIARY). */
  @Property({ type: 'text' })
  diary!: string;
}
