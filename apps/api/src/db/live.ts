import type { FilterDef } from './scope.js';

/**
 * Soft delete, in one place. Records of the ten systems are evidence: deleting one sets `deleted_at` and keeps
 * the row. The ORM filter `live` (on by default) hides such rows from every find, findOne, count and relation
 * load, so reads, lists, totals and nested fields behave as if the row were gone. The recycle bin turns it off
 * (`filters: { live: false }`) to list and restore them; raw SQL over record tables adds `deleted_at is null`
 * itself (record-kit's `factScope` / `liveSql`).
 */
export const LIVE_FILTER = 'live';

export function liveFilterFor(entities: readonly { name: string }[], isRecord: (e: { name: string }) => boolean): FilterDef {
  return {
    name: LIVE_FILTER,
    default: true,
    entity: entities.filter(isRecord).map((e) => e.name),
    cond: () => ({ deletedAt: null }),
  };
}
