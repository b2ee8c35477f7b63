import { ArrayType, Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { DeputyTermEntity } from '../deputy-term/deputy-term.entity.js';
import { HouseholdEntity } from '../household/household.entity.js';
import { DUTY_EVALUATIONS, type DutyEvaluation } from './deputy-activity.enums.js';

/** An organised deputy contact activity (党代表直接联系服务群众活动, S8.ACTIVITY); unit = the organising unit. */
@Entity({ tableName: 'deputy_activity' })
export class DeputyActivityEntity extends RecordEntity<'location' | 'issuesRaised' | 'peopleMet'> {
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  /** The deputies taking part: each held a deputy term on the day (checked on write). */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  deputyIds!: string[];

  @Property({ type: 'integer', nullable: true })
  peopleMet: number | null = null;

  @Property({ type: 'text', nullable: true })
  issuesRaised: string | null = null;
}

/** A deputy paired with a needy household of the electing unit (S8.PAIR); occurredOn = from. person = the deputy. */
@Entity({ tableName: 'deputy_pairing' })
export class DeputyPairingEntity extends RecordEntity<'endsOn' | 'endReason'> {
  @ManyToOne(() => DeputyTermEntity, { ref: true, deleteRule: 'restrict', index: true })
  term!: Ref<DeputyTermEntity>;

  @ManyToOne(() => HouseholdEntity, { ref: true, deleteRule: 'restrict', index: true })
  household!: Ref<HouseholdEntity>;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;
}

/** A deputy's duty report to the electing unit, once per term, with its democratic evaluation (S8.REPORT). */
@Entity({ tableName: 'deputy_duty_report' })
// Once per term among live reports: a deleted report (kept as evidence) does not use the term up.
@Unique({
  name: 'deputy_duty_report_term_id_unique',
  properties: ['term'],
  expression: 'create unique index "deputy_duty_report_term_id_unique" on "deputy_duty_report" ("term_id") where "deleted_at" is null',
})
export class DeputyDutyReportEntity extends RecordEntity<'attendees' | 'evaluationResult' | 'evaluatedOn'> {
  @ManyToOne(() => DeputyTermEntity, { ref: true, deleteRule: 'restrict' })
  term!: Ref<DeputyTermEntity>;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'integer', nullable: true })
  attendees: number | null = null;

  @Enum({ items: () => [...DUTY_EVALUATIONS], nullable: true })
  evaluationResult: DutyEvaluation | null = null;

  @Property({ type: 'date', nullable: true })
  evaluatedOn: string | null = null;
}
