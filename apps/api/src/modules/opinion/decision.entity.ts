import { Entity, Enum, Property } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { RISK_LEVELS, type ConsultationForm, type RiskLevel } from './opinion.enums.js';

export interface StoredConsultation {
  date: string;
  form: ConsultationForm;
  participants: number | null;
  summary: string | null;
}

type Optional = 'summary' | 'consultations' | 'riskAssessedOn' | 'riskLevel' | 'riskAssessment' | 'decidedOn' | 'feedbackPublishedOn' | 'feedback';

/**
 * A decision touching the masses' interests (S6.DECISION); occurredOn = when the matter was put forward.
 * Consultations are kept on the row: they belong to this decision only and are always read with it.
 */
@Entity({ tableName: 'decision' })
export class DecisionEntity extends RecordEntity<Optional> {
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Property({ type: 'json' })
  consultations: StoredConsultation[] = [];

  @Property({ type: 'date', nullable: true })
  riskAssessedOn: string | null = null;

  @Enum({ items: () => [...RISK_LEVELS], nullable: true })
  riskLevel: RiskLevel | null = null;

  @Property({ type: 'text', nullable: true })
  riskAssessment: string | null = null;

  /** Null while the decision is being prepared. */
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  feedbackPublishedOn: string | null = null;

  /** The published text on which opinions were adopted: shown on the unit's public page, so no personal data. */
  @Property({ type: 'text', nullable: true })
  feedback: string | null = null;
}
