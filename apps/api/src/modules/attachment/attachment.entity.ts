import { BlobType, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * One evidence file (photo, scan, PDF) of one record of any kind, bytes included: stored in PostgreSQL so a
 * backup or a transaction holds the record and its evidence together (docs/adr/0005). The record is named by
 * its GraphQL type and id (no foreign key: one table serves every record kind); its owning unit is copied at
 * upload so the row is scoped like the record.
 */
@Entity({ tableName: 'attachment' })
@Index({ properties: ['recordType', 'recordId'] })
export class AttachmentEntity extends BaseEntity<'uploadedBy' | 'deletedAt'> {
  /** The record's GraphQL type (`ResearchTrip`, `VisitCase`, …): see attachment.registry.ts. */
  @Property({ type: 'text' })
  recordType!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  /** The record's owning unit at upload: the scope filter reads this unit's live path (db/scope.ts). */
  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  unit!: Ref<OrgUnitEntity>;

  /** That unit's path at upload, for the audit log (whose rows keep a path, not a unit). */
  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'text' })
  fileName!: string;

  /** Sniffed from the bytes, never taken from the client alone. */
  @Property({ type: 'text' })
  mimeType!: string;

  @Property({ type: 'integer' })
  size!: number;

  /** Hex SHA-256 of the bytes: the download's ETag, and proof the evidence was not altered. */
  @Property({ type: 'text' })
  sha256!: string;

  /** Lazy: lists read metadata only; the bytes load when a download asks for them. */
  @Property({ type: BlobType, lazy: true })
  data!: Buffer;

  @ManyToOne(() => UserEntity, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedBy: Ref<UserEntity> | null = null;

  /** Kept as shown at upload, so the list needs no join and survives a renamed or removed account. */
  @Property({ type: 'text' })
  uploadedByName!: string;

  /** Soft delete: evidence is withdrawn, not erased (the audit log says who withdrew it). */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}
