import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { PageOf } from '../../graphql/pagination.js';
import { RuleViolation } from '../../graphql/rule-violation.js';
import { DateScalar } from '../../graphql/scalars.js';
import { maskPhone } from '../common/mask.js';
import { CLOCK_KINDS, CLOCK_STATUSES, type Clock, type ClockKind, type ClockStatus } from './visit-case.deadlines.js';
import {
  SATISFACTIONS,
  VISIT_CASE_CATEGORIES,
  VISIT_CASE_DECISIONS,
  VISIT_CASE_STATES,
  type Satisfaction,
  type VisitCaseCategory,
  type VisitCaseDecision,
  type VisitCaseEntity,
  type VisitCaseState,
  type Visitor,
} from './visit-case.entity.js';

function enumOf<K extends string>(values: readonly K[], name: string, description: string, zh: Record<K, string>): { [P in K]: P } {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as { [P in K]: P };
  registerEnumType(obj, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: zh[v] }])) as { [P in K]: { description: string } },
  });
  return obj;
}

export const VisitCaseStateEnum = enumOf(VISIT_CASE_STATES, 'VisitCaseState', 'Where a visit case stands (S4.FORMS).', {
  REGISTERED: '已登记', ACCEPTED: '已受理', NOT_ACCEPTED: '不予受理（越级，已引导）', ROUTED_LEGAL: '导入法律程序',
  ASSIGNED: '已交办', SUPERVISED: '督办中', CLOSED: '已办结', WITHDRAWN: '已撤回', ARCHIVED: '已归档',
});
export const VisitCaseCategoryEnum = enumOf(VISIT_CASE_CATEGORIES, 'VisitCaseCategory', 'Category of the matter.', {
  SUGGESTION: '建议意见', MISCONDUCT_REPORT: '检举控告', CLAIM_COMPLAINT: '申诉求决', LITIGATION: '涉法涉诉',
});
export const VisitCaseDecisionEnum = enumOf(VISIT_CASE_DECISIONS, 'VisitCaseDecision', 'The acceptance decision.', {
  ACCEPTED: '受理', CROSS_LEVEL: '越级，不予受理并引导到有权处理的层级（S4.LEVEL）', LEGAL_CHANNEL: '涉法涉诉，导入法律程序（S4.LEGAL）',
});
export const SatisfactionEnum = enumOf(SATISFACTIONS, 'Satisfaction', "The visitor's satisfaction with the reply.", {
  SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意', NOT_STATED: '未表态',
});
export const ClockKindEnum = enumOf(CLOCK_KINDS, 'VisitCaseClockKind', 'A deadline of the 2022 regulation.', {
  ACCEPT: '受理告知期限', HANDLE: '办理期限', OBJECTION: '交办异议期限（工作日）',
});
export const ClockStatusEnum = enumOf(CLOCK_STATUSES, 'VisitCaseClockStatus', 'How a deadline stands.', {
  RUNNING: '进行中', DUE_SOON: '即将到期', OVERDUE: '已超期', MET: '按期完成', LATE: '超期完成',
});

@ObjectType('MaskedVisitor', { description: 'A visitor as the API shows them: name and phone masked.' })
export class MaskedVisitor {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType('VisitCaseSupervision', { description: 'A supervision form (督办单).' })
export class VisitCaseSupervision {
  @Field(() => Int, { description: '1 for the first form.' })
  number!: number;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  supervisor!: string;

  @Field(() => String)
  instruction!: string;

  @Field(() => String, { nullable: true })
  progress!: string | null;
}

@ObjectType('VisitCaseObjection', { description: 'An objection to an assignment, which sent the case back for reassignment.' })
export class VisitCaseObjection {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('VisitCaseClock')
export class VisitCaseClock {
  @Field(() => ClockKindEnum)
  kind!: ClockKind;

  @Field(() => DateScalar)
  startedOn!: string;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  stoppedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days left until due (negative: overdue); null once stopped.' })
  daysLeft!: number | null;

  @Field(() => ClockStatusEnum)
  status!: ClockStatus;
}

@ObjectType('VisitCase', { description: 'A petition visit case with its four forms and the conversation record (四单一记录).' })
export class VisitCase {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The unit that registered it: the case is scoped by it.' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'Who received the visitors.' })
  receiverId!: string | null;

  @Field(() => DateScalar, { description: 'Day of registration (登记单).' })
  occurredOn!: string;

  @Field(() => VisitCaseStateEnum)
  state!: VisitCaseState;

  @Field(() => [MaskedVisitor])
  visitors!: MaskedVisitor[];

  @Field(() => Int)
  visitorCount!: number;

  @Field(() => Boolean, { description: 'A collective visit (S4.COLLECTIVE).' })
  collective!: boolean;

  @Field(() => [MaskedVisitor], { description: 'Representatives of a collective visit (at most five).' })
  representatives!: MaskedVisitor[];

  @Field(() => String)
  matter!: string;

  @Field(() => VisitCaseCategoryEnum)
  category!: VisitCaseCategory;

  @Field(() => Boolean)
  receivedByLeader!: boolean;

  @Field(() => VisitCaseDecisionEnum, { nullable: true })
  decision!: VisitCaseDecision | null;

  @Field(() => DateScalar, { nullable: true })
  decidedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  acceptedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'S4.LEVEL: the level a cross-level petition was referred to.' })
  redirectedTo!: string | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;

  @Field(() => String, { nullable: true, description: 'PETITION or LEGAL (S4.LEGAL).' })
  channel!: string | null;

  @Field(() => DateScalar, { nullable: true })
  assignedOn!: string | null;

  @Field(() => ID, { nullable: true })
  handlingUnitId!: string | null;

  @Field(() => ID, { nullable: true })
  responsiblePersonId!: string | null;

  @Field(() => String, { nullable: true })
  assignmentInstruction!: string | null;

  @Field(() => [VisitCaseObjection])
  objections!: VisitCaseObjection[];

  @Field(() => [VisitCaseSupervision])
  supervisions!: VisitCaseSupervision[];

  @Field(() => Int, { nullable: true })
  extensionDays!: number | null;

  @Field(() => String, { nullable: true })
  extensionReason!: string | null;

  @Field(() => DateScalar, { nullable: true })
  extendedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  conversationOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The conversation record (接谈记录).' })
  conversationRecord!: string | null;

  @Field(() => DateScalar, { nullable: true })
  closedOn!: string | null;

  @Field(() => String, { nullable: true })
  result!: string | null;

  @Field(() => String, { nullable: true, description: 'The reply given to the visitor (办结必复).' })
  reply!: string | null;

  @Field(() => DateScalar, { nullable: true })
  repliedOn!: string | null;

  @Field(() => SatisfactionEnum, { nullable: true })
  satisfaction!: Satisfaction | null;

  @Field(() => DateScalar, { nullable: true })
  withdrawnOn!: string | null;

  @Field(() => String, { nullable: true })
  withdrawReason!: string | null;

  @Field(() => DateScalar, { nullable: true })
  archivedOn!: string | null;

  @Field(() => DateScalar)
  acceptDueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  handleDueOn!: string | null;

  @Field(() => [VisitCaseClock], { description: 'Each deadline of the 2022 regulation and how it stands.' })
  clocks!: VisitCaseClock[];

  @Field(() => [RuleViolation], { description: 'Deadline warnings (S4.SLA.*).' })
  warnings!: RuleViolation[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

/** 王德福 → 王**: enough for staff to tell visitors apart on screen, not to identify them. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

const masked = (v: Visitor): MaskedVisitor => Object.assign(new MaskedVisitor(), { name: maskName(v.name), phone: maskPhone(v.phone) });

export function toVisitCase(e: VisitCaseEntity, collectiveFrom: number, clocks: Clock[], warnings: RuleViolation[]): VisitCase {
  return Object.assign(new VisitCase(), {
    id: e.id,
    unitId: e.unit.id,
    receiverId: e.person?.id ?? null,
    occurredOn: e.occurredOn,
    state: e.state,
    visitors: e.visitors.map(masked),
    visitorCount: e.visitorCount,
    collective: e.visitorCount >= collectiveFrom,
    representatives: e.representatives.map(masked),
    matter: e.matter,
    category: e.category,
    receivedByLeader: e.receivedByLeader,
    decision: e.decision,
    decidedOn: e.decidedOn,
    acceptedOn: e.acceptedOn,
    redirectedTo: e.redirectedTo,
    decisionNote: e.decisionNote,
    channel: e.channel,
    assignedOn: e.assignedOn,
    handlingUnitId: e.handlingUnit?.id ?? null,
    responsiblePersonId: e.responsiblePerson?.id ?? null,
    assignmentInstruction: e.assignmentInstruction,
    objections: e.objections.map((o) => Object.assign(new VisitCaseObjection(), { date: o.date, reason: o.reason })),
    supervisions: e.supervisions.map((s, i) => Object.assign(new VisitCaseSupervision(), { number: i + 1, ...s })),
    extensionDays: e.extensionDays,
    extensionReason: e.extensionReason,
    extendedOn: e.extendedOn,
    conversationOn: e.conversationOn,
    conversationRecord: e.conversationRecord,
    closedOn: e.closedOn,
    result: e.result,
    reply: e.reply,
    repliedOn: e.repliedOn,
    satisfaction: e.satisfaction,
    withdrawnOn: e.withdrawnOn,
    withdrawReason: e.withdrawReason,
    archivedOn: e.archivedOn,
    acceptDueOn: e.acceptDueOn,
    handleDueOn: e.handleDueOn,
    clocks: clocks.map((c) => Object.assign(new VisitCaseClock(), c)),
    warnings,
    note: e.note,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  });
}

@ObjectType('VisitCasePage')
export class VisitCasePage extends PageOf(VisitCase) {}

@ObjectType('VisitCaseDeadlines', { description: 'The deadlines in force (信访工作条例 2022 by default).' })
export class VisitCaseDeadlines {
  @Field(() => Int)
  acceptWithinDays!: number;

  @Field(() => Int)
  handleWithinDays!: number;

  @Field(() => Int)
  maxExtensionDays!: number;

  @Field(() => Int, { description: 'Working days to object to an assignment.' })
  objectionWorkingDays!: number;

  @Field(() => Int, { description: 'A clock with this many days or fewer left is due soon.' })
  dueSoonDays!: number;
}
