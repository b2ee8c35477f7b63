import {
  addDays,
  applicability,
  countedMeasure,
  evaluateCounted,
  cstDate,
  evaluate,
  isOver,
  monthPeriod,
  periodFor,
  quarterPeriod,
  statusRank,
  termPeriod,
  yearPeriod,
  type Evaluation,
  type Fact,
  type FactKind,
  type Period,
  type Rule,
  type Status,
  type Subject,
} from '@lianxi/rules';
import type { CounterTable } from './counters.js';

/**
 * Evaluates rules for many subjects in memory over facts loaded in bulk: the reference path of compliance
 * (the rules package's own evaluator), with facts indexed so each subject sees its own records plus, for the
 * few rules that read others' records, those.
 */

export interface SubjectResult {
  subject: Subject;
  evaluation: Evaluation;
  rule: Rule;
}

/** Walks a rule's measure (or applicability) and calls `seen` for every fact selector and member set in it. */
function walkRule(node: unknown, seen: (obj: Record<string, unknown>, fromAnyone: boolean) => void, fromAnyone = false): void {
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  const any = fromAnyone || obj['owner'] === 'ANY';
  seen(obj, any);
  for (const v of Object.values(obj)) walkRule(v, seen, any);
}

/** Kinds of facts a rule reads from anyone, not only its subject (coverage of lagging targets, pairwise talks, overlaps). */
export function sharedKinds(rules: readonly Rule[]): Set<FactKind> {
  const out = new Set<FactKind>();
  for (const r of rules) {
    walkRule(r.measure, (obj, any) => {
      if (any && Array.isArray(obj['kinds'])) for (const k of obj['kinds'] as FactKind[]) out.add(k);
    });
    // The one check that reads others' records: a contact link is compared with everyone's (S2.NO_OVERLAP).
    if (r.measure.type === 'CHECK' && r.measure.check === 'CONTACT_OVERLAP') for (const k of r.measure.of.kinds) out.add(k);
  }
  return out;
}

/** Every fact kind a rule reads: its measure's, its members', and the facts its applicability asks for. */
export function kindsReadBy(rules: readonly Rule[]): Set<FactKind> {
  const out = new Set<FactKind>();
  const add = (obj: Record<string, unknown>): void => {
    if (Array.isArray(obj['kinds'])) for (const k of obj['kinds'] as FactKind[]) out.add(k);
  };
  for (const r of rules) {
    walkRule(r.measure, add);
    walkRule(r.appliesTo, add);
  }
  return out;
}

/** The subject sets (SUBJECT_SET member sources) the rules' coverage measures read. */
export function subjectSetsReadBy(rules: readonly Rule[]): Set<string> {
  const out = new Set<string>();
  for (const r of rules) {
    walkRule(r.measure, (obj) => {
      if (obj['from'] === 'SUBJECT_SET' && typeof obj['key'] === 'string') out.add(obj['key']);
    });
  }
  return out;
}

export class FactIndex {
  private readonly byPerson = new Map<string, Fact[]>();
  private readonly byUnit = new Map<string, Fact[]>();
  private readonly shared: Fact[] = [];

  constructor(facts: readonly Fact[], shared: Set<FactKind>) {
    for (const f of facts) {
      if (f.personId) push(this.byPerson, f.personId, f);
      if (f.unitId) push(this.byUnit, f.unitId, f);
      if (shared.has(f.kind)) this.shared.push(f);
    }
  }

  /** The subject's own facts. */
  own(subject: Subject): Fact[] {
    return 'subjectType' in subject ? (this.byUnit.get(subject.id) ?? []) : (this.byPerson.get(subject.id) ?? []);
  }

  /**
   * The subject's own facts plus the shared ones of these kinds, without duplicates: only for the few rules that
   * read others' records, so that every other rule filters the subject's own handful, not the whole subtree's.
   */
  forSubject(subject: Subject, kinds: ReadonlySet<FactKind>): Fact[] {
    const own = this.own(subject);
    const shared = this.shared.filter((f) => kinds.has(f.kind));
    if (!shared.length) return own;
    const seen = new Set(own.map((f) => f.id));
    return [...own, ...shared.filter((f) => !seen.has(f.id))];
  }
}

export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** As-of for a year: now for the current year, the year's last day for past ones (the spec's default). */
export function asOfFor(year: number, asOf: string | null | undefined, now: Date): string {
  if (asOf) return asOf;
  const today = cstDate(now);
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/**
 * The instant the rules evaluate at. An as-of date means "with that whole day counted", so the instant is the
 * next day's start — except today, which is not over yet.
 */
export function asOfInstant(asOf: string, now: Date): string {
  return asOf >= cstDate(now) ? now.toISOString() : `${addDays(asOf, 1)}T00:00:00+08:00`;
}

/**
 * One rule over a year. Yearly rules are evaluated once; monthly and quarterly ones per month/quarter up to
 * the as-of date and rolled up: the year's status is the worst of the months that are over, or the current
 * month's when none is behind. `actual`/`required` then count months met / months due.
 */
export function evaluateForYear(
  rule: Rule,
  subject: Subject,
  year: number,
  facts: readonly Fact[],
  asOf: string,
  now: Date = new Date(),
): Evaluation | null {
  return rollUpYear(rule, subject, year, asOf, now, (period, at) => evaluate(rule, subject, period, facts, at));
}

/**
 * The year's result of one rule from a function evaluating one period (over facts, or from counters):
 * yearly rules once, monthly and quarterly ones per period rolled up as described above.
 */
export function rollUpYear(
  rule: Rule,
  subject: Subject,
  year: number,
  asOf: string,
  now: Date,
  evaluatePeriod: (period: Period, at: string) => Evaluation,
): Evaluation | null {
  const at = asOfInstant(asOf, now);
  if (rule.period === 'YEAR' || rule.period === 'DAY') return evaluatePeriod(yearPeriod(year), at);
  if (rule.period === 'TERM') {
    const period = periodFor(rule, subject, at) ?? null;
    if (!period) return null;
    return evaluatePeriod(period, at);
  }
  const parts: Period[] =
    rule.period === 'MONTH'
      ? Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1))
      : ([1, 2, 3, 4] as const).map((q) => quarterPeriod(year, q));
  const due = parts.filter((p) => p.start <= asOf);
  const evals = due.map((p) => evaluatePeriod(p, at)).filter((e) => e.status !== 'NOT_APPLICABLE');
  if (!evals.length) return evaluatePeriod(due[due.length - 1] ?? parts[0] ?? termPeriod(`${year}-01-01`, `${year}-12-31`), at);
  const over = evals.filter((e) => isOver(e.period, at));
  const current = evals.find((e) => !isOver(e.period, at));
  const worstOver = over.reduce<Evaluation | undefined>((w, e) => (!w || statusRank(e.status) > statusRank(w.status) ? e : w), undefined);
  const missedMonths = over.filter((e) => e.status === 'MISSED');
  let status: Status;
  if (missedMonths.length) status = 'MISSED';
  else if (current) status = current.status === 'MET' && over.length ? 'ON_TRACK' : current.status;
  else status = worstOver?.status ?? 'MET';
  if (status === 'MET' && current && current.status !== 'MET') status = 'ON_TRACK';
  const met = evals.filter((e) => e.status === 'MET').length;
  const label = rule.period === 'MONTH' ? { zh: '个月', en: 'months' } : { zh: '个季度', en: 'quarters' };
  const missing = missedMonths.map((e) => e.period.start.slice(0, 7));
  const first = evals[0];
  const last = evals[evals.length - 1];
  return {
    ruleId: rule.id,
    status,
    actual: met,
    required: evals.length,
    fullRequired: parts.length,
    share: evals.length / parts.length,
    period: { kind: 'YEAR', start: first?.period.start ?? `${year}-01-01`, end: last?.period.end ?? `${year}-12-31` },
    evidence: evals.flatMap((e) => e.evidence),
    missing: [...missing, ...evals.flatMap((e) => e.missing)],
    violations: evals.flatMap((e) => e.violations),
    warnings: evals.flatMap((e) => e.warnings),
    explanation: {
      zh: `${rule.title.zh}：${year}年已到期${evals.length}${label.zh}，达标${met}${label.zh}${missing.length ? `，未达标：${missing.join('、')}` : ''}；${(current ?? last)?.explanation.zh ?? ''}`,
      en: `${rule.title.en}: ${met} of ${evals.length} ${label.en} due in ${year} met${missing.length ? `; missed: ${missing.join(', ')}` : ''}; ${(current ?? last)?.explanation.en ?? ''}`,
    },
  };
}

/**
 * `rules` is the catalogue, or a function giving the rules in force for a subject (local rule sets tighten
 * them per unit).
 */
export function evaluateSubjects(
  subjects: readonly Subject[],
  rules: readonly Rule[] | ((subject: Subject) => readonly Rule[]),
  facts: readonly Fact[],
  year: number,
  asOf: string,
  now: Date = new Date(),
  catalogue: readonly Rule[] = typeof rules === 'function' ? [] : rules,
  counters?: CounterTable,
): SubjectResult[] {
  const index = new FactIndex(facts, sharedKinds(catalogue));
  const sharedOf = new Map<string, Set<FactKind>>();
  const out: SubjectResult[] = [];
  for (const subject of subjects) {
    const mine = index.own(subject);
    for (const rule of typeof rules === 'function' ? rules(subject) : rules) {
      let kinds = sharedOf.get(rule.id);
      if (!kinds) sharedOf.set(rule.id, (kinds = sharedKinds([rule])));
      // A rule that applies on no day of the year applies in none of its months either: skip it before the
      // per-period work (most rules do not apply to most subjects). TERM rules have their own period.
      if (rule.period !== 'TERM' && !applicability(rule, subject, yearPeriod(year), mine, asOfInstant(asOf, now)).applies) continue;
      const own = kinds.size ? index.forSubject(subject, kinds) : mine;
      // Plain counts and day sums come from the kept counters when they were read; the rest from the facts.
      const counted = counters ? countedMeasure(rule) : null;
      const evaluation =
        counters && counted
          ? rollUpYear(rule, subject, year, asOf, now, (period, at) => evaluateCounted(rule, subject, period, counters.actual(subject.id, counted, period, at), at))
          : evaluateForYear(rule, subject, year, own, asOf, now);
      if (!evaluation || evaluation.status === 'NOT_APPLICABLE') continue;
      out.push({ subject, evaluation, rule });
    }
  }
  return out;
}
