import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordBase, recordBase } from '../common/record-kit.js';
import { TALK_KINDS, type TalkEntity, type TalkKind } from './talk.entity.js';

const TITLES: Record<TalkKind, string> = {
  LIFE_MEETING: '民主生活会谈心 · round before a democratic life meeting',
  PAIRWISE: '班子成员两两谈心 · pairwise between team members',
  BRANCH: '支部负责人与党员谈心 · branch head with a member',
  MASSES: '与联系群众谈心 · with the masses',
  DAILY: '日常谈心 · everyday talk',
};
export const TalkKindEnum = Object.fromEntries(TALK_KINDS.map((k) => [k, k])) as { [K in TalkKind]: K };
registerEnumType(TalkKindEnum, {
  name: 'TalkKind',
  description: 'Kind of a heart-to-heart talk (S5).',
  valuesConfig: Object.fromEntries(TALK_KINDS.map((k) => [k, { description: TITLES[k] }])) as Record<TalkKind, { description: string }>,
});

@ObjectType('Talk', { description: 'A heart-to-heart talk (谈心谈话, S5). occurredOn is the day of the talk.' })
export class Talk extends RecordBase {
  @Field(() => TalkKindEnum)
  kind!: TalkKind;

  @Field(() => ID, { nullable: true })
  counterpartId!: string | null;

  @Field(() => String, { nullable: true, description: 'Others present, by name.' })
  participants!: string | null;

  @Field(() => String, { nullable: true, description: 'The round it belongs to; talks of one round count once.' })
  round!: string | null;

  @Field(() => String, { nullable: true, description: 'The opinions and suggestions heard.' })
  opinions!: string | null;

  @Field(() => ID, { nullable: true, description: 'The department the opinions were forwarded to.' })
  forwardedToId!: string | null;

  @Field(() => DateScalar, { nullable: true })
  forwardedOn!: string | null;
}

export function toTalk(e: TalkEntity): Talk {
  const t = recordBase(new Talk(), e);
  t.kind = e.kind;
  t.counterpartId = e.counterpart?.id ?? null;
  t.participants = e.participants;
  t.round = e.round;
  t.opinions = e.opinions;
  t.forwardedToId = e.forwardedTo?.id ?? null;
  t.forwardedOn = e.forwardedOn;
  return t;
}

@ObjectType('TalkPage')
export class TalkPage extends PageOf(Talk) {}
