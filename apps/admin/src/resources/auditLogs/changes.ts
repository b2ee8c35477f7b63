/** What the audit log stores per changed field: `[before, after]`. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping the API records but people do not read: ids, tree paths, hashes, versions, who created it. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['id', 'path', 'depth', 'version', 'createdBy', 'tokenHash', 'passwordHash', 'createdAt', 'updatedAt', 'lastUsedAt']);

/** `{ field: [before, after] }` as a list in a stable order, bookkeeping left out; anything else the API might send is skipped. */
export function changesOf(changes: unknown): FieldChange[] {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, unknown>)
    .filter((entry): entry is [string, [unknown, unknown]] => Array.isArray(entry[1]) && entry[1].length === 2)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, [before, after]]) => ({ field, before, after }));
}

/**
 * Audit rows name relations by the ORM's property (`parent`, `unit`, `scopeUnit`); the forms call them by
 * their id field. Values of these fields are enum names that have titles.
 */
export const FIELD_ALIASES: Record<string, string> = { parent: 'parentId', unit: 'unitId', scopeUnit: 'scopeUnitId', person: 'personId', homeCommunity: 'homeCommunityId', electingUnit: 'electingUnitId' };

export function enumOfField(entity: string, field: string): string | undefined {
  if (field === 'kind') return 'OrgUnitKind';
  if (field === 'flags') return entity === 'Household' ? 'HouseholdFlag' : 'UnitFlag';
  return ({ sector: 'Sector', rank: 'Rank', gender: 'Gender', education: 'EducationLevel', role: 'Role' } as Record<string, string>)[field];
}

/** A value for people: empty as a dash word, lists joined with 、, true/false in words, objects as JSON. */
export function formatValue(value: unknown, t: (key: string) => string): string {
  if (value === null || value === undefined || value === '') return t('lianxi.audit.empty');
  if (typeof value === 'boolean') return t(value ? 'lianxi.filter.yes' : 'lianxi.filter.no');
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v, t)).join('、') : t('lianxi.audit.empty');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The audit log's entity names and the admin resource that shows each (none for positions: they live on a person). */
export const ENTITY_RESOURCES: Record<string, string | undefined> = {
  OrgUnit: 'orgUnits',
  Household: 'households',
  Person: 'people',
  DeputyTerm: 'deputyTerms',
  User: 'users',
};
