import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { RuleViolation, toRuleViolations } from '../../graphql/rule-violation.js';
import { RecordFieldsResolver, visiblePeople, visibleUnits } from '../common/record-kit.js';
import { validUuidOr } from '../common/scoped.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { Person } from '../person/person.type.js';
import { ResearchTopicEntity } from './research.entity.js';
import {
  ApproveResearchTopicInput,
  CreateResearchReportInput,
  CreateResearchTopicInput,
  CreateResearchTripInput,
  ResearchReportFilter,
  ResearchTopicFilter,
  ResearchTripFilter,
  UpdateResearchReportInput,
  UpdateResearchTopicInput,
  UpdateResearchTripInput,
} from './research.input.js';
import {
  approveResearchTopic,
  createResearchReport,
  createResearchTopic,
  createResearchTrip,
  deleteResearchReport,
  deleteResearchTopic,
  deleteResearchTrip,
  getResearchReport,
  getResearchTopic,
  getResearchTrip,
  listResearchReports,
  listResearchTopics,
  listResearchTrips,
  reportRoute,
  reportWarnings,
  topicWarnings,
  tripWarnings,
  updateResearchReport,
  updateResearchTopic,
  updateResearchTrip,
} from './research.service.js';
import {
  ReportRecipientEnum,
  ResearchReport,
  ResearchReportPage,
  ResearchTopic,
  ResearchTopicPage,
  ResearchTrip,
  ResearchTripPage,
  toResearchReport,
  toResearchTopic,
  toResearchTrip,
} from './research.type.js';
import type { ReportRecipient } from './research.entity.js';

@Resolver(() => ResearchTrip)
export class ResearchTripResolver extends RecordFieldsResolver(ResearchTrip) {
  @Query(() => ResearchTrip)
  async researchTrip(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ResearchTrip> {
    return toResearchTrip(await getResearchTrip(ctx, id));
  }

  @Query(() => ResearchTripPage, { description: 'Research trips and stationed stays (S1).' })
  async researchTrips(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ResearchTripFilter, { nullable: true }) filter?: ResearchTripFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ResearchTripPage> {
    const { items, total } = await listResearchTrips(ctx, filter, sort, page, perPage);
    return { items: items.map(toResearchTrip), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchTrip)
  async createResearchTrip(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateResearchTripInput) input: CreateResearchTripInput): Promise<ResearchTrip> {
    return toResearchTrip(await createResearchTrip(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchTrip)
  async updateResearchTrip(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateResearchTripInput) input: UpdateResearchTripInput,
  ): Promise<ResearchTrip> {
    return toResearchTrip(await updateResearchTrip(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchTrip)
  async deleteResearchTrip(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ResearchTrip> {
    return toResearchTrip(await deleteResearchTrip(ctx, id));
  }

  @FieldResolver(() => [OrgUnit], { description: 'The units visited that you may see.' })
  async unitsVisited(@GqlCtx() ctx: Ctx, @Root() t: ResearchTrip): Promise<OrgUnit[]> {
    return visibleUnits(ctx, t.unitsVisitedIds);
  }

  @FieldResolver(() => [RuleViolation], { description: 'Findings of the catalogue\'s checks on this trip (S1.CONDUCT).' })
  async warnings(@GqlCtx() ctx: Ctx, @Root() t: ResearchTrip): Promise<RuleViolation[]> {
    return toRuleViolations(ctx.locale, tripWarnings(ctx, await getResearchTrip(ctx, t.id)));
  }
}

@Resolver(() => ResearchTopic)
export class ResearchTopicResolver extends RecordFieldsResolver(ResearchTopic) {
  @Query(() => ResearchTopic)
  async researchTopic(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ResearchTopic> {
    return toResearchTopic(await getResearchTopic(ctx, id));
  }

  @Query(() => ResearchTopicPage, { description: "Research topics: the bureau committee's major topics and leaders' own (S1)." })
  async researchTopics(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ResearchTopicFilter, { nullable: true }) filter?: ResearchTopicFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ResearchTopicPage> {
    const { items, total } = await listResearchTopics(ctx, filter, sort, page, perPage);
    return { items: items.map(toResearchTopic), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchTopic, { description: 'Proposes a topic. Major topics (the committee\'s) are recorded by an ADMIN.' })
  async createResearchTopic(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateResearchTopicInput) input: CreateResearchTopicInput): Promise<ResearchTopic> {
    return toResearchTopic(await createResearchTopic(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchTopic)
  async updateResearchTopic(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateResearchTopicInput) input: UpdateResearchTopicInput,
  ): Promise<ResearchTopic> {
    return toResearchTopic(await updateResearchTopic(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => ResearchTopic, { description: 'Records the Party committee\'s approval of a proposed topic (提出 → 审定).' })
  async approveResearchTopic(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApproveResearchTopicInput) input: ApproveResearchTopicInput,
  ): Promise<ResearchTopic> {
    return toResearchTopic(await approveResearchTopic(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchTopic)
  async deleteResearchTopic(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ResearchTopic> {
    return toResearchTopic(await deleteResearchTopic(ctx, id));
  }

  @FieldResolver(() => [Person], { description: 'The research team members that you may see.' })
  async team(@GqlCtx() ctx: Ctx, @Root() t: ResearchTopic): Promise<Person[]> {
    return visiblePeople(ctx, t.teamIds);
  }

  @FieldResolver(() => [RuleViolation])
  async warnings(@GqlCtx() ctx: Ctx, @Root() t: ResearchTopic): Promise<RuleViolation[]> {
    return toRuleViolations(ctx.locale, topicWarnings(ctx, await getResearchTopic(ctx, t.id)));
  }
}

@Resolver(() => ResearchReport)
export class ResearchReportResolver extends RecordFieldsResolver(ResearchReport) {
  @Query(() => ResearchReport)
  async researchReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ResearchReport> {
    return toResearchReport(await getResearchReport(ctx, id));
  }

  @Query(() => ResearchReportPage, { description: 'Research reports (S1.REPORT).' })
  async researchReports(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ResearchReportFilter, { nullable: true }) filter?: ResearchReportFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ResearchReportPage> {
    const { items, total } = await listResearchReports(ctx, filter, sort, page, perPage);
    return { items: items.map(toResearchReport), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchReport)
  async createResearchReport(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateResearchReportInput) input: CreateResearchReportInput): Promise<ResearchReport> {
    return toResearchReport(await createResearchReport(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchReport)
  async updateResearchReport(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateResearchReportInput) input: UpdateResearchReportInput,
  ): Promise<ResearchReport> {
    return toResearchReport(await updateResearchReport(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => ResearchReport)
  async deleteResearchReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ResearchReport> {
    return toResearchReport(await deleteResearchReport(ctx, id));
  }

  @FieldResolver(() => ResearchTopic, { nullable: true, description: 'Null when unset or outside your part of the tree.' })
  async topic(@GqlCtx() ctx: Ctx, @Root() r: ResearchReport): Promise<ResearchTopic | null> {
    if (!r.topicId) return null;
    const t = await ctx.em.findOne(ResearchTopicEntity, { id: validUuidOr(r.topicId) });
    return t ? toResearchTopic(t) : null;
  }

  @FieldResolver(() => ReportRecipientEnum, { description: 'Where S1.REPORT.TO_BUREAU sends this author\'s report on its date.' })
  async routedTo(@GqlCtx() ctx: Ctx, @Root() r: ResearchReport): Promise<ReportRecipient> {
    return reportRoute(ctx, r.personId, r.occurredOn);
  }

  @FieldResolver(() => [RuleViolation])
  async warnings(@GqlCtx() ctx: Ctx, @Root() r: ResearchReport): Promise<RuleViolation[]> {
    return toRuleViolations(ctx.locale, await reportWarnings(ctx, await getResearchReport(ctx, r.id)));
  }
}
