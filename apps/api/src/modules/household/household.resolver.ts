import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { getOrgUnit, visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit, toOrgUnit } from '../org-unit/org-unit.type.js';
import { CreateHouseholdInput, HouseholdFilter, UpdateHouseholdInput } from './household.input.js';
import { createHousehold, deleteHousehold, getHousehold, listHouseholds, updateHousehold } from './household.service.js';
import { Household, HouseholdPage, toHousehold } from './household.type.js';

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household)
  async household(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Household> {
    return toHousehold(await getHousehold(ctx, id));
  }

  @Query(() => HouseholdPage)
  async households(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<HouseholdPage> {
    const { items, total } = await listHouseholds(ctx, filter, sort, page, perPage);
    return { items: items.map(toHousehold), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => Household)
  async createHousehold(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateHouseholdInput) input: CreateHouseholdInput): Promise<Household> {
    return toHousehold(await createHousehold(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Household)
  async updateHousehold(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput,
  ): Promise<Household> {
    return toHousehold(await updateHousehold(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Household)
  async deleteHousehold(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Household> {
    return toHousehold(await deleteHousehold(ctx, id));
  }

  @FieldResolver(() => OrgUnit)
  async unit(@GqlCtx() ctx: Ctx, @Root() h: Household): Promise<OrgUnit> {
    return (await visibleUnit(ctx, h.unitId)) ?? toOrgUnit(await getOrgUnit(ctx, h.unitId));
  }
}
