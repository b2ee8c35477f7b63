import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { getPerson } from '../person/person.service.js';
import { Person, toPerson } from '../person/person.type.js';
import { CreateDeputyTermInput, DeputyTermFilter, UpdateDeputyTermInput } from './deputy-term.input.js';
import { createDeputyTerm, deleteDeputyTerm, getDeputyTerm, listDeputyTerms, updateDeputyTerm } from './deputy-term.service.js';
import { DeputyTerm, DeputyTermPage, toDeputyTerm } from './deputy-term.type.js';

@Resolver(() => DeputyTerm)
export class DeputyTermResolver {
  @Query(() => DeputyTerm)
  async deputyTerm(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DeputyTerm> {
    return toDeputyTerm(await getDeputyTerm(ctx, id));
  }

  @Query(() => DeputyTermPage)
  async deputyTerms(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => DeputyTermFilter, { nullable: true }) filter?: DeputyTermFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<DeputyTermPage> {
    const { items, total } = await listDeputyTerms(ctx, filter, sort, page, perPage);
    return { items: items.map(toDeputyTerm), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyTerm)
  async createDeputyTerm(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateDeputyTermInput) input: CreateDeputyTermInput): Promise<DeputyTerm> {
    return toDeputyTerm(await createDeputyTerm(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyTerm)
  async updateDeputyTerm(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDeputyTermInput) input: UpdateDeputyTermInput,
  ): Promise<DeputyTerm> {
    return toDeputyTerm(await updateDeputyTerm(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyTerm)
  async deleteDeputyTerm(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DeputyTerm> {
    return toDeputyTerm(await deleteDeputyTerm(ctx, id));
  }

  @FieldResolver(() => Person)
  async person(@GqlCtx() ctx: Ctx, @Root() d: DeputyTerm): Promise<Person> {
    return toPerson(await getPerson(ctx, d.personId));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null when the electing unit is outside your part of the tree.' })
  async electingUnit(@GqlCtx() ctx: Ctx, @Root() d: DeputyTerm): Promise<OrgUnit | null> {
    return visibleUnit(ctx, d.electingUnitId);
  }
}
