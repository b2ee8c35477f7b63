import { ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from './base.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { PersonEntity } from '../person/person.entity.js';

/**
 * The shared core of every record of the ten systems: who (person, for person-centred records), the owning
 * unit (the scope anchor: the person's unit when recorded, or the organising unit), when, and a note. Each
 * kind adds its own columns; compliance reads them through the module's fact source.
 */
export abstract class RecordEntity<Optional = never> extends BaseEntity<'person' | 'note' | 'deletedAt' | Optional> {
  @ManyToOne(() => PersonEntity, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  person: Ref<PersonEntity> | null = null;

  /** Rows are scoped by this unit's path (db/scope.ts). */
  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  unit!: Ref<OrgUnitEntity>;

  /** The day it happened or started (China Standard Time calendar date). */
  @Property({ type: 'date', index: true })
  occurredOn!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /**
   * Set when the record is withdrawn (soft delete): records are evidence, so they are kept, hidden from
   * lists and counts, and can be restored by an administrator.
   */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}
