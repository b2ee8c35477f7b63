import { cstDate, ruleById, runCheck, yearPeriod, type PersonSubject, type ReceptionDayFact, type Violation } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { todayCst } from '../../graphql/scalars.js';
import { expectVersion, optionalText, requiredText, unique, validDate } from '../common/validate.js';
import { deleteRecord, findRecordForWrite, getRecord, pageOf, recordOwner, recordWhere } from '../common/record-kit.js';
import { ReceptionDayEntity, type ReceptionSpan } from './reception.entity.js';
import { RECEPTION_DAY, badTime, refused } from './reception.errors.js';
import type { CreateReceptionDayInput, ReceptionDayFilter, UpdateReceptionDayInput } from './reception.input.js';

const PLACE = { zh: '接访地点', en: 'The place' };
const NOTE = { zh: '备注', en: 'The note' };
const DATE = { zh: '接访日期', en: 'The date' };
const SORTABLE = { occurredOn: 'occurredOn', place: 'place', announcedAt: 'announcedAt', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

/** The usual hours of each span when none are given (CST). */
export const SPAN_HOURS: Record<ReceptionSpan, [string, string]> = {
  WHOLE_DAY: ['08:30', '17:00'],
  MORNING: ['08:30', '11:30'],
  AFTERNOON: ['14:00', '17:00'],
};

export function receptionFact(e: ReceptionDayEntity): ReceptionDayFact {
  return {
    id: e.id,
    kind: 'RECEPTION_DAY',
    personId: e.person?.id ?? null,
    unitId: e.unit.id,
    date: e.occurredOn,
    mode: e.mode,
    announcedOn: e.announcedAt ? cstDate(e.announcedAt) : null,
  };
}

/**
 * S4.ANNOUNCED on one day, through the catalogue's own check (announced at least `announceDaysBefore` ahead).
 * A day not yet published shows the date it should be published by, as a reminder.
 */
export function receptionWarnings(ctx: Ctx, e: ReceptionDayEntity): Violation[] {
  const rule = ruleById('S4.ANNOUNCED');
  if (!rule || rule.measure.type !== 'CHECK') return [];
  const today = todayCst(ctx.now);
  const fact = receptionFact(e);
  const blank: PersonSubject = { id: fact.personId ?? '', rank: 'NONE', partyMember: false, positions: [], deputyTerms: [] };
  const period = yearPeriod(Number(e.occurredOn.slice(0, 4)));
  const found = runCheck(rule.measure.check, fact, { rule, subject: blank, period, today, allFacts: [] }).violations;
  return found.map((v) => ({ ...v, severity: 'WARNING' as const }));
}

export function getReceptionDay(ctx: Ctx, id: string): Promise<ReceptionDayEntity> {
  return getRecord(ctx, ReceptionDayEntity, id, RECEPTION_DAY);
}

export async function listReceptionDays(
  ctx: Ctx,
  filter: ReceptionDayFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<ReceptionDayEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<ReceptionDayEntity>[] = [];
  if (f.mode) own.push({ mode: f.mode });
  if (f.announced === true) own.push({ announcedAt: { $ne: null } });
  if (f.announced === false) own.push({ announcedAt: null });
  return pageOf(ctx, ReceptionDayEntity, await recordWhere(ctx, f, own), sort, page, perPage, SORTABLE);
}

function time(field: string, value: string | null | undefined): string | null {
  if (value == null || !value.trim()) return null;
  const v = value.trim();
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(v)) throw badTime(field, value);
  return v;
}

function names(field: string, label: { zh: string; en: string }, values: readonly string[] | null | undefined): string[] {
  return unique((values ?? []).map((v) => requiredText(field, label, v, 50)));
}

function checkHours(start: string | null, end: string | null): void {
  if (start && end && end <= start) {
    throw refused('endTime', 'RECEPTION.TIME_ORDER', `结束时间（${end}）应晚于开始时间（${start}）`, `The end (${end}) must come after the start (${start})`);
  }
}

const overlaps = (a: ReceptionSpan, b: ReceptionSpan) => a === 'WHOLE_DAY' || b === 'WHOLE_DAY' || a === b;

/** One leader cannot hold two receptions at once: a whole day clashes with anything that day, a half with the same half. */
async function refuseDoubleBooking(ctx: Ctx, personId: string, date: string, span: ReceptionSpan, exceptId?: string): Promise<void> {
  const same = await ctx.em.find(ReceptionDayEntity, { person: personId, occurredOn: date, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  const clash = same.find((r) => overlaps(r.span, span));
  if (clash) {
    throw refused('date', 'RECEPTION.DOUBLE_BOOKED', `该领导在 ${date} 已安排接访（${clash.place}）`, `This leader already receives on ${date} (${clash.place})`);
  }
}

export async function createReceptionDay(ctx: Ctx, input: CreateReceptionDayInput): Promise<ReceptionDayEntity> {
  const person = await recordOwner(ctx, input.personId, 'personId', { zh: '请选择接访的领导', en: 'Choose the leader who receives' });
  const date = validDate('date', DATE, input.date);
  const place = requiredText('place', PLACE, input.place, 200);
  const startTime = time('startTime', input.startTime);
  const endTime = time('endTime', input.endTime);
  checkHours(startTime, endTime);
  const jointDepartments = names('jointDepartments', { zh: '联合接访部门', en: 'A joint department' }, input.jointDepartments);
  const participants = names('participants', { zh: '参与人员', en: 'A participant' }, input.participants);
  const note = optionalText('note', NOTE, input.note, 2000);
  await refuseDoubleBooking(ctx, person.id, date, input.span);
  const row = ctx.em.create(ReceptionDayEntity, {
    person,
    unit: person.unit,
    occurredOn: date,
    span: input.span,
    startTime,
    endTime,
    place,
    mode: input.mode,
    jointDepartments,
    participants,
    announcedAt: input.announcedAt ?? null,
    note,
  });
  await ctx.em.flush();
  return row;
}

export async function updateReceptionDay(ctx: Ctx, id: string, input: UpdateReceptionDayInput): Promise<ReceptionDayEntity> {
  const row = await findRecordForWrite(ctx, ReceptionDayEntity, id, RECEPTION_DAY);
  expectVersion(row, input.version, { zh: '该接访日', en: 'This reception day' });
  const date = input.date != null ? validDate('date', DATE, input.date) : row.occurredOn;
  const span = input.span ?? row.span;
  const startTime = input.startTime !== undefined ? time('startTime', input.startTime) : row.startTime;
  const endTime = input.endTime !== undefined ? time('endTime', input.endTime) : row.endTime;
  checkHours(startTime, endTime);
  const place = input.place != null ? requiredText('place', PLACE, input.place, 200) : row.place;
  const joint = input.jointDepartments != null ? names('jointDepartments', { zh: '联合接访部门', en: 'A joint department' }, input.jointDepartments) : null;
  const participants = input.participants != null ? names('participants', { zh: '参与人员', en: 'A participant' }, input.participants) : null;
  const note = input.note !== undefined ? optionalText('note', NOTE, input.note, 2000) : row.note;
  if (date !== row.occurredOn || span !== row.span) await refuseDoubleBooking(ctx, row.person?.id ?? '', date, span, row.id);
  Object.assign(row, { occurredOn: date, span, startTime, endTime, place, note, mode: input.mode ?? row.mode });
  if (joint) row.jointDepartments = joint;
  if (participants) row.participants = participants;
  await ctx.em.flush();
  return row;
}

/** Publishes the day (事前公告): from now on it is on the public page and in the .ics feed. */
export async function announceReceptionDay(ctx: Ctx, id: string, at: Date | null | undefined): Promise<ReceptionDayEntity> {
  const row = await findRecordForWrite(ctx, ReceptionDayEntity, id, RECEPTION_DAY);
  if (row.announcedAt) {
    throw refused('id', 'RECEPTION.ALREADY_ANNOUNCED', '该接访日已公告', 'This reception day is already announced');
  }
  const when = at ?? ctx.now;
  if (when.getTime() > ctx.now.getTime()) {
    throw refused('at', 'RECEPTION.ANNOUNCED_IN_FUTURE', '公告时间不能晚于现在', 'The announcement cannot be dated in the future');
  }
  row.announcedAt = when;
  await ctx.em.flush();
  return row;
}

export function deleteReceptionDay(ctx: Ctx, id: string): Promise<ReceptionDayEntity> {
  return deleteRecord(ctx, ReceptionDayEntity, id, RECEPTION_DAY);
}
