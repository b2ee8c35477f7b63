import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordBase, recordBase } from '../common/record-kit.js';
import {
  CONTACT_CATEGORIES,
  CONTACT_LEVELS,
  type BranchPairingEntity,
  type ContactCategory,
  type ContactLevelValue,
  type ContactLinkEntity,
  type ContactVisitEntity,
  type FamilyVisitEntity,
} from './contact.entity.js';

const CATEGORY_TITLES: Record<ContactCategory, string> = {
  MANAGEMENT_AREA: '管理区 · management area',
  COMMUNITY: '社区 · community',
  ENTERPRISE: '工业企业 · industrial enterprise',
  COOPERATIVE: '农业合作组织 · agricultural cooperative',
  RESIDENTIAL_QUARTER: '居民小区 · residential quarter',
  PRODUCTION_POINT: '生产作业点 · production point',
  INDUSTRIAL_PROJECT: '工业项目 · industrial project',
  RESIDENTS_GROUP: "居民组 · residents' group",
  WORKER_FAMILY: '职工家庭 · worker family',
  HOUSEHOLD: '居民家庭 · household',
  SECTOR_UNIT: '本系统本行业基层单位 · grassroots unit of the own sector',
  OTHER: '其他 · other',
};
export const ContactCategoryEnum = Object.fromEntries(CONTACT_CATEGORIES.map((c) => [c, c])) as { [K in ContactCategory]: K };
registerEnumType(ContactCategoryEnum, {
  name: 'ContactCategory',
  description: 'What a contact point is in the "一联五" composition (S2.MIX.*).',
  valuesConfig: Object.fromEntries(CONTACT_CATEGORIES.map((c) => [c, { description: CATEGORY_TITLES[c] }])) as Record<ContactCategory, { description: string }>,
});

export const ContactLevelEnum = Object.fromEntries(CONTACT_LEVELS.map((c) => [c, c])) as { [K in ContactLevelValue]: K };
registerEnumType(ContactLevelEnum, {
  name: 'ContactLevel',
  description: 'The level of a cadre\'s contact link (S2.NO_OVERLAP: one cadre per target and level).',
  valuesConfig: {
    BUREAU: { description: '管理局 · bureau' },
    FARM: { description: '农场 · farm' },
    AREA: { description: '管理区、社区 · area or community' },
  },
});

@ObjectType('ContactLink', { description: 'A contact link (基层联系点, S2): a cadre → a unit or a household. occurredOn is the first day.' })
export class ContactLink extends RecordBase {
  @Field(() => DateScalar, { nullable: true, description: 'Last day (inclusive); null while the link lasts.' })
  endsOn!: string | null;

  @Field(() => ID, { nullable: true })
  targetUnitId!: string | null;

  @Field(() => ID, { nullable: true })
  targetHouseholdId!: string | null;

  @Field(() => ContactCategoryEnum)
  category!: ContactCategory;

  @Field(() => ContactLevelEnum)
  level!: ContactLevelValue;

  @Field(() => String, { nullable: true, description: 'Why it ended (required when it ended within a year, S2.DURATION).' })
  endReason!: string | null;
}

export function toContactLink(e: ContactLinkEntity): ContactLink {
  const l = recordBase(new ContactLink(), e);
  l.endsOn = e.endsOn;
  l.targetUnitId = e.targetUnit?.id ?? null;
  l.targetHouseholdId = e.targetHousehold?.id ?? null;
  l.category = e.category;
  l.level = e.level;
  l.endReason = e.endReason;
  return l;
}

@ObjectType('ContactLinkPage')
export class ContactLinkPage extends PageOf(ContactLink) {}

@ObjectType('ContactVisit', { description: 'A visit to a contact point (S2.VISITS). occurredOn is the day of the visit.' })
export class ContactVisit extends RecordBase {
  @Field(() => ID)
  linkId!: string;

  @Field(() => Float, { description: 'Days spent; half days allowed.' })
  days!: number;

  @Field(() => Boolean, { description: 'Counts toward S2.VISITS: a visit under one day is kept but does not count.' })
  counts!: boolean;

  @Field(() => String, { nullable: true })
  content!: string | null;
}

export function toContactVisit(e: ContactVisitEntity, minDays: number): ContactVisit {
  const v = recordBase(new ContactVisit(), e);
  v.linkId = e.link.id;
  v.days = e.days;
  v.counts = e.days >= minDays;
  v.content = e.content;
  return v;
}

@ObjectType('ContactVisitPage')
export class ContactVisitPage extends PageOf(ContactVisit) {}

@ObjectType('FamilyVisit', { description: 'A visit to a worker family (S2.FAMILY_VISITS).' })
export class FamilyVisit extends RecordBase {
  @Field(() => ID)
  householdId!: string;

  @Field(() => ID, { nullable: true, description: "The cadre's link to this household, when there is one." })
  linkId!: string | null;

  @Field(() => String, { nullable: true })
  content!: string | null;
}

export function toFamilyVisit(e: FamilyVisitEntity): FamilyVisit {
  const v = recordBase(new FamilyVisit(), e);
  v.householdId = e.household.id;
  v.linkId = e.link?.id ?? null;
  v.content = e.content;
  return v;
}

@ObjectType('FamilyVisitPage')
export class FamilyVisitPage extends PageOf(FamilyVisit) {}

@ObjectType('BranchPairing', { description: "A Party secretary's pairing with a grassroots Party branch (S2.BRANCH). occurredOn is the first day." })
export class BranchPairing extends RecordBase {
  @Field(() => ID)
  branchId!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn!: string | null;

  @Field(() => String, { nullable: true })
  goal!: string | null;
}

export function toBranchPairing(e: BranchPairingEntity): BranchPairing {
  const p = recordBase(new BranchPairing(), e);
  p.branchId = e.branch.id;
  p.endsOn = e.endsOn;
  p.goal = e.goal;
  return p;
}

@ObjectType('BranchPairingPage')
export class BranchPairingPage extends PageOf(BranchPairing) {}
