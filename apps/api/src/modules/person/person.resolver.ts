import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { DateScalar, todayCst } from '../../graphql/scalars.js';
import { ProfileKeyEnum } from '../../graphql/enums.js';
import { profilesAt, type ProfileKey } from '@lianxi/rules';
import { personSubject } from './person.subject.js';
import { deputyTermsOf } from '../deputy-term/deputy-term.service.js';
import { DeputyTerm, toDeputyTerm } from '../deputy-term/deputy-term.type.js';
import { getOrgUnit, visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit, toOrgUnit } from '../org-unit/org-unit.type.js';
import {
  CreatePersonInput,
  CreatePositionInput,
  PersonFilter,
  UpdatePersonInput,
  UpdatePositionInput,
} from './person.input.js';
import {
  createPerson,
  createPosition,
  deletePerson,
  deletePosition,
  getPerson,
  getPosition,
  listPeople,
  positionsOf,
  updatePerson,
  updatePosition,
} from './person.service.js';
import { Person, PersonPage, Position, toPerson, toPosition } from './person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person)
  async person(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Person> {
    return toPerson(await getPerson(ctx, id));
  }

  @Query(() => PersonPage)
  async people(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter?: PersonFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<PersonPage> {
    const { items, total } = await listPeople(ctx, filter, sort, page, perPage);
    return { items: items.map(toPerson), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => Person, { description: 'Creates a person, with their positions when given.' })
  async createPerson(@GqlCtx() ctx: Ctx, @Arg('input', () => CreatePersonInput) input: CreatePersonInput): Promise<Person> {
    return toPerson(await createPerson(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Person)
  async updatePerson(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput,
  ): Promise<Person> {
    return toPerson(await updatePerson(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Person, { description: 'Deletes a person with their positions and deputy terms.' })
  async deletePerson(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Person> {
    return toPerson(await deletePerson(ctx, id));
  }

  @FieldResolver(() => OrgUnit)
  async unit(@GqlCtx() ctx: Ctx, @Root() p: Person): Promise<OrgUnit> {
    return (await visibleUnit(ctx, p.unitId)) ?? toOrgUnit(await getOrgUnit(ctx, p.unitId));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null when unset or outside your part of the tree.' })
  async homeCommunity(@GqlCtx() ctx: Ctx, @Root() p: Person): Promise<OrgUnit | null> {
    return visibleUnit(ctx, p.homeCommunityId);
  }

  @FieldResolver(() => [Position], { description: 'Newest first; with `at`, only the posts held on that date.' })
  async positions(
    @GqlCtx() ctx: Ctx,
    @Root() p: Person,
    @Arg('at', () => DateScalar, { nullable: true }) at?: string,
  ): Promise<Position[]> {
    return (await positionsOf(ctx, p.id, at)).map(toPosition);
  }

  @FieldResolver(() => [ProfileKeyEnum], { description: 'The rule profiles the person holds on a date (default: today, China time).' })
  async profiles(
    @GqlCtx() ctx: Ctx,
    @Root() p: Person,
    @Arg('at', () => DateScalar, { nullable: true }) at?: string,
  ): Promise<ProfileKey[]> {
    const subject = await personSubject(ctx, p.id);
    return subject ? profilesAt(subject, at ?? todayCst(ctx.now)) : [];
  }

  @FieldResolver(() => [DeputyTerm])
  async deputyTerms(@GqlCtx() ctx: Ctx, @Root() p: Person): Promise<DeputyTerm[]> {
    return (await deputyTermsOf(ctx, p.id)).map(toDeputyTerm);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => Position)
  async position(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Position> {
    return toPosition(await getPosition(ctx, id));
  }

  @Authorized('ADMIN')
  @Mutation(() => Position)
  async createPosition(@GqlCtx() ctx: Ctx, @Arg('input', () => CreatePositionInput) input: CreatePositionInput): Promise<Position> {
    return toPosition(await createPosition(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Position, { description: 'Changes the fields given; set `to` to end the post.' })
  async updatePosition(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput,
  ): Promise<Position> {
    return toPosition(await updatePosition(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Position)
  async deletePosition(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Position> {
    return toPosition(await deletePosition(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null when the post is in a unit outside your part of the tree.' })
  async unit(@GqlCtx() ctx: Ctx, @Root() p: Position): Promise<OrgUnit | null> {
    return visibleUnit(ctx, p.unitId);
  }

  @FieldResolver(() => Person)
  async person(@GqlCtx() ctx: Ctx, @Root() p: Position): Promise<Person> {
    return toPerson(await getPerson(ctx, p.personId));
  }
}
