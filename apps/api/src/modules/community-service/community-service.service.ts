import { NEEDY_HOUSEHOLD_FLAGS, addDays, checkServiceProjects, optionValue, type Violation } from '@lianxi/rules';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { loader } from '../../graphql/loaders.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import { assertMayWriteRecord } from '../common/record-access.js';
import { findForWrite } from '../common/scoped.js';
import { dateRange, expectVersion, optionalText, requiredText } from '../common/validate.js';
import { HouseholdEntity } from '../household/household.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import type { PersonEntity } from '../person/person.entity.js';
import { SettingEntity } from '../setting/setting.entity.js';
import {
  anyRow,
  finding,
  getRecord,
  listRecords,
  notBefore,
  optionalPastDate,
  pastDate,
  personForWrite,
  rule,
  softDelete,
  UNSCOPED,
  yearOf,
} from '../common/record-kit.js';
import { CommunityRegistrationEntity, CommunityServiceProjectEntity, ServicePairingEntity } from './community-service.entity.js';
import { REGISTRATION, SERVICE_PAIRING, SERVICE_PROJECT, joinedOnRequired, notACommunity, unknownCommunity, unknownHousehold } from './community-service.errors.js';
import type {
  CommunityRegistrationFilter,
  CommunityServiceProjectFilter,
  CreateCommunityRegistrationInput,
  CreateCommunityServiceProjectInput,
  CreateServicePairingInput,
  ServicePairingFilter,
  UpdateCommunityRegistrationInput,
  UpdateCommunityServiceProjectInput,
  UpdateServicePairingInput,
} from './community-service.input.js';

type Paging = { sort: SortInput | null | undefined; page: number | null | undefined; perPage: number | null | undefined };

const L = {
  registeredOn: { zh: '报到日期', en: 'The registration date' },
  joinedOn: { zh: '入党或转入日期', en: 'The joining or transfer date' },
  endsOn: { zh: '结束日期', en: 'The end date' },
  projectName: { zh: '服务项目', en: 'The project' },
  description: { zh: '项目说明', en: 'The description' },
  claimedOn: { zh: '认领日期', en: 'The claim date' },
  station: { zh: '服务站点', en: 'The service station' },
  from: { zh: '结对开始日期', en: 'The start' },
  note: { zh: '备注', en: 'The note' },
};

/** The setting that tightens S9.REGISTER's days for this installation (the rule's option is the default). */
export const REGISTER_DAYS_SETTING = 'rules.S9.REGISTER.registerWithinDays';

/** Days a new or transferred member has to register: the rule's option (30), or a tighter installation setting. */
export async function registerWithinDays(ctx: Ctx): Promise<number> {
  const base = optionValue(rule('S9.REGISTER'), 'registerWithinDays') as number;
  const s = await ctx.em.findOne(SettingEntity, { key: REGISTER_DAYS_SETTING });
  const v = s?.value;
  // A local setting may only tighten the policy's default (G.LOCAL_RULES), never loosen it.
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v < base ? v : base;
}

async function communityForWrite(ctx: Ctx, id: string): Promise<OrgUnitEntity> {
  const c = await anyRow(ctx, OrgUnitEntity, id, () => unknownCommunity(id));
  if (c.kind !== 'COMMUNITY' && c.kind !== 'RESIDENTIAL_QUARTER') throw notACommunity();
  return c;
}

function assertMember(person: PersonEntity, code: string): void {
  if (!person.partyMember) refuseOnErrors([finding(code, 'ERROR', '该人员不是党员', 'The person is not a Party member')], 'personId');
}

// ---------------------------------------------------------------------------------------------- registrations

export function registrationFindings(r: Pick<CommunityRegistrationEntity, 'occurredOn' | 'dueOn'>): Violation[] {
  if (r.dueOn && r.occurredOn > r.dueOn) {
    return [finding('S9.REGISTER.LATE', 'WARNING', `报到晚于期限（${r.dueOn}）`, `Registered after the due date (${r.dueOn})`)];
  }
  return [];
}

export function getCommunityRegistration(ctx: Ctx, id: string): Promise<CommunityRegistrationEntity> {
  return getRecord(ctx, CommunityRegistrationEntity, id, REGISTRATION);
}

export function listCommunityRegistrations(ctx: Ctx, filter: CommunityRegistrationFilter | null | undefined, paging: Paging): Promise<Page<CommunityRegistrationEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<CommunityRegistrationEntity>[] = [];
  if (f.personId) own.push({ person: f.personId });
  if (f.communityId) own.push({ community: f.communityId });
  if (f.reasons?.length) own.push({ reason: { $in: f.reasons } });
  if (f.activeOn) own.push({ occurredOn: { $lte: f.activeOn }, $or: [{ endsOn: null }, { endsOn: { $gte: f.activeOn } }] });
  return listRecords(ctx, CommunityRegistrationEntity, f, own, paging, { registeredOn: 'occurredOn', dueOn: 'dueOn', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

async function assertNoOtherRegistration(ctx: Ctx, personId: string, from: string, to: string | null, selfId: string | null): Promise<void> {
  const others = await ctx.em.find(CommunityRegistrationEntity, { person: personId, ...(selfId ? { id: { $ne: selfId } } : {}) }, UNSCOPED);
  const clash = others.find((o) => o.occurredOn <= (to ?? '9999-12-31') && from <= (o.endsOn ?? '9999-12-31'));
  if (clash) {
    refuseOnErrors(
      [finding('S9.REGISTER.OVERLAP', 'ERROR', `该党员 ${clash.occurredOn} 起已在社区报到，请先填写原报到的结束日期`, `The member has been registered since ${clash.occurredOn}; end that registration first`)],
      'registeredOn',
    );
  }
}

export async function createCommunityRegistration(ctx: Ctx, input: CreateCommunityRegistrationInput): Promise<CommunityRegistrationEntity> {
  const person = await personForWrite(ctx, input.personId);
  const community = await communityForWrite(ctx, input.communityId);
  assertMayWriteRecord(ctx, person.id);
  const registeredOn = pastDate(ctx, 'registeredOn', L.registeredOn, input.registeredOn);
  const joinedOn = optionalPastDate(ctx, 'joinedOn', L.joinedOn, input.joinedOn);
  const endsOn = optionalPastDate(ctx, 'endsOn', L.endsOn, input.endsOn);
  dateRange('registeredOn', 'endsOn', registeredOn, endsOn);
  if (input.reason !== 'REGULAR' && !joinedOn) throw joinedOnRequired();
  if (joinedOn) notBefore('registeredOn', registeredOn, L.registeredOn, joinedOn, L.joinedOn);
  assertMember(person, 'S9.REGISTER.NOT_A_MEMBER');
  await assertNoOtherRegistration(ctx, person.id, registeredOn, endsOn, null);
  const r = ctx.em.create(CommunityRegistrationEntity, {
    person,
    unit: person.unit,
    community,
    reason: input.reason,
    occurredOn: registeredOn,
    joinedOn: input.reason === 'REGULAR' ? null : joinedOn,
    dueOn: input.reason === 'REGULAR' || !joinedOn ? null : addDays(joinedOn, await registerWithinDays(ctx)),
    endsOn,
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return r;
}

export async function updateCommunityRegistration(ctx: Ctx, id: string, input: UpdateCommunityRegistrationInput): Promise<CommunityRegistrationEntity> {
  const r = await findForWrite(ctx, CommunityRegistrationEntity, id, REGISTRATION);
  expectVersion(r, input.version, { zh: '该报到记录', en: 'This registration' });
  const endsOn = input.endsOn !== undefined ? optionalPastDate(ctx, 'endsOn', L.endsOn, input.endsOn) : r.endsOn;
  dateRange('registeredOn', 'endsOn', r.occurredOn, endsOn);
  if (input.endsOn === null && r.endsOn !== null) await assertNoOtherRegistration(ctx, r.person?.id ?? '', r.occurredOn, null, r.id);
  r.endsOn = endsOn;
  if (input.note !== undefined) r.note = optionalText('note', L.note, input.note, 2000);
  await ctx.em.flush();
  return r;
}

export async function deleteCommunityRegistration(ctx: Ctx, id: string): Promise<CommunityRegistrationEntity> {
  return softDelete(ctx, await findForWrite(ctx, CommunityRegistrationEntity, id, REGISTRATION));
}

// ---------------------------------------------------------------------------------------------- projects

/** S9.PROJECTS (checkServiceProjects) over the member's claims running in the claim's year: a third warns. */
export async function projectFindings(ctx: Ctx, p: CommunityServiceProjectEntity): Promise<Violation[]> {
  const personId = p.person?.id;
  if (!personId) return [];
  const year = yearOf(p.occurredOn);
  const n = await loader<string, number>(ctx, 'service-projects-per-person-year', async (keys) => {
    const people = [...new Set(keys.map((k) => k.split('|')[0] ?? ''))];
    const rows = await ctx.em.getConnection().execute<{ person_id: string; from_on: string; to_on: string | null }[]>(
      `select person_id, to_char(occurred_on, 'YYYY-MM-DD') as from_on, to_char(ends_on, 'YYYY-MM-DD') as to_on
         from community_service_project where person_id in (?) and deleted_at is null`,
      [people],
    );
    // Claims running at some time in the year: started by its end and not ended before its start.
    return keys.map((k) => {
      const [pid, y] = k.split('|');
      return rows.filter((r) => r.person_id === pid && r.from_on <= `${y}-12-31` && (r.to_on === null || r.to_on >= `${y}-01-01`)).length;
    });
  }).load(`${personId}|${year}`);
  return checkServiceProjects(n);
}

export function getCommunityServiceProject(ctx: Ctx, id: string): Promise<CommunityServiceProjectEntity> {
  return getRecord(ctx, CommunityServiceProjectEntity, id, SERVICE_PROJECT);
}

export function listCommunityServiceProjects(ctx: Ctx, filter: CommunityServiceProjectFilter | null | undefined, paging: Paging): Promise<Page<CommunityServiceProjectEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<CommunityServiceProjectEntity>[] = [];
  if (f.personId) own.push({ person: f.personId });
  if (f.communityId) own.push({ community: f.communityId });
  if (f.activeOn) own.push({ occurredOn: { $lte: f.activeOn }, $or: [{ endsOn: null }, { endsOn: { $gte: f.activeOn } }] });
  return listRecords(ctx, CommunityServiceProjectEntity, f, own, paging, { claimedOn: 'occurredOn', projectName: 'projectName', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

export async function createCommunityServiceProject(ctx: Ctx, input: CreateCommunityServiceProjectInput): Promise<CommunityServiceProjectEntity> {
  const person = await personForWrite(ctx, input.personId);
  const community = await communityForWrite(ctx, input.communityId);
  assertMayWriteRecord(ctx, person.id);
  const claimedOn = pastDate(ctx, 'claimedOn', L.claimedOn, input.claimedOn);
  const endsOn = optionalPastDate(ctx, 'endsOn', L.endsOn, input.endsOn);
  dateRange('claimedOn', 'endsOn', claimedOn, endsOn);
  assertMember(person, 'S9.PROJECTS.NOT_A_MEMBER');
  const p = ctx.em.create(CommunityServiceProjectEntity, {
    person,
    unit: person.unit,
    community,
    occurredOn: claimedOn,
    projectName: requiredText('projectName', L.projectName, input.projectName, 100),
    description: optionalText('description', L.description, input.description, 2000),
    endsOn,
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return p;
}

export async function updateCommunityServiceProject(ctx: Ctx, id: string, input: UpdateCommunityServiceProjectInput): Promise<CommunityServiceProjectEntity> {
  const p = await findForWrite(ctx, CommunityServiceProjectEntity, id, SERVICE_PROJECT);
  expectVersion(p, input.version, { zh: '该社区服务项目', en: 'This project' });
  const endsOn = input.endsOn !== undefined ? optionalPastDate(ctx, 'endsOn', L.endsOn, input.endsOn) : p.endsOn;
  dateRange('claimedOn', 'endsOn', p.occurredOn, endsOn);
  if (input.projectName != null) p.projectName = requiredText('projectName', L.projectName, input.projectName, 100);
  if (input.description !== undefined) p.description = optionalText('description', L.description, input.description, 2000);
  if (input.note !== undefined) p.note = optionalText('note', L.note, input.note, 2000);
  p.endsOn = endsOn;
  await ctx.em.flush();
  return p;
}

export async function deleteCommunityServiceProject(ctx: Ctx, id: string): Promise<CommunityServiceProjectEntity> {
  return softDelete(ctx, await findForWrite(ctx, CommunityServiceProjectEntity, id, SERVICE_PROJECT));
}

// ---------------------------------------------------------------------------------------------- pairings

/** S9.PAIR asks for exactly one needy family per cadre: a second pairing running at the same time warns. */
export async function pairingFindings(ctx: Ctx, p: ServicePairingEntity): Promise<Violation[]> {
  const personId = p.person?.id;
  if (!personId) return [];
  const others = await ctx.em.count(
    ServicePairingEntity,
    { person: personId, id: { $ne: p.id }, occurredOn: { $lte: p.endsOn ?? '9999-12-31' }, $or: [{ endsOn: null }, { endsOn: { $gte: p.occurredOn } }] },
    UNSCOPED,
  );
  if (others === 0) return [];
  return [finding('S9.PAIR.TOO_MANY', 'WARNING', `同一时期已结对 ${others + 1} 户，规定每名党员干部结对1户困难家庭`, `${others + 1} families paired at the same time; the policy asks for one`)];
}

export function getServicePairing(ctx: Ctx, id: string): Promise<ServicePairingEntity> {
  return getRecord(ctx, ServicePairingEntity, id, SERVICE_PAIRING);
}

export function listServicePairings(ctx: Ctx, filter: ServicePairingFilter | null | undefined, paging: Paging): Promise<Page<ServicePairingEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<ServicePairingEntity>[] = [];
  if (f.personId) own.push({ person: f.personId });
  if (f.householdId) own.push({ household: f.householdId });
  if (f.activeOn) own.push({ occurredOn: { $lte: f.activeOn }, $or: [{ endsOn: null }, { endsOn: { $gte: f.activeOn } }] });
  return listRecords(ctx, ServicePairingEntity, f, own, paging, { from: 'occurredOn', station: 'station', createdAt: 'createdAt' }, { occurredOn: 'desc' });
}

export async function createServicePairing(ctx: Ctx, input: CreateServicePairingInput): Promise<ServicePairingEntity> {
  const person = await personForWrite(ctx, input.personId);
  const household = await anyRow(ctx, HouseholdEntity, input.householdId, () => unknownHousehold(input.householdId));
  assertMayWriteRecord(ctx, person.id);
  const from = pastDate(ctx, 'from', L.from, input.from);
  const to = optionalPastDate(ctx, 'to', L.endsOn, input.to);
  dateRange('from', 'to', from, to);
  if (!household.flags.some((f) => NEEDY_HOUSEHOLD_FLAGS.includes(f))) {
    refuseOnErrors(
      [finding('S9.PAIR.NOT_NEEDY', 'ERROR', '应与困难家庭结对（贫困、五保、残疾、空巢、留守等）', 'The pairing is with a needy family (poor, five guarantees, disabled, empty-nest, left-behind children)')],
      'householdId',
    );
  }
  const p = ctx.em.create(ServicePairingEntity, {
    person,
    unit: person.unit,
    household,
    station: requiredText('station', L.station, input.station, 100),
    occurredOn: from,
    endsOn: to,
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return p;
}

export async function updateServicePairing(ctx: Ctx, id: string, input: UpdateServicePairingInput): Promise<ServicePairingEntity> {
  const p = await findForWrite(ctx, ServicePairingEntity, id, SERVICE_PAIRING);
  expectVersion(p, input.version, { zh: '该结对记录', en: 'This pairing' });
  const to = input.to !== undefined ? optionalPastDate(ctx, 'to', L.endsOn, input.to) : p.endsOn;
  dateRange('from', 'to', p.occurredOn, to);
  if (input.station != null) p.station = requiredText('station', L.station, input.station, 100);
  if (input.note !== undefined) p.note = optionalText('note', L.note, input.note, 2000);
  p.endsOn = to;
  await ctx.em.flush();
  return p;
}

export async function deleteServicePairing(ctx: Ctx, id: string): Promise<ServicePairingEntity> {
  return softDelete(ctx, await findForWrite(ctx, ServicePairingEntity, id, SERVICE_PAIRING));
}
