import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { CreateYearEndReportInput, UpdateYearEndReportInput, YearEndReportFilter, YearEndReportStepInput } from './year-end-report.input.js';
import {
  acceptYearEndReport,
  createYearEndReport,
  deleteYearEndReport,
  getYearEndReport,
  listYearEndReports,
  returnYearEndReport,
  submitYearEndReport,
  updateYearEndReport,
} from './year-end-report.service.js';
import { YearEndReport, YearEndReportPage, toYearEndReport } from './year-end-report.type.js';
import { YearEndFigures, yearEndFigures } from '../compliance/year-end-figures.js';

@Resolver(() => YearEndReport)
export class YearEndReportResolver {
  @Query(() => YearEndReport)
  async yearEndReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<YearEndReport> {
    return toYearEndReport(await getYearEndReport(ctx, id));
  }

  @Query(() => YearEndReportPage)
  async yearEndReports(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => YearEndReportFilter, { nullable: true }) filter?: YearEndReportFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<YearEndReportPage> {
    const { items, total } = await listYearEndReports(ctx, filter, { sort, page, perPage });
    return { items: items.map(toYearEndReport), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => YearEndReport, { description: 'A draft; one per unit and year (CONFLICT for a second).' })
  async createYearEndReport(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateYearEndReportInput) input: CreateYearEndReportInput): Promise<YearEndReport> {
    return toYearEndReport(await createYearEndReport(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => YearEndReport, { description: 'A draft or a returned report only (G.YEAR_END.LOCKED otherwise).' })
  async updateYearEndReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateYearEndReportInput) input: UpdateYearEndReportInput): Promise<YearEndReport> {
    return toYearEndReport(await updateYearEndReport(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => YearEndReport, { description: 'Draft or returned → submitted to the bureau Party committee (G.YEAR_END.OUT_OF_ORDER otherwise).' })
  async submitYearEndReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => YearEndReportStepInput) input: YearEndReportStepInput): Promise<YearEndReport> {
    return toYearEndReport(await submitYearEndReport(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => YearEndReport, { description: 'Submitted → returned with comments; by an administrator above the reporting unit.' })
  async returnYearEndReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => YearEndReportStepInput) input: YearEndReportStepInput): Promise<YearEndReport> {
    return toYearEndReport(await returnYearEndReport(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => YearEndReport, { description: 'Submitted → accepted; by an administrator above the reporting unit.' })
  async acceptYearEndReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => YearEndReportStepInput) input: YearEndReportStepInput): Promise<YearEndReport> {
    return toYearEndReport(await acceptYearEndReport(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => YearEndReport, { description: 'Drafts only.' })
  async deleteYearEndReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<YearEndReport> {
    return toYearEndReport(await deleteYearEndReport(ctx, id));
  }

  @FieldResolver(() => YearEndFigures, { description: "The unit's figures for the report's year, computed now (actual vs quota per system and rule, and the gaps)." })
  async figures(@GqlCtx() ctx: Ctx, @Root() r: YearEndReport): Promise<YearEndFigures> {
    return yearEndFigures(ctx, r.unitId, r.year);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() r: YearEndReport): Promise<OrgUnit | null> {
    return visibleUnit(ctx, r.unitId);
  }
}
