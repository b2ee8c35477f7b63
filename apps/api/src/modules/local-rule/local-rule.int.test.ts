import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';

const CREATE = `mutation($i: CreateLocalRuleInput!) { createLocalRule(input: $i) { id ruleId thresholdMin effectiveFrom } }`;

describe('local rule sets (G.LOCAL_RULES)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let leaderId: string;
  const count = async () => Number(((await db.orm.em.fork().getConnection().execute('select count(*) as n from local_rule')) as { n: string }[])[0]?.n);

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    leaderId = (await api.ok<{ createPerson: { id: string } }>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: { name: '王副场长', gender: 'MALE', birthDate: '1972-02-02', partyMember: true, rank: 'DEPUTY_DIVISION', unitId: w.t.area1.id,
        positions: [{ unitId: w.t.heshan.id, title: '副场长', leadershipTeam: true, from: '2020-01-01' }] },
    })).createPerson.id;
  });
  afterAll(async () => db?.drop());

  it('lets an ADMIN raise a farm\'s research quota from a date, and compliance uses it for people below', async () => {
    await api.ok(CREATE, { i: { unitId: w.t.heshan.id, ruleId: 'S1.DAYS.FARM', effectiveFrom: '2025-01-01', thresholdMin: 100, reason: '鹤山农场实施办法：每年不少于100天' } }, w.callers.admin.headers);
    const d = await api.ok<{ personCompliance: { ruleId: string; required: number }[] }>(
      `query($id: ID!) { personCompliance(personId: $id, year: 2025) { ruleId required } }`, { id: leaderId }, w.callers.head.headers);
    expect(d.personCompliance.find((r) => r.ruleId === 'S1.DAYS.FARM')?.required).toBe(100);
    const eff = await api.ok<{ effectiveRules: { ruleId: string; baseMin: number; min: number; differs: boolean }[] }>(
      `query($u: ID!) { effectiveRules(unitId: $u, date: "2025-06-01") { ruleId baseMin min differs } }`, { u: w.t.area1.id }, w.callers.head.headers);
    expect(eff.effectiveRules.find((r) => r.ruleId === 'S1.DAYS.FARM')).toEqual({ ruleId: 'S1.DAYS.FARM', baseMin: 80, min: 100, differs: true });
    expect(eff.effectiveRules.find((r) => r.ruleId === 'S1.DAYS.BUREAU')?.differs).toBe(false);
  });

  it('refuses a loosening with the reason and writes nothing', async () => {
    const before = await count();
    const r = await api.exec(CREATE, { i: { unitId: w.t.area1.id, ruleId: 'S1.DAYS.FARM', effectiveFrom: '2025-06-01', thresholdMin: 60, reason: '想降低' } }, w.callers.admin.headers);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(String(r.errors?.[0]?.extensions?.['rule'])).toMatch(/LOOSEN|OVERRIDE/);
    expect(await count()).toBe(before);
  });

  it('refuses an unknown rule and a change with nothing to tighten', async () => {
    const unknown = await api.exec(CREATE, { i: { unitId: w.t.heshan.id, ruleId: 'S99.X', effectiveFrom: '2025-01-01', thresholdMin: 1, reason: 'x' } }, w.callers.admin.headers);
    expect(unknown.errors?.[0]?.extensions?.['field']).toBe('ruleId');
    const empty = await api.exec(CREATE, { i: { unitId: w.t.heshan.id, ruleId: 'S1.DAYS.FARM', effectiveFrom: '2025-01-01', reason: 'x' } }, w.callers.admin.headers);
    expect(empty.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('lets no HEAD set a local rule', async () => {
    const r = await api.exec(CREATE, { i: { unitId: w.t.heshan.id, ruleId: 'S1.DAYS.FARM', effectiveFrom: '2025-01-01', thresholdMin: 120, reason: 'x' } }, w.callers.head.headers);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
