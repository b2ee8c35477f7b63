import type { TestApi } from '../../test/gql.js';
import { smallTree, type SmallTree } from '../../test/fixtures.js';

const PASSWORD = 'Passw0rd-Passw0rd';

export interface ReceptionWorld {
  t: SmallTree;
  /** 副局长 of the bureau (a bureau leader). */
  bureauLeader: string;
  /** 场长 and 副场长 of 鹤山农场 (farm leadership team). */
  farmHead: string;
  farmDeputy: string;
  /** A clerk of 鹤山农场 without a leadership post. */
  clerk: string;
  /** A leader of 尖山农场 (outside the farm admin's scope). */
  otherLeader: string;
  headers: { bureauAdmin: Record<string, string>; farmAdmin: Record<string, string>; head: Record<string, string>; cadre: Record<string, string> };
}

/** A bureau with two farms, leaders with posts, and callers: a bureau ADMIN, a farm ADMIN, a HEAD, a CADRE (the farm deputy). */
export async function receptionWorld(api: TestApi): Promise<ReceptionWorld> {
  const t = await smallTree(api);
  const pp = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`;
  const person = async (name: string, unitId: string, positions: Record<string, unknown>[]) =>
    (await api.ok<{ createPerson: { id: string } }>(pp, {
      i: { name, gender: 'MALE', birthDate: '1975-01-01', partyMember: true, unitId, positions: positions.map((p) => ({ unitId, from: '2020-01-01', ...p })) },
    })).createPerson.id;
  const bureauLeader = await person('高志远', t.bureau.id, [{ title: '副局长', leadershipTeam: true }]);
  const farmHead = await person('刘场长', t.heshan.id, [{ title: '场长', leadershipTeam: true, principal: true }]);
  const farmDeputy = await person('陈副场长', t.heshan.id, [{ title: '副场长', leadershipTeam: true }]);
  const clerk = await person('王干事', t.heshan.id, [{ title: '干事' }]);
  const otherLeader = await person('周场长', t.other.id, [{ title: '场长', leadershipTeam: true, principal: true }]);

  const cu = `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`;
  const mk = (username: string, role: string, scopeUnitId: string, personId?: string) =>
    api.ok(cu, { i: { username, displayName: username, role, scopeUnitId, personId: personId ?? null, password: PASSWORD } });
  await mk('r-bureau-admin', 'ADMIN', t.bureau.id);
  await mk('r-farm-admin', 'ADMIN', t.heshan.id);
  await mk('r-head', 'HEAD', t.heshan.id);
  await mk('r-cadre', 'CADRE', t.heshan.id, farmDeputy);
  const login = async (u: string) => ({
    authorization: `Bearer ${(await api.ok<{ login: { token: string } }>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: PASSWORD })).login.token}`,
  });
  return {
    t,
    bureauLeader,
    farmHead,
    farmDeputy,
    clerk,
    otherLeader,
    headers: { bureauAdmin: await login('r-bureau-admin'), farmAdmin: await login('r-farm-admin'), head: await login('r-head'), cadre: await login('r-cadre') },
  };
}
