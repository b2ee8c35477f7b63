import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { PageOf } from '../../graphql/pagination.js';
import type { AuditLogEntity } from './audit-log.entity.js';

@ObjectType('AuditLog', { description: 'One recorded change (or personal-data read), append-only.' })
export class AuditLog {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeResolver)
  at!: Date;

  @Field(() => String, { description: '`user:<id>`, `token:<id>` or `system`.' })
  actor!: string;

  @Field(() => String)
  actorName!: string;

  @Field(() => String, { description: 'OrgUnit, Household, Person, Position, DeputyTerm, User, ApiToken.' })
  entity!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { description: 'CREATE, UPDATE, DELETE, RESTORE or READ_PERSONAL_DATA.' })
  action!: string;

  @Field(() => JSONObjectResolver, { description: '`{ field: [before, after] }` for each changed field.' })
  changes!: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

export function toAuditLog(e: AuditLogEntity): AuditLog {
  return Object.assign(new AuditLog(), {
    id: e.id,
    at: e.at,
    actor: e.actor,
    actorName: e.actorName,
    entity: e.entity,
    entityId: e.entityId,
    action: e.action,
    changes: e.changes,
    requestId: e.requestId,
  });
}

@ObjectType('AuditLogPage')
export class AuditLogPage extends PageOf(AuditLog) {}

@InputType('AuditLogFilter')
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  entity?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => String, { nullable: true })
  actor?: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  to?: Date | null;
}
