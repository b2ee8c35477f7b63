import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { smallTree, type SmallTree } from '../../test/fixtures.js';

const CREATE = /* GraphQL */ `
  mutation($input: CreatePersonInput!) {
    createPerson(input: $input) { id name rank partyMember phone idNumber unitId version positions { id title from to unitId } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id name partyMember partyJoinedOn idNumber version } }
`;
const PEOPLE = /* GraphQL */ `
  query($filter: PersonFilter) { people(filter: $filter) { total items { id name } } }
`;

type P = {
  id: string;
  name: string;
  rank: string;
  phone: string | null;
  idNumber: string | null;
  unitId: string;
  version: number;
  positions: { id: string; title: string; from: string; to: string | null; unitId: string }[];
};

// 230231 Heilongjiang, born 1970-05-12, sequence 123 (odd: male), check digit computed by GB 11643.
const ID_1970 = '230231197005121232';

describe('people, positions and deputy terms', () => {
  let db: TestDb;
  let api: TestApi;
  let t: SmallTree;
  let li: P;
  const count = async () => (await api.ok<{ people: { total: number } }>(PEOPLE, {})).people.total;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    t = await smallTree(api);
    li = (
      await api.ok<{ createPerson: P }>(CREATE, {
        input: {
          name: '李建华',
          gender: 'MALE',
          birthDate: '1970-05-12',
          education: 'BACHELOR',
          partyMember: true,
          partyJoinedOn: '1994-07-01',
          rank: 'DIVISION',
          unitId: t.heshan.id,
          homeCommunityId: t.community.id,
          phone: '13800001234',
          idNumber: ID_1970,
          positions: [
            { unitId: t.heshan.id, title: '党委书记', leadershipTeam: true, principal: true, partySecretary: true, from: '2020-03-01' },
          ],
        },
      })
    ).createPerson;
  });
  afterAll(async () => db?.drop());

  it('creates a person with a position and masks phone and ID number', () => {
    expect(li.positions).toHaveLength(1);
    expect(li.positions[0]?.title).toBe('党委书记');
    expect(li.phone).toBe('138****1234');
    expect(li.idNumber).toBe('2302**********1232');
  });

  it('derives the rule profiles from the posts held on a date', async () => {
    const d = await api.ok<{ person: { now: string[]; before: string[] } }>(
      `query($id: ID!) { person(id: $id) { now: profiles(at: "2026-06-15") before: profiles(at: "2019-12-31") } }`,
      { id: li.id },
    );
    expect(d.person.now).toEqual(expect.arrayContaining(['FARM_PRINCIPAL', 'FARM_LEADER', 'PARTY_SECRETARY', 'DIVISION_CADRE', 'PARTY_MEMBER']));
    expect(d.person.now).not.toContain('BUREAU_LEADER');
    expect(d.person.before).toEqual([]);
  });

  it('refuses a birth date in the future, naming birthDate, and writes nothing', async () => {
    const before = await count();
    const r = await api.exec(CREATE, { input: { name: '未来人', gender: 'FEMALE', birthDate: '2999-01-01', unitId: t.heshan.id } });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.['field']).toBe('birthDate');
    expect(r.errors?.[0]?.message).toContain('出生日期不能晚于今天');
    expect(await count()).toBe(before);
  });

  it('refuses a calendar date that does not exist', async () => {
    const r = await api.exec(CREATE, { input: { name: '某人', gender: 'FEMALE', birthDate: '1990-02-30', unitId: t.heshan.id } });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a position ending before it starts, whether given with the person or added later', async () => {
    const before = await count();
    const r = await api.exec(CREATE, {
      input: {
        name: '王五',
        gender: 'MALE',
        birthDate: '1980-01-01',
        unitId: t.heshan.id,
        positions: [{ unitId: t.area1.id, title: '管理区主任', from: '2024-05-01', to: '2024-04-30' }],
      },
    });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.['field']).toBe('positions.0.to');
    expect(await count()).toBe(before);

    const later = await api.exec(
      `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`,
      { input: { personId: li.id, unitId: t.area1.id, title: '挂职', from: '2025-01-01', to: '2024-12-31' } },
    );
    expect(later.errors?.[0]?.extensions?.['field']).toBe('to');
    const p = await api.ok<{ person: { positions: unknown[] } }>(`query($id: ID!) { person(id: $id) { positions { id } } }`, { id: li.id });
    expect(p.person.positions).toHaveLength(1);
  });

  it('refuses an ID number with a wrong check digit or another birth date', async () => {
    const wrongCheck = await api.exec(UPDATE, { id: li.id, input: { idNumber: '230231197005121238' } });
    expect(wrongCheck.errors?.[0]?.extensions?.['field']).toBe('idNumber');
    expect(wrongCheck.errors?.[0]?.message).toContain('校验位');
    const wrongBirth = await api.exec(UPDATE, { id: li.id, input: { birthDate: '1971-05-12' } });
    expect(wrongBirth.errors?.[0]?.extensions?.['field']).toBe('idNumber');
  });

  it('refuses a Party joining date before the 18th birthday or without membership', async () => {
    const young = await api.exec(UPDATE, { id: li.id, input: { partyJoinedOn: '1987-01-01' } });
    expect(young.errors?.[0]?.extensions?.['field']).toBe('partyJoinedOn');
    const noMember = await api.exec(CREATE, {
      input: { name: '赵六', gender: 'MALE', birthDate: '1980-01-01', unitId: t.heshan.id, partyJoinedOn: '2005-01-01' },
    });
    expect(noMember.errors?.[0]?.extensions?.['field']).toBe('partyJoinedOn');
  });

  it('ends a position and lists only the posts held on a date', async () => {
    const pos = li.positions[0];
    if (!pos) throw new Error('fixture has a position');
    await api.ok(`mutation($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { id } }`, {
      id: pos.id,
      input: { to: '2026-06-30' },
    });
    await api.ok(`mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`, {
      input: { personId: li.id, unitId: t.other.id, title: '党委书记', leadershipTeam: true, principal: true, partySecretary: true, from: '2026-07-01' },
    });
    const d = await api.ok<{ person: { june: { unitId: string }[]; august: { unitId: string }[]; all: unknown[] } }>(
      `query($id: ID!) { person(id: $id) { june: positions(at: "2026-06-15") { unitId } august: positions(at: "2026-08-01") { unitId } all: positions { id } } }`,
      { id: li.id },
    );
    expect(d.person.june.map((p) => p.unitId)).toEqual([t.heshan.id]);
    expect(d.person.august.map((p) => p.unitId)).toEqual([t.other.id]);
    expect(d.person.all).toHaveLength(2);
  });

  it('finds people by subtree, name and rank', async () => {
    await api.ok(CREATE, { input: { name: '周丽', gender: 'FEMALE', birthDate: '1988-09-09', unitId: t.otherArea.id, rank: 'SECTION' } });
    const heshan = await api.ok<{ people: { items: { name: string }[] } }>(PEOPLE, { filter: { underId: t.heshan.id } });
    expect(heshan.people.items.map((p) => p.name)).toEqual(['李建华']);
    const bureau = await api.ok<{ people: { total: number } }>(PEOPLE, { filter: { underId: t.bureau.id } });
    expect(bureau.people.total).toBe(2);
    const byName = await api.ok<{ people: { items: { name: string }[] } }>(PEOPLE, { filter: { q: '丽' } });
    expect(byName.people.items.map((p) => p.name)).toEqual(['周丽']);
    const byRank = await api.ok<{ people: { items: { name: string }[] } }>(PEOPLE, { filter: { ranks: ['SECTION'] } });
    expect(byRank.people.items.map((p) => p.name)).toEqual(['周丽']);
  });

  it('records deputy terms and refuses overlapping ones', async () => {
    const CREATE_TERM = `mutation($input: CreateDeputyTermInput!) { createDeputyTerm(input: $input) { id from to } }`;
    await api.ok(CREATE_TERM, { input: { personId: li.id, electingUnitId: t.heshan.id, from: '2021-11-01', to: '2026-10-31' } });
    const overlap = await api.exec(CREATE_TERM, { input: { personId: li.id, electingUnitId: t.heshan.id, from: '2026-10-01' } });
    expect(overlap.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const backwards = await api.exec(CREATE_TERM, { input: { personId: li.id, electingUnitId: t.heshan.id, from: '2027-01-01', to: '2026-12-01' } });
    expect(backwards.errors?.[0]?.extensions?.['field']).toBe('to');
    await api.ok(CREATE_TERM, { input: { personId: li.id, electingUnitId: t.heshan.id, from: '2026-11-01' } });
    const active = await api.ok<{ deputyTerms: { total: number; items: { from: string }[] } }>(
      `query { deputyTerms(filter: { activeOn: "2026-11-27" }) { total items { from } } }`,
    );
    expect(active.deputyTerms.items.map((d) => d.from)).toEqual(['2026-11-01']);
  });

  it('refuses to delete a unit people belong to', async () => {
    const r = await api.exec(`mutation($id: ID!) { deleteOrgUnit(id: $id) { id } }`, { id: t.community.id });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toContain('名人员');
  });

  it('deletes a person together with their positions and deputy terms', async () => {
    await api.ok(`mutation($id: ID!) { deletePerson(id: $id) { id } }`, { id: li.id });
    const gone = await api.exec(`query($id: ID!) { person(id: $id) { id } }`, { id: li.id });
    expect(gone.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const terms = await api.ok<{ deputyTerms: { total: number } }>(`query { deputyTerms { total } }`);
    expect(terms.deputyTerms.total).toBe(0);
  });
});
