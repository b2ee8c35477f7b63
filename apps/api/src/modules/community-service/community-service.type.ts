import { Field, ID, ObjectType } from 'type-graphql';
import type { Violation } from '@lianxi/rules';
import type { Ctx } from '../../graphql/context.js';
import { PageOf } from '../../graphql/pagination.js';
import { RuleViolation, toRuleViolations } from '../../graphql/rule-violation.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitRecordBase, unitRecordBase } from '../common/record-kit.js';
import type { CommunityRegistrationEntity, CommunityServiceProjectEntity, ServicePairingEntity } from './community-service.entity.js';
import { RegistrationReasonEnum, type RegistrationReason } from './community-service.enums.js';

@ObjectType('CommunityRegistration', { description: 'A member\'s registration with the residential community (进社区报到, S9.REGISTER).' })
export class CommunityRegistration extends UnitRecordBase {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  communityId!: string;

  @Field(() => RegistrationReasonEnum)
  reason!: RegistrationReason;

  @Field(() => DateScalar, { nullable: true })
  joinedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'For a new or transferred member: joinedOn + the days allowed.' })
  dueOn!: string | null;

  @Field(() => DateScalar)
  registeredOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn!: string | null;

  @Field(() => [RuleViolation], { description: 'S9.REGISTER.LATE when registered after the due date.' })
  warnings!: RuleViolation[];
}

export function toCommunityRegistration(ctx: Ctx, e: CommunityRegistrationEntity, findings: readonly Violation[]): CommunityRegistration {
  const r = unitRecordBase(new CommunityRegistration(), e);
  r.personId = e.person?.id ?? '';
  r.communityId = e.community.id;
  r.reason = e.reason;
  r.joinedOn = e.joinedOn;
  r.dueOn = e.dueOn;
  r.registeredOn = e.occurredOn;
  r.endsOn = e.endsOn;
  r.warnings = toRuleViolations(ctx.locale, findings);
  return r;
}

@ObjectType('CommunityRegistrationPage')
export class CommunityRegistrationPage extends PageOf(CommunityRegistration) {}

@ObjectType('CommunityServiceProject', { description: 'A community service project a member claimed (认领社区服务项目, S9.PROJECTS).' })
export class CommunityServiceProject extends UnitRecordBase {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  communityId!: string;

  @Field(() => String)
  projectName!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateScalar)
  claimedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn!: string | null;

  @Field(() => [RuleViolation], { description: 'S9.PROJECTS.TOO_MANY when the member runs more than two projects that year.' })
  warnings!: RuleViolation[];
}

export function toCommunityServiceProject(ctx: Ctx, e: CommunityServiceProjectEntity, findings: readonly Violation[]): CommunityServiceProject {
  const p = unitRecordBase(new CommunityServiceProject(), e);
  p.personId = e.person?.id ?? '';
  p.communityId = e.community.id;
  p.projectName = e.projectName;
  p.description = e.description;
  p.claimedOn = e.occurredOn;
  p.endsOn = e.endsOn;
  p.warnings = toRuleViolations(ctx.locale, findings);
  return p;
}

@ObjectType('CommunityServiceProjectPage')
export class CommunityServiceProjectPage extends PageOf(CommunityServiceProject) {}

@ObjectType('ServicePairing', { description: 'A service-station cadre paired with one needy family (S9.PAIR).' })
export class ServicePairing extends UnitRecordBase {
  @Field(() => ID)
  personId!: string;

  @Field(() => String)
  station!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to!: string | null;

  @Field(() => [RuleViolation], { description: 'S9.PAIR.TOO_MANY when the cadre has another pairing at the same time.' })
  warnings!: RuleViolation[];
}

export function toServicePairing(ctx: Ctx, e: ServicePairingEntity, findings: readonly Violation[]): ServicePairing {
  const p = unitRecordBase(new ServicePairing(), e);
  p.personId = e.person?.id ?? '';
  p.station = e.station;
  p.householdId = e.household.id;
  p.from = e.occurredOn;
  p.to = e.endsOn;
  p.warnings = toRuleViolations(ctx.locale, findings);
  return p;
}

@ObjectType('ServicePairingPage')
export class ServicePairingPage extends PageOf(ServicePairing) {}
