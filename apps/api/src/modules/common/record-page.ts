import { raw, ReferenceKind, type EntityClass, type EntityData, type EntityMetadata, type EntityProperty, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Ctx } from '../../graphql/context.js';
import { loader } from '../../graphql/loaders.js';
import type { Page } from '../../graphql/pagination.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { orgUnitById } from '../org-unit/org-unit.service.js';
import { PersonEntity } from '../person/person.entity.js';
import { validUuidOr } from './scoped.js';

// A list page in one SQL statement: the rows, their total and the rows' person and unit, which prime the
// request's loaders so the nested fields cost nothing more. Every condition comes from the ORM: the page's filter
// and the scope/live filters through its QueryBuilder (as em.find builds them), the nested rows through their own
// entity's filters, so a person outside the caller's subtree joins as null.

/** The request's person loader: people through ctx.em (the scope filter), null when absent or out of scope. */
export function personById(ctx: Ctx): DataLoader<string, PersonEntity | null> {
  return loader<string, PersonEntity | null>(ctx, 'person-by-id', async (ids) => {
    const rows = await ctx.em.find(PersonEntity, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((i) => byId.get(i) ?? null);
  });
}

/** Relations a page brings along, each read as its nested field's loader would read it. */
const NESTED: readonly { prop: string; entity: EntityClass<object>; loader: (ctx: Ctx) => DataLoader<string, object | null> }[] = [
  { prop: 'person', entity: PersonEntity, loader: personById },
  { prop: 'unit', entity: OrgUnitEntity, loader: orgUnitById },
];

const TOTAL = 'lx_total';
const DIRECTIONS = /^(asc|desc)( nulls (first|last))?$/i;

/**
 * Rows of a page's join carry the nested entity's columns as `<alias>__<column>`: the columns of an entity
 * (scalars and owned references) as the ORM maps them.
 */
function columnsOf(meta: EntityMetadata): string[] {
  return meta.props
    .filter((p) => p.persist !== false && !p.formula && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)))
    .flatMap((p) => p.fieldNames);
}

const quote = (id: string): string => `"${id.replace(/"/g, '""')}"`;

/** A property by name (the kit's generic T cannot name RecordEntity's properties). */
const propOf = (meta: EntityMetadata, name: string): EntityProperty | undefined => (meta.properties as Record<string, EntityProperty | undefined>)[name];

/** `select <alias>.*` of an entity through the request's filters (scope, live), as em.find would read it. */
async function filteredSelect(em: EntityManager, entity: EntityClass<object>, alias: string): Promise<string> {
  const qb = em.createQueryBuilder(entity, alias).select('*');
  await qb.applyFilters();
  await qb.applyJoinedFilters(em, undefined);
  return qb.getFormattedQuery();
}

/**
 * One page of `entity` matching `where` (the ORM's filters added), sorted by `orderBy` (single-column properties),
 * with its total over all pages and its rows' person and unit primed into the loaders: one statement.
 *
 * The total is the page's own count query as a scalar subquery beside it, not `count(*) over ()`: a window over
 * the whole match must read every matching row before the first comes out, and PostgreSQL before 16 does not
 * cost that, so it picks the page's "newest first, stop after the page" index scan and walks the whole range
 * through it (B2: 3× slower). Side by side, each half gets its own plan, as the page and count statements had.
 */
export async function pageInOneStatement<T extends object>(
  ctx: Ctx,
  entity: EntityClass<T>,
  and: readonly FilterQuery<T>[],
  orderBy: readonly Record<string, string>[],
  limit: number,
  offset: number,
): Promise<Page<T>> {
  const em = ctx.em;
  const meta = em.getMetadata().get(entity.name) as EntityMetadata;
  const nested = NESTED.filter((n) => {
    const p = propOf(meta, n.prop);
    return p?.kind === ReferenceKind.MANY_TO_ONE && p.targetMeta?.class === n.entity && p.fieldNames.length === 1;
  }).map((n, i) => {
    const m = em.getMetadata().get(n.entity.name) as EntityMetadata;
    const fk = propOf(meta, n.prop)?.fieldNames[0] as string;
    return { ...n, alias: `lx_n${i}`, meta: m, fk, pk: m.getPrimaryProps()[0]?.fieldNames[0] ?? 'id' };
  });
  // As em.find: pending changes to these entities are written first, so the read sees them.
  await em.tryFlush(entity, {});
  for (const n of nested) await em.tryFlush(n.entity, {});

  // Built as em.find and em.count build theirs: the condition, the ORM filters, the filters of joined relations.
  // (Record filters name columns and owned references only, so a plain count(*) counts rows once.)
  const halves = async (conds: readonly FilterQuery<T>[]): Promise<{ page: string; count: string }> => {
    const where = (conds.length ? { $and: [...conds] } : {}) as FilterQuery<T>;
    const page = em.createQueryBuilder(entity, 'lx_r0').select('*').where(where);
    await page.applyFilters();
    page.orderBy(orderBy as never).limit(limit, offset);
    await page.applyJoinedFilters(em, undefined);
    const count = em.createQueryBuilder(entity, 'lx_c0').count().where(where);
    await count.applyFilters();
    await count.applyJoinedFilters(em, undefined);
    return { page: page.getFormattedQuery(), count: count.getFormattedQuery() };
  };
  // Values are inlined by the ORM, as in every query it sends.
  let head = '';
  let countSql: string;
  let pageSql: string;
  const twinAt = and.findIndex((c) => SMALL_SUBTREE.has(c as object));
  const twin = twinAt >= 0 ? SMALL_SUBTREE.get(and[twinAt] as object) : undefined;
  if (twin) {
    // Both plans in the statement, each behind a one-time filter on the subtree's size: only one of them runs.
    const large = await halves(and);
    const small = await halves(and.map((c, i) => (i === twinAt ? (twin.small as FilterQuery<T>) : c)));
    const isSmall = '(select small from lx_gate)';
    head = `with lx_gate as materialized (${twin.gate}) `;
    countSql =
      `(select sum(lx_c.count) as count from (select * from (${small.count}) as lx_c1 where ${isSmall} ` +
      `union all select * from (${large.count}) as lx_c2 where not ${isSmall}) as lx_c)`;
    pageSql = `((select * from (${small.page}) as lx_p1 where ${isSmall}) union all (select * from (${large.page}) as lx_p2 where not ${isSmall}))`;
  } else {
    const one = await halves(and);
    countSql = `(${one.count})`;
    pageSql = `(${one.page})`;
  }

  // The page's order again, outside: joining the nested rows may reorder them.
  const outerOrder = orderBy.flatMap((o) =>
    Object.entries(o).map(([prop, dir]) => {
      const p = propOf(meta, prop);
      if (!p || p.fieldNames.length !== 1 || ![ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE].includes(p.kind) || !DIRECTIONS.test(dir)) {
        throw new Error(`a record page sorts by single columns only: ${entity.name}.${prop} ${dir}`);
      }
      return `lx_page.${quote(p.fieldNames[0] as string)} ${dir.toLowerCase()}`;
    }),
  );
  const select = [`lx_count.count as ${TOTAL}`, 'lx_page.*'];
  const joins: string[] = [];
  for (const n of nested) {
    select.push(...columnsOf(n.meta).map((c) => `${n.alias}.${quote(c)} as ${quote(`${n.alias}__${c}`)}`));
    joins.push(`left join (${await filteredSelect(em, n.entity, 'lx_s0')}) as ${n.alias} on ${n.alias}.${quote(n.pk)} = lx_page.${quote(n.fk)}`);
  }
  // The count's row is always there, so an empty page (past the end) still brings the total.
  const sql =
    `${head}select ${select.join(', ')} from ${countSql} as lx_count left join ${pageSql} as lx_page on true ` +
    `${joins.join(' ')} order by ${outerOrder.join(', ')}`;
  const rows = await em.execute<Record<string, unknown>[]>(sql);

  const factory = em.getEntityFactory();
  const driver = em.getDriver();
  const pk = meta.getPrimaryProps()[0]?.fieldNames[0] ?? 'id';
  const items: T[] = [];
  for (const row of rows) {
    if (row[pk] == null) continue; // the count's row alone: no page row
    const own: Record<string, unknown> = {};
    const parts = nested.map(() => ({}) as Record<string, unknown>);
    for (const [k, v] of Object.entries(row)) {
      const i = nested.findIndex((n) => k.startsWith(`${n.alias}__`));
      if (i >= 0) (parts[i] as Record<string, unknown>)[k.slice(`${nested[i]?.alias}__`.length)] = v;
      else if (k !== TOTAL) own[k] = v;
    }
    // As em.find creates its results: merged into the identity map, not overwriting entities already loaded.
    items.push(factory.create(entity, driver.mapResult(own, meta) as EntityData<T>, { merge: true, convertCustomTypes: true }));
    nested.forEach((n, i) => {
      const key = own[n.fk];
      if (typeof key !== 'string') return;
      const data = parts[i] as Record<string, unknown>;
      // Null when the row is outside the caller's scope, exactly as the loader's own read would answer.
      const value = data[n.pk] != null ? factory.create(n.entity, driver.mapResult(data, n.meta) as EntityData<object>, { merge: true, convertCustomTypes: true }) : null;
      n.loader(ctx).prime(key, value);
    });
  }
  await em.getUnitOfWork().dispatchOnLoadEvent();
  return { items, total: Number(rows[0]?.[TOTAL] ?? 0) };
}

/** Subtrees of at most this many units are read unit by unit (see subtreeOfVisibleUnit). */
const SMALL_SUBTREE_UNITS = 64;

/** A subtree condition → the same condition written for a small subtree, and the SQL that tells which applies. */
const SMALL_SUBTREE = new WeakMap<object, { small: object; gate: string }>();

/**
 * The filter condition "owned by a unit in the subtree of `unitId`", with that unit read inside the statement
 * through the caller's scope: an unknown or out-of-scope unit matches nothing (LIKE null).
 *
 * As the subtree's path is not known when PostgreSQL plans the statement, it cannot tell a management area (a
 * dozen units: best read unit by unit through the records' unit index) from a farm or the bureau (hundreds or
 * thousands: best scanned by date, or whole); either plan alone is many times slower on the other's case. So
 * the condition carries a twin for small subtrees ("the unit is one of the subtree's units"), and a page built
 * by pageInOneStatement holds both plans, each behind a one-time filter on the subtree's size. Anywhere else the
 * condition is an ordinary filter on the owning unit's path.
 */
export async function subtreeOfVisibleUnit<T>(ctx: Ctx, unitId: string): Promise<FilterQuery<T>> {
  const root = ctx.em
    .createQueryBuilder(OrgUnitEntity, 'lx_under')
    // The root's path as a LIKE prefix, its wildcards escaped (as escapeLike does).
    .select(raw(`replace(replace(replace(lx_under.path, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`))
    .where({ id: validUuidOr(unitId) });
  await root.applyFilters();
  // Values inlined, as the ORM sends them anyway (a raw value keeps no bindings of its own).
  const prefix = `(${root.getFormattedQuery()})`;
  const inSubtree = () => ({ path: { $like: raw(prefix) } });
  const cond = { unit: inSubtree() };
  const units = ctx.em.createQueryBuilder(OrgUnitEntity, 'lx_sub').select('id').where(inSubtree());
  const size = ctx.em.createQueryBuilder(OrgUnitEntity, 'lx_size').select(raw(`count(*) <= ${SMALL_SUBTREE_UNITS} as small`)).where(inSubtree());
  SMALL_SUBTREE.set(cond, { small: { unit: { $in: units.getKnexQuery() } }, gate: size.getFormattedQuery() });
  return cond as unknown as FilterQuery<T>;
}
