import { Arg, Authorized, Ctx as GqlCtx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { createUser, getUser, listUsers, updateUser } from './user.service.js';
import { CreateUserInput, UpdateUserInput, User, UserFilter, UserPage, toUser } from './user.type.js';

@Resolver(() => User)
export class UserResolver {
  @Authorized('ADMIN')
  @Query(() => User)
  async user(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<User> {
    return toUser(await getUser(ctx, id));
  }

  @Authorized('ADMIN')
  @Query(() => UserPage)
  async users(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<UserPage> {
    const { items, total } = await listUsers(ctx, filter, sort, page, perPage);
    return { items: items.map(toUser), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  async createUser(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return toUser(await createUser(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Users are disabled, never deleted: the audit log keeps naming them.' })
  async updateUser(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<User> {
    return toUser(await updateUser(ctx, id, input));
  }
}
