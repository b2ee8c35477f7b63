import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import { RecordBase, recordBase } from '../common/record-kit.js';
import {
  ASSESSMENT_KINDS,
  ASSESSMENT_RESULTS,
  SECONDMENT_ROLES,
  type AssessmentKind,
  type AssessmentResult,
  type SecondmentAssessmentEntity,
  type SecondmentEntity,
  type SecondmentRole,
} from './secondment.entity.js';

function enumOf<K extends string>(values: readonly K[], name: string, description: string, titles: Record<K, string>) {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as { [P in K]: P };
  registerEnumType(obj, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: titles[v] }])) as { [P in K]: { description: string } },
  });
  return obj;
}

export const SecondmentRoleEnum = enumOf(SECONDMENT_ROLES, 'SecondmentRole', 'The post held at the grassroots (S3.ELIGIBLE applies to secretaries and deputies).', {
  SECRETARY: '党组织书记 · Party secretary',
  DEPUTY_SECRETARY: '党组织副书记 · deputy Party secretary',
  OTHER: '其他职务 · other post',
});
export const AssessmentKindEnum = enumOf(ASSESSMENT_KINDS, 'AssessmentKind', 'Feedback during a secondment, or its final assessment (S3.ASSESS).', {
  FEEDBACK: '沟通反馈 · feedback',
  FINAL: '考核 · final assessment',
});
export const AssessmentResultEnum = enumOf(ASSESSMENT_RESULTS, 'AssessmentResult', 'Result of an assessment.', {
  EXCELLENT: '优秀 · excellent',
  COMPETENT: '称职 · competent',
  BASICALLY_COMPETENT: '基本称职 · basically competent',
  INCOMPETENT: '不称职 · incompetent',
});

@ObjectType('Secondment', { description: 'A secondment to the grassroots (挂职锻炼, S3). occurredOn is the posting date.' })
export class Secondment extends RecordBase {
  @Field(() => DateScalar, { nullable: true })
  endsOn!: string | null;

  @Field(() => ID, { nullable: true })
  fromUnitId!: string | null;

  @Field(() => String, { nullable: true })
  fromPost!: string | null;

  @Field(() => ID)
  toUnitId!: string;

  @Field(() => String)
  toPost!: string;

  @Field(() => SecondmentRoleEnum)
  role!: SecondmentRole;

  @Field(() => Boolean, { description: 'Works and lives at the grassroots (S3.DURATION).' })
  livesAtGrassroots!: boolean;

  @Field(() => Boolean, { description: 'Left the original post (S3.DURATION).' })
  leftOriginalPost!: boolean;

  @Field(() => Boolean, { description: 'An outstanding young graduate (优秀年轻大学生, S3.ELIGIBLE).' })
  outstandingGraduate!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the posting went ahead although S3.ELIGIBLE failed.' })
  eligibilityOverrideReason!: string | null;
}

export function toSecondment(e: SecondmentEntity): Secondment {
  const s = recordBase(new Secondment(), e);
  s.endsOn = e.endsOn;
  s.fromUnitId = e.fromUnit?.id ?? null;
  s.fromPost = e.fromPost;
  s.toUnitId = e.toUnit.id;
  s.toPost = e.toPost;
  s.role = e.role;
  s.livesAtGrassroots = e.livesAtGrassroots;
  s.leftOriginalPost = e.leftOriginalPost;
  s.outstandingGraduate = e.outstandingGraduate;
  s.eligibilityOverrideReason = e.eligibilityOverrideReason;
  return s;
}

@ObjectType('SecondmentPage')
export class SecondmentPage extends PageOf(Secondment) {}

@ObjectType('SecondmentAssessment', { description: 'Feedback on, or the final assessment of, a secondment (S3.ASSESS). occurredOn is its date.' })
export class SecondmentAssessment extends RecordBase {
  @Field(() => ID)
  secondmentId!: string;

  @Field(() => AssessmentKindEnum)
  kind!: AssessmentKind;

  @Field(() => AssessmentResultEnum, { nullable: true, description: 'Required for a FINAL assessment.' })
  result!: AssessmentResult | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

export function toSecondmentAssessment(e: SecondmentAssessmentEntity): SecondmentAssessment {
  const a = recordBase(new SecondmentAssessment(), e);
  a.secondmentId = e.secondment.id;
  a.kind = e.kind;
  a.result = e.result;
  a.comment = e.comment;
  return a;
}

@ObjectType('SecondmentAssessmentPage')
export class SecondmentAssessmentPage extends PageOf(SecondmentAssessment) {}
