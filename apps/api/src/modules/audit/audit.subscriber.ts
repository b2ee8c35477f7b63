import type { ChangeSet, EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { ChangeSetType } from '@mikro-orm/core';
import { maskIdNumber, maskPhone } from '../common/mask.js';
import { AuditLogEntity } from './audit-log.entity.js';

export interface AuditActor {
  actor: string;
  actorName: string;
  requestId: string | null;
}

/** Who is flushing through which EntityManager: set when a request's fork is made. */
const actors = new WeakMap<object, AuditActor>();

export function setAuditActor(em: EntityManager, actor: AuditActor): void {
  actors.set(em, actor);
}

/** Entities whose changes are audited, with how to find the unit path a row belongs to. */
type PathOf = (em: EntityManager, entity: Record<string, unknown>) => Promise<string>;

const pathOfUnit = async (em: EntityManager, unitId: string | undefined): Promise<string> => {
  if (!unitId) return '/';
  const loaded = em.getUnitOfWork().getById('OrgUnitEntity', unitId as never) as { path?: string } | undefined;
  if (loaded?.path) return loaded.path;
  const rows = await em.getConnection().execute<{ path: string }[]>('select path from org_unit where id = ?', [unitId]);
  return rows[0]?.path ?? '/';
};
const pathOfPerson = async (em: EntityManager, personId: string | undefined): Promise<string> => {
  if (!personId) return '/';
  const rows = await em.getConnection().execute<{ path: string }[]>(
    'select u.path from person p join org_unit u on u.id = p.unit_id where p.id = ?',
    [personId],
  );
  return rows[0]?.path ?? '/';
};
const idOf = (ref: unknown): string | undefined =>
  ref && typeof ref === 'object' && 'id' in ref ? String((ref as { id: unknown }).id) : undefined;

const AUDITED: Record<string, PathOf> = {
  OrgUnitEntity: async (_em, e) => String(e['path'] ?? '/'),
  HouseholdEntity: (em, e) => pathOfUnit(em, idOf(e['unit'])),
  PersonEntity: (em, e) => pathOfUnit(em, idOf(e['unit'])),
  PositionEntity: (em, e) => pathOfPerson(em, idOf(e['person'])),
  DeputyTermEntity: (em, e) => pathOfPerson(em, idOf(e['person'])),
  UserEntity: (em, e) => pathOfUnit(em, idOf(e['scopeUnit'])),
  ApiTokenEntity: (em, e) => pathOfUnit(em, idOf(e['scopeUnit'])),
};

const SKIP = new Set(['version', 'updatedAt', 'createdAt']);
const SECRET = new Set(['passwordHash', 'tokenHash']);

/** Values as the audit log keeps them: secrets never, personal data masked, relations as ids. */
function auditValue(field: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (SECRET.has(field)) return '***';
  if (field === 'phone') return maskPhone(value as string | null);
  if (field === 'idNumber') return maskIdNumber(value as string | null);
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** Array columns arrive in change sets as PostgreSQL literals (`{POOR,WORKER_FAMILY}`); the log keeps arrays. */
function fromPgArray(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\{.*\}$/s.test(value)) return value;
  const inner = value.slice(1, -1);
  return inner ? inner.split(',').map((v) => v.replace(/^"(.*)"$/, '$1')) : [];
}

function changesOf(cs: ChangeSet<object>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const current = cs.entity as Record<string, unknown>;
  const arrays = new Set(Object.keys(current).filter((k) => Array.isArray(current[k])));
  const norm = (rec: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, arrays.has(k) ? fromPgArray(v) : v]));
  const before = norm((cs.originalEntity ?? {}) as Record<string, unknown>);
  const after = norm(cs.payload as Record<string, unknown>);
  if (cs.type === ChangeSetType.DELETE) {
    for (const [k, v] of Object.entries(before)) if (!SKIP.has(k)) out[k] = [auditValue(k, v), null];
    return out;
  }
  for (const [k, v] of Object.entries(after)) {
    if (SKIP.has(k)) continue;
    out[k] = [cs.type === ChangeSetType.CREATE ? null : auditValue(k, before[k]), auditValue(k, v)];
  }
  return out;
}

/**
 * Records are deleted softly (`deletedAt` set) and restored by clearing it: the log names those updates DELETE
 * and RESTORE, so the history reads as what happened.
 */
function softDeleteAction(changes: Record<string, [unknown, unknown]>): 'UPDATE' | 'DELETE' | 'RESTORE' {
  const d = changes['deletedAt'];
  if (!d) return 'UPDATE';
  if (d[0] == null && d[1] != null) return 'DELETE';
  if (d[0] != null && d[1] == null) return 'RESTORE';
  return 'UPDATE';
}

/**
 * Writes one audit row per created, changed or deleted row, inside the same flush and so the same transaction
 * as the change: either both are stored or neither.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const actor = actors.get(em) ?? { actor: 'system', actorName: 'system', requestId: null };
    for (const cs of uow.getChangeSets()) {
      // Records of the ten systems (RecordEntity: an owning unit and a date) are audited by their unit.
      const isRecord = cs.meta.properties['unit'] !== undefined && cs.meta.properties['occurredOn'] !== undefined;
      const pathOf = AUDITED[cs.name] ?? (isRecord ? AUDITED['HouseholdEntity'] : undefined);
      if (!pathOf) continue;
      const changes = changesOf(cs as ChangeSet<object>);
      const action = cs.type === ChangeSetType.CREATE ? 'CREATE' : cs.type === ChangeSetType.DELETE ? 'DELETE' : softDeleteAction(changes);
      if (action === 'UPDATE' && Object.keys(changes).length === 0) continue;
      const entity = cs.entity as Record<string, unknown>;
      const log = em.create(AuditLogEntity, {
        ...actor,
        entity: cs.name.replace(/Entity$/, ''),
        entityId: String(entity['id']),
        action,
        changes,
        unitPath: await pathOf(em as EntityManager, entity),
        at: new Date(),
      });
      uow.computeChangeSet(log);
    }
  }
}
