import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { LocalRuleEntity } from './local-rule.entity.js';

@ObjectType('LocalRule', { description: 'A unit\'s tightened rule (G.LOCAL_RULES), in force for its subtree from a date.' })
export class LocalRule {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  ruleId!: string;

  @Field(() => DateScalar)
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  effectiveTo!: string | null;

  @Field(() => Float, { nullable: true })
  thresholdMin!: number | null;

  @Field(() => Float, { nullable: true })
  thresholdMax!: number | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  options!: Record<string, unknown> | null;

  @Field(() => String)
  reason!: string;

  @Field(() => Int)
  version!: number;
}

export function toLocalRule(e: LocalRuleEntity): LocalRule {
  return Object.assign(new LocalRule(), {
    id: e.id,
    unitId: e.unit.id,
    ruleId: e.ruleId,
    effectiveFrom: e.occurredOn,
    effectiveTo: e.effectiveTo,
    thresholdMin: e.thresholdMin,
    thresholdMax: e.thresholdMax,
    options: e.options,
    reason: e.reason,
    version: e.version,
  });
}

@ObjectType('LocalRulePage')
export class LocalRulePage extends PageOf(LocalRule) {}

@InputType('LocalRuleFilter')
export class LocalRuleFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  ruleId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'In force on this date.' })
  activeOn?: string | null;
}

@InputType('CreateLocalRuleInput')
export class CreateLocalRuleInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  ruleId!: string;

  @Field(() => DateScalar)
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  effectiveTo?: string | null;

  @Field(() => Float, { nullable: true, description: 'A higher quota than the one in force.' })
  thresholdMin?: number | null;

  @Field(() => Float, { nullable: true })
  thresholdMax?: number | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Rule options to tighten, by name.' })
  options?: Record<string, unknown> | null;

  @Field(() => String)
  reason!: string;
}

@ObjectType('EffectiveRule', { description: 'A rule as in force for a unit on a date, against the bureau\'s catalogue.' })
export class EffectiveRuleInfo {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Float)
  baseMin!: number;

  @Field(() => Float, { nullable: true })
  baseMax!: number | null;

  @Field(() => Float)
  min!: number;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field(() => Boolean, { description: 'A local rule differs from the catalogue here.' })
  differs!: boolean;

  @Field(() => [ID], { description: 'The local rules applied, from the top of the tree down.' })
  localRuleIds!: string[];
}
