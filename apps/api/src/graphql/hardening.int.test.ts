import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type LianxiServer } from '../server.js';
import { accessWorld, PASSWORD } from '../test/access-fixture.js';
import { createTestApi } from '../test/gql.js';
import { createTestDb, type TestDb } from '../test/test-db.js';

/** These go over real HTTP: cookies, body limits, CSRF and batching live in the HTTP layer. */
describe('GraphQL over HTTP: hardening', () => {
  let db: TestDb;
  let server: LianxiServer;
  let url: string;
  let bearer: string;

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const gql = async (query: string, headers: Record<string, string> = {}) => {
    const res = await post({ query }, headers);
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };

  beforeAll(async () => {
    db = await createTestDb();
    await accessWorld(await createTestApi(db.orm));
    server = await createServer(db.orm, { logError: () => {} });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
    const login = await gql(`mutation { login(username: "admin-hs", password: "${PASSWORD}") { token } }`);
    bearer = `Bearer ${(login.body.data as { login: { token: string } }).login.token}`;
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('sets an HTTP-only session cookie at sign-in that then signs requests in', async () => {
    const res = await post({ query: `mutation { login(username: "head-hs", password: "${PASSWORD}") { token } }` });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lianxi_session=lxs_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await gql(`{ me { user { username } } }`, { cookie: cookie.split(';')[0] ?? '' });
    expect(me.body.data).toEqual({ me: { user: { username: 'head-hs' } } });
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await post({ query: `{ me { kind } }`, variables: { pad: 'x'.repeat(1_100_000) } }, { authorization: bearer });
    expect(res.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const res = await post([{ query: '{ me { kind } }' }, { query: '{ me { kind } }' }], { authorization: bearer });
    expect(res.status).toBe(400);
  });

  it('refuses a GET without a CSRF-safe header (CSRF prevention on)', async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent('{ me { kind } }')}`, { headers: { authorization: bearer } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers introspection to signed-in callers only', async () => {
    const anon = await gql(`{ __schema { queryType { name } } }`);
    expect(anon.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(anon.body.data ?? null).toBeNull();
    const signed = await gql(`{ __schema { queryType { name } } }`, { authorization: bearer });
    expect(signed.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses queries that are too deep, use too many aliases or cost too much', async () => {
    const deep = await gql(`{ orgUnits { items { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } }`, { authorization: bearer });
    expect(deep.body.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { kind }`).join(' ');
    const many = await gql(`{ ${aliases} }`, { authorization: bearer });
    expect(many.body.errors?.[0]?.message).toMatch(/alias/i);
    const scalars = 'id name code kind depth version createdAt updatedAt parentId flags sector';
    const level = (n: number): string => (n === 0 ? scalars : `${scalars} children { ${level(n - 1)} }`);
    const wide = Array.from({ length: 14 }, (_, i) => `u${i}: orgUnits { items { ${level(6)} } }`).join(' ');
    const costly = await gql(`{ ${wide} }`, { authorization: bearer });
    expect(costly.body.errors?.map((e) => e.message).join(' ')).toMatch(/cost/i);
  });

  it('does not suggest field names', async () => {
    const r = await gql(`{ orgUnitz { total } }`, { authorization: bearer });
    expect(r.body.errors?.[0]?.message).toBeDefined();
    expect(r.body.errors?.[0]?.message).not.toMatch(/Did you mean/i);
  });

  it('hides stack traces and SQL behind a request id when something fails inside', async () => {
    const r = await gql(`{ orgUnits(filter: { q: "\\u0000" }) { total } }`, { authorization: bearer, 'x-request-id': 'req-boom' });
    const err = r.body.errors?.[0];
    expect(err?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(err?.extensions?.['requestId']).toBe('req-boom');
    expect(err?.extensions?.['stacktrace']).toBeUndefined();
    expect(JSON.stringify(r.body)).not.toMatch(/select|org_unit|postgres|\.ts:/i);
  });

  it('answers in English when the caller asks for it', async () => {
    const r = await gql(`{ orgUnit(id: "00000000-0000-4000-8000-000000000000") { id } }`, { authorization: bearer, 'accept-language': 'en' });
    expect(r.body.errors?.[0]?.message).toBe('No unit with id 00000000-0000-4000-8000-000000000000');
  });
});
