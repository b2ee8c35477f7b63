import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkCommitmentRecord } from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit } from '../org-unit/org-unit.type.js';
import { getPerson } from '../person/person.service.js';
import { Person, toPerson } from '../person/person.type.js';
import type { CommitmentEntity } from './commitment.entity.js';
import { CommitmentFilter, CommitmentStepInput, CreateCommitmentInput, UpdateCommitmentInput } from './commitment.input.js';
import { createCommitment, deleteCommitment, getCommitment, listCommitments, recordCommitmentStep, updateCommitment } from './commitment.service.js';
import { Commitment, CommitmentPage, toCommitment } from './commitment.type.js';

/** A stored commitment's lifecycle as the rules replay it (never an error after recordCommitmentStep, but data may be imported). */
const out = (ctx: Ctx, e: CommitmentEntity) =>
  toCommitment(ctx, e, checkCommitmentRecord({ proposedOn: e.occurredOn, publishedOn: e.publishedOn, fulfilledOn: e.fulfilledOn, evaluatedOn: e.evaluatedOn }));

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => Commitment)
  async commitment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Commitment> {
    return out(ctx, await getCommitment(ctx, id));
  }

  @Query(() => CommitmentPage)
  async commitments(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => CommitmentFilter, { nullable: true }) filter?: CommitmentFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<CommitmentPage> {
    const { items, total } = await listCommitments(ctx, filter, { sort, page, perPage });
    return { items: items.map((e) => out(ctx, e)), total };
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => Commitment, { description: 'A member proposes a commitment (a CADRE: only their own). Refused with S7.CONTENT.* when the category does not fit the member\'s sector.' })
  async createCommitment(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateCommitmentInput) input: CreateCommitmentInput): Promise<Commitment> {
    return out(ctx, await createCommitment(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Commitment)
  async updateCommitment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCommitmentInput) input: UpdateCommitmentInput): Promise<Commitment> {
    return out(ctx, await updateCommitment(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Commitment, { description: 'Records 公开, 履行 or 评议; an out-of-order step is refused with S7.LIFECYCLE.OUT_OF_ORDER, .DATE_ORDER or .REPEATED.' })
  async recordCommitmentStep(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => CommitmentStepInput) input: CommitmentStepInput): Promise<Commitment> {
    return out(ctx, await recordCommitmentStep(ctx, id, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Commitment)
  async deleteCommitment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Commitment> {
    return out(ctx, await deleteCommitment(ctx, id));
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@GqlCtx() ctx: Ctx, @Root() c: Commitment): Promise<OrgUnit | null> {
    return visibleUnit(ctx, c.unitId);
  }

  @FieldResolver(() => Person, { nullable: true })
  async person(@GqlCtx() ctx: Ctx, @Root() c: Commitment): Promise<Person | null> {
    const p = await getPerson(ctx, c.personId).catch(() => null);
    return p ? toPerson(p) : null;
  }
}
