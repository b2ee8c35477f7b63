import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { deputyActivityFactSource } from './deputy-activity.facts.js';

const ACTIVITY = `mutation($i: CreateDeputyActivityInput!) { createDeputyActivity(input: $i) { id deputyIds deputies { name } } }`;
const PAIRING = `mutation($i: CreateDeputyPairingInput!) { createDeputyPairing(input: $i) { id termId household { headName } } }`;
const REPORT = `mutation($i: CreateDeputyDutyReportInput!) { createDeputyDutyReport(input: $i) { id } }`;
const HOUSEHOLD = `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`;

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['code'];
const ruleOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['rule'];

describe('deputies contacting the masses (S8)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let needyIn: string;
  let needyOut: string;
  const count = async (table: string) =>
    Number((await db.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0]?.n);

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    needyIn = (await api.ok<{ createHousehold: { id: string } }>(HOUSEHOLD, { i: { unitId: w.t.group1.id, headName: '孙桂芝', address: '12号', flags: ['EMPTY_NEST_ELDERLY'] } })).createHousehold.id;
    needyOut = (await api.ok<{ createHousehold: { id: string } }>(HOUSEHOLD, { i: { unitId: w.otherGroup.id, headName: '钱有福', address: '3号', flags: ['POOR'] } })).createHousehold.id;
  });
  afterAll(async () => db?.drop());

  it('records an activity of the organising unit with the deputies taking part', async () => {
    const a = (await api.ok<{ createDeputyActivity: { deputies: { name: string }[] } }>(ACTIVITY, {
      i: { unitId: w.t.heshan.id, title: '党代表进社区', heldOn: '2025-06-18', location: '鹤山社区', deputyIds: [w.ids.personIn], peopleMet: 46, issuesRaised: '小区供暖' },
    })).createDeputyActivity;
    expect(a.deputies.map((d) => d.name)).toEqual(['李建华']);
  });

  it('refuses an activity naming someone without a deputy term that day (S8.NOT_A_DEPUTY), writing nothing', async () => {
    const before = await count('deputy_activity');
    const r = await api.exec(ACTIVITY, { i: { unitId: w.t.heshan.id, title: '座谈', heldOn: '2025-06-18', deputyIds: [w.ids.personInOther] } });
    expect(ruleOf(r)).toBe('S8.NOT_A_DEPUTY');
    const early = await api.exec(ACTIVITY, { i: { unitId: w.t.heshan.id, title: '座谈', heldOn: '2015-06-18', deputyIds: [w.ids.personIn] } });
    expect(ruleOf(early)).toBe('S8.NOT_A_DEPUTY');
    const none = await api.exec(ACTIVITY, { i: { unitId: w.t.heshan.id, title: '座谈', heldOn: '2025-06-18', deputyIds: [] } });
    expect(none.errors?.[0]?.extensions?.['field']).toBe('deputyIds');
    expect(await count('deputy_activity')).toBe(before);
  });

  it('lets a deputy (CADRE) pair with a needy household of the electing unit, under the term of that day', async () => {
    const p = (await api.ok<{ createDeputyPairing: { termId: string; household: { headName: string } | null } }>(PAIRING, {
      i: { personId: w.ids.personIn, householdId: needyIn, from: '2025-02-01' },
    }, w.callers.cadre.headers)).createDeputyPairing;
    expect(p.termId).toBe(w.ids.termIn);
    expect(p.household?.headName).toBe('孙桂芝');
  });

  it.each([
    ['a household that is not needy', () => w.ids.householdIn, 'S8.PAIR.NOT_NEEDY'],
    ['a household outside the electing unit', () => needyOut, 'S8.PAIR.OUTSIDE_ELECTING_UNIT'],
  ])('refuses a pairing with %s and writes nothing', async (_name, household, code) => {
    const before = await count('deputy_pairing');
    const r = await api.exec(PAIRING, { i: { personId: w.ids.personIn, householdId: household(), from: '2025-02-01' } });
    expect(ruleOf(r)).toBe(code);
    expect(await count('deputy_pairing')).toBe(before);
  });

  it('takes one duty report per term and refuses a second (S8.REPORT.ALREADY_REPORTED)', async () => {
    // The access world already recorded this deputy's report for the 2021–2026 term.
    const before = await count('deputy_duty_report');
    const r = await api.exec(REPORT, { i: { personId: w.ids.personIn, reportedOn: '2025-09-01', summary: '再次述职' } });
    expect(ruleOf(r)).toBe('S8.REPORT.ALREADY_REPORTED');
    const half = await api.exec(REPORT, { i: { personId: w.ids.personIn, reportedOn: '2025-09-01', summary: '述职', evaluationResult: 'SATISFIED' } });
    expect(ruleOf(half)).toBe('S8.REPORT.EVALUATION_INCOMPLETE');
    expect(await count('deputy_duty_report')).toBe(before);
  });

  it('records the democratic evaluation on the report, and HEAD may read but not change it', async () => {
    const list = await api.ok<{ deputyDutyReports: { items: { id: string; version: number }[] } }>(`{ deputyDutyReports(filter: { evaluated: false }) { items { id version } } }`, {}, w.callers.head.headers);
    const report = list.deputyDutyReports.items[0];
    expect(report).toBeDefined();
    const upd = `mutation($id: ID!, $i: UpdateDeputyDutyReportInput!) { updateDeputyDutyReport(id: $id, input: $i) { evaluationResult } }`;
    const input = { evaluationResult: 'SATISFIED', evaluatedOn: '2025-05-01', version: report?.version };
    expect(codeOf(await api.exec(upd, { id: report?.id, i: input }, w.callers.head.headers))).toBe('FORBIDDEN');
    const done = await api.ok<{ updateDeputyDutyReport: { evaluationResult: string } }>(upd, { id: report?.id, i: input }, w.callers.admin.headers);
    expect(done.updateDeputyDutyReport.evaluationResult).toBe('SATISFIED');
  });

  it('gives the rules pairings with the household\'s flags and the electing unit, and evaluated reports', async () => {
    const facts = await deputyActivityFactSource.load(db.orm.em.fork(), { from: '2025-01-01', to: '2025-12-31', unitPath: w.paths.heshan });
    const pairing = facts.find((f) => f.kind === 'DEPUTY_PAIRING' && f.householdId === needyIn);
    expect(pairing).toMatchObject({ personId: w.ids.personIn, electingUnitId: w.t.heshan.id, householdFlags: ['EMPTY_NEST_ELDERLY'], date: '2025-02-01', endDate: null });
    expect(facts.find((f) => f.kind === 'DUTY_REPORT')).toMatchObject({ electingUnitId: w.t.heshan.id, evaluationResult: 'SATISFIED' });
    expect(facts.filter((f) => f.kind === 'DEPUTY_ACTIVITY').length).toBe(2);
    expect(facts.every((f) => f.unitId !== w.t.otherArea.id)).toBe(true);
  });
});
