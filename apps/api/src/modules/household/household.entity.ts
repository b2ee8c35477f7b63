import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { HOUSEHOLD_FLAGS, type HouseholdFlag } from '@lianxi/rules';
import { BaseEntity } from '../common/base.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';

@Entity({ tableName: 'household' })
// "Which households are poor / empty-nest …" is a containment test on the flags array.
@Index({ name: 'household_flags_idx', expression: 'create index "household_flags_idx" on "household" using gin ("flags")' })
export class HouseholdEntity extends BaseEntity<'flags' | 'phone' | 'memberCount'> {
  /** A residents' group (居民组). */
  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  unit!: Ref<OrgUnitEntity>;

  @Property({ type: 'text' })
  headName!: string;

  @Property({ type: 'text' })
  address!: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'integer', nullable: true })
  memberCount: number | null = null;

  @Enum({ items: () => [...HOUSEHOLD_FLAGS], array: true, default: [] })
  flags: HouseholdFlag[] = [];
}
