import { afterAll, beforeAll } from 'vitest';
import { createTestApi, type TestApi } from './gql.js';
import { createTestDb, type TestDb } from './test-db.js';
import { smallTree, unit, type SmallTree, type UnitRef } from './fixtures.js';
import { storeAttachment, uploadTarget } from '../modules/attachment/attachment.service.js';

export const PASSWORD = 'Passw0rd-Passw0rd';

export interface Caller {
  name: string;
  /** Headers that sign the caller in. */
  headers: Record<string, string>;
  scopePath: string;
  role: 'ADMIN' | 'HEAD' | 'CADRE' | 'TOKEN';
}

export interface AccessWorld {
  t: SmallTree;
  otherGroup: UnitRef;
  ids: {
    householdIn: string;
    householdOut: string;
    personIn: string;
    personOut: string;
    personBureau: string;
    /** A second person of 第一管理区, not the CADRE's own person: the cadre may not write their records. */
    personInOther: string;
    positionIn: string;
    positionOut: string;
    /** A post of the in-scope person held in a unit outside the scope (a transfer): nested unit must hide. */
    positionInAtOutUnit: string;
    termIn: string;
    termOut: string;
    userAdminIn: string;
    userAdminOut: string;
    tokenIn: string;
    tokenOut: string;
  };
  callers: { admin: Caller; head: Caller; cadre: Caller; token: Caller; otherAdmin: Caller };
  /** Unit paths by name, for the oracle queries. */
  paths: { heshan: string; area1: string; other: string };
  /** Unit-centred records (issue 7): the other farm's opinion channel, for an out-of-scope opinion. */
  unitRecords: { opinionChannelOut: string };
  /** Rows of the person-centred records that the hand cases name (S2, S3). */
  personRecords: { contactLinkOut: string; contactLinkInOther: string; secondmentOut: string };
  /** Evidence attachments: one on a research trip of each farm (`in`: the CADRE's own trip in 鹤山农场). */
  attachments: { in: string; out: string; tripIn: string; tripOut: string };
  /** Research trips deleted (soft) in 鹤山农场 (`tripIn`, the CADRE's) and 尖山农场 (`tripOut`). */
  deletedRecords: { tripIn: string; tripOut: string };
}

/** The smallest PNG there is (1×1, transparent): a real image for attachment fixtures. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const id = (d: Record<string, unknown>): string => (Object.values(d)[0] as { id?: string } | undefined)?.id ?? '';

/**
 * Two farms under one bureau, with rows of every scoped type on both sides, and four callers scoped to
 * 鹤山农场 (ADMIN, HEAD, a read-only API token) or its first area (CADRE), plus an ADMIN of the other farm.
 */
export async function accessWorld(api: TestApi): Promise<AccessWorld> {
  const t = await smallTree(api);
  const otherGroup = await unit(api, 'RESIDENTS_GROUP', '尖山第一居民组', t.otherArea);
  const hh = `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`;
  const householdIn = id(await api.ok(hh, { i: { unitId: t.group1.id, headName: '王德福', address: '1号', phone: '13812345678' } }));
  const householdOut = id(await api.ok(hh, { i: { unitId: otherGroup.id, headName: '刘长河', address: '2号' } }));

  const pp = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id positions { id unitId } } }`;
  const a = (await api.ok<{ createPerson: { id: string; positions: { id: string; unitId: string }[] } }>(pp, {
    i: {
      name: '李建华', gender: 'MALE', birthDate: '1975-03-02', partyMember: true, rank: 'SECTION', unitId: t.area1.id,
      homeCommunityId: t.community.id, phone: '13900001111',
      positions: [
        { unitId: t.area1.id, title: '管理区主任', leadershipTeam: true, principal: true, from: '2024-01-01' },
        { unitId: t.otherArea.id, title: '挂职副主任', from: '2022-01-01', to: '2023-12-31' },
      ],
    },
  })).createPerson;
  const b = (await api.ok<{ createPerson: { id: string; positions: { id: string }[] } }>(pp, {
    i: { name: '周丽', gender: 'FEMALE', birthDate: '1985-06-06', unitId: t.otherArea.id,
      positions: [{ unitId: t.otherArea.id, title: '管理区主任', from: '2023-01-01' }] },
  })).createPerson;
  const c = (await api.ok<{ createPerson: { id: string } }>(pp, {
    i: { name: '赵局长', gender: 'MALE', birthDate: '1966-01-01', unitId: t.dept.id },
  })).createPerson;
  const a2 = (await api.ok<{ createPerson: { id: string } }>(pp, {
    i: { name: '孙晓梅', gender: 'FEMALE', birthDate: '1990-08-08', partyMember: true, partyJoinedOn: '2012-07-01', unitId: t.area1.id },
  })).createPerson;
  const posIn = a.positions.find((p) => p.unitId === t.area1.id)?.id ?? '';
  const posInAtOut = a.positions.find((p) => p.unitId === t.otherArea.id)?.id ?? '';

  const dt = `mutation($i: CreateDeputyTermInput!) { createDeputyTerm(input: $i) { id } }`;
  const termIn = id(await api.ok(dt, { i: { personId: a.id, electingUnitId: t.heshan.id, from: '2021-11-01', to: '2026-10-31' } }));
  await api.ok(dt, { i: { personId: a.id, electingUnitId: t.bureau.id, from: '2016-11-01', to: '2021-10-31' } });
  const termOut = id(await api.ok(dt, { i: { personId: b.id, electingUnitId: t.other.id, from: '2021-11-01' } }));

  const cu = `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`;
  const mk = (username: string, role: string, scopeUnitId: string, personId?: string) =>
    api.ok(cu, { i: { username, displayName: username, role, scopeUnitId, personId: personId ?? null, password: PASSWORD } });
  const userAdminIn = id(await mk('admin-hs', 'ADMIN', t.heshan.id));
  await mk('head-hs', 'HEAD', t.heshan.id);
  await mk('cadre-hs', 'CADRE', t.area1.id, a.id);
  const userAdminOut = id(await mk('admin-js', 'ADMIN', t.other.id));

  const login = async (username: string) =>
    (await api.ok<{ login: { token: string } }>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
      u: username,
      p: PASSWORD,
    })).login.token;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const adminToken = await login('admin-hs');
  const otherAdminToken = await login('admin-js');
  const mkToken = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }`;
  const created = (await api.ok<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    mkToken, { i: { name: '鹤山大屏', scopeUnitId: t.heshan.id } }, bearer(adminToken),
  )).createApiToken;
  const tokenOut = (await api.ok<{ createApiToken: { apiToken: { id: string } } }>(
    mkToken, { i: { name: '尖山大屏', scopeUnitId: t.other.id } }, bearer(otherAdminToken),
  )).createApiToken.apiToken.id;

  // Reception (S4): a reception day, a duty day and a visit case in each farm, for the scope matrix. Duty days go in
  // with SQL: the API wants a farm leadership post, which the world's people do not hold.
  const rd = `mutation($i: CreateReceptionDayInput!) { createReceptionDay(input: $i) { id } }`;
  const vc = `mutation($i: CreateVisitCaseInput!) { createVisitCase(input: $i) { id } }`;
  for (const [personId, unitId] of [[a.id, t.heshan.id], [b.id, t.other.id]] as const) {
    await api.ok(rd, { i: { personId, date: '2025-03-12', place: '信访接待室', announcedAt: '2025-03-01T00:00:00Z' } });
    await api.ok(vc, { i: { unitId, registeredOn: '2025-03-12', visitors: [{ name: '张三', phone: '13800001111' }], matter: '土地承包费', category: 'CLAIM_COMPLAINT' } });
    await api.server.systemContext().em.getConnection().execute(
      `insert into duty_day (id, person_id, unit_id, occurred_on) values (gen_random_uuid(), ?, ?, '2025-03-12')`, [personId, unitId],
    );
  }

  // Local rules (G.LOCAL_RULES) in both farms.
  const lr = `mutation($i: CreateLocalRuleInput!) { createLocalRule(input: $i) { id } }`;
  for (const unitId of [t.heshan.id, t.other.id]) {
    await api.ok(lr, { i: { unitId, ruleId: 'S1.DAYS.SECTION', effectiveFrom: '2026-01-01', thresholdMin: 40, reason: '本场实施办法' } });
  }

  // Person-centred records (S1, S2, S3, S5, S10): one of each type in each farm, and a contact link of the
  // other person of 第一管理区, for the CADRE's foreign-write cases.
  const branchIn = await unit(api, 'PARTY_BRANCH', '第一管理区党支部', t.area1);
  const branchOut = await unit(api, 'PARTY_BRANCH', '第二管理区党支部', t.otherArea);
  const rec = async (name: string, input: Record<string, unknown>) =>
    ((await api.ok<Record<string, { id: string }>>(`mutation($i: Create${name}Input!) { x: create${name}(input: $i) { id } }`, { i: input })).x as { id: string }).id;
  const personRecords = { contactLinkOut: '', contactLinkInOther: '', secondmentOut: '' };
  for (const [personId, groupId, householdId, branchId, areaId] of [
    [a.id, t.group1.id, householdIn, branchIn.id, t.area1.id],
    [b.id, otherGroup.id, householdOut, branchOut.id, t.otherArea.id],
  ] as const) {
    const on = '2025-03-12';
    await rec('ResearchTrip', { personId, occurredOn: on, days: 1.5, endsOn: '2025-03-13', unitsVisitedIds: [areaId], purpose: '春耕备耕调研' });
    const topicId = await rec('ResearchTopic', { personId, title: '职工增收途径', occurredOn: on });
    await rec('ResearchReport', { personId, title: '关于职工增收的调研报告', occurredOn: on, topicId });
    const linkId = await rec('ContactLink', { personId, targetUnitId: groupId, occurredOn: '2025-01-01' });
    await rec('ContactVisit', { linkId, occurredOn: on, days: 1 });
    await rec('FamilyVisit', { personId, householdId, occurredOn: on });
    await rec('BranchPairing', { personId, branchId, occurredOn: '2025-01-01' });
    const secondmentId = await rec('Secondment', { personId, toUnitId: areaId, toPost: '挂职副主任', occurredOn: '2025-01-01' });
    await rec('SecondmentAssessment', { secondmentId, kind: 'FEEDBACK', occurredOn: on });
    await rec('Talk', { personId, kind: 'MASSES', occurredOn: on, participants: '职工群众', opinions: '希望修缮道路' });
    await rec('Experience', { personId, kind: 'MARKET', occurredOn: on, place: '农贸市场', diary: '菜价平稳，摊位卫生有待改善。' });
    if (personId === b.id) Object.assign(personRecords, { contactLinkOut: linkId, secondmentOut: secondmentId });
  }
  personRecords.contactLinkInOther = await rec('ContactLink', { personId: a2.id, targetUnitId: t.group1.id, occurredOn: '2025-01-01' });

  // Unit-centred records (S6–S9, G.YEAR_END): one of each type in each farm. 尖山 gets a Party member and a
  // community of its own; the pairings get a needy household on each side.
  const unitRecords = { opinionChannelOut: '' };
  {
    const mk = async (name: string, input: Record<string, unknown>) =>
      ((await api.ok<Record<string, { id: string }>>(`mutation($i: Create${name}Input!) { x: create${name}(input: $i) { id } }`, { i: input })).x as { id: string }).id;
    const otherCommunity = await unit(api, 'COMMUNITY', '尖山社区', t.other);
    const memberOut = await mk('Person', { name: '吴刚', gender: 'MALE', birthDate: '1982-04-04', partyMember: true, partyJoinedOn: '2005-07-01', unitId: t.otherArea.id });
    for (const side of [
      { farm: t.heshan.id, member: a.id, deputy: a.id, community: t.community.id, group: t.group1.id },
      { farm: t.other.id, member: memberOut, deputy: b.id, community: otherCommunity.id, group: otherGroup.id },
    ]) {
      const on = '2025-04-10';
      const channelId = await mk('OpinionChannel', { unitId: side.farm, kind: 'BOX', name: '场部意见箱', openedOn: '2025-01-01' });
      const decisionId = await mk('Decision', { unitId: side.farm, title: '调整水费标准', proposedOn: on });
      await mk('Opinion', { channelId, receivedOn: on, content: '建议公开水费测算依据', decisionId });
      await mk('OpinionAnalysis', { unitId: side.farm, madeOn: '2025-04-05', periodFrom: '2025-01-01', periodTo: '2025-03-31', title: '一季度群众意见分析', findings: '集中在水费和道路' });
      await mk('Commitment', { personId: side.member, category: 'MANAGEMENT_AREA', content: '帮助两户职工发展庭院经济', proposedOn: on });
      await mk('DeputyActivity', { unitId: side.farm, title: '党代表接待日', heldOn: on, deputyIds: [side.deputy] });
      const needy = await mk('Household', { unitId: side.group, headName: '困难户', address: '9号', flags: ['POOR'] });
      await mk('DeputyPairing', { personId: side.deputy, householdId: needy, from: on });
      await mk('DeputyDutyReport', { personId: side.deputy, reportedOn: on, summary: '任期履职情况' });
      await mk('CommunityRegistration', { personId: side.member, communityId: side.community, reason: 'REGULAR', registeredOn: on });
      await mk('CommunityServiceProject', { personId: side.member, communityId: side.community, projectName: '邻里互助', claimedOn: on });
      await mk('ServicePairing', { personId: side.member, station: '社区服务站', householdId: needy, from: on });
      await mk('YearEndReport', { unitId: side.farm, year: 2025, title: '2025年联系服务群众工作报告', body: '全年开展联系服务群众工作情况。', draftedOn: '2025-12-20' });
      if (side.farm === t.other.id) unitRecords.opinionChannelOut = channelId;
    }
  }

  // Attachments (issues 6–7): one photo on each farm's research trip, stored as the system would.
  const attachments = { in: '', out: '', tripIn: '', tripOut: '' };
  for (const [personId, side] of [[a.id, 'in'], [b.id, 'out']] as const) {
    const sys = api.server.systemContext();
    const [trip] = await sys.em.getConnection().execute<{ id: string }[]>('select id from research_trip where person_id = ? order by created_at limit 1', [personId]);
    const target = await uploadTarget(sys, 'ResearchTrip', trip?.id ?? '');
    const row = await storeAttachment(sys, target, { fileName: encodeURIComponent('调研现场.png'), declaredType: 'image/png', bytes: TINY_PNG });
    attachments[side] = row.id;
    attachments[side === 'in' ? 'tripIn' : 'tripOut'] = target.record.id;
  }

  // Soft delete (issues 6–7): a research trip withdrawn in each farm. Kept as evidence, so it exists in the
  // table, but no normal read may show it to anyone; the recycle bin lists it to the farm's ADMIN.
  const deletedRecords = { tripIn: '', tripOut: '' };
  for (const [personId, side] of [[a.id, 'tripIn'], [b.id, 'tripOut']] as const) {
    const id = await rec('ResearchTrip', { personId, occurredOn: '2025-03-20', days: 1, purpose: '已撤回的调研' });
    await api.ok(`mutation($id: ID!) { deleteResearchTrip(id: $id) { id } }`, { id });
    deletedRecords[side] = id;
  }

  const pathOf = async (unitId: string) => {
    const d = await api.ok<{ orgUnit: { ancestors: { id: string }[] } }>(`query($id: ID!) { orgUnit(id: $id) { ancestors { id } } }`, { id: unitId });
    return `/${[...d.orgUnit.ancestors.map((x) => x.id), unitId].join('/')}/`;
  };
  const heshanPath = await pathOf(t.heshan.id);
  const area1Path = await pathOf(t.area1.id);
  const otherPath = await pathOf(t.other.id);

  return {
    t,
    otherGroup,
    ids: {
      householdIn,
      householdOut,
      personIn: a.id,
      personOut: b.id,
      personBureau: c.id,
      personInOther: a2.id,
      positionIn: posIn,
      positionOut: b.positions[0]?.id ?? '',
      positionInAtOutUnit: posInAtOut,
      termIn,
      termOut,
      userAdminIn,
      userAdminOut,
      tokenIn: created.apiToken.id,
      tokenOut,
    },
    callers: {
      admin: { name: 'ADMIN of 鹤山农场', headers: bearer(adminToken), scopePath: heshanPath, role: 'ADMIN' },
      head: { name: 'HEAD of 鹤山农场', headers: bearer(await login('head-hs')), scopePath: heshanPath, role: 'HEAD' },
      cadre: { name: 'CADRE of 第一管理区', headers: bearer(await login('cadre-hs')), scopePath: area1Path, role: 'CADRE' },
      token: { name: 'API token of 鹤山农场', headers: { 'x-api-key': created.token }, scopePath: heshanPath, role: 'TOKEN' },
      otherAdmin: { name: 'ADMIN of 尖山农场', headers: bearer(otherAdminToken), scopePath: otherPath, role: 'ADMIN' },
    },
    paths: { heshan: heshanPath, area1: area1Path, other: otherPath },
    unitRecords,
    personRecords,
    attachments,
    deletedRecords,
  };
}

/**
 * A fresh database, the API over it and the access world, made before a file's tests and dropped after them:
 * `const t = useAccessWorld();` then `t.api`, `t.w` inside the tests.
 */
export function useAccessWorld(): { db: TestDb; api: TestApi; w: AccessWorld } {
  const t = {} as { db: TestDb; api: TestApi; w: AccessWorld };
  beforeAll(async () => {
    t.db = await createTestDb();
    t.api = await createTestApi(t.db.orm);
    t.w = await accessWorld(t.api);
  });
  afterAll(async () => t.db?.drop());
  return t;
}
