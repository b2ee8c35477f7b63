import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { RecordEntity } from '../common/record.entity.js';
import { YEAR_END_STATUSES, type YearEndStatus } from './year-end-report.enums.js';

type Optional = 'status' | 'submittedOn' | 'reviewedOn' | 'reviewComments';

/**
 * A farm's or bureau-direct unit's year-end report to the bureau Party committee (G.YEAR_END): one per unit
 * and year; draft → submitted → returned with comments (→ submitted again) or accepted. occurredOn = drafted.
 */
@Entity({ tableName: 'year_end_report' })
// One live report per unit and year: a deleted one (kept as evidence) does not hold the place.
@Unique({
  name: 'year_end_report_unit_id_year_unique',
  properties: ['unit', 'year'],
  expression: 'create unique index "year_end_report_unit_id_year_unique" on "year_end_report" ("unit_id", "year") where "deleted_at" is null',
})
export class YearEndReportEntity extends RecordEntity<Optional> {
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => [...YEAR_END_STATUSES], default: 'DRAFT' })
  status: YearEndStatus = 'DRAFT';

  /** The last submission (a returned report is submitted again). */
  @Property({ type: 'date', nullable: true })
  submittedOn: string | null = null;

  /** When it was last returned or accepted. */
  @Property({ type: 'date', nullable: true })
  reviewedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  reviewComments: string | null = null;
}
