import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../graphql/scalars.js';
import type { ReceptionModeValue, ReceptionSpan } from './reception.entity.js';
import { ReceptionModeEnum, ReceptionSpanEnum } from './reception.type.js';

@InputType('ReceptionDayFilter')
export class ReceptionDayFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Reception days of this leader.' })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only the signed-in cadre's own." })
  mine?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Reception days of leaders of this unit or a unit under it.' })
  underId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;

  @Field(() => ReceptionModeEnum, { nullable: true })
  mode?: ReceptionModeValue | null;

  @Field(() => Boolean, { nullable: true, description: 'true: published; false: not yet published.' })
  announced?: boolean | null;
}

@InputType('CreateReceptionDayInput')
export class CreateReceptionDayInput {
  @Field(() => ID, { nullable: true, description: 'The leader; a CADRE leaves it out for their own day.' })
  personId?: string | null;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => ReceptionSpanEnum, { defaultValue: 'WHOLE_DAY' })
  span: ReceptionSpan = 'WHOLE_DAY';

  @Field(() => String, { nullable: true })
  startTime?: string | null;

  @Field(() => String, { nullable: true })
  endTime?: string | null;

  @Field(() => String)
  place!: string;

  @Field(() => ReceptionModeEnum, { defaultValue: 'FIXED_POINT' })
  mode: ReceptionModeValue = 'FIXED_POINT';

  @Field(() => [String], { nullable: true })
  jointDepartments?: string[] | null;

  @Field(() => [String], { nullable: true })
  participants?: string[] | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was published, if it already was.' })
  announcedAt?: Date | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateReceptionDayInput')
export class UpdateReceptionDayInput {
  @Field(() => DateScalar, { nullable: true })
  date?: string | null;

  @Field(() => ReceptionSpanEnum, { nullable: true })
  span?: ReceptionSpan | null;

  @Field(() => String, { nullable: true })
  startTime?: string | null;

  @Field(() => String, { nullable: true })
  endTime?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => ReceptionModeEnum, { nullable: true })
  mode?: ReceptionModeValue | null;

  @Field(() => [String], { nullable: true })
  jointDepartments?: string[] | null;

  @Field(() => [String], { nullable: true })
  participants?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('DutyDayFilter')
export class DutyDayFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Duty days of this farm.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

@InputType('CreateDutyDayInput')
export class CreateDutyDayInput {
  @Field(() => ID, { description: 'The farm.' })
  unitId!: string;

  @Field(() => ID, { description: 'A member of the farm leadership team on that day.' })
  personId!: string;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateDutyDayInput')
export class UpdateDutyDayInput {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('FillDutyRosterInput', { description: 'Fills the empty days of a month from a rotation of leaders.' })
export class FillDutyRosterInput {
  @Field(() => ID, { description: 'The farm.' })
  unitId!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => [ID], { description: 'Leaders in rotation order; each must be on the farm leadership team.' })
  personIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Whose turn the first filled day is (0-based index into personIds).' })
  startIndex?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Fill working days only (default: the rule option of S4.FARM_DAILY).' })
  workingDaysOnly?: boolean | null;

  @Field(() => String, { nullable: true })
  place?: string | null;
}

@InputType('CalendarDateInput')
export class CalendarDateInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  name!: string;
}

@InputType('SetWorkCalendarInput')
export class SetWorkCalendarInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [CalendarDateInput])
  holidays!: CalendarDateInput[];

  @Field(() => [CalendarDateInput])
  workdays!: CalendarDateInput[];
}
