import { ArrayType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';

/**
 * A research trip (基层调研) of S1: days at the grassroots, half days allowed, and the units and households
 * visited, which feed the 走遍 coverage (S1.WALK.*). A stationed stay (蹲点调研, S1.STATIONED) is a trip with
 * `stationed` set: both count toward the research days (ADR 0002).
 */
@Entity({ tableName: 'research_trip' })
// The few live trips S1.CONDUCT may fail (check-suspects.ts reads exactly these): a roll-up finds them without
// reading the bureau's millions of trips.
@Index({
  name: 'research_trip_conduct_suspects',
  properties: ['unit', 'occurredOn'],
  expression:
    'create index "research_trip_conduct_suspects" on "research_trip" ("unit_id", "occurred_on") where "deleted_at" is null and not "stationed" and not coalesce("travel_light" and "no_reception" and "no_disturbance", false)',
})
export class ResearchTripEntity extends RecordEntity<
  'endsOn' | 'stationed' | 'unitsVisited' | 'householdsVisited' | 'purpose' | 'findings' | 'travelLight' | 'noReception' | 'noDisturbance'
> {
  /** Last day (inclusive); null for a one-day trip. */
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Property({ type: 'decimal', precision: 4, scale: 1, runtimeType: 'number' })
  days!: number;

  @Property({ type: 'boolean', default: false })
  stationed: boolean = false;

  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  unitsVisited: string[] = [];

  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  householdsVisited: string[] = [];

  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;

  @Property({ type: 'text', nullable: true })
  findings: string | null = null;

  /** The conduct checklist of S1.CONDUCT: 轻车简从, 不迎来送往, 不影响基层正常工作. */
  @Property({ type: 'boolean', default: false })
  travelLight: boolean = false;

  @Property({ type: 'boolean', default: false })
  noReception: boolean = false;

  @Property({ type: 'boolean', default: false })
  noDisturbance: boolean = false;
}

/**
 * A research topic (调研课题). `major`: one of the bureau Party committee's annual topics (S1.TOPICS), owned by
 * the bureau and without a person; otherwise a leadership member's own topic (S1.TOPIC_PER_LEADER). Proposed
 * on `occurredOn`, approved on `approvedOn`.
 */
@Entity({ tableName: 'research_topic' })
export class ResearchTopicEntity extends RecordEntity<'major' | 'approvedOn' | 'teamIds' | 'plan'> {
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'boolean', default: false })
  major: boolean = false;

  @Property({ type: 'date', nullable: true })
  approvedOn: string | null = null;

  /** The research team (调研组): people. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  teamIds: string[] = [];

  /** The research plan (调研方案). */
  @Property({ type: 'text', nullable: true })
  plan: string | null = null;
}

export const REPORT_RECIPIENTS = ['BUREAU_COMMITTEE', 'OWN_ORGANISATION'] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

/** A research report (调研报告, S1.REPORT), and where it went (S1.REPORT.TO_BUREAU). */
@Entity({ tableName: 'research_report' })
export class ResearchReportEntity extends RecordEntity<'topic' | 'submittedTo' | 'written' | 'fileRef' | 'summary'> {
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => ResearchTopicEntity, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  topic: Ref<ResearchTopicEntity> | null = null;

  /** Null: not submitted yet. */
  @Enum({ items: () => [...REPORT_RECIPIENTS], nullable: true })
  submittedTo: ReportRecipient | null = null;

  /** 书面汇报: submitted in writing. */
  @Property({ type: 'boolean', default: true })
  written: boolean = true;

  /** Where the document is kept (a file name or archive number). */
  @Property({ type: 'text', nullable: true })
  fileRef: string | null = null;

  @Property({ type: 'text', nullable: true })
  summary: string | null = null;
}
