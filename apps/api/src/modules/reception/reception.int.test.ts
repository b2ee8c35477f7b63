import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type LianxiServer } from '../../server.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { receptionFactSource } from './reception.facts.js';
import { receptionWorld, type ReceptionWorld } from './reception.test-world.js';

const RD = 'id personId unitId occurredOn span startTime endTime place mode jointDepartments participants announcedAt version warnings { code severity }';
const CREATE = `mutation($i: CreateReceptionDayInput!) { createReceptionDay(input: $i) { ${RD} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateReceptionDayInput!) { updateReceptionDay(id: $id, input: $i) { ${RD} } }`;
const ANNOUNCE = `mutation($id: ID!, $at: DateTime) { announceReceptionDay(id: $id, at: $at) { ${RD} } }`;
const DUTY = `mutation($i: CreateDutyDayInput!) { createDutyDay(input: $i) { id personId occurredOn } }`;
const MONTH = `query($u: ID!, $m: String!, $w: Boolean) { dutyRosterMonth(unitId: $u, month: $m, workingDaysOnly: $w) { workingDaysOnly gaps doubles days { date workingDay status duty { personId } } } }`;
const FILL = `mutation($i: FillDutyRosterInput!) { fillDutyRoster(input: $i) { gaps doubles days { date status duty { personId } } } }`;

interface Day {
  id: string;
  personId: string;
  occurredOn: string;
  span: string;
  place: string;
  announcedAt: string | null;
  version: number;
  warnings: { code: string; severity: string }[];
}
const err = (r: GqlResult) => r.errors?.[0]?.extensions as { code?: string; rule?: string; field?: string } | undefined;

describe('reception days, the farm duty roster and the public schedule (S4)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: ReceptionWorld;
  let http: LianxiServer;
  let base: string;
  const rows = async (table: string) => Number((await db.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0]?.n);

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await receptionWorld(api);
    http = await createServer(db.orm, { logError: () => {} });
    await new Promise<void>((resolve) => http.httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await http?.stop();
    http?.httpServer.close();
    await db?.drop();
  });

  describe('reception days', () => {
    it('lets a CADRE record their own reception day, taking their person when none is named', async () => {
      const d = (await api.ok<{ createReceptionDay: Day }>(CREATE, { i: { date: '2025-04-10', place: '鹤山农场信访接待室', mode: 'FIXED_POINT', jointDepartments: ['司法所'] } }, w.headers.cadre)).createReceptionDay;
      expect(d.personId).toBe(w.farmDeputy);
      const audit = await db.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from audit_log where entity_id = ? and action = 'CREATE'`, [d.id]);
      expect(Number(audit[0]?.n)).toBe(1);
    });

    it('refuses a CADRE a reception day of someone else, writing nothing', async () => {
      const before = await rows('reception_day');
      const r = await api.exec(CREATE, { i: { personId: w.farmHead, date: '2025-04-11', place: '接待室' } }, w.headers.cadre);
      expect(err(r)?.code).toBe('FORBIDDEN');
      expect(await rows('reception_day')).toBe(before);
    });

    it('refuses a CADRE a change to another leader\'s day, and lets them change their own', async () => {
      const other = (await api.ok<{ createReceptionDay: Day }>(CREATE, { i: { personId: w.farmHead, date: '2025-04-12', place: '接待室' } })).createReceptionDay;
      expect(err(await api.exec(UPDATE, { id: other.id, i: { place: '改' } }, w.headers.cadre))?.code).toBe('FORBIDDEN');
      const mine = (await api.ok<{ createReceptionDay: Day }>(CREATE, { i: { date: '2025-04-13', place: '接待室' } }, w.headers.cadre)).createReceptionDay;
      const changed = (await api.ok<{ updateReceptionDay: Day }>(UPDATE, { id: mine.id, i: { place: '第一管理区办公室', version: mine.version } }, w.headers.cadre)).updateReceptionDay;
      expect(changed.place).toBe('第一管理区办公室');
    });

    it('lets a HEAD read reception days but not record one', async () => {
      const r = await api.exec(CREATE, { i: { personId: w.farmHead, date: '2025-04-14', place: '接待室' } }, w.headers.head);
      expect(err(r)?.code).toBe('FORBIDDEN');
      const list = await api.ok<{ receptionDays: { total: number } }>(`{ receptionDays { total } }`, {}, w.headers.head);
      expect(list.receptionDays.total).toBeGreaterThan(0);
    });

    it('refuses a second reception of the same leader at the same time (RECEPTION.DOUBLE_BOOKED), but takes the other half day', async () => {
      await api.ok(CREATE, { i: { personId: w.bureauLeader, date: '2025-05-06', span: 'MORNING', place: '管理局信访大厅' } });
      const before = await rows('reception_day');
      const r = await api.exec(CREATE, { i: { personId: w.bureauLeader, date: '2025-05-06', span: 'WHOLE_DAY', place: '另一处' } });
      expect(err(r)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'RECEPTION.DOUBLE_BOOKED' });
      expect(await rows('reception_day')).toBe(before);
      await api.ok(CREATE, { i: { personId: w.bureauLeader, date: '2025-05-06', span: 'AFTERNOON', place: '管理局信访大厅' } });
    });

    it('refuses hours that are not HH:MM or end before they start, writing nothing', async () => {
      const before = await rows('reception_day');
      expect(err(await api.exec(CREATE, { i: { personId: w.bureauLeader, date: '2025-05-07', place: '大厅', startTime: '8点' } }))?.field).toBe('startTime');
      expect(err(await api.exec(CREATE, { i: { personId: w.bureauLeader, date: '2025-05-07', place: '大厅', startTime: '15:00', endTime: '09:00' } }))?.rule).toBe('RECEPTION.TIME_ORDER');
      expect(err(await api.exec(CREATE, { i: { personId: w.bureauLeader, date: '2025-05-07', place: '  ' } }))?.field).toBe('place');
      expect(await rows('reception_day')).toBe(before);
    });

    it('flags a day published only on the day itself (S4.ANNOUNCED) and clears it for one published the day before', async () => {
      const late = (await api.ok<{ createReceptionDay: Day }>(CREATE, { i: { personId: w.bureauLeader, date: '2025-06-10', place: '大厅', announcedAt: '2025-06-10T00:30:00Z' } })).createReceptionDay;
      expect(late.warnings.map((x) => x.code)).toEqual(['S4.ANNOUNCED.LATE']);
      const d = (await api.ok<{ createReceptionDay: Day }>(CREATE, { i: { personId: w.bureauLeader, date: '2025-06-17', place: '大厅' } })).createReceptionDay;
      expect(d.warnings.map((x) => x.code)).toEqual(['S4.ANNOUNCED.LATE']);
      const a = (await api.ok<{ announceReceptionDay: Day }>(ANNOUNCE, { id: d.id, at: '2025-06-15T02:00:00Z' })).announceReceptionDay;
      expect(a.warnings).toEqual([]);
      const again = await api.exec(ANNOUNCE, { id: d.id });
      expect(err(again)?.rule).toBe('RECEPTION.ALREADY_ANNOUNCED');
    });
  });

  describe('farm duty roster (S4.FARM_DAILY)', () => {
    it('refuses duty for someone without a farm leadership post, and duty at a unit that is not a farm, writing nothing', async () => {
      const before = await rows('duty_day');
      expect(err(await api.exec(DUTY, { i: { unitId: w.t.heshan.id, personId: w.clerk, date: '2025-03-03' } }))?.rule).toBe('S4.FARM_DAILY.NOT_A_LEADER');
      expect(err(await api.exec(DUTY, { i: { unitId: w.t.area1.id, personId: w.farmHead, date: '2025-03-03' } }))?.rule).toBe('DUTY.NOT_A_FARM');
      expect(await rows('duty_day')).toBe(before);
    });

    it('refuses the same leader twice on one day', async () => {
      await api.ok(DUTY, { i: { unitId: w.t.heshan.id, personId: w.farmHead, date: '2025-02-03' } });
      const r = await api.exec(DUTY, { i: { unitId: w.t.heshan.id, personId: w.farmHead, date: '2025-02-03' } });
      expect(err(r)?.rule).toBe('DUTY.DOUBLE_BOOKED');
    });

    it('shows the gaps and the double bookings of a month', async () => {
      await api.ok(DUTY, { i: { unitId: w.t.heshan.id, personId: w.farmDeputy, date: '2025-02-03' } });
      const m = (await api.ok<{ dutyRosterMonth: { gaps: string[]; doubles: string[]; days: { date: string; status: string }[] } }>(MONTH, { u: w.t.heshan.id, m: '2025-02' })).dutyRosterMonth;
      expect(m.doubles).toEqual(['2025-02-03']);
      expect(m.gaps).toHaveLength(27);
      expect(m.days).toHaveLength(28);
    });

    it('fills the working days of October 2025 from a rotation, leaving the National Day holiday alone but not the worked Saturday', async () => {
      const r = (await api.ok<{ fillDutyRoster: { gaps: string[]; days: { date: string; status: string; duty: { personId: string }[] }[] } }>(FILL, {
        i: { unitId: w.t.heshan.id, month: '2025-10', personIds: [w.farmHead, w.farmDeputy], workingDaysOnly: true },
      })).fillDutyRoster;
      expect(r.gaps).toEqual([]);
      const byDate = new Map(r.days.map((d) => [d.date, d]));
      expect(byDate.get('2025-10-03')?.status).toBe('NOT_REQUIRED');
      expect(byDate.get('2025-10-11')?.status).toBe('COVERED');
      expect(byDate.get('2025-10-09')?.duty.map((d) => d.personId)).toEqual([w.farmHead]);
      expect(byDate.get('2025-10-10')?.duty.map((d) => d.personId)).toEqual([w.farmDeputy]);
      // 23 working days: 31 days − 8 holiday days − 4 ordinary weekend days + the worked Saturday… counted by the calendar.
      expect(r.days.filter((d) => d.status === 'COVERED')).toHaveLength(r.days.filter((d) => d.status !== 'NOT_REQUIRED').length);
    });

    it('refuses a rotation with someone outside the leadership team', async () => {
      const before = await rows('duty_day');
      const r = await api.exec(FILL, { i: { unitId: w.t.heshan.id, month: '2025-11', personIds: [w.farmHead, w.clerk] } });
      expect(err(r)?.rule).toBe('S4.FARM_DAILY.NOT_A_LEADER');
      expect(await rows('duty_day')).toBe(before);
    });

    it('refuses a farm ADMIN the roster of the other farm', async () => {
      const r = await api.exec(FILL, { i: { unitId: w.t.other.id, month: '2025-11', personIds: [w.otherLeader] } }, w.headers.farmAdmin);
      expect(err(r)?.code).toBe('FORBIDDEN');
    });
  });

  describe('public schedule', () => {
    let announced: Day;
    let hidden: Day;
    beforeAll(async () => {
      const soon = new Date(Date.now() + 5 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
      announced = (await api.ok<{ createReceptionDay: Day }>(CREATE, {
        i: { personId: w.farmHead, date: soon, span: 'MORNING', place: '鹤山农场信访接待室, 二楼', mode: 'APPOINTMENT', jointDepartments: ['信访办', '司法所'], announcedAt: new Date().toISOString() },
      })).createReceptionDay;
      hidden = (await api.ok<{ createReceptionDay: Day }>(CREATE, { i: { personId: w.farmDeputy, date: soon, place: '未公告的地点' } })).createReceptionDay;
      await api.ok(`mutation($i: CreateVisitCaseInput!) { createVisitCase(input: $i) { id } }`, {
        i: { unitId: w.t.heshan.id, registeredOn: '2025-03-03', visitors: [{ name: '秘密来访人', phone: '13700009999' }], matter: '不应公开的信访事项', category: 'SUGGESTION' },
      });
    });

    it('serves the HTML page without signing in, with the announced day and nothing else', async () => {
      const res = await fetch(`${base}/public/units/${w.t.heshan.code}/reception`);
      expect(res.status).toBe(200);
      const page = await res.text();
      expect(page).toContain('刘场长');
      expect(page).toContain('场长');
      expect(page).toContain('预约接访');
      expect(page).not.toContain('未公告的地点');
      expect(page).not.toContain('秘密来访人');
      expect(page).not.toContain('13700009999');
      expect(page).not.toContain(announced.id);
    });

    it('serves an .ics feed that a real iCalendar parser reads, with only announced days', async () => {
      const res = await fetch(`${base}/public/units/${w.t.heshan.code}/reception.ics`);
      expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
      const text = await res.text();
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(1);
      const e = events[0] as InstanceType<typeof ICAL.Event>;
      expect(e.summary).toBe('刘场长（场长）接访');
      expect(e.location).toBe('鹤山农场信访接待室, 二楼');
      expect(e.startDate.toJSDate().toISOString()).toBe(new Date(`${announced.occurredOn}T08:30:00+08:00`).toISOString());
      expect(e.description).toContain('信访办、司法所');
      expect(text).not.toContain('未公告的地点');
      expect(text).not.toContain(hidden.id);
      expect(text).not.toContain('13700009999');
    });

    it('answers the GraphQL schedule to an anonymous caller, and 404 for an unknown unit', async () => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query($c: String!) { publicReceptionSchedule(unitCode: $c) { unitName days { leaderName leaderPost place } } }`, variables: { c: w.t.bureau.code } }),
      });
      const body = (await res.json()) as { data: { publicReceptionSchedule: { unitName: string; days: { leaderName: string }[] } } };
      expect(body.data.publicReceptionSchedule.unitName).toBe('九三管理局');
      expect(body.data.publicReceptionSchedule.days.map((d) => d.leaderName)).toEqual(['刘场长']);
      expect((await fetch(`${base}/public/units/NO-SUCH/reception`)).status).toBe(404);
    });
  });

  describe('printable forms (四单一记录)', () => {
    it('prints the forms of a case for a signed-in caller in scope, visitors masked; 401 anonymous, 404 outside the scope', async () => {
      const c = (await api.ok<{ createVisitCase: { id: string } }>(`mutation($i: CreateVisitCaseInput!) { createVisitCase(input: $i) { id } }`, {
        i: { unitId: w.t.other.id, registeredOn: '2025-03-03', visitors: [{ name: '赵秀芝', phone: '13600001234' }], matter: '供暖不达标', category: 'CLAIM_COMPLAINT' },
      })).createVisitCase;
      const page = await fetch(`${base}/print/visit-cases/${c.id}`, { headers: w.headers.bureauAdmin });
      expect(page.status).toBe(200);
      const text = await page.text();
      expect(text).toContain('群众来访登记单');
      expect(text).toContain('接谈记录');
      expect(text).toContain('赵**');
      expect(text).not.toContain('赵秀芝');
      expect(text).not.toContain('13600001234');
      expect((await fetch(`${base}/print/visit-cases/${c.id}`)).status).toBe(401);
      expect((await fetch(`${base}/print/visit-cases/${c.id}`, { headers: w.headers.farmAdmin })).status).toBe(404);
    });
  });

  it('gives compliance reception and duty days as facts, with the CST day of publication', async () => {
    const d = (await api.ok<{ createReceptionDay: Day }>(CREATE, { i: { personId: w.bureauLeader, date: '2025-07-08', place: '大厅', mode: 'APPOINTMENT', announcedAt: '2025-07-06T17:00:00Z' } })).createReceptionDay;
    const facts = await receptionFactSource.load(db.orm.em.fork(), { from: '2025-02-01', to: '2025-07-31', unitPath: '/' });
    expect(facts.find((f) => f.id === d.id)).toEqual({ id: d.id, kind: 'RECEPTION_DAY', personId: w.bureauLeader, unitId: w.t.bureau.id, date: '2025-07-08', mode: 'APPOINTMENT', announcedOn: '2025-07-07' });
    expect(facts.filter((f) => f.kind === 'DUTY_DAY' && f.date === '2025-02-03').map((f) => f.personId).sort()).toEqual([w.farmHead, w.farmDeputy].sort());
    const only = await receptionFactSource.load(db.orm.em.fork(), { from: '2025-02-01', to: '2025-07-31', unitPath: '/', personIds: [w.farmDeputy] });
    expect(only.filter((f) => f.kind === 'RECEPTION_DAY').every((f) => f.personId === w.farmDeputy)).toBe(true);
  });
});
