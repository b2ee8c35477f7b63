import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { RecordBase, recordBase } from '../common/record-kit.js';
import { EXPERIENCE_KINDS, type ExperienceEntity, type ExperienceKind } from './experience.entity.js';

const TITLES: Record<ExperienceKind, string> = {
  BUS_OR_TAXI: '乘公交或出租车 · by bus or taxi',
  MARKET: '逛市场 · at the market',
  HOSPITAL: '到医院看病 · at the hospital',
  SERVICE_WINDOW: '到窗口办事 · at a service window',
  FARMER_DAY: '当一天农民 · a day as a farmer',
  WORKER_DAY: '当一天工人 · a day as a worker',
  OTHER: '其他 · other',
};
export const ExperienceKindEnum = Object.fromEntries(EXPERIENCE_KINDS.map((k) => [k, k])) as { [K in ExperienceKind]: K };
registerEnumType(ExperienceKindEnum, {
  name: 'ExperienceKind',
  description: 'How the ordinary life of the people was experienced (S10).',
  valuesConfig: Object.fromEntries(EXPERIENCE_KINDS.map((k) => [k, { description: TITLES[k] }])) as Record<ExperienceKind, { description: string }>,
});

@ObjectType('Experience', { description: 'Experiencing ordinary life (体验群众生活, S10). occurredOn is the day.' })
export class Experience extends RecordBase {
  @Field(() => ExperienceKindEnum)
  kind!: ExperienceKind;

  @Field(() => String)
  place!: string;

  @Field(() => String, { description: "The people's-condition diary entry (民情日记, S10.DIARY)." })
  diary!: string;
}

export function toExperience(e: ExperienceEntity): Experience {
  const x = recordBase(new Experience(), e);
  x.kind = e.kind;
  x.place = e.place;
  x.diary = e.diary;
  return x;
}

@ObjectType('ExperiencePage')
export class ExperiencePage extends PageOf(Experience) {}
