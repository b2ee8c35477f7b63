import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { RuleViolation, toRuleViolations } from '../../graphql/rule-violation.js';
import { RecordFieldsResolver } from '../common/record-kit.js';
import { validUuidOr } from '../common/scoped.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { SecondmentEntity } from './secondment.entity.js';
import {
  CreateSecondmentAssessmentInput,
  CreateSecondmentInput,
  SecondmentAssessmentFilter,
  SecondmentFilter,
  UpdateSecondmentAssessmentInput,
  UpdateSecondmentInput,
} from './secondment.input.js';
import * as svc from './secondment.service.js';
import {
  Secondment,
  SecondmentAssessment,
  SecondmentAssessmentPage,
  SecondmentPage,
  toSecondment,
  toSecondmentAssessment,
} from './secondment.type.js';

@Resolver(() => Secondment)
export class SecondmentResolver extends RecordFieldsResolver(Secondment) {
  @Query(() => Secondment)
  async secondment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Secondment> {
    return toSecondment(await svc.getSecondment(ctx, id));
  }

  @Query(() => SecondmentPage, { description: 'Secondments to the grassroots (S3).' })
  async secondments(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => SecondmentFilter, { nullable: true }) filter?: SecondmentFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<SecondmentPage> {
    const { items, total } = await svc.listSecondments(ctx, filter, sort, page, perPage);
    return { items: items.map(toSecondment), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => Secondment, { description: 'Records a posting; one failing S3.ELIGIBLE needs eligibilityOverrideReason.' })
  async createSecondment(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateSecondmentInput) input: CreateSecondmentInput): Promise<Secondment> {
    return toSecondment(await svc.createSecondment(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Secondment)
  async updateSecondment(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSecondmentInput) input: UpdateSecondmentInput,
  ): Promise<Secondment> {
    return toSecondment(await svc.updateSecondment(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Secondment)
  async deleteSecondment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Secondment> {
    return toSecondment(await svc.deleteSecondment(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null when outside your part of the tree.' })
  async fromUnit(@GqlCtx() ctx: Ctx, @Root() s: Secondment): Promise<OrgUnit | null> {
    return visibleUnit(ctx, s.fromUnitId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null when outside your part of the tree.' })
  async toUnit(@GqlCtx() ctx: Ctx, @Root() s: Secondment): Promise<OrgUnit | null> {
    return visibleUnit(ctx, s.toUnitId);
  }

  @FieldResolver(() => [RuleViolation], { description: 'Findings of S3.ELIGIBLE (overridden, priority), S3.DURATION and S3.ASSESS.' })
  async warnings(@GqlCtx() ctx: Ctx, @Root() s: Secondment): Promise<RuleViolation[]> {
    return toRuleViolations(ctx.locale, await svc.secondmentWarnings(ctx, await svc.getSecondment(ctx, s.id)));
  }
}

@Resolver(() => SecondmentAssessment)
export class SecondmentAssessmentResolver extends RecordFieldsResolver(SecondmentAssessment) {
  @Query(() => SecondmentAssessment)
  async secondmentAssessment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<SecondmentAssessment> {
    return toSecondmentAssessment(await svc.getSecondmentAssessment(ctx, id));
  }

  @Query(() => SecondmentAssessmentPage, { description: 'Feedback and assessments of secondments (S3.ASSESS).' })
  async secondmentAssessments(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => SecondmentAssessmentFilter, { nullable: true }) filter?: SecondmentAssessmentFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<SecondmentAssessmentPage> {
    const { items, total } = await svc.listSecondmentAssessments(ctx, filter, sort, page, perPage);
    return { items: items.map(toSecondmentAssessment), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => SecondmentAssessment)
  async createSecondmentAssessment(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => CreateSecondmentAssessmentInput) input: CreateSecondmentAssessmentInput,
  ): Promise<SecondmentAssessment> {
    return toSecondmentAssessment(await svc.createSecondmentAssessment(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => SecondmentAssessment)
  async updateSecondmentAssessment(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSecondmentAssessmentInput) input: UpdateSecondmentAssessmentInput,
  ): Promise<SecondmentAssessment> {
    return toSecondmentAssessment(await svc.updateSecondmentAssessment(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => SecondmentAssessment)
  async deleteSecondmentAssessment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<SecondmentAssessment> {
    return toSecondmentAssessment(await svc.deleteSecondmentAssessment(ctx, id));
  }

  @FieldResolver(() => Secondment, { nullable: true, description: 'Null when outside your part of the tree.' })
  async secondment(@GqlCtx() ctx: Ctx, @Root() a: SecondmentAssessment): Promise<Secondment | null> {
    const s = await ctx.em.findOne(SecondmentEntity, { id: validUuidOr(a.secondmentId) });
    return s ? toSecondment(s) : null;
  }
}
