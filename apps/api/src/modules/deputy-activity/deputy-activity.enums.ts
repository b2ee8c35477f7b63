import type { Title } from '@lianxi/rules';
import { graphqlEnum } from '../opinion/opinion.enums.js';

/** 民主评议 of a deputy's duty report by the electing unit's members and masses. */
export const DUTY_EVALUATIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED'] as const;
export type DutyEvaluation = (typeof DUTY_EVALUATIONS)[number];
export const DUTY_EVALUATION_TITLES: Record<DutyEvaluation, Title> = {
  SATISFIED: { zh: '满意', en: 'Satisfied' },
  BASICALLY_SATISFIED: { zh: '基本满意', en: 'Basically satisfied' },
  NOT_SATISFIED: { zh: '不满意', en: 'Not satisfied' },
};
export const DutyEvaluationEnum = graphqlEnum(DUTY_EVALUATIONS, DUTY_EVALUATION_TITLES, 'DutyEvaluation', 'Democratic evaluation of a deputy\'s duty report.');
