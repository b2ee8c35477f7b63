import DataLoader from 'dataloader';
import type { Ctx } from './context.js';

/**
 * One DataLoader per request and purpose, so field resolvers on a list batch into a single query instead of
 * one per row. Keyed by a name the caller picks.
 */
export function loader<K, V>(ctx: Ctx, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let l = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!l) {
    l = new DataLoader<K, V>(batch);
    ctx.loaders.set(name, l);
  }
  return l;
}
