import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { yearEndReportFactSource } from './year-end-report.facts.js';

const CREATE = `mutation($i: CreateYearEndReportInput!) { createYearEndReport(input: $i) { id status version } }`;
const step = (name: string) => `mutation($id: ID!, $i: YearEndReportStepInput!) { ${name}(id: $id, input: $i) { id status submittedOn reviewedOn reviewComments version } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateYearEndReportInput!) { updateYearEndReport(id: $id, input: $i) { id body } }`;

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['code'];
const ruleOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['rule'];

describe('year-end reports (G.YEAR_END)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let id: string;
  const facts = () => yearEndReportFactSource.load(db.orm.em.fork(), { from: '2024-01-01', to: '2024-12-31', unitPath: w.paths.heshan });

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    id = (await api.ok<{ createYearEndReport: { id: string; status: string } }>(CREATE, {
      i: { unitId: w.t.heshan.id, year: 2024, title: '鹤山农场2024年联系服务群众工作报告', body: '一、基本情况……', draftedOn: '2024-12-15' },
    }, w.callers.admin.headers)).createYearEndReport.id;
  });
  afterAll(async () => db?.drop());

  it('takes one report per farm or direct unit and year', async () => {
    const twice = await api.exec(CREATE, { i: { unitId: w.t.heshan.id, year: 2024, title: '重复', body: '……', draftedOn: '2024-12-16' } }, w.callers.admin.headers);
    expect(codeOf(twice)).toBe('CONFLICT');
    const area = await api.exec(CREATE, { i: { unitId: w.t.area1.id, year: 2024, title: '管理区', body: '……', draftedOn: '2024-12-16' } }, w.callers.admin.headers);
    expect(area.errors?.[0]?.extensions?.['field']).toBe('unitId');
  });

  it('refuses review of a draft and counts no draft for the rule', async () => {
    const r = await api.exec(step('acceptYearEndReport'), { id, i: { date: '2024-12-20' } });
    expect(ruleOf(r)).toBe('G.YEAR_END.OUT_OF_ORDER');
    expect(await facts()).toEqual([]);
  });

  it('is submitted by the farm, then locked against edits', async () => {
    const s = (await api.ok<{ submitYearEndReport: { status: string; submittedOn: string } }>(step('submitYearEndReport'), { id, i: { date: '2025-01-06' } }, w.callers.admin.headers)).submitYearEndReport;
    expect(s).toMatchObject({ status: 'SUBMITTED', submittedOn: '2025-01-06' });
    const edit = await api.exec(UPDATE, { id, i: { body: '改' } }, w.callers.admin.headers);
    expect(ruleOf(edit)).toBe('G.YEAR_END.LOCKED');
    const again = await api.exec(step('submitYearEndReport'), { id, i: { date: '2025-01-07' } }, w.callers.admin.headers);
    expect(ruleOf(again)).toBe('G.YEAR_END.OUT_OF_ORDER');
  });

  it('counts a report submitted in January for the year it reports on', async () => {
    expect(await facts()).toEqual([{ id, kind: 'YEAR_END_REPORT', unitId: w.t.heshan.id, date: '2024-12-31', submittedTo: 'BUREAU_COMMITTEE' }]);
  });

  it('cannot be returned or accepted by the reporting farm itself', async () => {
    const r = await api.exec(step('acceptYearEndReport'), { id, i: { date: '2025-01-10' } }, w.callers.admin.headers);
    expect(codeOf(r)).toBe('FORBIDDEN');
    const head = await api.exec(step('acceptYearEndReport'), { id, i: { date: '2025-01-10' } }, w.callers.head.headers);
    expect(codeOf(head)).toBe('FORBIDDEN');
  });

  it('is returned with comments by the bureau, changed, submitted again and accepted', async () => {
    const noComment = await api.exec(step('returnYearEndReport'), { id, i: { date: '2025-01-10' } });
    expect(noComment.errors?.[0]?.extensions?.['field']).toBe('comments');
    const back = (await api.ok<{ returnYearEndReport: { status: string; reviewComments: string } }>(step('returnYearEndReport'), { id, i: { date: '2025-01-10', comments: '请补充群众意见采纳情况' } })).returnYearEndReport;
    expect(back).toMatchObject({ status: 'RETURNED', reviewComments: '请补充群众意见采纳情况' });
    expect(await facts()).toEqual([]);
    await api.ok(UPDATE, { id, i: { body: '一、基本情况……二、群众意见采纳情况……' } }, w.callers.admin.headers);
    await api.ok(step('submitYearEndReport'), { id, i: { date: '2025-01-15' } }, w.callers.admin.headers);
    const done = (await api.ok<{ acceptYearEndReport: { status: string } }>(step('acceptYearEndReport'), { id, i: { date: '2025-01-20', comments: '同意' } })).acceptYearEndReport;
    expect(done.status).toBe('ACCEPTED');
    expect(await facts()).toHaveLength(1);
    const del = await api.exec(`mutation($id: ID!) { deleteYearEndReport(id: $id) { id } }`, { id });
    expect(ruleOf(del)).toBe('G.YEAR_END.LOCKED');
  });

  it('writes an audit row for every step', async () => {
    const logs = await api.ok<{ auditLogs: { items: { action: string }[] } }>(`query($id: ID!) { auditLogs(filter: { entity: "YearEndReport", entityId: $id }) { items { action } } }`, { id });
    expect(logs.auditLogs.items.map((l) => l.action).sort()).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE']);
  });

  it("opens a draft left without a body with the farm's figures of the year, the same as yearEndFigures gives", async () => {
    const r = (await api.ok<{ createYearEndReport: { id: string; body: string; figures: { year: number; systems: { system: string; applicable: number; missed: number; rules: { ruleId: string; gap: number }[] }[] } } }>(
      `mutation($i: CreateYearEndReportInput!) { createYearEndReport(input: $i) { id body figures { year systems { system applicable missed rules { ruleId gap } } } } }`,
      { i: { unitId: w.t.heshan.id, year: 2023, title: '鹤山农场2023年度联系群众工作报告', draftedOn: '2023-12-20' } },
      w.callers.admin.headers,
    )).createYearEndReport;
    expect(r.body).toMatch(/^一、2023年度联系群众十项制度落实情况/);
    const f = (await api.ok<{ yearEndFigures: { systems: { system: string; title: string; applicable: number; missed: number }[] } }>(
      `query($u: ID!) { yearEndFigures(unitId: $u, year: 2023) { systems { system title applicable missed } } }`,
      { u: w.t.heshan.id },
      w.callers.head.headers,
    )).yearEndFigures;
    expect(f.systems.length).toBeGreaterThan(0);
    expect(r.figures.systems.map((s) => [s.system, s.applicable, s.missed])).toEqual(f.systems.map((s) => [s.system, s.applicable, s.missed]));
    // Every system with applicable rules is a line of the draft, with its numbers.
    for (const s of f.systems) expect(r.body).toContain(`（${s.system}）${s.title}：适用${s.applicable}项次`);
  });

  it("refuses another farm's figures to a head", async () => {
    const other = await api.exec(`query($u: ID!) { yearEndFigures(unitId: $u, year: 2025) { rate } }`, { u: w.t.other.id }, w.callers.head.headers);
    expect(codeOf(other)).toBe('NOT_FOUND');
  });
});
