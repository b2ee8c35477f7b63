// Builders for tests: people by profile, units, facts with generated ids, and a table runner.

import { expect, it } from 'vitest';
import { ruleById } from '../catalogue.js';
import { evaluate, type Evaluation } from '../evaluate.js';
import type { Fact, FactKind, FactOf } from '../facts.js';
import { yearPeriod, type Instant, type Period } from '../periods.js';
import type { PersonSubject, PositionFact, Subject, UnitSubject } from '../profiles.js';
import type { Rule, Status } from '../rule.js';
import type { OrgUnitKind, Rank, UnitFlag } from '../vocabulary/org.js';

export const YEAR = yearPeriod(2025);
/** As of the first day after 2025: the year is over. */
export const AFTER = '2026-01-01';
/** Mid-year: 2 July 2025 (182 of 365 days over). */
export const MID = '2025-07-02';

export function rule(id: string): Rule {
  const r = ruleById(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

type PositionFlags = Partial<Pick<PositionFact, 'leadershipTeam' | 'principal' | 'partySecretary' | 'branchHead' | 'deptHead' | 'unitFlags' | 'unitId' | 'title'>>;

export function pos(unitKind: OrgUnitKind, flags: PositionFlags = {}, from = '2020-01-01', to: string | null = null): PositionFact {
  return {
    unitId: flags.unitId ?? `${unitKind.toLowerCase()}-1`,
    unitKind,
    unitFlags: flags.unitFlags ?? [],
    title: flags.title ?? 'post',
    leadershipTeam: flags.leadershipTeam ?? false,
    principal: flags.principal ?? false,
    partySecretary: flags.partySecretary ?? false,
    branchHead: flags.branchHead ?? false,
    deptHead: flags.deptHead ?? false,
    from,
    to,
  };
}

export function person(positions: PositionFact[], rank: Rank = 'CLERK', extra: Partial<PersonSubject> = {}): PersonSubject {
  return { id: 'p1', rank, partyMember: true, positions, deputyTerms: [], ...extra };
}

export const P = {
  bureauPrincipal: (extra: Partial<PersonSubject> = {}) =>
    person([pos('BUREAU', { leadershipTeam: true, principal: true, partySecretary: true })], 'BUREAU', extra),
  bureauLeader: (extra: Partial<PersonSubject> = {}, from = '2020-01-01') =>
    person([pos('BUREAU', { leadershipTeam: true }, from)], 'DEPUTY_BUREAU', extra),
  farmPrincipal: (extra: Partial<PersonSubject> = {}) =>
    person([pos('FARM', { leadershipTeam: true, principal: true })], 'DIVISION', extra),
  farmLeader: (extra: Partial<PersonSubject> = {}, from = '2020-01-01') =>
    person([pos('FARM', { leadershipTeam: true }, from)], 'DEPUTY_DIVISION', extra),
  directUnitPrincipal: (extra: Partial<PersonSubject> = {}) => person([pos('DIRECT_UNIT', { principal: true })], 'DIVISION', extra),
  deptHead: (extra: Partial<PersonSubject> = {}) => person([pos('BUREAU_DEPARTMENT', { deptHead: true })], 'DIVISION', extra),
  divisionCadre: (extra: Partial<PersonSubject> = {}) => person([pos('FARM_DEPARTMENT')], 'DEPUTY_DIVISION', extra),
  sectionCadre: (extra: Partial<PersonSubject> = {}) => person([pos('FARM_DEPARTMENT')], 'SECTION', extra),
  areaTeam: (extra: Partial<PersonSubject> = {}) => person([pos('MANAGEMENT_AREA', { leadershipTeam: true })], 'DEPUTY_SECTION', extra),
  partySecretary: (extra: Partial<PersonSubject> = {}) => person([pos('MANAGEMENT_AREA', { leadershipTeam: true, partySecretary: true })], 'SECTION', extra),
  branchHead: (extra: Partial<PersonSubject> = {}) => person([pos('PARTY_BRANCH', { branchHead: true })], 'CLERK', extra),
  member: (extra: Partial<PersonSubject> = {}) => person([pos('COMMUNITY')], 'CLERK', extra),
  nonMember: (extra: Partial<PersonSubject> = {}) => person([pos('COMMUNITY')], 'NONE', { partyMember: false, ...extra }),
  retired: (extra: Partial<PersonSubject> = {}) => person([pos('FARM', { leadershipTeam: true }, '2000-01-01', '2019-12-31')], 'DIVISION', extra),
  deputy: (extra: Partial<PersonSubject> = {}) =>
    person([pos('COMMUNITY')], 'CLERK', { deputyTerms: [{ electingUnitId: 'farm-1', from: '2021-06-01', to: null }], ...extra }),
  heavyLeader: (extra: Partial<PersonSubject> = {}) =>
    person([pos('BUREAU_DEPARTMENT', { deptHead: true, unitFlags: ['HEAVY_PETITION_LOAD'] as UnitFlag[] })], 'DIVISION', extra),
};

export function unit(unitKind: OrgUnitKind, extra: Partial<UnitSubject> = {}): UnitSubject {
  return { subjectType: 'UNIT', id: 'u1', unitKind, unitFlags: [], ...extra };
}

let seq = 0;
type FactInput<K extends FactKind> = Omit<FactOf<K>, 'kind' | 'id' | 'date' | 'personId'> & { id?: string; date?: string; personId?: string | null };

/** A fact of `kind` owned by person p1 (pass unitId for unit facts), dated 2025-03-01 unless given. */
export function fact<K extends FactKind>(kind: K, fields: FactInput<K>): FactOf<K> {
  seq += 1;
  return { id: `${kind.toLowerCase()}-${seq}`, date: '2025-03-01', personId: 'p1', kind, ...fields } as unknown as FactOf<K>;
}

/** n facts of a kind on successive days from `start`. */
export function many<K extends FactKind>(n: number, kind: K, fields: FactInput<K>, start = '2025-02-01'): FactOf<K>[] {
  const base = new Date(`${start}T00:00:00Z`).getTime();
  return Array.from({ length: n }, (_, i) => fact(kind, { ...fields, date: new Date(base + i * 86_400_000).toISOString().slice(0, 10) }));
}

export interface Case {
  name: string;
  /** A variant of the catalogue rule (e.g. with an option changed). */
  rule?: Rule;
  subject: Subject;
  facts?: Fact[];
  period?: Period;
  asOf?: Instant;
  status: Status;
  actual?: number;
  required?: number;
  missing?: string[];
  check?: (e: Evaluation) => void;
}

/** Table-driven: one `it` per case, named by its behaviour. */
export function cases(ruleId: string, table: Case[]): void {
  for (const c of table) {
    it(c.name, () => {
      const e = evaluate(c.rule ?? rule(ruleId), c.subject, c.period ?? YEAR, c.facts ?? [], c.asOf ?? AFTER);
      expect(e.status, e.explanation.en).toBe(c.status);
      if (c.actual !== undefined) expect(e.actual).toBe(c.actual);
      if (c.required !== undefined) expect(e.required).toBe(c.required);
      if (c.missing !== undefined) expect(e.missing).toEqual(c.missing);
      c.check?.(e);
    });
  }
}

/** The catalogue rule with some option values changed. */
export function withOptions(id: string, values: Record<string, number | boolean | string>): Rule {
  const r = rule(id);
  const options = { ...r.options };
  for (const [k, v] of Object.entries(values)) {
    const o = options[k];
    if (!o) throw new Error(`${id} has no option ${k}`);
    options[k] = { ...o, value: v };
  }
  return { ...r, options };
}
