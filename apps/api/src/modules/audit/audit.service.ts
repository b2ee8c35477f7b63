import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { actorOf } from '../auth/viewer.js';
import { AuditLogEntity } from './audit-log.entity.js';
import type { AuditLogFilter } from './audit.type.js';

const SORTABLE = { at: 'at', entity: 'entity', action: 'action' } as const;

export async function listAuditLogs(
  ctx: Ctx,
  filter: AuditLogFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<AuditLogEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, SORTABLE, { at: 'desc' });
  const f = filter ?? {};
  const and: FilterQuery<AuditLogEntity>[] = [];
  if (f.entity) and.push({ entity: f.entity });
  if (f.entityId) and.push({ entityId: f.entityId });
  if (f.action) and.push({ action: f.action });
  if (f.actor) and.push({ $or: [{ actor: f.actor }, { actorName: { $ilike: `%${f.actor}%` } }] });
  if (f.from) and.push({ at: { $gte: f.from } });
  if (f.to) and.push({ at: { $lte: f.to } });
  const [items, total] = await ctx.em.findAndCount(AuditLogEntity, and.length ? { $and: and } : {}, {
    orderBy: [orderBy, { id: 'desc' }],
    limit,
    offset,
  });
  return { items, total };
}

/** Reading full personal data is itself recorded, with who read whose data. */
export async function recordPersonalDataRead(ctx: Ctx, entity: string, entityId: string, unitPath: string, fields: string[]): Promise<void> {
  ctx.em.create(AuditLogEntity, {
    ...actorOf(ctx.viewer),
    requestId: ctx.requestId,
    entity,
    entityId,
    action: 'READ_PERSONAL_DATA',
    changes: Object.fromEntries(fields.map((f) => [f, ['read', 'read']])),
    unitPath,
    at: ctx.now,
  });
  await ctx.em.flush();
}
