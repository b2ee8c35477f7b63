import type { ApolloClient, OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { HttpError, type DataProvider, type GetListParams, type Identifier, type RaRecord, type SortPayload } from 'ra-core';
import {
  EffectiveRulesDocument,
  EndLocalRuleDocument,
  ChangePasswordDocument,
  ComplianceRowsDocument,
  CreatePositionDocument,
  DeletePositionDocument,
  HouseholdPersonalDataDocument,
  OrgUnitPathsDocument,
  PersonComplianceDocument,
  PersonPersonalDataDocument,
  RevokeApiTokenDocument,
  RulesDocument,
  UnitComplianceDocument,
  UpdatePositionDocument,
} from '../graphql/documents';
import type {
  EffectiveRulesQuery,
  ComplianceRowFilter,
  ComplianceRowsQuery,
  OrgUnitPathsQuery,
  PersonComplianceQuery,
  RulesQuery,
  SortOrder,
  UnitComplianceQuery,
} from '../gql/graphql';
import { toHttpError } from './errors';
import {
  POSITION_INPUT_KEYS,
  RESOURCE_SPECS,
  type AnySpec,
  type PersonRecord,
  type PositionRecord,
} from './resources';

/** The API's page size limit; getMany splits longer id lists. */
export const MAX_PER_PAGE = 500;

export type UnitPath = OrgUnitPathsQuery['orgUnits']['items'][number];
export type RuleInfo = RulesQuery['rules'][number];
export type UnitComplianceResult = UnitComplianceQuery['unitCompliance'];
export type RuleResult = PersonComplianceQuery['personCompliance'][number];
export type ComplianceRow = ComplianceRowsQuery['complianceRows'][number];
export type EffectiveRule = EffectiveRulesQuery['effectiveRules'][number];
export interface PersonalData {
  id: string;
  phone?: string | null;
  idNumber?: string | null;
}

/** The most rows a drill-down list or an export asks for; the API allows 20,000. */
export const MAX_COMPLIANCE_ROWS = 5000;

/**
 * react-admin's methods plus what is not a list or a record: the tree page's search, personal data, password,
 * token revocation and the compliance queries.
 */
export interface LianxiDataProvider extends DataProvider {
  searchUnitPaths(q: string, limit?: number): Promise<{ items: UnitPath[]; total: number }>;
  /** Full phone and ID number, for an ADMIN; the API writes each read to the audit log. */
  personalData(kind: 'people' | 'households', id: string): Promise<PersonalData>;
  changePassword(currentPassword: string, newPassword: string): Promise<boolean>;
  revokeApiToken(id: string): Promise<RaRecord>;
  rules(system?: string): Promise<RuleInfo[]>;
  unitCompliance(unitId: string, year: number, system?: string): Promise<UnitComplianceResult>;
  personCompliance(personId: string, year: number): Promise<RuleResult[]>;
  complianceRows(filter: ComplianceRowFilter, limit?: number): Promise<ComplianceRow[]>;
  effectiveRules(unitId: string, date?: string): Promise<EffectiveRule[]>;
  endLocalRule(id: string, effectiveTo: string): Promise<RaRecord>;
}

type Plain = Record<string, unknown>;

/** The document of a spec slot, or a refusal when the API has no such operation for the resource. */
function need<T>(document: T | undefined, resource: string, what: string): T {
  if (!document) throw new HttpError('lianxi.error.unsupported', 405, { code: 'UNSUPPORTED', resource, what });
  return document;
}

function specOf(resource: string): AnySpec {
  const spec = (RESOURCE_SPECS as Record<string, AnySpec | undefined>)[resource];
  if (!spec) throw new Error(`Unknown resource "${resource}"`);
  return spec;
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Copies the given keys that carry a value; the result is the input type the keys were checked against. */
function pickSet<T>(source: Plain, keys: readonly string[]): T {
  const out: Plain = {};
  for (const k of keys) if (k in source && !isEmpty(source[k])) out[k] = source[k];
  return out as T;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

const isMasked = (v: unknown) => typeof v === 'string' && v.includes('*');

/**
 * The fields that changed since the record was read, plus the version read so the API can refuse a
 * concurrent edit (CONFLICT). A masked phone or ID number sent back as read means "unchanged" to the API;
 * leaving it out says the same without sending it.
 */
export function changedInput<T>(spec: Pick<AnySpec, 'updateKeys' | 'masked'>, data: Plain, previous?: Plain): T {
  const out: Plain = {};
  for (const k of spec.updateKeys) {
    if (k === 'version' || !(k in data)) continue;
    const value = data[k] === undefined || data[k] === '' ? null : data[k];
    if (previous && sameValue(value, previous[k])) continue;
    if (spec.masked.includes(k) && isMasked(value)) continue;
    out[k] = value;
  }
  const version = previous?.['version'] ?? data['version'];
  if (spec.updateKeys.includes('version') && typeof version === 'number') out['version'] = version;
  return out as T;
}

function sortInput(spec: AnySpec, sort: SortPayload | undefined): { field: string; order: SortOrder } | undefined {
  if (!sort || !spec.sortable.includes(sort.field)) return undefined;
  return { field: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}

export interface DataProviderOptions {
  client: ApolloClient;
  /** Today in China (YYYY-MM-DD); a parameter so tests pin it. */
  today?: () => string;
}

export function createDataProvider({ client }: DataProviderOptions): LianxiDataProvider {
  async function query<D, V extends OperationVariables>(document: TypedDocumentNode<D, V>, variables: V, prefix = ''): Promise<D> {
    try {
      const result = await client.query<D, V>({ query: document, variables } as Parameters<typeof client.query<D, V>>[0]);
      if (result.data === undefined) throw result.error ?? new Error('empty answer');
      return result.data as D;
    } catch (error) {
      throw toHttpError(error, prefix);
    }
  }

  async function mutate<D, V extends OperationVariables>(document: TypedDocumentNode<D, V>, variables: V, prefix = ''): Promise<D> {
    try {
      const result = await client.mutate<D, V>({ mutation: document, variables } as Parameters<typeof client.mutate<D, V>>[0]);
      if (result.data === undefined || result.data === null) throw result.error ?? new Error('empty answer');
      return result.data as D;
    } catch (error) {
      throw toHttpError(error, prefix);
    }
  }

  async function list(spec: AnySpec, params: Pick<GetListParams, 'filter' | 'sort' | 'pagination'>) {
    const filter = pickSet<never>(params.filter ?? {}, spec.filterKeys);
    const data = await query(spec.listDocument, {
      filter,
      sort: sortInput(spec, params.sort) ?? null,
      page: params.pagination?.page ?? 1,
      perPage: Math.min(params.pagination?.perPage ?? 25, MAX_PER_PAGE),
    });
    return spec.pickList(data);
  }

  async function getOne(spec: AnySpec, id: Identifier, resource = '') {
    return spec.pickOne(await query(need(spec.oneDocument, resource, 'getOne'), { id: String(id) }));
  }

  /**
   * Positions are edited inline in the person form but stored one by one: new rows are created, changed
   * rows updated with the version read, removed rows deleted. Errors name the row (`positions.2.title`) so
   * the form marks the right input.
   */
  async function syncPositions(personId: string, next: Plain[], previous: PositionRecord[]) {
    const before = new Map(previous.map((p) => [p.id, p]));
    const kept = new Set<string>();
    for (const [index, row] of next.entries()) {
      const prefix = `positions.${index}.`;
      const id = typeof row['id'] === 'string' ? row['id'] : undefined;
      const old = id ? before.get(id) : undefined;
      if (id && old) {
        kept.add(id);
        const input = changedInput<Plain>({ updateKeys: [...POSITION_INPUT_KEYS, 'version'], masked: [] }, row, old as unknown as Plain);
        if (Object.keys(input).some((k) => k !== 'version')) {
          await mutate(UpdatePositionDocument, { id, input }, prefix);
        }
      } else {
        const input = { ...pickSet<Plain>(row, POSITION_INPUT_KEYS), personId };
        await mutate(CreatePositionDocument, { input: input as never }, prefix);
      }
    }
    for (const old of previous) if (!kept.has(old.id)) await mutate(DeletePositionDocument, { id: old.id });
  }

  const provider: LianxiDataProvider = {
    getList: async (resource, params) => {
      const { items, total } = await list(specOf(resource), params);
      return { data: items as never[], total };
    },

    getOne: async (resource, params) => ({ data: (await getOne(specOf(resource), params.id, resource)) as never }),

    getMany: async (resource, params) => {
      const spec = specOf(resource);
      const ids = [...new Set(params.ids.map(String))];
      const found: RaRecord[] = [];
      for (let i = 0; i < ids.length; i += MAX_PER_PAGE) {
        const chunk = ids.slice(i, i + MAX_PER_PAGE);
        const { items } = await list(spec, { filter: { ids: chunk }, pagination: { page: 1, perPage: chunk.length } });
        found.push(...items);
      }
      return { data: found as never[] };
    },

    getManyReference: async (resource, params) => {
      const spec = specOf(resource);
      const { items, total } = await list(spec, { ...params, filter: { ...params.filter, [params.target]: params.id } });
      return { data: items as never[], total };
    },

    create: async (resource, params) => {
      const spec = specOf(resource);
      const data = params.data as Plain;
      const input = pickSet<Plain>(data, spec.createKeys);
      if (resource === 'people' && Array.isArray(data['positions'])) {
        input['positions'] = (data['positions'] as Plain[]).map((row) => pickSet<Plain>(row, POSITION_INPUT_KEYS));
        if ((input['positions'] as unknown[]).length === 0) delete input['positions'];
      }
      const created = spec.pickCreated(await mutate(need(spec.createDocument, resource, 'create'), { input: input as never }));
      return { data: created as never };
    },

    update: async (resource, params) => {
      const spec = specOf(resource);
      const id = String(params.id);
      const data = params.data as Plain;
      const previous = params.previousData as Plain | undefined;
      const input = changedInput<Plain>(spec, data, previous);
      const changed = Object.keys(input).some((k) => k !== 'version');
      let record = changed || resource !== 'people'
        ? spec.pickUpdated(await mutate(need(spec.updateDocument, resource, 'update'), { id, input: input as never }))
        : undefined;
      if (resource === 'people' && Array.isArray(data['positions'])) {
        const before = ((previous?.['positions'] ?? (record as PersonRecord | undefined)?.positions) ?? []) as PositionRecord[];
        await syncPositions(id, data['positions'] as Plain[], before);
        record = await getOne(spec, id);
      }
      return { data: (record ?? (await getOne(spec, id))) as never };
    },

    updateMany: async (resource, params) => {
      const spec = specOf(resource);
      const updated: Identifier[] = [];
      // One mutation per id: the API has no bulk update, and each keeps its own checks and audit entry.
      for (const id of params.ids) {
        const input = changedInput<Plain>(spec, params.data as Plain);
        spec.pickUpdated(await mutate(need(spec.updateDocument, resource, 'update'), { id: String(id), input: input as never }));
        updated.push(id);
      }
      return { data: updated };
    },

    delete: async (resource, params) => {
      const spec = specOf(resource);
      await mutate(need(spec.deleteDocument, resource, 'delete'), { id: String(params.id) });
      return { data: (params.previousData ?? { id: params.id }) as never };
    },

    deleteMany: async (resource, params) => {
      const spec = specOf(resource);
      const deleted: Identifier[] = [];
      for (const id of params.ids) {
        await mutate(need(spec.deleteDocument, resource, 'delete'), { id: String(id) });
        deleted.push(id);
      }
      return { data: deleted };
    },

    searchUnitPaths: async (q, limit = 50) => {
      const data = await query(OrgUnitPathsDocument, { q, perPage: limit });
      return data.orgUnits;
    },

    personalData: async (kind, id) => {
      if (kind === 'people') return (await query(PersonPersonalDataDocument, { id })).personPersonalData;
      return (await query(HouseholdPersonalDataDocument, { id })).householdPersonalData;
    },

    changePassword: async (currentPassword, newPassword) =>
      (await mutate(ChangePasswordDocument, { currentPassword, newPassword })).changePassword,

    revokeApiToken: async (id) => (await mutate(RevokeApiTokenDocument, { id })).revokeApiToken,

    rules: async (system) => (await query(RulesDocument, { system: system ?? null })).rules,

    unitCompliance: async (unitId, year, system) =>
      (await query(UnitComplianceDocument, { unitId, year, system: system ?? null })).unitCompliance,

    personCompliance: async (personId, year) => (await query(PersonComplianceDocument, { personId, year })).personCompliance,

    effectiveRules: async (unitId, date) => (await query(EffectiveRulesDocument, { unitId, date: date ?? null })).effectiveRules,

    endLocalRule: async (id, effectiveTo) => (await mutate(EndLocalRuleDocument, { id, effectiveTo })).endLocalRule,

    complianceRows: async (filter, limit = MAX_COMPLIANCE_ROWS) =>
      (await query(ComplianceRowsDocument, { filter, limit: Math.min(limit, MAX_COMPLIANCE_ROWS) })).complianceRows,
  };
  return provider;
}
