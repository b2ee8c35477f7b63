// Helpers for writing catalogue entries: defaults and the units measures are shown in.

import type { Rule, RuleOption, Tightening } from '../rule.js';
import type { Title } from '../vocabulary/org.js';

export const UNITS = {
  DAYS: { zh: '天', en: 'days' },
  TIMES: { zh: '次', en: 'times' },
  TOPICS: { zh: '个课题', en: 'topics' },
  REPORTS: { zh: '篇', en: 'reports' },
  MEMBERS: { zh: '个', en: 'members' },
  PAIRS: { zh: '对', en: 'pairs' },
  CONTACT_POINTS: { zh: '个联系点', en: 'contact points' },
  RECORDS: { zh: '条记录', en: 'records' },
  ITEMS: { zh: '个', en: 'items' },
} satisfies Record<string, Title>;

type RuleInput = Omit<Rule, 'options' | 'proRate'> & Partial<Pick<Rule, 'options' | 'proRate'>>;

/** A catalogue entry with defaults: no options; quotas pro-rate, other kinds do not. */
export function defineRule(input: RuleInput): Rule {
  return {
    ...input,
    options: input.options ?? {},
    proRate: input.proRate ?? input.kind === 'quota',
  };
}

export function option(value: RuleOption['value'], tighter: Tightening, zh: string, en: string, implied = false): RuleOption {
  return implied ? { value, tighter, title: { zh, en }, implied } : { value, tighter, title: { zh, en } };
}

/** Facts within the subject's grassroots research (regular trips and stationed stays both count as days). */
export const RESEARCH_KINDS = ['RESEARCH_TRIP', 'STATIONED_STAY'] as const;

/** Unit kinds that have a Party organisation of their own and can run the systems' unit-level duties. */
export const ORGANISATION_KINDS = [
  'BUREAU',
  'BUREAU_DEPARTMENT',
  'DIRECT_UNIT',
  'FARM',
  'FARM_DEPARTMENT',
  'MANAGEMENT_AREA',
  'WORK_STATION',
  'LIVESTOCK_AREA',
  'COMMUNITY',
  'ENTERPRISE',
] as const;

/** Grassroots units a department head or direct-unit principal may link (S2.MIX.ORGAN). */
export const GRASSROOTS_KINDS = [
  'MANAGEMENT_AREA',
  'WORK_STATION',
  'LIVESTOCK_AREA',
  'COMMUNITY',
  'RESIDENTIAL_QUARTER',
  'RESIDENTS_GROUP',
  'ENTERPRISE',
  'INDUSTRIAL_PROJECT',
  'COOPERATIVE',
  'PRODUCTION_POINT',
  'PARTY_BRANCH',
] as const;
