import { RULES } from '@lianxi/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';

type Result = { ruleId: string; status: string; actual: number; required: number; explanation: string; evidenceIds: string[] };

describe('compliance through GraphQL', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let farmLeaderId: string;
  let otherLeaderId: string;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    const mk = async (name: string, unitId: string) =>
      (await api.ok<{ createPerson: { id: string } }>(
        `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
        {
          i: {
            name, gender: 'MALE', birthDate: '1970-01-01', partyMember: true, partyJoinedOn: '1995-07-01', rank: 'DEPUTY_DIVISION', unitId,
            positions: [{ unitId, title: '副场长', leadershipTeam: true, from: '2020-01-01' }],
          },
        },
      )).createPerson.id;
    farmLeaderId = await mk('张副场长', w.t.heshan.id);
    otherLeaderId = await mk('刘副场长', w.t.other.id);
  });
  afterAll(async () => db?.drop());

  it('lists the catalogue in force, by system', async () => {
    const all = await api.ok<{ rules: { id: string }[] }>(`{ rules { id } }`, {}, w.callers.token.headers);
    expect(all.rules.map((r) => r.id).sort()).toEqual(RULES.map((r) => r.id).sort());
    const s1 = await api.ok<{ rules: { id: string; titleZh: string; threshold: { min: number } }[] }>(
      `{ rules(system: "S1") { id titleZh threshold { min } } }`, {}, w.callers.head.headers);
    expect(s1.rules.every((r) => r.id.startsWith('S1.'))).toBe(true);
    expect(s1.rules.find((r) => r.id === 'S1.DAYS.FARM')?.threshold.min).toBe(80);
  });

  it('gives a farm leader without research days an 80-day quota, MISSED for a past year', async () => {
    const d = await api.ok<{ personCompliance: Result[] }>(
      `query($id: ID!) { personCompliance(personId: $id, year: 2025) { ruleId status actual required explanation evidenceIds } }`,
      { id: farmLeaderId },
      w.callers.head.headers,
    );
    const days = d.personCompliance.find((r) => r.ruleId === 'S1.DAYS.FARM');
    expect(days).toMatchObject({ status: 'MISSED', actual: 0, required: 80 });
    expect(days?.explanation).toContain('未完成');
    expect(d.personCompliance.some((r) => r.ruleId === 'S1.DAYS.BUREAU')).toBe(false);
  });

  it('uses the current year up to an as-of date, with the pace', async () => {
    const d = await api.ok<{ personCompliance: Result[] }>(
      `query($id: ID!) { personCompliance(personId: $id, year: 2026, asOf: "2026-01-05") { ruleId status } }`,
      { id: farmLeaderId },
      w.callers.admin.headers,
    );
    expect(d.personCompliance.find((r) => r.ruleId === 'S1.DAYS.FARM')?.status).toMatch(/ON_TRACK|AT_RISK/);
  });

  it('answers NOT_FOUND for a person outside the caller\'s scope', async () => {
    const r = await api.exec(`query($id: ID!) { personCompliance(personId: $id, year: 2025) { ruleId } }`, { id: otherLeaderId }, w.callers.head.headers);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('rolls a farm up rule by rule and one level down, counting only its own subjects', async () => {
    const d = await api.ok<{ unitCompliance: { rate: number | null; rules: { ruleId: string; applicable: number; missed: number }[]; children: { name: string; applicable: number }[] } }>(
      `query($id: ID!) { unitCompliance(unitId: $id, year: 2025) { rate rules { ruleId applicable missed } children { name applicable } } }`,
      { id: w.t.heshan.id },
      w.callers.head.headers,
    );
    const farmDays = d.unitCompliance.rules.find((r) => r.ruleId === 'S1.DAYS.FARM');
    expect(farmDays).toMatchObject({ applicable: 1, missed: 1 });
    expect(d.unitCompliance.rate).not.toBeNull();
    expect(d.unitCompliance.children.map((c) => c.name).sort()).toEqual(['第一管理区', '鹤山社区'].sort());
    const other = await api.exec(`query($id: ID!) { unitCompliance(unitId: $id, year: 2025) { rate } }`, { id: w.t.other.id }, w.callers.head.headers);
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('gives dashboards flat rows of their scope only, filterable by status and rule', async () => {
    const d = await api.ok<{ complianceRows: { personId: string | null; ruleId: string; status: string; unitName: string }[] }>(
      `{ complianceRows(filter: { year: 2025, ruleId: "S1.DAYS.FARM" }) { personId ruleId status unitName } }`,
      {},
      w.callers.token.headers,
    );
    expect(d.complianceRows.map((r) => r.personId)).toEqual([farmLeaderId]);
    const missed = await api.ok<{ complianceRows: { status: string }[] }>(
      `{ complianceRows(filter: { year: 2025, statuses: ["MISSED"] }) { status } }`, {}, w.callers.token.headers);
    expect(missed.complianceRows.every((r) => r.status === 'MISSED')).toBe(true);
    const bureauWide = await api.ok<{ complianceRows: { personId: string | null }[] }>(
      `query($u: ID!) { complianceRows(filter: { year: 2025, ruleId: "S1.DAYS.FARM", underId: $u }) { personId } }`, { u: w.t.bureau.id });
    expect(bureauWide.complianceRows.map((r) => r.personId).sort()).toEqual([farmLeaderId, otherLeaderId].sort());
  });
});
