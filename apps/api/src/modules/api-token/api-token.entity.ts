import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A read-only token for dashboards, scoped to a subtree. Shown once at creation; only its hash is kept. */
@Entity({ tableName: 'api_token' })
export class ApiTokenEntity extends BaseEntity<'expiresAt' | 'revokedAt' | 'lastUsedAt'> {
  @Property({ type: 'text' })
  name!: string;

  /** The first characters, so people can tell tokens apart without the secret. */
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  scopeUnit!: Ref<OrgUnitEntity>;

  @ManyToOne(() => UserEntity, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<UserEntity>;

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;
}
