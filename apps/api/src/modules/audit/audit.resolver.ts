import { Arg, Authorized, Ctx as GqlCtx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { SortInput } from '../../graphql/pagination.js';
import { getHousehold } from '../household/household.service.js';
import { getPerson } from '../person/person.service.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { listAuditLogs, recordPersonalDataRead } from './audit.service.js';
import { AuditLogFilter, AuditLogPage, toAuditLog } from './audit.type.js';

@ObjectType('PersonalData', { description: 'Unmasked personal data; every read is written to the audit log.' })
export class PersonalData {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  idNumber!: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditLogPage, { description: 'The change history of your part of the tree, newest first.' })
  async auditLogs(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('sort', () => SortInput, { nullable: true }) sort?: SortInput,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<AuditLogPage> {
    const { items, total } = await listAuditLogs(ctx, filter, sort, page, perPage);
    return { items: items.map(toAuditLog), total };
  }

  @Authorized('ADMIN')
  @Query(() => PersonalData, { description: 'A person\'s full phone and ID number (ADMIN; logged).' })
  async personPersonalData(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PersonalData> {
    const p = await getPerson(ctx, id);
    const unit = await ctx.em.findOneOrFail(OrgUnitEntity, p.unit.id);
    await recordPersonalDataRead(ctx, 'Person', p.id, unit.path, ['phone', 'idNumber']);
    return { id: p.id, phone: p.phone, idNumber: p.idNumber };
  }

  @Authorized('ADMIN')
  @Query(() => PersonalData, { description: 'A household\'s full phone (ADMIN; logged).' })
  async householdPersonalData(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PersonalData> {
    const h = await getHousehold(ctx, id);
    const unit = await ctx.em.findOneOrFail(OrgUnitEntity, h.unit.id);
    await recordPersonalDataRead(ctx, 'Household', h.id, unit.path, ['phone']);
    return { id: h.id, phone: h.phone, idNumber: null };
  }
}
