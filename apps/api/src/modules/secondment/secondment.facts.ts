import type { Fact, OrgUnitKind, SecondmentFact } from '@lianxi/rules';
import type { FactSource } from '../compliance/fact-source.js';
import { factScope, sqlDate } from '../common/record-kit.js';
import type { AssessmentResult, SecondmentRole } from './secondment.entity.js';

export interface SecondmentRow {
  id: string;
  personId: string | null;
  unitId: string;
  date: string;
  endDate: string | null;
  toUnitId: string;
  toUnitKind: string;
  fromUnitKind: string | null;
  role: SecondmentRole;
  leftOriginalPost: boolean;
  livesAtGrassroots: boolean;
  outstandingGraduate: boolean;
  overrideReason: string | null;
  /** Dates of FEEDBACK assessments. */
  feedbackDates: string[];
  /** The latest FINAL assessment, if any. */
  assessedOn: string | null;
  result: AssessmentResult | null;
}

export function secondmentFact(r: SecondmentRow): SecondmentFact {
  return {
    kind: 'SECONDMENT',
    id: r.id,
    personId: r.personId,
    unitId: r.unitId,
    date: r.date,
    endDate: r.endDate,
    targetUnitId: r.toUnitId,
    targetUnitKind: r.toUnitKind as OrgUnitKind,
    fromUnitKind: r.fromUnitKind as OrgUnitKind | null,
    role: r.role,
    leftOriginalPost: r.leftOriginalPost,
    livesAtGrassroots: r.livesAtGrassroots,
    feedbackDates: r.feedbackDates,
    assessedOn: r.assessedOn,
    assessmentResult: r.result,
    eligibilityOverrideReason: r.overrideReason,
    outstandingGraduate: r.outstandingGraduate,
  };
}

/** One query shape for the fact source and a single record's checks: the posting with its assessments. */
export const SECONDMENT_SELECT = `select x.id::text as id, x.person_id::text as "personId", x.unit_id::text as "unitId",
       ${sqlDate('x.occurred_on')} as date, ${sqlDate('x.ends_on')} as "endDate", x.to_unit_id::text as "toUnitId",
       tu.kind as "toUnitKind", fu.kind as "fromUnitKind", x.role, x.left_original_post as "leftOriginalPost",
       x.lives_at_grassroots as "livesAtGrassroots", x.outstanding_graduate as "outstandingGraduate",
       x.eligibility_override_reason as "overrideReason",
       coalesce((select array_agg(${sqlDate('a.occurred_on')} order by a.occurred_on) from secondment_assessment a
                  where a.secondment_id = x.id and a.deleted_at is null and a.kind = 'FEEDBACK'), '{}') as "feedbackDates",
       (select ${sqlDate('a.occurred_on')} from secondment_assessment a where a.secondment_id = x.id and a.deleted_at is null and a.kind = 'FINAL'
         order by a.occurred_on desc limit 1) as "assessedOn",
       (select a.result from secondment_assessment a where a.secondment_id = x.id and a.deleted_at is null and a.kind = 'FINAL'
         order by a.occurred_on desc limit 1) as result`;

const JOINS = 'join org_unit tu on tu.id = x.to_unit_id left join org_unit fu on fu.id = x.from_unit_id where';

/** S3's records for the compliance evaluator: postings overlapping the window, with their assessments. */
export const secondmentFacts: FactSource = {
  kinds: ['SECONDMENT'],
  async load(em, q) {
    const scope = factScope('secondment', q, true);
    if (!scope) return [];
    const rows = await em.getConnection().execute<SecondmentRow[]>(`${SECONDMENT_SELECT} ${scope.sql.replace('where', JOINS)}`, scope.params);
    return rows.map((r): Fact => secondmentFact(r));
  },
};

/** The fact of one secondment as stored (ids are uuids already checked by the caller). */
export async function loadSecondmentFact(em: Parameters<FactSource['load']>[0], id: string): Promise<SecondmentFact | null> {
  const rows = await em.getConnection().execute<SecondmentRow[]>(
    `${SECONDMENT_SELECT} from secondment x ${JOINS} x.id = ? and x.deleted_at is null`,
    [id],
  );
  return rows[0] ? secondmentFact(rows[0]) : null;
}
