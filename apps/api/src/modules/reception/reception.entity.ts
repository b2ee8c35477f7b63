import { ArrayType, Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';

/** Whole day or half day: a reception "day" (接访日) may be a morning or an afternoon. */
export const RECEPTION_SPANS = ['WHOLE_DAY', 'MORNING', 'AFTERNOON'] as const;
export type ReceptionSpan = (typeof RECEPTION_SPANS)[number];

/** S4.MODES: 定点接访, 预约接访 (约访), 专题接访, 带案下访, 回访. Joint reception is the departments list. */
export const RECEPTION_MODES = ['FIXED_POINT', 'APPOINTMENT', 'THEMATIC', 'CASE_DOWN', 'RETURN_VISIT'] as const;
export type ReceptionModeValue = (typeof RECEPTION_MODES)[number];

/**
 * A leader's reception day (S4.DAYS.*): person = the leader, unit = the leader's unit, occurredOn = the day.
 * `announcedAt` is when the schedule was published (S4.ANNOUNCED wants it before the day).
 */
@Entity({ tableName: 'reception_day' })
@Index({ properties: ['person', 'occurredOn'] })
export class ReceptionDayEntity extends RecordEntity<'startTime' | 'endTime' | 'jointDepartments' | 'participants' | 'announcedAt'> {
  @Enum({ items: () => [...RECEPTION_SPANS] })
  span!: ReceptionSpan;

  /** 'HH:MM' (CST); null = the usual hours of the span. */
  @Property({ type: 'text', nullable: true })
  startTime: string | null = null;

  @Property({ type: 'text', nullable: true })
  endTime: string | null = null;

  @Property({ type: 'text' })
  place!: string;

  @Enum({ items: () => [...RECEPTION_MODES] })
  mode!: ReceptionModeValue;

  /** Departments receiving together with the leader (联合接访), e.g. 信访办, 司法所. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  jointDepartments: string[] = [];

  /** Lawyers, counsellors, social workers taking part (S4.MODES). */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  participants: string[] = [];

  @Property({ type: 'timestamptz', nullable: true })
  announcedAt: Date | null = null;
}

/**
 * One farm leadership member on public reception duty for a day (S4.FARM_DAILY): unit = the farm, person = the
 * leader on duty, occurredOn = the day. Two leaders on one day is allowed (a double booking the month view
 * shows); the same leader twice on one day is not.
 */
@Entity({ tableName: 'duty_day' })
// Among live rows only: a deleted duty day (kept as evidence) does not hold the day.
@Unique({
  name: 'duty_day_unit_person_day_unique',
  properties: ['unit', 'person', 'occurredOn'],
  expression: 'create unique index "duty_day_unit_person_day_unique" on "duty_day" ("unit_id", "person_id", "occurred_on") where "deleted_at" is null',
})
export class DutyDayEntity extends RecordEntity<'place'> {
  @Property({ type: 'text', nullable: true })
  place: string | null = null;
}
