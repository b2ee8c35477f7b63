import { describe, expect, it } from 'vitest';
import { ruleById } from './catalogue.js';
import { addOverride, createRuleSet, effectiveRule, validateOverride, type RuleOverride } from './rulesets.js';

const farmDays = ruleById('S1.DAYS.FARM')!;
const PATH = ['bureau', 'farm-3', 'area-7'];

describe('validateOverride', () => {
  it('accepts raising farm leaders from 80 to 90 research days', () => {
    expect(validateOverride(farmDays, { ruleId: 'S1.DAYS.FARM', threshold: { min: 90 }, effectiveFrom: '2025-01-01' })).toEqual([]);
  });
  it('rejects lowering farm leaders to 60 days, saying why', () => {
    const v = validateOverride(farmDays, { ruleId: 'S1.DAYS.FARM', threshold: { min: 60 }, effectiveFrom: '2025-01-01' });
    expect(v.map((x) => x.code)).toEqual(['OVERRIDE.LOOSENS_THRESHOLD']);
    expect(v[0]?.reason.en).toContain('never loosen');
    expect(v[0]?.reason.zh).toContain('不能降低');
  });
  it('judges options by their direction: fewer visits loosen, more tighten', () => {
    const visits = ruleById('S2.VISITS')!;
    expect(validateOverride(visits, { ruleId: 'S2.VISITS', options: { visitsPerYear: 3 }, effectiveFrom: '2025-01-01' })).toEqual([]);
    expect(validateOverride(visits, { ruleId: 'S2.VISITS', options: { visitsPerYear: 1 }, effectiveFrom: '2025-01-01' }).map((x) => x.code)).toEqual(['OVERRIDE.LOOSENS_OPTION']);
    expect(validateOverride(visits, { ruleId: 'S2.VISITS', options: { visitsPerYear: 'two' }, effectiveFrom: '2025-01-01' }).map((x) => x.code)).toEqual(['OVERRIDE.OPTION_TYPE']);
    expect(validateOverride(visits, { ruleId: 'S2.VISITS', options: { nope: 1 }, effectiveFrom: '2025-01-01' }).map((x) => x.code)).toEqual(['OVERRIDE.UNKNOWN_OPTION']);
  });
  it('rejects switching the farm duty to working days only (a loosening)', () => {
    const daily = ruleById('S4.FARM_DAILY')!;
    expect(validateOverride(daily, { ruleId: daily.id, options: { workingDaysOnly: true }, effectiveFrom: '2025-01-01' })).toHaveLength(1);
  });
  it('rejects raising the cap on service projects, accepts lowering it', () => {
    const projects = ruleById('S9.PROJECTS')!;
    expect(validateOverride(projects, { ruleId: projects.id, threshold: { max: 3 }, effectiveFrom: '2025-01-01' })).toHaveLength(1);
    expect(validateOverride(projects, { ruleId: projects.id, threshold: { max: 1 }, effectiveFrom: '2025-01-01' })).toEqual([]);
  });
  it('rejects a coverage share above 1 and overrides of advisory rules', () => {
    expect(validateOverride(ruleById('S1.WALK.FARM')!, { ruleId: 'S1.WALK.FARM', threshold: { min: 2 }, effectiveFrom: '2025-01-01' })).toHaveLength(1);
    expect(validateOverride(ruleById('S1.CONDUCT')!, { ruleId: 'S1.CONDUCT', effectiveFrom: '2025-01-01' }).map((x) => x.code)).toEqual(['OVERRIDE.ADVISORY']);
  });
});

describe('effectiveRule', () => {
  const o = (unitId: string, min: number, effectiveFrom = '2025-01-01', extra: Partial<RuleOverride> = {}): RuleOverride => ({
    ruleId: 'S1.DAYS.FARM',
    unitId,
    effectiveFrom,
    threshold: { min },
    ...extra,
  });

  it('is the catalogue rule when nothing overrides it', () => {
    expect(effectiveRule(createRuleSet(), 'S1.DAYS.FARM', PATH, '2025-05-01').threshold.min).toBe(80);
  });
  it('applies a farm override from its effective date only', () => {
    const rs = createRuleSet([o('farm-3', 90, '2025-07-01')]);
    expect(effectiveRule(rs, 'S1.DAYS.FARM', PATH, '2025-06-30').threshold.min).toBe(80);
    expect(effectiveRule(rs, 'S1.DAYS.FARM', PATH, '2025-07-01').threshold.min).toBe(90);
    expect(effectiveRule(rs, 'S1.DAYS.FARM', ['bureau', 'farm-4'], '2025-07-01').threshold.min).toBe(80);
  });
  it('resolves bureau → farm → area, each only tightening', () => {
    const rs = createRuleSet([o('bureau', 85), o('farm-3', 90), o('area-7', 88)]);
    const r = effectiveRule(rs, 'S1.DAYS.FARM', PATH, '2025-05-01');
    expect(r.threshold.min).toBe(90);
    expect(r.appliedOverrides.map((x) => x.unitId)).toEqual(['bureau', 'farm-3', 'area-7']);
  });
  it('never loosens, even from an override stored without validation', () => {
    expect(effectiveRule(createRuleSet([o('farm-3', 10)]), 'S1.DAYS.FARM', PATH, '2025-05-01').threshold.min).toBe(80);
  });
  it('stops applying an override after its effectiveTo', () => {
    const rs = createRuleSet([o('farm-3', 90, '2025-01-01', { effectiveTo: '2025-06-30' })]);
    expect(effectiveRule(rs, 'S1.DAYS.FARM', PATH, '2025-07-01').threshold.min).toBe(80);
  });
  it('throws on an unknown rule id', () => {
    expect(() => effectiveRule(createRuleSet(), 'S0.X', PATH, '2025-05-01')).toThrow(RangeError);
  });
});

describe('addOverride', () => {
  it('adds a tightening and rejects a farm loosening what the bureau tightened', () => {
    let rs = createRuleSet();
    const a = addOverride(rs, { ruleId: 'S1.DAYS.FARM', unitId: 'bureau', effectiveFrom: '2025-01-01', threshold: { min: 90 } }, ['bureau']);
    expect(a.violations).toEqual([]);
    rs = a.ruleSet;
    const b = addOverride(rs, { ruleId: 'S1.DAYS.FARM', unitId: 'farm-3', effectiveFrom: '2025-03-01', threshold: { min: 85 } }, ['bureau', 'farm-3']);
    expect(b.violations.map((v) => v.code)).toEqual(['OVERRIDE.LOOSENS_THRESHOLD']);
    expect(b.violations[0]?.reason.en).toContain('85 is below the 90');
    expect(b.ruleSet).toBe(rs);
  });
  it('rejects an override whose unit is not the end of the path, or of an unknown rule', () => {
    expect(addOverride(createRuleSet(), { ruleId: 'S1.DAYS.FARM', unitId: 'x', effectiveFrom: '2025-01-01' }, ['bureau']).violations[0]?.code).toBe('OVERRIDE.PATH');
    expect(addOverride(createRuleSet(), { ruleId: 'S0', unitId: 'x', effectiveFrom: '2025-01-01' }, ['x']).violations[0]?.code).toBe('OVERRIDE.UNKNOWN_RULE');
  });
});
