import { createHash } from 'node:crypto';
import { RULES } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../graphql/context.js';
import { underPathPattern } from '../../db/scope.js';
import { isUuid } from '../common/scoped.js';

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

/** The stamp now, the answer kept at it (if any), and whether the caller's scope still holds the unit. */
export interface KeptRead<T> {
  stamp: string;
  body: T | null;
  visible: boolean;
}

/**
 * One statement: the current stamp, the answer kept for `key` at that stamp, and whether `unitId` lies in the
 * caller's scope (read afresh, never kept). Null when nothing is kept or used: LIANXI_KEPT_RESULTS=0, inside a
 * transaction (which may see its own uncommitted changes), or an id that is no unit's.
 */
export async function readKept<T>(ctx: Ctx, key: string, unitId: string): Promise<KeptRead<T> | null> {
  if (!keeping() || ctx.em.isInTransaction() || !isUuid(unitId)) return null;
  const [row] = await ctx.em.getConnection().execute<{ stamp: string; body: T | null; visible: boolean }[]>(
    `select v.xid::text as stamp, k.body,
            exists (select 1 from org_unit u where u.id = ? and u.path like ?) as visible
       from compliance_version v
       left join compliance_kept_result k on k.key = ? and k.engine = ? and k.stamp = v.xid
      where v.id = 1`,
    [unitId, underPathPattern(ctx.scopePath), key, ENGINE],
  );
  return row ?? null;
}

/**
 * Keeps `value` for `key` as computed from the state stamped `stamp` — read before the computation, so an answer
 * that a write committed meanwhile may have missed is never kept as current.
 */
export async function keep<T>(ctx: Ctx, key: string, stamp: string, value: T): Promise<void> {
  // Also clears what can never be served again: answers of an earlier stamp (stamps never come back), and answers
  // older than KEEP_DAYS (keys carry the as-of day, so yesterday's current-year answers are never asked for again).
  await ctx.em.getConnection().execute(
    `with gone as (
       delete from compliance_kept_result
        where key <> ? and (stamp <> ?::bigint or computed_at < now() - make_interval(days => ${KEEP_DAYS}))
     )
     insert into compliance_kept_result (key, engine, stamp, body)
     select ?, ?, ?::bigint, ?::jsonb where exists (select 1 from compliance_version where id = 1 and xid = ?::bigint)
     on conflict (key) do update set engine = excluded.engine, stamp = excluded.stamp, body = excluded.body, computed_at = now()`,
    [key, stamp, key, ENGINE, stamp, JSON.stringify(value), stamp],
  );
}

/** How long an answer is kept when nothing changes: its key's as-of day has passed by then. */
const KEEP_DAYS = 2;

/**
 * The answer kept for `key` when nothing it is computed from has changed and `unitId` is still in the caller's
 * scope; else `compute()` (which checks access itself), kept for the next caller. When nothing may be kept (see
 * readKept), `unkept()` answers (default: compute).
 */
export async function keptOrComputed<T>(ctx: Ctx, key: string, unitId: string, compute: () => Promise<T>, unkept: () => Promise<T> = compute): Promise<T> {
  const kept = await readKept<T>(ctx, key, unitId);
  if (kept?.visible && kept.body != null) return kept.body;
  if (!kept) return unkept();
  const value = await compute();
  await keep(ctx, key, kept.stamp, value);
  return value;
}

/** Forgets every kept answer: at start (a new build may compute differently) and after bulk loads with triggers off. */
export async function forgetKeptResults(em: EntityManager): Promise<void> {
  await em.getConnection().execute(`delete from compliance_kept_result`);
}
