import { lianxiSchema } from '../../graphql/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { receptionWorld, type ReceptionWorld } from '../reception/reception.test-world.js';
import { visitCaseFactSource } from './visit-case.facts.js';

const FIELDS = `id state version visitorCount collective receivedByLeader visitors { name phone } representatives { name phone }
  decision acceptedOn redirectedTo channel assignedOn handlingUnitId responsiblePersonId supervisions { number date }
  objections { date reason } extensionDays handleDueOn acceptDueOn closedOn reply repliedOn satisfaction withdrawnOn archivedOn
  clocks { kind dueOn status daysLeft stoppedOn } warnings { code }`;
const CREATE = `mutation($i: CreateVisitCaseInput!) { createVisitCase(input: $i) { ${FIELDS} } }`;
const STEP = (name: string, input: string) => `mutation($id: ID!, $i: ${input}!) { x: ${name}(id: $id, input: $i) { ${FIELDS} } }`;
const DECIDE = STEP('decideVisitCase', 'DecideVisitCaseInput');
const ASSIGN = STEP('assignVisitCase', 'AssignVisitCaseInput');
const OBJECT = STEP('objectToVisitCaseAssignment', 'ObjectToVisitCaseAssignmentInput');
const SUPERVISE = STEP('superviseVisitCase', 'SuperviseVisitCaseInput');
const EXTEND = STEP('extendVisitCase', 'ExtendVisitCaseInput');
const TALK = STEP('recordVisitCaseConversation', 'RecordVisitCaseConversationInput');
const CLOSE = STEP('closeVisitCase', 'CloseVisitCaseInput');
const WITHDRAW = STEP('withdrawVisitCase', 'WithdrawVisitCaseInput');
const ARCHIVE = STEP('archiveVisitCase', 'ArchiveVisitCaseInput');
const GET = `query($id: ID!) { visitCase(id: $id) { ${FIELDS} } }`;
const LIST = `query($f: VisitCaseFilter) { visitCases(filter: $f, perPage: 500) { total items { id state } } }`;

interface Case {
  id: string;
  state: string;
  version: number;
  visitorCount: number;
  collective: boolean;
  receivedByLeader: boolean;
  visitors: { name: string; phone: string | null }[];
  representatives: { name: string; phone: string | null }[];
  decision: string | null;
  channel: string | null;
  redirectedTo: string | null;
  supervisions: { number: number; date: string }[];
  objections: { date: string; reason: string }[];
  extensionDays: number | null;
  handleDueOn: string | null;
  acceptDueOn: string;
  reply: string | null;
  clocks: { kind: string; dueOn: string; status: string; daysLeft: number | null; stoppedOn: string | null }[];
  warnings: { code: string }[];
}

const err = (r: GqlResult) => r.errors?.[0]?.extensions as { code?: string; rule?: string; field?: string } | undefined;

describe('visit cases (S4.FORMS, the four forms and one record)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: ReceptionWorld;
  const count = async () => Number((await db.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from visit_case'))[0]?.n);
  const register = async (extra: Record<string, unknown> = {}) =>
    (await api.ok<{ createVisitCase: Case }>(CREATE, {
      i: { unitId: w.t.heshan.id, registeredOn: '2025-03-03', visitors: [{ name: '张桂兰', phone: '13912345678' }], matter: '土地承包费退还', category: 'CLAIM_COMPLAINT', ...extra },
    })).createVisitCase;
  const step = async (doc: string, id: string, i: Record<string, unknown>, headers?: Record<string, string>) => api.exec<{ x: Case }>(doc, { id, i }, headers);
  const ok = async (doc: string, id: string, i: Record<string, unknown>) => {
    const r = await step(doc, id, i);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return (r.data as { x: Case }).x;
  };
  const get = async (id: string) => (await api.ok<{ visitCase: Case }>(GET, { id })).visitCase;
  const accepted = async () => ok(DECIDE, (await register()).id, { decision: 'ACCEPTED', date: '2025-03-05' });
  const assigned = async () =>
    ok(ASSIGN, (await accepted()).id, { date: '2025-03-06', handlingUnitId: w.t.area1.id, responsiblePersonId: w.farmDeputy, instruction: '核实并答复' });

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await receptionWorld(api);
  });
  afterAll(async () => db?.drop());

  it('takes a case from registration through acceptance, assignment, supervision and closure with a reply, then archives it', async () => {
    const c = await register({ receiverId: w.farmHead });
    expect(c.state).toBe('REGISTERED');
    expect(c.acceptDueOn).toBe('2025-03-18');
    const a = await ok(DECIDE, c.id, { decision: 'ACCEPTED', date: '2025-03-05' });
    expect([a.state, a.channel, a.handleDueOn]).toEqual(['ACCEPTED', 'PETITION', '2025-05-04']);
    const b = await ok(ASSIGN, c.id, { date: '2025-03-06', handlingUnitId: w.t.area1.id, responsiblePersonId: w.farmDeputy });
    expect(b.state).toBe('ASSIGNED');
    await ok(SUPERVISE, c.id, { date: '2025-03-20', supervisor: '刘场长', instruction: '月底前办结' });
    const s2 = await ok(SUPERVISE, c.id, { date: '2025-03-28', supervisor: '刘场长', instruction: '加快', progress: '已核实' });
    expect(s2.supervisions.map((s) => s.number)).toEqual([1, 2]);
    expect(s2.state).toBe('SUPERVISED');
    await ok(TALK, c.id, { date: '2025-03-03', record: '来访人反映承包费多收，接谈人当场登记。' });
    const closed = await ok(CLOSE, c.id, { date: '2025-04-02', result: '退还多收承包费1200元', reply: '已书面答复', satisfaction: 'SATISFIED' });
    expect(closed.state).toBe('CLOSED');
    expect(closed.clocks.find((k) => k.kind === 'HANDLE')).toMatchObject({ status: 'MET', stoppedOn: '2025-04-02' });
    const archived = await ok(ARCHIVE, c.id, { date: '2025-04-10' });
    expect(archived.state).toBe('ARCHIVED');
    const audit = await db.orm.em.fork().getConnection().execute<{ n: string }[]>(
      `select count(*) as n from audit_log where entity_id = ?`,
      [c.id],
    );
    expect(Number(audit[0]?.n)).toBeGreaterThanOrEqual(8);
  });

  it('masks the visitors\' names and phones in every answer', async () => {
    const c = await register();
    expect(c.visitors).toEqual([{ name: '张**', phone: '139****5678' }]);
  });

  describe('refuses each illegal step with a code, writing nothing', () => {
    const refusedWith = async (r: GqlResult, rule: string, id: string, version: number) => {
      expect(err(r)).toMatchObject({ code: 'BAD_USER_INPUT', rule });
      expect((await get(id)).version).toBe(version);
    };

    it('refuses to assign a case that was not accepted (S4.FORMS.ILLEGAL_STEP)', async () => {
      const c = await register();
      await refusedWith(await step(ASSIGN, c.id, { date: '2025-03-06', handlingUnitId: w.t.area1.id, responsiblePersonId: w.farmDeputy }), 'S4.FORMS.ILLEGAL_STEP', c.id, c.version);
    });

    it('refuses to decide twice', async () => {
      const c = await accepted();
      await refusedWith(await step(DECIDE, c.id, { decision: 'ACCEPTED', date: '2025-03-06' }), 'S4.FORMS.ILLEGAL_STEP', c.id, c.version);
    });

    it('refuses an assignment without the person responsible (S4.FORMS.ASSIGNEE)', async () => {
      const c = await accepted();
      await refusedWith(await step(ASSIGN, c.id, { date: '2025-03-06', handlingUnitId: w.t.area1.id }), 'S4.FORMS.ASSIGNEE', c.id, c.version);
    });

    it('refuses to supervise a case before it is assigned', async () => {
      const c = await accepted();
      await refusedWith(await step(SUPERVISE, c.id, { date: '2025-03-20', supervisor: '刘', instruction: '督办' }), 'S4.FORMS.ILLEGAL_STEP', c.id, c.version);
    });

    it('refuses to close a case that was never supervised (S4.FORMS.OUT_OF_ORDER)', async () => {
      const c = await assigned();
      await ok(TALK, c.id, { date: '2025-03-07', record: '接谈' });
      const v = (await get(c.id)).version;
      await refusedWith(await step(CLOSE, c.id, { date: '2025-04-01', result: '已办', reply: '已答复' }), 'S4.FORMS.OUT_OF_ORDER', c.id, v);
    });

    it('refuses to close a case without a reply to the visitor (办结必复, S4.FORMS.REPLY)', async () => {
      const c = await assigned();
      await ok(SUPERVISE, c.id, { date: '2025-03-20', supervisor: '刘', instruction: '督办' });
      const t = await ok(TALK, c.id, { date: '2025-03-07', record: '接谈' });
      const r = await step(CLOSE, c.id, { date: '2025-04-01', result: '已办' });
      await refusedWith(r, 'S4.FORMS.REPLY', c.id, t.version);
      expect(err(r)?.field).toBe('reply');
    });

    it('refuses to close a case without the conversation record (S4.FORMS.RECORD)', async () => {
      const c = await assigned();
      const s = await ok(SUPERVISE, c.id, { date: '2025-03-20', supervisor: '刘', instruction: '督办' });
      await refusedWith(await step(CLOSE, c.id, { date: '2025-04-01', result: '已办', reply: '已答复' }), 'S4.FORMS.RECORD', c.id, s.version);
    });

    it('refuses a step dated before the one it follows (S4.FORMS.DATE_ORDER)', async () => {
      const c = await accepted();
      await refusedWith(await step(ASSIGN, c.id, { date: '2025-03-04', handlingUnitId: w.t.area1.id, responsiblePersonId: w.farmDeputy }), 'S4.FORMS.DATE_ORDER', c.id, c.version);
    });

    it('refuses to accept a litigation-related case: it goes to the legal channel (S4.LEGAL)', async () => {
      const c = await register({ category: 'LITIGATION' });
      await refusedWith(await step(DECIDE, c.id, { decision: 'ACCEPTED', date: '2025-03-05' }), 'S4.LEGAL.CHANNEL', c.id, c.version);
      const routed = await ok(DECIDE, c.id, { decision: 'LEGAL_CHANNEL', date: '2025-03-05' });
      expect([routed.state, routed.channel]).toEqual(['ROUTED_LEGAL', 'LEGAL']);
    });

    it('refuses a cross-level decision that names no proper level (S4.LEVEL), and records one that does', async () => {
      const c = await register();
      await refusedWith(await step(DECIDE, c.id, { decision: 'CROSS_LEVEL', date: '2025-03-05' }), 'S4.LEVEL.NOT_REDIRECTED', c.id, c.version);
      const d = await ok(DECIDE, c.id, { decision: 'CROSS_LEVEL', date: '2025-03-05', redirectedTo: '鹤山农场信访办' });
      expect([d.state, d.redirectedTo, d.decision]).toEqual(['NOT_ACCEPTED', '鹤山农场信访办', 'CROSS_LEVEL']);
      await refusedWith(await step(ASSIGN, c.id, { date: '2025-03-06', handlingUnitId: w.t.area1.id, responsiblePersonId: w.farmDeputy }), 'S4.FORMS.ILLEGAL_STEP', c.id, d.version);
    });

    it('refuses any step on a closed or withdrawn case', async () => {
      const c = await register();
      const x = await ok(WITHDRAW, c.id, { date: '2025-03-04', reason: '来访人撤回' });
      expect(x.state).toBe('WITHDRAWN');
      await refusedWith(await step(DECIDE, c.id, { decision: 'ACCEPTED', date: '2025-03-05' }), 'S4.FORMS.ILLEGAL_STEP', c.id, x.version);
    });

    it('answers CONFLICT to an edit made on a stale version', async () => {
      const c = await register();
      const r = await step(DECIDE, c.id, { decision: 'ACCEPTED', date: '2025-03-05', version: c.version - 1 });
      expect(err(r)?.code).toBe('CONFLICT');
      expect((await get(c.id)).state).toBe('REGISTERED');
    });
  });

  describe('collective visits (S4.COLLECTIVE, 信访工作条例 Art. 20)', () => {
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}`, phone: null }));
    const collective = (extra: Record<string, unknown>) => ({
      unitId: w.t.heshan.id, registeredOn: '2025-03-03', visitors: [{ name: '李明' }], visitorCount: 30, matter: '水费上涨', category: 'CLAIM_COMPLAINT', ...extra,
    });

    it('refuses six representatives, writing nothing', async () => {
      const before = await count();
      const r = await api.exec(CREATE, { i: collective({ receiverId: w.farmHead, representatives: reps(6) }) });
      expect(err(r)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'S4.COLLECTIVE.REPRESENTATIVES', field: 'representatives' });
      expect(await count()).toBe(before);
    });

    it('refuses a collective visit without representatives', async () => {
      const before = await count();
      const r = await api.exec(CREATE, { i: collective({ receiverId: w.farmHead }) });
      expect(err(r)?.rule).toBe('S4.COLLECTIVE.NO_REPRESENTATIVES');
      expect(await count()).toBe(before);
    });

    it('refuses a collective visit received by someone without a leadership post', async () => {
      const before = await count();
      const r = await api.exec(CREATE, { i: collective({ receiverId: w.clerk, representatives: reps(5) }) });
      expect(err(r)).toMatchObject({ rule: 'S4.COLLECTIVE.NO_LEADER', field: 'receiverId' });
      expect(await count()).toBe(before);
    });

    it('registers five representatives received by the farm head', async () => {
      const c = (await api.ok<{ createVisitCase: Case }>(CREATE, { i: collective({ receiverId: w.farmHead, representatives: reps(5) }) })).createVisitCase;
      expect([c.collective, c.receivedByLeader, c.representatives.length]).toEqual([true, true, 5]);
    });
  });

  it('returns the same case for a retried submission with the same idempotency key', async () => {
    const before = await count();
    const a = await register({ idempotencyKey: 'form-2025-03-03-001' });
    const b = await register({ idempotencyKey: 'form-2025-03-03-001' });
    expect(b.id).toBe(a.id);
    expect(await count()).toBe(before + 1);
  });

  describe('deadlines (信访工作条例 2022)', () => {
    it('allows one extension of at most 30 days with a reason, and moves the handling deadline', async () => {
      const c = await accepted();
      const over = await step(EXTEND, c.id, { date: '2025-04-01', days: 31, reason: '情况复杂' });
      expect(err(over)?.rule).toBe('S4.SLA.EXTENSION');
      const e = await ok(EXTEND, c.id, { date: '2025-04-01', days: 30, reason: '情况复杂' });
      expect([e.extensionDays, e.handleDueOn]).toEqual([30, '2025-06-03']);
      const again = await step(EXTEND, c.id, { date: '2025-04-02', days: 5, reason: '再延' });
      expect(err(again)?.rule).toBe('S4.SLA.EXTENSION_REPEATED');
      expect((await get(c.id)).version).toBe(e.version);
    });

    it('takes an objection within 5 working days of the assignment, counted across the National Day holiday', async () => {
      const mk = async () => {
        const c = await register({ registeredOn: '2025-09-25' });
        await ok(DECIDE, c.id, { decision: 'ACCEPTED', date: '2025-09-26' });
        return ok(ASSIGN, c.id, { date: '2025-09-30', handlingUnitId: w.t.area1.id, responsiblePersonId: w.farmDeputy });
      };
      const late = await mk();
      const r = await step(OBJECT, late.id, { date: '2025-10-15', reason: '不属本单位职责' });
      expect(err(r)?.rule).toBe('S4.SLA.OBJECTION_LATE');
      expect((await get(late.id)).state).toBe('ASSIGNED');
      const onTime = await mk();
      const o = await ok(OBJECT, onTime.id, { date: '2025-10-14', reason: '不属本单位职责' });
      expect([o.state, o.objections.length]).toEqual(['ACCEPTED', 1]);
    });

    it('lists a case left undecided past 15 days as overdue, with its clock and the rules\' warning', async () => {
      const c = await register({ registeredOn: '2025-01-02' });
      const list = await api.ok<{ visitCases: { items: { id: string }[] } }>(LIST, { f: { clock: 'OVERDUE' } });
      expect(list.visitCases.items.map((i) => i.id)).toContain(c.id);
      expect(c.clocks.find((k) => k.kind === 'ACCEPT')?.status).toBe('OVERDUE');
      expect(c.warnings.map((x) => x.code)).toContain('S4.SLA.ACCEPT');
    });
  });

  describe('never lost', () => {
    it('has no mutation that deletes a case', async () => {
      const names = Object.keys((await lianxiSchema()).getMutationType()?.getFields() ?? {});
      expect(names.filter((n) => /visitcase/i.test(n) && /delete|remove|purge/i.test(n))).toEqual([]);
    });

    it('refuses DELETE and TRUNCATE on the table in the database itself', async () => {
      const c = await register();
      const sql = (q: string) => db.orm.em.fork().getConnection().execute(q, []);
      await expect(sql(`delete from visit_case where id = '${c.id}'`)).rejects.toThrow(/never deleted/);
      await expect(sql('truncate visit_case')).rejects.toThrow(/never deleted/);
      expect((await get(c.id)).id).toBe(c.id);
    });

    it('keeps a withdrawn case and lists it', async () => {
      const c = await register();
      await ok(WITHDRAW, c.id, { date: '2025-03-04', reason: '已协商解决' });
      const list = await api.ok<{ visitCases: { items: { id: string; state: string }[] } }>(LIST, { f: { states: ['WITHDRAWN'] } });
      expect(list.visitCases.items.find((i) => i.id === c.id)?.state).toBe('WITHDRAWN');
    });
  });

  describe('access', () => {
    it('lets a HEAD read cases but not register or move them', async () => {
      const c = await register();
      expect((await api.ok<{ visitCase: Case }>(GET, { id: c.id }, w.headers.head)).visitCase.id).toBe(c.id);
      const r = await step(DECIDE, c.id, { decision: 'ACCEPTED', date: '2025-03-05' }, w.headers.head);
      expect(err(r)?.code).toBe('FORBIDDEN');
      const cr = await api.exec(CREATE, { i: { unitId: w.t.heshan.id, registeredOn: '2025-03-03', visitors: [{ name: '甲' }], matter: '事', category: 'SUGGESTION' } }, w.headers.head);
      expect(err(cr)?.code).toBe('FORBIDDEN');
    });

    it('refuses a farm ADMIN a case of the other farm', async () => {
      const c = await register({ unitId: w.t.other.id });
      const r = await step(DECIDE, c.id, { decision: 'ACCEPTED', date: '2025-03-05' }, w.headers.farmAdmin);
      expect(err(r)?.code).toBe('FORBIDDEN');
      expect((await get(c.id)).state).toBe('REGISTERED');
    });
  });

  it('gives compliance the case as a VISIT_CASE fact', async () => {
    const c = await assigned();
    const facts = await visitCaseFactSource.load(db.orm.em.fork(), { from: '2025-03-01', to: '2025-03-31', unitPath: '/' });
    expect(facts.find((f) => f.id === c.id)).toMatchObject({
      kind: 'VISIT_CASE', date: '2025-03-03', acceptedOn: '2025-03-05', assignedOn: '2025-03-06', handlingUnitId: w.t.area1.id,
      responsiblePersonId: w.farmDeputy, visitorCount: 1, crossLevel: false, channel: 'PETITION', conversationRecord: false,
    });
  });
});
