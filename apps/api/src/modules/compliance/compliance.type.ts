import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { RuleViolation } from '../../graphql/rule-violation.js';

@ObjectType('RuleThreshold')
export class RuleThreshold {
  @Field(() => Float, { description: 'The quota (for coverage, mixes and checks: the share to reach, 1 = all).' })
  min!: number;

  @Field(() => Float, { nullable: true, description: 'Above it: a warning, never a miss.' })
  max!: number | null;
}

@ObjectType('Rule', { description: 'A rule of the catalogue in force.' })
export class RuleInfo {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'S1 … S10, G.' })
  system!: string;

  @Field(() => String, { description: 'QUOTA, COVERAGE, CONSTRAINT, WORKFLOW or ADVISORY.' })
  kind!: string;

  @Field(() => String)
  titleZh!: string;

  @Field(() => String)
  titleEn!: string;

  @Field(() => String)
  textZh!: string;

  @Field(() => String)
  textEn!: string;

  @Field(() => String, { description: '§ of the 2015 policy.' })
  citation!: string;

  @Field(() => String, { description: 'YEAR, QUARTER, MONTH, DAY or TERM.' })
  period!: string;

  @Field(() => RuleThreshold)
  threshold!: RuleThreshold;

  @Field(() => Boolean, { description: 'The number or period is our default for an "implied" quota, configurable.' })
  implied!: boolean;

  @Field(() => [String], { description: 'Profile keys (or unit kinds) the rule applies to.' })
  appliesTo!: string[];
}

@ObjectType('EvidenceRecord', { description: 'A record counted for a rule: enough to name it and link to it.' })
export class EvidenceRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The fact kind (RESEARCH_TRIP, CONTACT_VISIT …).' })
  kind!: string;

  @Field(() => String, { description: "The kind's name in the caller's language." })
  kindTitle!: string;

  @Field(() => DateScalar, { description: 'The day it happened (or started).' })
  date!: string;
}

@ObjectType('RuleResult', { description: 'One rule for one subject and year.' })
export class RuleResult {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => String)
  system!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String, { description: 'The rule\'s title in the caller\'s language.' })
  title!: string;

  @Field(() => String, { description: 'MET, ON_TRACK, AT_RISK, MISSED, NOT_APPLICABLE or ADVISORY.' })
  status!: string;

  @Field(() => Float)
  actual!: number;

  @Field(() => Float)
  required!: number;

  @Field(() => [ID], { description: 'Ids of the records counted.' })
  evidenceIds!: string[];

  @Field(() => [EvidenceRecord], { description: 'The records counted, with their kind and date (same order as evidenceIds).' })
  evidence!: EvidenceRecord[];

  @Field(() => [String], { description: 'What is not yet covered: units, households, months, record ids.' })
  missing!: string[];

  @Field(() => String, { description: 'A sentence in the caller\'s language.' })
  explanation!: string;

  @Field(() => String)
  explanationZh!: string;

  @Field(() => String)
  explanationEn!: string;

  @Field(() => [RuleViolation])
  warnings!: RuleViolation[];

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;
}

/** Subject-rule pairs by status: the tally every roll-up reports. Not emitted itself (only reachable types are). */
@ObjectType()
export abstract class StatusTally {
  @Field(() => Int, { description: 'Subject-rule pairs the rule applies to (advisory rules excluded).' })
  applicable!: number;

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  onTrack!: number;

  @Field(() => Int)
  atRisk!: number;

  @Field(() => Int)
  missed!: number;
}

@ObjectType('UnitRuleSummary')
export class UnitRuleSummary extends StatusTally {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType('UnitComplianceChild')
export class UnitComplianceChild {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => Float, { nullable: true, description: 'Null when no rule applies below it.' })
  rate!: number | null;

  @Field(() => Int)
  applicable!: number;

  @Field(() => Int)
  atRisk!: number;

  @Field(() => Int)
  missed!: number;
}

@ObjectType('UnitCompliance')
export class UnitCompliance {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => Float, { nullable: true, description: 'Share of applicable subject-rule pairs MET or ON_TRACK; null when none applies.' })
  rate!: number | null;

  @Field(() => [UnitRuleSummary])
  rules!: UnitRuleSummary[];

  @Field(() => [UnitComplianceChild], { description: 'The roll-up one level down.' })
  children!: UnitComplianceChild[];
}

@ObjectType('ComplianceRow', { description: 'A flat row for dashboards (Grafana Infinity and the like).' })
export class ComplianceRow {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => ID, { nullable: true })
  personId!: string | null;

  @Field(() => String, { nullable: true })
  personName!: string | null;

  @Field(() => ID)
  ruleId!: string;

  @Field(() => String, { description: "The rule's title in the caller's language." })
  ruleTitle!: string;

  @Field(() => String)
  system!: string;

  @Field(() => String)
  status!: string;

  @Field(() => Float)
  actual!: number;

  @Field(() => Float)
  required!: number;

  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar)
  asOf!: string;
}

@InputType('ComplianceRowFilter')
export class ComplianceRowFilter {
  @Field(() => ID, { nullable: true, description: 'The subtree (default: your scope unit).' })
  underId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: the current year (China time).' })
  year?: number | null;

  @Field(() => DateScalar, { nullable: true })
  asOf?: string | null;

  @Field(() => String, { nullable: true })
  system?: string | null;

  @Field(() => [String], { nullable: true })
  statuses?: string[] | null;

  @Field(() => String, { nullable: true })
  ruleId?: string | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;
}
