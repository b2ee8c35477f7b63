import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import type { Satisfaction, VisitCaseCategory, VisitCaseDecision, VisitCaseState } from './visit-case.entity.js';
import { ClockStatusEnum, SatisfactionEnum, VisitCaseCategoryEnum, VisitCaseDecisionEnum, VisitCaseStateEnum } from './visit-case.type.js';
import type { ClockStatus } from './visit-case.deadlines.js';

@InputType('VisitCaseFilter')
export class VisitCaseFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => [VisitCaseStateEnum], { nullable: true, description: 'Cases in any of these states.' })
  states?: VisitCaseState[] | null;

  @Field(() => VisitCaseCategoryEnum, { nullable: true })
  category?: VisitCaseCategory | null;

  @Field(() => ID, { nullable: true, description: 'Registered by this unit or a unit under it.' })
  underId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assigned to this unit.' })
  handlingUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Registered on or after.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Registered on or before.' })
  to?: string | null;

  @Field(() => ClockStatusEnum, { nullable: true, description: 'OVERDUE or DUE_SOON: open cases whose running clock is so.' })
  clock?: ClockStatus | null;

  @Field(() => String, { nullable: true, description: 'The matter contains this text.' })
  q?: string | null;
}

@InputType('VisitorInput')
export class VisitorInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType('CreateVisitCaseInput', { description: 'The registration form (登记单).' })
export class CreateVisitCaseInput {
  @Field(() => String, { nullable: true, description: 'A key the client makes once per submission: a retry returns the same case.' })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The unit registering the case.' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'Who received the visitors (a leadership member for a collective visit).' })
  receiverId?: string | null;

  @Field(() => DateScalar)
  registeredOn!: string;

  @Field(() => [VisitorInput])
  visitors!: VisitorInput[];

  @Field(() => Int, { nullable: true, description: 'How many came; defaults to the visitors listed.' })
  visitorCount?: number | null;

  @Field(() => [VisitorInput], { nullable: true, description: 'For a collective visit: its representatives, at most five.' })
  representatives?: VisitorInput[] | null;

  @Field(() => String)
  matter!: string;

  @Field(() => VisitCaseCategoryEnum)
  category!: VisitCaseCategory;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateVisitCaseRegistrationInput', { description: 'Corrections to the registration form while the case is only registered.' })
export class UpdateVisitCaseRegistrationInput {
  @Field(() => String, { nullable: true })
  matter?: string | null;

  @Field(() => VisitCaseCategoryEnum, { nullable: true })
  category?: VisitCaseCategory | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('DecideVisitCaseInput')
export class DecideVisitCaseInput {
  @Field(() => VisitCaseDecisionEnum)
  decision!: VisitCaseDecision;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => String, { nullable: true, description: 'For CROSS_LEVEL: the level the visitor is referred to.' })
  redirectedTo?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('AssignVisitCaseInput', { description: 'The assignment form (交办单).' })
export class AssignVisitCaseInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => ID, { nullable: true })
  handlingUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  responsiblePersonId?: string | null;

  @Field(() => String, { nullable: true })
  instruction?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('ObjectToVisitCaseAssignmentInput')
export class ObjectToVisitCaseAssignmentInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('SuperviseVisitCaseInput', { description: 'A supervision form (督办单).' })
export class SuperviseVisitCaseInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  supervisor!: string;

  @Field(() => String)
  instruction!: string;

  @Field(() => String, { nullable: true })
  progress?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('ExtendVisitCaseInput')
export class ExtendVisitCaseInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int)
  days!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('RecordVisitCaseConversationInput', { description: 'The conversation record (接谈记录).' })
export class RecordVisitCaseConversationInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  record!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('CloseVisitCaseInput', { description: 'The closure form (办结单).' })
export class CloseVisitCaseInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  result!: string;

  @Field(() => String, { nullable: true, description: 'The reply given to the visitor; a case cannot close without one.' })
  reply?: string | null;

  @Field(() => DateScalar, { nullable: true })
  repliedOn?: string | null;

  @Field(() => SatisfactionEnum, { nullable: true })
  satisfaction?: Satisfaction | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('WithdrawVisitCaseInput')
export class WithdrawVisitCaseInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('ArchiveVisitCaseInput')
export class ArchiveVisitCaseInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('SetVisitCaseDeadlinesInput')
export class SetVisitCaseDeadlinesInput {
  @Field(() => Int)
  acceptWithinDays!: number;

  @Field(() => Int)
  handleWithinDays!: number;

  @Field(() => Int)
  maxExtensionDays!: number;

  @Field(() => Int)
  objectionWorkingDays!: number;

  @Field(() => Int)
  dueSoonDays!: number;
}

export type { Satisfaction };
