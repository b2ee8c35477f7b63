import type { CommitmentFact, Sector } from '@lianxi/rules';
import type { FactSource } from '../compliance/fact-source.js';

export function commitmentFact(r: {
  id: string;
  personId: string | null;
  unitId: string;
  proposedOn: string;
  category: Sector;
  publishedOn: string | null;
  fulfilledOn: string | null;
  evaluatedOn: string | null;
}): CommitmentFact {
  return {
    id: r.id,
    kind: 'COMMITMENT',
    personId: r.personId,
    unitId: r.unitId,
    date: r.proposedOn,
    category: r.category,
    publishedOn: r.publishedOn,
    fulfilledOn: r.fulfilledOn,
    evaluatedOn: r.evaluatedOn,
  };
}

const D = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

/** S7 facts: commitments proposed in the window, in the subtree (and of these people, when given). One query. */
export const commitmentFactSource: FactSource = {
  kinds: ['COMMITMENT'],
  async load(em, q) {
    const byPerson = q.personIds ? ' and x.person_id in (?)' : '';
    if (q.personIds && q.personIds.length === 0) return [];
    const rows = await em.getConnection().execute<
      { id: string; person_id: string | null; unit_id: string; proposed_on: string; category: Sector; published_on: string | null; fulfilled_on: string | null; evaluated_on: string | null }[]
    >(
      `select x.id, x.person_id, x.unit_id, ${D('x.occurred_on')} as proposed_on, x.category, ${D('x.published_on')} as published_on,
              ${D('x.fulfilled_on')} as fulfilled_on, ${D('x.evaluated_on')} as evaluated_on
         from commitment x join org_unit u on u.id = x.unit_id
        where x.deleted_at is null and u.path like ? || '%' and x.occurred_on between ? and ?${byPerson}`,
      q.personIds ? [q.unitPath, q.from, q.to, [...q.personIds]] : [q.unitPath, q.from, q.to],
    );
    return rows.map((r) =>
      commitmentFact({
        id: r.id,
        personId: r.person_id,
        unitId: r.unit_id,
        proposedOn: r.proposed_on,
        category: r.category,
        publishedOn: r.published_on,
        fulfilledOn: r.fulfilled_on,
        evaluatedOn: r.evaluated_on,
      }),
    );
  },
};
