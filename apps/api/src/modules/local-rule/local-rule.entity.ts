import { Entity, Property } from '@mikro-orm/core';
import type { OptionValue } from '@lianxi/rules';
import { RecordEntity } from '../common/record.entity.js';

/**
 * A unit's implementing measure (G.LOCAL_RULES): a tightened quota or option for one rule, in force from
 * `occurredOn` (the effective date) for the unit and everything under it. Only tightening is accepted.
 */
@Entity({ tableName: 'local_rule' })
export class LocalRuleEntity extends RecordEntity<'effectiveTo' | 'thresholdMin' | 'thresholdMax' | 'options'> {
  @Property({ type: 'text' })
  ruleId!: string;

  /** Inclusive; null while in force. */
  @Property({ type: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Property({ type: 'double', nullable: true })
  thresholdMin: number | null = null;

  @Property({ type: 'double', nullable: true })
  thresholdMax: number | null = null;

  @Property({ type: 'json', nullable: true })
  options: Record<string, OptionValue> | null = null;

  /** Why the unit tightens the rule (its own implementing measure, 实施办法). */
  @Property({ type: 'text' })
  reason!: string;
}
