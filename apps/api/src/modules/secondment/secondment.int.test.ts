import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { auditOf, codeOf, create, created, fieldOf, ruleOf, rowsIn } from '../common/record-kit.test-support.js';
import { secondmentFacts } from './secondment.facts.js';

describe('secondments (S3)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let young: string;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    young = (await api.ok<{ createPerson: { id: string } }>(
      `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
      { i: { name: '吴青', gender: 'FEMALE', birthDate: '1994-05-05', education: 'BACHELOR', partyMember: true, rank: 'SECTION', reserveCadre: true, unitId: w.t.heshan.id } },
    )).createPerson.id;
  });
  afterAll(async () => db?.drop());

  const posting = (personId: string, extra: Record<string, unknown> = {}) => ({
    personId, toUnitId: w.t.area1.id, toPost: '党总支副书记', role: 'DEPUTY_SECRETARY', occurredOn: '2025-03-01', ...extra,
  });

  it('posts an eligible cadre as a deputy secretary without findings that block', async () => {
    const s = await created<{ warnings: { code: string }[]; fromUnit: { id: string } }>(
      api, 'createSecondment', posting(young), 'warnings { code } fromUnit { id }',
    );
    expect(s.fromUnit.id).toBe(w.t.heshan.id);
    expect(s.warnings.filter((x) => x.code.startsWith('S3.ELIGIBLE.') && x.code !== 'S3.ELIGIBLE.SOURCE')).toEqual([]);
  });

  it('refuses an ineligible posting with every failing criterion listed, writing nothing', async () => {
    const before = await rowsIn(db, 'secondment');
    const r = await create(api, 'createSecondment', posting(w.ids.personIn));
    expect([codeOf(r), fieldOf(r), ruleOf(r)]).toEqual(['BAD_USER_INPUT', 'eligibilityOverrideReason', 'S3.ELIGIBLE']);
    const codes = (r.errors?.[0]?.extensions?.['violations'] as { code: string }[]).map((v) => v.code);
    // 李建华: born 1975 (aged 49 on the posting date), education not recorded.
    expect(codes).toEqual(['S3.ELIGIBLE.AGE', 'S3.ELIGIBLE.EDUCATION_UNKNOWN']);
    expect(r.errors?.[0]?.message).toContain('49岁');
    expect(r.errors?.[0]?.message).toContain('学历未登记');
    expect(await rowsIn(db, 'secondment')).toBe(before);
  });

  it('records an ineligible posting with an override reason, shows the failures as warnings and audits the reason', async () => {
    const s = await created<{ id: string; warnings: { code: string; severity: string }[] }>(
      api, 'createSecondment', posting(w.ids.personIn, { eligibilityOverrideReason: '熟悉该管理区情况，党委会研究同意' }), 'id warnings { code severity }',
    );
    expect(s.warnings).toEqual(expect.arrayContaining([{ code: 'S3.ELIGIBLE.AGE', severity: 'WARNING' }]));
    const audit = await auditOf(db, s.id);
    expect(audit[0]?.changes['eligibilityOverrideReason']).toEqual([null, '熟悉该管理区情况，党委会研究同意']);
    const cleared = await api.exec(`mutation($id: ID!) { updateSecondment(id: $id, input: { eligibilityOverrideReason: "" }) { id } }`, { id: s.id });
    expect(fieldOf(cleared)).toBe('eligibilityOverrideReason');
  });

  it('records feedback and one final assessment with its result and date (S3.ASSESS)', async () => {
    const s = await created<{ id: string }>(api, 'createSecondment', posting(young, { role: 'OTHER', occurredOn: '2024-01-01', endsOn: '2024-12-31' }));
    const add = (input: Record<string, unknown>) => create(api, 'createSecondmentAssessment', { secondmentId: s.id, ...input }, 'id kind result');
    expect(fieldOf(await add({ kind: 'FINAL', occurredOn: '2025-01-10' }))).toBe('result');
    expect(fieldOf(await add({ kind: 'FEEDBACK', occurredOn: '2023-06-01' }))).toBe('occurredOn');
    expect((await add({ kind: 'FEEDBACK', occurredOn: '2024-06-01' })).errors).toBeUndefined();
    expect((await add({ kind: 'FINAL', occurredOn: '2025-01-10', result: 'EXCELLENT' })).data).toMatchObject({ x: { kind: 'FINAL', result: 'EXCELLENT' } });
    expect(fieldOf(await add({ kind: 'FINAL', occurredOn: '2025-01-11', result: 'COMPETENT' }))).toBe('kind');
    const facts = await secondmentFacts.load(db.orm.em.fork(), { from: '2024-01-01', to: '2024-12-31', unitPath: w.paths.heshan, personIds: [young] });
    expect(facts.find((f) => f.id === s.id)).toMatchObject({ feedbackDates: ['2024-06-01'], assessedOn: '2025-01-10', assessmentResult: 'EXCELLENT' });
    const del = await api.exec(`mutation($id: ID!) { deleteSecondment(id: $id) { id } }`, { id: s.id });
    expect(codeOf(del)).toBe('CONFLICT');
  });

  it('keeps postings to the organisation: a cadre cannot record one, even their own', async () => {
    const r = await create(api, 'createSecondment', posting(w.ids.personIn, { role: 'OTHER' }), 'id', w.callers.cadre.headers);
    expect(codeOf(r)).toBe('FORBIDDEN');
  });
});
