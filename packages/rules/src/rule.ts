// The shape of a rule. A rule is a plain value: who it applies to, over which period, what it measures
// (which facts, which filters, which aggregate), the threshold and its configurable options. The pure
// evaluator reads it here; the API compiles the same measure to one SQL aggregate.

import type { FactKind } from './facts.js';
import type { PeriodKind } from './periods.js';
import type { ProfileKey, SubjectSetKey } from './profiles.js';
import type { HouseholdFlag, OrgUnitKind, Title, UnitFlag } from './vocabulary/org.js';

export const SYSTEM_IDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'G'] as const;
export type SystemId = (typeof SYSTEM_IDS)[number];

export const SYSTEM_TITLES: Record<SystemId, Title & { citation: string }> = {
  S1: { zh: '调查研究制度', en: 'Research and investigation', citation: '§三(一)' },
  S2: { zh: '基层联系点制度', en: 'Grassroots contact points', citation: '§三(二)' },
  S3: { zh: '基层挂职锻炼制度', en: 'Grassroots secondment', citation: '§三(三)' },
  S4: { zh: '定期接待群众来访制度', en: 'Regular reception of visitors', citation: '§三(四)' },
  S5: { zh: '与干部群众谈心制度', en: 'Heart-to-heart talks', citation: '§三(五)' },
  S6: { zh: '征集群众意见制度', en: "Soliciting the masses' opinions", citation: '§三(六)' },
  S7: { zh: '党员承诺践诺制度', en: 'Commitments', citation: '§三(七)' },
  S8: { zh: '党代表直接联系群众制度', en: 'Deputies contacting the masses', citation: '§三(八)' },
  S9: { zh: '党员干部进社区服务群众制度', en: 'Cadres serving in communities', citation: '§三(九)' },
  S10: { zh: '体验感受群众生活制度', en: "Experiencing the masses' life", citation: '§三(十)' },
  G: { zh: '相关要求', en: 'General requirements', citation: '§四' },
};

export const RULE_KINDS = ['quota', 'coverage', 'constraint', 'workflow', 'advisory'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export type OptionValue = number | boolean | string;

/** Which way a local rule set may move an option: HIGHER/LOWER numbers, TRUE/FALSE flags; FIXED never moves. */
export type Tightening = 'HIGHER' | 'LOWER' | 'TRUE' | 'FALSE' | 'FIXED';

export interface RuleOption {
  value: OptionValue;
  title: Title;
  tighter: Tightening;
  /** A default of ours where the policy gives no number (spec: "implied"). */
  implied?: boolean;
}

/** `min` is the quota (for coverage and checks: the share of members or records, 1 = all). `max` warns above. */
export interface Threshold {
  min: number;
  max?: number;
}

/** A value in a filter: a literal, an option of the rule, or a field of the subject. */
export type ValueRef =
  | string
  | number
  | boolean
  | readonly (string | number | boolean)[]
  | { option: string }
  | { subject: 'id' | 'sector' | 'electingUnitIds' };

export type PredicateOp = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'exists' | 'missing' | 'includesAny';

/** A simple field predicate on a fact. `when`: applies only while that boolean option is true. */
export interface Predicate {
  field: string;
  op: PredicateOp;
  value?: ValueRef;
  when?: string;
}

/**
 * Which facts a measure reads.
 * - owner SUBJECT (default): the subject's own facts (personId for a person, unitId for a unit); ANY: all given.
 * - window PERIOD (default): dated in the period, up to the as-of date (lasting facts: overlapping it);
 *   AT_END: lasting facts active on the last counted day (the as-of date, or the period's end once it is over);
 *   EVER: started on or before that day and not ended before the period.
 */
export interface FactSelector {
  kinds: readonly FactKind[];
  where?: readonly Predicate[];
  owner?: 'SUBJECT' | 'ANY';
  window?: 'PERIOD' | 'AT_END' | 'EVER';
}

/** Where the members of a coverage set come from. */
export type MemberSource =
  | { from: 'SUBJECT_SET'; key: SubjectSetKey }
  /** Each selected fact is a member, identified by `idField`; lasting facts pro-rate perMember by their share. */
  | { from: 'FACTS'; of: FactSelector; idField: string };

export interface MixComponent {
  key: string;
  title: Title;
  targetKinds: readonly (OrgUnitKind | 'HOUSEHOLD')[] | 'ANY_UNIT';
  targetFlags?: readonly (UnitFlag | HouseholdFlag)[];
  /** The target must be of the subject's own sector (S2.MIX.ORGAN). */
  sameSector?: boolean;
  min: number | { option: string };
}

export const CHECK_NAMES = [
  'TOPIC_APPROVED',
  'REPORT_TO_BUREAU',
  'CONDUCT',
  'CONTACT_DURATION',
  'CONTACT_OVERLAP',
  'SECONDMENT_DURATION',
  'SECONDMENT_ELIGIBLE',
  'SECONDMENT_ASSESSED',
  'RECEPTION_ANNOUNCED',
  'CASE_FORMS',
  'CASE_COLLECTIVE',
  'CASE_LEVEL',
  'CASE_LEGAL',
  'DECISION_PROCESS',
  'OPINION_FORWARDED',
  'COMMITMENT_LIFECYCLE',
  'COMMITMENT_CONTENT',
  'EXPERIENCE_DIARY',
  'EVALUATION_INCLUDES',
  'LOCAL_RULE_TIGHTENS',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export type NumberRef = number | { option: string };

export type Measure =
  /** Number of facts (or of distinct values of `distinct`, first non-empty field wins). */
  | { type: 'COUNT'; of: FactSelector; distinct?: readonly string[]; unit: Title }
  /** Sum of a numeric field (days). */
  | { type: 'SUM'; of: FactSelector; field: string; unit: Title }
  /** Members of a set touched by ≥ perMember facts; a fact touches the members named in its `match` fields. */
  | { type: 'COVERAGE'; of: FactSelector; members: MemberSource; match: readonly string[]; perMember: NumberRef; unit: Title }
  /** Unordered pairs of a set's members who met (personId ↔ counterpartId). */
  | { type: 'PAIRS'; of: FactSelector; members: MemberSource; unit: Title }
  /** Days of the period (up to as-of) with at least one fact. */
  | { type: 'DAYS'; of: FactSelector; unit: Title }
  /** Composition of active contact links by target kind (一联五). */
  | { type: 'MIX'; of: FactSelector; components: readonly MixComponent[]; unit: Title }
  /** Each selected fact must pass a named check; at least minRecords of them must exist. */
  | { type: 'CHECK'; of: FactSelector; check: CheckName; minRecords: NumberRef; unit: Title }
  /** Nothing to count (advisory text). */
  | { type: 'NONE' };

export type Applicability =
  | {
      subject: 'PERSON';
      /** ANY: every person who has the records (constraints and workflows on records). */
      profiles: readonly ProfileKey[] | 'ANY';
      exceptProfiles?: readonly ProfileKey[];
      /** Boolean fields of the subject that must be true. */
      when?: readonly ('serviceStation' | 'partyMember')[];
      /** Applies only while the subject has such facts (S5.MASSES: cadres with contact links). */
      requiresFacts?: FactSelector;
    }
  | {
      subject: 'UNIT';
      unitKinds: readonly OrgUnitKind[] | 'ANY';
      when?: readonly 'hasDeputies'[];
    };

export interface PaceSettings {
  /** AT_RISK when actual < required × elapsed − tolerance × required. Default 0.1. */
  tolerance?: number;
  /** Each missing unit needs this many calendar days (days, reception days, day-long visits). */
  daysPerUnit?: number;
}

export interface Rule {
  id: string;
  system: SystemId;
  kind: RuleKind;
  /** The spec marks the quota "implied": the number or period is our default, configurable. */
  implied?: boolean;
  title: Title;
  /** The rule in one or two sentences. */
  text: Title;
  /** § of the source. */
  citation: string;
  /** The sentence of the policy it rests on. */
  source: string;
  appliesTo: Applicability;
  period: PeriodKind;
  measure: Measure;
  threshold: Threshold;
  options: Readonly<Record<string, RuleOption>>;
  /** Pro-rate `threshold.min` by the share of the period the profile was held (quotas). */
  proRate: boolean;
  pace?: PaceSettings;
  /** A deadline inside the period: MISSED once `days` after the later of period start and memberSince pass. */
  due?: { days: NumberRef };
  /** Where we read the policy differently from the spec, or chose a default (shown to maintainers). */
  notes?: readonly string[];
}

export const STATUSES = ['MET', 'ON_TRACK', 'AT_RISK', 'MISSED', 'NOT_APPLICABLE', 'ADVISORY'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_TITLES: Record<Status, Title> = {
  MET: { zh: '已完成', en: 'Met' },
  ON_TRACK: { zh: '进度正常', en: 'On track' },
  AT_RISK: { zh: '进度滞后', en: 'At risk' },
  MISSED: { zh: '未完成', en: 'Missed' },
  NOT_APPLICABLE: { zh: '不适用', en: 'Not applicable' },
  ADVISORY: { zh: '倡导性', en: 'Advisory' },
};

/** Palette hints for the admin (MUI colour names). */
export const STATUS_COLORS: Record<Status, 'success' | 'info' | 'warning' | 'error' | 'default' | 'secondary'> = {
  MET: 'success',
  ON_TRACK: 'info',
  AT_RISK: 'warning',
  MISSED: 'error',
  NOT_APPLICABLE: 'default',
  ADVISORY: 'secondary',
};

export type Severity = 'ERROR' | 'WARNING';

export interface Violation {
  code: string;
  severity: Severity;
  reason: Title;
  /** The record concerned, when a check ran over records. */
  factId?: string;
}

/** Reads a NumberRef against a rule's options. */
export function numberOf(rule: Pick<Rule, 'options'>, ref: NumberRef): number {
  if (typeof ref === 'number') return ref;
  const v = rule.options[ref.option]?.value;
  if (typeof v !== 'number') throw new Error(`option ${ref.option} is not a number`);
  return v;
}

export function optionValue(rule: Pick<Rule, 'options' | 'id'>, name: string): OptionValue {
  const o = rule.options[name];
  if (o === undefined) throw new Error(`rule ${rule.id} has no option ${name}`);
  return o.value;
}
