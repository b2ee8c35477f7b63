import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { SCOPE_FILTER } from '../../db/scope.js';
import type { Ctx } from '../../graphql/context.js';
import { forbidden, notFound, type AppError } from '../../graphql/errors.js';
import type { Bilingual } from '../../graphql/i18n.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_ID = '00000000-0000-0000-0000-000000000000';

export const isUuid = (id: string): boolean => UUID_RE.test(id);

/** Ids that are not uuids can never match a row: answer NOT_FOUND rather than a database cast error. */
export function validUuidOr(id: string): string {
  return isUuid(id) ? id : NO_ID;
}

/** True when the row exists at all, inside the caller's scope or not. */
async function existsAnywhere<T extends object>(ctx: Ctx, entity: EntityClass<T>, id: string): Promise<boolean> {
  return (await ctx.em.count(entity, { id: validUuidOr(id) } as FilterQuery<T>, { filters: { [SCOPE_FILTER]: false } })) > 0;
}

/**
 * The row a mutation changes. Outside the caller's subtree it is FORBIDDEN (the write was refused), not
 * NOT_FOUND; reads through the scope filter give NOT_FOUND instead, and reveal nothing.
 */
export async function findForWrite<T extends object>(ctx: Ctx, entity: EntityClass<T>, id: string, label: Bilingual): Promise<T> {
  const row = await ctx.em.findOne(entity, { id: validUuidOr(id) } as FilterQuery<T>);
  if (row) return row;
  if (await existsAnywhere(ctx, entity, id)) throw forbidden();
  throw notFound(label, id);
}

/** A row an input refers to (a parent, a unit): unknown is bad input, outside the scope is FORBIDDEN. */
export async function refForWrite<T extends object>(ctx: Ctx, entity: EntityClass<T>, id: string, unknown: () => AppError): Promise<T> {
  const row = await ctx.em.findOne(entity, { id: validUuidOr(id) } as FilterQuery<T>);
  if (row) return row;
  if (await existsAnywhere(ctx, entity, id)) throw forbidden();
  throw unknown();
}
