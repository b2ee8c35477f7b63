import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { dateRange, expectVersion, validDate } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { subtreeOf, validUuidOr } from '../org-unit/org-unit.service.js';
import { unknownUnit } from '../person/person.errors.js';
import { PersonEntity } from '../person/person.entity.js';
import { findForWrite, refForWrite } from '../common/scoped.js';
import { DeputyTermEntity } from './deputy-term.entity.js';
import { DEPUTY_TERM, overlappingTerm } from './deputy-term.errors.js';
import { unknownPerson } from '../person/person.errors.js';
import type { CreateDeputyTermInput, DeputyTermFilter, UpdateDeputyTermInput } from './deputy-term.input.js';

const FROM = { zh: '任期开始日期', en: 'The term start' };
const TO = { zh: '任期结束日期', en: 'The term end' };
const SORTABLE = { from: 'startsOn', to: 'endsOn', createdAt: 'createdAt' } as const;

export async function getDeputyTerm(ctx: Ctx, id: string): Promise<DeputyTermEntity> {
  const d = await ctx.em.findOne(DeputyTermEntity, { id: validUuidOr(id) });
  if (!d) throw notFound(DEPUTY_TERM, id);
  return d;
}

export async function deputyTermsOf(ctx: Ctx, personId: string): Promise<DeputyTermEntity[]> {
  return ctx.em.find(DeputyTermEntity, { person: personId }, { orderBy: { startsOn: 'desc' } });
}

export async function listDeputyTerms(
  ctx: Ctx,
  filter: DeputyTermFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<DeputyTermEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, SORTABLE, { startsOn: 'desc' });
  const f = filter ?? {};
  const and: FilterQuery<DeputyTermEntity>[] = [];
  if (f.personId) and.push({ person: validUuidOr(f.personId) });
  if (f.electingUnitId) and.push({ electingUnit: validUuidOr(f.electingUnitId) });
  if (f.activeOn) and.push({ startsOn: { $lte: f.activeOn }, $or: [{ endsOn: null }, { endsOn: { $gte: f.activeOn } }] });
  if (f.underId) {
    const under = await ctx.em.findOne(OrgUnitEntity, { id: validUuidOr(f.underId) }, { fields: ['path'] });
    if (!under) return { items: [], total: 0 };
    and.push({ electingUnit: subtreeOf(under.path) });
  }
  const [items, total] = await ctx.em.findAndCount(DeputyTermEntity, and.length ? { $and: and } : {}, {
    orderBy: [orderBy, { id: 'asc' }],
    limit,
    offset,
  });
  return { items, total };
}

async function electingUnit(ctx: Ctx, id: string): Promise<OrgUnitEntity> {
  return refForWrite(ctx, OrgUnitEntity, id, () => unknownUnit('electingUnitId', id));
}

/** A person is a deputy of one congress at a time: terms may not overlap. */
async function assertNoOverlap(ctx: Ctx, personId: string, from: string, to: string | null, selfId: string | null): Promise<void> {
  const others = await ctx.em.find(DeputyTermEntity, { person: personId, ...(selfId ? { id: { $ne: selfId } } : {}) });
  for (const o of others) {
    const overlaps = o.startsOn <= (to ?? '9999-12-31') && from <= (o.endsOn ?? '9999-12-31');
    if (overlaps) throw overlappingTerm(o.startsOn, o.endsOn);
  }
}

export async function createDeputyTerm(ctx: Ctx, input: CreateDeputyTermInput): Promise<DeputyTermEntity> {
  validDate('from', FROM, input.from);
  if (input.to != null) validDate('to', TO, input.to);
  dateRange('from', 'to', input.from, input.to);
  const person = await refForWrite(ctx, PersonEntity, input.personId, () => unknownPerson(input.personId));
  const unit = await electingUnit(ctx, input.electingUnitId);
  await assertNoOverlap(ctx, person.id, input.from, input.to ?? null, null);
  const d = ctx.em.create(DeputyTermEntity, { person, electingUnit: unit, startsOn: input.from, endsOn: input.to ?? null });
  await ctx.em.flush();
  return d;
}

export async function updateDeputyTerm(ctx: Ctx, id: string, input: UpdateDeputyTermInput): Promise<DeputyTermEntity> {
  const d = await findForWrite(ctx, DeputyTermEntity, id, DEPUTY_TERM);
  expectVersion(d, input.version, { zh: '该党代表任期', en: 'This deputy term' });
  const from = input.from ?? d.startsOn;
  const to = input.to !== undefined ? input.to : d.endsOn;
  validDate('from', FROM, from);
  if (to != null) validDate('to', TO, to);
  dateRange('from', 'to', from, to);
  await assertNoOverlap(ctx, d.person.id, from, to, d.id);
  if (input.electingUnitId != null) {
    d.electingUnit = ctx.em.getReference(OrgUnitEntity, (await electingUnit(ctx, input.electingUnitId)).id, { wrapped: true });
  }
  d.startsOn = from;
  d.endsOn = to;
  await ctx.em.flush();
  return d;
}

export async function deleteDeputyTerm(ctx: Ctx, id: string): Promise<DeputyTermEntity> {
  const d = await findForWrite(ctx, DeputyTermEntity, id, DEPUTY_TERM);
  await ctx.em.remove(d).flush();
  return d;
}
