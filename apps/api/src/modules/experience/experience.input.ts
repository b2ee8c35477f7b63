import { Field, InputType, ID, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordFilterBase } from '../common/record-kit.js';
import type { ExperienceKind } from './experience.entity.js';
import { ExperienceKindEnum } from './experience.type.js';

@InputType('ExperienceFilter')
export class ExperienceFilter extends RecordFilterBase {
  @Field(() => ExperienceKindEnum, { nullable: true })
  kind?: ExperienceKind | null;

  @Field(() => String, { nullable: true, description: 'Place or diary contains this text.' })
  q?: string | null;
}

@InputType('CreateExperienceInput')
export class CreateExperienceInput {
  @Field(() => ID, { nullable: true, description: 'Whose experience; a cadre may leave it out for their own.' })
  personId?: string | null;

  @Field(() => ExperienceKindEnum)
  kind!: ExperienceKind;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => String)
  place!: string;

  @Field(() => String, { description: "The people's-condition diary entry (民情日记): required (S10.DIARY)." })
  diary!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateExperienceInput')
export class UpdateExperienceInput {
  @Field(() => ExperienceKindEnum, { nullable: true })
  kind?: ExperienceKind | null;

  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  diary?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
