import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EducationLevel, Gender, Rank } from '@lianxi/rules';
import { DateTimeResolver } from 'graphql-scalars';
import { EducationLevelEnum, GenderEnum, RankEnum } from '../../graphql/enums.js';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import { maskIdNumber, maskPhone } from '../common/mask.js';
import type { PersonEntity } from './person.entity.js';
import type { PositionEntity } from './position.entity.js';

@ObjectType('Person', { description: 'A cadre, Party member or worker of the bureau.' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => GenderEnum)
  gender!: Gender;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => EducationLevelEnum, { nullable: true })
  education!: EducationLevel | null;

  @Field(() => Boolean)
  partyMember!: boolean;

  @Field(() => DateScalar, { nullable: true })
  partyJoinedOn!: string | null;

  @Field(() => RankEnum)
  rank!: Rank;

  @Field(() => Boolean, { description: 'A reserve cadre (后备干部).' })
  reserveCadre!: boolean;

  @Field(() => Boolean, { description: 'Has worked at the grassroots before.' })
  grassrootsExperience!: boolean;

  @Field(() => ID, { description: 'The unit the person belongs to.' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The residential community the person lives in.' })
  homeCommunityId!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked by the server, e.g. 138****5678.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked by the server, e.g. 2302**********1234.' })
  idNumber!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export function toPerson(e: PersonEntity): Person {
  const p = new Person();
  p.id = e.id;
  p.name = e.name;
  p.gender = e.gender;
  p.birthDate = e.birthDate;
  p.education = e.education;
  p.partyMember = e.partyMember;
  p.partyJoinedOn = e.partyJoinedOn;
  p.rank = e.rank;
  p.reserveCadre = e.reserveCadre;
  p.grassrootsExperience = e.grassrootsExperience;
  p.unitId = e.unit.id;
  p.homeCommunityId = e.homeCommunity?.id ?? null;
  p.phone = maskPhone(e.phone);
  p.idNumber = maskIdNumber(e.idNumber);
  p.version = e.version;
  p.createdAt = e.createdAt;
  p.updatedAt = e.updatedAt;
  return p;
}

@ObjectType('PersonPage')
export class PersonPage extends PageOf(Person) {}

@ObjectType('Position', { description: 'A post held in a unit over dates; profiles derive from these.' })
export class Position {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { description: 'The post, e.g. 党委书记, 副场长, 管理区主任.' })
  title!: string;

  @Field(() => Boolean, { description: 'Member of the unit\'s leadership team (领导班子成员).' })
  leadershipTeam!: boolean;

  @Field(() => Boolean, { description: 'Principal leader (主要领导: secretary or director).' })
  principal!: boolean;

  @Field(() => Boolean, { description: 'Party secretary (党委/党组织书记).' })
  partySecretary!: boolean;

  @Field(() => Boolean, { description: 'Head of a grassroots Party branch (党支部负责人).' })
  branchHead!: boolean;

  @Field(() => Boolean, { description: 'Principal head of a department (部门主要负责人).' })
  deptHead!: boolean;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Inclusive; null while the post is held.' })
  to!: string | null;

  @Field(() => Int)
  version!: number;
}

export function toPosition(e: PositionEntity): Position {
  const p = new Position();
  p.id = e.id;
  p.personId = e.person.id;
  p.unitId = e.unit.id;
  p.title = e.title;
  p.leadershipTeam = e.leadershipTeam;
  p.principal = e.principal;
  p.partySecretary = e.partySecretary;
  p.branchHead = e.branchHead;
  p.deptHead = e.deptHead;
  p.from = e.startsOn;
  p.to = e.endsOn;
  p.version = e.version;
  return p;
}
