import type { EntityMetadata, FilterQuery } from '@mikro-orm/core';
import { LIVE_FILTER } from '../../db/live.js';
import type { Ctx } from '../../graphql/context.js';
import { badInput, conflict, forbidden, notFound } from '../../graphql/errors.js';
import { pageRequest, type Page } from '../../graphql/pagination.js';
import { pathOfVisible, UNSCOPED, type AnyRecord } from '../common/record-kit.js';
import { validUuidOr } from '../common/scoped.js';
import { RECORD_KINDS, summaryColumn, type RecordKind } from './recycle-bin.registry.js';
import type { DeletedRecordFilter } from './recycle-bin.type.js';

export interface DeletedRow {
  recordType: string;
  id: string;
  summary: string | null;
  personId: string | null;
  unitId: string;
  unitName: string;
  occurredOn: string;
  deletedAt: Date;
  deletedBy: string | null;
}

function kindOf(recordType: string): RecordKind {
  const kind = RECORD_KINDS.get(recordType);
  if (!kind) {
    const names = [...RECORD_KINDS.keys()].join(', ');
    throw badInput('recordType', { zh: `没有这种可恢复的记录类型：${recordType}`, en: `No restorable record type ${recordType}; one of ${names}` });
  }
  return kind;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Deleted records in the caller's subtree, newest deletion first: one UNION over the record tables (or the one
 * asked for), with who deleted each from the audit log. SQL, because the ORM's live filter hides these rows.
 */
export async function listDeletedRecords(
  ctx: Ctx,
  filter: DeletedRecordFilter | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<DeletedRow>> {
  const { limit, offset } = pageRequest(page, perPage);
  const f = filter ?? {};
  const kinds = f.recordType ? [kindOf(f.recordType)] : [...RECORD_KINDS.values()];
  let path = ctx.scopePath;
  if (f.unitId) {
    const under = await pathOfVisible(ctx, f.unitId);
    if (!under) return { items: [], total: 0 };
    path = under;
  }
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const k of kinds) {
    const meta: EntityMetadata = ctx.em.getMetadata().get(k.entity.name);
    parts.push(
      `select '${k.type}' as record_type, x.id::text as id, left(x.${summaryColumn(meta)}::text, 120) as summary, x.person_id::text as person_id,
              x.unit_id::text as unit_id, u.name as unit_name, to_char(x.occurred_on, 'YYYY-MM-DD') as occurred_on, x.deleted_at
         from "${meta.tableName}" x join org_unit u on u.id = x.unit_id
        where x.deleted_at is not null and u.path like ?${f.from ? ' and x.occurred_on >= ?' : ''}${f.to ? ' and x.occurred_on <= ?' : ''}`,
    );
    params.push(`${escapeLike(path)}%`, ...(f.from ? [f.from] : []), ...(f.to ? [f.to] : []));
  }
  const union = parts.join('\nunion all\n');
  const conn = ctx.em.getConnection();
  const [{ n } = { n: 0 }] = await conn.execute<{ n: number }[]>(`select count(*)::int as n from (${union}) t`, params);
  const rows = await conn.execute<
    { record_type: string; id: string; summary: string | null; person_id: string | null; unit_id: string; unit_name: string; occurred_on: string; deleted_at: Date; deleted_by: string | null }[]
  >(
    `select t.*,
            (select a.actor_name from audit_log a where a.entity = t.record_type and a.entity_id = t.id and a.action = 'DELETE'
              order by a.id desc limit 1) as deleted_by
       from (${union}) t
      order by t.deleted_at desc, t.id
      limit ? offset ?`,
    [...params, limit, offset],
  );
  return {
    total: n,
    items: rows.map((r) => ({
      recordType: r.record_type,
      id: r.id,
      summary: r.summary,
      personId: r.person_id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      occurredOn: r.occurred_on,
      deletedAt: new Date(r.deleted_at),
      deletedBy: r.deleted_by,
    })),
  };
}

/**
 * Brings a deleted record back (ADMIN, inside their subtree). Outside the subtree: FORBIDDEN; not deleted or
 * no such id: NOT_FOUND. Only what deleting may have broken is checked again: a record it belongs to that is
 * itself deleted, and a uniqueness a newer record has taken since — each a CONFLICT saying what to do.
 */
export async function restoreRecord(ctx: Ctx, recordType: string, id: string): Promise<AnyRecord> {
  const kind = kindOf(recordType);
  const where = { id: validUuidOr(id) } as FilterQuery<AnyRecord>;
  const row = await ctx.em.findOne(kind.entity, where, { filters: { [LIVE_FILTER]: false } });
  if (!row) {
    if ((await ctx.em.count(kind.entity, where, { filters: false })) > 0) throw forbidden();
    throw notFound(kind.label, id);
  }
  if (!row.deletedAt) throw notFound({ zh: `已删除的${kind.label.zh}`, en: `deleted ${kind.label.en}` }, id);
  const meta = ctx.em.getMetadata().get(kind.entity.name);
  await refuseDeletedParents(ctx, meta, row, kind);
  await refuseTakenUniques(ctx, meta, row, kind);
  row.deletedAt = null;
  await ctx.em.flush();
  return row;
}

/** A record that hangs on another record (a visit on its link, an assessment on its posting) needs it back first. */
async function refuseDeletedParents(ctx: Ctx, meta: EntityMetadata, row: AnyRecord, kind: RecordKind): Promise<void> {
  for (const prop of Object.values(meta.properties)) {
    if (prop.kind !== 'm:1' || prop.name === 'unit' || prop.name === 'person') continue;
    const parentKind = RECORD_KINDS.get(String(prop.type).replace(/Entity$/, ''));
    const ref = (row as unknown as Record<string, { id: string } | null>)[prop.name];
    if (!parentKind || !ref) continue;
    const [parent] = await ctx.em.getConnection().execute<{ deleted: boolean }[]>(
      `select deleted_at is not null as deleted from "${ctx.em.getMetadata().get(parentKind.entity.name).tableName}" where id = ?`,
      [ref.id],
    );
    if (parent?.deleted) {
      throw conflict(
        {
          zh: `该${kind.label.zh}所属的${parentKind.label.zh}已删除，请先恢复${parentKind.label.zh}（${ref.id}）`,
          en: `The ${parentKind.label.en} this ${kind.label.en} belongs to is deleted; restore it first (${ref.id})`,
        },
        { field: prop.name, recordType: parentKind.type, id: ref.id },
      );
    }
  }
}

/** Unique keys (a unit's one year-end report a year, one duty a day): a live record may hold the key now. */
async function refuseTakenUniques(ctx: Ctx, meta: EntityMetadata, row: AnyRecord, kind: RecordKind): Promise<void> {
  const keys: string[][] = [
    ...meta.uniques.map((u) => (Array.isArray(u.properties) ? u.properties : u.properties ? [u.properties] : []).map(String)),
    ...Object.values(meta.properties).filter((p) => p.unique).map((p) => [p.name]),
  ].filter((k) => k.length > 0);
  for (const key of keys) {
    const values = Object.fromEntries(key.map((p) => [p, (row as unknown as Record<string, unknown>)[p]]));
    const taken = await ctx.em.findOne(kind.entity, { ...values, id: { $ne: row.id } } as FilterQuery<AnyRecord>, UNSCOPED);
    if (taken) {
      throw conflict(
        {
          zh: `已有一条相同的${kind.label.zh}（${taken.id}），不能恢复；如需恢复，请先删除那一条`,
          en: `Another ${kind.label.en} (${taken.id}) now holds its place; delete that one first to restore this`,
        },
        { field: key.join(','), takenBy: taken.id },
      );
    }
  }
}
