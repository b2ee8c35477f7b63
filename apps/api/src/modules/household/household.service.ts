import { NEEDY_HOUSEHOLD_FLAGS } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { findForWrite, refForWrite } from '../common/scoped.js';
import { expectVersion, phoneNumber, requiredText, unique } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { escapeLike, subtreeOf, validUuidOr } from '../org-unit/org-unit.service.js';
import { HouseholdEntity } from './household.entity.js';
import { HOUSEHOLD, badMemberCount, notAGroup, unknownGroup } from './household.errors.js';
import type { CreateHouseholdInput, HouseholdFilter, UpdateHouseholdInput } from './household.input.js';

const HEAD = { zh: '户主姓名', en: "The head's name" };
const ADDRESS = { zh: '住址', en: 'The address' };
const SORTABLE = { headName: 'headName', address: 'address', memberCount: 'memberCount', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export async function getHousehold(ctx: Ctx, id: string): Promise<HouseholdEntity> {
  const h = await ctx.em.findOne(HouseholdEntity, { id: validUuidOr(id) });
  if (!h) throw notFound(HOUSEHOLD, id);
  return h;
}

export async function listHouseholds(
  ctx: Ctx,
  filter: HouseholdFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<HouseholdEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, SORTABLE, { address: 'asc' });
  const f = filter ?? {};
  const and: FilterQuery<HouseholdEntity>[] = [];
  if (f.unitId) and.push({ unit: validUuidOr(f.unitId) });
  if (f.ids) and.push({ id: { $in: f.ids.map(validUuidOr) } });
  if (f.flags?.length) and.push({ flags: { $contains: unique(f.flags) } });
  if (f.needy === true) and.push({ flags: { $overlap: [...NEEDY_HOUSEHOLD_FLAGS] } });
  if (f.needy === false) and.push({ $not: { flags: { $overlap: [...NEEDY_HOUSEHOLD_FLAGS] } } });
  if (f.q?.trim()) {
    const like = `%${escapeLike(f.q.trim())}%`;
    and.push({ $or: [{ headName: { $ilike: like } }, { address: { $ilike: like } }] });
  }
  if (f.underId) {
    const under = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(f.underId) }, { fields: ['path'] });
    if (!under) return { items: [], total: 0 };
    and.push({ unit: subtreeOf(under.path) });
  }
  const [items, total] = await ctx.em.findAndCount(HouseholdEntity, and.length ? { $and: and } : {}, {
    orderBy: [orderBy, { id: 'asc' }],
    limit,
    offset,
  });
  return { items, total };
}

async function residentsGroup(ctx: Ctx, unitId: string): Promise<OrgUnitEntity> {
  const unit = await refForWrite(ctx, OrgUnitEntity, unitId, () => unknownGroup(unitId));
  if (unit.kind !== 'RESIDENTS_GROUP') throw notAGroup(unit.kind);
  return unit;
}

function memberCount(n: number | null | undefined): number | null {
  if (n == null) return null;
  if (!Number.isInteger(n) || n < 1 || n > 30) throw badMemberCount(n);
  return n;
}

export async function createHousehold(ctx: Ctx, input: CreateHouseholdInput): Promise<HouseholdEntity> {
  const headName = requiredText('headName', HEAD, input.headName, 50);
  const address = requiredText('address', ADDRESS, input.address, 200);
  const phone = phoneNumber('phone', input.phone);
  const members = memberCount(input.memberCount);
  const unit = await residentsGroup(ctx, input.unitId);
  const h = ctx.em.create(HouseholdEntity, { unit, headName, address, phone, memberCount: members, flags: unique(input.flags) });
  await ctx.em.flush();
  return h;
}

export async function updateHousehold(ctx: Ctx, id: string, input: UpdateHouseholdInput): Promise<HouseholdEntity> {
  const h = await findForWrite(ctx, HouseholdEntity, id, HOUSEHOLD);
  expectVersion(h, input.version, { zh: '该居民户', en: 'This household' });
  if (input.headName != null) h.headName = requiredText('headName', HEAD, input.headName, 50);
  if (input.address != null) h.address = requiredText('address', ADDRESS, input.address, 200);
  // A masked number read back from the API means "unchanged"; only a full number replaces the stored one.
  if (input.phone !== undefined && !input.phone?.includes('*')) h.phone = phoneNumber('phone', input.phone);
  if (input.memberCount !== undefined) h.memberCount = memberCount(input.memberCount);
  if (input.flags != null) h.flags = unique(input.flags);
  if (input.unitId != null && input.unitId !== h.unit.id) h.unit = ctx.em.getReference(OrgUnitEntity, (await residentsGroup(ctx, input.unitId)).id, { wrapped: true });
  await ctx.em.flush();
  return h;
}

export async function deleteHousehold(ctx: Ctx, id: string): Promise<HouseholdEntity> {
  const h = await findForWrite(ctx, HouseholdEntity, id, HOUSEHOLD);
  await ctx.em.remove(h).flush();
  return h;
}
