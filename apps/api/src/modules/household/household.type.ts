import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { HouseholdFlag } from '@lianxi/rules';
import { DateTimeResolver } from 'graphql-scalars';
import { HouseholdFlagEnum } from '../../graphql/enums.js';
import { PageOf } from '../../graphql/pagination.js';
import { maskPhone } from '../common/mask.js';
import type { HouseholdEntity } from './household.entity.js';

@ObjectType('Household', { description: 'A household (居民住户) in a residents\' group.' })
export class Household {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The residents\' group.' })
  unitId!: string;

  @Field(() => String)
  headName!: string;

  @Field(() => String)
  address!: string;

  @Field(() => String, { nullable: true, description: 'Masked by the server, e.g. 138****5678.' })
  phone!: string | null;

  @Field(() => Int, { nullable: true })
  memberCount!: number | null;

  @Field(() => [HouseholdFlagEnum])
  flags!: HouseholdFlag[];

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export function toHousehold(e: HouseholdEntity): Household {
  const h = new Household();
  h.id = e.id;
  h.unitId = e.unit.id;
  h.headName = e.headName;
  h.address = e.address;
  h.phone = maskPhone(e.phone);
  h.memberCount = e.memberCount;
  h.flags = [...e.flags];
  h.version = e.version;
  h.createdAt = e.createdAt;
  h.updatedAt = e.updatedAt;
  return h;
}

@ObjectType('HouseholdPage')
export class HouseholdPage extends PageOf(Household) {}
