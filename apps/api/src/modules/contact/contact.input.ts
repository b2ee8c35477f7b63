import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordFilterBase } from '../common/record-kit.js';
import type { ContactCategory, ContactLevelValue } from './contact.entity.js';
import { ContactCategoryEnum, ContactLevelEnum } from './contact.type.js';

@InputType('ContactLinkFilter')
export class ContactLinkFilter extends RecordFilterBase {
  @Field(() => ContactCategoryEnum, { nullable: true })
  category?: ContactCategory | null;

  @Field(() => ContactLevelEnum, { nullable: true })
  level?: ContactLevelValue | null;

  @Field(() => ID, { nullable: true, description: 'Links to this unit or household.' })
  targetId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Links active on this day.' })
  activeOn?: string | null;
}

@InputType('CreateContactLinkInput')
export class CreateContactLinkInput {
  @Field(() => ID, { nullable: true, description: 'The cadre; a cadre may leave it out for their own.' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit linked (give this or targetHouseholdId).' })
  targetUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The household linked (give this or targetUnitId).' })
  targetHouseholdId?: string | null;

  @Field(() => ContactCategoryEnum, { nullable: true, description: "Left out: from the target (its kind; a worker family for a household flagged so)." })
  category?: ContactCategory | null;

  @Field(() => ContactLevelEnum, { nullable: true, description: "Left out: from the cadre's posts on the first day." })
  level?: ContactLevelValue | null;

  @Field(() => DateScalar, { description: 'First day.' })
  occurredOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  endReason?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateContactLinkInput')
export class UpdateContactLinkInput {
  @Field(() => ContactCategoryEnum, { nullable: true })
  category?: ContactCategory | null;

  @Field(() => ContactLevelEnum, { nullable: true })
  level?: ContactLevelValue | null;

  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ends the link (send null to reopen it).' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  endReason?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('ContactVisitFilter')
export class ContactVisitFilter extends RecordFilterBase {
  @Field(() => ID, { nullable: true })
  linkId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only visits that count (true) or only those under the minimum days (false).' })
  counts?: boolean | null;
}

@InputType('CreateContactVisitInput')
export class CreateContactVisitInput {
  @Field(() => ID, { description: 'The contact link visited; the visit is its cadre\'s.' })
  linkId!: string;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => Float, { description: 'Days spent, in half days; under one day is kept but does not count (S2.VISITS).' })
  days!: number;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateContactVisitInput')
export class UpdateContactVisitInput {
  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => Float, { nullable: true })
  days?: number | null;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('FamilyVisitFilter')
export class FamilyVisitFilter extends RecordFilterBase {
  @Field(() => ID, { nullable: true })
  householdId?: string | null;
}

@InputType('CreateFamilyVisitInput')
export class CreateFamilyVisitInput {
  @Field(() => ID, { nullable: true, description: 'The visiting cadre; a cadre may leave it out for their own.' })
  personId?: string | null;

  @Field(() => ID)
  householdId!: string;

  @Field(() => ID, { nullable: true, description: "Left out: the cadre's link to the household on that day, if any." })
  linkId?: string | null;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateFamilyVisitInput')
export class UpdateFamilyVisitInput {
  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('BranchPairingFilter')
export class BranchPairingFilter extends RecordFilterBase {
  @Field(() => ID, { nullable: true })
  branchId?: string | null;
}

@InputType('CreateBranchPairingInput')
export class CreateBranchPairingInput {
  @Field(() => ID, { nullable: true, description: 'The Party secretary; a cadre may leave it out for their own.' })
  personId?: string | null;

  @Field(() => ID, { description: 'A grassroots Party branch (PARTY_BRANCH).' })
  branchId!: string;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  goal?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateBranchPairingInput')
export class UpdateBranchPairingInput {
  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  goal?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
