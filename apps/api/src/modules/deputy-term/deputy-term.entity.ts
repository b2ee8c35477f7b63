import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import type { PersonEntity } from '../person/person.entity.js';

/** A Party-congress deputy's term (党代表任期), elected by a unit (S8.*). */
@Entity({ tableName: 'deputy_term' })
export class DeputyTermEntity extends BaseEntity<'endsOn'> {
  @ManyToOne('PersonEntity', { ref: true, deleteRule: 'cascade', index: true })
  person!: Ref<PersonEntity>;

  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  electingUnit!: Ref<OrgUnitEntity>;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
