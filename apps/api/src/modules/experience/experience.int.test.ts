import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { auditOf, codeOf, create, created, fieldOf, ruleOf, rowsIn } from '../common/record-kit.test-support.js';
import { experienceFacts } from './experience.facts.js';

describe('experiences (S10)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
  });
  afterAll(async () => db?.drop());

  const input = { kind: 'HOSPITAL', occurredOn: '2025-08-20', place: '鹤山农场医院' };

  it.each([
    ['no diary', ''],
    ['a blank diary', '   '],
  ])('refuses an experience with %s (S10.DIARY), writing nothing', async (_name, diary) => {
    const before = await rowsIn(db, 'experience');
    const r = await create(api, 'createExperience', { ...input, diary }, 'id', w.callers.cadre.headers);
    expect([codeOf(r), fieldOf(r), ruleOf(r)]).toEqual(['BAD_USER_INPUT', 'diary', 'S10.DIARY.MISSING']);
    expect(await rowsIn(db, 'experience')).toBe(before);
  });

  it('records a cadre\'s own experience with its diary, audited, and keeps the diary required on edit', async () => {
    const x = await created<{ id: string; personId: string; diary: string }>(
      api, 'createExperience', { ...input, diary: '挂号排队40分钟，自助机不会用的老人无人指导。' }, 'id personId diary', w.callers.cadre.headers,
    );
    expect(x.personId).toBe(w.ids.personIn);
    expect((await auditOf(db, x.id)).map((a) => a.action)).toEqual(['CREATE']);
    const blank = await api.exec(`mutation($id: ID!) { updateExperience(id: $id, input: { diary: "" }) { id } }`, { id: x.id }, w.callers.cadre.headers);
    expect(fieldOf(blank)).toBe('diary');
    const facts = await experienceFacts.load(db.orm.em.fork(), { from: '2025-08-01', to: '2025-08-31', unitPath: w.paths.heshan });
    expect(facts).toEqual([expect.objectContaining({ id: x.id, kind: 'EXPERIENCE', theme: 'HOSPITAL', personId: w.ids.personIn })]);
  });

  it("refuses a cadre another's experience and a head any, and lets the cadre delete their own", async () => {
    const other = { ...input, personId: w.ids.personInOther, diary: '日记' };
    expect(codeOf(await create(api, 'createExperience', other, 'id', w.callers.cadre.headers))).toBe('FORBIDDEN');
    expect(codeOf(await create(api, 'createExperience', other, 'id', w.callers.head.headers))).toBe('FORBIDDEN');
    const mine = await created<{ id: string }>(api, 'createExperience', { ...input, diary: '日记' }, 'id', w.callers.cadre.headers);
    const del = await api.exec(`mutation($id: ID!) { deleteExperience(id: $id) { id } }`, { id: mine.id }, w.callers.cadre.headers);
    expect(del.errors).toBeUndefined();
    const gone = await api.exec(`query($id: ID!) { experience(id: $id) { id } }`, { id: mine.id });
    expect(codeOf(gone)).toBe('NOT_FOUND');
  });
});
