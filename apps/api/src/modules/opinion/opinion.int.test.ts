import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { opinionFactSource } from './opinion.facts.js';

const CHANNEL = `mutation($i: CreateOpinionChannelInput!) { createOpinionChannel(input: $i) { id openedOn } }`;
const OPINION = `mutation($i: CreateOpinionInput!) { createOpinion(input: $i) { id submitterPhone version warnings { code severity } } }`;
const UPDATE_OPINION = `mutation($id: ID!, $i: UpdateOpinionInput!) { updateOpinion(id: $id, input: $i) { id adoption version warnings { code } } }`;
const DECISION = `mutation($i: CreateDecisionInput!) { createDecision(input: $i) { id status version } }`;
const UPDATE_DECISION = `mutation($id: ID!, $i: UpdateDecisionInput!) { updateDecision(id: $id, input: $i) { id status decidedOn version warnings { code } } }`;
const PUBLIC = `query($c: String!) { publicAdoptionFeedback(unitCode: $c) { unitName decisions { title feedback adopted partlyAdopted notAdopted } } }`;
const ANONYMOUS = { cookie: 'lianxi_session=nothing' };

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['code'];
const ruleOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['rule'];

describe('opinions, decisions and analyses (S6)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let channelId: string;
  const count = async (table: string) =>
    Number((await db.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0]?.n);

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    channelId = (await api.ok<{ createOpinionChannel: { id: string } }>(CHANNEL, { i: { unitId: w.t.heshan.id, kind: 'HOTLINE', name: '鹤山农场群众热线', contact: '0456-1234567', openedOn: '2024-12-01' } })).createOpinionChannel.id;
  });
  afterAll(async () => db?.drop());

  it('records an opinion forwarded, answered and partly adopted, with the submitter\'s phone masked', async () => {
    const o = (await api.ok<{ createOpinion: { id: string; submitterPhone: string; warnings: { code: string }[] } }>(OPINION, {
      i: {
        channelId, receivedOn: '2025-05-06', content: '第三居民组路灯损坏，夜间出行不便', submitterName: '刘大爷', submitterPhone: '13912345678',
        forwardedTo: '场部基建科', forwardedOn: '2025-05-08', answer: '已列入六月维修计划', answeredOn: '2025-05-20',
        adoption: 'PARTLY', adoptionReason: '先修主路段，支路明年安排',
      },
    })).createOpinion;
    expect(o.submitterPhone).toBe('139****5678');
    expect(o.warnings).toEqual([]);
    const logs = await api.ok<{ auditLogs: { items: { action: string; changes: Record<string, [unknown, unknown]> }[] } }>(
      `query($id: ID!) { auditLogs(filter: { entity: "Opinion", entityId: $id }) { items { action changes } } }`, { id: o.id },
    );
    expect(logs.auditLogs.items.map((l) => l.action)).toEqual(['CREATE']);
    expect(logs.auditLogs.items[0]?.changes['phone']).toEqual([null, '139****5678']);
  });

  it('shows S6.FORWARD on an opinion not forwarded within the days allowed', async () => {
    const o = (await api.ok<{ createOpinion: { warnings: { code: string; severity: string }[] } }>(OPINION, { i: { channelId, receivedOn: '2025-02-01', content: '希望增加公交班次' } })).createOpinion;
    expect(o.warnings.map((x) => x.code)).toEqual(['S6.FORWARD.NOT_FORWARDED']);
  });

  it.each([
    ['an answer before it was forwarded', { answer: '已答复', answeredOn: '2025-05-10' }, 'forwardedOn'],
    ['a forwarding date before it was received', { forwardedTo: '场部', forwardedOn: '2025-05-01' }, 'forwardedOn'],
    ['partly adopted without a reason', { forwardedTo: '场部', forwardedOn: '2025-05-08', answer: '好', answeredOn: '2025-05-09', adoption: 'PARTLY' }, 'adoptionReason'],
    ['adoption before any answer', { adoption: 'ADOPTED' }, 'answeredOn'],
    ['a malformed phone number', { submitterPhone: '12345' }, 'submitterPhone'],
    ['a date before the channel opened', { receivedOn: '2024-11-01' }, 'receivedOn'],
  ])('refuses %s and writes nothing', async (_name, extra, field) => {
    const before = await count('opinion');
    const r = await api.exec(OPINION, { i: { channelId, receivedOn: '2025-05-06', content: '意见', ...extra } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.['field']).toBe(field);
    expect(await count('opinion')).toBe(before);
  });

  it('answers CONFLICT for an edit made on an old version', async () => {
    const o = (await api.ok<{ createOpinion: { id: string; version: number } }>(OPINION, { i: { channelId, receivedOn: '2025-06-01', content: '意见' } })).createOpinion;
    await api.ok(UPDATE_OPINION, { id: o.id, i: { content: '意见（补充）', version: o.version } });
    const r = await api.exec(UPDATE_OPINION, { id: o.id, i: { content: '再改', version: o.version } });
    expect(codeOf(r)).toBe('CONFLICT');
  });

  describe('a decision touching the masses\' interests', () => {
    let id: string;
    let version: number;
    beforeAll(async () => {
      const d = (await api.ok<{ createDecision: { id: string; status: string; version: number } }>(DECISION, {
        i: { unitId: w.t.heshan.id, title: '2025年水费收缴标准调整', proposedOn: '2025-03-01' },
      })).createDecision;
      expect(d.status).toBe('PREPARING');
      id = d.id;
      version = d.version;
    });

    it('is refused as taken without a consultation before the decision (S6.DECISION), and nothing changes', async () => {
      const r = await api.exec(UPDATE_DECISION, {
        id, i: { decidedOn: '2025-04-01', riskAssessedOn: '2025-03-20', riskAssessment: '风险可控', consultations: [{ date: '2025-04-05', form: 'HEARING' }] },
      });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(ruleOf(r)).toBe('S6.DECISION.NO_CONSULTATION');
      const now = await api.ok<{ decision: { status: string; version: number; consultations: unknown[] } }>(`query($id: ID!) { decision(id: $id) { status version consultations { date } } }`, { id });
      expect(now.decision).toEqual({ status: 'PREPARING', version, consultations: [] });
    });

    it('is refused as taken without a risk assessment (S6.DECISION)', async () => {
      const r = await api.exec(UPDATE_DECISION, { id, i: { decidedOn: '2025-04-01', consultations: [{ date: '2025-03-15', form: 'FORUM', participants: 32 }] } });
      expect(ruleOf(r)).toBe('S6.DECISION.NO_RISK_ASSESSMENT');
    });

    it('is taken with both, and its feedback needs the published text', async () => {
      const taken = (await api.ok<{ updateDecision: { status: string } }>(UPDATE_DECISION, {
        id,
        i: {
          decidedOn: '2025-04-01', riskAssessedOn: '2025-03-20', riskLevel: 'LOW', riskAssessment: '经评估风险较低',
          consultations: [{ date: '2025-03-15', form: 'FORUM', participants: 32, summary: '职工代表座谈' }],
        },
      })).updateDecision;
      expect(taken.status).toBe('TAKEN');
      const noText = await api.exec(UPDATE_DECISION, { id, i: { feedbackPublishedOn: '2025-04-10' } });
      expect(r0(noText)).toBe('feedback');
      await api.ok(OPINION, {
        i: { channelId, receivedOn: '2025-03-16', content: '建议分两年调整，电话13700001111', decisionId: id, forwardedTo: '财务科', forwardedOn: '2025-03-17', answer: '采纳', answeredOn: '2025-04-02', adoption: 'ADOPTED' },
      });
      const published = (await api.ok<{ updateDecision: { status: string } }>(UPDATE_DECISION, {
        id, i: { feedbackPublishedOn: '2025-04-10', feedback: '采纳“分两年调整”的意见，2025年上调一半。' },
      })).updateDecision;
      expect(published.status).toBe('FEEDBACK_PUBLISHED');
    });

    it('shows only published feedback to anyone, without signing in, and no personal data', async () => {
      await api.ok(DECISION, { i: { unitId: w.t.heshan.id, title: '尚未公布的决策', proposedOn: '2025-05-01', feedback: '草拟中的反馈' } });
      const d = await api.ok<{ publicAdoptionFeedback: { unitName: string; decisions: { title: string; feedback: string; adopted: number }[] } }>(PUBLIC, { c: w.t.heshan.code }, ANONYMOUS);
      expect(d.publicAdoptionFeedback.unitName).toBe('鹤山农场');
      expect(d.publicAdoptionFeedback.decisions).toEqual([
        { title: '2025年水费收缴标准调整', feedback: '采纳“分两年调整”的意见，2025年上调一半。', adopted: 1, partlyAdopted: 0, notAdopted: 0 },
      ]);
      const unknown = await api.exec(PUBLIC, { c: 'NO-SUCH' }, ANONYMOUS);
      expect(codeOf(unknown)).toBe('NOT_FOUND');
    });

    it('serves the public page as HTML at /public/units/:code/feedback', async () => {
      const server = api.server.httpServer;
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = server.address() as AddressInfo;
        const res = await fetch(`http://127.0.0.1:${port}/public/units/${encodeURIComponent(w.t.heshan.code)}/feedback`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/html');
        const html = await res.text();
        expect(html).toContain('2025年水费收缴标准调整');
        expect(html).toContain('采纳 1 条');
        expect(html).not.toContain('尚未公布的决策');
        expect(html).not.toContain('草拟中的反馈');
        expect(html).not.toContain('13700001111');
        expect(html).not.toContain('刘大爷');
        const missing = await fetch(`http://127.0.0.1:${port}/public/units/NO-SUCH/feedback`);
        expect(missing.status).toBe(404);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });

    it('comes back as a DECISION fact with its consultations, and its opinions as OPINION facts', async () => {
      const facts = await opinionFactSource.load(db.orm.em.fork(), { from: '2025-01-01', to: '2025-12-31', unitPath: w.paths.heshan });
      const decision = facts.find((f) => f.id === id);
      expect(decision).toEqual({
        id, kind: 'DECISION', unitId: w.t.heshan.id, date: '2025-04-01', consultations: [{ date: '2025-03-15', form: 'FORUM' }],
        riskAssessedOn: '2025-03-20', feedbackPublishedOn: '2025-04-10',
      });
      expect(facts.filter((f) => f.kind === 'OPINION').every((f) => f.unitId === w.t.heshan.id)).toBe(true);
      expect(facts.some((f) => f.kind === 'OPINION_CHANNEL' && f.id === channelId && f.channel === 'HOTLINE')).toBe(true);
      expect(facts.some((f) => f.kind === 'ANALYSIS')).toBe(true);
      const other = await opinionFactSource.load(db.orm.em.fork(), { from: '2025-01-01', to: '2025-12-31', unitPath: w.paths.other });
      expect(other.some((f) => f.id === id)).toBe(false);
    });
  });

  it('lets a HEAD read opinions but not record them, and a CADRE neither record channels nor opinions', async () => {
    const list = await api.ok<{ opinions: { total: number } }>(`{ opinions { total } }`, {}, w.callers.head.headers);
    expect(list.opinions.total).toBeGreaterThan(0);
    const head = await api.exec(OPINION, { i: { channelId, receivedOn: '2025-05-06', content: '意见' } }, w.callers.head.headers);
    expect(codeOf(head)).toBe('FORBIDDEN');
    const cadre = await api.exec(CHANNEL, { i: { unitId: w.t.area1.id, kind: 'BOX', name: '意见箱', openedOn: '2025-01-01' } }, w.callers.cadre.headers);
    expect(codeOf(cadre)).toBe('FORBIDDEN');
  });

  it('refuses an analysis whose period ends before it starts, writing nothing', async () => {
    const before = await count('opinion_analysis');
    const r = await api.exec(`mutation($i: CreateOpinionAnalysisInput!) { createOpinionAnalysis(input: $i) { id } }`, {
      i: { unitId: w.t.heshan.id, madeOn: '2025-07-05', periodFrom: '2025-06-30', periodTo: '2025-04-01', title: '二季度分析', findings: '……' },
    });
    expect(r.errors?.[0]?.extensions?.['field']).toBe('periodTo');
    expect(await count('opinion_analysis')).toBe(before);
  });
});

function r0(r: GqlResult): unknown {
  return r.errors?.[0]?.extensions?.['field'];
}
