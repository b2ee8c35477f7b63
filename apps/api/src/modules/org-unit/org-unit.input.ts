import { Field, ID, InputType, Int } from 'type-graphql';
import type { OrgUnitKind, Sector, UnitFlag } from '@lianxi/rules';
import { OrgUnitKindEnum, SectorEnum, UnitFlagEnum } from '../../graphql/enums.js';

@InputType('OrgUnitFilter')
export class OrgUnitFilter {
  @Field(() => OrgUnitKindEnum, { nullable: true })
  kind?: OrgUnitKind | null;

  @Field(() => [OrgUnitKindEnum], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrgUnitKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Direct children of this unit.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The whole subtree below this unit (the unit itself excluded).' })
  underId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name or code contains this text.' })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => UnitFlagEnum, { nullable: true, description: 'Units carrying this flag.' })
  flag?: UnitFlag | null;

  @Field(() => Boolean, { nullable: true, description: 'Only units without a parent.' })
  root?: boolean | null;
}

@InputType('CreateOrgUnitInput')
export class CreateOrgUnitInput {
  @Field(() => OrgUnitKindEnum)
  kind!: OrgUnitKind;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  code!: string;

  @Field(() => ID, { nullable: true, description: 'Required for every kind but BUREAU.' })
  parentId?: string | null;

  @Field(() => SectorEnum, { nullable: true })
  sector?: Sector | null;

  @Field(() => [UnitFlagEnum], { nullable: true })
  flags?: UnitFlag[] | null;
}

@InputType('UpdateOrgUnitInput', { description: 'Only the fields given change. A new parentId moves the unit with its subtree.' })
export class UpdateOrgUnitInput {
  @Field(() => OrgUnitKindEnum, { nullable: true })
  kind?: OrgUnitKind | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => SectorEnum, { nullable: true })
  sector?: Sector | null;

  @Field(() => [UnitFlagEnum], { nullable: true })
  flags?: UnitFlag[] | null;

  @Field(() => Int, { nullable: true, description: 'The version you read; a different current version gives CONFLICT.' })
  version?: number | null;
}
