import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { codeOf, create, created, fieldOf, ruleOf, rowsIn } from '../common/record-kit.test-support.js';
import { contactFacts } from './contact.facts.js';

const LINK = 'id personId category level endsOn endReason warnings { code severity } targetHousehold { id } targetUnit { id }';

describe('contact points (S2)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let family: string;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    family = (await api.ok<{ createHousehold: { id: string } }>(
      `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`,
      { i: { unitId: w.t.group1.id, headName: '郑国强', address: '第一居民组 12号', flags: ['WORKER_FAMILY'] } },
    )).createHousehold.id;
  });
  afterAll(async () => db?.drop());

  it('derives the 一联五 category and the level of a cadre\'s link from the target and the cadre\'s posts', async () => {
    const l = await created<{ personId: string; category: string; level: string; targetHousehold: { id: string } }>(
      api, 'createContactLink', { targetHouseholdId: family, occurredOn: '2025-01-05' }, LINK, w.callers.cadre.headers,
    );
    expect(l).toMatchObject({ personId: w.ids.personIn, category: 'WORKER_FAMILY', level: 'AREA', targetHousehold: { id: family } });
    const mismatch = await create(api, 'createContactLink', { personId: w.ids.personIn, targetUnitId: w.t.group1.id, category: 'WORKER_FAMILY', occurredOn: '2025-01-05' });
    expect(fieldOf(mismatch)).toBe('category');
    const both = await create(api, 'createContactLink', { personId: w.ids.personIn, targetUnitId: w.t.group1.id, targetHouseholdId: family, occurredOn: '2025-01-05' });
    expect(fieldOf(both)).toBe('targetUnitId');
  });

  it('refuses a link ended within a year without a reason (S2.DURATION) and one that ends before it starts; writes nothing', async () => {
    const before = await rowsIn(db, 'contact_link');
    const early = await create(api, 'createContactLink', { personId: w.ids.personIn, targetUnitId: w.t.community.id, occurredOn: '2025-01-01', endsOn: '2025-06-30' });
    expect([codeOf(early), fieldOf(early), ruleOf(early)]).toEqual(['BAD_USER_INPUT', 'endReason', 'S2.DURATION.EARLY_END']);
    const backwards = await create(api, 'createContactLink', { personId: w.ids.personIn, targetUnitId: w.t.community.id, occurredOn: '2025-01-01', endsOn: '2024-06-30' });
    expect(fieldOf(backwards)).toBe('endsOn');
    expect(await rowsIn(db, 'contact_link')).toBe(before);
    const reasoned = await created(api, 'createContactLink',
      { personId: w.ids.personIn, targetUnitId: w.t.community.id, occurredOn: '2025-01-01', endsOn: '2025-06-30', endReason: '工作调动' }, 'endReason');
    expect(reasoned).toEqual({ endReason: '工作调动' });
  });

  it('warns, without refusing, when another cadre links the same target at the same level (S2.NO_OVERLAP)', async () => {
    const mine = await created<{ id: string; warnings: unknown[] }>(api, 'createContactLink', { personId: w.ids.personIn, targetUnitId: w.t.group1.id, occurredOn: '2025-03-01' }, LINK);
    // The fixture already links 第一居民组 for 孙晓梅 at the area level from 2025-01-01.
    expect(mine.warnings).toEqual([{ code: 'S2.NO_OVERLAP', severity: 'WARNING' }]);
  });

  it('keeps a visit of under a day but does not count it, and refuses a visit before the link started', async () => {
    const link = await created<{ id: string }>(api, 'createContactLink', { personId: w.ids.personIn, targetUnitId: w.t.area1.id, occurredOn: '2025-02-01' });
    const half = await created<{ counts: boolean; days: number; personId: string }>(
      api, 'createContactVisit', { linkId: link.id, occurredOn: '2025-03-01', days: 0.5 }, 'counts days personId', w.callers.cadre.headers,
    );
    expect(half).toEqual({ counts: false, days: 0.5, personId: w.ids.personIn });
    const full = await created<{ counts: boolean }>(api, 'createContactVisit', { linkId: link.id, occurredOn: '2025-03-02', days: 1 }, 'counts');
    expect(full.counts).toBe(true);
    const before = await rowsIn(db, 'contact_visit');
    const early = await create(api, 'createContactVisit', { linkId: link.id, occurredOn: '2025-01-15', days: 1 });
    expect([codeOf(early), fieldOf(early)]).toEqual(['BAD_USER_INPUT', 'occurredOn']);
    const negative = await create(api, 'createContactVisit', { linkId: link.id, occurredOn: '2025-03-03', days: -1 });
    expect(fieldOf(negative)).toBe('days');
    expect(await rowsIn(db, 'contact_visit')).toBe(before);
    const counting = await api.ok<{ contactVisits: { total: number } }>(`query($l: ID!) { contactVisits(filter: { linkId: $l, counts: true }) { total } }`, { l: link.id });
    expect(counting.contactVisits.total).toBe(1);
    const del = await api.exec(`mutation($id: ID!) { deleteContactLink(id: $id) { id } }`, { id: link.id });
    expect(codeOf(del)).toBe('CONFLICT');
  });

  it("refuses a cadre a visit on another cadre's link", async () => {
    const r = await create(api, 'createContactVisit', { linkId: w.personRecords.contactLinkInOther, occurredOn: '2025-03-01', days: 1 }, 'id', w.callers.cadre.headers);
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it("attaches a family visit to the cadre's link to that family", async () => {
    const link = await created<{ id: string }>(api, 'createContactLink', { personId: w.ids.personInOther, targetHouseholdId: family, occurredOn: '2025-01-01' });
    const v = await created<{ linkId: string; household: { id: string } }>(
      api, 'createFamilyVisit', { personId: w.ids.personInOther, householdId: family, occurredOn: '2025-05-01' }, 'linkId household { id }',
    );
    expect(v).toEqual({ linkId: link.id, household: { id: family } });
    const wrongLink = await create(api, 'createFamilyVisit', { personId: w.ids.personIn, householdId: family, linkId: link.id, occurredOn: '2025-05-01' });
    expect(fieldOf(wrongLink)).toBe('linkId');
  });

  it('pairs a secretary only with a Party branch (S2.BRANCH)', async () => {
    const r = await create(api, 'createBranchPairing', { personId: w.ids.personIn, branchId: w.t.area1.id, occurredOn: '2025-01-01' });
    expect(fieldOf(r)).toBe('branchId');
  });

  it('gives compliance links with the target kind and flags, and visits with their link and days', async () => {
    const facts = await contactFacts.load(db.orm.em.fork(), { from: '2025-01-01', to: '2025-12-31', unitPath: w.paths.heshan, personIds: [w.ids.personIn] });
    const toFamily = facts.find((f) => f.kind === 'CONTACT_LINK' && f.targetId === family);
    expect(toFamily).toMatchObject({ targetKind: 'HOUSEHOLD', targetFlags: ['WORKER_FAMILY'], level: 'AREA', endDate: null });
    const visits = facts.filter((f) => f.kind === 'CONTACT_VISIT');
    expect(visits.map((v) => (v as { days: number }).days).sort()).toEqual([0.5, 1, 1]);
    expect(facts.some((f) => f.kind === 'BRANCH_PAIRING')).toBe(true);
    expect(facts.every((f) => f.personId === w.ids.personIn)).toBe(true);
  });
});
