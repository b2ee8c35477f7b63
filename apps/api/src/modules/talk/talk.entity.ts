import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { PersonEntity } from '../person/person.entity.js';

/** The rules' talk occasions (TalkFact.occasion). */
export const TALK_KINDS = ['LIFE_MEETING', 'PAIRWISE', 'BRANCH', 'MASSES', 'DAILY'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];

/**
 * A heart-to-heart talk (谈心谈话, S5) held by `person`: its kind, the other participant(s), the opinions heard
 * and the department they were forwarded to.
 */
@Entity({ tableName: 'talk' })
export class TalkEntity extends RecordEntity<'counterpart' | 'participants' | 'round' | 'opinions' | 'forwardedTo' | 'forwardedOn'> {
  @Enum({ items: () => [...TALK_KINDS] })
  kind!: TalkKind;

  /** The person talked with, when one is recorded (a team member, a branch member). */
  @ManyToOne(() => PersonEntity, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  counterpart: Ref<PersonEntity> | null = null;

  /** Others present, by name (the masses talked with). */
  @Property({ type: 'text', nullable: true })
  participants: string | null = null;

  /** The round it belongs to, e.g. "2025年度民主生活会": talks of one round count once (S5.LIFE_MEETING). */
  @Property({ type: 'text', nullable: true })
  round: string | null = null;

  /** The opinions and suggestions heard (如实记录). */
  @Property({ type: 'text', nullable: true })
  opinions: string | null = null;

  /** The department the opinions were forwarded to (向有关部门反映). */
  @ManyToOne(() => OrgUnitEntity, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  forwardedTo: Ref<OrgUnitEntity> | null = null;

  @Property({ type: 'date', nullable: true })
  forwardedOn: string | null = null;
}
