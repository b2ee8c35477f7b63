import { RULES, addOverride, createRuleSet, effectiveRule, ruleById, type OptionValue, type RuleOverride, type RuleSet } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import { pageRequest, type Page } from '../../graphql/pagination.js';
import { findForWrite, refForWrite } from '../common/scoped.js';
import { dateRange, requiredText, validDate } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { getOrgUnit } from '../org-unit/org-unit.service.js';
import { LocalRuleEntity } from './local-rule.entity.js';
import type { CreateLocalRuleInput, EffectiveRuleInfo, LocalRuleFilter } from './local-rule.type.js';

const LOCAL_RULE = { zh: '本单位实施办法', en: 'local rule' };

/**
 * The rule set in force over a unit path: every local rule of the path's units (read without the scope filter:
 * a farm's rules stand on the bureau's even when the caller cannot see the bureau) and of the subtree below.
 */
export async function ruleSetFor(em: EntityManager, path: string): Promise<RuleSet> {
  const ancestors = path.split('/').filter(Boolean);
  const rows = await em.getConnection().execute<
    { id: string; unit_id: string; rule_id: string; occurred_on: string; effective_to: string | null; threshold_min: number | null; threshold_max: number | null; options: Record<string, OptionValue> | null; reason: string }[]
  >(
    `select l.id, l.unit_id, l.rule_id, to_char(l.occurred_on, 'YYYY-MM-DD') as occurred_on, to_char(l.effective_to, 'YYYY-MM-DD') as effective_to,
            l.threshold_min, l.threshold_max, l.options, l.reason
       from local_rule l join org_unit u on u.id = l.unit_id
      where l.deleted_at is null and (u.id in (?) or u.path like ?)`,
    [ancestors.length ? ancestors : ['00000000-0000-0000-0000-000000000000'], `${path}%`],
  );
  return createRuleSet(rows.map(toOverride));
}

function toOverride(r: { id: string; unit_id: string; rule_id: string; occurred_on: string; effective_to: string | null; threshold_min: number | null; threshold_max: number | null; options: Record<string, OptionValue> | null; reason: string }): RuleOverride {
  const threshold: { min?: number; max?: number } = {};
  if (r.threshold_min != null) threshold.min = Number(r.threshold_min);
  if (r.threshold_max != null) threshold.max = Number(r.threshold_max);
  return {
    id: r.id,
    ruleId: r.rule_id,
    unitId: r.unit_id,
    effectiveFrom: r.occurred_on,
    effectiveTo: r.effective_to,
    threshold,
    options: r.options ?? undefined,
    reason: r.reason,
  };
}

export async function createLocalRule(ctx: Ctx, input: CreateLocalRuleInput): Promise<LocalRuleEntity> {
  const unit = await refForWrite(ctx, OrgUnitEntity, input.unitId, () =>
    badInput('unitId', { zh: `单位不存在：${input.unitId}`, en: `The unit does not exist: ${input.unitId}` }),
  );
  if (!ruleById(input.ruleId)) {
    throw badInput('ruleId', { zh: `没有编号为 ${input.ruleId} 的规则`, en: `There is no rule ${input.ruleId}` });
  }
  validDate('effectiveFrom', { zh: '生效日期', en: 'The effective date' }, input.effectiveFrom);
  if (input.effectiveTo != null) validDate('effectiveTo', { zh: '失效日期', en: 'The end date' }, input.effectiveTo);
  dateRange('effectiveFrom', 'effectiveTo', input.effectiveFrom, input.effectiveTo);
  const reason = requiredText('reason', { zh: '制定依据', en: 'The reason' }, input.reason, 500);
  const threshold: { min?: number; max?: number } = {};
  if (input.thresholdMin != null) threshold.min = input.thresholdMin;
  if (input.thresholdMax != null) threshold.max = input.thresholdMax;
  const options = (input.options ?? undefined) as Record<string, OptionValue> | undefined;
  if (threshold.min === undefined && threshold.max === undefined && !options) {
    throw badInput('thresholdMin', { zh: '请填写要提高的指标或选项', en: 'Give the quota or option to tighten' });
  }
  const ruleSet = await ruleSetFor(ctx.em, unit.path);
  const unitPath = unit.path.split('/').filter(Boolean);
  const { violations } = addOverride(
    ruleSet,
    { ruleId: input.ruleId, unitId: unit.id, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo ?? null, threshold, options, reason },
    unitPath,
  );
  refuseOnErrors(violations, threshold.min !== undefined ? 'thresholdMin' : 'options');
  const row = ctx.em.create(LocalRuleEntity, {
    unit,
    occurredOn: input.effectiveFrom,
    ruleId: input.ruleId,
    effectiveTo: input.effectiveTo ?? null,
    thresholdMin: threshold.min ?? null,
    thresholdMax: threshold.max ?? null,
    options: options ?? null,
    reason,
  });
  await ctx.em.flush();
  return row;
}

/** Local rules are ended, not deleted: compliance of past years must stay as it was computed. */
export async function endLocalRule(ctx: Ctx, id: string, effectiveTo: string): Promise<LocalRuleEntity> {
  const row = await findForWrite(ctx, LocalRuleEntity, id, LOCAL_RULE);
  validDate('effectiveTo', { zh: '失效日期', en: 'The end date' }, effectiveTo);
  dateRange('effectiveFrom', 'effectiveTo', row.occurredOn, effectiveTo);
  row.effectiveTo = effectiveTo;
  await ctx.em.flush();
  return row;
}

export async function listLocalRules(ctx: Ctx, filter: LocalRuleFilter | null | undefined, page?: number | null, perPage?: number | null): Promise<Page<LocalRuleEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const f = filter ?? {};
  const where: Record<string, unknown> = {};
  if (f.unitId) where['unit'] = f.unitId;
  if (f.ruleId) where['ruleId'] = f.ruleId;
  if (f.activeOn) Object.assign(where, { occurredOn: { $lte: f.activeOn }, $or: [{ effectiveTo: null }, { effectiveTo: { $gte: f.activeOn } }] });
  const [items, total] = await ctx.em.findAndCount(LocalRuleEntity, where, { orderBy: { occurredOn: 'desc', id: 'asc' }, limit, offset });
  return { items, total };
}

export async function effectiveRulesFor(ctx: Ctx, unitId: string, date: string): Promise<EffectiveRuleInfo[]> {
  const unit = await getOrgUnit(ctx, unitId);
  const ruleSet = await ruleSetFor(ctx.em, unit.path);
  const path = unit.path.split('/').filter(Boolean);
  return RULES.map((base) => {
    const r = effectiveRule(ruleSet, base.id, path, date);
    return {
      ruleId: base.id,
      title: base.title[ctx.locale],
      baseMin: base.threshold.min,
      baseMax: base.threshold.max ?? null,
      min: r.threshold.min,
      max: r.threshold.max ?? null,
      differs: r.appliedOverrides.length > 0,
      localRuleIds: r.appliedOverrides.map((o) => o.id ?? ''),
    };
  });
}
