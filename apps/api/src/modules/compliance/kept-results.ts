import { createHash } from 'node:crypto';
import { RULES } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../graphql/context.js';

// --- Kept results ---------------------------------------------------------------------------------------------
// A whole-bureau roll-up reads every person's counters and runs every rule: hundreds of milliseconds at ten times
// the demo, while its inputs change a few times an hour. A finished roll-up is kept in `compliance_kept_result`
// with the stamp of `compliance_version` it was computed at; the database stamps that row with the writing
// transaction's id whenever anything a roll-up reads changes (deferred triggers of migration 20261129050000), so a
// kept answer is served only while nothing it depends on has changed since. ADR 0010.

/**
 * What computed the answer: the rules catalogue in force and this build's revision of the roll-up. Bump REVISION
 * when the roll-up's computation changes; the server also forgets every kept answer when it starts.
 */
const REVISION = '1';
export const ENGINE = createHash('sha1').update(REVISION).update(JSON.stringify(RULES)).digest('hex').slice(0, 16);

/** LIANXI_KEPT_RESULTS=0 computes every roll-up afresh (benchmarks time both ways). */
const keeping = (): boolean => process.env['LIANXI_KEPT_RESULTS'] !== '0';

/**
 * The kept answer for `key` when nothing it depends on changed since it was computed; else `compute()`, kept for
 * the next caller. One statement when kept, two more when not. Inside a transaction (which may see its own
 * uncommitted changes) nothing is kept or reused.
 */
export async function keptResult<T>(ctx: Ctx, key: string, compute: () => Promise<T>): Promise<T> {
  if (!keeping() || ctx.em.isInTransaction()) return compute();
  const conn = ctx.em.getConnection();
  // The stamp is read before the computation: a write committed meanwhile changes it, so an answer that missed
  // that write is never served as current.
  const [row] = await conn.execute<{ stamp: string; body: T | null }[]>(
    `select v.xid::text as stamp, k.body
       from compliance_version v
       left join compliance_kept_result k on k.key = ? and k.engine = ? and k.stamp = v.xid
      where v.id = 1`,
    [key, ENGINE],
  );
  if (row?.body != null) return row.body;
  const value = await compute();
  if (row) {
    // Kept only if the stamp is still the one the computation started from.
    await conn.execute(
      `insert into compliance_kept_result (key, engine, stamp, body)
       select ?, ?, ?::bigint, ?::jsonb where exists (select 1 from compliance_version where id = 1 and xid = ?::bigint)
       on conflict (key) do update set engine = excluded.engine, stamp = excluded.stamp, body = excluded.body, computed_at = now()`,
      [key, ENGINE, row.stamp, JSON.stringify(value), row.stamp],
    );
  }
  return value;
}

/** Forgets every kept answer: at start (a new build may compute differently) and after bulk loads with triggers off. */
export async function forgetKeptResults(em: EntityManager): Promise<void> {
  await em.getConnection().execute(`delete from compliance_kept_result`);
}
