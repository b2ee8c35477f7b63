import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';

const LOGS = `query($f: AuditLogFilter) { auditLogs(filter: $f, perPage: 100) { total items { actor actorName entity entityId action changes requestId } } }`;
type Logs = { auditLogs: { total: number; items: { actor: string; actorName: string; entity: string; entityId: string; action: string; changes: Record<string, [unknown, unknown]>; requestId: string | null }[] } };

describe('audit log', () => {
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

  it('records who changed which fields, before and after, with the request id', async () => {
    await api.ok(
      `mutation($id: ID!) { updateHousehold(id: $id, input: { headName: "王德富", flags: [POOR] }) { id } }`,
      { id: w.ids.householdIn },
      { ...w.callers.admin.headers, 'x-request-id': 'req-audit-1' },
    );
    const d = await api.ok<Logs>(LOGS, { f: { entityId: w.ids.householdIn, action: 'UPDATE' } }, w.callers.admin.headers);
    expect(d.auditLogs.total).toBe(1);
    const row = d.auditLogs.items[0];
    expect(row?.actorName).toContain('admin-hs');
    expect(row?.requestId).toBe('req-audit-1');
    expect(row?.changes['headName']).toEqual(['王德福', '王德富']);
    expect(row?.changes['flags']).toEqual([[], ['POOR']]);
  });

  it('masks personal data and never stores secrets in the log', async () => {
    const d = await api.ok<Logs>(LOGS, { f: { entityId: w.ids.householdIn, action: 'CREATE' } }, w.callers.admin.headers);
    expect(d.auditLogs.items[0]?.changes['phone']).toEqual([null, '138****5678']);
    const users = await api.ok<Logs>(LOGS, { f: { entity: 'User', action: 'CREATE' } }, w.callers.admin.headers);
    expect(users.auditLogs.total).toBeGreaterThan(0);
    for (const u of users.auditLogs.items) expect(u.changes['passwordHash']).toEqual([null, '***']);
    const raw = (await sql(`select count(*) as n from audit_log where changes::text like '%argon2%' or changes::text like '%13812345678%'`)) as { n: string }[];
    expect(Number(raw[0]?.n)).toBe(0);
  });

  it('writes nothing when a change is refused', async () => {
    const before = (await sql('select count(*) as n from audit_log')) as { n: string }[];
    const r = await api.exec(`mutation($id: ID!) { updateHousehold(id: $id, input: { phone: "123" }) { id } }`, { id: w.ids.householdIn }, w.callers.admin.headers);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const after = (await sql('select count(*) as n from audit_log')) as { n: string }[];
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application\'s own database role', async () => {
    await expect(sql(`update audit_log set actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(sql(`truncate audit_log`)).rejects.toThrow(/append-only/);
    const rows = (await sql(`select count(*) as n from audit_log where actor = 'someone-else'`)) as { n: string }[];
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('shows each administrator the history of their own subtree only', async () => {
    const mine = await api.ok<Logs>(LOGS, { f: { entityId: w.ids.householdOut } }, w.callers.admin.headers);
    expect(mine.auditLogs.total).toBe(0);
    const theirs = await api.ok<Logs>(LOGS, { f: { entityId: w.ids.householdOut } }, w.callers.otherAdmin.headers);
    expect(theirs.auditLogs.total).toBeGreaterThan(0);
  });

  it('reveals full personal data to an ADMIN only, and logs each reveal', async () => {
    const masked = await api.ok<{ person: { phone: string } }>(`query($id: ID!) { person(id: $id) { phone } }`, { id: w.ids.personIn }, w.callers.head.headers);
    expect(masked.person.phone).toBe('139****1111');
    const head = await api.exec(`query($id: ID!) { personPersonalData(id: $id) { phone } }`, { id: w.ids.personIn }, w.callers.head.headers);
    expect(head.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const full = await api.ok<{ personPersonalData: { phone: string } }>(`query($id: ID!) { personPersonalData(id: $id) { phone } }`, { id: w.ids.personIn }, w.callers.admin.headers);
    expect(full.personPersonalData.phone).toBe('13900001111');
    const logged = await api.ok<Logs>(LOGS, { f: { entityId: w.ids.personIn, action: 'READ_PERSONAL_DATA' } }, w.callers.admin.headers);
    expect(logged.auditLogs.total).toBe(1);
    expect(logged.auditLogs.items[0]?.actorName).toContain('admin-hs');
  });
});
