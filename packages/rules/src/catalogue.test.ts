import { describe, expect, it } from 'vitest';
import { countByKind, RULE_IDS, RULES, ruleById } from './catalogue.js';
import { FACT_KINDS } from './facts.js';
import { PROFILE_KEYS } from './profiles.js';
import { CHECK_NAMES, SYSTEM_IDS, type FactSelector, type Measure, type NumberRef, type Rule } from './rule.js';

// Copied from spec/ten-systems.md (the tables' first column), in the spec's order.
const SPEC_IDS = [
  'S1.TOPICS', 'S1.TOPIC_PER_LEADER', 'S1.DAYS.BUREAU', 'S1.DAYS.FARM', 'S1.DAYS.DIVISION', 'S1.DAYS.SECTION',
  'S1.WALK.BUREAU', 'S1.WALK.FARM', 'S1.WALK.AREA', 'S1.STATIONED', 'S1.REPORT', 'S1.REPORT.TO_BUREAU', 'S1.CONDUCT',
  'S2.MIX.BUREAU', 'S2.MIX.FARM', 'S2.MIX.AREA', 'S2.MIX.ORGAN', 'S2.NEEDY', 'S2.NO_OVERLAP', 'S2.COVER_LAGGING',
  'S2.BRANCH', 'S2.DURATION', 'S2.VISITS', 'S2.FAMILY_VISITS', 'S2.REVIEW',
  'S3.DURATION', 'S3.ELIGIBLE', 'S3.ASSESS',
  'S4.DAYS.PRINCIPAL', 'S4.DAYS.BUREAU', 'S4.DAYS.HEAVY', 'S4.FARM_DAILY', 'S4.ANNOUNCED', 'S4.FORMS', 'S4.COLLECTIVE',
  'S4.LEVEL', 'S4.LEGAL', 'S4.MODES',
  'S5.LIFE_MEETING', 'S5.PAIRWISE', 'S5.BRANCH', 'S5.MASSES',
  'S6.CHANNELS', 'S6.DECISION', 'S6.FORWARD', 'S6.ANALYSIS',
  'S7.LIFECYCLE', 'S7.PER_MEMBER', 'S7.CONTENT', 'S7.WINDOWS',
  'S8.ACTIVITY', 'S8.PAIR', 'S8.REPORT',
  'S9.REGISTER', 'S9.PROJECTS', 'S9.PAIR', 'S9.WARMTH',
  'S10.LEADERS', 'S10.OTHERS', 'S10.DIARY',
  'G.YEAR_END', 'G.EVALUATION', 'G.LOCAL_RULES',
];

// The spec's kind column (implied quotas are quotas).
const SPEC_KINDS: Record<string, Rule['kind']> = {
  'S1.TOPICS': 'workflow', 'S1.REPORT.TO_BUREAU': 'constraint', 'S1.CONDUCT': 'advisory',
  'S1.WALK.BUREAU': 'coverage', 'S1.WALK.FARM': 'coverage', 'S1.WALK.AREA': 'coverage',
  'S2.NEEDY': 'advisory', 'S2.NO_OVERLAP': 'constraint', 'S2.COVER_LAGGING': 'coverage', 'S2.DURATION': 'constraint', 'S2.REVIEW': 'workflow',
  'S3.DURATION': 'constraint', 'S3.ELIGIBLE': 'constraint', 'S3.ASSESS': 'workflow',
  'S4.FARM_DAILY': 'coverage', 'S4.ANNOUNCED': 'constraint', 'S4.FORMS': 'workflow', 'S4.COLLECTIVE': 'constraint',
  'S4.LEVEL': 'constraint', 'S4.LEGAL': 'constraint', 'S4.MODES': 'advisory',
  'S5.PAIRWISE': 'coverage', 'S5.BRANCH': 'coverage',
  'S6.CHANNELS': 'advisory', 'S6.DECISION': 'workflow', 'S6.FORWARD': 'workflow',
  'S7.LIFECYCLE': 'workflow', 'S7.CONTENT': 'constraint', 'S7.WINDOWS': 'advisory',
  'S9.WARMTH': 'advisory', 'S10.DIARY': 'constraint', 'G.EVALUATION': 'workflow', 'G.LOCAL_RULES': 'constraint',
};
const SPEC_IMPLIED = ['S1.TOPIC_PER_LEADER', 'S6.ANALYSIS', 'S7.PER_MEMBER'];

function optionRefs(rule: Rule): string[] {
  const out: string[] = [];
  const ref = (n: NumberRef | undefined) => {
    if (n !== undefined && typeof n === 'object') out.push(n.option);
  };
  const sel = (s: FactSelector) => {
    for (const p of s.where ?? []) {
      if (p.when) out.push(p.when);
      if (p.value !== undefined && typeof p.value === 'object' && !Array.isArray(p.value) && 'option' in p.value) out.push(p.value.option);
    }
  };
  const m: Measure = rule.measure;
  if (m.type !== 'NONE') sel(m.of);
  if (m.type === 'COVERAGE') ref(m.perMember);
  if (m.type === 'CHECK') ref(m.minRecords);
  if (m.type === 'MIX') m.components.forEach((c) => ref(c.min));
  if ((m.type === 'COVERAGE' || m.type === 'PAIRS') && m.members.from === 'FACTS') sel(m.members.of);
  if (rule.due) ref(rule.due.days);
  return out;
}

describe('the catalogue', () => {
  it("holds exactly the spec's 63 rule ids, in the spec's order", () => {
    expect(SPEC_IDS).toHaveLength(63);
    expect(RULE_IDS).toEqual(SPEC_IDS);
  });

  it('has unique ids, each found by ruleById', () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const id of SPEC_IDS) expect(ruleById(id)?.id).toBe(id);
    expect(ruleById('S11.NOPE')).toBeUndefined();
  });

  it("gives every rule the spec's kind and marks the implied quotas", () => {
    for (const r of RULES) {
      expect(r.kind, r.id).toBe(SPEC_KINDS[r.id] ?? 'quota');
      if (SPEC_IMPLIED.includes(r.id)) expect(r.implied, r.id).toBe(true);
    }
  });

  it('counts 30 quotas, 7 coverage, 12 constraints, 8 workflows and 6 advisories', () => {
    expect(countByKind()).toEqual({ quota: 30, coverage: 7, constraint: 12, workflow: 8, advisory: 6 });
  });

  it('files every rule under the system its id names, with a citation into the source', () => {
    for (const r of RULES) {
      expect(SYSTEM_IDS).toContain(r.system);
      expect(r.id.startsWith(`${r.system}.`), r.id).toBe(true);
      expect(r.citation, r.id).toMatch(/^§[三四]/);
      expect(r.source.length, r.id).toBeGreaterThan(5);
      expect(r.title.zh && r.title.en && r.text.zh && r.text.en, r.id).toBeTruthy();
    }
  });

  it('refers only to known profiles, fact kinds, checks and declared options', () => {
    for (const r of RULES) {
      if (r.appliesTo.subject === 'PERSON' && r.appliesTo.profiles !== 'ANY') {
        for (const p of [...r.appliesTo.profiles, ...(r.appliesTo.exceptProfiles ?? [])]) expect(PROFILE_KEYS).toContain(p);
      }
      if (r.measure.type !== 'NONE') for (const k of r.measure.of.kinds) expect(FACT_KINDS).toContain(k);
      if (r.measure.type === 'CHECK') expect(CHECK_NAMES).toContain(r.measure.check);
      for (const o of optionRefs(r)) expect(Object.keys(r.options), `${r.id} option ${o}`).toContain(o);
      expect(r.threshold.min).toBeGreaterThan(0);
      if (r.threshold.max !== undefined) expect(r.threshold.max).toBeGreaterThanOrEqual(r.threshold.min);
    }
  });

  it('keeps the quotas of the text: 70, 80, 50 and 30 research days', () => {
    expect(['S1.DAYS.BUREAU', 'S1.DAYS.FARM', 'S1.DAYS.DIVISION', 'S1.DAYS.SECTION'].map((id) => ruleById(id)?.threshold.min)).toEqual([70, 80, 50, 30]);
    expect(ruleById('S9.PROJECTS')?.threshold).toEqual({ min: 1, max: 2 });
    expect(ruleById('S4.DAYS.BUREAU')?.period).toBe('MONTH');
    expect(ruleById('S8.REPORT')?.period).toBe('TERM');
    expect(ruleById('S6.ANALYSIS')?.period).toBe('QUARTER');
  });

  it('is frozen so a caller cannot change the catalogue in place', () => {
    expect(Object.isFrozen(RULES)).toBe(true);
  });
});
