// Small helpers the issue-7 record modules (opinion, commitment, deputy-activity, community-service,
// year-end-report) share, so that each service reads as its rules rather than as plumbing. Nothing here knows
// a policy rule: the rules come from @lianxi/rules.

import {
  ruleById,
  runCheck,
  yearPeriod,
  type CheckResult,
  type Fact,
  type Period,
  type Rule,
  type Sector,
  type Severity,
  type Subject,
  type UnitSubject,
  type Violation,
} from '@lianxi/rules';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Ctx } from '../../graphql/context.js';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { badInput, notFound, type AppError } from '../../graphql/errors.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { todayCst } from '../../graphql/scalars.js';
import type { RecordEntity } from '../common/record.entity.js';
import { refForWrite } from '../common/scoped.js';
import { notInFuture, validDate, type Label } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { escapeLike, subtreeOf, validUuidOr } from '../org-unit/org-unit.service.js';
import { PersonEntity } from '../person/person.entity.js';
import { unknownPerson, unknownUnit } from '../person/person.errors.js';

export function today(ctx: Ctx): string {
  return todayCst(ctx.now);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A finding of our own (not a @lianxi/rules check), in the rules' Violation shape so it travels the same way. */
export function finding(code: string, severity: Severity, zh: string, en: string): Violation {
  return { code, severity, reason: { zh, en } };
}

/** A rule of the catalogue that must exist: a missing id is a programming error, not bad input. */
export function rule(id: string): Rule {
  const r = ruleById(id);
  if (!r) throw new Error(`rule ${id} is not in the catalogue`);
  return r;
}

export function unitSubjectOf(unit: OrgUnitEntity): UnitSubject {
  return { subjectType: 'UNIT', id: unit.id, unitKind: unit.kind, unitFlags: [...unit.flags] };
}

/**
 * The subject a unit-level record check runs for. The record checks of S6 read only the record, never the
 * subject's kind or flags, so the owning unit's id is all that is needed.
 */
export function recordOwner(unitId: string): UnitSubject {
  return { subjectType: 'UNIT', id: unitId, unitKind: 'BUREAU', unitFlags: [] };
}

/** Runs a named CHECK of a rule over one record as the evaluator would, for the record's own year. */
export function checkRecord(
  ruleId: string,
  check: Parameters<typeof runCheck>[0],
  fact: Fact,
  subject: Subject,
  asOf: string,
  period: Period = yearPeriod(yearOf(fact.date)),
): CheckResult {
  return runCheck(check, fact, { rule: rule(ruleId), subject, period, today: asOf, allFacts: [fact] });
}

/** A past or present date (a record of something that happened). */
export function pastDate(ctx: Ctx, field: string, label: Label, value: string): string {
  return notInFuture(field, label, value, today(ctx));
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

/** The path of a filter's `underId` unit as the caller sees it; null when it is unknown or outside the scope. */
export async function pathOfVisible(ctx: Ctx, unitId: string): Promise<string | null> {
  const u = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(unitId) }, { fields: ['path'] });
  return u?.path ?? null;
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

// ------------------------------------------------------------------------------------------ GraphQL shapes

/** Fields every record type of these modules shows; each adds its own, with domain names for its dates. */
// Not emitted itself (type-graphql 2 emits only types reachable from resolvers), like PageOf's class.
@ObjectType()
export abstract class RecordFields {
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

export function recordFields<T extends RecordFields>(target: T, e: RecordEntity<string>): T {
  target.id = e.id;
  target.unitId = e.unit.id;
  target.note = e.note;
  target.version = e.version;
  target.createdAt = e.createdAt;
  target.updatedAt = e.updatedAt;
  return target;
}

// ------------------------------------------------------------------------------------------ lists

export interface RecordFilterFields {
  unitId?: string | null;
  underId?: string | null;
  from?: string | null;
  to?: string | null;
  ids?: string[] | null;
}

/**
 * One page of a record kind: the shared filters (unit, subtree, dates, ids) and the kind's own conditions.
 * Reads go through ctx.em, so the scope filter keeps them inside the caller's subtree.
 */
export async function listRecords<T extends RecordEntity<string>>(
  ctx: Ctx,
  entity: EntityClass<T>,
  filter: RecordFilterFields | null | undefined,
  own: FilterQuery<T>[],
  paging: { sort: SortInput | null | undefined; page: number | null | undefined; perPage: number | null | undefined },
  sortable: Record<string, string>,
  fallback: Record<string, 'asc' | 'desc'>,
): Promise<Page<T>> {
  const { limit, offset } = pageRequest(paging.page, paging.perPage);
  const orderBy = sortOrder(paging.sort, sortable, fallback);
  const f = filter ?? {};
  // The shared columns of RecordEntity, which TypeScript cannot see through the generic T.
  const q = (cond: object) => cond as unknown as FilterQuery<T>;
  const and: FilterQuery<T>[] = [...own];
  if (f.unitId) and.push(q({ unit: validUuidOr(f.unitId) }));
  if (f.ids) and.push(q({ id: { $in: f.ids.map(validUuidOr) } }));
  if (f.from) and.push(q({ occurredOn: { $gte: f.from } }));
  if (f.to) and.push(q({ occurredOn: { $lte: f.to } }));
  if (f.underId) {
    const path = await pathOfVisible(ctx, f.underId);
    if (!path) return { items: [], total: 0 };
    and.push(q({ unit: subtreeOf(path) }));
  }
  const [items, total] = await ctx.em.findAndCount(entity, q(and.length ? { $and: and } : {}), {
    orderBy: [orderBy, { id: 'asc' }] as never,
    limit,
    offset,
  });
  return { items, total };
}

export async function getRecord<T extends object>(ctx: Ctx, entity: EntityClass<T>, id: string, label: Label): Promise<T> {
  const row = await ctx.em.findOne(entity, { id: validUuidOr(id) } as FilterQuery<T>);
  if (!row) throw notFound(label, id);
  return row;
}

export function escapedLike(text: string): string {
  return `%${escapeLike(text.trim())}%`;
}

/**
 * A row an input merely points at (the community a member lives in, a needy household to pair with), found
 * whatever the caller's scope: a cadre of one area may live in the farm's community. The record written is
 * still scoped and checked by its owner; nested fields show the row only to those who may see it.
 */
export async function anyRow<T extends object>(ctx: Ctx, entity: EntityClass<T>, id: string, unknown: () => AppError): Promise<T> {
  const row = await ctx.em.findOne(entity, { id: validUuidOr(id) } as FilterQuery<T>, { filters: false });
  if (!row) throw unknown();
  return row;
}
