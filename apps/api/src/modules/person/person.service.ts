import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { todayCst } from '../../graphql/scalars.js';
import { idNumberProblem } from '../common/id-number.js';
import { findForWrite, refForWrite } from '../common/scoped.js';
import { inTransaction } from '../common/transaction.js';
import { dateRange, expectVersion, notInFuture, phoneNumber, requiredText, validDate } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { escapeLike, subtreeOf, validUuidOr } from '../org-unit/org-unit.service.js';
import {
  PERSON,
  POSITION,
  badIdNumber,
  joinedTooYoung,
  joinedWithoutMembership,
  notACommunity,
  tooOld,
  unknownPerson,
  unknownUnit,
} from './person.errors.js';
import { PersonEntity } from './person.entity.js';
import type {
  CreatePersonInput,
  CreatePositionInput,
  PersonFilter,
  PositionInput,
  UpdatePersonInput,
  UpdatePositionInput,
} from './person.input.js';
import { PositionEntity } from './position.entity.js';

const NAME = { zh: '姓名', en: 'The name' };
const BIRTH = { zh: '出生日期', en: 'The birth date' };
const JOINED = { zh: '入党日期', en: 'The Party joining date' };
const TITLE = { zh: '职务', en: 'The post title' };
const FROM = { zh: '任职开始日期', en: 'The start date' };
const TO = { zh: '任职结束日期', en: 'The end date' };
const SORTABLE = { name: 'name', birthDate: 'birthDate', rank: 'rank', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export async function getPerson(ctx: Ctx, id: string): Promise<PersonEntity> {
  const p = await ctx.em.findOne(PersonEntity, { id: validUuidOr(id) });
  if (!p) throw notFound(PERSON, id);
  return p;
}

export async function listPeople(
  ctx: Ctx,
  filter: PersonFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<PersonEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, SORTABLE, { name: 'asc' });
  const f = filter ?? {};
  const and: FilterQuery<PersonEntity>[] = [];
  if (f.unitId) and.push({ unit: validUuidOr(f.unitId) });
  if (f.ids) and.push({ id: { $in: f.ids.map(validUuidOr) } });
  if (f.partyMember != null) and.push({ partyMember: f.partyMember });
  if (f.reserveCadre != null) and.push({ reserveCadre: f.reserveCadre });
  if (f.ranks?.length) and.push({ rank: { $in: f.ranks } });
  if (f.q?.trim()) and.push({ name: { $ilike: `%${escapeLike(f.q.trim())}%` } });
  if (f.underId) {
    const under = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(f.underId) }, { fields: ['path'] });
    if (!under) return { items: [], total: 0 };
    and.push({ unit: subtreeOf(under.path) });
  }
  const [items, total] = await ctx.em.findAndCount(PersonEntity, and.length ? { $and: and } : {}, {
    orderBy: [orderBy, { id: 'asc' }],
    limit,
    offset,
  });
  return { items, total };
}

async function unitRef(ctx: Ctx, field: string, unitId: string): Promise<OrgUnitEntity> {
  return refForWrite(ctx, OrgUnitEntity, unitId, () => unknownUnit(field, unitId));
}

async function communityRef(ctx: Ctx, unitId: string | null | undefined): Promise<OrgUnitEntity | null> {
  if (!unitId) return null;
  const unit = await unitRef(ctx, 'homeCommunityId', unitId);
  if (unit.kind !== 'COMMUNITY' && unit.kind !== 'RESIDENTIAL_QUARTER') throw notACommunity();
  return unit;
}

interface PersonFacts {
  birthDate: string;
  partyMember: boolean;
  partyJoinedOn: string | null;
  idNumber: string | null;
}

/** Checks that hold across fields, on the values the person will have after the change. */
function checkPerson(ctx: Ctx, p: PersonFacts): void {
  const today = todayCst(ctx.now);
  notInFuture('birthDate', BIRTH, p.birthDate, today);
  if (p.birthDate < '1900-01-01') throw tooOld(p.birthDate);
  if (p.partyJoinedOn) {
    if (!p.partyMember) throw joinedWithoutMembership();
    notInFuture('partyJoinedOn', JOINED, p.partyJoinedOn, today);
    const eighteen = `${String(Number(p.birthDate.slice(0, 4)) + 18).padStart(4, '0')}${p.birthDate.slice(4)}`;
    if (p.partyJoinedOn < eighteen) throw joinedTooYoung(p.partyJoinedOn, p.birthDate);
  }
  if (p.idNumber) {
    const problem = idNumberProblem(p.idNumber, p.birthDate);
    if (problem) throw badIdNumber(problem);
  }
}

function normaliseId(id: string | null | undefined): string | null {
  return id?.trim() ? id.trim().toUpperCase() : null;
}

export async function createPerson(ctx: Ctx, input: CreatePersonInput): Promise<PersonEntity> {
  const name = requiredText('name', NAME, input.name, 50);
  const facts: PersonFacts = {
    birthDate: input.birthDate,
    partyMember: input.partyMember ?? false,
    partyJoinedOn: input.partyJoinedOn ?? null,
    idNumber: normaliseId(input.idNumber),
  };
  checkPerson(ctx, facts);
  const phone = phoneNumber('phone', input.phone);
  const unit = await unitRef(ctx, 'unitId', input.unitId);
  const homeCommunity = await communityRef(ctx, input.homeCommunityId);
  const positions: CheckedPosition[] = [];
  for (const [i, pos] of (input.positions ?? []).entries()) positions.push(await checkedPosition(ctx, pos, `positions.${i}.`));

  return inTransaction(ctx, async () => {
    const person = ctx.em.create(PersonEntity, {
      name,
      gender: input.gender,
      ...facts,
      education: input.education ?? null,
      rank: input.rank ?? 'NONE',
      reserveCadre: input.reserveCadre ?? false,
      grassrootsExperience: input.grassrootsExperience ?? false,
      unit,
      homeCommunity,
      phone,
    });
    for (const pos of positions) ctx.em.create(PositionEntity, { ...pos, person });
    await ctx.em.flush();
    return person;
  });
}

export async function updatePerson(ctx: Ctx, id: string, input: UpdatePersonInput): Promise<PersonEntity> {
  const p = await findForWrite(ctx, PersonEntity, id, PERSON);
  expectVersion(p, input.version, { zh: '该人员信息', en: "This person's record" });
  const facts: PersonFacts = {
    birthDate: input.birthDate ?? p.birthDate,
    partyMember: input.partyMember ?? p.partyMember,
    partyJoinedOn: input.partyJoinedOn !== undefined ? input.partyJoinedOn : p.partyJoinedOn,
    // A masked value read back from the API means "unchanged".
    idNumber: input.idNumber !== undefined && !input.idNumber?.includes('*') ? normaliseId(input.idNumber) : p.idNumber,
  };
  // Leaving the Party clears the joining date rather than failing the check.
  if (input.partyMember === false && input.partyJoinedOn === undefined) facts.partyJoinedOn = null;
  checkPerson(ctx, facts);
  if (input.name != null) p.name = requiredText('name', NAME, input.name, 50);
  if (input.gender != null) p.gender = input.gender;
  Object.assign(p, facts);
  if (input.education !== undefined) p.education = input.education ?? null;
  if (input.rank != null) p.rank = input.rank;
  if (input.reserveCadre != null) p.reserveCadre = input.reserveCadre;
  if (input.grassrootsExperience != null) p.grassrootsExperience = input.grassrootsExperience;
  if (input.phone !== undefined && !input.phone?.includes('*')) p.phone = phoneNumber('phone', input.phone);
  if (input.unitId != null) p.unit = ctx.em.getReference(OrgUnitEntity, (await unitRef(ctx, 'unitId', input.unitId)).id, { wrapped: true });
  if (input.homeCommunityId !== undefined) {
    const c = await communityRef(ctx, input.homeCommunityId);
    p.homeCommunity = c ? ctx.em.getReference(OrgUnitEntity, c.id, { wrapped: true }) : null;
  }
  await ctx.em.flush();
  return p;
}

export async function deletePerson(ctx: Ctx, id: string): Promise<PersonEntity> {
  const p = await findForWrite(ctx, PersonEntity, id, PERSON);
  await ctx.em.populate(p, ['positions', 'deputyTerms']);
  await ctx.em.remove(p).flush();
  return p;
}

// ——— positions ———

interface CheckedPosition {
  unit: OrgUnitEntity;
  title: string;
  leadershipTeam: boolean;
  principal: boolean;
  partySecretary: boolean;
  branchHead: boolean;
  deptHead: boolean;
  startsOn: string;
  endsOn: string | null;
}

async function checkedPosition(ctx: Ctx, input: PositionInput, prefix = ''): Promise<CheckedPosition> {
  const title = requiredText(`${prefix}title`, TITLE, input.title, 50);
  validDate(`${prefix}from`, FROM, input.from);
  if (input.to != null) validDate(`${prefix}to`, TO, input.to);
  dateRange(`${prefix}from`, `${prefix}to`, input.from, input.to);
  const unit = await unitRef(ctx, `${prefix}unitId`, input.unitId);
  return {
    unit,
    title,
    leadershipTeam: input.leadershipTeam ?? false,
    principal: input.principal ?? false,
    partySecretary: input.partySecretary ?? false,
    branchHead: input.branchHead ?? false,
    deptHead: input.deptHead ?? false,
    startsOn: input.from,
    endsOn: input.to ?? null,
  };
}

export async function getPosition(ctx: Ctx, id: string): Promise<PositionEntity> {
  const p = await ctx.em.findOne(PositionEntity, { id: validUuidOr(id) });
  if (!p) throw notFound(POSITION, id);
  return p;
}

export async function positionsOf(ctx: Ctx, personId: string, at?: string | null): Promise<PositionEntity[]> {
  const where: FilterQuery<PositionEntity> = { person: personId };
  if (at) Object.assign(where, { startsOn: { $lte: at }, $or: [{ endsOn: null }, { endsOn: { $gte: at } }] });
  return ctx.em.find(PositionEntity, where, { orderBy: { startsOn: 'desc', id: 'asc' } });
}

export async function createPosition(ctx: Ctx, input: CreatePositionInput): Promise<PositionEntity> {
  const person = await refForWrite(ctx, PersonEntity, input.personId, () => unknownPerson(input.personId));
  const checked = await checkedPosition(ctx, input);
  const pos = ctx.em.create(PositionEntity, { ...checked, person });
  await ctx.em.flush();
  return pos;
}

export async function updatePosition(ctx: Ctx, id: string, input: UpdatePositionInput): Promise<PositionEntity> {
  const pos = await findForWrite(ctx, PositionEntity, id, POSITION);
  expectVersion(pos, input.version, { zh: '该任职记录', en: 'This position' });
  const merged: PositionInput = {
    unitId: input.unitId ?? pos.unit.id,
    title: input.title ?? pos.title,
    leadershipTeam: input.leadershipTeam ?? pos.leadershipTeam,
    principal: input.principal ?? pos.principal,
    partySecretary: input.partySecretary ?? pos.partySecretary,
    branchHead: input.branchHead ?? pos.branchHead,
    deptHead: input.deptHead ?? pos.deptHead,
    from: input.from ?? pos.startsOn,
    to: input.to !== undefined ? input.to : pos.endsOn,
  };
  const checked = await checkedPosition(ctx, merged);
  Object.assign(pos, { ...checked, unit: ctx.em.getReference(OrgUnitEntity, checked.unit.id, { wrapped: true }) });
  await ctx.em.flush();
  return pos;
}

export async function deletePosition(ctx: Ctx, id: string): Promise<PositionEntity> {
  const pos = await findForWrite(ctx, PositionEntity, id, POSITION);
  await ctx.em.remove(pos).flush();
  return pos;
}
