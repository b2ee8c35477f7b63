import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { unit } from '../../test/fixtures.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { commitmentFactSource } from './commitment.facts.js';

const CREATE = `mutation($i: CreateCommitmentInput!) { createCommitment(input: $i) { id status version personId } }`;
const STEP = `mutation($id: ID!, $i: CommitmentStepInput!) { recordCommitmentStep(id: $id, input: $i) { id status publishedOn fulfilledOn evaluatedOn evaluationResult version } }`;
const GET = `query($id: ID!) { commitment(id: $id) { status version publishedOn fulfilledOn evaluatedOn } }`;

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['code'];
const ruleOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['rule'];

describe('commitments (S7)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let nurse: string;
  const count = async () => Number((await db.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from commitment'))[0]?.n);

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    const hospital = await unit(api, 'DIRECT_UNIT', '九三医院', w.t.bureau, { sector: 'HEALTH' });
    nurse = (await api.ok<{ createPerson: { id: string } }>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: { name: '高秀兰', gender: 'FEMALE', birthDate: '1988-02-02', partyMember: true, partyJoinedOn: '2010-06-01', unitId: hospital.id },
    })).createPerson.id;
  });
  afterAll(async () => db?.drop());

  it('lets a CADRE propose their own commitment and refuses another member\'s', async () => {
    const own = await api.ok<{ createCommitment: { status: string; personId: string } }>(CREATE, {
      i: { personId: w.ids.personIn, category: 'MANAGEMENT_AREA', content: '带领三户职工发展大棚蔬菜', proposedOn: '2025-03-01' },
    }, w.callers.cadre.headers);
    expect(own.createCommitment).toMatchObject({ status: 'PROPOSED', personId: w.ids.personIn });
    const before = await count();
    const other = await api.exec(CREATE, { i: { personId: w.ids.personInOther, category: 'MANAGEMENT_AREA', content: '代他人承诺', proposedOn: '2025-03-01' } }, w.callers.cadre.headers);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('refuses a category that does not fit the member\'s sector (S7.CONTENT) and writes nothing', async () => {
    const before = await count();
    const r = await api.exec(CREATE, { i: { personId: nurse, category: 'ENTERPRISE', content: '完成产值目标', proposedOn: '2025-03-01' } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(ruleOf(r)).toBe('S7.CONTENT.SECTOR');
    expect(await count()).toBe(before);
    await api.ok(CREATE, { i: { personId: nurse, category: 'HEALTH', content: '每月义诊一次', proposedOn: '2025-03-01' } });
  });

  it('refuses a commitment of someone who is not a Party member', async () => {
    const before = await count();
    const r = await api.exec(CREATE, { i: { personId: w.ids.personOut, category: 'MANAGEMENT_AREA', content: '承诺', proposedOn: '2025-03-01' } }, w.callers.otherAdmin.headers);
    expect(ruleOf(r)).toBe('S7.PER_MEMBER.NOT_A_MEMBER');
    expect(await count()).toBe(before);
  });

  describe('lifecycle proposed → made public → fulfilled → evaluated', () => {
    let id: string;
    beforeAll(async () => {
      id = (await api.ok<{ createCommitment: { id: string } }>(CREATE, {
        i: { personId: w.ids.personInOther, category: 'MANAGEMENT_AREA', content: '为留守儿童开设周末课堂', proposedOn: '2025-03-01' },
      })).createCommitment.id;
    });

    it.each([
      ['fulfilled before it was made public', { step: 'FULFILLED', date: '2025-06-01' }, 'S7.LIFECYCLE.OUT_OF_ORDER'],
      ['evaluated before it was made public', { step: 'EVALUATED', date: '2025-06-01', evaluationResult: 'GOOD' }, 'S7.LIFECYCLE.OUT_OF_ORDER'],
      ['made public before it was proposed', { step: 'PUBLISHED', date: '2025-02-01' }, 'S7.LIFECYCLE.DATE_ORDER'],
    ])('refuses a step %s, with its code, and changes nothing', async (_name, input, code) => {
      const before = await api.ok<{ commitment: unknown }>(GET, { id });
      const r = await api.exec(STEP, { id, i: input });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(ruleOf(r)).toBe(code);
      expect(await api.ok<{ commitment: unknown }>(GET, { id })).toEqual(before);
    });

    it('takes the steps in order, refusing a repeated one and an evaluation without its result', async () => {
      await api.ok(STEP, { id, i: { step: 'PUBLISHED', date: '2025-03-05' } });
      const again = await api.exec(STEP, { id, i: { step: 'PUBLISHED', date: '2025-03-06' } });
      expect(ruleOf(again)).toBe('S7.LIFECYCLE.REPEATED');
      await api.ok(STEP, { id, i: { step: 'FULFILLED', date: '2025-11-20', fulfilment: '开课20次' } });
      const noResult = await api.exec(STEP, { id, i: { step: 'EVALUATED', date: '2025-12-10' } });
      expect(noResult.errors?.[0]?.extensions?.['field']).toBe('evaluationResult');
      const done = (await api.ok<{ recordCommitmentStep: { status: string; evaluationResult: string } }>(STEP, {
        id, i: { step: 'EVALUATED', date: '2025-12-10', evaluationResult: 'EXCELLENT' },
      })).recordCommitmentStep;
      expect(done).toMatchObject({ status: 'EVALUATED', evaluationResult: 'EXCELLENT' });
    });

    it('is a COMMITMENT fact with its step dates', async () => {
      const facts = await commitmentFactSource.load(db.orm.em.fork(), { from: '2025-01-01', to: '2025-12-31', unitPath: w.paths.heshan, personIds: [w.ids.personInOther] });
      expect(facts).toEqual([
        {
          id, kind: 'COMMITMENT', personId: w.ids.personInOther, unitId: w.t.area1.id, date: '2025-03-01', category: 'MANAGEMENT_AREA',
          publishedOn: '2025-03-05', fulfilledOn: '2025-11-20', evaluatedOn: '2025-12-10',
        },
      ]);
    });

    it('lets a HEAD read it but not take a step, and a CADRE not take steps either', async () => {
      const read = await api.exec(GET, { id }, w.callers.head.headers);
      expect(read.errors).toBeUndefined();
      expect(codeOf(await api.exec(STEP, { id, i: { step: 'PUBLISHED', date: '2025-03-05' } }, w.callers.head.headers))).toBe('FORBIDDEN');
      expect(codeOf(await api.exec(STEP, { id, i: { step: 'PUBLISHED', date: '2025-03-05' } }, w.callers.cadre.headers))).toBe('FORBIDDEN');
    });

    it('has audit rows for the proposal and each step', async () => {
      const logs = await api.ok<{ auditLogs: { items: { action: string }[] } }>(`query($id: ID!) { auditLogs(filter: { entity: "Commitment", entityId: $id }) { items { action } } }`, { id });
      expect(logs.auditLogs.items.filter((l) => l.action === 'UPDATE')).toHaveLength(3);
      expect(logs.auditLogs.items.filter((l) => l.action === 'CREATE')).toHaveLength(1);
    });
  });
});
