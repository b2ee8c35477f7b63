import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import {
  EDUCATION_LEVELS,
  GENDERS,
  RANKS,
  type EducationLevel,
  type Gender,
  type Rank,
} from '@lianxi/rules';
import { BaseEntity } from '../common/base.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { PositionEntity } from './position.entity.js';
import { DeputyTermEntity } from '../deputy-term/deputy-term.entity.js';

@Entity({ tableName: 'person' })
export class PersonEntity extends BaseEntity<
  | 'education'
  | 'partyJoinedOn'
  | 'rank'
  | 'reserveCadre'
  | 'grassrootsExperience'
  | 'homeCommunity'
  | 'phone'
  | 'idNumber'
  | 'positions'
  | 'deputyTerms'
> {
  @Property({ type: 'text' })
  @Index()
  name!: string;

  @Enum({ items: () => [...GENDERS] })
  gender!: Gender;

  @Property({ type: 'date' })
  birthDate!: string;

  @Enum({ items: () => [...EDUCATION_LEVELS], nullable: true })
  education: EducationLevel | null = null;

  @Property({ type: 'boolean', default: false })
  partyMember: boolean = false;

  @Property({ type: 'date', nullable: true })
  partyJoinedOn: string | null = null;

  @Enum({ items: () => [...RANKS], default: 'NONE' })
  rank: Rank = 'NONE';

  @Property({ type: 'boolean', default: false })
  reserveCadre: boolean = false;

  @Property({ type: 'boolean', default: false })
  grassrootsExperience: boolean = false;

  /** The unit the person belongs to (人事关系所在单位); scoping follows it. */
  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  unit!: Ref<OrgUnitEntity>;

  /** The residential community the person lives in and registers with (S9.REGISTER). */
  @ManyToOne(() => OrgUnitEntity, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  homeCommunity: Ref<OrgUnitEntity> | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** Resident ID number (身份证号); never leaves the server unmasked without a permission. */
  @Property({ type: 'text', nullable: true })
  idNumber: string | null = null;

  @OneToMany(() => PositionEntity, (p) => p.person, { orphanRemoval: true })
  positions = new Collection<PositionEntity>(this);

  @OneToMany(() => DeputyTermEntity, (d) => d.person, { orphanRemoval: true })
  deputyTerms = new Collection<DeputyTermEntity>(this);
}
