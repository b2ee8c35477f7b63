import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType('DeletedRecord', { description: 'A record withdrawn by deleteX: hidden everywhere, kept as evidence, restorable by an ADMIN.' })
export class DeletedRecord {
  @Field(() => String, { description: 'The GraphQL type of the record, e.g. ResearchTrip; pass it to restoreRecord.' })
  recordType!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its title or first words (at most 120 characters).' })
  summary!: string | null;

  @Field(() => ID, { nullable: true })
  personId!: string | null;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => DateTimeResolver)
  deletedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who deleted it, from the audit log.' })
  deletedBy!: string | null;
}

@ObjectType('DeletedRecordPage')
export class DeletedRecordPage extends PageOf(DeletedRecord) {}

@InputType('DeletedRecordFilter')
export class DeletedRecordFilter {
  @Field(() => String, { nullable: true, description: 'One record type (e.g. ResearchTrip, Opinion).' })
  recordType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Records owned by this unit or a unit under it.' })
  unitId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dated on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dated on or before this day.' })
  to?: string | null;
}
