import { addDays, monthPeriod, ruleById } from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { badInput, notFound } from '../../graphql/errors.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { findForWrite, refForWrite, validUuidOr } from '../common/scoped.js';
import { expectVersion, optionalText, validDate } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { getOrgUnit } from '../org-unit/org-unit.service.js';
import { PersonEntity } from '../person/person.entity.js';
import { PositionEntity } from '../person/position.entity.js';
import { DutyDayEntity } from './reception.entity.js';
import { DUTY_DAY, badMonth, refused, unknownPerson, unknownUnit } from './reception.errors.js';
import type { CreateDutyDayInput, DutyDayFilter, FillDutyRosterInput, UpdateDutyDayInput } from './reception.input.js';
import type { DutyDayStatus } from './reception.type.js';
import { loadCalendar } from './work-calendar.js';
import { pageOf, recordWhere, softDelete } from '../common/record-kit.js';

const SORTABLE = { occurredOn: 'occurredOn', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;
const PLACE = { zh: '接访地点', en: 'The place' };
const NOTE = { zh: '备注', en: 'The note' };

export async function getDutyDay(ctx: Ctx, id: string): Promise<DutyDayEntity> {
  const row = await ctx.em.findOne(DutyDayEntity, { id: validUuidOr(id) });
  if (!row) throw notFound(DUTY_DAY, id);
  return row;
}

export async function listDutyDays(
  ctx: Ctx,
  filter: DutyDayFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<DutyDayEntity>> {
  return pageOf(ctx, DutyDayEntity, await recordWhere(ctx, filter), sort, page, perPage, SORTABLE);
}

async function farmRef(ctx: Ctx, unitId: string): Promise<OrgUnitEntity> {
  const unit = await refForWrite(ctx, OrgUnitEntity, unitId, () => unknownUnit('unitId', unitId));
  if (unit.kind !== 'FARM') {
    throw refused('unitId', 'DUTY.NOT_A_FARM', '接访值班表按农场编排，所选单位不是农场', 'The duty roster belongs to a farm; the unit chosen is not one');
  }
  return unit;
}

/** The farm leadership posts (领导班子成员) of these people at this farm, to check who may be on duty when. */
async function leadershipPosts(ctx: Ctx, farmId: string, personIds: readonly string[]): Promise<Map<string, PositionEntity[]>> {
  const rows = await ctx.em.find(PositionEntity, {
    person: { $in: [...personIds] },
    unit: farmId,
    $or: [{ leadershipTeam: true }, { principal: true }, { partySecretary: true }],
  });
  const out = new Map<string, PositionEntity[]>();
  for (const r of rows) out.set(r.person.id, [...(out.get(r.person.id) ?? []), r]);
  return out;
}

const heldOn = (posts: readonly PositionEntity[] | undefined, date: string) =>
  (posts ?? []).some((p) => p.startsOn <= date && (p.endsOn === null || date <= p.endsOn));

function notALeader(name: string, date: string) {
  return refused(
    'personId',
    'S4.FARM_DAILY.NOT_A_LEADER',
    `${name}在 ${date} 不是本农场领导班子成员，不能安排公开接访值班`,
    `${name} is not on the farm leadership team on ${date}, so cannot be on reception duty`,
  );
}

async function refuseSameLeaderTwice(ctx: Ctx, farmId: string, personId: string, date: string): Promise<void> {
  if (await ctx.em.count(DutyDayEntity, { unit: farmId, person: personId, occurredOn: date })) {
    throw refused('date', 'DUTY.DOUBLE_BOOKED', `该领导在 ${date} 已安排值班`, `This leader is already on duty on ${date}`);
  }
}

export async function createDutyDay(ctx: Ctx, input: CreateDutyDayInput): Promise<DutyDayEntity> {
  const farm = await farmRef(ctx, input.unitId);
  const person = await refForWrite(ctx, PersonEntity, input.personId, () => unknownPerson('personId', input.personId));
  const date = validDate('date', { zh: '值班日期', en: 'The date' }, input.date);
  const place = optionalText('place', PLACE, input.place, 200);
  const note = optionalText('note', NOTE, input.note, 2000);
  if (!heldOn((await leadershipPosts(ctx, farm.id, [person.id])).get(person.id), date)) throw notALeader(person.name, date);
  await refuseSameLeaderTwice(ctx, farm.id, person.id, date);
  const row = ctx.em.create(DutyDayEntity, { unit: farm, person, occurredOn: date, place, note });
  await ctx.em.flush();
  return row;
}

export async function updateDutyDay(ctx: Ctx, id: string, input: UpdateDutyDayInput): Promise<DutyDayEntity> {
  const row = await findForWrite(ctx, DutyDayEntity, id, DUTY_DAY);
  expectVersion(row, input.version, { zh: '该值班安排', en: 'This duty day' });
  if (input.personId != null && input.personId !== row.person?.id) {
    const person = await refForWrite(ctx, PersonEntity, input.personId, () => unknownPerson('personId', input.personId ?? ''));
    if (!heldOn((await leadershipPosts(ctx, row.unit.id, [person.id])).get(person.id), row.occurredOn)) throw notALeader(person.name, row.occurredOn);
    await refuseSameLeaderTwice(ctx, row.unit.id, person.id, row.occurredOn);
    row.person = ctx.em.getReference(PersonEntity, person.id, { wrapped: true });
  }
  if (input.place !== undefined) row.place = optionalText('place', PLACE, input.place, 200);
  if (input.note !== undefined) row.note = optionalText('note', NOTE, input.note, 2000);
  await ctx.em.flush();
  return row;
}

export async function deleteDutyDay(ctx: Ctx, id: string): Promise<DutyDayEntity> {
  return softDelete(ctx, await findForWrite(ctx, DutyDayEntity, id, DUTY_DAY));
}

function parseMonth(month: string): { start: string; end: string } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw badMonth(month);
  return monthPeriod(Number(m[1]), Number(m[2]));
}

/** The S4.FARM_DAILY option as the catalogue sets it; a caller may ask for the stricter or looser reading. */
function defaultWorkingDaysOnly(): boolean {
  return ruleById('S4.FARM_DAILY')?.options['workingDaysOnly']?.value === true;
}

export interface RosterDay {
  date: string;
  workingDay: boolean;
  status: DutyDayStatus;
  duty: DutyDayEntity[];
}

export interface RosterMonth {
  unitId: string;
  month: string;
  workingDaysOnly: boolean;
  days: RosterDay[];
  gaps: string[];
  doubles: string[];
}

export async function dutyRosterMonth(ctx: Ctx, unitId: string, month: string, workingDaysOnly?: boolean | null): Promise<RosterMonth> {
  const { start, end } = parseMonth(month);
  const unit = await getOrgUnit(ctx, unitId);
  const only = workingDaysOnly ?? defaultWorkingDaysOnly();
  const rows = await ctx.em.find(DutyDayEntity, { unit: unit.id, occurredOn: { $gte: start, $lte: end } }, { orderBy: { occurredOn: 'asc', createdAt: 'asc' } });
  const cal = await loadCalendar(ctx.em, [Number(start.slice(0, 4))]);
  const days: RosterDay[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) {
    const duty = rows.filter((r) => r.occurredOn === d);
    const workingDay = cal.isWorkingDay(d);
    const required = !only || workingDay;
    const status: DutyDayStatus = duty.length > 1 ? 'DOUBLE' : duty.length === 1 ? 'COVERED' : required ? 'GAP' : 'NOT_REQUIRED';
    days.push({ date: d, workingDay, status, duty });
  }
  return {
    unitId: unit.id,
    month,
    workingDaysOnly: only,
    days,
    gaps: days.filter((d) => d.status === 'GAP').map((d) => d.date),
    doubles: days.filter((d) => d.status === 'DOUBLE').map((d) => d.date),
  };
}

/**
 * Fills every day of the month that needs a leader and has none, taking the leaders in turn. Days already
 * covered are left as they are; a leader not on the team on their turn's day is skipped for the next one.
 */
export async function fillDutyRoster(ctx: Ctx, input: FillDutyRosterInput): Promise<RosterMonth> {
  const farm = await farmRef(ctx, input.unitId);
  const ids = [...new Set(input.personIds)];
  const people: PersonEntity[] = [];
  for (const id of ids) people.push(await refForWrite(ctx, PersonEntity, id, () => unknownPerson('personIds', id)));
  const { start, end } = parseMonth(input.month);
  if (people.length === 0) throw badInput('personIds', { zh: '请至少选择一名轮值领导', en: 'Name at least one leader for the rotation' });
  const place = optionalText('place', PLACE, input.place, 200);
  const posts = await leadershipPosts(ctx, farm.id, ids);
  const outsider = people.find((p) => !(posts.get(p.id) ?? []).some((x) => x.startsOn <= end && (x.endsOn === null || x.endsOn >= start)));
  if (outsider) throw notALeader(outsider.name, input.month);
  const before = await dutyRosterMonth(ctx, farm.id, input.month, input.workingDaysOnly);
  let turn = input.startIndex ?? 0;
  if (!Number.isInteger(turn) || turn < 0 || turn >= people.length) {
    throw badInput('startIndex', { zh: `起始序号应在 0 到 ${people.length - 1} 之间`, en: `startIndex must be from 0 to ${people.length - 1}` });
  }
  for (const day of before.days) {
    if (day.status !== 'GAP') continue;
    for (let tries = 0; tries < people.length; tries++) {
      const p = people[turn % people.length] as PersonEntity;
      turn += 1;
      if (heldOn(posts.get(p.id), day.date)) {
        ctx.em.create(DutyDayEntity, { unit: farm, person: p, occurredOn: day.date, place, note: null });
        break;
      }
    }
  }
  await ctx.em.flush();
  return dutyRosterMonth(ctx, farm.id, input.month, input.workingDaysOnly);
}
