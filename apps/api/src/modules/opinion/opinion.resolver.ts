import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { SortInput } from '../../graphql/pagination.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { createDecision, deleteDecision, findingsOfStored, getDecision, listDecisions, updateDecision } from './decision.service.js';
import {
  CreateDecisionInput,
  CreateOpinionAnalysisInput,
  CreateOpinionChannelInput,
  CreateOpinionInput,
  DecisionFilter,
  OpinionAnalysisFilter,
  OpinionChannelFilter,
  OpinionFilter,
  UpdateDecisionInput,
  UpdateOpinionAnalysisInput,
  UpdateOpinionChannelInput,
  UpdateOpinionInput,
} from './opinion.input.js';
import type { DecisionEntity } from './decision.entity.js';
import type { OpinionEntity } from './opinion.entity.js';
import { publicFeedbackOf } from './opinion.public.js';
import {
  createOpinion,
  createOpinionAnalysis,
  createOpinionChannel,
  deleteOpinion,
  deleteOpinionAnalysis,
  deleteOpinionChannel,
  getOpinion,
  getOpinionAnalysis,
  getOpinionChannel,
  listOpinionAnalyses,
  listOpinionChannels,
  listOpinions,
  opinionFindings,
  updateOpinion,
  updateOpinionAnalysis,
  updateOpinionChannel,
} from './opinion.service.js';
import {
  Decision,
  DecisionPage,
  Opinion,
  OpinionAnalysis,
  OpinionAnalysisPage,
  OpinionChannel,
  OpinionChannelPage,
  OpinionPage,
  PublicDecisionFeedback,
  PublicUnitFeedback,
  toDecision,
  toOpinion,
  toOpinionAnalysis,
  toOpinionChannel,
} from './opinion.type.js';

const opinionOut = (ctx: Ctx, e: OpinionEntity) => toOpinion(ctx, e, opinionFindings(ctx, e));
const decisionOut = (ctx: Ctx, e: DecisionEntity) => toDecision(ctx, e, findingsOfStored(ctx, e));

@Resolver(() => OpinionChannel)
export class OpinionChannelResolver {
  @Query(() => OpinionChannel)
  async opinionChannel(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OpinionChannel> {
    return toOpinionChannel(await getOpinionChannel(ctx, id));
  }

  @Query(() => OpinionChannelPage)
  async opinionChannels(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => OpinionChannelFilter, { nullable: true }) filter?: OpinionChannelFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<OpinionChannelPage> {
    const { items, total } = await listOpinionChannels(ctx, filter, { sort, page, perPage });
    return { items: items.map(toOpinionChannel), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => OpinionChannel)
  async createOpinionChannel(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateOpinionChannelInput) input: CreateOpinionChannelInput): Promise<OpinionChannel> {
    return toOpinionChannel(await createOpinionChannel(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => OpinionChannel)
  async updateOpinionChannel(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOpinionChannelInput) input: UpdateOpinionChannelInput,
  ): Promise<OpinionChannel> {
    return toOpinionChannel(await updateOpinionChannel(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => OpinionChannel, { description: 'Refused once opinions came through it: close it instead.' })
  async deleteOpinionChannel(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OpinionChannel> {
    return toOpinionChannel(await deleteOpinionChannel(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() c: OpinionChannel): Promise<OrgUnit | null> {
    return visibleUnit(ctx, c.unitId);
  }
}

@Resolver(() => Opinion)
export class OpinionResolver {
  @Query(() => Opinion)
  async opinion(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Opinion> {
    return opinionOut(ctx, await getOpinion(ctx, id));
  }

  @Query(() => OpinionPage)
  async opinions(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => OpinionFilter, { nullable: true }) filter?: OpinionFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<OpinionPage> {
    const { items, total } = await listOpinions(ctx, filter, { sort, page, perPage });
    return { items: items.map((e) => opinionOut(ctx, e)), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => Opinion)
  async createOpinion(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateOpinionInput) input: CreateOpinionInput): Promise<Opinion> {
    return opinionOut(ctx, await createOpinion(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Opinion)
  async updateOpinion(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateOpinionInput) input: UpdateOpinionInput): Promise<Opinion> {
    return opinionOut(ctx, await updateOpinion(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Opinion)
  async deleteOpinion(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Opinion> {
    return opinionOut(ctx, await deleteOpinion(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() o: Opinion): Promise<OrgUnit | null> {
    return visibleUnit(ctx, o.unitId);
  }

  @FieldResolver(() => OpinionChannel, { nullable: true })
  async channel(@GqlCtx() ctx: Ctx, @Root() o: Opinion): Promise<OpinionChannel | null> {
    const c = await getOpinionChannel(ctx, o.channelId).catch(() => null);
    return c ? toOpinionChannel(c) : null;
  }

  @FieldResolver(() => Decision, { nullable: true })
  async decision(@GqlCtx() ctx: Ctx, @Root() o: Opinion): Promise<Decision | null> {
    if (!o.decisionId) return null;
    const d = await getDecision(ctx, o.decisionId).catch(() => null);
    return d ? decisionOut(ctx, d) : null;
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => Decision)
  async decision(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Decision> {
    return decisionOut(ctx, await getDecision(ctx, id));
  }

  @Query(() => DecisionPage)
  async decisions(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => DecisionFilter, { nullable: true }) filter?: DecisionFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<DecisionPage> {
    const { items, total } = await listDecisions(ctx, filter, { sort, page, perPage });
    return { items: items.map((e) => decisionOut(ctx, e)), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => Decision)
  async createDecision(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateDecisionInput) input: CreateDecisionInput): Promise<Decision> {
    return decisionOut(ctx, await createDecision(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Decision, { description: 'Setting decidedOn marks it taken: refused (S6.DECISION.*) without a consultation and a risk assessment before it.' })
  async updateDecision(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateDecisionInput) input: UpdateDecisionInput): Promise<Decision> {
    return decisionOut(ctx, await updateDecision(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Decision)
  async deleteDecision(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Decision> {
    return decisionOut(ctx, await deleteDecision(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() d: Decision): Promise<OrgUnit | null> {
    return visibleUnit(ctx, d.unitId);
  }

  @FieldResolver(() => [Opinion], { description: 'Opinions collected for this decision.' })
  async opinions(@GqlCtx() ctx: Ctx, @Root() d: Decision): Promise<Opinion[]> {
    const { items } = await listOpinions(ctx, { decisionId: d.id }, { sort: null, page: 1, perPage: 500 });
    return items.map((e) => opinionOut(ctx, e));
  }

  /** Public by policy: no sign-in, published feedback only (see opinion.public.ts). */
  @Query(() => PublicUnitFeedback, { description: 'A unit\'s published adoption feedback, by unit code. Needs no sign-in.' })
  async publicAdoptionFeedback(@GqlCtx() ctx: Ctx, @Arg('unitCode', () => String) unitCode: string): Promise<PublicUnitFeedback> {
    const data = await publicFeedbackOf(ctx.em, unitCode.slice(0, 100));
    if (!data) throw notFound({ zh: '单位', en: 'unit' }, unitCode);
    return Object.assign(new PublicUnitFeedback(), {
      unitCode: data.unitCode,
      unitName: data.unitName,
      decisions: data.decisions.map((d) => Object.assign(new PublicDecisionFeedback(), d)),
    });
  }
}

@Resolver(() => OpinionAnalysis)
export class OpinionAnalysisResolver {
  @Query(() => OpinionAnalysis)
  async opinionAnalysis(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OpinionAnalysis> {
    return toOpinionAnalysis(await getOpinionAnalysis(ctx, id));
  }

  @Query(() => OpinionAnalysisPage)
  async opinionAnalyses(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => OpinionAnalysisFilter, { nullable: true }) filter?: OpinionAnalysisFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<OpinionAnalysisPage> {
    const { items, total } = await listOpinionAnalyses(ctx, filter, { sort, page, perPage });
    return { items: items.map(toOpinionAnalysis), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => OpinionAnalysis)
  async createOpinionAnalysis(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateOpinionAnalysisInput) input: CreateOpinionAnalysisInput): Promise<OpinionAnalysis> {
    return toOpinionAnalysis(await createOpinionAnalysis(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => OpinionAnalysis)
  async updateOpinionAnalysis(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOpinionAnalysisInput) input: UpdateOpinionAnalysisInput,
  ): Promise<OpinionAnalysis> {
    return toOpinionAnalysis(await updateOpinionAnalysis(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => OpinionAnalysis)
  async deleteOpinionAnalysis(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<OpinionAnalysis> {
    return toOpinionAnalysis(await deleteOpinionAnalysis(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() a: OpinionAnalysis): Promise<OrgUnit | null> {
    return visibleUnit(ctx, a.unitId);
  }
}
