import type { Ctx } from '../../graphql/context.js';
import { invalidateResults } from '../compliance/result-cache.js';

/**
 * Runs `fn` in one database transaction on the request's own EntityManager, so that entity flushes and raw
 * statements inside commit or roll back together. Nested calls join the outer transaction.
 */
export async function inTransaction<T>(ctx: Ctx, fn: () => Promise<T>): Promise<T> {
  if (ctx.em.isInTransaction()) return fn();
  await ctx.em.begin();
  try {
    const result = await fn();
    await ctx.em.commit();
    // Raw statements in the transaction are invisible to the flush hook: cached answers go here too.
    invalidateResults(ctx.em);
    return result;
  } catch (err) {
    await ctx.em.rollback();
    throw err;
  }
}
