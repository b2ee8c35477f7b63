import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';

@InputType('DeputyTermFilter')
export class DeputyTermFilter {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  electingUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Terms whose electing unit is this unit or below it.' })
  underId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Terms running on this date.' })
  activeOn?: string | null;
}

@InputType('CreateDeputyTermInput')
export class CreateDeputyTermInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  electingUnitId!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

@InputType('UpdateDeputyTermInput')
export class UpdateDeputyTermInput {
  @Field(() => ID, { nullable: true })
  electingUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
