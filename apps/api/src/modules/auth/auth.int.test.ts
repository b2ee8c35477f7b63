import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, PASSWORD, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { MAX_FAILURES_PER_ACCOUNT } from './auth.service.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { id username role scopeUnitId } scopeUnit { name } } }`;
const ME = `{ me { kind user { username role } tokenName scopeUnitId } }`;

type LoginData = { login: { token: string; expiresAt: string; user: { id: string; username: string; role: string; scopeUnitId: string }; scopeUnit: { name: string } } };

describe('sign-in, sessions and API tokens', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  const sql = (q: string, p: unknown[] = []) => db.orm.em.fork().getConnection().execute(q, p);

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
  });
  afterAll(async () => db?.drop());

  it('signs a user in with the session shape dashboards and the admin rely on', async () => {
    const d = await api.ok<LoginData>(LOGIN, { u: 'HEAD-HS', p: PASSWORD });
    expect(d.login.token).toMatch(/^lxs_/);
    expect(d.login.user).toMatchObject({ username: 'head-hs', role: 'HEAD', scopeUnitId: w.t.heshan.id });
    expect(d.login.scopeUnit.name).toBe('鹤山农场');
    const me = await api.ok<{ me: { kind: string; user: { username: string } } }>(ME, {}, { authorization: `Bearer ${d.login.token}` });
    expect(me.me).toMatchObject({ kind: 'USER', user: { username: 'head-hs' } });
  });

  it('stores only a hash of session tokens and an argon2id hash of passwords', async () => {
    const d = await api.ok<LoginData>(LOGIN, { u: 'head-hs', p: PASSWORD });
    const rows = (await sql('select token_hash from session')) as { token_hash: string }[];
    expect(rows.some((r) => r.token_hash === d.login.token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    const users = (await sql(`select password_hash from app_user where username = 'head-hs'`)) as { password_hash: string }[];
    expect(users[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await api.exec(LOGIN, { u: 'nobody', p: PASSWORD });
    const wrong = await api.exec(LOGIN, { u: 'cadre-hs', p: 'wrong-password-1' });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.message).toBe('用户名或密码错误');
  });

  it('locks an account after repeated failures, counted in PostgreSQL, even for the right password', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await api.exec(LOGIN, { u: 'admin-js', p: `bad-${i}-password` });
    const r = await api.exec(LOGIN, { u: 'admin-js', p: PASSWORD });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    expect(r.errors?.[0]?.message).toContain('分钟后再试');
    const counters = (await sql(`select count from rate_limit where key = 'login:user:admin-js'`)) as { count: number }[];
    expect(counters[0]?.count).toBe(MAX_FAILURES_PER_ACCOUNT);
  });

  it('ends a session at logout and at expiry, telling the caller to sign in again', async () => {
    const { login } = await api.ok<LoginData>(LOGIN, { u: 'cadre-hs', p: PASSWORD });
    const auth = { authorization: `Bearer ${login.token}` };
    await api.ok(`mutation { logout }`, {}, auth);
    const after = await api.exec(ME, {}, auth);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    const second = (await api.ok<LoginData>(LOGIN, { u: 'cadre-hs', p: PASSWORD })).login;
    await sql(`update session set expires_at = now() - interval '1 minute' where expires_at = ?`, [new Date(second.expiresAt)]);
    const expired = await api.exec(ME, {}, { authorization: `Bearer ${second.token}` });
    expect(expired.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(expired.errors?.[0]?.extensions?.['reason']).toBe('expired');
    expect(expired.errors?.[0]?.message).toBe('登录已过期，请重新登录');
  });

  it('changes a password only with the current one, ending the other sessions', async () => {
    const a = (await api.ok<LoginData>(LOGIN, { u: 'head-hs', p: PASSWORD })).login.token;
    const b = (await api.ok<LoginData>(LOGIN, { u: 'head-hs', p: PASSWORD })).login.token;
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    const wrong = await api.exec(CHANGE, { c: 'not-it-123', n: 'NewPassw0rd-2026' }, { authorization: `Bearer ${a}` });
    expect(wrong.errors?.[0]?.extensions?.['field']).toBe('currentPassword');
    const weak = await api.exec(CHANGE, { c: PASSWORD, n: 'short' }, { authorization: `Bearer ${a}` });
    expect(weak.errors?.[0]?.extensions?.['field']).toBe('newPassword');
    await api.ok(CHANGE, { c: PASSWORD, n: 'NewPassw0rd-2026' }, { authorization: `Bearer ${a}` });
    expect((await api.exec(ME, {}, { authorization: `Bearer ${a}` })).errors).toBeUndefined();
    expect((await api.exec(ME, {}, { authorization: `Bearer ${b}` })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await api.exec(LOGIN, { u: 'head-hs', p: PASSWORD })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await api.ok(CHANGE, { c: 'NewPassw0rd-2026', n: PASSWORD }, { authorization: `Bearer ${a}` });
  });

  it('keeps a disabled user out and ends their sessions', async () => {
    const token = (await api.ok<LoginData>(LOGIN, { u: 'cadre-hs', p: PASSWORD })).login.token;
    const users = await api.ok<{ users: { items: { id: string; username: string }[] } }>(`{ users(filter: { q: "cadre-hs" }) { items { id username } } }`);
    const cadreId = users.users.items[0]?.id;
    await api.ok(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }`, { id: cadreId }, w.callers.admin.headers);
    expect((await api.exec(ME, {}, { authorization: `Bearer ${token}` })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await api.exec(LOGIN, { u: 'cadre-hs', p: PASSWORD })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await api.ok(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: false }) { id } }`, { id: cadreId }, w.callers.admin.headers);
  });

  it('lets nobody disable themselves or change their own role', async () => {
    const me = await api.ok<{ me: { user: { username: string } } }>(ME, {}, w.callers.admin.headers);
    expect(me.me.user.username).toBe('admin-hs');
    const r = await api.exec(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }`, { id: w.ids.userAdminIn }, w.callers.admin.headers);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('shows an API token once, keeps only its hash, reads with it, and stops it at revocation or expiry', async () => {
    const created = await api.ok<{ createApiToken: { token: string; apiToken: { id: string; prefix: string } } }>(
      `mutation($s: ID!) { createApiToken(input: { name: "测试大屏", scopeUnitId: $s }) { token apiToken { id prefix } } }`,
      { s: w.t.heshan.id },
      w.callers.admin.headers,
    );
    const { token, apiToken } = created.createApiToken;
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = (await sql('select token_hash from api_token where id = ?', [apiToken.id])) as { token_hash: string }[];
    expect(stored[0]?.token_hash).not.toContain(token.slice(4));
    const listed = await api.ok<{ apiTokens: { items: Record<string, unknown>[] } }>(`{ apiTokens { items { id prefix name } } }`, {}, w.callers.admin.headers);
    expect(JSON.stringify(listed)).not.toContain(token);

    const read = await api.ok<{ me: { kind: string; tokenName: string } }>(ME, {}, { authorization: `Bearer ${token}` });
    expect(read.me).toMatchObject({ kind: 'TOKEN', tokenName: '测试大屏' });
    const farms = await api.ok<{ orgUnits: { items: { name: string }[] } }>(`{ orgUnits(filter: { kind: FARM }) { items { name } } }`, {}, { 'x-api-key': token });
    expect(farms.orgUnits.items.map((f) => f.name)).toEqual(['鹤山农场']);
    const write = await api.exec(`mutation($id: ID!) { updateOrgUnit(id: $id, input: { name: "改名" }) { id } }`, { id: w.t.area1.id }, { 'x-api-key': token });
    expect(write.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    await sql(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [apiToken.id]);
    expect((await api.exec(ME, {}, { 'x-api-key': token })).errors?.[0]?.extensions?.['reason']).toBe('expired');
    await sql(`update api_token set expires_at = null where id = ?`, [apiToken.id]);
    await api.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id }, w.callers.admin.headers);
    expect((await api.exec(ME, {}, { 'x-api-key': token })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('lets a user see and revoke their own sessions but not those of a user outside an ADMIN\'s scope', async () => {
    const token = (await api.ok<LoginData>(LOGIN, { u: 'cadre-hs', p: PASSWORD })).login.token;
    const auth = { authorization: `Bearer ${token}` };
    const mine = await api.ok<{ sessions: { id: string }[] }>(`{ sessions { id } }`, {}, auth);
    expect(mine.sessions.length).toBeGreaterThan(0);
    const outsider = await api.exec(`query($u: ID!) { sessions(userId: $u) { id } }`, { u: w.ids.userAdminOut }, w.callers.admin.headers);
    expect(outsider.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const otherSessions = (await sql('select id from session where user_id = ?', [w.ids.userAdminOut])) as { id: string }[];
    const revokeOther = await api.exec(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: otherSessions[0]?.id }, w.callers.admin.headers);
    expect(revokeOther.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const first = mine.sessions[0]?.id;
    await api.ok(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: first }, auth);
  });
});
