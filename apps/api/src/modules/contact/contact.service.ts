import {
  checkContactLinkDuration,
  checkContactOverlap,
  numberOf,
  ORG_UNIT_KIND_TITLES,
  profilesAt,
  type ContactLinkRef,
  type OrgUnitKind,
  type Violation,
} from '@lianxi/rules';
import { ref, type FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import {
  deleteRecord,
  endDate,
  findRecordForWrite,
  getRecord,
  type HouseholdInfo,
  householdsAnywhere,
  noteText,
  pageOf,
  pastDate,
  RECORD_SORTABLE,
  recordOwner,
  recordWhere,
  rule,
  softDelete,
  unitAnywhere,
  type UnitInfo,
  UNSCOPED,
  validDays,
} from '../common/record-kit.js';
import { assertMayWriteRecord } from '../common/record-access.js';
import { refForWrite, validUuidOr } from '../common/scoped.js';
import { expectVersion, optionalText, validDate } from '../common/validate.js';
import { HouseholdEntity } from '../household/household.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import type { PersonEntity } from '../person/person.entity.js';
import { personSubject } from '../person/person.subject.js';
import {
  BranchPairingEntity,
  CONTACT_CATEGORIES,
  ContactLinkEntity,
  ContactVisitEntity,
  FamilyVisitEntity,
  type ContactCategory,
  type ContactLevelValue,
} from './contact.entity.js';
import {
  FAMILY_VISIT,
  LABELS,
  LINK,
  PAIRING,
  VISIT,
  categoryMismatch,
  linkHasVisits,
  linkNotForHousehold,
  notABranch,
  oneTarget,
  unknownLink,
  visitAfterLink,
  visitBeforeLink,
  visitsOutsideLink,
} from './contact.errors.js';
import type {
  BranchPairingFilter,
  ContactLinkFilter,
  ContactVisitFilter,
  CreateBranchPairingInput,
  CreateContactLinkInput,
  CreateContactVisitInput,
  CreateFamilyVisitInput,
  FamilyVisitFilter,
  UpdateBranchPairingInput,
  UpdateContactLinkInput,
  UpdateContactVisitInput,
  UpdateFamilyVisitInput,
} from './contact.input.js';

/** S2.VISITS: a visit counts when it lasts at least this many days (the rule's option, 1 by default). */
export function minVisitDays(): number {
  return numberOf(rule('S2.VISITS'), { option: 'minVisitDays' });
}

// ------------------------------------------------------------------------------------------------ links

export function getContactLink(ctx: Ctx, id: string): Promise<ContactLinkEntity> {
  return getRecord(ctx, ContactLinkEntity, id, LINK);
}

export async function listContactLinks(
  ctx: Ctx,
  filter: ContactLinkFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<ContactLinkEntity>> {
  const extra: FilterQuery<ContactLinkEntity>[] = [];
  if (filter?.category) extra.push({ category: filter.category });
  if (filter?.level) extra.push({ level: filter.level });
  if (filter?.targetId) {
    const id = validUuidOr(filter.targetId);
    extra.push({ $or: [{ targetUnit: id }, { targetHousehold: id }] });
  }
  if (filter?.activeOn) {
    extra.push({ occurredOn: { $lte: filter.activeOn } }, { $or: [{ endsOn: null }, { endsOn: { $gte: filter.activeOn } }] });
  }
  return pageOf(ctx, ContactLinkEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, endsOn: 'endsOn', category: 'category' });
}

type Target = { unit: UnitInfo; household?: undefined } | { household: HouseholdInfo; unit?: undefined };

async function target(ctx: Ctx, unitId: string | null | undefined, householdId: string | null | undefined): Promise<Target> {
  if (!!unitId === !!householdId) throw oneTarget();
  if (unitId) return { unit: await unitAnywhere(ctx, 'targetUnitId', unitId) };
  const id = householdId as string;
  return { household: (await householdsAnywhere(ctx, 'targetHouseholdId', [id])).get(id) as HouseholdInfo };
}

const UNIT_CATEGORIES = new Set<string>(CONTACT_CATEGORIES);

/** The target's category in the 一联五 composition, or the one given when it fits the target. */
function category(t: Target, given: ContactCategory | null | undefined): ContactCategory {
  if (t.household) {
    const worker = t.household.flags.includes('WORKER_FAMILY');
    const fits: ContactCategory[] = worker ? ['WORKER_FAMILY', 'HOUSEHOLD', 'OTHER'] : ['HOUSEHOLD', 'OTHER'];
    if (given && !fits.includes(given)) throw categoryMismatch(given, worker ? '职工家庭 · worker family' : '居民户 · household');
    return given ?? fits[0] as ContactCategory;
  }
  const kind = t.unit.kind as OrgUnitKind;
  const own = UNIT_CATEGORIES.has(kind) ? (kind as ContactCategory) : 'SECTOR_UNIT';
  const fits: ContactCategory[] = [own, 'SECTOR_UNIT', 'OTHER'];
  if (given && !fits.includes(given)) throw categoryMismatch(given, `${ORG_UNIT_KIND_TITLES[kind].zh} · ${ORG_UNIT_KIND_TITLES[kind].en}`);
  return given ?? own;
}

const LEVEL_BY_UNIT_KIND: Partial<Record<OrgUnitKind, ContactLevelValue>> = {
  BUREAU: 'BUREAU',
  BUREAU_DEPARTMENT: 'BUREAU',
  DIRECT_UNIT: 'BUREAU',
  FARM: 'FARM',
  FARM_DEPARTMENT: 'FARM',
};

/** The level of a cadre's link: from their posts on the day (bureau / farm leader, area team), else their unit. */
async function levelOf(ctx: Ctx, person: PersonEntity, date: string): Promise<ContactLevelValue> {
  const subject = await personSubject(ctx, person.id);
  const held = subject ? profilesAt(subject, date) : [];
  if (held.some((p) => p === 'BUREAU_LEADER' || p === 'DEPT_HEAD' || p === 'DIRECT_UNIT_PRINCIPAL')) return 'BUREAU';
  if (held.includes('FARM_LEADER')) return 'FARM';
  if (held.includes('AREA_TEAM')) return 'AREA';
  const unit = await unitAnywhere(ctx, 'personId', person.unit.id);
  return LEVEL_BY_UNIT_KIND[unit.kind as OrgUnitKind] ?? 'AREA';
}

/** S2.DURATION: a link ended within a year needs its reason; an end before the start is refused. */
function checkDuration(l: { occurredOn: string; endsOn: string | null; endReason: string | null }): void {
  const v = checkContactLinkDuration(
    { from: l.occurredOn, to: l.endsOn, endReason: l.endReason },
    { minYears: numberOf(rule('S2.DURATION'), { option: 'minYears' }) },
  );
  refuseOnErrors(v, v[0]?.code === 'S2.DURATION.END_BEFORE_START' ? 'endsOn' : 'endReason');
}

export async function createContactLink(ctx: Ctx, input: CreateContactLinkInput): Promise<ContactLinkEntity> {
  const person = await recordOwner(ctx, input.personId);
  const t = await target(ctx, input.targetUnitId, input.targetHouseholdId);
  const occurredOn = validDate('occurredOn', LABELS.from, input.occurredOn);
  const endsOn = endDate('endsOn', LABELS.endsOn, occurredOn, input.endsOn);
  const endReason = optionalText('endReason', LABELS.endReason, input.endReason, 500);
  checkDuration({ occurredOn, endsOn, endReason });
  const link = ctx.em.create(ContactLinkEntity, {
    person,
    unit: person.unit,
    occurredOn,
    endsOn,
    endReason,
    targetUnit: t.unit ? ctx.em.getReference(OrgUnitEntity, t.unit.id, { wrapped: true }) : null,
    targetHousehold: t.household ? ctx.em.getReference(HouseholdEntity, t.household.id, { wrapped: true }) : null,
    category: category(t, input.category),
    level: input.level ?? (await levelOf(ctx, person, occurredOn)),
    note: noteText(input.note),
  });
  await ctx.em.flush();
  return link;
}

export async function updateContactLink(ctx: Ctx, id: string, input: UpdateContactLinkInput): Promise<ContactLinkEntity> {
  const l = await findRecordForWrite(ctx, ContactLinkEntity, id, LINK);
  expectVersion(l, input.version, { zh: '该联系点', en: 'This contact link' });
  const occurredOn = input.occurredOn != null ? validDate('occurredOn', LABELS.from, input.occurredOn) : l.occurredOn;
  const endsOn = endDate('endsOn', LABELS.endsOn, occurredOn, input.endsOn === undefined ? l.endsOn : input.endsOn);
  const endReason = input.endReason === undefined ? l.endReason : optionalText('endReason', LABELS.endReason, input.endReason, 500);
  checkDuration({ occurredOn, endsOn, endReason });
  // Visits already recorded must stay inside the link's dates.
  const outside = await ctx.em.count(
    ContactVisitEntity,
    { link: l.id, $or: [{ occurredOn: { $lt: occurredOn } }, ...(endsOn ? [{ occurredOn: { $gt: endsOn } }] : [])] },
    UNSCOPED,
  );
  if (outside > 0) throw visitsOutsideLink(outside);
  Object.assign(l, { occurredOn, endsOn, endReason });
  if (input.category != null) {
    const t: Target = l.targetUnit
      ? { unit: await unitAnywhere(ctx, 'targetUnitId', l.targetUnit.id) }
      : { household: (await householdsAnywhere(ctx, 'targetHouseholdId', [l.targetHousehold?.id ?? ''])).get(l.targetHousehold?.id ?? '') as HouseholdInfo };
    l.category = category(t, input.category);
  }
  if (input.level != null) l.level = input.level;
  if (input.note !== undefined) l.note = noteText(input.note);
  await ctx.em.flush();
  return l;
}

export async function deleteContactLink(ctx: Ctx, id: string): Promise<ContactLinkEntity> {
  const l = await findRecordForWrite(ctx, ContactLinkEntity, id, LINK);
  const visits = await ctx.em.count(ContactVisitEntity, { link: l.id }, UNSCOPED);
  if (visits > 0) throw linkHasVisits(visits);
  return softDelete(ctx, l);
}

/**
 * S2.NO_OVERLAP on a link: other cadres' links to the same target at the same level over overlapping dates.
 * Read across the whole organisation (a clash may sit in another farm); only the count leaves the server.
 */
export async function linkWarnings(ctx: Ctx, l: ContactLinkEntity): Promise<Violation[]> {
  const targetId = l.targetUnit?.id ?? l.targetHousehold?.id;
  if (!targetId) return [];
  const others = await ctx.em.getConnection().execute<{ id: string; personId: string | null; from: string; to: string | null }[]>(
    `select id::text as id, person_id::text as "personId", to_char(occurred_on, 'YYYY-MM-DD') as "from", to_char(ends_on, 'YYYY-MM-DD') as "to"
       from contact_link where coalesce(target_unit_id, target_household_id) = ? and level = ? and id <> ? and deleted_at is null`,
    [targetId, l.level, l.id],
  );
  const refOf = (x: { id: string; personId: string | null; from: string; to: string | null }): ContactLinkRef => ({
    id: x.id, personId: x.personId ?? '', targetId, level: l.level, from: x.from, to: x.to,
  });
  return checkContactOverlap(refOf({ id: l.id, personId: l.person?.id ?? null, from: l.occurredOn, to: l.endsOn }), others.map(refOf));
}

// ------------------------------------------------------------------------------------------------ visits

export function getContactVisit(ctx: Ctx, id: string): Promise<ContactVisitEntity> {
  return getRecord(ctx, ContactVisitEntity, id, VISIT);
}

export async function listContactVisits(
  ctx: Ctx,
  filter: ContactVisitFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<ContactVisitEntity>> {
  const extra: FilterQuery<ContactVisitEntity>[] = [];
  if (filter?.linkId) extra.push({ link: validUuidOr(filter.linkId) });
  if (filter?.counts === true) extra.push({ days: { $gte: minVisitDays() } });
  if (filter?.counts === false) extra.push({ days: { $lt: minVisitDays() } });
  return pageOf(ctx, ContactVisitEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, days: 'days' });
}

/** The link a visit is recorded on: in the caller's scope, and the caller's own for a CADRE. */
async function writableLink(ctx: Ctx, id: string): Promise<ContactLinkEntity> {
  const link = await refForWrite(ctx, ContactLinkEntity, id, () => unknownLink(id));
  assertMayWriteRecord(ctx, link.person?.id);
  return link;
}

function withinLink(date: string, link: ContactLinkEntity): void {
  if (date < link.occurredOn) throw visitBeforeLink(date, link.occurredOn);
  if (link.endsOn && date > link.endsOn) throw visitAfterLink(date, link.endsOn);
}

export async function createContactVisit(ctx: Ctx, input: CreateContactVisitInput): Promise<ContactVisitEntity> {
  const link = await writableLink(ctx, input.linkId);
  const occurredOn = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
  withinLink(occurredOn, link);
  const visit = ctx.em.create(ContactVisitEntity, {
    link,
    person: link.person,
    unit: link.unit,
    occurredOn,
    days: validDays('days', input.days),
    content: optionalText('content', LABELS.content, input.content, 5000),
    note: noteText(input.note),
  });
  await ctx.em.flush();
  return visit;
}

export async function updateContactVisit(ctx: Ctx, id: string, input: UpdateContactVisitInput): Promise<ContactVisitEntity> {
  const v = await findRecordForWrite(ctx, ContactVisitEntity, id, VISIT);
  expectVersion(v, input.version, { zh: '该走访记录', en: 'This visit' });
  if (input.occurredOn != null) {
    const on = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
    const link = await ctx.em.findOne(ContactLinkEntity, { id: v.link.id }, UNSCOPED);
    if (link) withinLink(on, link);
    v.occurredOn = on;
  }
  if (input.days != null) v.days = validDays('days', input.days);
  if (input.content !== undefined) v.content = optionalText('content', LABELS.content, input.content, 5000);
  if (input.note !== undefined) v.note = noteText(input.note);
  await ctx.em.flush();
  return v;
}

export function deleteContactVisit(ctx: Ctx, id: string): Promise<ContactVisitEntity> {
  return deleteRecord(ctx, ContactVisitEntity, id, VISIT);
}

// ------------------------------------------------------------------------------------------------ family visits

export function getFamilyVisit(ctx: Ctx, id: string): Promise<FamilyVisitEntity> {
  return getRecord(ctx, FamilyVisitEntity, id, FAMILY_VISIT);
}

export async function listFamilyVisits(
  ctx: Ctx,
  filter: FamilyVisitFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<FamilyVisitEntity>> {
  const extra: FilterQuery<FamilyVisitEntity>[] = [];
  if (filter?.householdId) extra.push({ household: validUuidOr(filter.householdId) });
  return pageOf(ctx, FamilyVisitEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, RECORD_SORTABLE);
}

export async function createFamilyVisit(ctx: Ctx, input: CreateFamilyVisitInput): Promise<FamilyVisitEntity> {
  const person = await recordOwner(ctx, input.personId);
  const household = (await householdsAnywhere(ctx, 'householdId', [input.householdId])).get(input.householdId) as HouseholdInfo;
  const occurredOn = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
  let link: ContactLinkEntity | null;
  if (input.linkId) {
    link = await writableLink(ctx, input.linkId);
    if (link.person?.id !== person.id || link.targetHousehold?.id !== household.id) throw linkNotForHousehold();
    withinLink(occurredOn, link);
  } else {
    // The cadre's own link to this family on that day, when there is one: S2.FAMILY_VISITS counts per link.
    link = await ctx.em.findOne(ContactLinkEntity, {
      person: person.id,
      targetHousehold: household.id,
      occurredOn: { $lte: occurredOn },
      $or: [{ endsOn: null }, { endsOn: { $gte: occurredOn } }],
    });
  }
  const visit = ctx.em.create(FamilyVisitEntity, {
    person,
    unit: person.unit,
    household: ctx.em.getReference(HouseholdEntity, household.id, { wrapped: true }),
    link: link ? ref(link) : null,
    occurredOn,
    content: optionalText('content', LABELS.content, input.content, 5000),
    note: noteText(input.note),
  });
  await ctx.em.flush();
  return visit;
}

export async function updateFamilyVisit(ctx: Ctx, id: string, input: UpdateFamilyVisitInput): Promise<FamilyVisitEntity> {
  const v = await findRecordForWrite(ctx, FamilyVisitEntity, id, FAMILY_VISIT);
  expectVersion(v, input.version, { zh: '该走访记录', en: 'This visit' });
  if (input.occurredOn != null) {
    const on = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
    const link = v.link ? await ctx.em.findOne(ContactLinkEntity, { id: v.link.id }, UNSCOPED) : null;
    if (link) withinLink(on, link);
    v.occurredOn = on;
  }
  if (input.content !== undefined) v.content = optionalText('content', LABELS.content, input.content, 5000);
  if (input.note !== undefined) v.note = noteText(input.note);
  await ctx.em.flush();
  return v;
}

export function deleteFamilyVisit(ctx: Ctx, id: string): Promise<FamilyVisitEntity> {
  return deleteRecord(ctx, FamilyVisitEntity, id, FAMILY_VISIT);
}

// ------------------------------------------------------------------------------------------------ branch pairings

export function getBranchPairing(ctx: Ctx, id: string): Promise<BranchPairingEntity> {
  return getRecord(ctx, BranchPairingEntity, id, PAIRING);
}

export async function listBranchPairings(
  ctx: Ctx,
  filter: BranchPairingFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<BranchPairingEntity>> {
  const extra: FilterQuery<BranchPairingEntity>[] = [];
  if (filter?.branchId) extra.push({ branch: validUuidOr(filter.branchId) });
  return pageOf(ctx, BranchPairingEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, endsOn: 'endsOn' });
}

export async function createBranchPairing(ctx: Ctx, input: CreateBranchPairingInput): Promise<BranchPairingEntity> {
  const person = await recordOwner(ctx, input.personId);
  const branch = await unitAnywhere(ctx, 'branchId', input.branchId);
  if (branch.kind !== 'PARTY_BRANCH') {
    const k = ORG_UNIT_KIND_TITLES[branch.kind as OrgUnitKind];
    throw notABranch(k.zh, k.en);
  }
  const occurredOn = validDate('occurredOn', LABELS.from, input.occurredOn);
  const pairing = ctx.em.create(BranchPairingEntity, {
    person,
    unit: person.unit,
    branch: ctx.em.getReference(OrgUnitEntity, branch.id, { wrapped: true }),
    occurredOn,
    endsOn: endDate('endsOn', LABELS.endsOn, occurredOn, input.endsOn),
    goal: optionalText('goal', LABELS.goal, input.goal, 2000),
    note: noteText(input.note),
  });
  await ctx.em.flush();
  return pairing;
}

export async function updateBranchPairing(ctx: Ctx, id: string, input: UpdateBranchPairingInput): Promise<BranchPairingEntity> {
  const p = await findRecordForWrite(ctx, BranchPairingEntity, id, PAIRING);
  expectVersion(p, input.version, { zh: '该结对记录', en: 'This pairing' });
  const occurredOn = input.occurredOn != null ? validDate('occurredOn', LABELS.from, input.occurredOn) : p.occurredOn;
  p.endsOn = endDate('endsOn', LABELS.endsOn, occurredOn, input.endsOn === undefined ? p.endsOn : input.endsOn);
  p.occurredOn = occurredOn;
  if (input.goal !== undefined) p.goal = optionalText('goal', LABELS.goal, input.goal, 2000);
  if (input.note !== undefined) p.note = noteText(input.note);
  await ctx.em.flush();
  return p;
}

export function deleteBranchPairing(ctx: Ctx, id: string): Promise<BranchPairingEntity> {
  return deleteRecord(ctx, BranchPairingEntity, id, PAIRING);
}
