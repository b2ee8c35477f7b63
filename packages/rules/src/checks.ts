// Constraint checks: pure functions over a record (and what it is checked against), returning violations with
// a stable code, a severity (ERROR blocks, WARNING is shown) and a reason in Chinese and English.

import { addDays, addYears, ageOn, daysBetween, isIsoDate } from './periods.js';
import type { Severity, Violation } from './rule.js';
import type { ContactLevel } from './facts.js';
import { EDUCATION_LEVELS, RANKS, type EducationLevel, type OrgUnitKind, type Rank } from './vocabulary/org.js';

function v(code: string, severity: Severity, zh: string, en: string): Violation {
  return { code, severity, reason: { zh, en } };
}

// ---------------------------------------------------------------------------------------------- S3.ELIGIBLE

export interface SecondmentCandidate {
  birthDate?: string | null;
  education?: EducationLevel | null;
  partyMember: boolean;
  rank: Rank;
  reserveCadre?: boolean;
  grassrootsExperience?: boolean;
  /** 优秀年轻大学生: eligible whatever the rank. */
  outstandingGraduate?: boolean;
}

export interface SecondmentPosting {
  /** Posting date (YYYY-MM-DD). */
  date: string;
  targetUnitKind: OrgUnitKind;
  role: 'SECRETARY' | 'DEPUTY_SECRETARY' | 'OTHER';
  /** Where the secondee comes from (农场机关和事业单位 are the main source). */
  fromUnitKind?: OrgUnitKind | null;
  /** A recorded reason to post despite failed conditions: errors become warnings. */
  overrideReason?: string | null;
}

export interface SecondmentEligibilityOptions {
  /** Default 40. */
  maxAge?: number;
  /**
   * false (default, as the spec says): age must be below maxAge. true: "40岁以下" read as the Chinese legal
   * convention does (以下 includes the number), i.e. 40 is still eligible.
   */
  maxAgeInclusive?: boolean;
  /** Default COLLEGE (大专). */
  minEducation?: EducationLevel;
  /** Highest rank allowed. Default SECTION (科级以下, section included). */
  maxRank?: Rank;
}

const SECONDMENT_TARGETS: readonly OrgUnitKind[] = ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY'];

/**
 * S3.ELIGIBLE (§三(三)2): posting to an area/station/community Party secretary or deputy — age under 40,
 * 大专 or above, CPC member, section level or below (or an outstanding young graduate). Priority goes to
 * reserve cadres without grassroots experience (a warning when not met). Other postings: no violations.
 */
export function checkSecondmentEligibility(
  person: SecondmentCandidate,
  posting: SecondmentPosting,
  opts: SecondmentEligibilityOptions = {},
): Violation[] {
  if (!SECONDMENT_TARGETS.includes(posting.targetUnitKind) || posting.role === 'OTHER') return [];
  const maxAge = opts.maxAge ?? 40;
  const minEducation = opts.minEducation ?? 'COLLEGE';
  const maxRank = opts.maxRank ?? 'SECTION';
  const out: Violation[] = [];
  if (!person.birthDate || !isIsoDate(person.birthDate)) {
    out.push(v('S3.ELIGIBLE.AGE_UNKNOWN', 'ERROR', '出生日期未登记,无法核实年龄', 'Birth date not recorded: age cannot be checked'));
  } else {
    const age = ageOn(person.birthDate, posting.date);
    const tooOld = opts.maxAgeInclusive ? age > maxAge : age >= maxAge;
    if (tooOld) {
      out.push(
        v(
          'S3.ELIGIBLE.AGE',
          'ERROR',
          `挂职时年龄${age}岁,须在${maxAge}岁以下`,
          `Aged ${age} at the posting date; must be under ${maxAge}${opts.maxAgeInclusive ? ' (40 included)' : ''}`,
        ),
      );
    }
  }
  if (!person.education) {
    out.push(v('S3.ELIGIBLE.EDUCATION_UNKNOWN', 'ERROR', '学历未登记', 'Education not recorded'));
  } else if (EDUCATION_LEVELS.indexOf(person.education) < EDUCATION_LEVELS.indexOf(minEducation)) {
    out.push(v('S3.ELIGIBLE.EDUCATION', 'ERROR', '学历须为大专以上', 'Education must be college (大专) or above'));
  }
  if (!person.partyMember) {
    out.push(v('S3.ELIGIBLE.PARTY', 'ERROR', '须为中共党员', 'Must be a CPC member'));
  }
  if (RANKS.indexOf(person.rank) > RANKS.indexOf(maxRank) && !person.outstandingGraduate) {
    out.push(v('S3.ELIGIBLE.RANK', 'ERROR', '须为科级以下干部或优秀年轻大学生', 'Must be at section level or below, or an outstanding young graduate'));
  }
  if (!person.reserveCadre || person.grassrootsExperience) {
    out.push(
      v(
        'S3.ELIGIBLE.PRIORITY',
        'WARNING',
        '应优先选派没有基层工作经历的后备干部',
        'Priority goes to reserve cadres without grassroots experience',
      ),
    );
  }
  if (posting.fromUnitKind && !['FARM_DEPARTMENT', 'FARM', 'DIRECT_UNIT', 'BUREAU_DEPARTMENT'].includes(posting.fromUnitKind)) {
    out.push(v('S3.ELIGIBLE.SOURCE', 'WARNING', '重点从农场机关和事业单位选派', 'Secondees come mainly from farm organs and institutions'));
  }
  const reason = posting.overrideReason?.trim();
  if (reason) {
    return out.map((x) =>
      x.severity === 'ERROR'
        ? {
            ...x,
            severity: 'WARNING',
            reason: { zh: `${x.reason.zh}(已记录例外理由:${reason})`, en: `${x.reason.en} (override recorded: ${reason})` },
          }
        : x,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- S2.DURATION

export interface ContactLinkPeriod {
  /** Start (YYYY-MM-DD). */
  from: string;
  /** Last day (inclusive), null = open. */
  to: string | null;
  endReason?: string | null;
}

/**
 * S2.DURATION (§三(二)3): a link lasts at least `minYears` (default 1: to ≥ from + 1 year − 1 day); ending it
 * earlier needs a recorded reason ("不实现全面提高不脱钩"). An open link is fine.
 */
export function checkContactLinkDuration(link: ContactLinkPeriod, opts: { minYears?: number } = {}): Violation[] {
  if (link.to === null) return [];
  const out: Violation[] = [];
  if (link.to < link.from) {
    out.push(v('S2.DURATION.END_BEFORE_START', 'ERROR', '结束日期早于开始日期', 'The link ends before it starts'));
    return out;
  }
  const minYears = opts.minYears ?? 1;
  const minEnd = addDays(addYears(link.from, minYears), -1);
  if (link.to < minEnd && !link.endReason?.trim()) {
    const days = daysBetween(link.from, link.to) + 1;
    out.push(
      v(
        'S2.DURATION.EARLY_END',
        'ERROR',
        `联系时间${days}天,不足${minYears}年,提前结束须记录原因`,
        `The link lasted ${days} days, under ${minYears} year(s); ending it early needs a recorded reason`,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- S2.NO_OVERLAP

export interface ContactLinkRef {
  id: string;
  personId: string;
  targetId: string;
  level: ContactLevel;
  from: string;
  to: string | null;
}

/**
 * S2.NO_OVERLAP (§三(二)1, "各层级联系点一般不重复交叉"): at one level a target is linked by at most one cadre
 * at a time. A warning, never a block ("一般").
 */
export function checkContactOverlap(link: ContactLinkRef, others: readonly ContactLinkRef[]): Violation[] {
  const clash = others.filter(
    (o) =>
      o.id !== link.id &&
      o.personId !== link.personId &&
      o.targetId === link.targetId &&
      o.level === link.level &&
      o.from <= (link.to ?? '9999-12-31') &&
      link.from <= (o.to ?? '9999-12-31'),
  );
  if (clash.length === 0) return [];
  return [
    v(
      'S2.NO_OVERLAP',
      'WARNING',
      `同一层级已有${clash.length}名干部联系该联系点,一般不重复交叉`,
      `${clash.length} other cadre(s) at the same level already link this target; links should not overlap`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------- S7.LIFECYCLE

export const COMMITMENT_STEPS = ['PROPOSED', 'PUBLISHED', 'FULFILLED', 'EVALUATED'] as const;
export type CommitmentStep = (typeof COMMITMENT_STEPS)[number];
const COMMITMENT_STEP_ZH: Record<CommitmentStep, string> = {
  PROPOSED: '提出承诺',
  PUBLISHED: '公开承诺',
  FULFILLED: '履行承诺',
  EVALUATED: '评议承诺',
};

export interface CommitmentState {
  proposedOn?: string | null;
  publishedOn?: string | null;
  fulfilledOn?: string | null;
  evaluatedOn?: string | null;
}

const COMMITMENT_FIELD: Record<CommitmentStep, keyof CommitmentState> = {
  PROPOSED: 'proposedOn',
  PUBLISHED: 'publishedOn',
  FULFILLED: 'fulfilledOn',
  EVALUATED: 'evaluatedOn',
};

function stepChecks<S extends string>(
  rule: string,
  steps: readonly S[],
  dateOf: (s: S) => string | null | undefined,
  names: Record<S, string>,
  next: S,
  date: string,
): Violation[] {
  const out: Violation[] = [];
  const i = steps.indexOf(next);
  if (dateOf(next)) {
    out.push(v(`${rule}.REPEATED`, 'ERROR', `“${names[next]}”已记录`, `Step ${next} is already recorded`));
  }
  for (let j = 0; j < i; j++) {
    const prev = steps[j] as S;
    const d = dateOf(prev);
    if (!d) {
      out.push(v(`${rule}.OUT_OF_ORDER`, 'ERROR', `须先完成“${names[prev]}”`, `Step ${prev} must come before ${next}`));
    } else if (d > date) {
      out.push(v(`${rule}.DATE_ORDER`, 'ERROR', `日期早于“${names[prev]}”(${d})`, `The date is before step ${prev} (${d})`));
    }
  }
  return out;
}

/** S7.LIFECYCLE (§三(七)1): may `next` be recorded on `date`? 提出 → 公开 → 履行 → 评议, in order. */
export function checkCommitmentStep(commitment: CommitmentState, next: CommitmentStep, date: string): Violation[] {
  return stepChecks('S7.LIFECYCLE', COMMITMENT_STEPS, (s) => commitment[COMMITMENT_FIELD[s]], COMMITMENT_STEP_ZH, next, date);
}

/** S7.LIFECYCLE for a stored commitment: no step recorded without the ones before it, dates in order. */
export function checkCommitmentRecord(commitment: CommitmentState): Violation[] {
  return replaySteps(COMMITMENT_STEPS, (s) => commitment[COMMITMENT_FIELD[s]], (s, d) => checkCommitmentStep(partial(commitment, s), s, d));
}

function partial(c: CommitmentState, upTo: CommitmentStep): CommitmentState {
  const out: CommitmentState = {};
  for (const s of COMMITMENT_STEPS) {
    if (s === upTo) break;
    out[COMMITMENT_FIELD[s]] = c[COMMITMENT_FIELD[s]] ?? null;
  }
  return out;
}

function replaySteps<S extends string>(
  steps: readonly S[],
  dateOf: (s: S) => string | null | undefined,
  check: (s: S, d: string) => Violation[],
): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const s of steps) {
    const d = dateOf(s);
    if (!d) continue;
    for (const x of check(s, d)) {
      const key = `${x.code}:${x.reason.en}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(x);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- S4.FORMS

export const VISIT_CASE_FORMS = ['REGISTRATION', 'ASSIGNMENT', 'SUPERVISION', 'CLOSURE'] as const;
export type VisitCaseForm = (typeof VISIT_CASE_FORMS)[number];
const FORM_ZH: Record<VisitCaseForm, string> = {
  REGISTRATION: '登记单',
  ASSIGNMENT: '交办单',
  SUPERVISION: '督办单',
  CLOSURE: '办结单',
};

export interface VisitCaseState {
  registeredOn?: string | null;
  assignedOn?: string | null;
  handlingUnitId?: string | null;
  responsiblePersonId?: string | null;
  supervisedOn?: string | null;
  closedOn?: string | null;
  repliedOn?: string | null;
  conversationRecord?: boolean;
}

const FORM_FIELD: Record<VisitCaseForm, 'registeredOn' | 'assignedOn' | 'supervisedOn' | 'closedOn'> = {
  REGISTRATION: 'registeredOn',
  ASSIGNMENT: 'assignedOn',
  SUPERVISION: 'supervisedOn',
  CLOSURE: 'closedOn',
};

/**
 * S4.FORMS (§三(四)2, "四单一记录"): may form `next` be filed on `date`? 登记单 → 交办单 → 督办单 → 办结单 in
 * order; the assignment names 承办单位 and 责任人; closure needs the conversation record (接谈记录) and the reply
 * to the visitor (办结必复). Pass the assignment's unit/person in `incoming` when filing it.
 */
export function checkVisitCaseStep(
  c: VisitCaseState,
  next: VisitCaseForm,
  date: string,
  incoming: Partial<VisitCaseState> = {},
): Violation[] {
  const out = stepChecks('S4.FORMS', VISIT_CASE_FORMS, (s) => c[FORM_FIELD[s]], FORM_ZH, next, date);
  const merged = { ...c, ...incoming };
  if (next === 'ASSIGNMENT' && (!merged.handlingUnitId || !merged.responsiblePersonId)) {
    out.push(v('S4.FORMS.ASSIGNEE', 'ERROR', '交办单须明确承办单位和责任人', 'The assignment must name the handling unit and the person responsible'));
  }
  if (next === 'CLOSURE') {
    if (!merged.conversationRecord) {
      out.push(v('S4.FORMS.RECORD', 'ERROR', '办结前须有接谈记录', 'A conversation record is needed before closure'));
    }
    if (!merged.repliedOn) {
      out.push(v('S4.FORMS.REPLY', 'ERROR', '办结必复:须答复来访群众', 'Every closed case is answered (办结必复): record the reply'));
    }
  }
  return out;
}

/** S4.FORMS for a stored case: forms in order with their contents. */
export function checkVisitCaseRecord(c: VisitCaseState): Violation[] {
  return replaySteps(VISIT_CASE_FORMS, (s) => c[FORM_FIELD[s]], (s, d) => {
    const before: VisitCaseState = { ...c };
    let after = false;
    for (const f of VISIT_CASE_FORMS) {
      if (f === s) after = true;
      if (after) before[FORM_FIELD[f]] = null;
    }
    return checkVisitCaseStep(before, s, d);
  });
}

export interface CaseDeadlineOptions {
  /** Days from registration to the acceptance decision. Default 15 (信访工作条例 2022). */
  acceptWithinDays?: number;
  /** Days from acceptance to closure. Default 60. */
  handleWithinDays?: number;
  /** Longest extension. Default 30. */
  maxExtensionDays?: number;
}

/** Beyond the text: the 2022 信访工作条例 deadlines, as warnings on an open case at `asOf` (YYYY-MM-DD). */
export function checkVisitCaseDeadlines(
  c: VisitCaseState & { acceptedOn?: string | null; extensionDays?: number | null },
  asOf: string,
  opts: CaseDeadlineOptions = {},
): Violation[] {
  const out: Violation[] = [];
  const accept = opts.acceptWithinDays ?? 15;
  const handle = opts.handleWithinDays ?? 60;
  const maxExt = opts.maxExtensionDays ?? 30;
  const ext = c.extensionDays ?? 0;
  if (ext > maxExt) {
    out.push(v('S4.SLA.EXTENSION', 'WARNING', `延期不得超过${maxExt}日`, `An extension may not exceed ${maxExt} days`));
  }
  if (c.registeredOn) {
    const acceptBy = addDays(c.registeredOn, accept);
    const acceptedOn = c.acceptedOn ?? null;
    if ((acceptedOn ?? asOf) > acceptBy) {
      out.push(v('S4.SLA.ACCEPT', 'WARNING', `登记后${accept}日内应告知是否受理`, `Acceptance should be decided within ${accept} days of registration`));
    }
  }
  if (c.acceptedOn) {
    const closeBy = addDays(c.acceptedOn, handle + Math.min(ext, maxExt));
    if ((c.closedOn ?? asOf) > closeBy) {
      out.push(v('S4.SLA.HANDLE', 'WARNING', `受理后${handle}日内应办结`, `Handling should end within ${handle} days of acceptance`));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- S10.DIARY

/** S10.DIARY (§三(十)3): every experience has a 民情日记 entry (at least `minChars` non-blank characters, default 1). */
export function checkExperienceDiary(experience: { diary?: string | null }, opts: { minChars?: number } = {}): Violation[] {
  const text = experience.diary?.trim() ?? '';
  const min = opts.minChars ?? 1;
  if (text.length >= min && text.length > 0) return [];
  return [
    v(
      'S10.DIARY.MISSING',
      'ERROR',
      text.length === 0 ? '体验活动须记录民情日记' : `民情日记不少于${min}字`,
      text.length === 0 ? 'An experience needs a diary entry (民情日记)' : `The diary entry needs at least ${min} characters`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------- S9.PROJECTS

/** S9.PROJECTS (§三(九)1, "认领1至2个社区服务项目"): 0 claimed is an error, more than `max` (default 2) a warning. */
export function checkServiceProjects(claimed: number, opts: { min?: number; max?: number } = {}): Violation[] {
  const min = opts.min ?? 1;
  const max = opts.max ?? 2;
  if (claimed < min) {
    return [v('S9.PROJECTS.TOO_FEW', 'ERROR', `须认领${min}至${max}个社区服务项目`, `Claim ${min} to ${max} community service projects`)];
  }
  if (claimed > max) {
    return [
      v(
        'S9.PROJECTS.TOO_MANY',
        'WARNING',
        `已认领${claimed}个社区服务项目,规定为${min}至${max}个`,
        `${claimed} community service projects claimed; the policy asks for ${min} to ${max}`,
      ),
    ];
  }
  return [];
}
