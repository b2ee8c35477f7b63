import type { PersonSubject } from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { loader } from '../../graphql/loaders.js';

interface Row {
  person_id: string;
  rank: PersonSubject['rank'];
  party_member: boolean;
  birth_date: string;
  education: PersonSubject['education'];
  reserve_cadre: boolean;
  grassroots_experience: boolean;
}

/**
 * The rules' view of people: their dated posts with each unit's kind and flags, and their deputy terms. One
 * query for all people of a request (batched). Unit kinds are read even for posts outside the caller's scope:
 * only the derived profile keys leave the server.
 */
function subjectOf(id: string, r: Omit<Row, 'person_id'>, positions: PersonSubject['positions'], deputyTerms: PersonSubject['deputyTerms']): PersonSubject {
  return {
    id,
    rank: r.rank,
    partyMember: r.party_member,
    birthDate: r.birth_date,
    education: r.education,
    reserveCadre: r.reserve_cadre,
    grassrootsExperience: r.grassroots_experience,
    positions,
    deputyTerms,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function personSubject(ctx: Ctx, personId: string): Promise<PersonSubject | null> {
  return loader<string, PersonSubject | null>(ctx, 'person-subject', async (ids) => {
    const conn = ctx.em.getConnection();
    // One array parameter, not an IN list: a bureau roll-up asks for 20,000 people at once, and an inlined list
    // of that length cost more to escape and parse than the queries themselves.
    const idArray = `{${ids.filter((id) => UUID.test(id)).join(',')}}`;
    const people = await conn.execute<Row[]>(
      `select id as person_id, rank, party_member, to_char(birth_date, 'YYYY-MM-DD') as birth_date, education,
              reserve_cadre, grassroots_experience from person where id = any(?::uuid[])`,
      [idArray],
    );
    const positions = await conn.execute<
      { person_id: string; unit_id: string; kind: string; flags: string[]; title: string; leadership_team: boolean; principal: boolean;
        party_secretary: boolean; branch_head: boolean; dept_head: boolean; starts_on: string; ends_on: string | null }[]
    >(
      `select p.person_id, p.unit_id, u.kind, u.flags, p.title, p.leadership_team, p.principal, p.party_secretary, p.branch_head,
              p.dept_head, to_char(p.starts_on, 'YYYY-MM-DD') as starts_on, to_char(p.ends_on, 'YYYY-MM-DD') as ends_on
         from position p join org_unit u on u.id = p.unit_id where p.person_id = any(?::uuid[])
        order by p.starts_on, p.id`,
      [idArray],
    );
    const terms = await conn.execute<{ person_id: string; electing_unit_id: string; starts_on: string; ends_on: string | null }[]>(
      `select person_id, electing_unit_id, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on
         from deputy_term where person_id = any(?::uuid[])`,
      [idArray],
    );
    const byId = new Map<string, PersonSubject>();
    for (const r of people) {
      byId.set(r.person_id, subjectOf(r.person_id, r, [], []));
    }
    for (const p of positions) {
      byId.get(p.person_id)?.positions.push({
        unitId: p.unit_id,
        unitKind: p.kind as PersonSubject['positions'][number]['unitKind'],
        unitFlags: p.flags as PersonSubject['positions'][number]['unitFlags'],
        title: p.title,
        leadershipTeam: p.leadership_team,
        principal: p.principal,
        partySecretary: p.party_secretary,
        branchHead: p.branch_head,
        deptHead: p.dept_head,
        from: p.starts_on,
        to: p.ends_on,
      });
    }
    for (const t of terms) byId.get(t.person_id)?.deputyTerms.push({ electingUnitId: t.electing_unit_id, from: t.starts_on, to: t.ends_on });
    return ids.map((id) => byId.get(id) ?? null);
  }).load(personId);
}

/** A person of a subtree as compliance reads them: the subject and the columns a roll-up lists them by. */
export interface SubtreePerson {
  id: string;
  name: string;
  unit_id: string;
  party_member: boolean;
  party_joined_on: string | null;
  subject: PersonSubject;
}

/**
 * Everyone working under a unit path (or only `personIds` of them) with their posts and deputy terms, in one
 * statement: a bureau roll-up's 20,000 people were four (people, then subjects by id in three batched queries).
 * Posts come in the order the batched loader gives them (start date, then id).
 */
export async function personSubjectsUnder(ctx: Ctx, unitPath: string, personIds?: readonly string[]): Promise<SubtreePerson[]> {
  const rows = await ctx.em.getConnection().execute<(Omit<SubtreePerson, 'subject'> & Row & { positions: PersonSubject['positions']; terms: PersonSubject['deputyTerms'] })[]>(
    // Posts and terms are aggregated per person in one pass each (hash joins), not by a subquery per person:
    // 20,000 correlated subqueries were half of a bureau roll-up's SQL time.
    `with pp as (
       select p.* from person p join org_unit u on u.id = p.unit_id
        where u.path like ? || '%'${personIds ? ' and p.id = any(?::uuid[])' : ''}),
     pos as (
       select x.person_id, json_agg(json_build_object(
                'unitId', x.unit_id, 'unitKind', xu.kind, 'unitFlags', xu.flags, 'title', x.title,
                'leadershipTeam', x.leadership_team, 'principal', x.principal, 'partySecretary', x.party_secretary,
                'branchHead', x.branch_head, 'deptHead', x.dept_head,
                'from', to_char(x.starts_on, 'YYYY-MM-DD'), 'to', to_char(x.ends_on, 'YYYY-MM-DD')) order by x.starts_on, x.id) as positions
         from position x join org_unit xu on xu.id = x.unit_id where x.person_id in (select id from pp) group by x.person_id),
     terms as (
       select d.person_id, json_agg(json_build_object(
                'electingUnitId', d.electing_unit_id, 'from', to_char(d.starts_on, 'YYYY-MM-DD'), 'to', to_char(d.ends_on, 'YYYY-MM-DD'))) as terms
         from deputy_term d where d.person_id in (select id from pp) group by d.person_id)
     select p.id, p.name, p.unit_id, p.party_member, to_char(p.party_joined_on, 'YYYY-MM-DD') as party_joined_on,
            p.rank, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.education, p.reserve_cadre, p.grassroots_experience,
            coalesce(pos.positions, '[]') as positions, coalesce(t.terms, '[]') as terms
       from pp p left join pos on pos.person_id = p.id left join terms t on t.person_id = p.id`,
    personIds ? [unitPath, `{${personIds.filter((id) => UUID.test(id)).join(',')}}`] : [unitPath],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    unit_id: r.unit_id,
    party_member: r.party_member,
    party_joined_on: r.party_joined_on,
    subject: subjectOf(r.id, r, r.positions, r.terms),
  }));
}
