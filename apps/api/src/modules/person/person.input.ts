import { Field, ID, InputType, Int } from 'type-graphql';
import type { EducationLevel, Gender, Rank } from '@lianxi/rules';
import { EducationLevelEnum, GenderEnum, RankEnum } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';

@InputType('PersonFilter')
export class PersonFilter {
  @Field(() => ID, { nullable: true, description: 'People belonging to this unit.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'People belonging to this unit or any unit below it.' })
  underId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text.' })
  q?: string | null;

  @Field(() => Boolean, { nullable: true })
  partyMember?: boolean | null;

  @Field(() => [RankEnum], { nullable: true })
  ranks?: Rank[] | null;

  @Field(() => Boolean, { nullable: true })
  reserveCadre?: boolean | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

@InputType('PositionInput', { description: 'A post, given with a new person or added later.' })
export class PositionInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean, { nullable: true })
  leadershipTeam?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  principal?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  partySecretary?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  branchHead?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  deptHead?: boolean | null;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

@InputType('CreatePositionInput')
export class CreatePositionInput extends PositionInput {
  @Field(() => ID)
  personId!: string;
}

@InputType('UpdatePositionInput')
export class UpdatePositionInput {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Boolean, { nullable: true })
  leadershipTeam?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  principal?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  partySecretary?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  branchHead?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  deptHead?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Set to end the post; null reopens it.' })
  to?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('CreatePersonInput')
export class CreatePersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => GenderEnum)
  gender!: Gender;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => EducationLevelEnum, { nullable: true })
  education?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true })
  partyMember?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  partyJoinedOn?: string | null;

  @Field(() => RankEnum, { nullable: true })
  rank?: Rank | null;

  @Field(() => Boolean, { nullable: true })
  reserveCadre?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  grassrootsExperience?: boolean | null;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { nullable: true })
  homeCommunityId?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  idNumber?: string | null;

  @Field(() => [PositionInput], { nullable: true })
  positions?: PositionInput[] | null;
}

@InputType('UpdatePersonInput')
export class UpdatePersonInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: Gender | null;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => EducationLevelEnum, { nullable: true })
  education?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true })
  partyMember?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  partyJoinedOn?: string | null;

  @Field(() => RankEnum, { nullable: true })
  rank?: Rank | null;

  @Field(() => Boolean, { nullable: true })
  reserveCadre?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  grassrootsExperience?: boolean | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  homeCommunityId?: string | null;

  @Field(() => String, { nullable: true, description: 'A new full number; the masked value read back is never written.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'A new full ID number; the masked value read back is never written.' })
  idNumber?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
