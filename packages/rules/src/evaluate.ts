// The pure evaluator: (rule, subject, period, facts, asOf) → actual, required, status, evidence, missing and a
// sentence in Chinese and English. The reference the API's SQL path is tested against.

import { INTERVAL_FACT_KINDS, factEnd, factField, type Fact, type FactKind } from './facts.js';
import {
  addDays,
  cstDate,
  datesOf,
  elapsedShare,
  isOver,
  isWeekday,
  maxDate,
  overlapDays,
  periodDays,
  proRate,
  type Instant,
  type Period,
} from './periods.js';
import {
  electingUnitIds,
  isUnitSubject,
  shareWhere,
  type CoverageMember,
  type PersonSubject,
  type Subject,
} from './profiles.js';
import { runCheck } from './record-checks.js';
import {
  numberOf,
  type CheckName,
  type FactSelector,
  type Measure,
  type MemberSource,
  type Predicate,
  type Rule,
  type Status,
  type ValueRef,
  type Violation,
} from './rule.js';
import { countedUntil, statusOf, statusOptionsFor, type StatusOptions } from './status.js';
import type { Title } from './vocabulary/org.js';

export interface Evaluation {
  ruleId: string;
  status: Status;
  actual: number;
  /** What was required of this subject (pro-rated). */
  required: number;
  /** The rule's requirement before pro-rating (for coverage: the members to cover). */
  fullRequired: number;
  /** Share 0..1 of the period the rule applied to the subject. */
  share: number;
  period: Period;
  /** Ids of the facts counted. */
  evidence: string[];
  /** What is still missing: coverage members, MIX components (KEY×n), days, failing record ids. */
  missing: string[];
  /** Errors found by checks (constraint and workflow rules). */
  violations: Violation[];
  /** Shown, never failing: above a max, overlapping links, overdue SLA, … */
  warnings: Violation[];
  explanation: Title;
}

export interface Applicability {
  applies: boolean;
  share: number;
  /** First and last day the rule applied in the period (null when it never did). */
  window: { start: string; end: string } | null;
}

/** Does the rule apply to the subject in the period, and for what share of it? */
export function applicability(rule: Rule, subject: Subject, period: Period, facts: readonly Fact[] = [], asOf?: Instant): Applicability {
  const none: Applicability = { applies: false, share: 0, window: null };
  const a = rule.appliesTo;
  if (a.subject === 'UNIT') {
    if (!isUnitSubject(subject)) return none;
    if (a.unitKinds !== 'ANY' && !a.unitKinds.includes(subject.unitKind)) return none;
    if (a.when?.includes('hasDeputies') && !subject.hasDeputies) return none;
    return { applies: true, share: 1, window: { start: period.start, end: period.end } };
  }
  if (isUnitSubject(subject)) return none;
  if (a.when?.includes('serviceStation') && !subject.serviceStation) return none;
  if (a.when?.includes('partyMember') && !subject.partyMember) return none;
  if (a.requiresFacts && asOf !== undefined) {
    if (selectFacts(a.requiresFacts, rule, subject, period, asOf, facts).length === 0) return none;
  }
  if (a.profiles === 'ANY') return { applies: true, share: 1, window: { start: period.start, end: period.end } };
  const profiles = a.profiles;
  const except = a.exceptProfiles ?? [];
  const held = shareWhere(subject, period, (ps) => ps.some((p) => profiles.includes(p)) && !ps.some((p) => except.includes(p)));
  return { applies: held.share > 0, share: held.share, window: held.window };
}

/** The rules of `rules` that apply to the subject at some point of the period (facts/asOf for requiresFacts). */
export function applicableRules(subject: Subject, period: Period, rules: readonly Rule[], facts: readonly Fact[] = [], asOf?: Instant): Rule[] {
  return rules.filter((r) => applicability(r, subject, period, facts, asOf).applies);
}

function resolve(value: ValueRef | undefined, rule: Rule, subject: Subject, period: Period): unknown {
  if (value === undefined || value === null) return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    if ('option' in value) return rule.options[value.option]?.value;
    if ('subject' in value) {
      if (value.subject === 'id') return subject.id;
      if (isUnitSubject(subject)) return undefined;
      if (value.subject === 'sector') return subject.sector ?? undefined;
      return electingUnitIds(subject, period);
    }
  }
  return value;
}

function test(p: Predicate, fact: Fact, rule: Rule, subject: Subject, period: Period): boolean {
  if (p.when !== undefined && rule.options[p.when]?.value !== true) return true;
  const f = factField(fact, p.field);
  const v = resolve(p.value, rule, subject, period);
  const present = f !== undefined && f !== null && f !== '' && !(Array.isArray(f) && f.length === 0);
  switch (p.op) {
    case 'exists':
      return present;
    case 'missing':
      return !present;
    case 'eq':
      return f === v;
    case 'neq':
      return f !== v;
    case 'gt':
      return typeof f === 'number' && typeof v === 'number' && f > v;
    case 'gte':
      return typeof f === 'number' && typeof v === 'number' && f >= v;
    case 'lt':
      return typeof f === 'number' && typeof v === 'number' && f < v;
    case 'lte':
      return typeof f === 'number' && typeof v === 'number' && f <= v;
    case 'in':
      return Array.isArray(v) && v.includes(f);
    case 'includesAny': {
      const wanted = Array.isArray(v) ? v : [v];
      return Array.isArray(f) && f.some((x) => wanted.includes(x));
    }
  }
}

function owns(subject: Subject, fact: Fact): boolean {
  return isUnitSubject(subject) ? fact.unitId === subject.id : fact.personId === subject.id;
}

/** The facts a selector picks for a subject, period and as-of (see FactSelector for the windows). */
export function selectFacts(sel: FactSelector, rule: Rule, subject: Subject, period: Period, asOf: Instant, facts: readonly Fact[]): Fact[] {
  const until = countedUntil(period, asOf);
  const window = sel.window ?? 'PERIOD';
  return facts.filter((f) => {
    if (!sel.kinds.includes(f.kind)) return false;
    if ((sel.owner ?? 'SUBJECT') === 'SUBJECT' && !owns(subject, f)) return false;
    if (f.date > until) return false;
    const end = factEnd(f);
    if (window === 'AT_END') {
      if (end !== null && end < until) return false;
    } else if (end !== null && end < period.start) {
      return false;
    }
    return (sel.where ?? []).every((p) => test(p, f, rule, subject, period));
  });
}

interface Measured {
  actual: number;
  required: number;
  fullRequired: number;
  evidence: string[];
  missing: string[];
  violations: Violation[];
  warnings: Violation[];
  /** Only for CHECK: a record failed (AT_RISK while the period runs, MISSED after). */
  failed?: boolean;
  /** Only for CHECK: records in progress, not yet due (never AT_RISK by pace; ON_TRACK at best). */
  pending?: number;
  statusOptions?: StatusOptions;
  /** Coverage-like measures are not pro-rated by the profile share. */
  noProRate?: boolean;
}

/** The ids a fact touches through a coverage measure's `match` fields (strings, or arrays of them). */
export function touches(fact: Fact, match: readonly string[]): string[] {
  const out: string[] = [];
  for (const field of match) {
    const v = factField(fact, field);
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') out.push(x);
  }
  return out;
}

interface Member extends CoverageMember {
  /** Facts needed to cover this member. */
  need: number;
}

function members(src: MemberSource, perMember: number, rule: Rule, subject: Subject, period: Period, asOf: Instant, facts: readonly Fact[], warnings: Violation[]): Member[] {
  if (src.from === 'SUBJECT_SET') {
    const set = subject.sets?.[src.key];
    if (set === undefined) {
      warnings.push({
        code: 'RULES.SET_NOT_PROVIDED',
        severity: 'WARNING',
        reason: { zh: `未提供覆盖范围(${src.key})`, en: `The set to cover (${src.key}) was not provided` },
      });
      return [];
    }
    return set.map((m) => ({ ...m, need: perMember }));
  }
  const seen = new Map<string, Member>();
  for (const f of selectFacts(src.of, rule, subject, period, asOf, facts)) {
    const id = factField(f, src.idField);
    if (typeof id !== 'string') continue;
    // A lasting member (a link) owes perMember × its share of the period, rounded half up (see proRate).
    const share = overlapDays(period, f.date, factEnd(f)) / periodDays(period);
    const need = proRate(perMember, share);
    const prev = seen.get(id);
    if (need > 0 && (!prev || need > prev.need)) seen.set(id, { id, need });
  }
  return [...seen.values()];
}

function measure(m: Measure, rule: Rule, subject: Subject, period: Period, asOf: Instant, facts: readonly Fact[]): Measured {
  // Results spell base's fields out rather than spread it: V8 builds `{ ...base, more }` on a slow path (about 2 µs
  // each on Node 20), and a roll-up measures tens of thousands of subject-rule pairs.
  const base = { violations: [] as Violation[], warnings: [] as Violation[], missing: [] as string[] };
  const min = rule.threshold.min;
  switch (m.type) {
    case 'NONE':
      return { violations: base.violations, warnings: base.warnings, missing: base.missing, actual: 0, required: 0, fullRequired: 0, evidence: [] };
    case 'COUNT': {
      const sel = selectFacts(m.of, rule, subject, period, asOf, facts);
      let actual = sel.length;
      if (m.distinct && m.distinct.length > 0) {
        const keys = new Set<string>();
        for (const f of sel) {
          const k = m.distinct.map((d) => factField(f, d)).find((x) => x !== undefined && x !== null && x !== '');
          keys.add(String(k));
        }
        actual = keys.size;
      }
      return { violations: base.violations, warnings: base.warnings, missing: base.missing, actual, required: min, fullRequired: min, evidence: sel.map((f) => f.id) };
    }
    case 'SUM': {
      const sel = selectFacts(m.of, rule, subject, period, asOf, facts);
      const actual = sel.reduce((s, f) => {
        const v = factField(f, m.field);
        return s + (typeof v === 'number' && Number.isFinite(v) ? v : 0);
      }, 0);
      return { violations: base.violations, warnings: base.warnings, missing: base.missing, actual, required: min, fullRequired: min, evidence: sel.map((f) => f.id) };
    }
    case 'COVERAGE': {
      const sel = selectFacts(m.of, rule, subject, period, asOf, facts);
      return covered(m, rule, subject, period, asOf, facts, sel.map((fact) => ({ fact, n: 1 })), true);
    }
    case 'PAIRS': {
      const list = members(m.members, 1, rule, subject, period, asOf, facts, base.warnings).map((x) => x.id);
      const sel = selectFacts(m.of, rule, subject, period, asOf, facts);
      const met = new Map<string, string[]>();
      const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
      for (const f of sel) {
        const other = factField(f, 'counterpartId');
        if (typeof f.personId !== 'string' || typeof other !== 'string' || f.personId === other) continue;
        const k = key(f.personId, other);
        met.set(k, [...(met.get(k) ?? []), f.id]);
      }
      const evidence = new Set<string>();
      let covered = 0;
      let total = 0;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          total += 1;
          const k = key(list[i] as string, list[j] as string);
          const h = met.get(k);
          if (h) {
            covered += 1;
            h.forEach((id) => evidence.add(id));
          } else base.missing.push(k);
        }
      }
      const required = Math.ceil(total * min - 1e-9);
      return { violations: base.violations, warnings: base.warnings, missing: base.missing, actual: covered, required, fullRequired: required, evidence: [...evidence], noProRate: true };
    }
    case 'DAYS': {
      const workingOnly = rule.options.workingDaysOnly?.value === true;
      const unit = isUnitSubject(subject) ? subject : null;
      const holidays = new Set(unit?.holidays ?? []);
      const extra = new Set(unit?.extraWorkingDays ?? []);
      const counts = (d: string) => !workingOnly || extra.has(d) || (isWeekday(d) && !holidays.has(d));
      const days = datesOf(period).filter(counts);
      const sel = selectFacts(m.of, rule, subject, period, asOf, facts);
      const byDay = new Map<string, string[]>();
      for (const f of sel) byDay.set(f.date, [...(byDay.get(f.date) ?? []), f.id]);
      const today = cstDate(asOf);
      let covered = 0;
      const evidence: string[] = [];
      for (const d of days) {
        const h = byDay.get(d);
        if (h) {
          covered += 1;
          evidence.push(...h);
        } else if (d < today) base.missing.push(d);
      }
      const required = Math.ceil(days.length * min - 1e-9);
      const left = days.filter((d) => d >= today).length;
      return {
        violations: base.violations,
        warnings: base.warnings,
        missing: base.missing,
        actual: covered,
        required,
        fullRequired: required,
        evidence,
        noProRate: true,
        statusOptions: { daysLeft: left },
      };
    }
    case 'MIX': {
      const sel = selectFacts(m.of, rule, subject, period, asOf, facts);
      const sector = isUnitSubject(subject) ? null : (subject.sector ?? null);
      const used = new Set<string>();
      const evidence: string[] = [];
      let actual = 0;
      let total = 0;
      for (const c of m.components) {
        const need = numberOf(rule, c.min);
        total += need;
        const targets = new Set<string>();
        for (const f of sel) {
          if (f.kind !== 'CONTACT_LINK' || used.has(f.id) || targets.has(f.targetId)) continue;
          if (targets.size >= need) break;
          const kindOk = c.targetKinds === 'ANY_UNIT' ? f.targetKind !== 'HOUSEHOLD' : c.targetKinds.includes(f.targetKind);
          const flagsOk = !c.targetFlags || (f.targetFlags ?? []).some((x) => c.targetFlags?.includes(x));
          const sectorOk = !c.sameSector || sector === null || f.targetSector == null || f.targetSector === sector;
          if (kindOk && flagsOk && sectorOk) {
            targets.add(f.targetId);
            used.add(f.id);
            evidence.push(f.id);
          }
        }
        actual += Math.min(targets.size, need);
        if (targets.size < need) base.missing.push(`${c.key}×${need - targets.size}`);
      }
      const required = Math.ceil(total * min - 1e-9);
      return { violations: base.violations, warnings: base.warnings, missing: base.missing, actual, required, fullRequired: required, evidence, noProRate: true };
    }
    case 'CHECK': {
      const sel = selectFacts(m.of, rule, subject, period, asOf, facts);
      return checked(m, rule, subject, period, asOf, sel, sel.length, facts);
    }
  }
}

/**
 * A COVERAGE measure from the selected facts, each standing for `n` records (1 on the evaluator's own path; a
 * group of records alike in every field the measure reads when SQL grouped them, see evaluateCovered).
 */
function covered(
  m: Extract<Measure, { type: 'COVERAGE' }>,
  rule: Rule,
  subject: Subject,
  period: Period,
  asOf: Instant,
  memberFacts: readonly Fact[],
  sel: readonly { fact: Fact; n: number }[],
  withEvidence: boolean,
): Measured {
  const base = { violations: [] as Violation[], warnings: [] as Violation[], missing: [] as string[] };
  const per = numberOf(rule, m.perMember);
  const list = members(m.members, per, rule, subject, period, asOf, memberFacts, base.warnings);
  const hits = new Map<string, { n: number; ids: string[] }>();
  for (const { fact, n } of sel) {
    for (const id of new Set(touches(fact, m.match))) {
      let h = hits.get(id);
      if (!h) hits.set(id, (h = { n: 0, ids: [] }));
      h.n += n;
      if (withEvidence) h.ids.push(fact.id);
    }
  }
  const evidence = new Set<string>();
  let coveredMembers = 0;
  let progress = 0;
  for (const mem of list) {
    const h = hits.get(mem.id);
    const n = h?.n ?? 0;
    h?.ids.forEach((id) => evidence.add(id));
    progress += Math.min(n, mem.need) / mem.need;
    if (n >= mem.need) coveredMembers += 1;
    else base.missing.push(mem.id);
  }
  const required = Math.ceil(list.length * rule.threshold.min - 1e-9);
  return {
    violations: base.violations,
    warnings: base.warnings,
    missing: base.missing,
    actual: coveredMembers,
    required,
    fullRequired: required,
    evidence: [...evidence],
    noProRate: true,
    statusOptions: { paceActual: progress },
  };
}

/**
 * A CHECK measure over `total` selected records of which `sel` are the ones that may not pass cleanly (all of
 * them on the evaluator's own path; only the suspects when SQL counted the rest, see evaluateChecked).
 */
function checked(m: Extract<Measure, { type: 'CHECK' }>, rule: Rule, subject: Subject, period: Period, asOf: Instant, sel: readonly Fact[], total: number, facts: readonly Fact[]): Measured {
  const base = { violations: [] as Violation[], warnings: [] as Violation[], missing: [] as string[] };
  const min = rule.threshold.min;
  const today = cstDate(asOf);
  let notPassing = 0;
  let pending = 0;
  let failed = false;
  const evidence: string[] = [];
  for (const f of sel) {
    const r = runCheck(m.check, f, { rule, subject, period, today, allFacts: facts });
    const errors = r.violations.filter((v) => v.severity === 'ERROR');
    base.violations.push(...errors);
    base.warnings.push(...r.violations.filter((v) => v.severity === 'WARNING'));
    evidence.push(f.id);
    if (errors.length > 0) {
      failed = true;
      notPassing += 1;
      base.missing.push(f.id);
    } else if (r.pending) {
      pending += 1;
      notPassing += 1;
      base.missing.push(f.id);
    }
  }
  const minRecords = numberOf(rule, m.minRecords);
  const required = Math.max(Math.ceil(total * min - 1e-9), minRecords);
  // Spelled out, not spread: V8 copies `{ violations: base.violations, warnings: base.warnings, missing: base.missing, more }` on a slow path, and a roll-up does this 20,000 times.
  return { violations: base.violations, warnings: base.warnings, missing: base.missing, actual: total - notPassing, required, fullRequired: required, evidence, failed, pending, noProRate: true };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}

function explain(rule: Rule, status: Status, r: Omit<Evaluation, 'explanation' | 'status'>, expected?: number): Title {
  const unit = rule.measure.type === 'NONE' ? { zh: '', en: '' } : rule.measure.unit;
  const a = fmt(r.actual);
  const q = fmt(r.required);
  const pct = Math.round(r.share * 100);
  const part = r.share < 1 && r.share > 0 && rule.proRate ? { zh: `（按任职时间${pct}%折算）`, en: ` (pro-rated to the ${pct}% of the period the post was held)` } : { zh: '', en: '' };
  const shown = r.missing.slice(0, 5);
  const rest = r.missing.length - shown.length;
  const more = r.missing.length > 0
    ? { zh: `；未完成：${shown.join('、')}${rest > 0 ? `等${r.missing.length}项` : ''}`, en: `; missing: ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}` }
    : { zh: '', en: '' };
  const first = r.violations[0] ?? r.warnings[0];
  const note = first ? { zh: `；${first.reason.zh}`, en: `; ${first.reason.en}` } : { zh: '', en: '' };
  const pace = expected !== undefined ? { zh: `，按时间进度应完成约${fmt(Math.round(expected))}${unit.zh}`, en: `, where the pace asks for about ${fmt(Math.round(expected))}` } : { zh: '', en: '' };
  const t = rule.title;
  const p = `${r.period.start}–${r.period.end}`;
  switch (status) {
    case 'MET':
      return { zh: `${t.zh}：已完成，${a}/${q}${unit.zh}${part.zh}${note.zh}。`, en: `${t.en}: met, ${a} of ${q} ${unit.en}${part.en}${note.en}.` };
    case 'ON_TRACK':
      return { zh: `${t.zh}：进度正常，已完成${a}/${q}${unit.zh}${part.zh}${more.zh}${note.zh}。`, en: `${t.en}: on track, ${a} of ${q} ${unit.en} so far${part.en}${more.en}${note.en}.` };
    case 'AT_RISK':
      return { zh: `${t.zh}：进度滞后，仅完成${a}/${q}${unit.zh}${pace.zh}${part.zh}${more.zh}${note.zh}。`, en: `${t.en}: at risk, only ${a} of ${q} ${unit.en}${pace.en}${part.en}${more.en}${note.en}.` };
    case 'MISSED':
      return { zh: `${t.zh}：未完成，期末${a}/${q}${unit.zh}${part.zh}${more.zh}${note.zh}。`, en: `${t.en}: missed, ${a} of ${q} ${unit.en} at the end of ${p}${part.en}${more.en}${note.en}.` };
    case 'NOT_APPLICABLE':
      return { zh: `${t.zh}：本期（${p}）不适用。`, en: `${t.en}: does not apply in ${p}.` };
    case 'ADVISORY':
      return { zh: `${t.zh}：倡导性要求，不计入考核（已记录${a}${unit.zh}）。`, en: `${t.en}: advisory, never counted (${a} ${unit.en} recorded).` };
  }
}

/**
 * Evaluates one rule (as in force: see effectiveRule) for a subject over a period at `asOf`.
 * `facts` are the subject's records (and, for rules reading others' records, theirs: see FactSelector.owner).
 */
export function evaluate(rule: Rule, subject: Subject, period: Period, facts: readonly Fact[], asOf: Instant): Evaluation {
  const app = applicability(rule, subject, period, facts, asOf);
  if (!app.applies) return notApplicable(rule, period);
  return judge(rule, subject, period, app, measure(rule.measure, rule, subject, period, asOf, facts), asOf);
}

/**
 * A measure the API keeps counters for: a plain count of the subject's own dated facts in the period, or the
 * sum of their days. Anything with a filter, a distinct key, lasting facts or others' facts is not one.
 */
export interface CountedMeasure {
  kinds: readonly FactKind[];
  value: 'COUNT' | 'DAYS';
}

export function countedMeasure(rule: Rule): CountedMeasure | null {
  const m = rule.measure;
  if (m.type !== 'COUNT' && m.type !== 'SUM') return null;
  const sel = m.of;
  if ((sel.owner ?? 'SUBJECT') !== 'SUBJECT' || (sel.window ?? 'PERIOD') !== 'PERIOD' || (sel.where?.length ?? 0) > 0) return null;
  if (sel.kinds.some((k) => INTERVAL_FACT_KINDS.includes(k))) return null;
  if (m.type === 'COUNT' && m.distinct && m.distinct.length > 0) return null;
  if (m.type === 'SUM' && m.field !== 'days') return null;
  if (rule.appliesTo.subject === 'PERSON' && rule.appliesTo.requiresFacts) return null;
  if (rule.period === 'TERM') return null;
  return { kinds: sel.kinds, value: m.type === 'COUNT' ? 'COUNT' : 'DAYS' };
}

/**
 * Evaluates a counted measure (see countedMeasure) from its number alone: the same judgement as `evaluate`
 * over the facts, without evidence ids. `actual` must count the facts dated from the period's start up to
 * `countedUntil(period, asOf)`.
 */
export function evaluateCounted(rule: Rule, subject: Subject, period: Period, actual: number, asOf: Instant, memo?: EvaluationMemo): Evaluation {
  if (!countedMeasure(rule)) throw new Error(`${rule.id} is not a counted measure`);
  const app = applicability(rule, subject, period, [], asOf);
  if (!app.applies) return notApplicable(rule, period);
  const min = rule.threshold.min;
  return judgeShared(memo, rule, subject, period, app, { actual, required: min, fullRequired: min, evidence: [], missing: [], violations: [], warnings: [] }, asOf);
}

/**
 * Evaluations one run may hand to every subject judged alike (see judgeShared), by rule as in force. Make one per
 * run: its keys hold the as-of instant, so a long-lived memo would only grow. Shared evaluations must be read,
 * never changed.
 */
export type EvaluationMemo = Map<Rule, Map<string, Evaluation>>;

/**
 * `judge`, reusing the evaluation of an earlier subject when nothing judge reads differs: a bureau roll-up judges
 * tens of thousands of people with the same few counts. Measures naming records (evidence, missing, violations,
 * warnings) are judged afresh.
 */
function judgeShared(memo: EvaluationMemo | undefined, rule: Rule, subject: Subject, period: Period, app: Applicability, m: Measured, asOf: Instant): Evaluation {
  if (!memo || m.evidence.length || m.missing.length || m.violations.length || m.warnings.length || m.statusOptions) {
    return judge(rule, subject, period, app, m, asOf);
  }
  // judge reads of the subject only whether it is a unit and, for rules with a due date, when it joined.
  const joined = rule.due && !isUnitSubject(subject) ? ((subject as PersonSubject).memberSince ?? '') : '';
  const key = `${period.kind}|${period.start}|${period.end}|${asOf}|${app.share}|${app.window?.start}|${app.window?.end}|${m.actual}|${m.required}|${m.fullRequired}|${m.pending}|${m.failed}|${m.noProRate}|${isUnitSubject(subject)}|${joined}`;
  let byKey = memo.get(rule);
  if (!byKey) memo.set(rule, (byKey = new Map()));
  let e = byKey.get(key);
  if (!e) byKey.set(key, (e = judge(rule, subject, period, app, m, asOf)));
  return e;
}

/**
 * A CHECK the API can count without reading every record: the subject's own dated records of these kinds in
 * the period (as countedMeasure), each passing or not on its own. The API counts them from the kept counters and
 * reads only the records that may not pass (see evaluateChecked).
 */
export interface CheckedMeasure {
  kinds: readonly FactKind[];
  check: CheckName;
}

export function checkedMeasure(rule: Rule): CheckedMeasure | null {
  const m = rule.measure;
  if (m.type !== 'CHECK') return null;
  const sel = m.of;
  if ((sel.owner ?? 'SUBJECT') !== 'SUBJECT' || (sel.window ?? 'PERIOD') !== 'PERIOD' || (sel.where?.length ?? 0) > 0) return null;
  if (sel.kinds.some((k) => INTERVAL_FACT_KINDS.includes(k))) return null;
  if (rule.appliesTo.subject === 'PERSON' && rule.appliesTo.requiresFacts) return null;
  if (rule.period === 'TERM') return null;
  return { kinds: sel.kinds, check: m.check };
}

/**
 * Evaluates a checked measure (see checkedMeasure) from the number of the subject's records counted up to
 * `countedUntil(period, asOf)` and the subset that may not pass cleanly (`suspects`: every record that could
 * fail, be pending or warn must be among them; any others may be too). Same judgement as `evaluate` over all
 * the records; evidence lists only the suspects.
 */
export function evaluateChecked(rule: Rule, subject: Subject, period: Period, total: number, suspects: readonly Fact[], asOf: Instant, memo?: EvaluationMemo): Evaluation {
  if (!checkedMeasure(rule) || rule.measure.type !== 'CHECK') throw new Error(`${rule.id} is not a checked measure`);
  const app = applicability(rule, subject, period, [], asOf);
  if (!app.applies) return notApplicable(rule, period);
  const sel = suspects.length ? selectFacts(rule.measure.of, rule, subject, period, asOf, suspects) : [];
  return judgeShared(memo, rule, subject, period, app, checked(rule.measure, rule, subject, period, asOf, sel, total, suspects), asOf);
}

/**
 * A yearly COVERAGE the API can answer from grouped records: the subject's own dated records, grouped by the
 * fields the measure reads (its filters and match fields), each group with how many records it stands for. The
 * members come from `memberFacts` (for a FACTS member source) or the subject's sets.
 */
export interface CoveredMeasure {
  kinds: readonly FactKind[];
  /** The fields a group must carry: the filters' and the match fields. */
  fields: readonly string[];
}

export function coveredMeasure(rule: Rule): CoveredMeasure | null {
  const m = rule.measure;
  if (m.type !== 'COVERAGE' || rule.period !== 'YEAR') return null;
  const sel = m.of;
  if ((sel.owner ?? 'SUBJECT') !== 'SUBJECT' || (sel.window ?? 'PERIOD') !== 'PERIOD') return null;
  if (sel.kinds.some((k) => INTERVAL_FACT_KINDS.includes(k))) return null;
  if (rule.appliesTo.subject === 'PERSON' && rule.appliesTo.requiresFacts) return null;
  if ((sel.where ?? []).some((p) => typeof p.value === 'object' && p.value !== null && 'subject' in p.value)) return null;
  return { kinds: sel.kinds, fields: [...new Set([...(sel.where ?? []).map((p) => p.field), ...m.match])] };
}

/**
 * Evaluates a covered measure (see coveredMeasure) from groups of the subject's records dated from the period's
 * start up to `countedUntil(period, asOf)`: each group is one record carrying the fields the measure reads (its
 * date any of the group's) and `n`, how many records it stands for. Same judgement as `evaluate` over the
 * records; no evidence ids.
 */
export function evaluateCovered(
  rule: Rule,
  subject: Subject,
  period: Period,
  groups: readonly { fact: Fact; n: number }[],
  memberFacts: readonly Fact[],
  asOf: Instant,
): Evaluation {
  if (!coveredMeasure(rule) || rule.measure.type !== 'COVERAGE') throw new Error(`${rule.id} is not a covered measure`);
  const app = applicability(rule, subject, period, [], asOf);
  if (!app.applies) return notApplicable(rule, period);
  const weight = new Map(groups.map((g) => [g.fact, g.n]));
  const sel = selectFacts(rule.measure.of, rule, subject, period, asOf, groups.map((g) => g.fact));
  const m = covered(rule.measure, rule, subject, period, asOf, memberFacts, sel.map((fact) => ({ fact, n: weight.get(fact) ?? 1 })), false);
  return judge(rule, subject, period, app, m, asOf);
}

function notApplicable(rule: Rule, period: Period): Evaluation {
  const r = { ruleId: rule.id, period, evidence: [], missing: [], violations: [], warnings: [], actual: 0, required: 0, fullRequired: rule.threshold.min, share: 0 };
  return {
    ruleId: r.ruleId, period, evidence: r.evidence, missing: r.missing, violations: r.violations, warnings: r.warnings, actual: 0, required: 0,
    fullRequired: r.fullRequired, share: 0, status: 'NOT_APPLICABLE', explanation: explain(rule, 'NOT_APPLICABLE', r),
  };
}

/** Status and sentence for a measured rule that applies. */
function judge(rule: Rule, subject: Subject, period: Period, app: Applicability, m: Measured, asOf: Instant): Evaluation {
  const required = rule.proRate && !m.noProRate ? proRate(m.required, app.share) : m.required;
  const warnings = [...m.warnings];
  const max = rule.threshold.max;
  if (max !== undefined && m.actual > max) {
    warnings.push({
      code: `${rule.id}.ABOVE_MAX`,
      severity: 'WARNING',
      reason: { zh: `已有${fmt(m.actual)},规定为${fmt(rule.threshold.min)}至${fmt(max)}`, en: `${fmt(m.actual)} recorded; the rule asks for ${fmt(rule.threshold.min)} to ${fmt(max)}` },
    });
  }
  const r = {
    ruleId: rule.id,
    period,
    actual: m.actual,
    required,
    fullRequired: m.fullRequired,
    share: app.share,
    evidence: m.evidence,
    missing: m.missing,
    violations: m.violations,
    warnings,
  };
  let status: Status;
  let expected: number | undefined;
  if (rule.kind === 'advisory') {
    status = 'ADVISORY';
  } else if (m.failed) {
    status = isOver(period, asOf) ? 'MISSED' : 'AT_RISK';
  } else {
    const opts = statusOptionsFor(rule, { ...m.statusOptions });
    if (app.share < 1 && app.window) opts.window = app.window;
    if (rule.due) {
      const from = !isUnitSubject(subject) && (subject as PersonSubject).memberSince ? maxDate(period.start, (subject as PersonSubject).memberSince as string) : period.start;
      opts.due = addDays(from, numberOf(rule, rule.due.days));
    }
    const pending = m.pending ?? 0;
    status = statusOf(m.actual + pending, required, period, asOf, opts);
    if (status === 'MET' && pending > 0) status = 'ON_TRACK';
    if (status === 'AT_RISK' && rule.measure.type !== 'CHECK') {
      const span = opts.window ? { kind: 'CUSTOM' as const, ...opts.window } : period;
      expected = required * elapsedShare(span, asOf);
    }
  }
  // Spelled out, not spread (see measure).
  const e = {
    ruleId: r.ruleId, period: r.period, actual: r.actual, required: r.required, fullRequired: r.fullRequired, share: r.share,
    evidence: r.evidence, missing: r.missing, violations: r.violations, warnings: r.warnings, status,
  };
  return withExplanation(e, () => explain(rule, status, r, expected));
}

/**
 * The evaluation with its sentence written when first read: a roll-up judges hundreds of thousands of
 * subject-rule pairs and shows none of their sentences; the sentence is an own enumerable property all the
 * same, so spreads, JSON and equality see it like any other.
 */
function withExplanation(e: Omit<Evaluation, 'explanation'>, write: () => Title): Evaluation {
  let text: Title | undefined;
  return Object.defineProperty(e, 'explanation', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= write()),
  }) as Evaluation;
}
