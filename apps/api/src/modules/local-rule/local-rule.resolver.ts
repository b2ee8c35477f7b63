import { Arg, Authorized, Ctx as GqlCtx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { DateScalar, todayCst } from '../../graphql/scalars.js';
import { createLocalRule, effectiveRulesFor, endLocalRule, listLocalRules } from './local-rule.service.js';
import { CreateLocalRuleInput, EffectiveRuleInfo, LocalRule, LocalRuleFilter, LocalRulePage, toLocalRule } from './local-rule.type.js';

@Resolver(() => LocalRule)
export class LocalRuleResolver {
  @Query(() => LocalRulePage)
  async localRules(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => LocalRuleFilter, { nullable: true }) filter?: LocalRuleFilter,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<LocalRulePage> {
    const { items, total } = await listLocalRules(ctx, filter, page, perPage);
    return { items: items.map(toLocalRule), total };
  }

  @Query(() => [EffectiveRuleInfo], { description: 'Every rule as in force for a unit on a date, and where local rules differ.' })
  async effectiveRules(
    @GqlCtx() ctx: Ctx,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('date', () => DateScalar, { nullable: true }) date?: string,
  ): Promise<EffectiveRuleInfo[]> {
    return effectiveRulesFor(ctx, unitId, date ?? todayCst(ctx.now));
  }

  @Authorized('ADMIN')
  @Mutation(() => LocalRule, { description: 'Tightens a rule for a unit from a date; a loosening is refused with the reason.' })
  async createLocalRule(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateLocalRuleInput) input: CreateLocalRuleInput): Promise<LocalRule> {
    return toLocalRule(await createLocalRule(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => LocalRule, { description: 'Ends a local rule on a date (local rules are never deleted).' })
  async endLocalRule(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('effectiveTo', () => DateScalar) effectiveTo: string,
  ): Promise<LocalRule> {
    return toLocalRule(await endLocalRule(ctx, id, effectiveTo));
  }
}
