import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { HouseholdEntity } from '../household/household.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { REGISTRATION_REASONS, type RegistrationReason } from './community-service.enums.js';

/**
 * A Party member's registration with the residential community (进社区报到, S9.REGISTER); occurredOn = the day
 * registered, person = the member, unit = the member's unit (the scope), community = where they registered.
 */
@Entity({ tableName: 'community_registration' })
export class CommunityRegistrationEntity extends RecordEntity<'joinedOn' | 'dueOn' | 'endsOn'> {
  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  community!: Ref<OrgUnitEntity>;

  @Enum({ items: () => [...REGISTRATION_REASONS] })
  reason!: RegistrationReason;

  /** For a new or transferred member: the day they joined the Party or transferred in. */
  @Property({ type: 'date', nullable: true })
  joinedOn: string | null = null;

  /** joinedOn + the days allowed (30 unless configured): stored so lists can show late registrations. */
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  /** Last day registered there (moved away); null while registered. */
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}

/** A community service project a member claimed (认领社区服务项目, S9.PROJECTS); occurredOn = claimed. */
@Entity({ tableName: 'community_service_project' })
export class CommunityServiceProjectEntity extends RecordEntity<'description' | 'endsOn'> {
  @ManyToOne(() => OrgUnitEntity, { ref: true, deleteRule: 'restrict', index: true })
  community!: Ref<OrgUnitEntity>;

  @Property({ type: 'text' })
  projectName!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}

/** A service-station cadre's pairing with one needy family (服务站点结对, S9.PAIR); occurredOn = from. */
@Entity({ tableName: 'service_pairing' })
export class ServicePairingEntity extends RecordEntity<'endsOn'> {
  /** The service station (服务站点), as named locally. */
  @Property({ type: 'text' })
  station!: string;

  @ManyToOne(() => HouseholdEntity, { ref: true, deleteRule: 'restrict', index: true })
  household!: Ref<HouseholdEntity>;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
