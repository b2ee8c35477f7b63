import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { RuleViolation, toRuleViolations } from '../../graphql/rule-violation.js';
import { RecordFieldsResolver } from '../common/record-kit.js';
import { validUuidOr } from '../common/scoped.js';
import { HouseholdEntity } from '../household/household.entity.js';
import { Household, toHousehold } from '../household/household.type.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { ContactLinkEntity } from './contact.entity.js';
import {
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
import * as svc from './contact.service.js';
import {
  BranchPairing,
  BranchPairingPage,
  ContactLink,
  ContactLinkPage,
  ContactVisit,
  ContactVisitPage,
  FamilyVisit,
  FamilyVisitPage,
  toBranchPairing,
  toContactLink,
  toContactVisit,
  toFamilyVisit,
} from './contact.type.js';

/** A household for a nested field: null when unset or outside the caller's scope. */
async function visibleHousehold(ctx: Ctx, id: string | null): Promise<Household | null> {
  if (!id) return null;
  const h = await ctx.em.findOne(HouseholdEntity, { id: validUuidOr(id) });
  return h ? toHousehold(h) : null;
}

/** A link for a nested field: null when outside the caller's scope. */
async function visibleLink(ctx: Ctx, id: string | null): Promise<ContactLink | null> {
  if (!id) return null;
  const l = await ctx.em.findOne(ContactLinkEntity, { id: validUuidOr(id) });
  return l ? toContactLink(l) : null;
}

const visit = (e: Parameters<typeof toContactVisit>[0]) => toContactVisit(e, svc.minVisitDays());

@Resolver(() => ContactLink)
export class ContactLinkResolver extends RecordFieldsResolver(ContactLink) {
  @Query(() => ContactLink)
  async contactLink(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ContactLink> {
    return toContactLink(await svc.getContactLink(ctx, id));
  }

  @Query(() => ContactLinkPage, { description: 'Contact links (基层联系点, S2).' })
  async contactLinks(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ContactLinkFilter, { nullable: true }) filter?: ContactLinkFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ContactLinkPage> {
    const { items, total } = await svc.listContactLinks(ctx, filter, sort, page, perPage);
    return { items: items.map(toContactLink), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ContactLink)
  async createContactLink(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateContactLinkInput) input: CreateContactLinkInput): Promise<ContactLink> {
    return toContactLink(await svc.createContactLink(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ContactLink, { description: 'Changes or ends a link; ending it within a year needs endReason (S2.DURATION).' })
  async updateContactLink(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactLinkInput) input: UpdateContactLinkInput,
  ): Promise<ContactLink> {
    return toContactLink(await svc.updateContactLink(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ContactLink, { description: 'Deletes a link recorded by mistake; a link with visits is ended instead.' })
  async deleteContactLink(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ContactLink> {
    return toContactLink(await svc.deleteContactLink(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit linked; null for a household or outside your part of the tree.' })
  async targetUnit(@GqlCtx() ctx: Ctx, @Root() l: ContactLink): Promise<OrgUnit | null> {
    return visibleUnit(ctx, l.targetUnitId);
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household linked; null for a unit or outside your part of the tree.' })
  async targetHousehold(@GqlCtx() ctx: Ctx, @Root() l: ContactLink): Promise<Household | null> {
    return visibleHousehold(ctx, l.targetHouseholdId);
  }

  @FieldResolver(() => [RuleViolation], { description: 'Findings of S2.NO_OVERLAP (another cadre links the same target at the same level).' })
  async warnings(@GqlCtx() ctx: Ctx, @Root() l: ContactLink): Promise<RuleViolation[]> {
    return toRuleViolations(ctx.locale, await svc.linkWarnings(ctx, await svc.getContactLink(ctx, l.id)));
  }
}

@Resolver(() => ContactVisit)
export class ContactVisitResolver extends RecordFieldsResolver(ContactVisit) {
  @Query(() => ContactVisit)
  async contactVisit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ContactVisit> {
    return visit(await svc.getContactVisit(ctx, id));
  }

  @Query(() => ContactVisitPage, { description: 'Visits to contact points (S2.VISITS).' })
  async contactVisits(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ContactVisitFilter, { nullable: true }) filter?: ContactVisitFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ContactVisitPage> {
    const { items, total } = await svc.listContactVisits(ctx, filter, sort, page, perPage);
    return { items: items.map(visit), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ContactVisit)
  async createContactVisit(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateContactVisitInput) input: CreateContactVisitInput): Promise<ContactVisit> {
    return visit(await svc.createContactVisit(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ContactVisit)
  async updateContactVisit(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactVisitInput) input: UpdateContactVisitInput,
  ): Promise<ContactVisit> {
    return visit(await svc.updateContactVisit(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ContactVisit)
  async deleteContactVisit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ContactVisit> {
    return visit(await svc.deleteContactVisit(ctx, id));
  }

  @FieldResolver(() => ContactLink, { nullable: true, description: 'Null when outside your part of the tree.' })
  async link(@GqlCtx() ctx: Ctx, @Root() v: ContactVisit): Promise<ContactLink | null> {
    return visibleLink(ctx, v.linkId);
  }
}

@Resolver(() => FamilyVisit)
export class FamilyVisitResolver extends RecordFieldsResolver(FamilyVisit) {
  @Query(() => FamilyVisit)
  async familyVisit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<FamilyVisit> {
    return toFamilyVisit(await svc.getFamilyVisit(ctx, id));
  }

  @Query(() => FamilyVisitPage, { description: 'Visits to worker families (S2.FAMILY_VISITS).' })
  async familyVisits(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => FamilyVisitFilter, { nullable: true }) filter?: FamilyVisitFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<FamilyVisitPage> {
    const { items, total } = await svc.listFamilyVisits(ctx, filter, sort, page, perPage);
    return { items: items.map(toFamilyVisit), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => FamilyVisit)
  async createFamilyVisit(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateFamilyVisitInput) input: CreateFamilyVisitInput): Promise<FamilyVisit> {
    return toFamilyVisit(await svc.createFamilyVisit(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => FamilyVisit)
  async updateFamilyVisit(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateFamilyVisitInput) input: UpdateFamilyVisitInput,
  ): Promise<FamilyVisit> {
    return toFamilyVisit(await svc.updateFamilyVisit(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => FamilyVisit)
  async deleteFamilyVisit(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<FamilyVisit> {
    return toFamilyVisit(await svc.deleteFamilyVisit(ctx, id));
  }

  @FieldResolver(() => Household, { nullable: true, description: 'Null when outside your part of the tree.' })
  async household(@GqlCtx() ctx: Ctx, @Root() v: FamilyVisit): Promise<Household | null> {
    return visibleHousehold(ctx, v.householdId);
  }

  @FieldResolver(() => ContactLink, { nullable: true })
  async link(@GqlCtx() ctx: Ctx, @Root() v: FamilyVisit): Promise<ContactLink | null> {
    return visibleLink(ctx, v.linkId);
  }
}

@Resolver(() => BranchPairing)
export class BranchPairingResolver extends RecordFieldsResolver(BranchPairing) {
  @Query(() => BranchPairing)
  async branchPairing(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<BranchPairing> {
    return toBranchPairing(await svc.getBranchPairing(ctx, id));
  }

  @Query(() => BranchPairingPage, { description: "Party secretaries' pairings with grassroots branches (S2.BRANCH)." })
  async branchPairings(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => BranchPairingFilter, { nullable: true }) filter?: BranchPairingFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<BranchPairingPage> {
    const { items, total } = await svc.listBranchPairings(ctx, filter, sort, page, perPage);
    return { items: items.map(toBranchPairing), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => BranchPairing)
  async createBranchPairing(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateBranchPairingInput) input: CreateBranchPairingInput): Promise<BranchPairing> {
    return toBranchPairing(await svc.createBranchPairing(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => BranchPairing)
  async updateBranchPairing(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateBranchPairingInput) input: UpdateBranchPairingInput,
  ): Promise<BranchPairing> {
    return toBranchPairing(await svc.updateBranchPairing(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => BranchPairing)
  async deleteBranchPairing(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<BranchPairing> {
    return toBranchPairing(await svc.deleteBranchPairing(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null when outside your part of the tree.' })
  async branch(@GqlCtx() ctx: Ctx, @Root() p: BranchPairing): Promise<OrgUnit | null> {
    return visibleUnit(ctx, p.branchId);
  }
}
