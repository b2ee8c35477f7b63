import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ORG_UNIT_KINDS, SECTORS, UNIT_FLAGS, type OrgUnitKind, type Sector, type UnitFlag } from '@lianxi/rules';
import { BaseEntity } from '../common/base.entity.js';

@Entity({ tableName: 'org_unit' })
// Subtree reads are `path LIKE '/…/id/%'`: text_pattern_ops lets a btree index serve that prefix match.
@Index({ name: 'org_unit_path_idx', expression: 'create index "org_unit_path_idx" on "org_unit" ("path" text_pattern_ops)' })
export class OrgUnitEntity extends BaseEntity<'flags' | 'sector' | 'parent'> {
  @Enum({ items: () => [...ORG_UNIT_KINDS] })
  @Index()
  kind!: OrgUnitKind;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true })
  code!: string;

  @ManyToOne(() => OrgUnitEntity, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  parent: Ref<OrgUnitEntity> | null = null;

  /** Materialised path of ids from the root, own id last: `/rootId/…/id/`. */
  @Property({ type: 'text' })
  path!: string;

  @Property({ type: 'integer' })
  depth!: number;

  @Enum({ items: () => [...SECTORS], nullable: true })
  sector: Sector | null = null;

  @Enum({ items: () => [...UNIT_FLAGS], array: true, default: [] })
  flags: UnitFlag[] = [];
}
