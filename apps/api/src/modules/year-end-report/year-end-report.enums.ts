import type { Title } from '@lianxi/rules';
import { graphqlEnum } from '../opinion/opinion.enums.js';

export const YEAR_END_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type YearEndStatus = (typeof YEAR_END_STATUSES)[number];
export const YEAR_END_STATUS_TITLES: Record<YearEndStatus, Title> = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  SUBMITTED: { zh: '已报送', en: 'Submitted' },
  RETURNED: { zh: '退回修改', en: 'Returned with comments' },
  ACCEPTED: { zh: '已审阅通过', en: 'Accepted' },
};
export const YearEndStatusEnum = graphqlEnum(YEAR_END_STATUSES, YEAR_END_STATUS_TITLES, 'YearEndReportStatus', 'Where a year-end report stands.');

/** Which step may follow which: the lifecycle as data. */
export const YEAR_END_MOVES: Record<'SUBMIT' | 'RETURN' | 'ACCEPT', { from: readonly YearEndStatus[]; to: YearEndStatus }> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED' },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED' },
  ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED' },
};
