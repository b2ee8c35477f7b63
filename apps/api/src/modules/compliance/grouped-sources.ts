import type { Fact, FactKind } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { factScope, sqlDate } from '../common/record-kit.js';

/** Records alike in every field a measure reads, as one fact standing for `n` of them (see evaluateCovered). */
export interface FactGroup {
  fact: Fact;
  n: number;
}

export interface GroupQuery {
  /** Inclusive dates: the year's first day and the last day counted (countedUntil). */
  from: string;
  until: string;
  unitPath: string;
}

/**
 * Kinds compliance can read grouped instead of record by record, for the yearly coverage rules (S2.VISITS,
 * S2.FAMILY_VISITS): a million contact visits become one row per person, contact point and length. `fields`
 * are the fact fields a group carries; a rule is answered this way only when they include every field it reads.
 */
export interface GroupedSource {
  kind: FactKind;
  fields: readonly string[];
  load(em: EntityManager, q: GroupQuery): Promise<FactGroup[]>;
}

interface GroupRow {
  id: string;
  person_id: string;
  unit_id: string;
  date: string;
  n: number;
}

export const GROUPED_SOURCES: readonly GroupedSource[] = [
  {
    kind: 'CONTACT_VISIT',
    fields: ['linkId', 'days'],
    async load(em, q) {
      const scope = factScope('contact_visit', { from: q.from, to: q.until, unitPath: q.unitPath });
      if (!scope) return [];
      const rows = await em.getConnection().execute<(GroupRow & { link_id: string; days: string })[]>(
        `select min(x.id::text) as id, x.person_id::text, min(x.unit_id::text) as unit_id, ${sqlDate('min(x.occurred_on)')} as date,
                x.link_id::text, x.days, count(*)::int as n
           ${scope.sql} and x.person_id is not null
          group by x.person_id, x.link_id, x.days`,
        scope.params,
      );
      return rows.map((r) => ({
        fact: { kind: 'CONTACT_VISIT', id: r.id, personId: r.person_id, unitId: r.unit_id, date: r.date, linkId: r.link_id, days: Number(r.days) },
        n: r.n,
      }));
    },
  },
  {
    kind: 'FAMILY_VISIT',
    fields: ['householdId'],
    async load(em, q) {
      const scope = factScope('family_visit', { from: q.from, to: q.until, unitPath: q.unitPath });
      if (!scope) return [];
      const rows = await em.getConnection().execute<(GroupRow & { household_id: string })[]>(
        `select min(x.id::text) as id, x.person_id::text, min(x.unit_id::text) as unit_id, ${sqlDate('min(x.occurred_on)')} as date,
                x.household_id::text, count(*)::int as n
           ${scope.sql} and x.person_id is not null
          group by x.person_id, x.household_id`,
        scope.params,
      );
      return rows.map((r) => ({
        fact: { kind: 'FAMILY_VISIT', id: r.id, personId: r.person_id, unitId: r.unit_id, date: r.date, householdId: r.household_id, linkId: null },
        n: r.n,
      }));
    },
  },
];
