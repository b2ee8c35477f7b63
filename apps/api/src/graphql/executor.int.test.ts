import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type LianxiServer } from '../server.js';
import { accessWorld, type AccessWorld } from '../test/access-fixture.js';
import { createTestApi } from '../test/gql.js';
import { createTestDb, type TestDb } from '../test/test-db.js';
import type { Engine } from './executor.js';

/**
 * The same documents over HTTP to two servers on one database: one running queries compiled by graphql-jit (the
 * default), one running everything on graphql-js `execute`. Status, body (data and formatted, localised errors)
 * and cache header must be the same.
 */
describe('GraphQL over HTTP: the compiled executor answers as graphql-js', () => {
  let db: TestDb;
  let w: AccessWorld;
  let jit: LianxiServer;
  let reference: LianxiServer;
  const urls: Record<Engine, string> = { jit: '', 'graphql-js': '' };
  const engines: Engine[] = [];

  const listen = async (server: LianxiServer): Promise<string> => {
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  };
  const post = async (url: string, query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, cache: res.headers.get('cache-control'), body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };
  /** Runs the document on both servers; returns the answer and the engine the compiled server used. */
  const both = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    engines.length = 0;
    const got = await post(urls.jit, query, variables, headers);
    const engine = engines[0];
    const expected = await post(urls['graphql-js'], query, variables, headers);
    expect(got).toEqual(expected);
    return { ...got, engine };
  };

  beforeAll(async () => {
    db = await createTestDb();
    w = await accessWorld(await createTestApi(db.orm));
    jit = await createServer(db.orm, { logError: () => {}, onExecute: (engine) => engines.push(engine) });
    reference = await createServer(db.orm, { logError: () => {}, executor: 'graphql-js' });
    urls.jit = await listen(jit);
    urls['graphql-js'] = await listen(reference);
  });
  afterAll(async () => {
    await jit?.stop();
    await reference?.stop();
    await db?.drop();
  });

  it('returns the same data for a query with variables, nested objects and custom scalars', async () => {
    const r = await both(
      `query Units($f: OrgUnitFilter, $pp: Int) { orgUnits(filter: $f, perPage: $pp) { total items { id name code kind depth parentId flags sector createdAt version parent { id name } children { id name kind } } } }`,
      { f: { underId: w.t.heshan.id }, pp: 50 },
      w.callers.admin.headers,
    );
    expect(r.engine).toBe('jit');
    expect(r.status).toBe(200);
    expect(r.cache).toBe('no-store');
    expect((r.body.data as { orgUnits: { total: number } }).orgUnits.total).toBeGreaterThan(2);
  });

  it('returns the same data through fragments and aliases', async () => {
    const r = await both(
      `query { mine: orgUnits(perPage: 5) { items { ...U } } who: me { ...V } t: __typename } fragment U on OrgUnit { id label: name parent { ...P } } fragment P on OrgUnit { id code } fragment V on Viewer { kind }`,
      undefined,
      w.callers.head.headers,
    );
    expect(r.engine).toBe('jit');
    expect(r.body.errors).toBeUndefined();
  });

  it('returns the same compliance rows, in the caller\'s language', async () => {
    const doc = `query($f: ComplianceRowFilter, $l: Int) { complianceRows(filter: $f, limit: $l) { unitId unitName personId personName ruleId ruleTitle system status actual required year asOf } }`;
    for (const lang of ['zh', 'en']) {
      const r = await both(doc, { f: { year: 2025 }, l: 200 }, { ...w.callers.admin.headers, 'accept-language': lang });
      expect(r.engine).toBe('jit');
      expect((r.body.data as { complianceRows: unknown[] }).complianceRows.length).toBeGreaterThan(0);
    }
  });

  it('returns the same NOT_FOUND error with its code, localised', async () => {
    for (const lang of ['zh', 'en']) {
      const r = await both(`{ orgUnit(id: "00000000-0000-4000-8000-000000000000") { id name } }`, undefined, { ...w.callers.admin.headers, 'accept-language': lang });
      expect(r.engine).toBe('jit');
      expect(r.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
  });

  it('refuses an anonymous caller and a role the field does not allow in the same way', async () => {
    const anon = await both(`{ orgUnits { total } }`);
    expect(anon.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const head = await both(`{ apiTokens { total } }`, undefined, w.callers.head.headers);
    expect(head.engine).toBe('jit');
    expect(head.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // One root field fails: a non-null root nulls the whole answer.
    const mixed = await both(`{ me { kind } apiTokens { total } }`, undefined, w.callers.head.headers);
    expect(mixed.body.data ?? null).toBeNull();
  });

  it('hides an internal failure behind the same request id', async () => {
    const r = await both(`{ orgUnits(filter: { q: "\\u0000" }) { total } }`, undefined, { ...w.callers.admin.headers, 'x-request-id': 'req-jit' });
    expect(r.engine).toBe('jit');
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-jit' });
  });

  it('refuses bad variables with graphql-js\'s own errors (400), running nothing', async () => {
    const bad = await both(`query($l: Int) { complianceRows(limit: $l) { ruleId } }`, { l: 'many' }, w.callers.admin.headers);
    expect(bad.status).toBe(400);
    expect(bad.engine).toBe('graphql-js');
    const badEnum = await both(`query($f: OrgUnitFilter) { orgUnits(filter: $f) { total } }`, { f: { kind: 'CASTLE' } }, w.callers.admin.headers);
    expect(badEnum.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const missing = await both(`query($id: ID!) { orgUnit(id: $id) { id } }`, {}, w.callers.admin.headers);
    expect(missing.status).toBe(400);
  });

  it('runs mutations, introspection and @include on graphql-js, with the same answers', async () => {
    const m = await both(`mutation { deleteResearchTrip(id: "00000000-0000-4000-8000-000000000000") { id } }`, undefined, w.callers.admin.headers);
    expect(m.engine).toBe('graphql-js');
    expect(m.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const i = await both(`{ __schema { queryType { name } } }`, undefined, w.callers.admin.headers);
    expect(i.engine).toBe('graphql-js');
    const d = await both(`query($all: Boolean!) { orgUnits { total items @include(if: $all) { id } } }`, { all: false }, w.callers.admin.headers);
    expect(d.engine).toBe('graphql-js');
  });
});
