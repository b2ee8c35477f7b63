import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { codeOf, create, created, fieldOf, rowsIn } from '../common/record-kit.test-support.js';
import { talkFacts } from './talk.facts.js';

describe('talks (S5)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
  });
  afterAll(async () => db?.drop());

  it('records a cadre\'s talk with the masses, the opinions heard and the department they went to', async () => {
    const t = await created<{ personId: string; forwardedOn: string; forwardedToId: string; forwardedTo: null }>(
      api, 'createTalk',
      { kind: 'MASSES', occurredOn: '2025-05-08', participants: '王德福等3户', opinions: '希望硬化屯内道路', forwardedToId: w.t.heshan.id },
      'personId forwardedOn forwardedToId forwardedTo { id }', w.callers.cadre.headers,
    );
    // The farm lies above the cadre's own part of the tree: its id is kept, the nested unit reads as null.
    expect(t).toEqual({ personId: w.ids.personIn, forwardedOn: '2025-05-08', forwardedToId: w.t.heshan.id, forwardedTo: null });
    const facts = await talkFacts.load(db.orm.em.fork(), { from: '2025-05-01', to: '2025-05-31', unitPath: w.paths.area1 });
    expect(facts).toEqual([expect.objectContaining({ kind: 'TALK', occasion: 'MASSES', audience: 'MASSES', opinionsRecorded: true })]);
  });

  it.each([
    ['a pairwise talk without the person talked with', { kind: 'PAIRWISE' }, 'counterpartId'],
    ['a talk with oneself', { kind: 'BRANCH', counterpartIdSelf: true }, 'counterpartId'],
    ['a talk with the masses naming nobody', { kind: 'MASSES' }, 'participants'],
    ['forwarding without opinions', { kind: 'MASSES', participants: '群众', forwardedToIdFarm: true }, 'opinions'],
    ['forwarding before the talk', { kind: 'MASSES', participants: '群众', opinions: '意见', forwardedToIdFarm: true, forwardedOn: '2025-05-01' }, 'forwardedOn'],
  ])('refuses %s, naming the field and writing nothing', async (_name, spec, field) => {
    const { counterpartIdSelf, forwardedToIdFarm, ...input } = spec as Record<string, unknown>;
    const before = await rowsIn(db, 'talk');
    const r = await create(api, 'createTalk', {
      personId: w.ids.personIn, occurredOn: '2025-05-08', ...input,
      ...(counterpartIdSelf ? { counterpartId: w.ids.personIn } : {}),
      ...(forwardedToIdFarm ? { forwardedToId: w.t.heshan.id } : {}),
    });
    expect([codeOf(r), fieldOf(r)]).toEqual(['BAD_USER_INPUT', field]);
    expect(await rowsIn(db, 'talk')).toBe(before);
  });

  it("refuses a cadre another's talk, and a head any", async () => {
    const input = { personId: w.ids.personInOther, kind: 'BRANCH', counterpartId: w.ids.personIn, occurredOn: '2025-05-08' };
    expect(codeOf(await create(api, 'createTalk', input, 'id', w.callers.cadre.headers))).toBe('FORBIDDEN');
    expect(codeOf(await create(api, 'createTalk', input, 'id', w.callers.head.headers))).toBe('FORBIDDEN');
    const ok = await created<{ counterpart: { id: string } }>(api, 'createTalk', input, 'counterpart { id }');
    expect(ok.counterpart.id).toBe(w.ids.personIn);
  });
});
