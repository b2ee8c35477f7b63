import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { unit } from '../../test/fixtures.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';

// A record list is one SQL statement after the viewer's: the page, its total, and the rows' person and unit,
// with the same scope and live rules as the nested fields' own reads.

// Every statement any pg client sends (the API's pool and the test's own), counted as the benchmark does.
let sent = 0;
const sql: string[] = [];
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  sent += 1;
  const first = args[0] as string | { text?: string };
  sql.push(typeof first === 'string' ? first : String(first?.text));
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const TRIPS = `query($f: ResearchTripFilter, $p: Int, $pp: Int, $s: SortInput) { researchTrips(filter: $f, page: $p, perPage: $pp, sort: $s) {
  total items { id occurredOn days personId person { id name } unit { id name } } } }`;

interface Trip {
  id: string;
  occurredOn: string;
  days: number;
  personId: string | null;
  person: { id: string; name: string } | null;
  unit: { id: string; name: string };
}
type Trips = { researchTrips: { total: number; items: Trip[] } };

describe('record lists in one statement', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let movedTrip: string;

  const sqlOf = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    db.orm.em.fork().getConnection().execute<T[]>(text, params);

  /** The caller's trips as SQL sees them: live rows owned by a unit in the caller's subtree (and `under`'s). */
  const oracle = async (scopePath: string, underPath = scopePath) =>
    sqlOf<{ id: string }>(
      `select r.id from research_trip r join org_unit u on u.id = r.unit_id
        where u.path like ? and u.path like ? and r.deleted_at is null order by r.occurred_on desc, r.id asc`,
      [`${scopePath}%`, `${underPath}%`],
    );

  const counted = async <T>(run: () => Promise<T>): Promise<{ result: T; statements: number; text: string[] }> => {
    const before = sent;
    const from = sql.length;
    const result = await run();
    return { result, statements: sent - before, text: sql.slice(from) };
  };

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    const mk = `mutation($i: CreateResearchTripInput!) { x: createResearchTrip(input: $i) { id } }`;
    for (const [day, days] of [['2025-05-01', 1], ['2025-05-02', 0.5], ['2025-05-03', 1], ['2025-05-03', 0.5]] as const) {
      await api.ok(mk, { i: { personId: w.ids.personIn, occurredOn: day, days } });
    }
    // A trip of 鹤山农场 whose person has since moved to 尖山农场: the row stays in scope, its person does not.
    movedTrip = ((await api.ok<{ x: { id: string } }>(mk, { i: { personId: w.ids.personInOther, occurredOn: '2025-05-04', days: 1 } })).x).id;
    await sqlOf('update research_trip set person_id = ? where id = ?', [w.ids.personOut, movedTrip]);
  });
  afterAll(async () => db?.drop());

  it('answers a filtered, sorted page with nested person and unit in the viewer statement and one more', async () => {
    const { result, statements, text } = await counted(() =>
      api.ok<Trips>(TRIPS, { f: { underId: w.t.area1.id, from: '2025-01-01' }, p: 1, pp: 3, s: { field: 'occurredOn', order: 'DESC' } }, w.callers.head.headers),
    );
    expect(result.researchTrips.items).toHaveLength(3);
    expect(result.researchTrips.items.every((t) => t.unit.name.length > 0)).toBe(true);
    expect(statements, text.join('\n')).toBe(2);
  });

  it('gives the same rows, order and total as SQL over the caller subtree, page by page', async () => {
    const all = await oracle(w.paths.heshan);
    const seen: string[] = [];
    for (let p = 1; p <= Math.ceil(all.length / 2); p++) {
      const r = await api.ok<Trips>(TRIPS, { p, pp: 2, s: { field: 'occurredOn', order: 'DESC' } }, w.callers.head.headers);
      expect(r.researchTrips.total).toBe(all.length);
      seen.push(...r.researchTrips.items.map((t) => t.id));
    }
    expect(seen).toEqual(all.map((t) => t.id));
  });

  it('sorts by another column both ways with the id as tie-break', async () => {
    const asc = await api.ok<Trips>(TRIPS, { pp: 100, s: { field: 'days', order: 'ASC' } }, w.callers.head.headers);
    const days = asc.researchTrips.items.map((t) => t.days);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    const desc = await api.ok<Trips>(TRIPS, { pp: 100, s: { field: 'days', order: 'DESC' } }, w.callers.head.headers);
    expect(desc.researchTrips.items.map((t) => t.days)).toEqual([...days].sort((a, b) => b - a));
  });

  it("never shows a HEAD another farm's rows or counts them, and shows their own to the other farm's ADMIN only there", async () => {
    const head = await api.ok<Trips>(TRIPS, { pp: 100 }, w.callers.head.headers);
    const theirs = await oracle(w.paths.other);
    const ids = new Set(head.researchTrips.items.map((t) => t.id));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((t) => ids.has(t.id))).toEqual([]);
    expect(head.researchTrips.total).toBe((await oracle(w.paths.heshan)).length);
    const other = await api.ok<Trips>(TRIPS, { pp: 100 }, w.callers.otherAdmin.headers);
    expect(other.researchTrips.items.map((t) => t.id)).toEqual(theirs.map((t) => t.id));
    expect(other.researchTrips.total).toBe(theirs.length);
  });

  it("finds nothing under another farm's unit or an unknown one, and no total either", async () => {
    for (const underId of [w.t.otherArea.id, w.t.other.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const r = await api.ok<Trips>(TRIPS, { f: { underId } }, w.callers.head.headers);
      expect(r.researchTrips).toEqual({ total: 0, items: [] });
    }
  });

  it('shows a nested person outside the subtree as null while the row keeps its personId', async () => {
    const r = await api.ok<Trips>(TRIPS, { f: { ids: [movedTrip] } }, w.callers.head.headers);
    expect(r.researchTrips.items).toEqual([
      expect.objectContaining({ id: movedTrip, personId: w.ids.personOut, person: null }),
    ]);
    const mine = await api.ok<Trips>(TRIPS, { f: { personId: w.ids.personIn }, pp: 1 }, w.callers.head.headers);
    expect(mine.researchTrips.items[0]?.person).toEqual({ id: w.ids.personIn, name: '李建华' });
    // The system sees everyone: the same row brings its person.
    const all = await api.ok<Trips>(TRIPS, { f: { ids: [movedTrip] } });
    expect(all.researchTrips.items[0]?.person?.id).toBe(w.ids.personOut);
  });

  it('never lists or counts a deleted row', async () => {
    const r = await api.ok<Trips>(TRIPS, { pp: 100 }, w.callers.admin.headers);
    expect(r.researchTrips.items.map((t) => t.id)).not.toContain(w.deletedRecords.tripIn);
    const byId = await api.ok<Trips>(TRIPS, { f: { ids: [w.deletedRecords.tripIn, w.deletedRecords.tripOut] } });
    expect(byId.researchTrips).toEqual({ total: 0, items: [] });
  });

  it('still reports the total, in the same one statement, on a page past the end', async () => {
    const total = (await oracle(w.paths.heshan)).length;
    const { result, statements } = await counted(() => api.ok<Trips>(TRIPS, { p: 50, pp: 10 }, w.callers.head.headers));
    expect(result.researchTrips).toEqual({ total, items: [] });
    expect(statements).toBe(2);
  });

  it("keeps a CADRE's list to their own area and their 'mine' filter to their own person", async () => {
    const r = await api.ok<Trips>(TRIPS, { pp: 100 }, w.callers.cadre.headers);
    expect(r.researchTrips.total).toBe((await oracle(w.paths.area1)).length);
    const mine = await api.ok<Trips>(TRIPS, { f: { mine: true }, pp: 100 }, w.callers.cadre.headers);
    expect(mine.researchTrips.items.every((t) => t.personId === w.ids.personIn)).toBe(true);
    expect(mine.researchTrips.total).toBe(mine.researchTrips.items.length);
  });

  // Last: it grows the tree. Past 64 units a subtree is read by the statement's other plan (record-page.ts).
  it('gives the same rows and totals under a subtree of more than 64 units, still in one statement', async () => {
    for (let i = 0; i < 65; i++) await unit(api, 'RESIDENTS_GROUP', `第${i + 2}居民组`, w.t.area1);
    const all = await oracle(w.paths.heshan, w.paths.area1);
    expect(all.length).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let p = 1; p <= Math.ceil(all.length / 2); p++) {
      const { result, statements } = await counted(() =>
        api.ok<Trips>(TRIPS, { f: { underId: w.t.area1.id }, p, pp: 2, s: { field: 'occurredOn', order: 'DESC' } }, w.callers.head.headers),
      );
      expect(statements).toBe(2);
      expect(result.researchTrips.total).toBe(all.length);
      seen.push(...result.researchTrips.items.map((t) => t.id));
    }
    expect(seen).toEqual(all.map((t) => t.id));
    const past = await api.ok<Trips>(TRIPS, { f: { underId: w.t.area1.id }, p: 99 }, w.callers.head.headers);
    expect(past.researchTrips).toEqual({ total: all.length, items: [] });
    const theirs = await api.ok<Trips>(TRIPS, { f: { underId: w.t.area1.id } }, w.callers.otherAdmin.headers);
    expect(theirs.researchTrips).toEqual({ total: 0, items: [] });
  });
});
