import { ruleById, yearPeriod, runCheck, type Fact, type PersonSubject, type Rule, type Violation } from '@lianxi/rules';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Ctx } from '../../graphql/context.js';
import { badInput, forbidden, notFound } from '../../graphql/errors.js';
import type { Bilingual } from '../../graphql/i18n.js';
import { loader } from '../../graphql/loaders.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { DateScalar, todayCst } from '../../graphql/scalars.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { subtreeOf } from '../org-unit/org-unit.service.js';
import { PersonEntity } from '../person/person.entity.js';
import { Person, toPerson } from '../person/person.type.js';
import { assertMayWriteRecord } from './record-access.js';
import type { RecordEntity } from './record.entity.js';
import { findForWrite, refForWrite, validUuidOr } from './scoped.js';
import { notInFuture, optionalText, validDate } from './validate.js';

/** Any record entity, whatever its own optional properties. */
export type AnyRecord = RecordEntity<string>;

// Shared by the person-centred record modules (research, contact, secondment, talk, experience): the filter
// and fields every such record has, who may write it, and how its days are checked.

/** Filters every person-centred record list takes, besides its own. */
// Not emitted itself: type-graphql 2 emits only types reachable from resolvers.
@InputType()
export abstract class RecordFilterBase {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Records of this person.' })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only the signed-in cadre's own records (the 'my records' page)." })
  mine?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Records owned by this unit or a unit under it.' })
  underId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dated on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dated on or before this day.' })
  to?: string | null;
}

/** The fields of RecordEntity as every record type shows them. */
@ObjectType()
export abstract class RecordBase {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Whose record it is.' })
  personId!: string | null;

  @Field(() => ID, { description: "The owning unit (the person's unit when recorded): the record is scoped by it." })
  unitId!: string;

  @Field(() => DateScalar, { description: 'The day it happened, or the first day of something that lasts.' })
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

/** Copies the shared core onto a GraphQL object; each module's mapper adds its own fields. */
export function recordBase<T extends RecordBase>(target: T, e: AnyRecord): T {
  target.id = e.id;
  target.personId = e.person?.id ?? null;
  target.unitId = e.unit.id;
  target.occurredOn = e.occurredOn;
  target.note = e.note;
  target.version = e.version;
  target.createdAt = e.createdAt;
  target.updatedAt = e.updatedAt;
  return target;
}

/** A related person for a nested field: null when unset or outside the caller's scope (never an error). */
export async function visiblePerson(ctx: Ctx, id: string | null | undefined): Promise<Person | null> {
  if (!id) return null;
  const p = await loader<string, PersonEntity | null>(ctx, 'person-by-id', async (ids) => {
    const rows = await ctx.em.find(PersonEntity, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((i) => byId.get(i) ?? null);
  }).load(id);
  return p ? toPerson(p) : null;
}

export async function getRecord<T extends AnyRecord>(ctx: Ctx, entity: EntityClass<T>, id: string, label: Bilingual): Promise<T> {
  const row = await ctx.em.findOne(entity, { id: validUuidOr(id) } as unknown as FilterQuery<T>);
  if (!row) throw notFound(label, id);
  return row;
}

/**
 * The record a mutation changes. ADMIN: FORBIDDEN outside the subtree, NOT_FOUND when it does not exist.
 * CADRE: only their own records; anything else — another's, outside the scope, or no such id — is FORBIDDEN,
 * so a cadre learns nothing about which ids exist.
 */
export async function findRecordForWrite<T extends AnyRecord>(ctx: Ctx, entity: EntityClass<T>, id: string, label: Bilingual): Promise<T> {
  const v = ctx.viewer;
  if (v.kind === 'user' && v.role === 'CADRE') {
    const row = await ctx.em.findOne(entity, { id: validUuidOr(id) } as unknown as FilterQuery<T>);
    if (!row) throw forbidden();
    assertMayWriteRecord(ctx, row.person?.id);
    return row;
  }
  const row = await findForWrite(ctx, entity, id, label);
  assertMayWriteRecord(ctx, row.person?.id);
  return row;
}

/**
 * Whose record a create writes: the given person (unknown → BAD_USER_INPUT on personId, outside the scope →
 * FORBIDDEN), or for a CADRE their own person when none is given. Only ADMINs record for others.
 */
export async function recordOwner(ctx: Ctx, personId: string | null | undefined, field = 'personId'): Promise<PersonEntity> {
  const v = ctx.viewer;
  const id = personId ?? (v.kind === 'user' ? v.personId : null);
  if (!id) {
    throw badInput(field, { zh: '请选择记录所属的人员', en: 'Choose whose record this is' });
  }
  const person = await refForWrite(ctx, PersonEntity, id, () =>
    badInput(field, { zh: `人员不存在：${id}`, en: `No such person: ${id}` }),
  );
  assertMayWriteRecord(ctx, person.id);
  return person;
}

/**
 * People an input names besides the owner (a counterpart, a team member): they may belong anywhere in the
 * organisation (a talk with a member of another unit), so only their existence is checked, with SQL.
 */
export async function peopleAnywhere(ctx: Ctx, field: string, ids: readonly string[]): Promise<Map<string, { id: string; unitId: string }>> {
  const wanted = [...new Set(ids)];
  const bad = wanted.find((i) => validUuidOr(i) !== i);
  const rows = wanted.length && !bad
    ? await ctx.em.getConnection().execute<{ id: string; unitId: string }[]>(
        'select id::text as id, unit_id::text as "unitId" from person where id in (?)',
        [wanted],
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = bad ?? wanted.find((i) => !byId.has(i));
  if (missing) throw badInput(field, { zh: `人员不存在：${missing}`, en: `No such person: ${missing}` });
  return byId;
}

export interface UnitInfo {
  id: string;
  kind: string;
  path: string;
  flags: string[];
  sector: string | null;
}

/**
 * Units an input names as places of work (visited, linked, hosting): they may lie anywhere in the organisation
 * (a farm's cadre visits an area of another part of the tree), so only their existence is checked; whose record
 * it is decides its scope. Read with SQL, never into the scoped identity map.
 */
export async function unitsAnywhere(ctx: Ctx, field: string, ids: readonly string[]): Promise<Map<string, UnitInfo>> {
  const wanted = [...new Set(ids)];
  const bad = wanted.find((i) => validUuidOr(i) !== i);
  const rows = wanted.length && !bad
    ? await ctx.em.getConnection().execute<UnitInfo[]>(
        'select id::text as id, kind, path, flags, sector from org_unit where id in (?)',
        [wanted],
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = bad ?? wanted.find((i) => !byId.has(i));
  if (missing) throw badInput(field, { zh: `单位不存在：${missing}`, en: `No such unit: ${missing}` });
  return byId;
}

export async function unitAnywhere(ctx: Ctx, field: string, id: string): Promise<UnitInfo> {
  return (await unitsAnywhere(ctx, field, [id])).get(id) as UnitInfo;
}

export interface HouseholdInfo {
  id: string;
  unitId: string;
  flags: string[];
}

/** Households an input names (visited, linked): anywhere in the organisation, as for units. */
export async function householdsAnywhere(ctx: Ctx, field: string, ids: readonly string[]): Promise<Map<string, HouseholdInfo>> {
  const wanted = [...new Set(ids)];
  const bad = wanted.find((i) => validUuidOr(i) !== i);
  const rows = wanted.length && !bad
    ? await ctx.em.getConnection().execute<HouseholdInfo[]>(
        'select id::text as id, unit_id::text as "unitId", flags from household where id in (?)',
        [wanted],
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = bad ?? wanted.find((i) => !byId.has(i));
  if (missing) throw badInput(field, { zh: `居民户不存在：${missing}`, en: `No such household: ${missing}` });
  return byId;
}

/** Today in China Standard Time, by the request's clock. */
export function today(ctx: Ctx): string {
  return todayCst(ctx.now);
}

/** A date of work done: a real date, not after today. */
export function pastDate(ctx: Ctx, field: string, label: Bilingual, value: string): string {
  return notInFuture(field, label, value, today(ctx));
}

/** An optional last day (inclusive): a real date, not before the first day. */
export function endDate(field: string, label: Bilingual, from: string, to: string | null | undefined): string | null {
  if (to == null) return null;
  validDate(field, label, to);
  if (to < from) {
    throw badInput(field, {
      zh: `${label.zh}（${to}）不能早于开始日期（${from}）`,
      en: `${label.en} (${to}) cannot be before the start (${from})`,
    });
  }
  return to;
}

/**
 * Days of work: more than 0, in half days (0.5, 1, 1.5 …), and at most the calendar days of the span when the
 * record has one (a trip from the 1st to the 3rd cannot take 4 days).
 */
export function validDays(field: string, value: number, span?: { from: string; to: string | null }): number {
  if (!Number.isFinite(value) || value <= 0 || Math.round(value * 2) !== value * 2) {
    throw badInput(field, {
      zh: `天数应为大于 0 的整天或半天（如 0.5、1、1.5），收到 ${value}`,
      en: `Days must be more than 0, in whole or half days (0.5, 1, 1.5 …), got ${value}`,
    });
  }
  const max = span ? calendarDays(span.from, span.to ?? span.from) : 366;
  if (value > max) {
    throw badInput(field, {
      zh: `天数（${value}）超过了起止日期之间的 ${max} 天`,
      en: `${value} days do not fit in the ${max} calendar day(s) from start to end`,
    });
  }
  return value;
}

function calendarDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export function noteText(value: string | null | undefined): string | null {
  return optionalText('note', { zh: '备注', en: 'The note' }, value, 2000);
}

/** The conditions of RecordFilterBase; `extra` are the module's own. Unknown `underId` matches nothing. */
export async function recordWhere<T extends AnyRecord>(
  ctx: Ctx,
  f: RecordFilterBase | null | undefined,
  extra: FilterQuery<T>[] = [],
): Promise<FilterQuery<T>[] | null> {
  const and: FilterQuery<T>[] = [...extra];
  if (!f) return and;
  if (f.ids) and.push({ id: { $in: f.ids.map(validUuidOr) } } as unknown as FilterQuery<T>);
  if (f.personId) and.push({ person: validUuidOr(f.personId) } as unknown as FilterQuery<T>);
  if (f.mine) {
    const v = ctx.viewer;
    const own = v.kind === 'user' ? v.personId : null;
    if (!own) return null;
    and.push({ person: own } as unknown as FilterQuery<T>);
  }
  if (f.from) and.push({ occurredOn: { $gte: f.from } } as unknown as FilterQuery<T>);
  if (f.to) and.push({ occurredOn: { $lte: f.to } } as unknown as FilterQuery<T>);
  if (f.underId) {
    const under = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(f.underId) }, { fields: ['path'] });
    if (!under) return null;
    and.push({ unit: subtreeOf(under.path) } as unknown as FilterQuery<T>);
  }
  return and;
}

/** One page of records, newest first unless sorted otherwise; `and: null` means "matches nothing". */
export async function pageOf<T extends AnyRecord, F extends string>(
  ctx: Ctx,
  entity: EntityClass<T>,
  and: FilterQuery<T>[] | null,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
  sortable: Record<string, F>,
): Promise<Page<T>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, sortable, { occurredOn: 'desc' } as Partial<Record<F, 'asc' | 'desc'>>);
  if (and === null) return { items: [], total: 0 };
  const where = (and.length ? { $and: and } : {}) as FilterQuery<T>;
  const [items, total] = await ctx.em.findAndCount(entity, where, {
    orderBy: [orderBy, { id: 'asc' }] as never,
    limit,
    offset,
  });
  return { items, total };
}

/** Sort fields every record type offers. */
export const RECORD_SORTABLE = { occurredOn: 'occurredOn', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export async function deleteRecord<T extends AnyRecord>(ctx: Ctx, entity: EntityClass<T>, id: string, label: Bilingual): Promise<T> {
  const row = await findRecordForWrite(ctx, entity, id, label);
  await ctx.em.remove(row).flush();
  return row;
}

/** The catalogue's rule, which must exist (a missing id is a programming error, caught by the tests). */
export function rule(id: string): Rule {
  const r = ruleById(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}

/**
 * Runs the catalogue's named check of `ruleId` over one record, as the compliance evaluator would, in the year
 * of the record. Checks that read no subject get a blank one.
 */
export function checkRecord(ruleId: string, fact: Fact, ctx: Ctx, subject?: PersonSubject | null, allFacts: readonly Fact[] = []): Violation[] {
  const r = rule(ruleId);
  if (r.measure.type !== 'CHECK') throw new Error(`${ruleId} is not a CHECK rule`);
  const blank: PersonSubject = { id: fact.personId ?? '', rank: 'NONE', partyMember: false, positions: [], deputyTerms: [] };
  return runCheck(r.measure.check, fact, {
    rule: r,
    subject: subject ?? blank,
    period: yearPeriod(Number(fact.date.slice(0, 4))),
    today: today(ctx),
    allFacts,
  }).violations;
}

/** Findings shown on a stored record: what is wrong is a warning there (the record is the truth of what happened). */
export function asWarnings(violations: readonly Violation[]): Violation[] {
  return violations.map((v) => ({ ...v, severity: 'WARNING' as const }));
}

/**
 * The FROM/WHERE of a fact source's query over one record table `x` (joined to its owning unit `u`): rows in
 * the subtree, dated in the window — or, for records that last (`lasting`: an `ends_on` column), overlapping
 * it — and of the given people when asked. Null when the query can match nothing (an empty people list).
 */
export function factScope(
  table: string,
  q: { from: string; to: string; unitPath: string; personIds?: readonly string[] },
  lasting = false,
): { sql: string; params: unknown[] } | null {
  if (q.personIds && q.personIds.length === 0) return null;
  const when = lasting
    ? 'x.occurred_on <= ? and (x.ends_on is null or x.ends_on >= ?)'
    : 'x.occurred_on between ? and ?';
  const whenParams = lasting ? [q.to, q.from] : [q.from, q.to];
  return {
    sql: `from "${table}" x join org_unit u on u.id = x.unit_id where u.path like ? || '%' and ${when}${q.personIds ? ' and x.person_id in (?)' : ''}`,
    params: [q.unitPath, ...whenParams, ...(q.personIds ? [[...q.personIds]] : [])],
  };
}

/** `to_char(col, 'YYYY-MM-DD')`: dates leave SQL as the rules' strings. */
export const sqlDate = (col: string): string => `to_char(${col}, 'YYYY-MM-DD')`;
