import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLScalarType,
  getNamedType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lianxiSchema } from '../../graphql/schema.js';
import { PUBLIC_FIELDS } from '../../graphql/guard.js';
import { cadreForeignWrites, outOfScopeCreates } from '../../test/access-cases.js';
import { accessWorld, type AccessWorld, type Caller } from '../../test/access-fixture.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';

/**
 * The scope matrix, generated from the schema: every role × every object type × every access path (by id,
 * lists and their totals, nested fields, counts, mutations). An independent SQL oracle says which rows each
 * caller may see; the API must return exactly those and never one more. A new object type with an `id` fails
 * here until it has an oracle below, i.e. until someone has decided how it is scoped.
 */

/** For each scoped type, the rows inside a subtree, in SQL written apart from the ORM filter. */
const ORACLE: Record<string, string> = {
  OrgUnit: `select id::text from org_unit where path like ? || '%'`,
  Household: `select h.id::text from household h join org_unit u on u.id = h.unit_id where u.path like ? || '%'`,
  Person: `select p.id::text from person p join org_unit u on u.id = p.unit_id where u.path like ? || '%'`,
  Position: `select x.id::text from position x join person p on p.id = x.person_id join org_unit u on u.id = p.unit_id where u.path like ? || '%'`,
  DeputyTerm: `select x.id::text from deputy_term x join person p on p.id = x.person_id join org_unit u on u.id = p.unit_id where u.path like ? || '%'`,
  User: `select x.id::text from app_user x join org_unit u on u.id = x.scope_unit_id where u.path like ? || '%'`,
  ApiToken: `select x.id::text from api_token x join org_unit u on u.id = x.scope_unit_id where u.path like ? || '%'`,
  AuditLog: `select id::text from audit_log where unit_path like ? || '%'`,
  Attachment: `select x.id::text from attachment x join org_unit u on u.id = x.unit_id where u.path like ? || '%'`,
};
/** Object types with an `id` that are not rows of their own (views of the caller, one-off answers). */
// EvidenceRecord names a record counted in a person's compliance: reached only through personCompliance of a
// person in scope, from facts loaded under the caller's subtree, never fetched by its id.
const NOT_ROWS = new Set(['SessionUser', 'ActiveSession', 'PersonalData', 'Rule', 'EvidenceRecord']);
/** Root fields only an ADMIN may call; everyone else gets FORBIDDEN. */
const ADMIN_ONLY = new Set(['user', 'users', 'apiTokens', 'auditLogs', 'personPersonalData', 'householdPersonalData', 'deletedRecords', 'restoreRecord']);
/** Root fields whose `id` argument names a row of another type than they return. */
const ID_OF: Record<string, string> = { personPersonalData: 'Person', householdPersonalData: 'Household', deleteAttachment: 'Attachment', restoreRecord: 'DeletedRecord' };
const PUBLIC: ReadonlySet<string> = PUBLIC_FIELDS;
const SELF_SERVICE = new Set(['login', 'logout', 'changePassword', 'revokeSession']);

type Row = { id: string };

/** A syntactically valid value for an input type: enough to get past validation to the access checks. */
function dummy(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummy(type.ofType as GraphQLInputType);
  if (type instanceof GraphQLList) return '[]';
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.name ?? 'X';
  if (type instanceof GraphQLInputObjectType) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${dummy(f.type)}`).join(', ')} }`;
  }
  if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'Date':
        return '"2020-01-01"';
      case 'DateTime':
        return '"2030-01-01T00:00:00Z"';
      default:
        return '"x"';
    }
  }
  return 'null';
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!(named instanceof GraphQLObjectType)) return '';
  const fields = named.getFields();
  if ('items' in fields) return '{ total items { id } }';
  if ('id' in fields) return '{ id }';
  return `{ __typename }`;
}

function call(field: GraphQLField<unknown, unknown>, argValues: Record<string, string> = {}): string {
  const args = field.args
    .filter((a) => argValues[a.name] !== undefined || (isNonNullType(a.type) && a.defaultValue === undefined))
    .map((a) => `${a.name}: ${argValues[a.name] ?? dummy(a.type)}`);
  return `${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionFor(field)}`;
}

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['code'];

describe('scope matrix', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let schema: GraphQLSchema;
  let cells = 0;
  let leaks = 0;
  const leak = (what: string) => {
    leaks += 1;
    return what;
  };

  /**
   * Records of the ten systems share the core of RecordEntity: scoped by their owning unit, and a deleted one
   * (deleted_at set) is visible to no one through normal reads. `withDeleted` is every row that exists.
   */
  const recordOracle = (type: string, withDeleted = false): string | undefined => {
    const meta = db.orm.getMetadata().getAll()[`${type}Entity`];
    if (!meta?.properties['unit'] || !meta.properties['occurredOn']) return undefined;
    return `select x.id::text from "${meta.tableName}" x join org_unit u on u.id = x.unit_id where u.path like ? || '%'${withDeleted ? '' : ' and x.deleted_at is null'}`;
  };
  /** The recycle bin (ADMIN): the deleted rows of every record table, with their type for restoreRecord. */
  const deletedOracle = (): string =>
    Object.values(db.orm.getMetadata().getAll())
      .filter((m) => m.properties['deletedAt'] && m.properties['occurredOn'] && !['visit_case', 'local_rule'].includes(m.tableName))
      .map((m) => `select x.id::text, '${m.className.replace(/Entity$/, '')}' as type from "${m.tableName}" x join org_unit u on u.id = x.unit_id where u.path like ? || '%' and x.deleted_at is not null`)
      .join(' union all ');
  const oracle = async (type: string, path: string, withDeleted = false): Promise<Set<string>> => {
    const sql = type === 'DeletedRecord' ? deletedOracle() : (ORACLE[type] ?? recordOracle(type, withDeleted));
    if (!sql) throw new Error(`no oracle for ${type}`);
    const params = Array.from({ length: sql.split('?').length - 1 }, () => path);
    const rows = await db.orm.em.fork().getConnection().execute<Row[]>(sql, params);
    return new Set(rows.map((r) => r.id));
  };
  /** Every row that exists, deleted records included: by-id reads must answer NOT_FOUND for the deleted ones. */
  const all = async (type: string) => oracle(type, '/', true);
  const deletedTypeOf = async (id: string): Promise<string> => {
    const sql = deletedOracle();
    const rows = await db.orm.em.fork().getConnection().execute<{ id: string; type: string }[]>(sql, sql.split('?').slice(1).map(() => '/'));
    return rows.find((r) => r.id === id)?.type ?? 'x';
  };

  const callers = () => [w.callers.admin, w.callers.head, w.callers.cadre, w.callers.token];
  const mayCall = (c: Caller, field: string) => !ADMIN_ONLY.has(field) || c.role === 'ADMIN';

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    schema = await lianxiSchema();
  });
  afterAll(async () => {
    console.log(`scope matrix: ${cells} cells tested, ${leaks} leaks`);
    await db?.drop();
  });

  it('has an oracle for every object type that carries an id', () => {
    const rowTypes = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType => t instanceof GraphQLObjectType && !t.name.startsWith('__') && 'id' in t.getFields(),
    );
    const unscoped = rowTypes.map((t) => t.name).filter((n) => !ORACLE[n] && !recordOracle(n) && n !== 'DeletedRecord' && !NOT_ROWS.has(n));
    expect(unscoped, 'object types without a scope decision: add them to ORACLE (and scope.ts) or NOT_ROWS').toEqual([]);
  });

  it('rejects every root field except sign-in for an anonymous caller', async () => {
    const roots = [...Object.values(schema.getQueryType()?.getFields() ?? {}), ...Object.values(schema.getMutationType()?.getFields() ?? {})];
    for (const f of roots) {
      if (PUBLIC.has(f.name)) continue;
      const op = schema.getMutationType()?.getFields()[f.name] === f ? 'mutation' : 'query';
      const r = await api.exec(`${op} { ${call(f)} }`, {}, { cookie: 'lianxi_session=nothing' });
      cells += 1;
      expect(codeOf(r), `${f.name} anonymous`).toBe('UNAUTHENTICATED');
      if (r.data && Object.values(r.data).some((v) => v !== null)) throw new Error(leak(`${f.name} answered an anonymous caller`));
    }
  });

  it('answers by id inside the scope and NOT_FOUND outside it, for every role and type', async () => {
    const queries = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
      (f) => f.args.length === 1 && f.args[0]?.name === 'id' && String(f.args[0]?.type) === 'ID!',
    );
    expect(queries.length).toBeGreaterThan(5);
    for (const f of queries) {
      const type = ID_OF[f.name] ?? getNamedType(f.type).name;
      const everything = await all(type);
      for (const c of callers()) {
        const visible = await oracle(type, c.scopePath);
        for (const rowId of everything) {
          const r = await api.exec(`query($id: ID!) { x: ${f.name}(id: $id) { id } }`, { id: rowId }, c.headers);
          cells += 1;
          const got = (r.data as { x?: Row | null } | null)?.x;
          if (!mayCall(c, f.name)) {
            expect(codeOf(r), `${c.name} ${f.name}`).toBe('FORBIDDEN');
          } else if (visible.has(rowId)) {
            expect(got?.id, `${c.name} ${f.name}(${rowId}) in scope`).toBe(rowId);
          } else {
            expect(codeOf(r), `${c.name} ${f.name}(${rowId}) out of scope`).toBe('NOT_FOUND');
          }
          if (got && !visible.has(rowId)) throw new Error(leak(`${c.name} read ${type} ${rowId} by id`));
        }
      }
    }
  });

  it('lists and counts only rows inside the scope, whatever the filter asks for', async () => {
    const lists = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((f) => getNamedType(f.type).name.endsWith('Page'));
    expect(lists.length).toBeGreaterThan(5);
    for (const f of lists) {
      const type = getNamedType(f.type).name.replace(/Page$/, '');
      const everything = [...(await all(type))];
      const hasIdsFilter = f.args.some((a) => a.name === 'filter' && a.type instanceof GraphQLInputObjectType && 'ids' in a.type.getFields());
      for (const c of callers()) {
        const visible = await oracle(type, c.scopePath);
        const plain = await api.exec(`{ x: ${f.name}(perPage: 500) { total items { id } } }`, {}, c.headers);
        cells += 1;
        if (!mayCall(c, f.name)) {
          expect(codeOf(plain), `${c.name} ${f.name}`).toBe('FORBIDDEN');
          continue;
        }
        const page = (plain.data as { x: { total: number; items: Row[] } }).x;
        const outside = page.items.filter((i) => !visible.has(i.id));
        if (outside.length) throw new Error(leak(`${c.name} listed ${outside.length} ${type} outside the scope`));
        expect(new Set(page.items.map((i) => i.id)), `${c.name} ${f.name} items`).toEqual(visible);
        expect(page.total, `${c.name} ${f.name} total`).toBe(visible.size);
        if (hasIdsFilter) {
          const asked = await api.exec(
            `query($ids: [ID!]) { x: ${f.name}(filter: { ids: $ids }, perPage: 500) { total items { id } } }`,
            { ids: everything },
            c.headers,
          );
          cells += 1;
          const got = (asked.data as { x: { total: number; items: Row[] } }).x;
          expect(got.total, `${c.name} ${f.name}(ids: everything) total`).toBe(visible.size);
          if (got.items.some((i) => !visible.has(i.id))) throw new Error(leak(`${c.name} ${f.name} by ids`));
        }
      }
    }
  });

  it('never reaches outside the scope through a nested field or a count', async () => {
    const byId = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
      (f) => f.args.length === 1 && f.args[0]?.name === 'id' && !ID_OF[f.name] && !ADMIN_ONLY.has(f.name),
    );
    for (const root of byId) {
      const type = getNamedType(root.type) as GraphQLObjectType;
      const nested = Object.values(type.getFields()).filter((f) => {
        const named = getNamedType(f.type);
        return named instanceof GraphQLObjectType && (ORACLE[named.name] || recordOracle(named.name)) && f.args.every((a) => !isNonNullType(a.type));
      });
      const counts = Object.values(type.getFields()).filter((f) => /Count$/.test(f.name));
      for (const c of callers()) {
        const mine = await oracle(type.name, c.scopePath);
        for (const rowId of mine) {
          const sel = [...nested.map((f) => `${f.name} { id }`), ...counts.map((f) => f.name)].join(' ');
          if (!sel) continue;
          const r = await api.exec(`query($id: ID!) { x: ${root.name}(id: $id) { ${sel} } }`, { id: rowId }, c.headers);
          expect(r.errors, `${c.name} ${root.name}(${rowId}) nested`).toBeUndefined();
          const x = (r.data as { x: Record<string, unknown> }).x;
          for (const f of nested) {
            cells += 1;
            const target = await oracle(getNamedType(f.type).name, c.scopePath);
            const value = x[f.name];
            const got = (Array.isArray(value) ? value : value ? [value] : []) as Row[];
            const outside = got.filter((g) => !target.has(g.id));
            if (outside.length) throw new Error(leak(`${c.name} ${type.name}.${f.name} showed ${outside.map((o) => o.id).join(',')}`));
          }
          if (type.name === 'OrgUnit' && counts.length) {
            cells += 1;
            const inSubtree = async (sql: string) =>
              Number((await db.orm.em.fork().getConnection().execute<{ n: string }[]>(sql, [rowId]))[0]?.n ?? 0);
            const base = `from org_unit s, org_unit u where s.id = ? and u.path like s.path || '%'`;
            expect(x['householdCount']).toBe(await inSubtree(`select count(*) as n from household h join (select u.id ${base}) t on t.id = h.unit_id`));
            expect(x['personCount']).toBe(await inSubtree(`select count(*) as n from person p join (select u.id ${base}) t on t.id = p.unit_id`));
          }
        }
      }
    }
    // The cases the fixture plants on purpose: a post held outside the scope, the scope root's parent.
    const pos = await api.ok<{ position: { unit: Row | null } }>(`query($id: ID!) { position(id: $id) { unit { id } } }`, { id: w.ids.positionInAtOutUnit }, w.callers.head.headers);
    expect(pos.position.unit).toBeNull();
    const root = await api.ok<{ orgUnit: { parent: Row | null; ancestors: Row[] } }>(
      `query($id: ID!) { orgUnit(id: $id) { parent { id } ancestors { id } } }`,
      { id: w.t.heshan.id },
      w.callers.head.headers,
    );
    expect(root.orgUnit.parent).toBeNull();
    expect(root.orgUnit.ancestors).toEqual([]);
  });

  it('lets no HEAD or API token change anything, and a CADRE only their own records', async () => {
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    const cadreWrites = cadreForeignWrites(w);
    for (const c of [w.callers.head, w.callers.cadre, w.callers.token]) {
      for (const f of mutations) {
        if (PUBLIC.has(f.name) || (c.role !== 'TOKEN' && SELF_SERVICE.has(f.name))) continue;
        if (c.role === 'CADRE' && cadreWrites[f.name]) continue;
        const before = await db.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from audit_log');
        const r = await api.exec(`mutation { ${call(f)} }`, {}, c.headers);
        cells += 1;
        expect(codeOf(r), `${c.name} ${f.name}`).toBe('FORBIDDEN');
        const after = await db.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from audit_log');
        if (after[0]?.n !== before[0]?.n) throw new Error(leak(`${c.name} ${f.name} changed something`));
      }
    }
  });

  it('refuses a CADRE every write of someone else\'s record', async () => {
    for (const [name, cases] of Object.entries(cadreForeignWrites(w))) {
      const f = schema.getMutationType()?.getFields()[name];
      expect(f, `unknown mutation ${name}`).toBeDefined();
      for (const [inputType, input] of cases) {
        const r = await api.exec(`mutation($i: ${inputType}!) { x: ${name}(input: $i) { __typename } }`, { i: input }, w.callers.cadre.headers);
        cells += 1;
        expect(codeOf(r), `CADRE ${name} ${JSON.stringify(input)}`).toBe('FORBIDDEN');
      }
    }
  });

  it('refuses an ADMIN every mutation of a row outside their scope with FORBIDDEN, changing nothing', async () => {
    const targets: Record<string, string[]> = {
      OrgUnit: [w.t.other.id, w.t.otherArea.id, w.otherGroup.id, w.t.dept.id],
      Household: [w.ids.householdOut],
      Person: [w.ids.personOut, w.ids.personBureau],
      Position: [w.ids.positionOut],
      DeputyTerm: [w.ids.termOut],
      User: [w.ids.userAdminOut],
      ApiToken: [w.ids.tokenOut],
    };
    const withId = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((f) => f.args.some((a) => a.name === 'id'));
    for (const f of withId) {
      if (f.name === 'revokeSession') continue; // sessions are checked in auth.int.test.ts
      const type = ID_OF[f.name] ?? getNamedType(f.type).name;
      let ids = targets[type];
      if (!ids) {
        // Records: any live row outside the ADMIN's subtree (the fixture plants one in the other farm); for
        // restoreRecord, a deleted one there.
        const mine = await oracle(type, w.callers.admin.scopePath, true);
        ids = [...(await oracle(type, '/'))].filter((x) => !mine.has(x)).slice(0, 2);
      }
      expect(ids.length, `no out-of-scope row to try ${f.name} on: add one to the access fixture`).toBeGreaterThan(0);
      for (const rowId of ids ?? []) {
        const snapshot = await db.orm.em.fork().getConnection().execute('select count(*) as n, max(id) as m from audit_log');
        const args: Record<string, string> = { id: JSON.stringify(rowId) };
        if (f.name === 'restoreRecord') args['recordType'] = JSON.stringify(await deletedTypeOf(rowId));
        const r = await api.exec(`mutation { ${call(f, args)} }`, {}, w.callers.admin.headers);
        cells += 1;
        expect(codeOf(r), `${f.name}(${rowId})`).toBe('FORBIDDEN');
        expect(await db.orm.em.fork().getConnection().execute('select count(*) as n, max(id) as m from audit_log')).toEqual(snapshot);
      }
    }
  });

  it('refuses an ADMIN to create or move anything into another subtree', async () => {
    const creates: Record<string, [string, Record<string, unknown>][]> = {
      ...outOfScopeCreates(w),
      updateOrgUnit: [['UpdateOrgUnitInput', { parentId: w.t.other.id }]],
    };
    const missing = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((n) => n.startsWith('create') && !creates[n]);
    expect(missing, 'create mutations without an out-of-scope case').toEqual([]);
    for (const [name, cases] of Object.entries(creates)) {
      for (const [inputType, input] of cases) {
        const doc = name.startsWith('update')
          ? `mutation($i: ${inputType}!) { x: ${name}(id: "${w.t.area1.id}", input: $i) { __typename } }`
          : `mutation($i: ${inputType}!) { x: ${name}(input: $i) { __typename } }`;
        const r = await api.exec(doc, { i: input }, w.callers.admin.headers);
        cells += 1;
        expect(codeOf(r), `${name} ${JSON.stringify(input)}`).toBe('FORBIDDEN');
      }
    }
    const stillThere = await api.ok<{ orgUnit: { parentId: string } }>(`query($id: ID!) { orgUnit(id: $id) { parentId } }`, { id: w.t.area1.id });
    expect(stillThere.orgUnit.parentId).toBe(w.t.heshan.id);
  });

  it('lets an ADMIN change rows inside their scope', async () => {
    const r = await api.ok<{ updateOrgUnit: { name: string } }>(
      `mutation($id: ID!) { updateOrgUnit(id: $id, input: { name: "第一管理区（改）" }) { name } }`,
      { id: w.t.area1.id },
      w.callers.admin.headers,
    );
    expect(r.updateOrgUnit.name).toBe('第一管理区（改）');
    const h = await api.exec(`mutation($id: ID!) { updateHousehold(id: $id, input: { headName: "王德福" }) { id } }`, { id: w.ids.householdIn }, w.callers.admin.headers);
    expect(h.errors).toBeUndefined();
  });

  it('finds no leak', () => {
    expect(leaks).toBe(0);
    expect(cells).toBeGreaterThan(300);
  });
});
