import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { auditOf, created } from '../common/record-kit.test-support.js';

const codeOf = (r: GqlResult): unknown => r.errors?.[0]?.extensions?.['code'];
const RESTORE = `mutation($t: String!, $id: ID!) { restoreRecord(recordType: $t, id: $id) }`;
const BIN = `query($f: DeletedRecordFilter) { deletedRecords(filter: $f, perPage: 100) { total items { recordType id summary personId person { id } unitId unitName occurredOn deletedAt deletedBy } } }`;
const PUBLIC = `query($c: String!) { publicAdoptionFeedback(unitCode: $c) { decisions { title adopted } } }`;
const ANONYMOUS = { cookie: 'lianxi_session=nothing' };

type Bin = { deletedRecords: { total: number; items: { recordType: string; id: string; summary: string | null; personId: string | null; unitName: string; deletedBy: string | null }[] } };
type Rule = { ruleId: string; actual: number };

describe('soft delete and the recycle bin', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let leaderId: string;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    // A farm leader: S1.DAYS.FARM counts their research days.
    leaderId = (await api.ok<{ createPerson: { id: string } }>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: {
        name: '张副场长', gender: 'MALE', birthDate: '1970-01-01', partyMember: true, partyJoinedOn: '1995-07-01', rank: 'DEPUTY_DIVISION', unitId: w.t.heshan.id,
        positions: [{ unitId: w.t.heshan.id, title: '副场长', leadershipTeam: true, from: '2020-01-01' }],
      },
    })).createPerson.id;
  });
  afterAll(async () => db?.drop());

  const farmDays = async (): Promise<number | undefined> => {
    const d = await api.ok<{ personCompliance: Rule[] }>(
      `query($id: ID!) { personCompliance(personId: $id, year: 2025) { ruleId actual } }`, { id: leaderId }, w.callers.admin.headers,
    );
    return d.personCompliance.find((r) => r.ruleId === 'S1.DAYS.FARM')?.actual;
  };
  const tripsOf = async (personId: string) =>
    (await api.ok<{ researchTrips: { total: number; items: { id: string }[] } }>(
      `query($p: ID!) { researchTrips(filter: { personId: $p }) { total items { id } } }`, { p: personId }, w.callers.admin.headers,
    )).researchTrips;

  describe('a research trip', () => {
    let tripId: string;

    it('counts while it stands', async () => {
      tripId = (await created(api, 'createResearchTrip', { personId: leaderId, occurredOn: '2025-05-06', endsOn: '2025-05-10', days: 5, purpose: '夏管调研' })).id;
      expect((await tripsOf(leaderId)).total).toBe(1);
      expect(await farmDays()).toBe(5);
    });

    it('once deleted, is gone from by-id, the list and its total, and the compliance actuals, but the row and an audit DELETE stay', async () => {
      const del = await api.exec(`mutation($id: ID!) { deleteResearchTrip(id: $id) { id } }`, { id: tripId }, w.callers.admin.headers);
      expect(del.errors).toBeUndefined();
      const byId = await api.exec(`query($id: ID!) { researchTrip(id: $id) { id } }`, { id: tripId }, w.callers.admin.headers);
      expect(codeOf(byId)).toBe('NOT_FOUND');
      expect(await tripsOf(leaderId)).toEqual({ total: 0, items: [] });
      expect(await farmDays()).toBe(0);
      const [row] = await db.orm.em.fork().getConnection().execute<{ deleted: boolean }[]>('select deleted_at is not null as deleted from research_trip where id = ?', [tripId]);
      expect(row?.deleted).toBe(true);
      const audit = await auditOf(db, tripId);
      expect(audit.map((a) => a.action)).toEqual(['CREATE', 'DELETE']);
      expect(Object.keys(audit[1]?.changes ?? {})).toEqual(['deletedAt']);
    });

    it('cannot be updated once deleted (NOT_FOUND), nor deleted twice', async () => {
      const upd = await api.exec(`mutation($id: ID!) { updateResearchTrip(id: $id, input: { days: 2 }) { id } }`, { id: tripId }, w.callers.admin.headers);
      expect(codeOf(upd)).toBe('NOT_FOUND');
      const again = await api.exec(`mutation($id: ID!) { deleteResearchTrip(id: $id) { id } }`, { id: tripId }, w.callers.admin.headers);
      expect(codeOf(again)).toBe('NOT_FOUND');
    });

    it('is listed in the ADMIN\'s recycle bin with what it was and who deleted it, and nowhere else', async () => {
      const bin = await api.ok<Bin>(BIN, { f: { recordType: 'ResearchTrip' } }, w.callers.admin.headers);
      const item = bin.deletedRecords.items.find((i) => i.id === tripId);
      expect(item).toMatchObject({ recordType: 'ResearchTrip', summary: '夏管调研', personId: leaderId, unitName: '鹤山农场' });
      expect(item?.deletedBy).toBeTruthy();
      // The fixture's deleted trip of 尖山农场 is not in 鹤山's bin.
      expect(bin.deletedRecords.items.map((i) => i.id)).not.toContain(w.deletedRecords.tripOut);
      expect(bin.deletedRecords.items.map((i) => i.id)).toContain(w.deletedRecords.tripIn);
      const other = await api.ok<Bin>(BIN, { f: {} }, w.callers.otherAdmin.headers);
      expect(other.deletedRecords.items.map((i) => i.id)).not.toContain(tripId);
      for (const c of [w.callers.head, w.callers.cadre, w.callers.token]) {
        expect(codeOf(await api.exec(BIN, { f: {} }, c.headers)), c.name).toBe('FORBIDDEN');
      }
    });

    it('cannot be restored by a HEAD, a CADRE or an API token, nor by the ADMIN of another farm', async () => {
      for (const c of [w.callers.head, w.callers.cadre, w.callers.token, w.callers.otherAdmin]) {
        const r = await api.exec(RESTORE, { t: 'ResearchTrip', id: tripId }, c.headers);
        expect(codeOf(r), c.name).toBe('FORBIDDEN');
      }
      expect((await auditOf(db, tripId)).map((a) => a.action)).toEqual(['CREATE', 'DELETE']);
    });

    it('is restored by the ADMIN: it reads, lists and counts again, with an audit RESTORE', async () => {
      const r = await api.ok<{ restoreRecord: boolean }>(RESTORE, { t: 'ResearchTrip', id: tripId }, w.callers.admin.headers);
      expect(r.restoreRecord).toBe(true);
      const byId = await api.ok<{ researchTrip: { id: string; days: number } }>(`query($id: ID!) { researchTrip(id: $id) { id days } }`, { id: tripId }, w.callers.admin.headers);
      expect(byId.researchTrip).toEqual({ id: tripId, days: 5 });
      expect((await tripsOf(leaderId)).total).toBe(1);
      expect(await farmDays()).toBe(5);
      expect((await auditOf(db, tripId)).map((a) => a.action)).toEqual(['CREATE', 'DELETE', 'RESTORE']);
      const bin = await api.ok<Bin>(BIN, { f: { recordType: 'ResearchTrip' } }, w.callers.admin.headers);
      expect(bin.deletedRecords.items.map((i) => i.id)).not.toContain(tripId);
    });

    it('answers NOT_FOUND to restoring a record that is not deleted, and BAD_USER_INPUT to an unknown or undeletable type', async () => {
      expect(codeOf(await api.exec(RESTORE, { t: 'ResearchTrip', id: tripId }, w.callers.admin.headers))).toBe('NOT_FOUND');
      expect(codeOf(await api.exec(RESTORE, { t: 'ResearchTrip', id: '00000000-0000-4000-8000-000000000000' }, w.callers.admin.headers))).toBe('NOT_FOUND');
      for (const t of ['Nonsense', 'VisitCase']) {
        const r = await api.exec(RESTORE, { t, id: tripId }, w.callers.admin.headers);
        expect(codeOf(r), t).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.extensions?.['field']).toBe('recordType');
      }
    });

    it('still answers CONFLICT to an update with a stale version', async () => {
      const r = await api.exec(`mutation($id: ID!) { updateResearchTrip(id: $id, input: { days: 2, version: 1 }) { id } }`, { id: tripId }, w.callers.admin.headers);
      expect(codeOf(r)).toBe('CONFLICT');
    });
  });

  it('lets a CADRE delete their own record, which they then cannot see, and it waits in the bin for the ADMIN', async () => {
    const mine = await created(api, 'createResearchTrip', { occurredOn: '2025-06-01', days: 1 }, 'id', w.callers.cadre.headers);
    const del = await api.exec(`mutation($id: ID!) { deleteResearchTrip(id: $id) { id } }`, { id: mine.id }, w.callers.cadre.headers);
    expect(del.errors).toBeUndefined();
    const byId = await api.exec(`query($id: ID!) { researchTrip(id: $id) { id } }`, { id: mine.id }, w.callers.cadre.headers);
    expect(codeOf(byId)).toBe('NOT_FOUND');
    const bin = await api.ok<Bin>(BIN, { f: { recordType: 'ResearchTrip' } }, w.callers.admin.headers);
    expect(bin.deletedRecords.items.find((i) => i.id === mine.id)?.deletedBy).toBeTruthy();
  });

  describe('an opinion (a unit-centred record)', () => {
    let opinionId: string;

    it('disappears from the list and from the public adoption page when deleted, and comes back when restored', async () => {
      const channelId = (await created(api, 'createOpinionChannel', { unitId: w.t.heshan.id, kind: 'HOTLINE', name: '回收站测试热线', openedOn: '2025-01-01' })).id;
      const decisionId = (await created(api, 'createDecision', { unitId: w.t.heshan.id, title: '居民小区停车管理办法', proposedOn: '2025-03-01' })).id;
      opinionId = (await created(api, 'createOpinion', {
        channelId, receivedOn: '2025-03-05', content: '建议划定固定车位', decisionId, forwardedTo: '物业科', forwardedOn: '2025-03-06', answer: '采纳', answeredOn: '2025-03-20', adoption: 'ADOPTED',
      })).id;
      await api.ok(`mutation($id: ID!, $i: UpdateDecisionInput!) { updateDecision(id: $id, input: $i) { id } }`, {
        id: decisionId,
        i: {
          decidedOn: '2025-03-25', riskAssessedOn: '2025-03-20', riskLevel: 'LOW', riskAssessment: '风险较低',
          consultations: [{ date: '2025-03-10', form: 'FORUM', participants: 20, summary: '居民座谈' }],
        },
      });
      await api.ok(`mutation($id: ID!, $i: UpdateDecisionInput!) { updateDecision(id: $id, input: $i) { id } }`, {
        id: decisionId, i: { feedbackPublishedOn: '2025-04-01', feedback: '采纳划定固定车位的意见。' },
      });
      const adopted = async () =>
        (await api.ok<{ publicAdoptionFeedback: { decisions: { title: string; adopted: number }[] } }>(PUBLIC, { c: w.t.heshan.code }, ANONYMOUS))
          .publicAdoptionFeedback.decisions.find((d) => d.title === '居民小区停车管理办法')?.adopted;
      const listed = async () =>
        (await api.ok<{ opinions: { total: number } }>(`query($c: ID!) { opinions(filter: { channelId: $c }) { total } }`, { c: channelId }, w.callers.head.headers)).opinions.total;
      expect(await adopted()).toBe(1);
      expect(await listed()).toBe(1);

      await api.ok(`mutation($id: ID!) { deleteOpinion(id: $id) { id } }`, { id: opinionId }, w.callers.admin.headers);
      expect(await adopted()).toBe(0);
      expect(await listed()).toBe(0);
      expect(codeOf(await api.exec(`query($id: ID!) { opinion(id: $id) { id } }`, { id: opinionId }, w.callers.head.headers))).toBe('NOT_FOUND');
      const bin = await api.ok<Bin>(BIN, { f: { recordType: 'Opinion', unitId: w.t.heshan.id } }, w.callers.admin.headers);
      expect(bin.deletedRecords.items.find((i) => i.id === opinionId)).toMatchObject({ summary: '建议划定固定车位', personId: null });
      expect(codeOf(await api.exec(RESTORE, { t: 'Opinion', id: opinionId }, w.callers.otherAdmin.headers))).toBe('FORBIDDEN');

      await api.ok(RESTORE, { t: 'Opinion', id: opinionId }, w.callers.admin.headers);
      expect(await adopted()).toBe(1);
      expect(await listed()).toBe(1);
      expect((await auditOf(db, opinionId)).map((a) => a.action)).toEqual(['CREATE', 'DELETE', 'RESTORE']);
    });
  });

  it('takes a deleted reception day off the public schedule (the page and the .ics share its query), and a restore puts it back', async () => {
    const day = (await created(api, 'createReceptionDay', {
      personId: w.ids.personIn, date: '2025-05-20', place: '回收站测试接待室', announcedAt: '2025-05-10T00:00:00Z',
    })).id;
    const places = async () =>
      (await api.ok<{ publicReceptionSchedule: { days: { place: string }[] } }>(
        `query($c: String!) { publicReceptionSchedule(unitCode: $c, from: "2025-05-01", to: "2025-05-31") { days { place } } }`, { c: w.t.heshan.code }, ANONYMOUS,
      )).publicReceptionSchedule.days.map((d) => d.place);
    expect(await places()).toContain('回收站测试接待室');
    await api.ok(`mutation($id: ID!) { deleteReceptionDay(id: $id) { id } }`, { id: day }, w.callers.admin.headers);
    expect(await places()).not.toContain('回收站测试接待室');
    await api.ok(RESTORE, { t: 'ReceptionDay', id: day }, w.callers.admin.headers);
    expect(await places()).toContain('回收站测试接待室');
  });

  it('refuses to restore a record whose unique place a newer one has taken, with CONFLICT and a clear message', async () => {
    const Y = `mutation($i: CreateYearEndReportInput!) { createYearEndReport(input: $i) { id } }`;
    const i = { unitId: w.t.heshan.id, year: 2024, title: '2024年工作报告', body: '全年情况。', draftedOn: '2024-12-20' };
    const first = (await api.ok<{ createYearEndReport: { id: string } }>(Y, { i })).createYearEndReport.id;
    await api.ok(`mutation($id: ID!) { deleteYearEndReport(id: $id) { id } }`, { id: first }, w.callers.admin.headers);
    // The deleted draft no longer holds the unit's report of 2024: a new one may be written.
    const second = (await api.ok<{ createYearEndReport: { id: string } }>(Y, { i: { ...i, title: '2024年工作报告（重写）' } })).createYearEndReport.id;
    const r = await api.exec(RESTORE, { t: 'YearEndReport', id: first }, w.callers.admin.headers);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toContain('已有一条相同的年终报告');
    expect(r.errors?.[0]?.message).toContain(second);
    const [row] = await db.orm.em.fork().getConnection().execute<{ deleted: boolean }[]>('select deleted_at is not null as deleted from year_end_report where id = ?', [first]);
    expect(row?.deleted).toBe(true);
  });

  it('restores a record only after what it belongs to: a visit waits for its contact link', async () => {
    const linkId = (await created(api, 'createContactLink', { personId: w.ids.personIn, targetUnitId: w.t.group1.id, occurredOn: '2025-02-01' })).id;
    const visitId = (await created(api, 'createContactVisit', { linkId, occurredOn: '2025-02-10', days: 1 })).id;
    // A link with a live visit is still refused; once the visit is deleted the link may go too.
    await api.ok(`mutation($id: ID!) { deleteContactVisit(id: $id) { id } }`, { id: visitId }, w.callers.admin.headers);
    await api.ok(`mutation($id: ID!) { deleteContactLink(id: $id) { id } }`, { id: linkId }, w.callers.admin.headers);
    const early = await api.exec(RESTORE, { t: 'ContactVisit', id: visitId }, w.callers.admin.headers);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toContain('请先恢复联系点');
    await api.ok(RESTORE, { t: 'ContactLink', id: linkId }, w.callers.admin.headers);
    await api.ok(RESTORE, { t: 'ContactVisit', id: visitId }, w.callers.admin.headers);
    const v = await api.ok<{ contactVisit: { id: string } }>(`query($id: ID!) { contactVisit(id: $id) { id } }`, { id: visitId }, w.callers.admin.headers);
    expect(v.contactVisit.id).toBe(visitId);
  });
});
