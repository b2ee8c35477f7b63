import {
  ruleById,
  runCheck,
  yearPeriod,
  type CheckResult,
  type Fact,
  type Period,
  type PersonSubject,
  type Rule,
  type Sector,
  type Severity,
  type Subject,
  type UnitSubject,
  type Violation,
} from '@lianxi/rules';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { Ctx as GqlCtx, Field, FieldResolver, ID, InputType, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { SCOPE_FILTER } from '../../db/scope.js';
import type { Ctx } from '../../graphql/context.js';
import { badInput, forbidden, notFound, type AppError } from '../../graphql/errors.js';
import type { Bilingual } from '../../graphql/i18n.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { DateScalar, todayCst } from '../../graphql/scalars.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { escapeLike, getOrgUnit, visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit, toOrgUnit } from '../org-unit/org-unit.type.js';
import { PersonEntity } from '../person/person.entity.js';
import { unknownPerson, unknownUnit } from '../person/person.errors.js';
import { Person, toPerson } from '../person/person.type.js';
import { assertMayWriteRecord } from './record-access.js';
import type { RecordEntity } from './record.entity.js';
import { pageInOneStatement, personById, subtreeOfVisibleUnit } from './record-page.js';
import { findForWrite, refForWrite, validUuidOr } from './scoped.js';
import { notInFuture, optionalText, validDate, type Label } from './validate.js';

// The one kit every record module of the ten systems shares (person-centred: research, contact, secondment,
// talk, experience, reception; unit-centred: opinion, commitment, deputy-activity, community-service,
// year-end-report): list/filter/sort/page, by-id reads, create/update/delete plumbing, the GraphQL shapes and
// nested fields, rule checks over one record, and the fact sources' scope SQL. Nothing here knows a policy
// rule: those come from @lianxi/rules. Deleting is soft (records are evidence): see `softDelete`.

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
  const p = await personById(ctx).load(id);
  return p ? toPerson(p) : null;
}

/** A record by id through the scope (and the live filter): NOT_FOUND when absent, out of scope or deleted. */
export async function getRecord<T extends object>(ctx: Ctx, entity: EntityClass<T>, id: string, label: Bilingual): Promise<T> {
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
export async function recordOwner(
  ctx: Ctx,
  personId: string | null | undefined,
  field = 'personId',
  missing: Bilingual = { zh: '请选择记录所属的人员', en: 'Choose whose record this is' },
): Promise<PersonEntity> {
  const v = ctx.viewer;
  const id = personId ?? (v.kind === 'user' ? v.personId : null);
  if (!id) throw badInput(field, missing);
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

/** The shared filters of a record list (person-centred lists take them all, unit-centred ones some). */
export interface RecordFilterFields {
  ids?: string[] | null;
  personId?: string | null;
  mine?: boolean | null;
  unitId?: string | null;
  underId?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * The conditions of the shared filters; `extra` are the module's own; null when they can match nothing. An
 * unknown or out-of-scope `underId` matches nothing (its root is read through the scope, inside the list's SQL).
 */
export async function recordWhere<T extends object>(
  ctx: Ctx,
  f: RecordFilterFields | null | undefined,
  extra: FilterQuery<T>[] = [],
): Promise<FilterQuery<T>[] | null> {
  // The shared columns of RecordEntity, which TypeScript cannot see through the generic T.
  const q = (cond: object) => cond as unknown as FilterQuery<T>;
  const and: FilterQuery<T>[] = [...extra];
  if (!f) return and;
  if (f.ids) and.push(q({ id: { $in: f.ids.map(validUuidOr) } }));
  if (f.personId) and.push(q({ person: validUuidOr(f.personId) }));
  if (f.unitId) and.push(q({ unit: validUuidOr(f.unitId) }));
  if (f.mine) {
    const v = ctx.viewer;
    const own = v.kind === 'user' ? v.personId : null;
    if (!own) return null;
    and.push(q({ person: own }));
  }
  if (f.from) and.push(q({ occurredOn: { $gte: f.from } }));
  if (f.to) and.push(q({ occurredOn: { $lte: f.to } }));
  // The subtree's root is read inside the list's own statement (no query of its own).
  if (f.underId) and.push(await subtreeOfVisibleUnit<T>(ctx, f.underId));
  return and;
}

/** The path of a filter's `underId` unit as the caller sees it; null when it is unknown or outside the scope. */
export async function pathOfVisible(ctx: Ctx, unitId: string): Promise<string | null> {
  const u = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(unitId) }, { fields: ['path'] });
  return u?.path ?? null;
}

/**
 * One page of records, newest first unless sorted otherwise; `and: null` means "matches nothing". Reads go
 * through ctx.em's filters, so the scope keeps them in the caller's subtree and the live filter hides deleted
 * rows. One statement brings the page, its total and the rows' person and unit (record-page.ts).
 */
export async function pageOf<T extends object, F extends string>(
  ctx: Ctx,
  entity: EntityClass<T>,
  and: FilterQuery<T>[] | null,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
  sortable: Record<string, F>,
  fallback: Partial<Record<F, 'asc' | 'desc'>> = { occurredOn: 'desc' } as Partial<Record<F, 'asc' | 'desc'>>,
): Promise<Page<T>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, sortable, fallback);
  if (and === null) return { items: [], total: 0 };
  return pageInOneStatement(ctx, entity, and, [orderBy as Record<string, string>, { id: 'asc' }], limit, offset);
}

/** `pageOf(recordWhere(…))` with the paging arguments bundled, as the unit-centred services call it. */
export async function listRecords<T extends object>(
  ctx: Ctx,
  entity: EntityClass<T>,
  filter: RecordFilterFields | null | undefined,
  own: FilterQuery<T>[],
  paging: { sort: SortInput | null | undefined; page: number | null | undefined; perPage: number | null | undefined },
  sortable: Record<string, string>,
  fallback: Record<string, 'asc' | 'desc'>,
): Promise<Page<T>> {
  const and = await recordWhere(ctx, filter, own);
  return pageOf(ctx, entity, and, paging.sort, paging.page, paging.perPage, sortable, fallback);
}

/** Sort fields every record type offers. */
export const RECORD_SORTABLE = { occurredOn: 'occurredOn', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

/**
 * Withdraws a record: records are evidence, so the row stays with `deleted_at` set (hidden from every read by the
 * live filter, from the facts by `factScope`) and an administrator can restore it. The audit log writes this
 * change as a DELETE (audit.subscriber.ts).
 */
export async function softDelete<T extends AnyRecord>(ctx: Ctx, row: T): Promise<T> {
  row.deletedAt = ctx.now;
  await ctx.em.flush();
  return row;
}

/** Finds the record as a write would (same rights) and soft-deletes it. */
export async function deleteRecord<T extends AnyRecord>(ctx: Ctx, entity: EntityClass<T>, id: string, label: Bilingual): Promise<T> {
  return softDelete(ctx, await findRecordForWrite(ctx, entity, id, label));
}

/**
 * Options for a check that must look past the caller's subtree (a uniqueness or overlap check) yet still
 * ignore deleted records: only the scope filter is off, the live filter stays on.
 */
export const UNSCOPED = { filters: { [SCOPE_FILTER]: false } } as const;

/** The catalogue's rule, which must exist (a missing id is a programming error, caught by the tests). */
export function rule(id: string): Rule {
  const r = ruleById(id);
  if (!r) throw new Error(`rule ${id} is not in the catalogue`);
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
 * The FROM/WHERE of a fact source's query over one record table `x` (joined to its owning unit `u`): live rows
 * (not deleted) in the subtree, dated in the window — or, for records that last (`lasting`: an `ends_on` column), overlapping
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
    // People as one array literal, not an IN list: a roll-up names a thousand leaders, and an inlined list of that
    // length cost more to escape, parse and plan than reading their records.
    sql: `from "${table}" x join org_unit u on u.id = x.unit_id where u.path like ? || '%' and x.deleted_at is null and ${when}${q.personIds ? ' and x.person_id = any(?::uuid[])' : ''}`,
    params: [q.unitPath, ...whenParams, ...(q.personIds ? [`{${q.personIds.join(',')}}`] : [])],
  };
}

/** `to_char(col, 'YYYY-MM-DD')`: dates leave SQL as the rules' strings. */
export const sqlDate = (col: string): string => `to_char(${col}, 'YYYY-MM-DD')`;

/** `<alias>.deleted_at is null`: the condition a fact source's own SQL adds when it does not use factScope. */
export const liveSql = (alias: string): string => `${alias}.deleted_at is null`;

// ------------------------------------------------------------------------------------------ unit-centred

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A finding of our own (not a @lianxi/rules check), in the rules' Violation shape so it travels the same way. */
export function finding(code: string, severity: Severity, zh: string, en: string): Violation {
  return { code, severity, reason: { zh, en } };
}

export function unitSubjectOf(unit: OrgUnitEntity): UnitSubject {
  return { subjectType: 'UNIT', id: unit.id, unitKind: unit.kind, unitFlags: [...unit.flags] };
}

/**
 * The subject a unit-level record check runs for. The record checks of S6 read only the record, never the
 * subject's kind or flags, so the owning unit's id is all that is needed.
 */
export function ownerUnitSubject(unitId: string): UnitSubject {
  return { subjectType: 'UNIT', id: unitId, unitKind: 'BUREAU', unitFlags: [] };
}

/** Runs a named CHECK of a rule over one record as the evaluator would, for the record's own year. */
export function runRuleCheck(
  ruleId: string,
  check: Parameters<typeof runCheck>[0],
  fact: Fact,
  subject: Subject,
  asOf: string,
  period: Period = yearPeriod(yearOf(fact.date)),
): CheckResult {
  return runCheck(check, fact, { rule: rule(ruleId), subject, period, today: asOf, allFacts: [fact] });
}

export function optionalPastDate(ctx: Ctx, field: string, label: Label, value: string | null | undefined): string | null {
  if (value == null) return null;
  return pastDate(ctx, field, label, value);
}

export function optionalDate(field: string, label: Label, value: string | null | undefined): string | null {
  if (value == null) return null;
  return validDate(field, label, value);
}

/** `later` (when given) must not come before `earlier`. */
export function notBefore(field: string, later: string | null, laterLabel: Label, earlier: string, earlierLabel: Label): void {
  if (later != null && later < earlier) {
    throw badInput(field, {
      zh: `${laterLabel.zh}（${later}）不能早于${earlierLabel.zh}（${earlier}）`,
      en: `${laterLabel.en} (${later}) cannot be before ${earlierLabel.en.toLowerCase()} (${earlier})`,
    });
  }
}

export function requiredWhen(field: string, present: boolean, label: Label, because: Label): void {
  if (!present) {
    throw badInput(field, { zh: `${because.zh}，须填写${label.zh}`, en: `${because.en}: ${label.en.toLowerCase()} is required` });
  }
}

export async function unitForWrite(ctx: Ctx, field: string, id: string): Promise<OrgUnitEntity> {
  return refForWrite(ctx, OrgUnitEntity, id, () => unknownUnit(field, id));
}

export async function personForWrite(ctx: Ctx, id: string, unknown: () => AppError = () => unknownPerson(id)): Promise<PersonEntity> {
  return refForWrite(ctx, PersonEntity, id, unknown);
}

/**
 * The sector a person works in, for S7.CONTENT: their unit's sector, else the nearest ancestor's. Read with
 * the scope filter off because ancestors above the caller's subtree may carry it; only the sector is used.
 */
export async function sectorOf(ctx: Ctx, unit: OrgUnitEntity): Promise<Sector | null> {
  if (unit.sector) return unit.sector;
  const ids = unit.path.split('/').filter(Boolean).reverse();
  if (ids.length === 0) return null;
  const rows = await ctx.em.getConnection().execute<{ id: string; sector: Sector | null }[]>(
    'select id, sector from org_unit where id in (?)',
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r.sector]));
  for (const id of ids) {
    const s = byId.get(id);
    if (s) return s;
  }
  return null;
}

/** Violations of one severity, e.g. the warnings a stored record carries. */
export function bySeverity(violations: readonly Violation[], severity: Severity): Violation[] {
  return violations.filter((v) => v.severity === severity);
}

export function escapedLike(text: string): string {
  return `%${escapeLike(text.trim())}%`;
}

/**
 * A row an input merely points at (the community a member lives in, a needy household to pair with), found
 * whatever the caller's scope: a cadre of one area may live in the farm's community. The record written is
 * still scoped and checked by its owner; nested fields show the row only to those who may see it. Deleted
 * records stay hidden (only the scope filter is off).
 */
export async function anyRow<T extends object>(ctx: Ctx, entity: EntityClass<T>, id: string, unknown: () => AppError): Promise<T> {
  const row = await ctx.em.findOne(entity, { id: validUuidOr(id) } as FilterQuery<T>, UNSCOPED);
  if (!row) throw unknown();
  return row;
}

/** Fields every unit-centred record type shows; each adds its own, with domain names for its dates. */
// Not emitted itself (type-graphql 2 emits only types reachable from resolvers), like PageOf's class.
@ObjectType()
export abstract class UnitRecordBase {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The owning unit: the organising unit, or the person\'s unit for a person\'s record.' })
  unitId!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int, { description: 'Pass it back on update: a changed row answers CONFLICT.' })
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export function unitRecordBase<T extends UnitRecordBase>(target: T, e: AnyRecord): T {
  target.id = e.id;
  target.unitId = e.unit.id;
  target.note = e.note;
  target.version = e.version;
  target.createdAt = e.createdAt;
  target.updatedAt = e.updatedAt;
  return target;
}

// ------------------------------------------------------------------------------------------ nested fields

/**
 * The nested fields every person-centred record has, for a record type's resolver to extend:
 * `class XResolver extends RecordFieldsResolver(X)`. The unit is the record's scope, so always visible; the
 * person may have moved out of the caller's part of the tree since, and then reads as null.
 */
export function RecordFieldsResolver<T extends RecordBase>(cls: ClassType<T>) {
  @Resolver(() => cls)
  abstract class RecordFields {
    @FieldResolver(() => Person, { nullable: true, description: 'Null when unset or outside your part of the tree.' })
    async person(@GqlCtx() ctx: Ctx, @Root() r: RecordBase): Promise<Person | null> {
      return visiblePerson(ctx, r.personId);
    }

    @FieldResolver(() => OrgUnit)
    async unit(@GqlCtx() ctx: Ctx, @Root() r: RecordBase): Promise<OrgUnit> {
      // Batched with the page's other rows (one query, not one per row); the owning unit is in scope with the
      // record, and the fallback keeps NOT_FOUND should it not be.
      return (await visibleUnit(ctx, r.unitId)) ?? toOrgUnit(await getOrgUnit(ctx, r.unitId));
    }
  }
  return RecordFields;
}

/** Units for a nested list field, keeping only those the caller may see. */
export async function visibleUnits(ctx: Ctx, ids: readonly string[]): Promise<OrgUnit[]> {
  const units = await Promise.all(ids.map((id) => visibleUnit(ctx, id)));
  return units.filter((u): u is OrgUnit => u !== null);
}

/** People for a nested list field, keeping only those the caller may see. */
export async function visiblePeople(ctx: Ctx, ids: readonly string[]): Promise<Person[]> {
  const people = await Promise.all(ids.map((id) => visiblePerson(ctx, id)));
  return people.filter((p): p is Person => p !== null);
}
