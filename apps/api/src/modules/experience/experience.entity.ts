import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';

export const EXPERIENCE_KINDS = ['BUS_OR_TAXI', 'MARKET', 'HOSPITAL', 'SERVICE_WINDOW', 'FARMER_DAY', 'WORKER_DAY', 'OTHER'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

/** Experiencing ordinary life (体验群众生活, S10), with its people's-condition diary (民情日记, S10.DIARY). */
@Entity({ tableName: 'experience' })
// S10.DIARY's suspects (check-suspects.ts) by the length of the trimmed diary (migration 20261128194000).
@Index({
  name: 'experience_diary_suspects',
  expression: `create index "experience_diary_suspects" on "experience" ((char_length(btrim(coalesce("diary", ''), U&'\\0009\\000A\\000B\\000C\\000D \\00A0\\1680\\2000\\2001\\2002\\2003\\2004\\2005\\2006\\2007\\2008\\2009\\200A\\2028\\2029\\202F\\205F\\3000\\FEFF')))) where "deleted_at" is null`,
})
export class ExperienceEntity extends RecordEntity {
  @Enum({ items: () => [...EXPERIENCE_KINDS] })
  kind!: ExperienceKind;

  @Property({ type: 'text' })
  place!: string;

  /** 民情日记: what was seen, what the people said, what should change. Required (S10.DIARY). */
  @Property({ type: 'text' })
  diary!: string;
}
