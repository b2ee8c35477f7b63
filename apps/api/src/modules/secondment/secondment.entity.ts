import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';

export const SECONDMENT_ROLES = ['SECRETARY', 'DEPUTY_SECRETARY', 'OTHER'] as const;
export type SecondmentRole = (typeof SECONDMENT_ROLES)[number];

/**
 * A secondment (挂职锻炼, S3): a cadre posted from their unit and post to a grassroots unit and post, from
 * `occurredOn` (the posting date, where S3.ELIGIBLE is checked) to `endsOn`. A posting that fails S3.ELIGIBLE
 * is stored only with `eligibilityOverrideReason`, which the audit log keeps with the row.
 */
@Entity({ tableName: 'secondment' })
export class SecondmentEntity extends RecordEntity<
  'endsOn' | 'fromUnit' | 'fromPost' | 'role' | 'livesAtGrassroots' | 'leftOriginalPost' | 'outstandingGraduate' | 'eligibilityOverrideReason'
> {
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @ManyToOne(() => OrgUnitEntity, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  fromUnit: Ref<OrgUnitEntity> | null = null;

  @Property({ type: 'text', nullable: true })
  fromPost: string | null = null;

  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  toUnit!: Ref<OrgUnitEntity>;

  @Property({ type: 'text' })
  toPost!: string;

  @Enum({ items: () => [...SECONDMENT_ROLES], default: 'OTHER' })
  role: SecondmentRole = 'OTHER';

  /** 工作和吃住在基层 (S3.DURATION). */
  @Property({ type: 'boolean', default: true })
  livesAtGrassroots: boolean = true;

  /** 脱离原单位岗位 (S3.DURATION). */
  @Property({ type: 'boolean', default: true })
  leftOriginalPost: boolean = true;

  /** 优秀年轻大学生: eligible whatever the rank (S3.ELIGIBLE). */
  @Property({ type: 'boolean', default: false })
  outstandingGraduate: boolean = false;

  @Property({ type: 'text', nullable: true })
  eligibilityOverrideReason: string | null = null;
}

export const ASSESSMENT_KINDS = ['FEEDBACK', 'FINAL'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const ASSESSMENT_RESULTS = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];

/**
 * Supervision of a secondee (S3.ASSESS): a FEEDBACK between the sending and the host organisation, or the FINAL
 * assessment with its result. occurredOn is its date.
 */
@Entity({ tableName: 'secondment_assessment' })
export class SecondmentAssessmentEntity extends RecordEntity<'result' | 'comment'> {
  @ManyToOne(() => SecondmentEntity, { ref: true, deleteRule: 'restrict', index: true })
  secondment!: Ref<SecondmentEntity>;

  @Enum({ items: () => [...ASSESSMENT_KINDS] })
  kind!: AssessmentKind;

  @Enum({ items: () => [...ASSESSMENT_RESULTS], nullable: true })
  result: AssessmentResult | null = null;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;
}
