import { createHash } from 'node:crypto';
import type { Ctx } from '../../graphql/context.js';
import { badInput, forbidden, notFound, AppError } from '../../graphql/errors.js';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { actorOf } from '../auth/viewer.js';
import { assertMayWriteRecord } from '../common/record-access.js';
import { findForWrite, validUuidOr } from '../common/scoped.js';
import { AttachmentEntity } from './attachment.entity.js';
import { ATTACHMENT, tooLarge, tooMany, wrongType } from './attachment.errors.js';
import { ALLOWED_TYPES, MAX_FILES_PER_RECORD, cleanFileName, maxAttachmentBytes, maxAttachmentMb, sniffType } from './attachment.files.js';
import { attachableType, type AnyRecord, type AttachableType } from './attachment.registry.js';

const RECORD = { zh: '记录', en: 'record' };

/** A record an upload goes to, checked for the caller's right to change it. */
export interface UploadTarget {
  type: AttachableType;
  record: AnyRecord;
}

export interface UploadedFile {
  /** The `X-File-Name` header as sent (URL-encoded UTF-8). */
  fileName: string | undefined;
  /** The declared Content-Type; checked against the bytes, never trusted alone. */
  declaredType: string | undefined;
  bytes: Buffer;
}

function knownType(name: string, unknown: () => AppError): AttachableType {
  const t = attachableType(name);
  if (!t) throw unknown();
  return t;
}

const unknownTypeForWrite = (name: string) => () =>
  new AppError('NOT_FOUND', { zh: `没有“${name}”这类记录`, en: `There is no record type "${name}"` }, { field: 'recordType' });

/**
 * The record an upload or a deletion changes, under the same rights as changing the record itself: an ADMIN
 * in scope, or the CADRE whose own record it is for the kinds a cadre keeps; HEADs and API tokens never. A
 * withdrawn (soft-deleted) record takes no new evidence.
 */
export async function uploadTarget(ctx: Ctx, recordType: string, recordId: string): Promise<UploadTarget> {
  const v = ctx.viewer;
  const type = knownType(recordType, unknownTypeForWrite(recordType));
  if (v.kind !== 'system' && !(v.kind === 'user' && (v.role === 'ADMIN' || (v.role === 'CADRE' && type.cadreKeeps)))) {
    throw forbidden();
  }
  let record: AnyRecord | null;
  if (v.kind === 'user' && v.role === 'CADRE') {
    // A cadre learns nothing about which ids exist: not theirs, out of scope or none at all is FORBIDDEN.
    record = await ctx.em.findOne(type.entity, { id: validUuidOr(recordId) });
    if (!record) throw forbidden();
  } else {
    record = await findForWrite(ctx, type.entity, recordId, RECORD);
  }
  assertMayWriteRecord(ctx, record.person?.id);
  if (record.deletedAt) throw notFound(RECORD, recordId);
  return { type, record };
}

function audit(ctx: Ctx, row: AttachmentEntity, action: 'CREATE' | 'UPDATE', changes: Record<string, [unknown, unknown]>): void {
  // Written by hand (the audit subscriber would log the bytes column): metadata only, never the contents.
  ctx.em.create(AuditLogEntity, {
    ...actorOf(ctx.viewer),
    requestId: ctx.requestId,
    entity: 'Attachment',
    entityId: row.id,
    action,
    changes,
    unitPath: row.unitPath,
    at: ctx.now,
  });
}

/**
 * Stores one file on a checked target. Size, type (by magic bytes) and the per-record count are refused with
 * their own codes before anything is written; the count is taken under a per-record lock so two uploads at
 * once cannot both be the twentieth.
 */
export async function storeAttachment(ctx: Ctx, target: UploadTarget, file: UploadedFile): Promise<AttachmentEntity> {
  if (file.bytes.length > maxAttachmentBytes()) throw tooLarge(maxAttachmentMb());
  const sniffed = sniffType(file.bytes);
  if (!sniffed) throw wrongType();
  const declared = (file.declaredType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if ((ALLOWED_TYPES as readonly string[]).includes(declared) && declared !== sniffed) throw wrongType();

  const { type, record } = target;
  const unitPath = (await ctx.em.getConnection().execute<{ path: string }[]>('select path from org_unit where id = ?', [record.unit.id]))[0]?.path;
  if (!unitPath) throw notFound(RECORD, record.id);
  const v = ctx.viewer;
  return ctx.em.transactional(async (em) => {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`attachment:${record.id}`]);
    const count = await em.count(AttachmentEntity, { recordType: type.name, recordId: record.id, deletedAt: null }, { filters: false });
    if (count >= MAX_FILES_PER_RECORD) throw tooMany(MAX_FILES_PER_RECORD);
    const row = em.create(AttachmentEntity, {
      recordType: type.name,
      recordId: record.id,
      unit: record.unit.id,
      unitPath,
      fileName: cleanFileName(file.fileName, sniffed),
      mimeType: sniffed,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      data: file.bytes,
      uploadedBy: v.kind === 'user' ? v.userId : null,
      uploadedByName: v.kind === 'user' ? v.displayName : 'system',
    });
    audit({ ...ctx, em }, row, 'CREATE', {
      recordType: [null, row.recordType],
      recordId: [null, row.recordId],
      fileName: [null, row.fileName],
      mimeType: [null, row.mimeType],
      size: [null, row.size],
      sha256: [null, row.sha256],
    });
    await em.flush();
    return row;
  });
}

/** The record as the caller may read it (scoped, not withdrawn), or NOT_FOUND. */
async function readableRecord(ctx: Ctx, type: AttachableType, recordId: string): Promise<AnyRecord> {
  const record = await ctx.em.findOne(type.entity, { id: validUuidOr(recordId), deletedAt: null });
  if (!record) throw notFound(RECORD, recordId);
  return record;
}

/** A record's attachments, metadata only, oldest first; NOT_FOUND for a record the caller cannot see. */
export async function listAttachments(ctx: Ctx, recordType: string, recordId: string): Promise<AttachmentEntity[]> {
  const type = knownType(recordType, () => badInput('recordType', { zh: `没有“${recordType}”这类记录`, en: `There is no record type "${recordType}"` }));
  await readableRecord(ctx, type, recordId);
  return ctx.em.find(
    AttachmentEntity,
    { recordType: type.name, recordId: validUuidOr(recordId), deletedAt: null },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/**
 * One attachment with its bytes, for a download: only while the caller sees both the attachment and its record,
 * and neither is withdrawn. Anything else is NOT_FOUND, so another farm's ids reveal nothing.
 */
export async function attachmentForDownload(ctx: Ctx, id: string): Promise<AttachmentEntity> {
  const row = await ctx.em.findOne(AttachmentEntity, { id: validUuidOr(id), deletedAt: null }, { populate: ['data'] });
  const type = row ? attachableType(row.recordType) : undefined;
  if (!row || !type) throw notFound(ATTACHMENT, id);
  await readableRecord(ctx, type, row.recordId).catch(() => {
    throw notFound(ATTACHMENT, id);
  });
  return row;
}

/** Whether the caller may withdraw this attachment (the rights of changing its record), without throwing. */
export async function mayChangeAttachment(ctx: Ctx, recordType: string, recordId: string): Promise<boolean> {
  try {
    await uploadTarget(ctx, recordType, recordId);
    return true;
  } catch {
    return false;
  }
}

/**
 * Withdraws an attachment (soft delete, audited). A CADRE gets FORBIDDEN for anything not theirs, existing or
 * not (as for records); an ADMIN gets FORBIDDEN outside the subtree and NOT_FOUND for no such attachment.
 */
export async function deleteAttachment(ctx: Ctx, id: string): Promise<boolean> {
  const v = ctx.viewer;
  const row = await ctx.em.findOne(AttachmentEntity, { id: validUuidOr(id), deletedAt: null });
  if (!row) {
    if (v.kind === 'user' && v.role === 'CADRE') throw forbidden();
    const elsewhere = await ctx.em.count(AttachmentEntity, { id: validUuidOr(id), deletedAt: null }, { filters: false });
    if (elsewhere > 0) throw forbidden();
    throw notFound(ATTACHMENT, id);
  }
  await uploadTarget(ctx, row.recordType, row.recordId);
  row.deletedAt = ctx.now;
  audit(ctx, row, 'UPDATE', { fileName: [row.fileName, row.fileName], deletedAt: [null, ctx.now.toISOString()] });
  await ctx.em.flush();
  return true;
}
