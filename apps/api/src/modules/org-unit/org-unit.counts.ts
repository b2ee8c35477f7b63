import type { Ctx } from '../../graphql/context.js';
import { loader } from '../../graphql/loaders.js';

export interface UnitCounts {
  children: number;
  households: number;
  people: number;
}

/** Counts for the tree view, batched: one query for every unit of a list. */
export function countsFor(ctx: Ctx, unitId: string): Promise<UnitCounts> {
  return loader<string, UnitCounts>(ctx, 'org-unit-counts', async (ids) => {
    const rows = await ctx.em.execute<{ id: string; children: string; households: string; people: string }[]>(
      `select u.id,
              (select count(*) from org_unit c where c.parent_id = u.id) as children,
              (select count(*) from household h join org_unit g on g.id = h.unit_id
                where g.path like u.path || '%') as households,
              (select count(*) from person p join org_unit g on g.id = p.unit_id
                where g.path like u.path || '%') as people
         from org_unit u where u.id in (?)`,
      [ids as string[]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      return { children: Number(r?.children ?? 0), households: Number(r?.households ?? 0), people: Number(r?.people ?? 0) };
    });
  }).load(unitId);
}
