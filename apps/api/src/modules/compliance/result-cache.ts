import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';

/**
 * A short cache of finished compliance answers (dashboards poll the same farm summary many times a second).
 * Any write through the ORM or a service transaction empties it at once; the time limit
 * (`LIANXI_RESULT_CACHE_MS`, default 5 s, 0 = off) bounds staleness after writes that bypass both (psql, bulk
 * loads). One cache per ORM, so test databases in one process never share answers.
 */
interface Cache {
  generation: number;
  entries: Map<string, { at: number; generation: number; value: unknown }>;
}

const caches = new WeakMap<object, Cache>();
const MAX_ENTRIES = 500;

function cacheOf(em: EntityManager): Cache {
  const key = em.config;
  let c = caches.get(key);
  if (!c) caches.set(key, (c = { generation: 0, entries: new Map() }));
  return c;
}

function ttlMs(): number {
  const v = Number(process.env['LIANXI_RESULT_CACHE_MS'] ?? 5000);
  return Number.isFinite(v) && v > 0 ? v : 0;
}

export function invalidateResults(em: EntityManager): void {
  const c = cacheOf(em);
  c.generation += 1;
  c.entries.clear();
}

export async function cachedResult<T>(em: EntityManager, key: string, compute: () => Promise<T>): Promise<T> {
  const ttl = ttlMs();
  if (!ttl) return compute();
  const c = cacheOf(em);
  const now = Date.now();
  const hit = c.entries.get(key);
  if (hit && hit.generation === c.generation && now - hit.at < ttl) return hit.value as T;
  const generation = c.generation;
  const value = await compute();
  // A write during the computation may not be in it: keep it only if nothing was written meanwhile.
  if (generation === c.generation) {
    if (c.entries.size >= MAX_ENTRIES) c.entries.clear();
    c.entries.set(key, { at: now, generation, value });
  }
  return value;
}

/** Empties the cache after every flush that changed something. */
export class ResultCacheSubscriber implements EventSubscriber {
  afterFlush({ em, uow }: FlushEventArgs): void {
    if (uow.getChangeSets().length) invalidateResults(em as EntityManager);
  }
}
