// Position profiles (spec: Subjects). A person's profiles at a date derive from their dated positions, rank,
// Party membership and deputy terms; a person may hold several at once and every applicable rule applies.

import {
  addDays,
  maxDate,
  minDate,
  overlapDays,
  periodDays,
  type Period,
} from './periods.js';
import type {
  EducationLevel,
  OrgUnitKind,
  Rank,
  Sector,
  Title,
  UnitFlag,
} from './vocabulary/org.js';

export const PROFILE_KEYS = [
  'BUREAU_PRINCIPAL',
  'BUREAU_LEADER',
  'FARM_PRINCIPAL',
  'FARM_LEADER',
  'DIRECT_UNIT_PRINCIPAL',
  'DEPT_HEAD',
  'DIVISION_CADRE',
  'SECTION_CADRE',
  'AREA_TEAM',
  'PARTY_SECRETARY',
  'BRANCH_HEAD',
  'ORGAN_CADRE',
  'PARTY_MEMBER',
  'DEPUTY',
  'HEAVY_PETITION_DEPT_LEADER',
] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

export const PROFILE_TITLES: Record<ProfileKey, Title> = {
  BUREAU_PRINCIPAL: { zh: '管理局主要领导', en: 'Bureau principal leader' },
  BUREAU_LEADER: { zh: '管理局领导班子成员', en: 'Bureau leadership team member' },
  FARM_PRINCIPAL: { zh: '农场主要领导', en: 'Farm principal leader' },
  FARM_LEADER: { zh: '农场领导班子成员', en: 'Farm leadership team member' },
  DIRECT_UNIT_PRINCIPAL: { zh: '局直单位主要领导', en: 'Principal leader of a bureau-direct unit' },
  DEPT_HEAD: { zh: '管理局机关部门主要负责人', en: 'Principal head of a bureau department' },
  DIVISION_CADRE: { zh: '处级党员干部', en: 'Party cadre at division level' },
  SECTION_CADRE: { zh: '科级党员干部', en: 'Party cadre at section level' },
  AREA_TEAM: { zh: '管理区、社区班子成员', en: 'Management area or community team member' },
  PARTY_SECRETARY: { zh: '各级党委(党组织)书记', en: 'Party secretary (any level)' },
  BRANCH_HEAD: { zh: '基层党支部负责人', en: 'Head of a grassroots Party branch' },
  ORGAN_CADRE: { zh: '机关党员干部', en: 'Party cadre in a bureau or farm organ' },
  PARTY_MEMBER: { zh: '在职党员', en: 'In-service Party member' },
  DEPUTY: { zh: '党代表', en: 'Party congress deputy' },
  HEAVY_PETITION_DEPT_LEADER: {
    zh: '信访任务重的部门领导干部',
    en: 'Leader of a department with a heavy petition load',
  },
};

export interface PositionFact {
  unitId: string;
  unitKind: OrgUnitKind;
  unitFlags: UnitFlag[];
  title: string;
  leadershipTeam: boolean;
  principal: boolean;
  partySecretary: boolean;
  branchHead: boolean;
  deptHead: boolean;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive; null = open. */
  to: string | null;
}

export interface DeputyTermFact {
  electingUnitId: string;
  from: string;
  to: string | null;
}

/** A member of a set a coverage rule must cover (a farm, a household, a branch member, …). */
export interface CoverageMember {
  id: string;
  label?: string;
}

/**
 * Sets a coverage rule reads from its subject. The API fills the ones the subject's rules need:
 * - BUREAU_FARMS: the farms of the leader's bureau (S1.WALK.BUREAU)
 * - FARM_AREAS: management areas, work stations and livestock areas of the leader's farm (S1.WALK.FARM)
 * - AREA_HOUSEHOLDS: households of the team member's area or community (S1.WALK.AREA)
 * - BRANCH_MEMBERS: Party members of the branch the subject heads (S5.BRANCH)
 * - TEAM_MEMBERS: person ids of a unit's leadership team (S5.PAIRWISE, unit subject)
 * - LAGGING_TARGETS: lagging farms, areas, residents' groups and needy households under a unit (S2.COVER_LAGGING)
 */
export const SUBJECT_SET_KEYS = [
  'BUREAU_FARMS',
  'FARM_AREAS',
  'AREA_HOUSEHOLDS',
  'BRANCH_MEMBERS',
  'TEAM_MEMBERS',
  'LAGGING_TARGETS',
] as const;
export type SubjectSetKey = (typeof SUBJECT_SET_KEYS)[number];
export type SubjectSets = Partial<Record<SubjectSetKey, readonly CoverageMember[]>>;

export interface PersonSubject {
  id: string;
  rank: Rank;
  partyMember: boolean;
  birthDate?: string | null;
  education?: EducationLevel | null;
  reserveCadre?: boolean;
  grassrootsExperience?: boolean;
  positions: PositionFact[];
  deputyTerms: DeputyTermFact[];
  /** Sector of the person's work, for S2.MIX.ORGAN (own-sector unit) and S7.CONTENT (commitment category). */
  sector?: Sector | null;
  /** Works at a Party-member service station (S9.PAIR applies). */
  serviceStation?: boolean;
  /** Date the person joined the Party or transferred in, if in the period: S9.REGISTER's 30 days run from it. */
  memberSince?: string | null;
  /** Coverage sets (see SUBJECT_SET_KEYS). */
  sets?: SubjectSets;
}

export interface UnitSubject {
  /** Discriminates unit subjects from person subjects. */
  subjectType: 'UNIT';
  id: string;
  unitKind: OrgUnitKind;
  unitFlags: UnitFlag[];
  /** The unit has Party-congress deputies (S8.ACTIVITY applies). */
  hasDeputies?: boolean;
  /**
   * Days that are not working days (public holidays) and weekend days that are (调休), for rules with the
   * `workingDaysOnly` option (S4.FARM_DAILY).
   */
  holidays?: readonly string[];
  extraWorkingDays?: readonly string[];
  sets?: SubjectSets;
}

export type Subject = PersonSubject | UnitSubject;

export function isUnitSubject(subject: Subject): subject is UnitSubject {
  return (subject as UnitSubject).subjectType === 'UNIT';
}

function activeAt<T extends { from: string; to: string | null }>(items: readonly T[], date: string): T[] {
  return items.filter((p) => p.from <= date && (p.to === null || date <= p.to));
}

const AREA_KINDS: readonly OrgUnitKind[] = ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY'];
const ORGAN_KINDS: readonly OrgUnitKind[] = ['BUREAU', 'BUREAU_DEPARTMENT', 'FARM_DEPARTMENT'];

/** The profile keys a person holds on `date` (YYYY-MM-DD), in PROFILE_KEYS order. */
export function profilesAt(subject: PersonSubject, date: string): ProfileKey[] {
  const positions = activeAt(subject.positions, date);
  const inService = positions.length > 0;
  const held = new Set<ProfileKey>();
  const at = (kinds: readonly OrgUnitKind[]) => positions.filter((p) => kinds.includes(p.unitKind));

  for (const p of at(['BUREAU'])) {
    if (p.leadershipTeam) held.add('BUREAU_LEADER');
    // A principal (secretary or director) is counted on the team even when the flag was left unset.
    if (p.principal) {
      held.add('BUREAU_PRINCIPAL');
      held.add('BUREAU_LEADER');
    }
  }
  for (const p of at(['FARM'])) {
    if (p.leadershipTeam) held.add('FARM_LEADER');
    if (p.principal) {
      held.add('FARM_PRINCIPAL');
      held.add('FARM_LEADER');
    }
  }
  if (at(['DIRECT_UNIT']).some((p) => p.principal)) held.add('DIRECT_UNIT_PRINCIPAL');
  // 管理局机关部门主要负责人: the head of the department, whether recorded as deptHead or as its principal.
  if (at(['BUREAU_DEPARTMENT']).some((p) => p.deptHead || p.principal)) held.add('DEPT_HEAD');
  if (inService && subject.partyMember) {
    if (subject.rank === 'DEPUTY_DIVISION' || subject.rank === 'DIVISION') held.add('DIVISION_CADRE');
    if (subject.rank === 'DEPUTY_SECTION' || subject.rank === 'SECTION') held.add('SECTION_CADRE');
  }
  if (at(AREA_KINDS).some((p) => p.leadershipTeam || p.principal || p.partySecretary)) held.add('AREA_TEAM');
  if (positions.some((p) => p.partySecretary)) held.add('PARTY_SECRETARY');
  if (positions.some((p) => p.branchHead)) held.add('BRANCH_HEAD');
  if (subject.partyMember && at(ORGAN_KINDS).length > 0) held.add('ORGAN_CADRE');
  if (subject.partyMember && inService) held.add('PARTY_MEMBER');
  if (activeAt(subject.deputyTerms, date).length > 0) held.add('DEPUTY');
  if (
    positions.some(
      (p) => p.unitFlags.includes('HEAVY_PETITION_LOAD') && (p.leadershipTeam || p.deptHead || p.principal),
    )
  ) {
    held.add('HEAVY_PETITION_DEPT_LEADER');
  }
  return PROFILE_KEYS.filter((k) => held.has(k));
}

export interface ProfileSegment {
  start: string;
  end: string;
  days: number;
  profiles: ProfileKey[];
}

/**
 * The period cut into spans over which the profiles do not change (cut where a position or deputy term starts
 * or ends). Cheap: one profilesAt call per span, not per day.
 */
export function profileTimeline(subject: PersonSubject, period: Period): readonly ProfileSegment[] {
  // Memoised per subject and period: every rule's applicability asks for it, for thousands of subjects in a
  // roll-up. Subjects are values: a subject whose posts change is a new object.
  // Keyed by start, then end: no key string is built per call.
  let mine = timelines.get(subject);
  if (!mine) timelines.set(subject, (mine = new Map()));
  let byEnd = mine.get(period.start);
  if (!byEnd) mine.set(period.start, (byEnd = new Map()));
  let t = byEnd.get(period.end);
  if (!t) byEnd.set(period.end, (t = timelineOf(subject, period)));
  return t;
}

const timelines = new WeakMap<PersonSubject, Map<string, Map<string, readonly ProfileSegment[]>>>();

function timelineOf(subject: PersonSubject, period: Period): ProfileSegment[] {
  const cuts = new Set<string>([period.start]);
  const addCut = (d: string) => {
    if (d > period.start && d <= period.end) cuts.add(d);
  };
  for (const item of [...subject.positions, ...subject.deputyTerms]) {
    addCut(item.from);
    if (item.to !== null) addCut(addDays(item.to, 1));
  }
  const starts = [...cuts].sort();
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? period.end : addDays(next, -1);
    return { start, end, days: overlapDays(period, start, end), profiles: profilesAt(subject, start) };
  });
}

/** Share 0..1 of the period in which each profile was held (profiles never held are absent). */
export function profileShares(subject: PersonSubject, period: Period): Partial<Record<ProfileKey, number>> {
  const total = periodDays(period);
  const days: Partial<Record<ProfileKey, number>> = {};
  for (const seg of profileTimeline(subject, period)) {
    for (const k of seg.profiles) days[k] = (days[k] ?? 0) + seg.days;
  }
  const out: Partial<Record<ProfileKey, number>> = {};
  for (const k of PROFILE_KEYS) {
    const d = days[k];
    if (d !== undefined && d > 0) out[k] = d / total;
  }
  return out;
}

export interface HoldingShare {
  /** Share 0..1 of the period in which the predicate held. */
  share: number;
  /** First and last day on which it held, or null when it never did. */
  window: { start: string; end: string } | null;
}

/** Share of the period in which `holds(profiles)` is true, and the span from its first to its last day. */
export function shareWhere(
  subject: PersonSubject,
  period: Period,
  holds: (profiles: readonly ProfileKey[]) => boolean,
): HoldingShare {
  let days = 0;
  let start: string | null = null;
  let end: string | null = null;
  for (const seg of profileTimeline(subject, period)) {
    if (!holds(seg.profiles)) continue;
    days += seg.days;
    start = start === null ? seg.start : minDate(start, seg.start);
    end = end === null ? seg.end : maxDate(end, seg.end);
  }
  return {
    share: days / periodDays(period),
    window: start !== null && end !== null ? { start, end } : null,
  };
}

/** The electing units of the deputy terms open at some day of the period. */
export function electingUnitIds(subject: PersonSubject, period: Period): string[] {
  return [
    ...new Set(
      subject.deputyTerms.filter((t) => overlapDays(period, t.from, t.to) > 0).map((t) => t.electingUnitId),
    ),
  ];
}
