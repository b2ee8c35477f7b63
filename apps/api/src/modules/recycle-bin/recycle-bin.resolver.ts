import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { visiblePerson } from '../common/record-kit.js';
import { Person } from '../person/person.type.js';
import { listDeletedRecords, restoreRecord } from './recycle-bin.service.js';
import { DeletedRecord, DeletedRecordFilter, DeletedRecordPage } from './recycle-bin.type.js';

@Resolver(() => DeletedRecord)
export class RecycleBinResolver {
  @Authorized('ADMIN')
  @Query(() => DeletedRecordPage, { description: 'Deleted records of your part of the tree (the recycle bin), newest deletion first.' })
  async deletedRecords(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => DeletedRecordFilter, { nullable: true }) filter?: DeletedRecordFilter,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<DeletedRecordPage> {
    const { items, total } = await listDeletedRecords(ctx, filter, page, perPage);
    return { items: items.map((r) => Object.assign(new DeletedRecord(), r)), total };
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, {
    description: 'Restores a deleted record (audited as RESTORE). CONFLICT when what it belongs to is deleted or its place is taken.',
  })
  async restoreRecord(@GqlCtx() ctx: Ctx, @Arg('recordType', () => String) recordType: string, @Arg('id', () => ID) id: string): Promise<boolean> {
    await restoreRecord(ctx, recordType, id);
    return true;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Null when unset or outside your part of the tree.' })
  async person(@GqlCtx() ctx: Ctx, @Root() r: DeletedRecord): Promise<Person | null> {
    return visiblePerson(ctx, r.personId);
  }
}
