import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import type { PersonEntity } from './person.entity.js';

/** A post a person holds in a unit over dates; the rules derive profiles (BUREAU_LEADER, …) from these. */
@Entity({ tableName: 'position' })
@Index({ properties: ['unit', 'startsOn'] })
export class PositionEntity extends BaseEntity<
  'leadershipTeam' | 'principal' | 'partySecretary' | 'branchHead' | 'deptHead' | 'endsOn'
> {
  @ManyToOne('PersonEntity', { ref: true, deleteRule: 'cascade', index: true })
  person!: Ref<PersonEntity>;

  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  unit!: Ref<OrgUnitEntity>;

  /** The post as written in the appointment, e.g. 党委书记, 副场长, 管理区主任. */
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'boolean', default: false })
  leadershipTeam: boolean = false;

  @Property({ type: 'boolean', default: false })
  principal: boolean = false;

  @Property({ type: 'boolean', default: false })
  partySecretary: boolean = false;

  @Property({ type: 'boolean', default: false })
  branchHead: boolean = false;

  @Property({ type: 'boolean', default: false })
  deptHead: boolean = false;

  @Property({ type: 'date' })
  startsOn!: string;

  /** Inclusive; null while the post is held. */
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
