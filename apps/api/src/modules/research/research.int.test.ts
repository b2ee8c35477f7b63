import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { auditOf, codeOf, create, created, fieldOf, ruleOf, rowsIn } from '../common/record-kit.test-support.js';
import { researchFacts } from './research.facts.js';

const TRIP = 'id personId days stationed endsOn unitsVisitedIds warnings { code severity } unitsVisited { id }';

describe('research records (S1)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
  });
  afterAll(async () => db?.drop());

  it('lets a cadre record their own trip in half days, defaulting to themselves, with the conduct check as a warning', async () => {
    const t = await created<{ personId: string; days: number; warnings: { code: string; severity: string }[]; unitsVisited: { id: string }[] }>(
      api, 'createResearchTrip', { occurredOn: '2025-04-01', days: 0.5, unitsVisitedIds: [w.t.group1.id] }, TRIP, w.callers.cadre.headers,
    );
    expect(t.personId).toBe(w.ids.personIn);
    expect(t.days).toBe(0.5);
    expect(t.unitsVisited.map((u) => u.id)).toEqual([w.t.group1.id]);
    expect(t.warnings).toEqual([{ code: 'S1.CONDUCT.CHECKLIST', severity: 'WARNING' }]);
    const clean = await created<{ warnings: unknown[] }>(
      api, 'createResearchTrip',
      { occurredOn: '2025-04-02', days: 1, travelLight: true, noReception: true, noDisturbance: true }, TRIP, w.callers.cadre.headers,
    );
    expect(clean.warnings).toEqual([]);
  });

  it.each([
    ['an end before the start', { occurredOn: '2025-04-03', endsOn: '2025-04-01', days: 1 }, 'endsOn'],
    ['negative days', { occurredOn: '2025-04-03', days: -1 }, 'days'],
    ['days that are not half days', { occurredOn: '2025-04-03', days: 0.3 }, 'days'],
    ['more days than the dates hold', { occurredOn: '2025-04-03', endsOn: '2025-04-04', days: 3 }, 'days'],
    ['a trip in the future', { occurredOn: '2999-01-01', days: 1 }, 'occurredOn'],
    ['an unknown unit visited', { occurredOn: '2025-04-03', days: 1, unitsVisitedIds: ['00000000-0000-4000-8000-000000000000'] }, 'unitsVisitedIds'],
  ])('refuses %s, naming the field and writing nothing', async (_name, input, field) => {
    const before = await rowsIn(db, 'research_trip');
    const r = await create(api, 'createResearchTrip', { personId: w.ids.personIn, ...input });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldOf(r)).toBe(field);
    expect(await rowsIn(db, 'research_trip')).toBe(before);
  });

  it("refuses a cadre another's trip and a head any trip", async () => {
    const other = await create(api, 'createResearchTrip', { personId: w.ids.personInOther, occurredOn: '2025-04-01', days: 1 }, 'id', w.callers.cadre.headers);
    expect(codeOf(other)).toBe('FORBIDDEN');
    const head = await create(api, 'createResearchTrip', { personId: w.ids.personIn, occurredOn: '2025-04-01', days: 1 }, 'id', w.callers.head.headers);
    expect(codeOf(head)).toBe('FORBIDDEN');
    const someone = await created(api, 'createResearchTrip', { personId: w.ids.personInOther, occurredOn: '2025-04-01', days: 1 });
    const upd = await api.exec(`mutation($id: ID!) { updateResearchTrip(id: $id, input: { days: 2 }) { id } }`, { id: someone.id }, w.callers.cadre.headers);
    expect(codeOf(upd)).toBe('FORBIDDEN');
  });

  it('audits a trip, catches a stale version with CONFLICT, and finds trips by the unit visited', async () => {
    const t = await created<{ id: string }>(api, 'createResearchTrip', { personId: w.ids.personIn, occurredOn: '2025-05-06', days: 1, unitsVisitedIds: [w.t.community.id] });
    const ok = await api.ok<{ updateResearchTrip: { version: number; days: number } }>(
      `mutation($id: ID!) { updateResearchTrip(id: $id, input: { days: 1, findings: "道路需维修", version: 1 }) { version days } }`, { id: t.id },
    );
    expect(ok.updateResearchTrip.version).toBe(2);
    const stale = await api.exec(`mutation($id: ID!) { updateResearchTrip(id: $id, input: { days: 0.5, version: 1 }) { id } }`, { id: t.id });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await auditOf(db, t.id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    const found = await api.ok<{ researchTrips: { items: { id: string }[] } }>(
      `query($u: ID!) { researchTrips(filter: { visitedUnitId: $u }) { items { id } } }`, { u: w.t.community.id },
    );
    expect(found.researchTrips.items.map((x) => x.id)).toEqual([t.id]);
  });

  it('gives compliance the trip as a fact whose visited units include their ancestors, stationed stays as their own kind', async () => {
    const stay = await created(api, 'createResearchTrip', { personId: w.ids.personIn, occurredOn: '2025-06-01', endsOn: '2025-06-05', days: 5, stationed: true, unitsVisitedIds: [w.t.group1.id] });
    const facts = await researchFacts.load(db.orm.em.fork(), { from: '2025-06-01', to: '2025-06-30', unitPath: w.paths.heshan, personIds: [w.ids.personIn] });
    const f = facts.find((x) => x.id === stay.id);
    expect(f).toMatchObject({ kind: 'STATIONED_STAY', personId: w.ids.personIn, date: '2025-06-01', days: 5 });
    expect((f as { unitsVisited: string[] }).unitsVisited).toEqual(expect.arrayContaining([w.t.heshan.id, w.t.area1.id, w.t.group1.id]));
    expect(await researchFacts.load(db.orm.em.fork(), { from: '2025-06-01', to: '2025-06-30', unitPath: w.paths.other })).toEqual([]);
  });

  it("takes a committee topic from proposal to approval only with its team and plan, and only from an ADMIN", async () => {
    const cadreMajor = await create(api, 'createResearchTopic', { major: true, unitId: w.t.bureau.id, title: '现代农业', occurredOn: '2025-01-10' }, 'id', w.callers.cadre.headers);
    expect(codeOf(cadreMajor)).toBe('FORBIDDEN');
    const notBureau = await create(api, 'createResearchTopic', { major: true, unitId: w.t.heshan.id, title: '现代农业', occurredOn: '2025-01-10' });
    expect(fieldOf(notBureau)).toBe('unitId');
    const topic = await created<{ id: string; status: string; personId: string | null }>(
      api, 'createResearchTopic', { major: true, unitId: w.t.bureau.id, title: '现代农业发展调研', occurredOn: '2025-01-10' }, 'id status personId',
    );
    expect(topic).toMatchObject({ status: 'PROPOSED', personId: null });
    const approve = (input: Record<string, unknown>, headers?: Record<string, string>) =>
      api.exec(`mutation($id: ID!, $i: ApproveResearchTopicInput!) { approveResearchTopic(id: $id, input: $i) { status approvedOn } }`, { id: topic.id, i: input }, headers);
    expect(fieldOf(await approve({ approvedOn: '2025-01-01' }))).toBe('approvedOn');
    const noTeam = await approve({ approvedOn: '2025-02-01' });
    expect([fieldOf(noTeam), ruleOf(noTeam)]).toEqual(['teamIds', 'S1.TOPICS.NO_TEAM']);
    expect(codeOf(await approve({ approvedOn: '2025-02-01' }, w.callers.cadre.headers))).toBe('FORBIDDEN');
    await api.ok(`mutation($id: ID!, $t: [ID!]) { updateResearchTopic(id: $id, input: { teamIds: $t, plan: "分三组赴各农场调研" }) { id } }`, { id: topic.id, t: [w.ids.personBureau] });
    const done = await approve({ approvedOn: '2025-02-01' });
    expect(done.data).toEqual({ approveResearchTopic: { status: 'APPROVED', approvedOn: '2025-02-01' } });
    expect(fieldOf(await approve({ approvedOn: '2025-02-02' }))).toBe('approvedOn');
  });

  it("lets a cadre propose their own topic and refuses one without a title", async () => {
    const own = await created<{ personId: string }>(api, 'createResearchTopic', { title: '管理区职工增收', occurredOn: '2025-02-01' }, 'personId', w.callers.cadre.headers);
    expect(own.personId).toBe(w.ids.personIn);
    const before = await rowsIn(db, 'research_topic');
    const r = await create(api, 'createResearchTopic', { title: '  ', occurredOn: '2025-02-01' }, 'id', w.callers.cadre.headers);
    expect(fieldOf(r)).toBe('title');
    expect(await rowsIn(db, 'research_topic')).toBe(before);
  });

  it('routes a department head\'s report to the bureau committee and warns when it went elsewhere (S1.REPORT.TO_BUREAU)', async () => {
    const head = await api.ok<{ createPerson: { id: string } }>(
      `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
      { i: { name: '钱主任', gender: 'MALE', birthDate: '1972-02-02', partyMember: true, rank: 'DIVISION', unitId: w.t.dept.id,
        positions: [{ unitId: w.t.dept.id, title: '主任', deptHead: true, from: '2020-01-01' }] } },
    );
    const sel = 'submittedTo routedTo warnings { code }';
    const routed = await created(api, 'createResearchReport', { personId: head.createPerson.id, title: '信访形势分析', occurredOn: '2025-07-01' }, sel);
    expect(routed).toEqual({ submittedTo: 'BUREAU_COMMITTEE', routedTo: 'BUREAU_COMMITTEE', warnings: [] });
    const wrong = await created(api, 'createResearchReport', { personId: head.createPerson.id, title: '信访形势分析', occurredOn: '2025-07-02', submittedTo: 'OWN_ORGANISATION' }, sel);
    expect(wrong).toEqual({ submittedTo: 'OWN_ORGANISATION', routedTo: 'BUREAU_COMMITTEE', warnings: [{ code: 'S1.REPORT.WRONG_RECIPIENT' }] });
    const own = await created(api, 'createResearchReport', { title: '管理区调研报告', occurredOn: '2025-07-03' }, sel, w.callers.cadre.headers);
    expect(own).toEqual({ submittedTo: 'OWN_ORGANISATION', routedTo: 'OWN_ORGANISATION', warnings: [] });
  });
});
