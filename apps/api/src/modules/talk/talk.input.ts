import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordFilterBase } from '../common/record-kit.js';
import type { TalkKind } from './talk.entity.js';
import { TalkKindEnum } from './talk.type.js';

@InputType('TalkFilter')
export class TalkFilter extends RecordFilterBase {
  @Field(() => TalkKindEnum, { nullable: true })
  kind?: TalkKind | null;

  @Field(() => ID, { nullable: true, description: 'Talks with this person.' })
  counterpartId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only talks whose opinions were forwarded (true) or heard but not yet forwarded (false).' })
  forwarded?: boolean | null;
}

@InputType('CreateTalkInput')
export class CreateTalkInput {
  @Field(() => ID, { nullable: true, description: 'Who held the talk; a cadre may leave it out for their own.' })
  personId?: string | null;

  @Field(() => TalkKindEnum)
  kind!: TalkKind;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => ID, { nullable: true, description: 'The person talked with (required pairwise and for a branch head with a member).' })
  counterpartId?: string | null;

  @Field(() => String, { nullable: true, description: 'Others present, by name (required with the masses when no counterpart is given).' })
  participants?: string | null;

  @Field(() => String, { nullable: true })
  round?: string | null;

  @Field(() => String, { nullable: true })
  opinions?: string | null;

  @Field(() => ID, { nullable: true, description: 'The department the opinions were forwarded to.' })
  forwardedToId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Left out with forwardedToId: the day of the talk.' })
  forwardedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateTalkInput')
export class UpdateTalkInput {
  @Field(() => TalkKindEnum, { nullable: true })
  kind?: TalkKind | null;

  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => ID, { nullable: true })
  counterpartId?: string | null;

  @Field(() => String, { nullable: true })
  participants?: string | null;

  @Field(() => String, { nullable: true })
  round?: string | null;

  @Field(() => String, { nullable: true })
  opinions?: string | null;

  @Field(() => ID, { nullable: true })
  forwardedToId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  forwardedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
