import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitRecordFilter } from '../opinion/opinion.input.js';
import { RegistrationReasonEnum, type RegistrationReason } from './community-service.enums.js';

@InputType('CommunityRegistrationFilter')
export class CommunityRegistrationFilter extends UnitRecordFilter {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => [RegistrationReasonEnum], { nullable: true })
  reasons?: RegistrationReason[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Registrations in force on this day.' })
  activeOn?: string | null;
}

@InputType('CreateCommunityRegistrationInput')
export class CreateCommunityRegistrationInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { description: 'A community or residential quarter.' })
  communityId!: string;

  @Field(() => RegistrationReasonEnum)
  reason!: RegistrationReason;

  @Field(() => DateScalar, { nullable: true, description: 'NEW_MEMBER / TRANSFER_IN: the day they joined or transferred in; due = this + 30 days (configurable).' })
  joinedOn?: string | null;

  @Field(() => DateScalar)
  registeredOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateCommunityRegistrationInput')
export class UpdateCommunityRegistrationInput {
  @Field(() => DateScalar, { nullable: true, description: 'Set when the member moves away; null reopens it.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('CommunityServiceProjectFilter')
export class CommunityServiceProjectFilter extends UnitRecordFilter {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  activeOn?: string | null;
}

@InputType('CreateCommunityServiceProjectInput')
export class CreateCommunityServiceProjectInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  communityId!: string;

  @Field(() => String)
  projectName!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar)
  claimedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateCommunityServiceProjectInput')
export class UpdateCommunityServiceProjectInput {
  @Field(() => String, { nullable: true })
  projectName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('ServicePairingFilter')
export class ServicePairingFilter extends UnitRecordFilter {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  activeOn?: string | null;
}

@InputType('CreateServicePairingInput')
export class CreateServicePairingInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => String)
  station!: string;

  @Field(() => ID, { description: 'A needy household.' })
  householdId!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateServicePairingInput')
export class UpdateServicePairingInput {
  @Field(() => String, { nullable: true })
  station?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
