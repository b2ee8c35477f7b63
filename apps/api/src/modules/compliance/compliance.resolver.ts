import { FACT_KIND_TITLES, RULES, ruleById, type Fact, type Rule } from '@lianxi/rules';
import { Arg, Ctx as GqlCtx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { toRuleViolations } from '../../graphql/rule-violation.js';
import { DateScalar, todayCst } from '../../graphql/scalars.js';
import type { SubjectResult } from './compliance.engine.js';
import { YearEndFigures, yearEndFigures } from './year-end-figures.js';
import { cachedResult } from './result-cache.js';
import { keptOrComputed } from './kept-results.js';
import { asOfFor } from './compliance.engine.js';
import { getOrgUnit } from '../org-unit/org-unit.service.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { checkYear, homeUnitOf, personComplianceRun, runCompliance, rulesFor } from './compliance.service.js';
import {
  ComplianceRow,
  ComplianceRowFilter,
  RuleInfo,
  RuleResult,
  UnitCompliance,
  UnitComplianceChild,
  UnitRuleSummary,
} from './compliance.type.js';

const MAX_ROWS = 20_000;

function toRuleInfo(r: Rule): RuleInfo {
  const a = r.appliesTo;
  const appliesTo = a.subject === 'UNIT' ? (a.unitKinds === 'ANY' ? ['ANY_UNIT'] : [...a.unitKinds]) : a.profiles === 'ANY' ? ['ANY_PERSON'] : [...a.profiles];
  return {
    id: r.id,
    system: r.system,
    kind: r.kind.toUpperCase(),
    titleZh: r.title.zh,
    titleEn: r.title.en,
    textZh: r.text.zh,
    textEn: r.text.en,
    citation: r.citation,
    period: r.period,
    threshold: { min: r.threshold.min, max: r.threshold.max ?? null },
    implied: r.implied ?? false,
    appliesTo,
  };
}

function toRuleResult(ctx: Ctx, r: SubjectResult, facts: ReadonlyMap<string, Fact>): RuleResult {
  const e = r.evaluation;
  return {
    ruleId: e.ruleId,
    system: r.rule.system,
    kind: r.rule.kind.toUpperCase(),
    title: r.rule.title[ctx.locale],
    status: e.status,
    actual: e.actual,
    required: e.required,
    evidenceIds: e.evidence,
    evidence: e.evidence.flatMap((id) => {
      const f = facts.get(id);
      return f ? [{ id, kind: f.kind, kindTitle: FACT_KIND_TITLES[f.kind][ctx.locale], date: f.date }] : [];
    }),
    missing: e.missing,
    explanation: e.explanation[ctx.locale],
    explanationZh: e.explanation.zh,
    explanationEn: e.explanation.en,
    warnings: toRuleViolations(ctx.locale, [...e.violations, ...e.warnings]),
    periodStart: e.period.start,
    periodEnd: e.period.end,
  };
}

interface Tally {
  applicable: number;
  met: number;
  onTrack: number;
  atRisk: number;
  missed: number;
}
const emptyTally = (): Tally => ({ applicable: 0, met: 0, onTrack: 0, atRisk: 0, missed: 0 });
function count(t: Tally, status: string): void {
  if (status === 'ADVISORY' || status === 'NOT_APPLICABLE') return;
  t.applicable += 1;
  if (status === 'MET') t.met += 1;
  else if (status === 'ON_TRACK') t.onTrack += 1;
  else if (status === 'AT_RISK') t.atRisk += 1;
  else if (status === 'MISSED') t.missed += 1;
}
const rateOf = (t: Tally) => (t.applicable ? (t.met + t.onTrack) / t.applicable : null);

/** A unit's compliance as computed and kept: everything but the rules' titles. */
interface UnitRollUp extends Omit<UnitCompliance, 'rules'> {
  rules: (Tally & { ruleId: string })[];
}

const titleOf = (ctx: Ctx, ruleId: string): string => ruleById(ruleId)?.title[ctx.locale] ?? ruleId;

// Field by field, not spreads with one more field: V8 (Node 20) builds those on a slow path (see complianceRows).
function withTitles(ctx: Ctx, r: UnitRollUp): UnitCompliance {
  return {
    unitId: r.unitId,
    name: r.name,
    year: r.year,
    asOf: r.asOf,
    rate: r.rate,
    rules: r.rules.map((t): UnitRuleSummary => ({
      ruleId: t.ruleId,
      title: titleOf(ctx, t.ruleId),
      applicable: t.applicable,
      met: t.met,
      onTrack: t.onTrack,
      atRisk: t.atRisk,
      missed: t.missed,
    })),
    children: r.children,
  };
}

@Resolver()
export class ComplianceResolver {
  @Query(() => [RuleInfo], { description: 'The rules catalogue in force, optionally of one system (S1 … S10, G).' })
  rules(@Arg('system', () => String, { nullable: true }) system?: string): RuleInfo[] {
    return rulesFor(system).map(toRuleInfo);
  }

  @Query(() => [RuleResult], { description: 'Every rule that applies to a person in a year, with the records behind each.' })
  async personCompliance(
    @GqlCtx() ctx: Ctx,
    @Arg('personId', () => ID) personId: string,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ): Promise<RuleResult[]> {
    const run = await personComplianceRun(ctx, personId, year, asOf);
    const facts = new Map(run.facts.map((f) => [f.id, f]));
    return run.results.filter((r) => r.subject.id === personId).map((r) => toRuleResult(ctx, r, facts));
  }

  @Query(() => UnitCompliance, { description: 'A unit\'s compliance in a year, rule by rule, and its children\'s rates.' })
  async unitCompliance(
    @GqlCtx() ctx: Ctx,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
    @Arg('system', () => String, { nullable: true }) system?: string,
  ): Promise<UnitCompliance> {
    checkYear(year);
    const key = ['unitCompliance', ctx.scopePath, unitId.toLowerCase(), year, asOfFor(year, asOf, ctx.now), system ?? ''].join('|');
    // One statement when kept (ADR 0010): the answer, if nothing it is computed from has changed, and whether the
    // unit is in the caller's scope — checked on every call, never kept. Computed answers are never taken from the
    // in-process cache (it may predate the stamp); that serves only when nothing may be kept.
    const rollUp = await keptOrComputed(
      ctx,
      key,
      unitId,
      async () => this.rollUp(ctx, await getOrgUnit(ctx, unitId), year, asOf, system),
      async () => {
        const root = await getOrgUnit(ctx, unitId);
        return cachedResult(ctx.em, key, () => this.rollUp(ctx, root, year, asOf, system));
      },
    );
    return withTitles(ctx, rollUp);
  }

  /** The roll-up without anything in the viewer's language (kept answers serve every language). */
  private async rollUp(ctx: Ctx, root: OrgUnitEntity, year: number, asOf: string | undefined, system: string | undefined): Promise<UnitRollUp> {
    const run = await runCompliance(ctx, root, year, asOf, { system });
    const total = emptyTally();
    const byRule = new Map<string, Tally>();
    const children = [...run.units.values()].filter((u) => u.parent_id === run.root.id).sort((a, b) => (a.path < b.path ? -1 : 1));
    const byChild = new Map(children.map((c) => [c.id, emptyTally()]));
    // The child each unit lies under, worked out once per unit rather than once per result (28,000 in a bureau's S10).
    const childOf = new Map<string, string | undefined>();
    let lastSubject: SubjectResult['subject'] | undefined;
    let lastChild: Tally | undefined;
    for (const r of run.results) {
      const status = r.evaluation.status;
      count(total, status);
      const t = byRule.get(r.rule.id) ?? emptyTally();
      count(t, status);
      byRule.set(r.rule.id, t);
      // A subject's results come one after another: its child's tally is looked up once.
      if (r.subject !== lastSubject) {
        lastSubject = r.subject;
        const home = homeUnitOf(run, r);
        let childId = home ? childOf.get(home.id) : undefined;
        if (home && childId === undefined && !childOf.has(home.id)) {
          childId = home.path.split('/').filter(Boolean)[run.root.depth + 1];
          childOf.set(home.id, childId);
        }
        lastChild = childId ? byChild.get(childId) : undefined;
      }
      const c = lastChild;
      if (c) count(c, status);
    }
    return {
      unitId: run.root.id,
      name: run.root.name,
      year,
      asOf: run.asOf,
      rate: rateOf(total),
      rules: RULES.filter((r) => byRule.has(r.id)).map((r) => ({ ruleId: r.id, ...(byRule.get(r.id) ?? emptyTally()) })),
      children: children.map((c): UnitComplianceChild => {
        const t = byChild.get(c.id) ?? emptyTally();
        return { unitId: c.id, name: c.name, kind: c.kind, rate: rateOf(t), applicable: t.applicable, atRisk: t.atRisk, missed: t.missed };
      }),
    };
  }

  @Query(() => YearEndFigures, { description: "A farm's or direct unit's year: actual vs quota per system and rule, and the gaps (pre-filled into its year-end report)." })
  async yearEndFigures(@GqlCtx() ctx: Ctx, @Arg('unitId', () => ID) unitId: string, @Arg('year', () => Int) year: number): Promise<YearEndFigures> {
    return yearEndFigures(ctx, unitId, year);
  }

  @Query(() => [ComplianceRow], { description: 'Flat rows (unit, person, rule, status, numbers) for dashboards; scoped to you.' })
  async complianceRows(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ComplianceRowFilter, { nullable: true }) filter?: ComplianceRowFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
  ): Promise<ComplianceRow[]> {
    const f = filter ?? {};
    const max = limit ?? 5000;
    if (!Number.isInteger(max) || max < 1 || max > MAX_ROWS) {
      throw badInput('limit', { zh: `limit 应在 1 到 ${MAX_ROWS} 之间`, en: `limit must be from 1 to ${MAX_ROWS}` });
    }
    const year = f.year ?? Number(todayCst(ctx.now).slice(0, 4));
    const rootId = f.underId ?? scopeRootId(ctx);
    const compute = () => this.rows(ctx, rootId, year, f, max);
    // One person's rows are cheap: only subtrees' rows are kept (ADR 0010), for the same filter and limit.
    const key = f.personId
      ? null
      : ['complianceRows', ctx.scopePath, rootId.toLowerCase(), year, asOfFor(year, f.asOf ?? undefined, ctx.now), f.system ?? '', [...(f.statuses ?? [])].sort().join(','), f.ruleId ?? '', max].join('|');
    const rows = key ? await keptOrComputed(ctx, key, rootId, compute) : await compute();
    // Field by field, not `{ ...r, ruleTitle }`: V8 (Node 20) builds a spread with an extra field on a slow path whose
    // objects GraphQL then reads slowly (B4: 2.7 → 16 ms for 2,500 rows).
    return rows.map((r): ComplianceRow => ({
      unitId: r.unitId,
      unitName: r.unitName,
      personId: r.personId,
      personName: r.personName,
      ruleId: r.ruleId,
      ruleTitle: titleOf(ctx, r.ruleId),
      system: r.system,
      status: r.status,
      actual: r.actual,
      required: r.required,
      year: r.year,
      asOf: r.asOf,
    }));
  }

  /** Rows as computed and kept: everything but the rules' titles. */
  private async rows(ctx: Ctx, rootId: string, year: number, f: ComplianceRowFilter, max: number): Promise<Omit<ComplianceRow, 'ruleTitle'>[]> {
    const run = await runCompliance(ctx, rootId, year, f.asOf, { system: f.system, personIds: f.personId ? [f.personId] : undefined });
    const rows: Omit<ComplianceRow, 'ruleTitle'>[] = [];
    for (const r of run.results) {
      if (f.ruleId && r.rule.id !== f.ruleId) continue;
      if (f.statuses?.length && !f.statuses.includes(r.evaluation.status)) continue;
      const unit = homeUnitOf(run, r);
      const isUnit = 'subjectType' in r.subject;
      rows.push({
        unitId: unit?.id ?? run.root.id,
        unitName: unit?.name ?? run.root.name,
        personId: isUnit ? null : r.subject.id,
        personName: isUnit ? null : (run.people.get(r.subject.id)?.name ?? null),
        ruleId: r.rule.id,
        system: r.rule.system,
        status: r.evaluation.status,
        actual: r.evaluation.actual,
        required: r.evaluation.required,
        year,
        asOf: run.asOf,
      });
      if (rows.length >= max) break;
    }
    return rows;
  }
}

function scopeRootId(ctx: Ctx): string {
  const v = ctx.viewer;
  if (v.kind === 'user' || v.kind === 'token') return v.scopeUnitId;
  throw badInput('filter.underId', { zh: '请指定单位（underId）', en: 'Give the unit (underId)' });
}
