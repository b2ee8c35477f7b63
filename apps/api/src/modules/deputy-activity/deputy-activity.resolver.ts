import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { getHousehold } from '../household/household.service.js';
import { Household, toHousehold } from '../household/household.type.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { PersonEntity } from '../person/person.entity.js';
import { getPerson } from '../person/person.service.js';
import { Person, toPerson } from '../person/person.type.js';
import {
  CreateDeputyActivityInput,
  CreateDeputyDutyReportInput,
  CreateDeputyPairingInput,
  DeputyActivityFilter,
  DeputyDutyReportFilter,
  DeputyPairingFilter,
  UpdateDeputyActivityInput,
  UpdateDeputyDutyReportInput,
  UpdateDeputyPairingInput,
} from './deputy-activity.input.js';
import {
  createDeputyActivity,
  createDeputyDutyReport,
  createDeputyPairing,
  deleteDeputyActivity,
  deleteDeputyDutyReport,
  deleteDeputyPairing,
  getDeputyActivity,
  getDeputyDutyReport,
  getDeputyPairing,
  listDeputyActivities,
  listDeputyDutyReports,
  listDeputyPairings,
  updateDeputyActivity,
  updateDeputyDutyReport,
  updateDeputyPairing,
} from './deputy-activity.service.js';
import {
  DeputyActivity,
  DeputyActivityPage,
  DeputyDutyReport,
  DeputyDutyReportPage,
  DeputyPairing,
  DeputyPairingPage,
  toDeputyActivity,
  toDeputyDutyReport,
  toDeputyPairing,
} from './deputy-activity.type.js';

async function visiblePerson(ctx: Ctx, id: string): Promise<Person | null> {
  const p = await getPerson(ctx, id).catch(() => null);
  return p ? toPerson(p) : null;
}

@Resolver(() => DeputyActivity)
export class DeputyActivityResolver {
  @Query(() => DeputyActivity)
  async deputyActivity(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DeputyActivity> {
    return toDeputyActivity(await getDeputyActivity(ctx, id));
  }

  @Query(() => DeputyActivityPage)
  async deputyActivities(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => DeputyActivityFilter, { nullable: true }) filter?: DeputyActivityFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<DeputyActivityPage> {
    const { items, total } = await listDeputyActivities(ctx, filter, { sort, page, perPage });
    return { items: items.map(toDeputyActivity), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyActivity, { description: 'Refused (S8.NOT_A_DEPUTY) when someone named held no deputy term on the day.' })
  async createDeputyActivity(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateDeputyActivityInput) input: CreateDeputyActivityInput): Promise<DeputyActivity> {
    return toDeputyActivity(await createDeputyActivity(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyActivity)
  async updateDeputyActivity(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDeputyActivityInput) input: UpdateDeputyActivityInput,
  ): Promise<DeputyActivity> {
    return toDeputyActivity(await updateDeputyActivity(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyActivity)
  async deleteDeputyActivity(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DeputyActivity> {
    return toDeputyActivity(await deleteDeputyActivity(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The organising unit.' })
  async unit(@GqlCtx() ctx: Ctx, @Root() a: DeputyActivity): Promise<OrgUnit | null> {
    return visibleUnit(ctx, a.unitId);
  }

  @FieldResolver(() => [Person], { description: 'The deputies taking part that are in your part of the tree.' })
  async deputies(@GqlCtx() ctx: Ctx, @Root() a: DeputyActivity): Promise<Person[]> {
    if (a.deputyIds.length === 0) return [];
    const rows = await ctx.em.find(PersonEntity, { id: { $in: a.deputyIds } }, { orderBy: { name: 'asc' } });
    return rows.map(toPerson);
  }
}

@Resolver(() => DeputyPairing)
export class DeputyPairingResolver {
  @Query(() => DeputyPairing)
  async deputyPairing(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DeputyPairing> {
    return toDeputyPairing(await getDeputyPairing(ctx, id));
  }

  @Query(() => DeputyPairingPage)
  async deputyPairings(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => DeputyPairingFilter, { nullable: true }) filter?: DeputyPairingFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<DeputyPairingPage> {
    const { items, total } = await listDeputyPairings(ctx, filter, { sort, page, perPage });
    return { items: items.map(toDeputyPairing), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => DeputyPairing, { description: 'A deputy (a CADRE: only themselves) pairs with a needy household of the electing unit; refused with S8.PAIR.* otherwise.' })
  async createDeputyPairing(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateDeputyPairingInput) input: CreateDeputyPairingInput): Promise<DeputyPairing> {
    return toDeputyPairing(await createDeputyPairing(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyPairing)
  async updateDeputyPairing(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDeputyPairingInput) input: UpdateDeputyPairingInput,
  ): Promise<DeputyPairing> {
    return toDeputyPairing(await updateDeputyPairing(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyPairing)
  async deleteDeputyPairing(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DeputyPairing> {
    return toDeputyPairing(await deleteDeputyPairing(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() p: DeputyPairing): Promise<OrgUnit | null> {
    return visibleUnit(ctx, p.unitId);
  }

  @FieldResolver(() => Person, { nullable: true })
  async person(@GqlCtx() ctx: Ctx, @Root() p: DeputyPairing): Promise<Person | null> {
    return visiblePerson(ctx, p.personId);
  }

  @FieldResolver(() => Household, { nullable: true })
  async household(@GqlCtx() ctx: Ctx, @Root() p: DeputyPairing): Promise<Household | null> {
    const h = await getHousehold(ctx, p.householdId).catch(() => null);
    return h ? toHousehold(h) : null;
  }
}

@Resolver(() => DeputyDutyReport)
export class DeputyDutyReportResolver {
  @Query(() => DeputyDutyReport)
  async deputyDutyReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DeputyDutyReport> {
    return toDeputyDutyReport(await getDeputyDutyReport(ctx, id));
  }

  @Query(() => DeputyDutyReportPage)
  async deputyDutyReports(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => DeputyDutyReportFilter, { nullable: true }) filter?: DeputyDutyReportFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<DeputyDutyReportPage> {
    const { items, total } = await listDeputyDutyReports(ctx, filter, { sort, page, perPage });
    return { items: items.map(toDeputyDutyReport), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => DeputyDutyReport, { description: 'One per term: a second is refused (S8.REPORT.ALREADY_REPORTED).' })
  async createDeputyDutyReport(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateDeputyDutyReportInput) input: CreateDeputyDutyReportInput): Promise<DeputyDutyReport> {
    return toDeputyDutyReport(await createDeputyDutyReport(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyDutyReport, { description: 'Records the democratic evaluation among other changes.' })
  async updateDeputyDutyReport(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDeputyDutyReportInput) input: UpdateDeputyDutyReportInput,
  ): Promise<DeputyDutyReport> {
    return toDeputyDutyReport(await updateDeputyDutyReport(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => DeputyDutyReport)
  async deleteDeputyDutyReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<DeputyDutyReport> {
    return toDeputyDutyReport(await deleteDeputyDutyReport(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() r: DeputyDutyReport): Promise<OrgUnit | null> {
    return visibleUnit(ctx, r.unitId);
  }

  @FieldResolver(() => Person, { nullable: true })
  async person(@GqlCtx() ctx: Ctx, @Root() r: DeputyDutyReport): Promise<Person | null> {
    return visiblePerson(ctx, r.personId);
  }
}
