import type { Fact, TalkFact } from '@lianxi/rules';
import type { FactSource } from '../compliance/fact-source.js';
import { factScope, sqlDate } from '../common/record-kit.js';
import type { TalkKind } from './talk.entity.js';

const AUDIENCE: Record<TalkKind, TalkFact['audience']> = {
  LIFE_MEETING: 'CADRE',
  PAIRWISE: 'CADRE',
  BRANCH: 'MEMBER',
  MASSES: 'MASSES',
  DAILY: null,
};

export function talkFact(t: {
  id: string; personId: string | null; unitId: string; date: string; kind: TalkKind; counterpartId: string | null; round: string | null; opinions: string | null;
}): TalkFact {
  return {
    kind: 'TALK',
    id: t.id,
    personId: t.personId,
    unitId: t.unitId,
    date: t.date,
    occasion: t.kind,
    counterpartId: t.counterpartId,
    audience: AUDIENCE[t.kind],
    roundId: t.round?.trim() || null,
    opinionsRecorded: !!t.opinions?.trim(),
  };
}

/** S5's records for the compliance evaluator. */
export const talkFacts: FactSource = {
  kinds: ['TALK'],
  async load(em, q) {
    const scope = factScope('talk', q);
    if (!scope) return [];
    const rows = await em.getConnection().execute<
      { id: string; personId: string | null; unitId: string; date: string; kind: TalkKind; counterpartId: string | null; round: string | null; opinions: string | null }[]
    >(
      `select x.id::text as id, x.person_id::text as "personId", x.unit_id::text as "unitId", ${sqlDate('x.occurred_on')} as date,
              x.kind, x.counterpart_id::text as "counterpartId", x.round, x.opinions ${scope.sql}`,
      scope.params,
    );
    return rows.map((r): Fact => talkFact(r));
  },
};
