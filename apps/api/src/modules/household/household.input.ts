import { Field, ID, InputType, Int } from 'type-graphql';
import type { HouseholdFlag } from '@lianxi/rules';
import { HouseholdFlagEnum } from '../../graphql/enums.js';

@InputType('HouseholdFilter')
export class HouseholdFilter {
  @Field(() => ID, { nullable: true, description: 'Households of this residents\' group.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Households anywhere under this unit (or in it).' })
  underId?: string | null;

  @Field(() => [HouseholdFlagEnum], { nullable: true, description: 'Households carrying every one of these flags.' })
  flags?: HouseholdFlag[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Households with any needy flag (poor, five guarantees, disabled, empty-nest, left-behind children).' })
  needy?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Head\'s name or address contains this text.' })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

@InputType('CreateHouseholdInput')
export class CreateHouseholdInput {
  @Field(() => ID, { description: 'A residents\' group (RESIDENTS_GROUP).' })
  unitId!: string;

  @Field(() => String)
  headName!: string;

  @Field(() => String)
  address!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Int, { nullable: true })
  memberCount?: number | null;

  @Field(() => [HouseholdFlagEnum], { nullable: true })
  flags?: HouseholdFlag[] | null;
}

@InputType('UpdateHouseholdInput')
export class UpdateHouseholdInput {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  headName?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'A new full number; the masked value read back is never written.' })
  phone?: string | null;

  @Field(() => Int, { nullable: true })
  memberCount?: number | null;

  @Field(() => [HouseholdFlagEnum], { nullable: true })
  flags?: HouseholdFlag[] | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
