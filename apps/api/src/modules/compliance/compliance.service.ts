import {
  NEEDY_HOUSEHOLD_FLAGS,
  RULES,
  effectiveRule,
  profilesAt,
  type CoverageMember,
  type Fact,
  type HouseholdFlag,
  type OrgUnitKind,
  type PersonSubject,
  type Rule,
  type Sector,
  type Subject,
  type SubjectSets,
  type UnitFlag,
  type UnitSubject,
} from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { getOrgUnit } from '../org-unit/org-unit.service.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { getPerson } from '../person/person.service.js';
import { personSubject } from '../person/person.subject.js';
import { asOfFor, evaluateSubjects, type SubjectResult } from './compliance.engine.js';
import { FACT_SOURCES } from './fact-sources.js';
import { ruleSetFor } from '../local-rule/local-rule.service.js';
import { loadCalendar } from '../reception/work-calendar.js';

interface UnitRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  path: string;
  parent_id: string | null;
  flags: UnitFlag[];
  sector: Sector | null;
}

export interface ComplianceRun {
  root: OrgUnitEntity;
  year: number;
  asOf: string;
  units: Map<string, UnitRow>;
  people: Map<string, { id: string; name: string; unitId: string }>;
  results: SubjectResult[];
}

const AREA_KINDS: readonly OrgUnitKind[] = ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA'];
const TEAM_UNIT_KINDS: readonly OrgUnitKind[] = ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY'];

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
  rootUnitId: string,
  year: number,
  asOfArg: string | null | undefined,
  opts: { system?: string | null; personIds?: string[] } = {},
): Promise<ComplianceRun> {
  checkYear(year);
  const root = await getOrgUnit(ctx, rootUnitId);
  const asOf = asOfFor(year, asOfArg, ctx.now);
  const conn = ctx.em.getConnection();
  const like = `${root.path}%`;
  const rules = rulesFor(opts.system);

  const unitRows = await conn.execute<UnitRow[]>(
    `select id, name, kind, path, parent_id, flags, sector from org_unit where path like ?`,
    [like],
  );
  const units = new Map(unitRows.map((u) => [u.id, u]));
  const households = await conn.execute<{ id: string; unit_id: string; flags: HouseholdFlag[]; head_name: string }[]>(
    `select h.id, h.unit_id, h.flags, h.head_name from household h join org_unit u on u.id = h.unit_id where u.path like ?`,
    [like],
  );
  const peopleRows = await conn.execute<{ id: string; name: string; unit_id: string; party_member: boolean; party_joined_on: string | null }[]>(
    opts.personIds
      ? `select p.id, p.name, p.unit_id, p.party_member, to_char(p.party_joined_on, 'YYYY-MM-DD') as party_joined_on
           from person p join org_unit u on u.id = p.unit_id where u.path like ? and p.id in (?)`
      : `select p.id, p.name, p.unit_id, p.party_member, to_char(p.party_joined_on, 'YYYY-MM-DD') as party_joined_on
           from person p join org_unit u on u.id = p.unit_id where u.path like ?`,
    opts.personIds ? [like, opts.personIds] : [like],
  );
  const people = new Map(peopleRows.map((p) => [p.id, { id: p.id, name: p.name, unitId: p.unit_id }]));

  const facts: Fact[] = [];
  for (const source of FACT_SOURCES) {
    facts.push(...(await source.load(ctx.em, { from: `${year}-01-01`, to: `${year}-12-31`, unitPath: root.path })));
  }

  // Sets the coverage rules read, from the units and households of the subtree.
  const childrenOf = (unitId: string, kinds: readonly OrgUnitKind[]): CoverageMember[] => {
    const u = units.get(unitId);
    if (!u) return [];
    return unitRows.filter((x) => x.path.startsWith(u.path) && x.id !== u.id && kinds.includes(x.kind)).map((x) => ({ id: x.id, label: x.name }));
  };
  const householdsUnder = (unitId: string, needyOnly = false): CoverageMember[] => {
    const u = units.get(unitId);
    if (!u) return [];
    return households
      .filter((h) => (units.get(h.unit_id)?.path ?? '').startsWith(u.path))
      .filter((h) => !needyOnly || h.flags.some((f) => NEEDY_HOUSEHOLD_FLAGS.includes(f)))
      .map((h) => ({ id: h.id, label: h.head_name }));
  };
  const bureauOf = (unitId: string): UnitRow | undefined => {
    const u = units.get(unitId);
    const rootId = u?.path.split('/').filter(Boolean)[0];
    return rootId ? units.get(rootId) : undefined;
  };

  const subjects: Subject[] = [];
  // Requested together so the loader batches them into three queries; awaiting one by one made it three per person.
  const loaded = await Promise.all(peopleRows.map((p) => personSubject(ctx, p.id)));
  for (const [i, p] of peopleRows.entries()) {
    const s = loaded[i];
    if (!s) continue;
    const sets: SubjectSets = {};
    for (const pos of s.positions) {
      if (pos.leadershipTeam && pos.unitKind === 'BUREAU') {
        const b = bureauOf(pos.unitId) ?? units.get(pos.unitId);
        if (b) sets.BUREAU_FARMS = childrenOf(b.id, ['FARM']);
      }
      if ((pos.leadershipTeam || pos.principal) && pos.unitKind === 'FARM') sets.FARM_AREAS = childrenOf(pos.unitId, AREA_KINDS);
      if ((pos.leadershipTeam || pos.principal || pos.partySecretary) && TEAM_UNIT_KINDS.includes(pos.unitKind)) {
        sets.AREA_HOUSEHOLDS = householdsUnder(pos.unitId);
      }
      if (pos.branchHead) {
        // The branch is the Party organisation of its parent unit: its members are that unit's Party members.
        const parent = units.get(pos.unitId)?.parent_id;
        sets.BRANCH_MEMBERS = peopleRows
          .filter((x) => x.party_member && x.id !== p.id && (x.unit_id === parent || x.unit_id === pos.unitId))
          .map((x) => ({ id: x.id, label: x.name }));
      }
    }
    const joined = p.party_joined_on;
    const subject: PersonSubject = {
      ...s,
      sector: units.get(p.unit_id)?.sector ?? null,
      memberSince: joined && joined >= `${year}-01-01` ? joined : null,
      sets,
    };
    subjects.push(subject);
  }

  if (!opts.personIds) {
    const unitKinds = new Set(rules.flatMap((r) => (r.appliesTo.subject === 'UNIT' ? (r.appliesTo.unitKinds === 'ANY' ? [] : r.appliesTo.unitKinds) : [])));
    const anyUnit = rules.some((r) => r.appliesTo.subject === 'UNIT' && r.appliesTo.unitKinds === 'ANY');
    const deputyUnits = new Set(
      (await conn.execute<{ electing_unit_id: string }[]>(
        `select distinct electing_unit_id from deputy_term d join org_unit u on u.id = d.electing_unit_id
          where u.path like ? and d.starts_on <= ? and (d.ends_on is null or d.ends_on >= ?)`,
        [like, `${year}-12-31`, `${year}-01-01`],
      )).map((r) => r.electing_unit_id),
    );
    const teamOf = (unitId: string): CoverageMember[] =>
      subjects.flatMap((s) =>
        'positions' in s && profilesAt(s, asOf).length && s.positions.some((pos) => pos.unitId === unitId && pos.leadershipTeam && pos.from <= asOf && (!pos.to || pos.to >= asOf))
          ? [{ id: s.id, label: people.get(s.id)?.name }]
          : [],
      );
    // S4.FARM_DAILY on working days only follows the same work calendar as the duty roster's month view.
    const calendar = await loadCalendar(ctx.em, [year]);
    const holidays = calendar.exceptions(`${year}-01-01`, `${year}-12-31`).filter((d) => !calendar.isWorkingDay(d));
    const extraWorkingDays = calendar.exceptions(`${year}-01-01`, `${year}-12-31`).filter((d) => calendar.isWorkingDay(d));
    for (const u of unitRows) {
      if (!anyUnit && !unitKinds.has(u.kind)) continue;
      const laggingUnits = unitRows.filter((x) => x.path.startsWith(u.path) && x.flags.includes('LAGGING')).map((x) => ({ id: x.id, label: x.name }));
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
  const ruleSet = await ruleSetFor(ctx.em, root.path);
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
  const results = evaluateSubjects(subjects, rulesOf, facts, year, asOf, ctx.now, rules);
  return { root, year, asOf, units, people, results };
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
  return runCompliance(ctx, rootId, year, asOf, { personIds: [person.id] });
}
