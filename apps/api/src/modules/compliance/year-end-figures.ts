import { RULES, SYSTEM_IDS, SYSTEM_TITLES, type Status } from '@lianxi/rules';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { runCompliance } from './compliance.service.js';
import { StatusTally } from './compliance.type.js';

/**
 * A farm's or direct unit's year in figures (G.YEAR_END): per system and rule, how many subject-rule pairs met,
 * fell behind or missed, the actuals against the quotas, and the gap. Pre-filled into the year-end report draft.
 */
@ObjectType('YearEndRuleFigures')
export class YearEndRuleFigures extends StatusTally {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'QUOTA, COVERAGE, CONSTRAINT, WORKFLOW.' })
  kind!: string;


  @Field(() => Float, { description: 'Sum of the actuals over the subjects the rule applies to.' })
  actual!: number;

  @Field(() => Float, { description: 'Sum of the (pro-rated) quotas.' })
  required!: number;

  @Field(() => Float, { description: 'What is still missing: the sum over subjects of max(0, required − actual).' })
  gap!: number;
}

@ObjectType('YearEndSystemFigures')
export class YearEndSystemFigures extends StatusTally {
  @Field(() => String)
  system!: string;

  @Field(() => String)
  title!: string;


  @Field(() => Float, { nullable: true, description: 'Share MET or ON_TRACK; null when nothing applies.' })
  rate!: number | null;

  @Field(() => [YearEndRuleFigures])
  rules!: YearEndRuleFigures[];
}

@ObjectType('YearEndFigures')
export class YearEndFigures {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => Float, { nullable: true })
  rate!: number | null;

  @Field(() => [YearEndSystemFigures], { description: 'Systems with at least one applicable rule, S1 … S10, G.' })
  systems!: YearEndSystemFigures[];
}

const COUNTED: readonly Status[] = ['MET', 'ON_TRACK', 'AT_RISK', 'MISSED'];

export async function yearEndFigures(ctx: Ctx, unitId: string, year: number): Promise<YearEndFigures> {
  const run = await runCompliance(ctx, unitId, year, null);
  const byRule = new Map<string, YearEndRuleFigures>();
  for (const r of run.results) {
    const status = r.evaluation.status;
    if (!COUNTED.includes(status)) continue;
    let f = byRule.get(r.rule.id);
    if (!f) {
      f = { ruleId: r.rule.id, title: r.rule.title[ctx.locale], kind: r.rule.kind.toUpperCase(), applicable: 0, met: 0, onTrack: 0, atRisk: 0, missed: 0, actual: 0, required: 0, gap: 0 };
      byRule.set(r.rule.id, f);
    }
    f.applicable += 1;
    if (status === 'MET') f.met += 1;
    else if (status === 'ON_TRACK') f.onTrack += 1;
    else if (status === 'AT_RISK') f.atRisk += 1;
    else f.missed += 1;
    f.actual += r.evaluation.actual;
    f.required += r.evaluation.required;
    f.gap += Math.max(0, r.evaluation.required - r.evaluation.actual);
  }
  const systems: YearEndSystemFigures[] = [];
  for (const system of SYSTEM_IDS) {
    const rules = RULES.filter((r) => r.system === system && byRule.has(r.id)).map((r) => byRule.get(r.id) as YearEndRuleFigures);
    if (!rules.length) continue;
    const sum = (k: 'applicable' | 'met' | 'onTrack' | 'atRisk' | 'missed') => rules.reduce((s, r) => s + r[k], 0);
    const applicable = sum('applicable');
    systems.push({
      system,
      title: SYSTEM_TITLES[system][ctx.locale],
      applicable,
      met: sum('met'),
      onTrack: sum('onTrack'),
      atRisk: sum('atRisk'),
      missed: sum('missed'),
      rate: applicable ? (sum('met') + sum('onTrack')) / applicable : null,
      rules,
    });
  }
  const applicable = systems.reduce((s, x) => s + x.applicable, 0);
  const ok = systems.reduce((s, x) => s + x.met + x.onTrack, 0);
  return { unitId: run.root.id, unitName: run.root.name, year, asOf: run.asOf, rate: applicable ? ok / applicable : null, systems };
}

const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** The figures as the opening of a report draft, in Chinese (the bureau's working language). */
export function figuresText(f: YearEndFigures): string {
  const lines = [
    `一、${f.year}年度联系群众十项制度落实情况（系统统计，截至${f.asOf}）`,
    `${f.unitName}全年适用考核项目${f.systems.reduce((s, x) => s + x.applicable, 0)}项次，总体完成率${pct(f.rate)}。`,
    '',
  ];
  for (const s of f.systems) {
    lines.push(`（${s.system}）${s.title}：适用${s.applicable}项次，完成${s.met}，进度正常${s.onTrack}，滞后${s.atRisk}，未完成${s.missed}，完成率${pct(s.rate)}。`);
    for (const r of s.rules) {
      const gap = r.gap > 0 ? `，尚差${num(r.gap)}` : '';
      lines.push(`  · ${r.title}：实际${num(r.actual)}／应完成${num(r.required)}${gap}；未完成${r.missed}人（单位）次。`);
    }
  }
  lines.push('', '二、存在的问题和差距', '（请结合上述未完成和滞后项目填写。）', '', '三、下一步工作打算', '');
  return lines.join('\n');
}
