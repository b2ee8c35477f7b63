import {
  RULES,
  checkedMeasure,
  countedMeasure,
  countedUntil,
  coveredMeasure,
  effectiveRule,
  yearPeriod,
  profilesAt,
  type CoverageMember,
  type Fact,
  type FactKind,
  type Rule,
  type Subject,
  type UnitSubject,
} from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { getOrgUnit } from '../org-unit/org-unit.service.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { getPerson } from '../person/person.service.js';
import { asOfFor, asOfInstant, evaluateSubjects, FactIndex, kindsReadBy, push, subjectSetsReadBy, type SubjectResult } from './compliance.engine.js';
import { loadCounters, type CounterTable } from './counters.js';
import { CHECK_SUSPECTS, widestOption } from './check-suspects.js';
import { GROUPED_SOURCES, loadGroups, type FactGroup, type GroupedSource } from './grouped-sources.js';
import { loadPopulation, type Population, type UnitRow } from './population.js';

/** The grouped sources that answer a yearly coverage rule, when every kind it reads has one carrying its fields. */
function groupedSourcesFor(rule: Rule): GroupedSource[] | null {
  const m = coveredMeasure(rule);
  if (!m) return null;
  const sources = m.kinds.map((k) => GROUPED_SOURCES.find((s) => s.kind === k && m.fields.every((f) => s.fields.includes(f))));
  return sources.every((s) => s) ? (sources as GroupedSource[]) : null;
}

/** The kinds a grouped rule still reads as facts: its members' (the links) and its applicability's. */
function memberKinds(rule: Rule): Set<FactKind> {
  const m = rule.measure;
  const out = new Set<FactKind>(m.type === 'COVERAGE' && m.members.from === 'FACTS' ? m.members.of.kinds : []);
  if (rule.appliesTo.subject === 'PERSON') for (const k of rule.appliesTo.requiresFacts?.kinds ?? []) out.add(k);
  return out;
}
import { factNeeds, loadFacts } from './fact-plan.js';
import { ruleSetFor } from '../local-rule/local-rule.service.js';
import { loadCalendar } from '../reception/work-calendar.js';

export interface ComplianceRun {
  root: OrgUnitEntity;
  year: number;
  asOf: string;
  units: Map<string, UnitRow>;
  people: Map<string, { id: string; name: string; unitId: string }>;
  results: SubjectResult[];
  /** The facts loaded for rules not answered from counters (all of them for one person's run). */
  facts: Fact[];
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2015 || year > 2100) {
    throw badInput('year', { zh: `年份应在 2015 到 2100 之间，收到 ${year}`, en: `year must be from 2015 to 2100, got ${year}` });
  }
}

export function rulesFor(system?: string | null): Rule[] {
  return system ? RULES.filter((r) => r.system === system) : [...RULES];
}

/**
 * Everything compliance needs for a subtree in a fixed number of queries: its units, households, people
 * (with posts and deputy terms), and every module's facts for the year; then the rules' evaluator in memory.
 */
export async function runCompliance(
  ctx: Ctx,
  rootUnit: string | OrgUnitEntity,
  year: number,
  asOfArg: string | null | undefined,
  opts: { system?: string | null; personIds?: string[]; useCounters?: boolean } = {},
): Promise<ComplianceRun> {
  checkYear(year);
  // A caller that has already checked the unit in scope passes it, loaded.
  const root = typeof rootUnit === 'string' ? await getOrgUnit(ctx, rootUnit) : rootUnit;
  const asOf = asOfFor(year, asOfArg, ctx.now);
  const rules = rulesFor(opts.system);

  // How each rule is answered (see ADR 0007): counted measures read the kept counters; checks over plain records
  // with a suspects condition read only the records that may fail (check-suspects.ts); yearly coverage over kinds
  // kept per contact point reads those counters, with only its members (the subject's links) as facts; the other
  // rules' kinds are loaded as facts, each only for the people whose rules read it (fact-plan.ts).
  const useCounters = opts.useCounters ?? true;
  const suspectsOf = (r: Rule) => (r.measure.type === 'CHECK' && checkedMeasure(r) ? CHECK_SUSPECTS[r.measure.check] : undefined);
  const checkedRules = useCounters ? rules.filter((r) => suspectsOf(r)) : [];
  const checkedIds = new Set(checkedRules.map((r) => r.id));
  const groupedRules = useCounters ? rules.filter((r) => groupedSourcesFor(r)) : [];
  const groupedIds = new Set(groupedRules.map((r) => r.id));
  const factRules = useCounters ? rules.filter((r) => !countedMeasure(r) && !checkedIds.has(r.id) && !groupedIds.has(r.id)) : rules;
  const until = countedUntil(yearPeriod(year), asOfInstant(asOf, ctx.now));
  const window = { from: `${year}-01-01`, to: `${year}-12-31`, unitPath: root.path };

  // Everything that does not depend on the subtree's people is read while they are: the reads go out together
  // on the pool's connections (one after another inside a transaction) instead of each waiting for the last.
  // Households are members of two coverage sets only (S1.WALK.AREA, S2.COVER_LAGGING): not read otherwise.
  const sets = subjectSetsReadBy(rules);
  const readsHouseholds = sets.has('AREA_HOUSEHOLDS') || sets.has('LAGGING_TARGETS');
  // Unit subjects only when some asked rule judges units (a system of person rules, such as S10, has none).
  const unitKinds = new Set(rules.flatMap((r) => (r.appliesTo.subject === 'UNIT' ? (r.appliesTo.unitKinds === 'ANY' ? [] : r.appliesTo.unitKinds) : [])));
  const anyUnit = rules.some((r) => r.appliesTo.subject === 'UNIT' && r.appliesTo.unitKinds === 'ANY');
  const judgesUnits = !opts.personIds && (anyUnit || unitKinds.size > 0);
  const ruleSetRead = ruleSetFor(ctx.em, root.path);
  const populationRead = loadPopulation(ctx, root.path, year, readsHouseholds, opts.personIds);
  const [population, calendar, ruleSet, groupRows, suspectFacts, counters] = await Promise.all([
    populationRead,
    // S4.FARM_DAILY on working days only follows the same work calendar as the duty roster's month view.
    judgesUnits ? loadCalendar(ctx.em, [year]) : null,
    ruleSetRead,
    groupedRules.length
      ? loadGroups(ctx.em, [...new Set(groupedRules.flatMap((r) => groupedSourcesFor(r) ?? []))], { from: `${year}-01-01`, until, unitPath: root.path })
      : [],
    // The suspects of every unit's rule in force: the loosest option across the local rule sets.
    ruleSetRead.then(async (rs) => {
      const out: Fact[] = [];
      for (const rule of checkedRules) {
        const source = suspectsOf(rule);
        if (!source) continue;
        const q = { ...window, ...(opts.personIds ? { personIds: opts.personIds } : {}) };
        for (const f of await source.load(ctx.em, q, (name) => widestOption(rule.id, name, rs.overrides))) out.push(f);
      }
      return out;
    }),
    // Counters by subject id once the population is known (usually kept: at once); by id they are read through
    // the index on kind and month instead of joining the subtree's people again.
    useCounters ? populationRead.then(readCounters) : undefined,
  ]);
  const { unitRows, units, people, deputyUnits, householdsUnder } = population;

  function readCounters(p: Population): Promise<CounterTable> {
    const countedKinds = [...new Set([...rules.flatMap((r) => countedMeasure(r)?.kinds ?? []), ...checkedRules.flatMap((r) => checkedMeasure(r)?.kinds ?? [])])];
    // Kinds no monthly or quarterly rule counts are read as one total per subject for the year.
    const byPeriod = rules.filter((r) => countedMeasure(r) || checkedIds.has(r.id));
    const monthly = new Set(byPeriod.filter((r) => r.period !== 'YEAR').flatMap((r) => countedMeasure(r)?.kinds ?? checkedMeasure(r)?.kinds ?? []));
    const yearly = new Set(countedKinds.filter((k) => !monthly.has(k)));
    // A roll-up reads its whole subtree's counters (units as well as people); one person's run reads theirs.
    return loadCounters(ctx.em, opts.personIds ?? [...p.people.keys(), ...p.units.keys()], countedKinds, year, until, yearly);
  }

  // A kept population is shared: the unit subjects go into a list of this run's own.
  const subjects: Subject[] = [...population.personSubjects];

  if (judgesUnits) {
    // Leadership teams by unit, in one pass over the subjects.
    const teams = new Map<string, CoverageMember[]>();
    for (const s of subjects) {
      if (!('positions' in s) || !profilesAt(s, asOf).length) continue;
      const unitIds = new Set(s.positions.filter((pos) => pos.leadershipTeam && pos.from <= asOf && (!pos.to || pos.to >= asOf)).map((pos) => pos.unitId));
      for (const unitId of unitIds) push(teams, unitId, { id: s.id, label: people.get(s.id)?.name });
    }
    const teamOf = (unitId: string): CoverageMember[] => teams.get(unitId) ?? [];
    const lagging = unitRows.filter((x) => x.flags.includes('LAGGING'));
    if (!calendar) throw new Error('the work calendar is read for every roll-up judging units');
    const holidays = calendar.exceptions(`${year}-01-01`, `${year}-12-31`).filter((d) => !calendar.isWorkingDay(d));
    const extraWorkingDays = calendar.exceptions(`${year}-01-01`, `${year}-12-31`).filter((d) => calendar.isWorkingDay(d));
    for (const u of unitRows) {
      if (!anyUnit && !unitKinds.has(u.kind)) continue;
      const laggingUnits = lagging.filter((x) => x.path.startsWith(u.path)).map((x) => ({ id: x.id, label: x.name }));
      const subject: UnitSubject = {
        subjectType: 'UNIT',
        id: u.id,
        unitKind: u.kind,
        unitFlags: u.flags,
        hasDeputies: deputyUnits.has(u.id),
        holidays,
        extraWorkingDays,
        sets: { TEAM_MEMBERS: teamOf(u.id), LAGGING_TARGETS: [...laggingUnits, ...householdsUnder(u.id, true)] },
      };
      subjects.push(subject);
    }
  }

  // Local rule sets: each subject is held to the rules in force for its own unit on the as-of date.
  const byUnit = new Map<string, Rule[]>();
  const rulesOf = (subject: Subject): readonly Rule[] => {
    if (!ruleSet.overrides.length) return rules;
    const unitId = 'subjectType' in subject ? subject.id : people.get(subject.id)?.unitId;
    const unit = unitId ? units.get(unitId) : undefined;
    if (!unit) return rules;
    let list = byUnit.get(unit.id);
    if (!list) {
      const path = unit.path.split('/').filter(Boolean);
      list = rules.map((r) => effectiveRule(ruleSet, r.id, path, asOf));
      byUnit.set(unit.id, list);
    }
    return list;
  };
  const needs = factNeeds([...factRules, ...groupedRules], subjects, year, (r) => (groupedIds.has(r.id) ? memberKinds(r) : kindsReadBy([r])));
  const facts = await loadFacts(ctx.em, needs, window);
  let grouped: { rules: Set<string>; groups: Map<string, Map<FactKind, FactGroup[]>> } | undefined;
  if (groupedRules.length) {
    const groups = new Map<string, Map<FactKind, FactGroup[]>>();
    for (const { source, group } of groupRows) {
      const owner = group.fact.personId ?? '';
      let byKind = groups.get(owner);
      if (!byKind) groups.set(owner, (byKind = new Map()));
      push(byKind, source.kind, group);
    }
    grouped = { rules: groupedIds, groups };
  }
  const suspects = useCounters ? { rules: checkedIds, facts: new FactIndex(suspectFacts, new Set()) } : undefined;
  const results = evaluateSubjects(subjects, rulesOf, facts, year, asOf, ctx.now, rules, counters, suspects, grouped);
  return { root, year, asOf, units, people, results, facts };
}

/** The unit a result belongs to: the person's unit, or the unit itself. */
export function homeUnitOf(run: ComplianceRun, r: SubjectResult): UnitRow | undefined {
  if ('subjectType' in r.subject) return run.units.get(r.subject.id);
  const person = run.people.get(r.subject.id);
  return person ? run.units.get(person.unitId) : undefined;
}

export async function personComplianceRun(ctx: Ctx, personId: string, year: number, asOf: string | null | undefined): Promise<ComplianceRun> {
  const person = await getPerson(ctx, personId);
  // Evaluate within the person's farm (or bureau-level unit): rules comparing with colleagues see them.
  const unit = await getOrgUnit(ctx, person.unit.id);
  const ids = unit.path.split('/').filter(Boolean);
  // The farm (or the bureau-level unit) the person works in, unless the caller's scope starts lower.
  const scopeRootId = ctx.scopePath === '/' ? undefined : ctx.scopePath.split('/').filter(Boolean).pop();
  const farmId = ids[Math.min(1, ids.length - 1)] ?? unit.id;
  const rootId = scopeRootId && ids.indexOf(scopeRootId) > 1 ? scopeRootId : farmId;
  // One person's facts are few: the evaluator over them also names the records behind each number.
  return runCompliance(ctx, rootId, year, asOf, { personIds: [person.id], useCounters: false });
}
