import type { Dictionary, Filter } from '@mikro-orm/core';

export type FilterDef = Parameters<typeof Filter>[0];

/**
 * Subtree scoping, in one place. Every scoped entity says here how a row reaches a unit's materialised path;
 * the ORM filter `scope` adds that condition to every find, findOne, count and relation load of the request's
 * EntityManager. The filter is on by default and needs its `path` parameter: an EntityManager that was not
 * given a scope fails instead of reading everything. Raw SQL must start from rows read through the filter.
 */
export const SCOPE_FILTER = 'scope';

export interface ScopeParams {
  /** Rows whose unit path starts with this are visible; `/` is everything (system tasks only). */
  path: string;
}

/** The LIKE pattern of everything under a scope path (raw SQL that checks scope uses the same). */
export const underPathPattern = (path: string): string => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const like = (path: string) => ({ $like: underPathPattern(path) });

/** Entity class name → the condition that puts a row inside the subtree at `path`. */
export const SCOPE_RULES: Record<string, (path: string) => Dictionary> = {
  OrgUnitEntity: (p) => ({ path: like(p) }),
  HouseholdEntity: (p) => ({ unit: { path: like(p) } }),
  PersonEntity: (p) => ({ unit: { path: like(p) } }),
  PositionEntity: (p) => ({ person: { unit: { path: like(p) } } }),
  DeputyTermEntity: (p) => ({ person: { unit: { path: like(p) } } }),
  UserEntity: (p) => ({ scopeUnit: { path: like(p) } }),
  ApiTokenEntity: (p) => ({ scopeUnit: { path: like(p) } }),
  AuditLogEntity: (p) => ({ unitPath: like(p) }),
  // The record's owning unit, live: a unit moved in the tree takes its records' evidence with it.
  AttachmentEntity: (p) => ({ unit: { path: like(p) } }),
};

/** Entities outside the scope on purpose: internal bookkeeping never exposed through GraphQL. */
export const UNSCOPED_ENTITIES = ['SessionEntity', 'RateLimitEntity', 'SettingEntity', 'ComplianceCounterEntity', 'PopulationVersionEntity', 'ComplianceVersionEntity', 'KeptResultEntity'];

function entityNameOf(entityName: unknown): string {
  if (typeof entityName === 'string') return entityName;
  if (typeof entityName === 'function') return entityName.name;
  return String(entityName);
}

/** Records of the ten systems (subclasses of RecordEntity) are scoped by their owning unit. */
const recordRule = (p: string) => ({ unit: { path: like(p) } });

/**
 * The filter for a set of entities: explicit rules above, plus every record entity (`isRecord`). Built from
 * the entity list so that a new record kind is scoped from its first line.
 */
export function scopeFilterFor(entities: readonly { name: string }[], isRecord: (e: { name: string }) => boolean): FilterDef {
  const rules: Record<string, (path: string) => Dictionary> = { ...SCOPE_RULES };
  for (const e of entities) if (!rules[e.name] && isRecord(e)) rules[e.name] = recordRule;
  return {
    name: SCOPE_FILTER,
    default: true,
    entity: Object.keys(rules),
    cond: (args: Dictionary, _type: unknown, _em: unknown, _options: unknown, entityName: unknown) => {
      const path = (args as Partial<ScopeParams>).path;
      if (typeof path !== 'string' || !path.startsWith('/')) throw new Error('scope filter needs a path');
      const rule = rules[entityNameOf(entityName)];
      if (!rule) throw new Error(`no scope rule for ${entityNameOf(entityName)}`);
      return path === '/' ? {} : rule(path);
    },
  };
}

/** A path no row has: what an anonymous caller may see. */
export const NOTHING = '/-/';
