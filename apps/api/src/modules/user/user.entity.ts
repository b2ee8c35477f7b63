import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { PersonEntity } from '../person/person.entity.js';

export const ROLES = ['ADMIN', 'HEAD', 'CADRE'] as const;
export type Role = (typeof ROLES)[number];

/** A person who signs in. Every user acts only within the subtree of their scope unit. */
@Entity({ tableName: 'app_user' })
export class UserEntity extends BaseEntity<'person' | 'disabled' | 'passwordChangedAt'> {
  @Property({ type: 'text', unique: true })
  username!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Enum({ items: () => [...ROLES] })
  role!: Role;

  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict' })
  @Index()
  scopeUnit!: Ref<OrgUnitEntity>;

  /** The cadre this account belongs to: a CADRE records their own work as this person. */
  @ManyToOne(() => PersonEntity, { ref: true, nullable: true, deleteRule: 'set null' })
  person: Ref<PersonEntity> | null = null;

  /** argon2id. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null = null;
}
