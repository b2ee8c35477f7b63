import type { Ctx } from '../../graphql/context.js';
import { badInput, forbidden } from '../../graphql/errors.js';
import { pageRequest, type Page } from '../../graphql/pagination.js';
import { API_TOKEN_PREFIX, hashToken, newToken } from '../auth/tokens.js';
import { findForWrite, refForWrite } from '../common/scoped.js';
import { requiredText } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { ApiTokenEntity } from './api-token.entity.js';
import type { CreateApiTokenInput } from './api-token.type.js';

const API_TOKEN = { zh: 'API 令牌', en: 'API token' };

export async function listApiTokens(ctx: Ctx, page: number | null | undefined, perPage: number | null | undefined): Promise<Page<ApiTokenEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const [items, total] = await ctx.em.findAndCount(ApiTokenEntity, {}, { orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset });
  return { items, total };
}

export async function createApiToken(ctx: Ctx, input: CreateApiTokenInput): Promise<{ token: string; entity: ApiTokenEntity }> {
  if (ctx.viewer.kind !== 'user') throw forbidden();
  const name = requiredText('name', { zh: '令牌名称', en: 'The token name' }, input.name, 100);
  if (input.expiresAt && input.expiresAt <= ctx.now) {
    throw badInput('expiresAt', { zh: '到期时间应晚于现在', en: 'The expiry must be in the future' });
  }
  const scopeUnit = await refForWrite(ctx, OrgUnitEntity, input.scopeUnitId, () =>
    badInput('scopeUnitId', { zh: `单位不存在：${input.scopeUnitId}`, en: `The unit does not exist: ${input.scopeUnitId}` }),
  );
  const token = newToken(API_TOKEN_PREFIX);
  const entity = ctx.em.create(ApiTokenEntity, {
    name,
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    tokenHash: hashToken(token),
    scopeUnit,
    createdBy: ctx.em.getReference(UserEntity, ctx.viewer.userId, { wrapped: true }),
    expiresAt: input.expiresAt ?? null,
  });
  await ctx.em.flush();
  return { token, entity };
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<ApiTokenEntity> {
  const t = await findForWrite(ctx, ApiTokenEntity, id, API_TOKEN);
  t.revokedAt ??= ctx.now;
  await ctx.em.flush();
  return t;
}
