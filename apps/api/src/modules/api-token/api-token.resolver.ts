import { Arg, Authorized, Ctx as GqlCtx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.js';
import { ApiToken, ApiTokenPage, CreateApiTokenInput, CreatedApiToken, toApiToken } from './api-token.type.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized('ADMIN')
  @Query(() => ApiTokenPage)
  async apiTokens(
    @GqlCtx() ctx: Ctx,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ApiTokenPage> {
    const { items, total } = await listApiTokens(ctx, page, perPage);
    return { items: items.map(toApiToken), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => CreatedApiToken)
  async createApiToken(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput): Promise<CreatedApiToken> {
    const { token, entity } = await createApiToken(ctx, input);
    return { token, apiToken: toApiToken(entity) };
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiToken)
  async revokeApiToken(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ApiToken> {
    return toApiToken(await revokeApiToken(ctx, id));
  }
}
