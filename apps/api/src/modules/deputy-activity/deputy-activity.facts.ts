import type { DeputyActivityFact, DeputyPairingFact, DutyReportFact, Fact, HouseholdFlag } from '@lianxi/rules';
import type { FactSource } from '../compliance/fact-source.js';

const D = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

export function deputyActivityFact(r: { id: string; unitId: string; heldOn: string }): DeputyActivityFact {
  return { id: r.id, kind: 'DEPUTY_ACTIVITY', unitId: r.unitId, date: r.heldOn };
}

export function deputyPairingFact(r: {
  id: string;
  personId: string | null;
  unitId: string;
  from: string;
  to: string | null;
  householdId: string;
  householdFlags: HouseholdFlag[];
  electingUnitId: string;
}): DeputyPairingFact {
  return {
    id: r.id,
    kind: 'DEPUTY_PAIRING',
    personId: r.personId,
    unitId: r.unitId,
    date: r.from,
    endDate: r.to,
    householdId: r.householdId,
    householdFlags: r.householdFlags,
    electingUnitId: r.electingUnitId,
  };
}

export function dutyReportFact(r: { id: string; personId: string | null; unitId: string; reportedOn: string; electingUnitId: string; evaluationResult: string | null }): DutyReportFact {
  return {
    id: r.id,
    kind: 'DUTY_REPORT',
    personId: r.personId,
    unitId: r.unitId,
    date: r.reportedOn,
    electingUnitId: r.electingUnitId,
    evaluationResult: r.evaluationResult,
  };
}

/**
 * S8 facts: activities organised in the window by units of the subtree; pairings overlapping it and duty
 * reports made in it by the subtree's deputies (of these people, when given). Three queries.
 */
export const deputyActivityFactSource: FactSource = {
  kinds: ['DEPUTY_ACTIVITY', 'DEPUTY_PAIRING', 'DUTY_REPORT'],
  async load(em, q) {
    const conn = em.getConnection();
    if (q.personIds && q.personIds.length === 0) {
      const activities = await conn.execute<{ id: string; unit_id: string; held_on: string }[]>(
        `select x.id, x.unit_id, ${D('x.occurred_on')} as held_on from deputy_activity x join org_unit u on u.id = x.unit_id
          where x.deleted_at is null and u.path like ? || '%' and x.occurred_on between ? and ?`,
        [q.unitPath, q.from, q.to],
      );
      return activities.map((r) => deputyActivityFact({ id: r.id, unitId: r.unit_id, heldOn: r.held_on }));
    }
    const byPerson = q.personIds ? ' and x.person_id in (?)' : '';
    const people = q.personIds ? [[...q.personIds]] : [];
    const [activities, pairings, reports] = await Promise.all([
      conn.execute<{ id: string; unit_id: string; held_on: string }[]>(
        `select x.id, x.unit_id, ${D('x.occurred_on')} as held_on from deputy_activity x join org_unit u on u.id = x.unit_id
          where x.deleted_at is null and u.path like ? || '%' and x.occurred_on between ? and ?`,
        [q.unitPath, q.from, q.to],
      ),
      conn.execute<
        { id: string; person_id: string | null; unit_id: string; from_on: string; to_on: string | null; household_id: string; flags: HouseholdFlag[]; electing_unit_id: string }[]
      >(
        `select x.id, x.person_id, x.unit_id, ${D('x.occurred_on')} as from_on, ${D('x.ends_on')} as to_on, x.household_id, h.flags,
                t.electing_unit_id
           from deputy_pairing x join org_unit u on u.id = x.unit_id join household h on h.id = x.household_id
           join deputy_term t on t.id = x.term_id
          where x.deleted_at is null and u.path like ? || '%' and x.occurred_on <= ? and (x.ends_on is null or x.ends_on >= ?)${byPerson}`,
        [q.unitPath, q.to, q.from, ...people],
      ),
      conn.execute<{ id: string; person_id: string | null; unit_id: string; reported_on: string; electing_unit_id: string; evaluation_result: string | null }[]>(
        `select x.id, x.person_id, x.unit_id, ${D('x.occurred_on')} as reported_on, t.electing_unit_id, x.evaluation_result
           from deputy_duty_report x join org_unit u on u.id = x.unit_id join deputy_term t on t.id = x.term_id
          where x.deleted_at is null and u.path like ? || '%' and x.occurred_on between ? and ?${byPerson}`,
        [q.unitPath, q.from, q.to, ...people],
      ),
    ]);
    const facts: Fact[] = activities.map((r) => deputyActivityFact({ id: r.id, unitId: r.unit_id, heldOn: r.held_on }));
    for (const r of pairings) {
      facts.push(
        deputyPairingFact({
          id: r.id,
          personId: r.person_id,
          unitId: r.unit_id,
          from: r.from_on,
          to: r.to_on,
          householdId: r.household_id,
          householdFlags: r.flags,
          electingUnitId: r.electing_unit_id,
        }),
      );
    }
    for (const r of reports) {
      facts.push(
        dutyReportFact({
          id: r.id,
          personId: r.person_id,
          unitId: r.unit_id,
          reportedOn: r.reported_on,
          electingUnitId: r.electing_unit_id,
          evaluationResult: r.evaluation_result,
        }),
      );
    }
    return facts;
  },
};
