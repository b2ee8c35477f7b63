import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { visiblePerson } from '../common/record-kit.js';
import { RecordFieldsResolver } from '../common/record-kit.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { Person } from '../person/person.type.js';
import { CreateTalkInput, TalkFilter, UpdateTalkInput } from './talk.input.js';
import { createTalk, deleteTalk, getTalk, listTalks, updateTalk } from './talk.service.js';
import { Talk, TalkPage, toTalk } from './talk.type.js';

@Resolver(() => Talk)
export class TalkResolver extends RecordFieldsResolver(Talk) {
  @Query(() => Talk)
  async talk(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Talk> {
    return toTalk(await getTalk(ctx, id));
  }

  @Query(() => TalkPage, { description: 'Heart-to-heart talks (S5).' })
  async talks(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => TalkFilter, { nullable: true }) filter?: TalkFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<TalkPage> {
    const { items, total } = await listTalks(ctx, filter, sort, page, perPage);
    return { items: items.map(toTalk), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => Talk)
  async createTalk(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateTalkInput) input: CreateTalkInput): Promise<Talk> {
    return toTalk(await createTalk(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => Talk)
  async updateTalk(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateTalkInput) input: UpdateTalkInput): Promise<Talk> {
    return toTalk(await updateTalk(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => Talk)
  async deleteTalk(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Talk> {
    return toTalk(await deleteTalk(ctx, id));
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Null when unset or outside your part of the tree.' })
  async counterpart(@GqlCtx() ctx: Ctx, @Root() t: Talk): Promise<Person | null> {
    return visiblePerson(ctx, t.counterpartId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null when unset or outside your part of the tree.' })
  async forwardedTo(@GqlCtx() ctx: Ctx, @Root() t: Talk): Promise<OrgUnit | null> {
    return visibleUnit(ctx, t.forwardedToId);
  }
}
