import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { getHousehold } from '../household/household.service.js';
import { Household, toHousehold } from '../household/household.type.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { getPerson } from '../person/person.service.js';
import { Person, toPerson } from '../person/person.type.js';
import type { CommunityServiceProjectEntity, ServicePairingEntity } from './community-service.entity.js';
import {
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
import {
  createCommunityRegistration,
  createCommunityServiceProject,
  createServicePairing,
  deleteCommunityRegistration,
  deleteCommunityServiceProject,
  deleteServicePairing,
  getCommunityRegistration,
  getCommunityServiceProject,
  getServicePairing,
  listCommunityRegistrations,
  listCommunityServiceProjects,
  listServicePairings,
  pairingFindings,
  projectFindings,
  registrationFindings,
  updateCommunityRegistration,
  updateCommunityServiceProject,
  updateServicePairing,
} from './community-service.service.js';
import {
  CommunityRegistration,
  CommunityRegistrationPage,
  CommunityServiceProject,
  CommunityServiceProjectPage,
  ServicePairing,
  ServicePairingPage,
  toCommunityRegistration,
  toCommunityServiceProject,
  toServicePairing,
} from './community-service.type.js';

async function visiblePerson(ctx: Ctx, id: string): Promise<Person | null> {
  const p = await getPerson(ctx, id).catch(() => null);
  return p ? toPerson(p) : null;
}
const projectOut = async (ctx: Ctx, e: CommunityServiceProjectEntity) => toCommunityServiceProject(ctx, e, await projectFindings(ctx, e));
const pairingOut = async (ctx: Ctx, e: ServicePairingEntity) => toServicePairing(ctx, e, await pairingFindings(ctx, e));

@Resolver(() => CommunityRegistration)
export class CommunityRegistrationResolver {
  @Query(() => CommunityRegistration)
  async communityRegistration(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<CommunityRegistration> {
    const e = await getCommunityRegistration(ctx, id);
    return toCommunityRegistration(ctx, e, registrationFindings(e));
  }

  @Query(() => CommunityRegistrationPage)
  async communityRegistrations(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => CommunityRegistrationFilter, { nullable: true }) filter?: CommunityRegistrationFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<CommunityRegistrationPage> {
    const { items, total } = await listCommunityRegistrations(ctx, filter, { sort, page, perPage });
    return { items: items.map((e) => toCommunityRegistration(ctx, e, registrationFindings(e))), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => CommunityRegistration, { description: 'A member registers with the community (a CADRE: only themselves).' })
  async createCommunityRegistration(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => CreateCommunityRegistrationInput) input: CreateCommunityRegistrationInput,
  ): Promise<CommunityRegistration> {
    const e = await createCommunityRegistration(ctx, input);
    return toCommunityRegistration(ctx, e, registrationFindings(e));
  }

  @Authorized('ADMIN')
  @Mutation(() => CommunityRegistration)
  async updateCommunityRegistration(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommunityRegistrationInput) input: UpdateCommunityRegistrationInput,
  ): Promise<CommunityRegistration> {
    const e = await updateCommunityRegistration(ctx, id, input);
    return toCommunityRegistration(ctx, e, registrationFindings(e));
  }

  @Authorized('ADMIN')
  @Mutation(() => CommunityRegistration)
  async deleteCommunityRegistration(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<CommunityRegistration> {
    const e = await deleteCommunityRegistration(ctx, id);
    return toCommunityRegistration(ctx, e, registrationFindings(e));
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() r: CommunityRegistration): Promise<OrgUnit | null> {
    return visibleUnit(ctx, r.unitId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async community(@GqlCtx() ctx: Ctx, @Root() r: CommunityRegistration): Promise<OrgUnit | null> {
    return visibleUnit(ctx, r.communityId);
  }

  @FieldResolver(() => Person, { nullable: true })
  async person(@GqlCtx() ctx: Ctx, @Root() r: CommunityRegistration): Promise<Person | null> {
    return visiblePerson(ctx, r.personId);
  }
}

@Resolver(() => CommunityServiceProject)
export class CommunityServiceProjectResolver {
  @Query(() => CommunityServiceProject)
  async communityServiceProject(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<CommunityServiceProject> {
    return projectOut(ctx, await getCommunityServiceProject(ctx, id));
  }

  @Query(() => CommunityServiceProjectPage)
  async communityServiceProjects(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => CommunityServiceProjectFilter, { nullable: true }) filter?: CommunityServiceProjectFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<CommunityServiceProjectPage> {
    const { items, total } = await listCommunityServiceProjects(ctx, filter, { sort, page, perPage });
    return { items: await Promise.all(items.map((e) => projectOut(ctx, e))), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => CommunityServiceProject, { description: 'A member claims a project (a CADRE: only themselves); a third running that year comes back with S9.PROJECTS.TOO_MANY.' })
  async createCommunityServiceProject(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => CreateCommunityServiceProjectInput) input: CreateCommunityServiceProjectInput,
  ): Promise<CommunityServiceProject> {
    return projectOut(ctx, await createCommunityServiceProject(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => CommunityServiceProject)
  async updateCommunityServiceProject(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommunityServiceProjectInput) input: UpdateCommunityServiceProjectInput,
  ): Promise<CommunityServiceProject> {
    return projectOut(ctx, await updateCommunityServiceProject(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => CommunityServiceProject)
  async deleteCommunityServiceProject(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<CommunityServiceProject> {
    const e = await deleteCommunityServiceProject(ctx, id);
    return toCommunityServiceProject(ctx, e, []);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() p: CommunityServiceProject): Promise<OrgUnit | null> {
    return visibleUnit(ctx, p.unitId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async community(@GqlCtx() ctx: Ctx, @Root() p: CommunityServiceProject): Promise<OrgUnit | null> {
    return visibleUnit(ctx, p.communityId);
  }

  @FieldResolver(() => Person, { nullable: true })
  async person(@GqlCtx() ctx: Ctx, @Root() p: CommunityServiceProject): Promise<Person | null> {
    return visiblePerson(ctx, p.personId);
  }
}

@Resolver(() => ServicePairing)
export class ServicePairingResolver {
  @Query(() => ServicePairing)
  async servicePairing(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ServicePairing> {
    return pairingOut(ctx, await getServicePairing(ctx, id));
  }

  @Query(() => ServicePairingPage)
  async servicePairings(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ServicePairingFilter, { nullable: true }) filter?: ServicePairingFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ServicePairingPage> {
    const { items, total } = await listServicePairings(ctx, filter, { sort, page, perPage });
    return { items: await Promise.all(items.map((e) => pairingOut(ctx, e))), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ServicePairing, { description: 'A service-station cadre (a CADRE: only themselves) pairs with a needy family; refused with S9.PAIR.NOT_NEEDY otherwise.' })
  async createServicePairing(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateServicePairingInput) input: CreateServicePairingInput): Promise<ServicePairing> {
    return pairingOut(ctx, await createServicePairing(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => ServicePairing)
  async updateServicePairing(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateServicePairingInput) input: UpdateServicePairingInput,
  ): Promise<ServicePairing> {
    return pairingOut(ctx, await updateServicePairing(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => ServicePairing)
  async deleteServicePairing(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ServicePairing> {
    const e = await deleteServicePairing(ctx, id);
    return toServicePairing(ctx, e, []);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() p: ServicePairing): Promise<OrgUnit | null> {
    return visibleUnit(ctx, p.unitId);
  }

  @FieldResolver(() => Person, { nullable: true })
  async person(@GqlCtx() ctx: Ctx, @Root() p: ServicePairing): Promise<Person | null> {
    return visiblePerson(ctx, p.personId);
  }

  @FieldResolver(() => Household, { nullable: true })
  async household(@GqlCtx() ctx: Ctx, @Root() p: ServicePairing): Promise<Household | null> {
    const h = await getHousehold(ctx, p.householdId).catch(() => null);
    return h ? toHousehold(h) : null;
  }
}
