import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { PersonEntity } from '../person/person.entity.js';

/**
 * Where a case stands. The four forms and the record (四单一记录) move it along:
 * REGISTERED (登记单) → ACCEPTED | NOT_ACCEPTED (越级, redirected) | ROUTED_LEGAL (涉法涉诉) → ASSIGNED (交办单)
 * → SUPERVISED (督办单, repeatable) → CLOSED (办结单, with the reply). An objection to the assignment returns an
 * ASSIGNED case to ACCEPTED. Any open case may be WITHDRAWN; a finished one is ARCHIVED. Nothing is deleted.
 */
export const VISIT_CASE_STATES = ['REGISTERED', 'ACCEPTED', 'NOT_ACCEPTED', 'ROUTED_LEGAL', 'ASSIGNED', 'SUPERVISED', 'CLOSED', 'WITHDRAWN', 'ARCHIVED'] as const;
export type VisitCaseState = (typeof VISIT_CASE_STATES)[number];

/** 信访事项 categories: 建议意见, 检举控告, 申诉求决, 涉法涉诉. */
export const VISIT_CASE_CATEGORIES = ['SUGGESTION', 'MISCONDUCT_REPORT', 'CLAIM_COMPLAINT', 'LITIGATION'] as const;
export type VisitCaseCategory = (typeof VISIT_CASE_CATEGORIES)[number];

export const VISIT_CASE_DECISIONS = ['ACCEPTED', 'CROSS_LEVEL', 'LEGAL_CHANNEL'] as const;
export type VisitCaseDecision = (typeof VISIT_CASE_DECISIONS)[number];

export const SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'NOT_STATED'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export interface Visitor {
  name: string;
  phone: string | null;
}

export interface Supervision {
  date: string;
  /** Who issued the supervision form (督办人). */
  supervisor: string;
  instruction: string;
  progress: string | null;
}

export interface Objection {
  date: string;
  reason: string;
  handlingUnitId: string | null;
  responsiblePersonId: string | null;
}

/**
 * A petition visit case (来访事项): unit = the unit that registered it (the scope anchor), occurredOn = the day
 * of registration, person = the leader or cadre who received the visitors. Never hard-deleted: a trigger
 * refuses DELETE on the table (see the migration).
 */
@Entity({ tableName: 'visit_case' })
@Index({ properties: ['state'] })
export class VisitCaseEntity extends RecordEntity<
  | 'state' | 'idempotencyKey' | 'representatives' | 'receivedByLeader' | 'decision' | 'decidedOn' | 'acceptedOn' | 'redirectedTo'
  | 'decisionNote' | 'channel' | 'assignedOn' | 'handlingUnit' | 'responsiblePerson' | 'assignmentInstruction' | 'objections'
  | 'supervisions' | 'extensionDays' | 'extensionReason' | 'extendedOn' | 'conversationOn' | 'conversationRecord' | 'closedOn'
  | 'result' | 'reply' | 'handleDueOn' | 'repliedOn' | 'satisfaction' | 'withdrawnOn' | 'withdrawReason' | 'archivedOn'
> {
  @Enum({ items: () => [...VISIT_CASE_STATES], default: 'REGISTERED' })
  state: VisitCaseState = 'REGISTERED';

  /** The client's key for one submission: a retried create returns the case it made instead of a twin. */
  @Property({ type: 'text', nullable: true, unique: true })
  idempotencyKey: string | null = null;

  // ---- 登记单 (registration)
  @Property({ type: 'json' })
  visitors!: Visitor[];

  @Property({ type: 'integer' })
  visitorCount!: number;

  /** A collective visit's representatives (信访工作条例 Art. 20: at most five). */
  @Property({ type: 'json' })
  representatives: Visitor[] = [];

  @Property({ type: 'text' })
  matter!: string;

  @Enum({ items: () => [...VISIT_CASE_CATEGORIES] })
  category!: VisitCaseCategory;

  /** The receiver held a leadership-team post on the day (S4.COLLECTIVE). */
  @Property({ type: 'boolean', default: false })
  receivedByLeader: boolean = false;

  /** Registration + the acceptance deadline, fixed when the case is registered. */
  @Property({ type: 'date' })
  acceptDueOn!: string;

  /** Acceptance + the handling deadline (+ an extension), fixed on acceptance; null before. */
  @Property({ type: 'date', nullable: true, index: true })
  handleDueOn: string | null = null;

  // ---- acceptance decision
  @Enum({ items: () => [...VISIT_CASE_DECISIONS], nullable: true })
  decision: VisitCaseDecision | null = null;

  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  acceptedOn: string | null = null;

  /** S4.LEVEL: the level a cross-level petition was referred to. */
  @Property({ type: 'text', nullable: true })
  redirectedTo: string | null = null;

  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  /** S4.LEGAL: PETITION, or LEGAL for a litigation-related case routed to the courts. */
  @Property({ type: 'text', nullable: true })
  channel: 'PETITION' | 'LEGAL' | null = null;

  // ---- 交办单 (assignment)
  @Property({ type: 'date', nullable: true })
  assignedOn: string | null = null;

  @ManyToOne(() => OrgUnitEntity, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  handlingUnit: Ref<OrgUnitEntity> | null = null;

  @ManyToOne(() => PersonEntity, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  responsiblePerson: Ref<PersonEntity> | null = null;

  @Property({ type: 'text', nullable: true })
  assignmentInstruction: string | null = null;

  @Property({ type: 'json' })
  objections: Objection[] = [];

  // ---- 督办单 (supervision), one entry per form
  @Property({ type: 'json' })
  supervisions: Supervision[] = [];

  @Property({ type: 'integer', nullable: true })
  extensionDays: number | null = null;

  @Property({ type: 'text', nullable: true })
  extensionReason: string | null = null;

  @Property({ type: 'date', nullable: true })
  extendedOn: string | null = null;

  // ---- 接谈记录 (conversation record)
  @Property({ type: 'date', nullable: true })
  conversationOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  conversationRecord: string | null = null;

  // ---- 办结单 (closure)
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @Property({ type: 'date', nullable: true })
  repliedOn: string | null = null;

  @Enum({ items: () => [...SATISFACTIONS], nullable: true })
  satisfaction: Satisfaction | null = null;

  // ---- withdrawal and archive
  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  withdrawReason: string | null = null;

  @Property({ type: 'date', nullable: true })
  archivedOn: string | null = null;
}
