import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitRecordFilter } from '../opinion/opinion.input.js';
import { YearEndStatusEnum, type YearEndStatus } from './year-end-report.enums.js';

@InputType('YearEndReportFilter')
export class YearEndReportFilter extends UnitRecordFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => [YearEndStatusEnum], { nullable: true })
  statuses?: YearEndStatus[] | null;
}

@InputType('CreateYearEndReportInput')
export class CreateYearEndReportInput {
  @Field(() => ID, { description: 'A farm or a bureau-direct unit.' })
  unitId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "Left out or blank: the draft opens with the year's compliance figures of the unit (yearEndFigures)." })
  body?: string | null;

  @Field(() => DateScalar)
  draftedOn!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateYearEndReportInput', { description: 'Only a draft or a returned report can be changed.' })
export class UpdateYearEndReportInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType('YearEndReportStepInput')
export class YearEndReportStepInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String, { nullable: true, description: 'Required when returning a report.' })
  comments?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
