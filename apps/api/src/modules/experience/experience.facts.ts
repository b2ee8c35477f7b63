import type { ExperienceFact, Fact } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FactQuery, FactSource } from '../compliance/fact-source.js';
import { factScope, sqlDate } from '../common/record-kit.js';

export function experienceFact(x: { id: string; personId: string | null; unitId: string; date: string; kind: string; diary: string | null }): ExperienceFact {
  return { kind: 'EXPERIENCE', id: x.id, personId: x.personId, unitId: x.unitId, date: x.date, theme: x.kind, diary: x.diary };
}

/** S10's records for the compliance evaluator. */
export const experienceFacts: FactSource = {
  kinds: ['EXPERIENCE'],
  load: (em, q) => loadExperienceFacts(em, q),
};

/** Experiences of a window and subtree as facts; `extra` narrows them (a condition on `x`, the experience row). */
export async function loadExperienceFacts(em: EntityManager, q: FactQuery, extra?: { sql: string; params: unknown[] }): Promise<Fact[]> {
  const scope = factScope('experience', q);
  if (!scope) return [];
  const rows = await em.getConnection().execute<{ id: string; personId: string | null; unitId: string; date: string; kind: string; diary: string }[]>(
    `select x.id::text as id, x.person_id::text as "personId", x.unit_id::text as "unitId", ${sqlDate('x.occurred_on')} as date, x.kind, x.diary
       ${scope.sql}${extra ? ` and (${extra.sql})` : ''}`,
    [...scope.params, ...(extra?.params ?? [])],
  );
  return rows.map((r): Fact => experienceFact(r));
}
