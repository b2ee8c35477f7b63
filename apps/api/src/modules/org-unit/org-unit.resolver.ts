import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrgUnitKind } from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { OrgUnitKindEnum } from '../../graphql/enums.js';
import { SortInput } from '../../graphql/pagination.js';
import { CreateOrgUnitInput, OrgUnitFilter, UpdateOrgUnitInput } from './org-unit.input.js';
import {
  ancestorsOf,
  childrenOf,
  createOrgUnit,
  deleteOrgUnit,
  descendantsOf,
  getOrgUnit,
  listOrgUnits,
  updateOrgUnit,
  visibleUnit,
} from './org-unit.service.js';
import { countsFor } from './org-unit.counts.js';
import { OrgUnit, OrgUnitPage, toOrgUnit } from './org-unit.type.js';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnit, { description: 'One unit by id; NOT_FOUND when there is none.' })
  async orgUnit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OrgUnit> {
    return toOrgUnit(await getOrgUnit(ctx, id));
  }

  @Query(() => OrgUnitPage)
  async orgUnits(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => OrgUnitFilter, { nullable: true }) filter?: OrgUnitFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<OrgUnitPage> {
    const { items, total } = await listOrgUnits(ctx, filter, sort, page, perPage);
    return { items: items.map(toOrgUnit), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => OrgUnit)
  async createOrgUnit(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput): Promise<OrgUnit> {
    return toOrgUnit(await createOrgUnit(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => OrgUnit, { description: 'Changes the fields given; a new parentId moves the unit and its subtree.' })
  async updateOrgUnit(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput,
  ): Promise<OrgUnit> {
    return toOrgUnit(await updateOrgUnit(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => OrgUnit, { description: 'Deletes an empty unit; a unit with children, people or households is refused (CONFLICT).' })
  async deleteOrgUnit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OrgUnit> {
    return toOrgUnit(await deleteOrgUnit(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null for the root, and above your own part of the tree.' })
  async parent(@GqlCtx() ctx: Ctx, @Root() unit: OrgUnit): Promise<OrgUnit | null> {
    return visibleUnit(ctx, unit.parentId);
  }

  @FieldResolver(() => [OrgUnit])
  async children(@GqlCtx() ctx: Ctx, @Root() unit: OrgUnit): Promise<OrgUnit[]> {
    return (await childrenOf(ctx, unit.id)).map(toOrgUnit);
  }

  @FieldResolver(() => [OrgUnit], { description: 'From the root down to the parent, for breadcrumbs.' })
  async ancestors(@GqlCtx() ctx: Ctx, @Root() unit: OrgUnit): Promise<OrgUnit[]> {
    return (await ancestorsOf(ctx, unit.path)).map(toOrgUnit);
  }

  @FieldResolver(() => [OrgUnit], { description: 'Every unit below this one, in tree order, optionally of one kind.' })
  async descendants(
    @GqlCtx() ctx: Ctx,
    @Root() unit: OrgUnit,
    @Arg('kind', () => OrgUnitKindEnum, { nullable: true }) kind?: OrgUnitKind,
  ): Promise<OrgUnit[]> {
    return (await descendantsOf(ctx, unit, kind)).map(toOrgUnit);
  }

  @FieldResolver(() => Int)
  async childCount(@GqlCtx() ctx: Ctx, @Root() unit: OrgUnit): Promise<number> {
    return (await countsFor(ctx, unit.id)).children;
  }

  @FieldResolver(() => Int, { description: 'Households in residents\' groups of this subtree.' })
  async householdCount(@GqlCtx() ctx: Ctx, @Root() unit: OrgUnit): Promise<number> {
    return (await countsFor(ctx, unit.id)).households;
  }

  @FieldResolver(() => Int, { description: 'People belonging to units of this subtree.' })
  async personCount(@GqlCtx() ctx: Ctx, @Root() unit: OrgUnit): Promise<number> {
    return (await countsFor(ctx, unit.id)).people;
  }
}
