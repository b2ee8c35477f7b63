import { Field, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitRecordBase, unitRecordBase } from '../common/record-kit.js';
import type { YearEndReportEntity } from './year-end-report.entity.js';
import { YearEndStatusEnum, type YearEndStatus } from './year-end-report.enums.js';

@ObjectType('YearEndReport', { description: 'A farm\'s or direct unit\'s year-end report to the bureau Party committee (G.YEAR_END).' })
export class YearEndReport extends UnitRecordBase {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => YearEndStatusEnum)
  status!: YearEndStatus;

  @Field(() => DateScalar)
  draftedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  submittedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  reviewedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The bureau committee\'s comments when returned or accepted.' })
  reviewComments!: string | null;
}

export function toYearEndReport(e: YearEndReportEntity): YearEndReport {
  const r = unitRecordBase(new YearEndReport(), e);
  r.year = e.year;
  r.title = e.title;
  r.body = e.body;
  r.status = e.status;
  r.draftedOn = e.occurredOn;
  r.submittedOn = e.submittedOn;
  r.reviewedOn = e.reviewedOn;
  r.reviewComments = e.reviewComments;
  return r;
}

@ObjectType('YearEndReportPage')
export class YearEndReportPage extends PageOf(YearEndReport) {}
