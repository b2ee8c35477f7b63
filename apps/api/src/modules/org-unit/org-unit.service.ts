import { isAllowedParent, type OrgUnitKind } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { requiredText, unique, expectVersion } from '../common/validate.js';
import { inTransaction } from '../common/transaction.js';
import { findForWrite, refForWrite, validUuidOr } from '../common/scoped.js';
import { forbidden } from '../../graphql/errors.js';
import { OrgUnitEntity } from './org-unit.entity.js';
import { OrgUnit, toOrgUnit } from './org-unit.type.js';
import type DataLoader from 'dataloader';
import { loader } from '../../graphql/loaders.js';
import type { CreateOrgUnitInput, OrgUnitFilter, UpdateOrgUnitInput } from './org-unit.input.js';
import {
  ORG_UNIT,
  badCode,
  childNotAllowedUnderNewKind,
  cycle,
  duplicateCode,
  kindNotAllowedUnder,
  stillInUse,
  unknownParent,
} from './org-unit.errors.js';

const NAME = { zh: '单位名称', en: 'The unit name' };
const CODE_RE = /^[A-Za-z0-9_-]{1,40}$/;

const SORTABLE = {
  name: 'name',
  code: 'code',
  kind: 'kind',
  depth: 'depth',
  path: 'path',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
} as const;

export async function getOrgUnit(ctx: Ctx, id: string): Promise<OrgUnitEntity> {
  const unit = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(id) });
  if (!unit) throw notFound(ORG_UNIT, id);
  return unit;
}

export { validUuidOr };

/** A related unit for a nested field: null when unset or outside the caller's scope (never an error). */
export async function visibleUnit(ctx: Ctx, id: string | null | undefined): Promise<OrgUnit | null> {
  if (!id) return null;
  const unit = await orgUnitById(ctx).load(id);
  return unit ? toOrgUnit(unit) : null;
}

/** The request's unit loader: units through ctx.em (the scope filter), null when absent or out of scope. */
export function orgUnitById(ctx: Ctx): DataLoader<string, OrgUnitEntity | null> {
  return loader<string, OrgUnitEntity | null>(ctx, 'org-unit-by-id', async (ids) => {
    const rows = await ctx.em.find(OrgUnitEntity, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((i) => byId.get(i) ?? null);
  });
}

export function subtreeOf(path: string): FilterQuery<OrgUnitEntity> {
  return { path: { $like: `${escapeLike(path)}%` } };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listOrgUnits(
  ctx: Ctx,
  filter: OrgUnitFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<OrgUnitEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, SORTABLE, { path: 'asc' });
  const where = await orgUnitWhere(ctx, filter ?? {});
  const [items, total] = await ctx.em.findAndCount(OrgUnitEntity, where, {
    orderBy: [orderBy, { id: 'asc' }],
    limit,
    offset,
  });
  return { items, total };
}

async function orgUnitWhere(ctx: Ctx, f: OrgUnitFilter): Promise<FilterQuery<OrgUnitEntity>> {
  const and: FilterQuery<OrgUnitEntity>[] = [];
  if (f.kind) and.push({ kind: f.kind });
  if (f.kinds?.length) and.push({ kind: { $in: f.kinds } });
  if (f.parentId) and.push({ parent: validUuidOr(f.parentId) });
  if (f.root) and.push({ parent: null });
  if (f.ids) and.push({ id: { $in: f.ids.map(validUuidOr) } });
  if (f.flag) and.push({ flags: { $contains: [f.flag] } });
  if (f.q?.trim()) {
    const like = `%${escapeLike(f.q.trim())}%`;
    and.push({ $or: [{ name: { $ilike: like } }, { code: { $ilike: like } }] });
  }
  if (f.underId) {
    const under = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(f.underId) }, { fields: ['path'] });
    // An unknown subtree root matches nothing, as an empty subtree would.
    if (!under) return { id: null };
    and.push(subtreeOf(under.path), { id: { $ne: under.id } });
  }
  return and.length ? { $and: and } : {};
}

export async function childrenOf(ctx: Ctx, unitId: string): Promise<OrgUnitEntity[]> {
  return ctx.em.find(OrgUnitEntity, { parent: unitId }, { orderBy: { path: 'asc' } });
}

/** Root first, the unit's parent last. */
export async function ancestorsOf(ctx: Ctx, path: string): Promise<OrgUnitEntity[]> {
  const ids = path.split('/').filter(Boolean).slice(0, -1);
  if (!ids.length) return [];
  const units = await ctx.em.find(OrgUnitEntity, { id: { $in: ids } });
  const byId = new Map(units.map((u) => [u.id, u]));
  return ids.map((id) => byId.get(id)).filter((u): u is OrgUnitEntity => !!u);
}

export async function descendantsOf(ctx: Ctx, unit: { id: string; path: string }, kind?: OrgUnitKind | null): Promise<OrgUnitEntity[]> {
  const where: FilterQuery<OrgUnitEntity> = { $and: [subtreeOf(unit.path), { id: { $ne: unit.id } }, kind ? { kind } : {}] };
  return ctx.em.find(OrgUnitEntity, where, { orderBy: { path: 'asc' } });
}

export async function createOrgUnit(ctx: Ctx, input: CreateOrgUnitInput): Promise<OrgUnitEntity> {
  const name = requiredText('name', NAME, input.name, 100);
  const code = checkCode(input.code);
  const parentId = input.parentId;
  const parent = parentId ? await refForWrite(ctx, OrgUnitEntity, parentId, () => unknownParent(parentId)) : null;
  // Only start-up tasks create a root: every signed-in administrator works inside a subtree.
  if (!parent && ctx.viewer.kind !== 'system') throw forbidden();
  if (!isAllowedParent(input.kind, parent?.kind ?? null)) throw kindNotAllowedUnder(input.kind, parent?.kind ?? null);
  await assertCodeFree(ctx, code, null);

  const unit = ctx.em.create(OrgUnitEntity, {
    kind: input.kind,
    name,
    code,
    parent,
    sector: input.sector ?? null,
    flags: unique(input.flags),
    path: '',
    depth: 0,
  });
  unit.path = `${parent?.path ?? '/'}${unit.id}/`;
  unit.depth = parent ? parent.depth + 1 : 0;
  await ctx.em.flush();
  return unit;
}

export async function updateOrgUnit(ctx: Ctx, id: string, input: UpdateOrgUnitInput): Promise<OrgUnitEntity> {
  const unit = await findForWrite(ctx, OrgUnitEntity, id, ORG_UNIT);
  expectVersion(unit, input.version, { zh: '该单位', en: 'This unit' });

  if (input.name != null) unit.name = requiredText('name', NAME, input.name, 100);
  if (input.code != null) {
    const code = checkCode(input.code);
    if (code !== unit.code) await assertCodeFree(ctx, code, unit.id);
    unit.code = code;
  }
  if (input.sector !== undefined) unit.sector = input.sector ?? null;
  if (input.flags != null) unit.flags = unique(input.flags);

  const kind = input.kind ?? unit.kind;
  const parentChanges = input.parentId !== undefined && (input.parentId ?? null) !== (unit.parent?.id ?? null);
  // The current parent may lie outside the caller's scope (their scope root's parent): read its kind unscoped.
  let newParent: OrgUnitEntity | null = unit.parent
    ? await ctx.em.findOneOrFail(OrgUnitEntity, unit.parent.id, { filters: false })
    : null;
  if (parentChanges) {
    // An administrator's own scope root stays where it is: moving it would move them out of their subtree.
    if (isScopeRoot(ctx, unit.id)) throw forbidden();
    const parentId = input.parentId;
    newParent = parentId ? await refForWrite(ctx, OrgUnitEntity, parentId, () => unknownParent(parentId)) : null;
    if (!newParent && ctx.viewer.kind !== 'system') throw forbidden();
    if (newParent && newParent.path.startsWith(unit.path)) throw cycle();
  }
  if (parentChanges || kind !== unit.kind) {
    if (!isAllowedParent(kind, newParent?.kind ?? null)) throw kindNotAllowedUnder(kind, newParent?.kind ?? null);
  }
  if (kind !== unit.kind) {
    const childKinds = await ctx.em.getConnection().execute<{ kind: OrgUnitKind }[]>(
      'select distinct kind from org_unit where parent_id = ?',
      [unit.id],
    );
    for (const { kind: childKind } of childKinds) {
      if (!isAllowedParent(childKind, kind)) throw childNotAllowedUnderNewKind(kind, childKind);
    }
    unit.kind = kind;
  }

  if (!parentChanges) {
    await ctx.em.flush();
    return unit;
  }

  // A move rewrites the path of the whole subtree in one statement, in the same transaction as the unit.
  const oldPath = unit.path;
  const depthDelta = (newParent ? newParent.depth + 1 : 0) - unit.depth;
  unit.parent = newParent ? ctx.em.getReference(OrgUnitEntity, newParent.id, { wrapped: true }) : null;
  unit.path = `${newParent?.path ?? '/'}${unit.id}/`;
  unit.depth += depthDelta;
  await inTransaction(ctx, async () => {
    await ctx.em.flush();
    await ctx.em.execute(
      `update org_unit set path = ? || substr(path, ?), depth = depth + ?, updated_at = now()
        where path like ? and id <> ?`,
      [unit.path, oldPath.length + 1, depthDelta, `${escapeLike(oldPath)}%`, unit.id],
    );
  });
  // Descendants already in this request's identity map carry stale paths now.
  ctx.em.clear();
  return getOrgUnit(ctx, unit.id);
}

export async function deleteOrgUnit(ctx: Ctx, id: string): Promise<OrgUnitEntity> {
  const unit = await findForWrite(ctx, OrgUnitEntity, id, ORG_UNIT);
  if (isScopeRoot(ctx, unit.id)) throw forbidden();
  const [row] = await ctx.em.getConnection().execute<
    { children: string; people: string; households: string; positions: string; deputy_terms: string }[]
  >(
    `select (select count(*) from org_unit where parent_id = ?) as children,
            (select count(*) from person where unit_id = ? or home_community_id = ?) as people,
            (select count(*) from household where unit_id = ?) as households,
            (select count(*) from position where unit_id = ?) as positions,
            (select count(*) from deputy_term where electing_unit_id = ?) as deputy_terms`,
    [unit.id, unit.id, unit.id, unit.id, unit.id, unit.id],
  );
  const counts = {
    children: Number(row?.children ?? 0),
    people: Number(row?.people ?? 0),
    households: Number(row?.households ?? 0),
    positions: Number(row?.positions ?? 0),
    deputyTerms: Number(row?.deputy_terms ?? 0),
  };
  if (Object.values(counts).some((n) => n > 0)) throw stillInUse(counts);
  await ctx.em.remove(unit).flush();
  return unit;
}

function isScopeRoot(ctx: Ctx, unitId: string): boolean {
  const v = ctx.viewer;
  return (v.kind === 'user' || v.kind === 'token') && v.scopeUnitId === unitId;
}

function checkCode(raw: string): string {
  const code = raw.trim();
  if (!CODE_RE.test(code)) throw badCode(raw);
  return code;
}

async function assertCodeFree(ctx: Ctx, code: string, selfId: string | null): Promise<void> {
  // Codes are unique bureau-wide, so look beyond the caller's scope.
  const taken = await ctx.em.findOne(OrgUnitEntity, { code }, { fields: ['id'], filters: false });
  if (taken && taken.id !== selfId) throw duplicateCode(code);
}
