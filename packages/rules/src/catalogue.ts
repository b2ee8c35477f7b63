// The catalogue: every rule of spec/ten-systems.md, one file per system.

import type { Rule, RuleKind, SystemId } from './rule.js';
import { GENERAL_RULES } from './systems/general.js';
import { S1_RULES } from './systems/s1-research.js';
import { S10_RULES } from './systems/s10-experience.js';
import { S2_RULES } from './systems/s2-contact.js';
import { S3_RULES } from './systems/s3-secondment.js';
import { S4_RULES } from './systems/s4-reception.js';
import { S5_RULES } from './systems/s5-talks.js';
import { S6_RULES } from './systems/s6-opinions.js';
import { S7_RULES } from './systems/s7-commitments.js';
import { S8_RULES } from './systems/s8-deputies.js';
import { S9_RULES } from './systems/s9-community.js';

export const RULES: readonly Rule[] = Object.freeze([
  ...S1_RULES,
  ...S2_RULES,
  ...S3_RULES,
  ...S4_RULES,
  ...S5_RULES,
  ...S6_RULES,
  ...S7_RULES,
  ...S8_RULES,
  ...S9_RULES,
  ...S10_RULES,
  ...GENERAL_RULES,
]);

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function rulesOfSystem(system: SystemId): Rule[] {
  return RULES.filter((r) => r.system === system);
}

export function countByKind(rules: readonly Rule[] = RULES): Record<RuleKind, number> {
  const out: Record<RuleKind, number> = { quota: 0, coverage: 0, constraint: 0, workflow: 0, advisory: 0 };
  for (const r of rules) out[r.kind] += 1;
  return out;
}
