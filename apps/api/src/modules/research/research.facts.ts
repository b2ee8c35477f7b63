import type { Fact, FactKind, ReportFact, ResearchTripFact, StationedStayFact, TopicFact } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FactQuery, FactSource } from '../compliance/fact-source.js';
import { factScope, sqlDate } from '../common/record-kit.js';
import type { ResearchReportEntity, ResearchTopicEntity, ResearchTripEntity } from './research.entity.js';

/**
 * A trip as the rules read it. `unitsVisited` holds the visited units with all their ancestors (a visit to an
 * area also visits its farm) and the households visited, as S1.WALK.* match on it; `paths` are the visited
 * units' materialised paths, which list the ancestors.
 */
export function tripFact(
  t: { id: string; personId: string | null; unitId: string; date: string; days: number; stationed: boolean; households: string[]; conduct: ResearchTripFact['conduct'] },
  paths: readonly string[],
): ResearchTripFact | StationedStayFact {
  const visited = [...new Set([...paths.flatMap((p) => p.split('/').filter(Boolean)), ...t.households])];
  const base = { id: t.id, personId: t.personId, unitId: t.unitId, date: t.date, days: t.days, unitsVisited: visited };
  return t.stationed ? { ...base, kind: 'STATIONED_STAY' } : { ...base, kind: 'RESEARCH_TRIP', conduct: t.conduct };
}

export function tripFactOf(e: ResearchTripEntity, paths: readonly string[]): ResearchTripFact | StationedStayFact {
  return tripFact(
    {
      id: e.id,
      personId: e.person?.id ?? null,
      unitId: e.unit.id,
      date: e.occurredOn,
      days: e.days,
      stationed: e.stationed,
      households: e.householdsVisited,
      conduct: { travelLight: e.travelLight, noReception: e.noReception, noDisturbance: e.noDisturbance },
    },
    paths,
  );
}

export function topicFactOf(e: ResearchTopicEntity): TopicFact {
  return {
    kind: 'TOPIC',
    id: e.id,
    personId: e.person?.id ?? null,
    unitId: e.unit.id,
    date: e.occurredOn,
    title: e.title,
    major: e.major,
    approvedOn: e.approvedOn,
    teamIds: [...e.teamIds],
    hasPlan: !!e.plan?.trim(),
  };
}

export function reportFactOf(e: ResearchReportEntity): ReportFact {
  return {
    kind: 'REPORT',
    id: e.id,
    personId: e.person?.id ?? null,
    unitId: e.unit.id,
    date: e.occurredOn,
    submittedTo: e.submittedTo,
    written: e.written,
  };
}

/**
 * Research trips and stationed stays of a window and subtree as facts; `extra` narrows them (a condition on `x`,
 * the research_trip row: compliance reads only the trips a check may fail this way).
 */
export async function loadTripFacts(em: EntityManager, q: FactQuery, extra?: { sql: string; params: unknown[] }): Promise<Fact[]> {
  const trip = factScope('research_trip', q);
  if (!trip) return [];
  const trips = await em.getConnection().execute<
    { id: string; person_id: string | null; unit_id: string; date: string; days: string; stationed: boolean; households: string[];
      travel_light: boolean; no_reception: boolean; no_disturbance: boolean; paths: string[] | null }[]
  >(
    `select x.id::text, x.person_id::text, x.unit_id::text, ${sqlDate('x.occurred_on')} as date, x.days, x.stationed,
            x.households_visited::text[] as households, x.travel_light, x.no_reception, x.no_disturbance,
            (select array_agg(v.path) from org_unit v where v.id = any(x.units_visited)) as paths
       ${trip.sql}${extra ? ` and (${extra.sql})` : ''}`,
    [...trip.params, ...(extra?.params ?? [])],
  );
  return trips.map((t) =>
    tripFact(
      {
        id: t.id, personId: t.person_id, unitId: t.unit_id, date: t.date, days: Number(t.days), stationed: t.stationed,
        households: t.households, conduct: { travelLight: t.travel_light, noReception: t.no_reception, noDisturbance: t.no_disturbance },
      },
      t.paths ?? [],
    ),
  );
}

/** S1's records for the compliance evaluator: three queries for a window and a subtree. */
export const researchFacts: FactSource = {
  kinds: ['RESEARCH_TRIP', 'STATIONED_STAY', 'TOPIC', 'REPORT'],
  byKind: true,
  async load(em, q) {
    const conn = em.getConnection();
    const wants = (...kinds: FactKind[]) => !q.kinds || kinds.some((k) => q.kinds?.includes(k));
    const topic = wants('TOPIC') ? factScope('research_topic', q) : null;
    const report = wants('REPORT') ? factScope('research_report', q) : null;
    const topics = !topic ? [] : await conn.execute<
      { id: string; person_id: string | null; unit_id: string; date: string; title: string; major: boolean; approved_on: string | null;
        team_ids: string[]; has_plan: boolean }[]
    >(
      `select x.id::text, x.person_id::text, x.unit_id::text, ${sqlDate('x.occurred_on')} as date, x.title, x.major,
              ${sqlDate('x.approved_on')} as approved_on, x.team_ids::text[] as team_ids, coalesce(btrim(x.plan), '') <> '' as has_plan
         ${topic.sql}`,
      topic.params,
    );
    const reports = !report ? [] : await conn.execute<
      { id: string; person_id: string | null; unit_id: string; date: string; submitted_to: ReportFact['submittedTo']; written: boolean }[]
    >(
      `select x.id::text, x.person_id::text, x.unit_id::text, ${sqlDate('x.occurred_on')} as date, x.submitted_to, x.written
         ${report.sql}`,
      report.params,
    );
    const facts: Fact[] = wants('RESEARCH_TRIP', 'STATIONED_STAY') ? await loadTripFacts(em, q) : [];
    for (const t of topics) {
      facts.push({
        kind: 'TOPIC', id: t.id, personId: t.person_id, unitId: t.unit_id, date: t.date, title: t.title, major: t.major,
        approvedOn: t.approved_on, teamIds: t.team_ids, hasPlan: t.has_plan,
      });
    }
    for (const r of reports) {
      facts.push({ kind: 'REPORT', id: r.id, personId: r.person_id, unitId: r.unit_id, date: r.date, submittedTo: r.submitted_to, written: r.written });
    }
    return facts;
  },
};
