import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserEntity } from '../user/user.entity.js';

/** A signed-in session. Only the token's SHA-256 is kept: a leaked table does not sign anyone in. */
@Entity({ tableName: 'session' })
export class SessionEntity {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'address';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @ManyToOne(() => UserEntity, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<UserEntity>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  address: string | null = null;
}
