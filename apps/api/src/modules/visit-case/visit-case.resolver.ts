import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { SortInput } from '../../graphql/pagination.js';
import { toRuleViolations } from '../../graphql/rule-violation.js';
import { todayCst } from '../../graphql/scalars.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { Person } from '../person/person.type.js';
import { visiblePerson } from '../reception/reception.resolver.js';
import { loadCalendar } from '../reception/work-calendar.js';
import { clocksOf, deadlineWarnings, loadDeadlines } from './visit-case.deadlines.js';
import type { VisitCaseEntity } from './visit-case.entity.js';
import {
  ArchiveVisitCaseInput,
  AssignVisitCaseInput,
  CloseVisitCaseInput,
  CreateVisitCaseInput,
  DecideVisitCaseInput,
  ExtendVisitCaseInput,
  ObjectToVisitCaseAssignmentInput,
  RecordVisitCaseConversationInput,
  SetVisitCaseDeadlinesInput,
  SuperviseVisitCaseInput,
  UpdateVisitCaseRegistrationInput,
  VisitCaseFilter,
  WithdrawVisitCaseInput,
} from './visit-case.input.js';
import {
  archiveVisitCase,
  assignVisitCase,
  closeVisitCase,
  collectiveFrom,
  createVisitCase,
  decideVisitCase,
  extendVisitCase,
  getVisitCase,
  listVisitCases,
  objectToAssignment,
  recordConversation,
  setDeadlines,
  superviseVisitCase,
  updateVisitCaseRegistration,
  withdrawVisitCase,
} from './visit-case.service.js';
import { VisitCase, VisitCaseDeadlines, VisitCasePage, toVisitCase } from './visit-case.type.js';

/** Maps cases with their clocks: the settings and the calendar are read once per list, not per row. */
export async function showCases(ctx: Ctx, rows: VisitCaseEntity[]): Promise<VisitCase[]> {
  const cfg = await loadDeadlines(ctx.em);
  const today = todayCst(ctx.now);
  const years = new Set<number>([Number(today.slice(0, 4))]);
  for (const r of rows) if (r.assignedOn) years.add(Number(r.assignedOn.slice(0, 4))).add(Number(r.assignedOn.slice(0, 4)) + 1);
  const cal = await loadCalendar(ctx.em, years);
  const from = collectiveFrom();
  return rows.map((e) => toVisitCase(e, from, clocksOf(e, cfg, cal, today), toRuleViolations(ctx.locale, deadlineWarnings(e, cfg, today))));
}

const one = async (ctx: Ctx, e: VisitCaseEntity) => (await showCases(ctx, [e]))[0] as VisitCase;

/**
 * Petition cases: every step is its own mutation so that the order of the four forms is enforced. There is no
 * delete: a case ends WITHDRAWN or ARCHIVED, and the database refuses DELETE on the table.
 */
@Resolver(() => VisitCase)
export class VisitCaseResolver {
  @Query(() => VisitCase)
  async visitCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<VisitCase> {
    return one(ctx, await getVisitCase(ctx, id));
  }

  @Query(() => VisitCasePage, { description: 'The case inbox: by state, category, unit, dates, or clock (OVERDUE, DUE_SOON).' })
  async visitCases(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => VisitCaseFilter, { nullable: true }) filter?: VisitCaseFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<VisitCasePage> {
    const { items, total } = await listVisitCases(ctx, filter, sort, page, perPage);
    return { items: await showCases(ctx, items), total };
  }

  @Query(() => VisitCaseDeadlines)
  async visitCaseDeadlines(@GqlCtx() ctx: Ctx): Promise<VisitCaseDeadlines> {
    return Object.assign(new VisitCaseDeadlines(), await loadDeadlines(ctx.em));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCaseDeadlines, { description: 'Sets the deadlines (stricter than the regulation, never looser); bureau-wide administrators.' })
  async setVisitCaseDeadlines(@GqlCtx() ctx: Ctx, @Arg('input', () => SetVisitCaseDeadlinesInput) input: SetVisitCaseDeadlinesInput): Promise<VisitCaseDeadlines> {
    const v = ctx.viewer;
    if (v.kind === 'user' && v.scopePath.split('/').filter(Boolean).length !== 1) throw forbidden();
    return Object.assign(new VisitCaseDeadlines(), await setDeadlines(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'Registers a case (登记单). Pass an idempotencyKey: a retry returns the same case.' })
  async createVisitCase(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateVisitCaseInput) input: CreateVisitCaseInput): Promise<VisitCase> {
    return one(ctx, await createVisitCase(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase)
  async updateVisitCaseRegistration(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateVisitCaseRegistrationInput) input: UpdateVisitCaseRegistrationInput,
  ): Promise<VisitCase> {
    return one(ctx, await updateVisitCaseRegistration(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'The acceptance decision: accepted, cross-level (S4.LEVEL) or to the legal channel (S4.LEGAL).' })
  async decideVisitCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => DecideVisitCaseInput) input: DecideVisitCaseInput): Promise<VisitCase> {
    return one(ctx, await decideVisitCase(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'The assignment form (交办单): handling unit and person responsible.' })
  async assignVisitCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => AssignVisitCaseInput) input: AssignVisitCaseInput): Promise<VisitCase> {
    return one(ctx, await assignVisitCase(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'An objection to the assignment within the working-day window: back to ACCEPTED for reassignment.' })
  async objectToVisitCaseAssignment(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ObjectToVisitCaseAssignmentInput) input: ObjectToVisitCaseAssignmentInput,
  ): Promise<VisitCase> {
    return one(ctx, await objectToAssignment(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'A supervision form (督办单); may be repeated.' })
  async superviseVisitCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => SuperviseVisitCaseInput) input: SuperviseVisitCaseInput): Promise<VisitCase> {
    return one(ctx, await superviseVisitCase(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'The one extension of the handling deadline, with a reason.' })
  async extendVisitCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => ExtendVisitCaseInput) input: ExtendVisitCaseInput): Promise<VisitCase> {
    return one(ctx, await extendVisitCase(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'The conversation record (接谈记录).' })
  async recordVisitCaseConversation(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RecordVisitCaseConversationInput) input: RecordVisitCaseConversationInput,
  ): Promise<VisitCase> {
    return one(ctx, await recordConversation(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'The closure form (办结单): result, reply to the visitor, satisfaction.' })
  async closeVisitCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => CloseVisitCaseInput) input: CloseVisitCaseInput): Promise<VisitCase> {
    return one(ctx, await closeVisitCase(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'The visitor withdrew the matter. The case stays on record.' })
  async withdrawVisitCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => WithdrawVisitCaseInput) input: WithdrawVisitCaseInput): Promise<VisitCase> {
    return one(ctx, await withdrawVisitCase(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => VisitCase, { description: 'Files a finished case away. The case stays on record.' })
  async archiveVisitCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => ArchiveVisitCaseInput) input: ArchiveVisitCaseInput): Promise<VisitCase> {
    return one(ctx, await archiveVisitCase(ctx, id, input));
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who received the visitors; null outside your scope.' })
  async receiver(@GqlCtx() ctx: Ctx, @Root() c: VisitCase): Promise<Person | null> {
    return visiblePerson(ctx, c.receiverId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() c: VisitCase): Promise<OrgUnit | null> {
    return visibleUnit(ctx, c.unitId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async handlingUnit(@GqlCtx() ctx: Ctx, @Root() c: VisitCase): Promise<OrgUnit | null> {
    return visibleUnit(ctx, c.handlingUnitId);
  }

  @FieldResolver(() => Person, { nullable: true })
  async responsiblePerson(@GqlCtx() ctx: Ctx, @Root() c: VisitCase): Promise<Person | null> {
    return visiblePerson(ctx, c.responsiblePersonId);
  }
}
