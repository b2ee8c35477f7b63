import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { communityServiceFactSource } from './community-service.facts.js';
import { REGISTER_DAYS_SETTING } from './community-service.service.js';

const REGISTER = `mutation($i: CreateCommunityRegistrationInput!) { createCommunityRegistration(input: $i) { id dueOn warnings { code } } }`;
const PROJECT = `mutation($i: CreateCommunityServiceProjectInput!) { createCommunityServiceProject(input: $i) { id warnings { code severity } } }`;
const PAIRING = `mutation($i: CreateServicePairingInput!) { createServicePairing(input: $i) { id warnings { code } } }`;

const ruleOf = (r: GqlResult) => r.errors?.[0]?.extensions?.['rule'];

describe('Party members serving in the community (S9)', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let needy: string;
  const count = async (table: string) =>
    Number((await db.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0]?.n);

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    needy = (await api.ok<{ createHousehold: { id: string } }>(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, {
      i: { unitId: w.t.group1.id, headName: '周老汉', address: '21号', flags: ['FIVE_GUARANTEES'] },
    })).createHousehold.id;
  });
  afterAll(async () => db?.drop());

  it('gives a transferred member a due date 30 days after the transfer and flags a late registration', async () => {
    const r = (await api.ok<{ createCommunityRegistration: { dueOn: string; warnings: { code: string }[] } }>(REGISTER, {
      i: { personId: w.ids.personInOther, communityId: w.t.community.id, reason: 'TRANSFER_IN', joinedOn: '2025-03-01', registeredOn: '2025-04-15' },
    })).createCommunityRegistration;
    expect(r.dueOn).toBe('2025-03-31');
    expect(r.warnings.map((x) => x.code)).toEqual(['S9.REGISTER.LATE']);
  });

  it('takes a tighter number of days from the installation\'s setting, never a looser one', async () => {
    const conn = db.orm.em.fork().getConnection();
    const person = (await api.ok<{ createPerson: { id: string } }>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: { name: '马晓东', gender: 'MALE', birthDate: '1995-05-05', partyMember: true, partyJoinedOn: '2025-06-01', unitId: w.t.area1.id },
    })).createPerson.id;
    await conn.execute(`insert into app_setting (key, value) values (?, '20'::jsonb)`, [REGISTER_DAYS_SETTING]);
    const r = (await api.ok<{ createCommunityRegistration: { dueOn: string } }>(REGISTER, {
      i: { personId: person, communityId: w.t.community.id, reason: 'NEW_MEMBER', joinedOn: '2025-06-01', registeredOn: '2025-06-10' },
    })).createCommunityRegistration;
    expect(r.dueOn).toBe('2025-06-21');
    await conn.execute(`update app_setting set value = '90'::jsonb where key = ?`, [REGISTER_DAYS_SETTING]);
    await api.ok(`mutation($id: ID!) { deleteCommunityRegistration(id: $id) { id } }`, { id: (await api.ok<{ communityRegistrations: { items: { id: string }[] } }>(`query($p: ID!) { communityRegistrations(filter: { personId: $p }) { items { id } } }`, { p: person })).communityRegistrations.items[0]?.id });
    const loose = (await api.ok<{ createCommunityRegistration: { dueOn: string } }>(REGISTER, {
      i: { personId: person, communityId: w.t.community.id, reason: 'NEW_MEMBER', joinedOn: '2025-06-01', registeredOn: '2025-06-10' },
    })).createCommunityRegistration;
    expect(loose.dueOn).toBe('2025-07-01');
  });

  type Extra = { reason?: string; personId?: 'IN' | 'BUREAU'; communityId?: 'AREA' };
  it.each<[string, Extra, string, string | undefined]>([
    ['a new member without the joining date', { reason: 'NEW_MEMBER' }, 'joinedOn', undefined],
    ['a second registration while one is open', { personId: 'IN' }, 'registeredOn', 'S9.REGISTER.OVERLAP'],
    ['a unit that is not a community', { communityId: 'AREA' }, 'communityId', undefined],
    ['a person who is not a Party member', { personId: 'BUREAU' }, 'personId', 'S9.REGISTER.NOT_A_MEMBER'],
  ])('refuses %s and writes nothing', async (_name, extra, field, code) => {
    const before = await count('community_registration');
    const personId = extra.personId === 'IN' ? w.ids.personIn : extra.personId === 'BUREAU' ? w.ids.personBureau : w.ids.personInOther;
    const communityId = extra.communityId === 'AREA' ? w.t.area1.id : w.t.community.id;
    const r = await api.exec(REGISTER, { i: { personId, communityId, reason: extra.reason ?? 'REGULAR', registeredOn: '2025-05-01' } });
    expect(r.errors?.[0]?.extensions?.['field']).toBe(field);
    if (code) expect(ruleOf(r)).toBe(code);
    expect(await count('community_registration')).toBe(before);
  });

  it('lets a CADRE claim projects; a third running that year warns (S9.PROJECTS)', async () => {
    // The access world's member already claims 邻里互助 from 2025-04-10.
    const second = (await api.ok<{ createCommunityServiceProject: { warnings: unknown[] } }>(PROJECT, {
      i: { personId: w.ids.personIn, communityId: w.t.community.id, projectName: '环境整治', claimedOn: '2025-05-01' },
    }, w.callers.cadre.headers)).createCommunityServiceProject;
    expect(second.warnings).toEqual([]);
    const third = (await api.ok<{ createCommunityServiceProject: { warnings: { code: string; severity: string }[] } }>(PROJECT, {
      i: { personId: w.ids.personIn, communityId: w.t.community.id, projectName: '老年食堂', claimedOn: '2025-06-01' },
    }, w.callers.cadre.headers)).createCommunityServiceProject;
    expect(third.warnings).toEqual([{ code: 'S9.PROJECTS.TOO_MANY', severity: 'WARNING' }]);
  });

  it('refuses a service pairing with a family that is not needy, and warns on a second pairing at the same time', async () => {
    const before = await count('service_pairing');
    const r = await api.exec(PAIRING, { i: { personId: w.ids.personInOther, station: '鹤山社区服务站', householdId: w.ids.householdIn, from: '2025-05-01' } });
    expect(ruleOf(r)).toBe('S9.PAIR.NOT_NEEDY');
    expect(await count('service_pairing')).toBe(before);
    const first = (await api.ok<{ createServicePairing: { warnings: unknown[] } }>(PAIRING, { i: { personId: w.ids.personInOther, station: '鹤山社区服务站', householdId: needy, from: '2025-05-01' } })).createServicePairing;
    expect(first.warnings).toEqual([]);
    const second = (await api.ok<{ createServicePairing: { warnings: { code: string }[] } }>(PAIRING, { i: { personId: w.ids.personInOther, station: '鹤山社区服务站', householdId: needy, from: '2025-08-01' } })).createServicePairing;
    expect(second.warnings.map((x) => x.code)).toEqual(['S9.PAIR.TOO_MANY']);
  });

  it('gives the rules registrations, projects and pairings of the subtree\'s members', async () => {
    const facts = await communityServiceFactSource.load(db.orm.em.fork(), { from: '2025-01-01', to: '2025-12-31', unitPath: w.paths.heshan, personIds: [w.ids.personIn] });
    expect(facts.filter((f) => f.kind === 'SERVICE_PROJECT')).toHaveLength(3);
    expect(facts.find((f) => f.kind === 'COMMUNITY_REGISTRATION')).toMatchObject({ personId: w.ids.personIn, communityId: w.t.community.id, date: '2025-04-10', endDate: null });
    expect(facts.find((f) => f.kind === 'SERVICE_PAIRING')).toMatchObject({ householdFlags: ['POOR'] });
    const none = await communityServiceFactSource.load(db.orm.em.fork(), { from: '2025-01-01', to: '2025-12-31', unitPath: w.paths.other, personIds: [w.ids.personIn] });
    expect(none).toEqual([]);
  });
});
