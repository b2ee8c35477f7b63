import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Ctx } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { SortInput } from '../../graphql/pagination.js';
import { toRuleViolations } from '../../graphql/rule-violation.js';
import { DateScalar } from '../../graphql/scalars.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { personById } from '../common/record-page.js';
import { Person, toPerson } from '../person/person.type.js';
import { dutyRosterMonth, createDutyDay, deleteDutyDay, fillDutyRoster, getDutyDay, listDutyDays, updateDutyDay, type RosterMonth } from './duty.service.js';
import type { ReceptionDayEntity } from './reception.entity.js';
import {
  CreateDutyDayInput,
  CreateReceptionDayInput,
  DutyDayFilter,
  FillDutyRosterInput,
  ReceptionDayFilter,
  SetWorkCalendarInput,
  UpdateDutyDayInput,
  UpdateReceptionDayInput,
} from './reception.input.js';
import { publicSchedule } from './reception.public.js';
import {
  announceReceptionDay,
  createReceptionDay,
  deleteReceptionDay,
  getReceptionDay,
  listReceptionDays,
  receptionWarnings,
  updateReceptionDay,
} from './reception.service.js';
import {
  DutyDay,
  DutyDayPage,
  DutyRosterMonth,
  PublicReceptionSchedule,
  ReceptionDay,
  ReceptionDayPage,
  WorkCalendarYearType,
  toDutyDay,
  toReceptionDay,
} from './reception.type.js';
import { setWorkCalendar, workCalendarYear } from './work-calendar.service.js';

/** A related person for a nested field: null when unset or outside the caller's scope (never an error). */
export async function visiblePerson(ctx: Ctx, id: string | null | undefined): Promise<Person | null> {
  if (!id) return null;
  // The records' shared person loader, which a list page primes (record-page.ts).
  const p = await personById(ctx).load(id);
  return p ? toPerson(p) : null;
}

const show = (ctx: Ctx, e: ReceptionDayEntity) => toReceptionDay(e, toRuleViolations(ctx.locale, receptionWarnings(ctx, e)));

@Resolver(() => ReceptionDay)
export class ReceptionDayResolver {
  @Query(() => ReceptionDay)
  async receptionDay(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ReceptionDay> {
    return show(ctx, await getReceptionDay(ctx, id));
  }

  @Query(() => ReceptionDayPage)
  async receptionDays(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ReceptionDayFilter, { nullable: true }) filter?: ReceptionDayFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ReceptionDayPage> {
    const { items, total } = await listReceptionDays(ctx, filter, sort, page, perPage);
    return { items: items.map((e) => show(ctx, e)), total };
  }

  @Query(() => PublicReceptionSchedule, {
    description: 'Announced reception days of the leaders of a unit and the units under it. Public: no sign-in needed.',
  })
  async publicReceptionSchedule(
    @GqlCtx() ctx: Ctx,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string,
  ): Promise<PublicReceptionSchedule> {
    // Reads outside any viewer's scope on purpose: the SQL selects announced days and public columns only.
    const s = await publicSchedule(ctx, unitCode, from, to);
    return Object.assign(new PublicReceptionSchedule(), { ...s, days: s.days.map(({ key: _key, ...d }) => d) });
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ReceptionDay, { description: "Records a leader's reception day; a CADRE records only their own." })
  async createReceptionDay(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateReceptionDayInput) input: CreateReceptionDayInput): Promise<ReceptionDay> {
    return show(ctx, await createReceptionDay(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ReceptionDay)
  async updateReceptionDay(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateReceptionDayInput) input: UpdateReceptionDayInput,
  ): Promise<ReceptionDay> {
    return show(ctx, await updateReceptionDay(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ReceptionDay, { description: 'Publishes the day (事前公告): it then shows on the public page and in the .ics feed.' })
  async announceReceptionDay(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('at', () => DateTimeResolver, { nullable: true, description: 'When it was published, if earlier than now.' }) at?: Date,
  ): Promise<ReceptionDay> {
    return show(ctx, await announceReceptionDay(ctx, id, at));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ReceptionDay)
  async deleteReceptionDay(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ReceptionDay> {
    return show(ctx, await deleteReceptionDay(ctx, id));
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Null when the leader is outside your scope.' })
  async person(@GqlCtx() ctx: Ctx, @Root() r: ReceptionDay): Promise<Person | null> {
    return visiblePerson(ctx, r.personId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() r: ReceptionDay): Promise<OrgUnit | null> {
    return visibleUnit(ctx, r.unitId);
  }
}

function toRoster(m: RosterMonth): DutyRosterMonth {
  return Object.assign(new DutyRosterMonth(), {
    ...m,
    days: m.days.map((d) => ({ ...d, duty: d.duty.map(toDutyDay) })),
  });
}

@Resolver(() => DutyDay)
export class DutyDayResolver {
  @Query(() => DutyDay)
  async dutyDay(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DutyDay> {
    return toDutyDay(await getDutyDay(ctx, id));
  }

  @Query(() => DutyDayPage)
  async dutyDays(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => DutyDayFilter, { nullable: true }) filter?: DutyDayFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<DutyDayPage> {
    const { items, total } = await listDutyDays(ctx, filter, sort, page, perPage);
    return { items: items.map(toDutyDay), total };
  }

  @Query(() => DutyRosterMonth, { description: "A farm's duty roster for a month (YYYY-MM), with gaps and double bookings." })
  async dutyRosterMonth(
    @GqlCtx() ctx: Ctx,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('month', () => String) month: string,
    @Arg('workingDaysOnly', () => Boolean, { nullable: true }) workingDaysOnly?: boolean,
  ): Promise<DutyRosterMonth> {
    return toRoster(await dutyRosterMonth(ctx, unitId, month, workingDaysOnly));
  }

  @Authorized('ADMIN')
  @Mutation(() => DutyDay)
  async createDutyDay(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateDutyDayInput) input: CreateDutyDayInput): Promise<DutyDay> {
    return toDutyDay(await createDutyDay(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DutyDay)
  async updateDutyDay(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateDutyDayInput) input: UpdateDutyDayInput): Promise<DutyDay> {
    return toDutyDay(await updateDutyDay(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DutyDay)
  async deleteDutyDay(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DutyDay> {
    return toDutyDay(await deleteDutyDay(ctx, id));
  }

  @Authorized('ADMIN')
  @Mutation(() => DutyRosterMonth, { description: 'Fills the empty days of a month from a rotation of farm leaders.' })
  async fillDutyRoster(@GqlCtx() ctx: Ctx, @Arg('input', () => FillDutyRosterInput) input: FillDutyRosterInput): Promise<DutyRosterMonth> {
    return toRoster(await fillDutyRoster(ctx, input));
  }

  @FieldResolver(() => Person, { nullable: true })
  async person(@GqlCtx() ctx: Ctx, @Root() r: DutyDay): Promise<Person | null> {
    return visiblePerson(ctx, r.personId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() r: DutyDay): Promise<OrgUnit | null> {
    return visibleUnit(ctx, r.unitId);
  }
}

@Resolver(() => WorkCalendarYearType)
export class WorkCalendarResolver {
  @Query(() => WorkCalendarYearType, { description: "A year's public holidays and adjusted working days." })
  async workCalendar(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number): Promise<WorkCalendarYearType> {
    return workCalendarYear(ctx, year);
  }

  @Authorized('ADMIN')
  @Mutation(() => WorkCalendarYearType, { description: 'Replaces a year\'s holidays and adjusted working days (bureau-wide administrators).' })
  async setWorkCalendar(@GqlCtx() ctx: Ctx, @Arg('input', () => SetWorkCalendarInput) input: SetWorkCalendarInput): Promise<WorkCalendarYearType> {
    const v = ctx.viewer;
    // The calendar applies to the whole organisation: only an administrator of its root may change it.
    if (v.kind === 'user' && v.scopePath.split('/').filter(Boolean).length !== 1) throw forbidden();
    return setWorkCalendar(ctx, input);
  }
}
