import type { CommunityRegistrationFact, Fact, HouseholdFlag, ServicePairingFact, ServiceProjectFact } from '@lianxi/rules';
import type { FactSource } from '../compliance/fact-source.js';

const D = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

export function registrationFact(r: { id: string; personId: string | null; unitId: string; registeredOn: string; endsOn: string | null; communityId: string }): CommunityRegistrationFact {
  return { id: r.id, kind: 'COMMUNITY_REGISTRATION', personId: r.personId, unitId: r.unitId, date: r.registeredOn, endDate: r.endsOn, communityId: r.communityId };
}

/** Each claimed row is its own project: the policy counts the projects a member took on. */
export function serviceProjectFact(r: { id: string; personId: string | null; unitId: string; claimedOn: string; endsOn: string | null }): ServiceProjectFact {
  return { id: r.id, kind: 'SERVICE_PROJECT', personId: r.personId, unitId: r.unitId, date: r.claimedOn, endDate: r.endsOn, projectId: r.id };
}

export function servicePairingFact(r: { id: string; personId: string | null; unitId: string; from: string; to: string | null; householdId: string; householdFlags: HouseholdFlag[] }): ServicePairingFact {
  return { id: r.id, kind: 'SERVICE_PAIRING', personId: r.personId, unitId: r.unitId, date: r.from, endDate: r.to, householdId: r.householdId, householdFlags: r.householdFlags };
}

type Row = { id: string; person_id: string | null; unit_id: string; from_on: string; to_on: string | null };

/**
 * S9 facts of the subtree's members (of these people, when given). Registrations count whenever they started
 * (S9.REGISTER reads EVER), so they are loaded up to the window's end whatever their start; projects and
 * pairings overlapping the window. Three queries.
 */
export const communityServiceFactSource: FactSource = {
  kinds: ['COMMUNITY_REGISTRATION', 'SERVICE_PROJECT', 'SERVICE_PAIRING'],
  async load(em, q) {
    if (q.personIds && q.personIds.length === 0) return [];
    const conn = em.getConnection();
    const byPerson = q.personIds ? ' and x.person_id in (?)' : '';
    const people = q.personIds ? [[...q.personIds]] : [];
    const base = (table: string, extra = '', join = '') =>
      `select x.id, x.person_id, x.unit_id, ${D('x.occurred_on')} as from_on, ${D('x.ends_on')} as to_on${extra}
         from ${table} x join org_unit u on u.id = x.unit_id${join}
        where x.deleted_at is null and u.path like ? || '%' and x.occurred_on <= ? and (x.ends_on is null or x.ends_on >= ?)${byPerson}`;
    const [registrations, projects, pairings] = await Promise.all([
      conn.execute<(Row & { community_id: string })[]>(base('community_registration', ', x.community_id'), [q.unitPath, q.to, q.from, ...people]),
      conn.execute<Row[]>(base('community_service_project'), [q.unitPath, q.to, q.from, ...people]),
      conn.execute<(Row & { household_id: string; flags: HouseholdFlag[] })[]>(
        base('service_pairing', ', x.household_id, h.flags', ' join household h on h.id = x.household_id'),
        [q.unitPath, q.to, q.from, ...people],
      ),
    ]);
    const facts: Fact[] = [];
    for (const r of registrations) facts.push(registrationFact({ id: r.id, personId: r.person_id, unitId: r.unit_id, registeredOn: r.from_on, endsOn: r.to_on, communityId: r.community_id }));
    for (const r of projects) facts.push(serviceProjectFact({ id: r.id, personId: r.person_id, unitId: r.unit_id, claimedOn: r.from_on, endsOn: r.to_on }));
    for (const r of pairings) {
      facts.push(servicePairingFact({ id: r.id, personId: r.person_id, unitId: r.unit_id, from: r.from_on, to: r.to_on, householdId: r.household_id, householdFlags: r.flags }));
    }
    return facts;
  },
};
