import type { FilterQuery } from '@mikro-orm/core';
import { figuresText, yearEndFigures } from '../compliance/year-end-figures.js';
import type { Ctx } from '../../graphql/context.js';
import { badInput, conflict, forbidden } from '../../graphql/errors.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import { findForWrite } from '../common/scoped.js';
import { expectVersion, optionalText, requiredText } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import {
  finding,
  getRecord,
  listRecords,
  notBefore,
  pastDate,
  softDelete,
  today,
  unitForWrite,
  UNSCOPED,
  yearOf,
} from '../common/record-kit.js';
import { YearEndReportEntity } from './year-end-report.entity.js';
import { YEAR_END_MOVES, YEAR_END_STATUS_TITLES } from './year-end-report.enums.js';
import type { CreateYearEndReportInput, UpdateYearEndReportInput, YearEndReportFilter, YearEndReportStepInput } from './year-end-report.input.js';

type Paging = { sort: SortInput | null | undefined; page: number | null | undefined; perPage: number | null | undefined };

export const YEAR_END_REPORT = { zh: '年底工作报告', en: 'year-end report' };
const L = {
  title: { zh: '标题', en: 'The title' },
  body: { zh: '报告正文', en: 'The report' },
  draftedOn: { zh: '起草日期', en: 'The drafting date' },
  date: { zh: '日期', en: 'The date' },
  comments: { zh: '审阅意见', en: 'The comments' },
  note: { zh: '备注', en: 'The note' },
};

export function getYearEndReport(ctx: Ctx, id: string): Promise<YearEndReportEntity> {
  return getRecord(ctx, YearEndReportEntity, id, YEAR_END_REPORT);
}

export function listYearEndReports(ctx: Ctx, filter: YearEndReportFilter | null | undefined, paging: Paging): Promise<Page<YearEndReportEntity>> {
  const f = filter ?? {};
  const own: FilterQuery<YearEndReportEntity>[] = [];
  if (f.year != null) own.push({ year: f.year });
  if (f.statuses?.length) own.push({ status: { $in: f.statuses } });
  return listRecords(ctx, YearEndReportEntity, f, own, paging, { year: 'year', status: 'status', submittedOn: 'submittedOn', createdAt: 'createdAt' }, { year: 'desc' });
}

export async function createYearEndReport(ctx: Ctx, input: CreateYearEndReportInput): Promise<YearEndReportEntity> {
  const unit = await unitForWrite(ctx, 'unitId', input.unitId);
  if (unit.kind !== 'FARM' && unit.kind !== 'DIRECT_UNIT') {
    throw badInput('unitId', { zh: '年底工作报告由农场或局直单位报送', en: 'Year-end reports come from farms and bureau-direct units' });
  }
  const draftedOn = pastDate(ctx, 'draftedOn', L.draftedOn, input.draftedOn);
  if (!Number.isInteger(input.year) || input.year < 2015 || input.year > yearOf(today(ctx))) {
    throw badInput('year', { zh: `报告年度应在 2015 到今年之间，收到 ${input.year}`, en: `The year must be from 2015 to this year, got ${input.year}` });
  }
  if (await ctx.em.count(YearEndReportEntity, { unit: unit.id, year: input.year }, UNSCOPED)) {
    throw conflict({ zh: `${unit.name}${input.year}年度的年底工作报告已存在`, en: `${unit.name} already has its ${input.year} year-end report` });
  }
  const r = ctx.em.create(YearEndReportEntity, {
    unit,
    year: input.year,
    occurredOn: draftedOn,
    title: requiredText('title', L.title, input.title, 200),
    body: input.body?.trim() ? requiredText('body', L.body, input.body, 50000) : figuresText(await yearEndFigures(ctx, unit.id, input.year)),
    note: optionalText('note', L.note, input.note, 2000),
  });
  await ctx.em.flush();
  return r;
}

function refuseMove(move: keyof typeof YEAR_END_MOVES, r: YearEndReportEntity): never {
  const s = YEAR_END_STATUS_TITLES[r.status];
  refuseOnErrors([finding('G.YEAR_END.OUT_OF_ORDER', 'ERROR', `报告当前状态为“${s.zh}”，不能${{ SUBMIT: '报送', RETURN: '退回', ACCEPT: '审阅通过' }[move]}`, `The report is ${s.en.toLowerCase()}; it cannot be ${{ SUBMIT: 'submitted', RETURN: 'returned', ACCEPT: 'accepted' }[move]}`)], 'status');
  throw new Error('unreachable');
}

export async function updateYearEndReport(ctx: Ctx, id: string, input: UpdateYearEndReportInput): Promise<YearEndReportEntity> {
  const r = await findForWrite(ctx, YearEndReportEntity, id, YEAR_END_REPORT);
  expectVersion(r, input.version, { zh: '该年底工作报告', en: 'This report' });
  if (r.status !== 'DRAFT' && r.status !== 'RETURNED') {
    refuseOnErrors([finding('G.YEAR_END.LOCKED', 'ERROR', '已报送的报告不能修改，退回后方可修改', 'A submitted report cannot be changed until it is returned')], 'status');
  }
  if (input.title != null) r.title = requiredText('title', L.title, input.title, 200);
  if (input.body != null) r.body = requiredText('body', L.body, input.body, 50000);
  if (input.note !== undefined) r.note = optionalText('note', L.note, input.note, 2000);
  await ctx.em.flush();
  return r;
}

/**
 * Returning and accepting are the bureau Party committee's acts: an ADMIN whose part of the tree lies above
 * the reporting unit, never the unit's own administrators.
 */
async function assertReviewer(ctx: Ctx, r: YearEndReportEntity): Promise<void> {
  if (ctx.viewer.kind === 'system') return;
  const unit = await ctx.em.findOneOrFail(OrgUnitEntity, { id: r.unit.id });
  if (ctx.scopePath.length < unit.path.length && unit.path.startsWith(ctx.scopePath)) return;
  throw forbidden({ zh: '年底工作报告由管理局党委审阅，报送单位不能自行退回或通过', en: 'The bureau Party committee reviews year-end reports; the reporting unit cannot return or accept its own' });
}

async function move(ctx: Ctx, id: string, step: keyof typeof YEAR_END_MOVES, input: YearEndReportStepInput): Promise<YearEndReportEntity> {
  const r = await findForWrite(ctx, YearEndReportEntity, id, YEAR_END_REPORT);
  if (step !== 'SUBMIT') await assertReviewer(ctx, r);
  expectVersion(r, input.version, { zh: '该年底工作报告', en: 'This report' });
  const date = pastDate(ctx, 'date', L.date, input.date);
  if (!YEAR_END_MOVES[step].from.includes(r.status)) refuseMove(step, r);
  notBefore('date', date, L.date, step === 'SUBMIT' ? r.occurredOn : (r.submittedOn ?? r.occurredOn), step === 'SUBMIT' ? L.draftedOn : { zh: '报送日期', en: 'The submission date' });
  const comments = optionalText('comments', L.comments, input.comments, 8000);
  if (step === 'RETURN' && !comments) throw badInput('comments', { zh: '退回报告须写明审阅意见', en: 'A returned report needs the comments' });
  r.status = YEAR_END_MOVES[step].to;
  if (step === 'SUBMIT') r.submittedOn = date;
  else {
    r.reviewedOn = date;
    r.reviewComments = comments;
  }
  await ctx.em.flush();
  return r;
}

export const submitYearEndReport = (ctx: Ctx, id: string, input: YearEndReportStepInput) => move(ctx, id, 'SUBMIT', input);
export const returnYearEndReport = (ctx: Ctx, id: string, input: YearEndReportStepInput) => move(ctx, id, 'RETURN', input);
export const acceptYearEndReport = (ctx: Ctx, id: string, input: YearEndReportStepInput) => move(ctx, id, 'ACCEPT', input);

export async function deleteYearEndReport(ctx: Ctx, id: string): Promise<YearEndReportEntity> {
  const r = await findForWrite(ctx, YearEndReportEntity, id, YEAR_END_REPORT);
  if (r.status !== 'DRAFT') {
    refuseOnErrors([finding('G.YEAR_END.LOCKED', 'ERROR', '只有草稿可以删除', 'Only a draft can be deleted')], 'status');
  }
  return softDelete(ctx, r);
}
