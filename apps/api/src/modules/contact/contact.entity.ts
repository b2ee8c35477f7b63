import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { HouseholdEntity } from '../household/household.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';

/** What a contact point is in the "一联五" composition (S2.MIX.*): a unit's kind, a worker family, any household. */
export const CONTACT_CATEGORIES = [
  'MANAGEMENT_AREA',
  'COMMUNITY',
  'ENTERPRISE',
  'COOPERATIVE',
  'RESIDENTIAL_QUARTER',
  'PRODUCTION_POINT',
  'INDUSTRIAL_PROJECT',
  'RESIDENTS_GROUP',
  'WORKER_FAMILY',
  'HOUSEHOLD',
  'SECTOR_UNIT',
  'OTHER',
] as const;
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

export const CONTACT_LEVELS = ['BUREAU', 'FARM', 'AREA'] as const;
export type ContactLevelValue = (typeof CONTACT_LEVELS)[number];

/**
 * A contact link (基层联系点, S2): a cadre → a unit or a household, from `occurredOn` to `endsOn` (inclusive,
 * null = open). Ended before a year only with a reason (S2.DURATION); one cadre per target and level (S2.NO_OVERLAP).
 */
@Entity({ tableName: 'contact_link' })
export class ContactLinkEntity extends RecordEntity<'endsOn' | 'targetUnit' | 'targetHousehold' | 'endReason'> {
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @ManyToOne(() => OrgUnitEntity, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  targetUnit: Ref<OrgUnitEntity> | null = null;

  @ManyToOne(() => HouseholdEntity, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  targetHousehold: Ref<HouseholdEntity> | null = null;

  @Enum({ items: () => [...CONTACT_CATEGORIES] })
  category!: ContactCategory;

  /** The level of the cadre's link (bureau / farm / area), for S2.NO_OVERLAP. */
  @Enum({ items: () => [...CONTACT_LEVELS] })
  level!: ContactLevelValue;

  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;
}

/** A visit to a contact point (到联系点, S2.VISITS): a visit under one day is kept but does not count. */
@Entity({ tableName: 'contact_visit' })
export class ContactVisitEntity extends RecordEntity<'content'> {
  @ManyToOne(() => ContactLinkEntity, { ref: true, deleteRule: 'restrict', index: true })
  link!: Ref<ContactLinkEntity>;

  @Property({ type: 'decimal', precision: 4, scale: 1, runtimeType: 'number' })
  days!: number;

  /** What was done: problems heard, help given. */
  @Property({ type: 'text', nullable: true })
  content: string | null = null;
}

/** A visit to a worker family (走访职工家庭, S2.FAMILY_VISITS), through the cadre's link to it when there is one. */
@Entity({ tableName: 'family_visit' })
export class FamilyVisitEntity extends RecordEntity<'link' | 'content'> {
  @ManyToOne(() => HouseholdEntity, { ref: true, deleteRule: 'restrict', index: true })
  household!: Ref<HouseholdEntity>;

  @ManyToOne(() => ContactLinkEntity, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  link: Ref<ContactLinkEntity> | null = null;

  @Property({ type: 'text', nullable: true })
  content: string | null = null;
}

/** A Party secretary's pairing with a grassroots Party branch (结对帮扶党支部, S2.BRANCH), from/to. */
@Entity({ tableName: 'branch_pairing' })
export class BranchPairingEntity extends RecordEntity<'endsOn' | 'goal'> {
  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  branch!: Ref<OrgUnitEntity>;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  /** What the pairing is to achieve (帮扶目标). */
  @Property({ type: 'text', nullable: true })
  goal: string | null = null;
}
