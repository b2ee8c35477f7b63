import {
  addDays,
  applicability,
  checkedMeasure,
  countedMeasure,
  evaluateChecked,
  evaluateCounted,
  evaluateCovered,
  cstDate,
  evaluate,
  isOver,
  numberOf,
  monthPeriod,
  periodFor,
  quarterPeriod,
  statusRank,
  termPeriod,
  touches,
  yearPeriod,
  type Evaluation,
  type EvaluationMemo,
  type Fact,
  type FactKind,
  type Period,
  type Rule,
  type Status,
  type Subject,
} from '@lianxi/rules';
import type { CounterTable } from './counters.js';
import type { FactGroup } from './grouped-sources.js';

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

/** The order facts are read in (date, then id): explanations and evidence lists stay stable between runs. */
export function byDateThenId(a: Fact, b: Fact): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A subtree's facts by owner. Buckets are sorted (date, then id) when first read, not the whole subtree's facts
 * up front: most subjects' buckets are never read. Rules that read others' records get only the others' records
 * that can change their answer (see `forRule`), not the whole subtree's: handing every leader the bureau's
 * contact links made S2.NO_OVERLAP quadratic.
 */
export class FactIndex {
  private readonly byPerson = new Map<string, Fact[]>();
  private readonly byUnit = new Map<string, Fact[]>();
  private readonly shared: Fact[] = [];
  private readonly sorted = new WeakSet<Fact[]>();
  private readonly linksByTarget = new Map<string, Fact[]>();
  private readonly touching = new Map<string, Map<string, Fact[]>>();

  constructor(facts: readonly Fact[], shared: Set<FactKind>) {
    for (const f of facts) {
      if (f.personId) push(this.byPerson, f.personId, f);
      if (f.unitId) push(this.byUnit, f.unitId, f);
      if (shared.has(f.kind)) {
        this.shared.push(f);
        if (f.kind === 'CONTACT_LINK') push(this.linksByTarget, f.targetId, f);
      }
    }
  }

  private inOrder(list: Fact[]): Fact[] {
    if (!this.sorted.has(list)) {
      list.sort(byDateThenId);
      this.sorted.add(list);
    }
    return list;
  }

  /** The subject's own facts, in order. */
  own(subject: Subject): Fact[] {
    const list = 'subjectType' in subject ? this.byUnit.get(subject.id) : this.byPerson.get(subject.id);
    return list ? this.inOrder(list) : [];
  }

  /** Shared facts touching a member id through these match fields (built once per list of fields). */
  private touchingMember(match: readonly string[], id: string): Fact[] {
    const key = match.join(' ');
    let index = this.touching.get(key);
    if (!index) {
      index = new Map();
      for (const f of this.shared) for (const v of new Set(touches(f, match))) push(index, v, f);
      this.touching.set(key, index);
    }
    return index.get(id) ?? [];
  }

  /**
   * What one rule reads for a subject: its own facts, then (for rules reading others' records, of `kinds`) the
   * others' records that can change the answer, each once, in order — the same answer as the whole subtree's:
   * - an overlap check compares links to the same target only: the links to the subject's targets;
   * - pairs among a set's members need a member on the fact's side: those members' facts;
   * - coverage of a set counts facts touching its members: those facts.
   */
  forRule(subject: Subject, rule: Rule, kinds: ReadonlySet<FactKind>): Fact[] {
    const own = this.own(subject);
    if (!kinds.size) return own;
    const m = rule.measure;
    let extra: Fact[];
    if (m.type === 'CHECK' && m.check === 'CONTACT_OVERLAP') {
      const targets = new Set(own.flatMap((f) => (f.kind === 'CONTACT_LINK' ? [f.targetId] : [])));
      extra = [...targets].flatMap((t) => this.linksByTarget.get(t) ?? []);
    } else if ((m.type === 'PAIRS' || m.type === 'COVERAGE') && m.members.from === 'SUBJECT_SET' && m.of.owner === 'ANY') {
      const ids = (subject.sets?.[m.members.key] ?? []).map((x) => x.id);
      extra = m.type === 'PAIRS' ? ids.flatMap((id) => this.byPerson.get(id) ?? []) : ids.flatMap((id) => this.touchingMember(m.match, id));
    } else {
      extra = this.shared;
    }
    const seen = new Set(own.map((f) => f.id));
    const others = extra.filter((f) => kinds.has(f.kind) && !seen.has(f.id) && (seen.add(f.id), true));
    if (!others.length) return own;
    return [...own, ...others.sort(byDateThenId)];
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
  // The last answer is kept: a roll-up asks the same question once per subject and rule.
  if (asOf === lastInstant.asOf && now === lastInstant.now) return lastInstant.at;
  const at = asOf >= cstDate(now) ? now.toISOString() : `${addDays(asOf, 1)}T00:00:00+08:00`;
  lastInstant = { asOf, now, at };
  return at;
}
let lastInstant: { asOf: string; now: Date | null; at: string } = { asOf: '', now: null, at: '' };

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
  /** With counters: the records checks of these rules may fail on (see check-suspects.ts); the rest are counted. */
  suspects?: { rules: ReadonlySet<string>; facts: FactIndex },
  /** Yearly coverage rules answered from grouped records (see grouped-sources.ts): the groups by person and kind. */
  grouped?: { rules: ReadonlySet<string>; groups: ReadonlyMap<string, ReadonlyMap<FactKind, readonly FactGroup[]>> },
): SubjectResult[] {
  const index = new FactIndex(facts, sharedKinds(catalogue));
  const sharedOf = new Map<string, Set<FactKind>>();
  // Subjects judged alike share one evaluation (counted and checked rules, see EvaluationMemo).
  const memo: EvaluationMemo = new Map();
  const wholeYear = yearPeriod(year);
  const at = asOfInstant(asOf, now);
  // How each rule (as in force) is answered, decided once per run rather than once per subject.
  const howOf = new Map<Rule, { counted: ReturnType<typeof countedMeasure>; checked: ReturnType<typeof checkedMeasure> }>();
  const out: SubjectResult[] = [];
  for (const subject of subjects) {
    const mine = index.own(subject);
    for (const rule of typeof rules === 'function' ? rules(subject) : rules) {
      let kinds = sharedOf.get(rule.id);
      if (!kinds) sharedOf.set(rule.id, (kinds = sharedKinds([rule])));
      // A rule that applies on no day of the year applies in none of its months either: skip it before the
      // per-period work (most rules do not apply to most subjects). TERM rules have their own period.
      if (rule.period !== 'TERM' && !applicability(rule, subject, wholeYear, mine, at).applies) continue;
      const own = kinds.size ? index.forRule(subject, rule, kinds) : mine;
      // A check over records the subject has none of, asking for no minimum, does not apply (NOT_APPLICABLE in
      // every period): most people have no secondment, reception day or case, and judging each of their twelve
      // months cost more than the rest of a roll-up.
      if (rule.measure.type === 'CHECK' && rule.kind !== 'advisory' && !suspects?.rules.has(rule.id) && numberOf(rule, rule.measure.minRecords) === 0) {
        const of = rule.measure.of.kinds;
        if (!own.some((f) => of.includes(f.kind))) continue;
      }
      // Plain counts and day sums come from the kept counters when they were read; the rest from the facts.
      let how = howOf.get(rule);
      if (!how) {
        how = { counted: counters ? countedMeasure(rule) : null, checked: counters && suspects?.rules.has(rule.id) ? checkedMeasure(rule) : null };
        howOf.set(rule, how);
      }
      const { counted, checked } = how;
      let evaluation: Evaluation | null;
      if (counters && counted) {
        evaluation = rollUpYear(rule, subject, year, asOf, now, (period, at) => evaluateCounted(rule, subject, period, counters.actual(subject.id, counted, period, at), at, memo));
      } else if (counters && suspects && checked) {
        // Checks over plain records: how many from the counters, and only the suspects read and checked.
        const count = { kinds: checked.kinds, value: 'COUNT' as const };
        const theirs = suspects.facts.own(subject);
        evaluation = rollUpYear(rule, subject, year, asOf, now, (period, at) => evaluateChecked(rule, subject, period, counters.actual(subject.id, count, period, at), theirs, at, memo));
      } else if (grouped?.rules.has(rule.id) && rule.measure.type === 'COVERAGE') {
        // Coverage from grouped records; members (the subject's links) from its own facts, in order.
        const byKind = grouped.groups.get(subject.id);
        const groups = rule.measure.of.kinds.flatMap((k) => byKind?.get(k) ?? []);
        evaluation = rollUpYear(rule, subject, year, asOf, now, (period, at) => evaluateCovered(rule, subject, period, groups, mine, at));
      } else {
        evaluation = evaluateForYear(rule, subject, year, own, asOf, now);
      }
      if (!evaluation || evaluation.status === 'NOT_APPLICABLE') continue;
      out.push({ subject, evaluation, rule });
    }
  }
  return out;
}
