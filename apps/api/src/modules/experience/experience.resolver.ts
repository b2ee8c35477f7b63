import { Arg, Authorized, Ctx as GqlCtx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { RecordFieldsResolver } from '../common/record-kit.js';
import { CreateExperienceInput, ExperienceFilter, UpdateExperienceInput } from './experience.input.js';
import { createExperience, deleteExperience, getExperience, listExperiences, updateExperience } from './experience.service.js';
import { Experience, ExperiencePage, toExperience } from './experience.type.js';

@Resolver(() => Experience)
export class ExperienceResolver extends RecordFieldsResolver(Experience) {
  @Query(() => Experience)
  async experience(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Experience> {
    return toExperience(await getExperience(ctx, id));
  }

  @Query(() => ExperiencePage, { description: 'Experiences of ordinary life with their diaries (S10).' })
  async experiences(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => ExperienceFilter, { nullable: true }) filter?: ExperienceFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ExperiencePage> {
    const { items, total } = await listExperiences(ctx, filter, sort, page, perPage);
    return { items: items.map(toExperience), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => Experience, { description: 'Records an experience; the diary entry (民情日记) is required (S10.DIARY).' })
  async createExperience(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateExperienceInput) input: CreateExperienceInput): Promise<Experience> {
    return toExperience(await createExperience(ctx, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => Experience)
  async updateExperience(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateExperienceInput) input: UpdateExperienceInput,
  ): Promise<Experience> {
    return toExperience(await updateExperience(ctx, id, input));
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => Experience)
  async deleteExperience(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Experience> {
    return toExperience(await deleteExperience(ctx, id));
  }
}
