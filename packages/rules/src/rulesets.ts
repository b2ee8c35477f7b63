// Rule sets: the catalogue plus dated local overrides. A unit may tighten a threshold or an option from an
// effective date, never loosen it (spec G.LOCAL_RULES, §四 "制定具体实施办法"). Overrides resolve down the
// unit path: bureau → farm → area, each able only to tighten what is in force above it.

import { RULES } from './catalogue.js';
import { isIsoDate } from './periods.js';
import type { OptionValue, Rule, RuleOption, Threshold, Violation } from './rule.js';

export interface RuleOverride {
  id?: string;
  ruleId: string;
  /** The unit whose rule set this belongs to; applies to it and everything under it. */
  unitId: string;
  /** YYYY-MM-DD, inclusive. */
  effectiveFrom: string;
  /** YYYY-MM-DD, inclusive; null/absent = open. */
  effectiveTo?: string | null;
  threshold?: Partial<Threshold>;
  options?: Readonly<Record<string, OptionValue>>;
  reason?: string | null;
}

export interface RuleSet {
  catalogue: readonly Rule[];
  overrides: readonly RuleOverride[];
}

export interface EffectiveRule extends Rule {
  /** The overrides that shaped this rule, in the order applied. */
  appliedOverrides: readonly RuleOverride[];
}

export function createRuleSet(overrides: readonly RuleOverride[] = [], catalogue: readonly Rule[] = RULES): RuleSet {
  return { catalogue, overrides };
}

function err(code: string, zh: string, en: string): Violation {
  return { code, severity: 'ERROR', reason: { zh, en } };
}

const LOOSEN_ZH = '本单位实施办法只能提高标准,不能降低';
const LOOSEN_EN = 'a local rule may tighten, never loosen';

/** Is `next` at least as strict as `current` for an option that tightens in direction `dir`? */
function notLooser(dir: RuleOption['tighter'], current: OptionValue, next: OptionValue): boolean {
  switch (dir) {
    case 'HIGHER':
      return (next as number) >= (current as number);
    case 'LOWER':
      return (next as number) <= (current as number);
    case 'TRUE':
      return next === true || current === next;
    case 'FALSE':
      return next === false || current === next;
    case 'FIXED':
      return next === current;
  }
}

/**
 * Checks an override against the rule in force above it (`base`: the catalogue rule or the parent's effective
 * rule). Returns errors; empty means the override only tightens. A loosening names the value and the limit.
 */
export function validateOverride(base: Rule, override: Pick<RuleOverride, 'ruleId' | 'threshold' | 'options' | 'effectiveFrom' | 'effectiveTo'> & { effectiveFrom?: string }): Violation[] {
  const out: Violation[] = [];
  if (override.ruleId !== base.id) {
    out.push(err('OVERRIDE.RULE_MISMATCH', `规则编号不符:${override.ruleId}`, `Override is for ${override.ruleId}, not ${base.id}`));
    return out;
  }
  if (override.effectiveFrom !== undefined && !isIsoDate(override.effectiveFrom)) {
    out.push(err('OVERRIDE.DATE', '生效日期格式应为YYYY-MM-DD', 'effectiveFrom must be a date (YYYY-MM-DD)'));
  }
  if (override.effectiveTo && (!isIsoDate(override.effectiveTo) || (override.effectiveFrom && override.effectiveTo < override.effectiveFrom))) {
    out.push(err('OVERRIDE.DATE', '失效日期无效或早于生效日期', 'effectiveTo must be a date not before effectiveFrom'));
  }
  if (base.kind === 'advisory') {
    out.push(err('OVERRIDE.ADVISORY', `${base.id}为倡导性要求,不设标准`, `${base.id} is advisory: there is nothing to tighten`));
  }
  const t = override.threshold;
  if (t?.min !== undefined) {
    if (!Number.isFinite(t.min) || t.min < 0) {
      out.push(err('OVERRIDE.THRESHOLD_INVALID', '下限须为非负数', 'min must be a non-negative number'));
    } else if (t.min < base.threshold.min) {
      out.push(
        err(
          'OVERRIDE.LOOSENS_THRESHOLD',
          `${base.id}的下限${t.min}低于上级规定的${base.threshold.min}:${LOOSEN_ZH}`,
          `${base.id}: min ${t.min} is below the ${base.threshold.min} in force above; ${LOOSEN_EN}`,
        ),
      );
    }
    const shareMeasure = ['COVERAGE', 'PAIRS', 'DAYS', 'MIX', 'CHECK'].includes(base.measure.type);
    if (shareMeasure && t.min > 1) {
      out.push(err('OVERRIDE.THRESHOLD_INVALID', '覆盖类规则的下限是比例,不能超过1', `${base.id}: min is a share of members (at most 1)`));
    }
  }
  if (t?.max !== undefined) {
    if (base.threshold.max !== undefined && t.max > base.threshold.max) {
      out.push(
        err(
          'OVERRIDE.LOOSENS_THRESHOLD',
          `${base.id}的上限${t.max}高于上级规定的${base.threshold.max}:${LOOSEN_ZH}`,
          `${base.id}: max ${t.max} is above the ${base.threshold.max} in force above; ${LOOSEN_EN}`,
        ),
      );
    }
    const min = t.min ?? base.threshold.min;
    if (t.max < min) out.push(err('OVERRIDE.THRESHOLD_INVALID', '上限不能低于下限', `${base.id}: max ${t.max} is below min ${min}`));
  }
  for (const [name, value] of Object.entries(override.options ?? {})) {
    const o = base.options[name];
    if (!o) {
      out.push(err('OVERRIDE.UNKNOWN_OPTION', `${base.id}没有选项${name}`, `${base.id} has no option ${name}`));
      continue;
    }
    if (typeof value !== typeof o.value) {
      out.push(err('OVERRIDE.OPTION_TYPE', `选项${name}类型不符`, `Option ${name} must be a ${typeof o.value}`));
      continue;
    }
    if (!notLooser(o.tighter, o.value, value)) {
      out.push(
        err(
          o.tighter === 'FIXED' ? 'OVERRIDE.FIXED_OPTION' : 'OVERRIDE.LOOSENS_OPTION',
          `${base.id}的选项“${o.title.zh}”由${String(o.value)}改为${String(value)}会降低标准:${LOOSEN_ZH}`,
          `${base.id}: changing "${o.title.en}" from ${String(o.value)} to ${String(value)} loosens the rule; ${LOOSEN_EN}`,
        ),
      );
    }
  }
  return out;
}

/**
 * Applies an override, keeping only what tightens (a loosening part is ignored, so even unvalidated data can
 * never relax a rule).
 */
export function applyOverride(rule: Rule, override: Pick<RuleOverride, 'threshold' | 'options'>): Rule {
  const threshold: Threshold = { ...rule.threshold };
  const t = override.threshold;
  if (t?.min !== undefined && Number.isFinite(t.min) && t.min > threshold.min) threshold.min = t.min;
  if (t?.max !== undefined && Number.isFinite(t.max) && t.max >= threshold.min && (threshold.max === undefined || t.max < threshold.max)) {
    threshold.max = t.max;
  }
  const options: Record<string, RuleOption> = { ...rule.options };
  for (const [name, value] of Object.entries(override.options ?? {})) {
    const o = options[name];
    if (!o || typeof value !== typeof o.value || o.tighter === 'FIXED') continue;
    if (notLooser(o.tighter, o.value, value)) options[name] = { ...o, value };
  }
  return { ...rule, threshold, options };
}

function inForce(o: RuleOverride, date: string): boolean {
  return o.effectiveFrom <= date && (o.effectiveTo == null || date <= o.effectiveTo);
}

/**
 * The rule in force for a unit on a date. `unitPath` runs from the root: [bureauId, farmId, areaId]. Overrides
 * of each unit on the path apply in that order (bureau, then farm, then area), and within one unit by
 * effectiveFrom; each can only tighten.
 */
export function effectiveRule(ruleSet: RuleSet, ruleId: string, unitPath: readonly string[], date: string): EffectiveRule {
  const base = ruleSet.catalogue.find((r) => r.id === ruleId);
  if (!base) throw new RangeError(`unknown rule id: ${ruleId}`);
  let rule: Rule = base;
  const applied: RuleOverride[] = [];
  for (const unitId of unitPath) {
    const mine = ruleSet.overrides
      .filter((o) => o.ruleId === ruleId && o.unitId === unitId && inForce(o, date))
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
    for (const o of mine) {
      rule = applyOverride(rule, o);
      applied.push(o);
    }
  }
  return { ...rule, appliedOverrides: applied };
}

/**
 * Adds an override to a rule set after validating it against the rule in force at its effective date for the
 * unit's parent path (`unitPath` ends with the override's unit). Rejected overrides leave the set unchanged.
 */
export function addOverride(
  ruleSet: RuleSet,
  override: RuleOverride,
  unitPath: readonly string[],
): { ruleSet: RuleSet; violations: Violation[] } {
  if (unitPath[unitPath.length - 1] !== override.unitId) {
    return {
      ruleSet,
      violations: [err('OVERRIDE.PATH', '单位路径须以该单位结尾', 'unitPath must end with the override unit')],
    };
  }
  if (!ruleSet.catalogue.some((r) => r.id === override.ruleId)) {
    return { ruleSet, violations: [err('OVERRIDE.UNKNOWN_RULE', `未知规则${override.ruleId}`, `Unknown rule ${override.ruleId}`)] };
  }
  const date = isIsoDate(override.effectiveFrom) ? override.effectiveFrom : '0000-01-01';
  // Against everything in force above and at the unit itself on that date.
  const base = effectiveRule(ruleSet, override.ruleId, unitPath, date);
  const violations = validateOverride(base, override);
  if (violations.length > 0) return { ruleSet, violations };
  return { ruleSet: { ...ruleSet, overrides: [...ruleSet.overrides, override] }, violations: [] };
}
