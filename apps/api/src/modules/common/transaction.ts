import type { Ctx } from '../../graphql/context.js';

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
    return result;
  } catch (err) {
    await ctx.em.rollback();
    throw err;
  }
}
