import { registerEnumType, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { PageOf } from '../../graphql/pagination.js';
import { RuleViolation } from '../../graphql/rule-violation.js';
import { DateScalar } from '../../graphql/scalars.js';
import { RECEPTION_MODES, RECEPTION_SPANS, type DutyDayEntity, type ReceptionDayEntity, type ReceptionModeValue, type ReceptionSpan } from './reception.entity.js';

function enumObject<K extends string>(values: readonly K[]): { [P in K]: P } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [P in K]: P };
}

export const ReceptionSpanEnum = enumObject(RECEPTION_SPANS);
registerEnumType(ReceptionSpanEnum, {
  name: 'ReceptionSpan',
  description: 'Whole day or half day.',
  valuesConfig: { WHOLE_DAY: { description: '全天' }, MORNING: { description: '上午' }, AFTERNOON: { description: '下午' } },
});

export const ReceptionModeEnum = enumObject(RECEPTION_MODES);
registerEnumType(ReceptionModeEnum, {
  name: 'ReceptionMode',
  description: 'How the leader receives (S4.MODES).',
  valuesConfig: {
    FIXED_POINT: { description: '定点接访' },
    APPOINTMENT: { description: '预约接访（约访）' },
    THEMATIC: { description: '专题接访' },
    CASE_DOWN: { description: '带案下访' },
    RETURN_VISIT: { description: '回访' },
  },
});

export const DUTY_DAY_STATUSES = ['COVERED', 'GAP', 'DOUBLE', 'NOT_REQUIRED'] as const;
export type DutyDayStatus = (typeof DUTY_DAY_STATUSES)[number];
export const DutyDayStatusEnum = enumObject(DUTY_DAY_STATUSES);
registerEnumType(DutyDayStatusEnum, {
  name: 'DutyDayStatus',
  description: 'A day of the farm duty roster (S4.FARM_DAILY).',
  valuesConfig: {
    COVERED: { description: '已安排1名领导值班' },
    GAP: { description: '无人值班（缺口）' },
    DOUBLE: { description: '重复安排' },
    NOT_REQUIRED: { description: '非工作日，无需值班（仅工作日规则）' },
  },
});

@ObjectType('ReceptionDay', { description: "A leader's reception day (接访日), S4.DAYS.*." })
export class ReceptionDay {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The leader.' })
  personId!: string;

  @Field(() => ID, { description: "The leader's unit: the record is scoped by it." })
  unitId!: string;

  @Field(() => DateScalar, { description: 'The day of the reception.' })
  occurredOn!: string;

  @Field(() => ReceptionSpanEnum)
  span!: ReceptionSpan;

  @Field(() => String, { nullable: true, description: 'HH:MM, China Standard Time.' })
  startTime!: string | null;

  @Field(() => String, { nullable: true })
  endTime!: string | null;

  @Field(() => String)
  place!: string;

  @Field(() => ReceptionModeEnum)
  mode!: ReceptionModeValue;

  @Field(() => [String], { description: 'Departments receiving jointly (联合接访).' })
  jointDepartments!: string[];

  @Field(() => [String], { description: 'Lawyers, counsellors, social workers taking part.' })
  participants!: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the schedule was published; null = not yet.' })
  announcedAt!: Date | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;

  @Field(() => [RuleViolation], { description: 'S4.ANNOUNCED: a day published late or not at all.' })
  warnings!: RuleViolation[];
}

export function toReceptionDay(e: ReceptionDayEntity, warnings: RuleViolation[]): ReceptionDay {
  return Object.assign(new ReceptionDay(), {
    id: e.id,
    personId: e.person?.id ?? '',
    unitId: e.unit.id,
    occurredOn: e.occurredOn,
    span: e.span,
    startTime: e.startTime,
    endTime: e.endTime,
    place: e.place,
    mode: e.mode,
    jointDepartments: [...e.jointDepartments],
    participants: [...e.participants],
    announcedAt: e.announcedAt,
    note: e.note,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    warnings,
  });
}

@ObjectType('ReceptionDayPage')
export class ReceptionDayPage extends PageOf(ReceptionDay) {}

@ObjectType('DutyDay', { description: 'A farm leadership member on public reception duty for a day (S4.FARM_DAILY).' })
export class DutyDay {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The leader on duty.' })
  personId!: string;

  @Field(() => ID, { description: 'The farm.' })
  unitId!: string;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export function toDutyDay(e: DutyDayEntity): DutyDay {
  return Object.assign(new DutyDay(), {
    id: e.id,
    personId: e.person?.id ?? '',
    unitId: e.unit.id,
    occurredOn: e.occurredOn,
    place: e.place,
    note: e.note,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  });
}

@ObjectType('DutyDayPage')
export class DutyDayPage extends PageOf(DutyDay) {}

@ObjectType('DutyRosterDay')
export class DutyRosterDay {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Boolean, { description: 'A working day by the work calendar (holidays and 调休 included).' })
  workingDay!: boolean;

  @Field(() => DutyDayStatusEnum)
  status!: DutyDayStatus;

  @Field(() => [DutyDay])
  duty!: DutyDay[];
}

@ObjectType('DutyRosterMonth', { description: "A farm's duty roster for one month, with its gaps and double bookings." })
export class DutyRosterMonth {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Boolean, { description: 'Only working days need a leader on duty.' })
  workingDaysOnly!: boolean;

  @Field(() => [DutyRosterDay])
  days!: DutyRosterDay[];

  @Field(() => [DateScalar], { description: 'Days that need a leader on duty and have none.' })
  gaps!: string[];

  @Field(() => [DateScalar], { description: 'Days with more than one leader on duty.' })
  doubles!: string[];
}

@ObjectType('PublicReceptionDay', { description: 'An announced reception day as the public sees it: no visitor data, no ids.' })
export class PublicReceptionDay {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => ReceptionSpanEnum)
  span!: ReceptionSpan;

  @Field(() => String, { description: 'HH:MM, China Standard Time.' })
  startTime!: string;

  @Field(() => String)
  endTime!: string;

  @Field(() => String)
  place!: string;

  @Field(() => ReceptionModeEnum)
  mode!: ReceptionModeValue;

  @Field(() => String)
  leaderName!: string;

  @Field(() => String, { nullable: true, description: "The leader's post on that day, e.g. 副局长." })
  leaderPost!: string | null;

  @Field(() => String, { description: "The leader's unit." })
  unitName!: string;

  @Field(() => [String])
  jointDepartments!: string[];

  @Field(() => DateTimeResolver)
  announcedAt!: Date;
}

@ObjectType('PublicReceptionSchedule')
export class PublicReceptionSchedule {
  @Field(() => String)
  unitCode!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => [PublicReceptionDay])
  days!: PublicReceptionDay[];
}

@ObjectType('CalendarDate')
export class CalendarDate {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('WorkCalendarYear', { description: "China's public holidays and adjusted working days (调休) of one year." })
export class WorkCalendarYearType {
  @Field(() => Int)
  year!: number;

  @Field(() => [CalendarDate])
  holidays!: CalendarDate[];

  @Field(() => [CalendarDate], { description: 'Weekend days that are working days.' })
  workdays!: CalendarDate[];

  @Field(() => Boolean, { description: 'False while the built-in list is in force.' })
  edited!: boolean;
}
