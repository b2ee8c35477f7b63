import type { Title } from '@lianxi/rules';
import { graphqlEnum } from '../opinion/opinion.enums.js';

/** 评议结果 of a commitment by the members and the masses. */
export const EVALUATION_RESULTS = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const;
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];
export const EVALUATION_RESULT_TITLES: Record<EvaluationResult, Title> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  GOOD: { zh: '良好', en: 'Good' },
  FAIR: { zh: '一般', en: 'Fair' },
  POOR: { zh: '差', en: 'Poor' },
};
export const EvaluationResultEnum = graphqlEnum(EVALUATION_RESULTS, EVALUATION_RESULT_TITLES, 'CommitmentEvaluationResult', 'Result of a commitment\'s evaluation (评议).');

/** The steps after 提出, which is the record's creation. */
export const COMMITMENT_NEXT_STEPS = ['PUBLISHED', 'FULFILLED', 'EVALUATED'] as const;
export type CommitmentNextStep = (typeof COMMITMENT_NEXT_STEPS)[number];
export const CommitmentStepEnum = graphqlEnum(
  COMMITMENT_NEXT_STEPS,
  { PUBLISHED: { zh: '公开承诺', en: 'Made public' }, FULFILLED: { zh: '履行承诺', en: 'Fulfilled' }, EVALUATED: { zh: '评议承诺', en: 'Evaluated' } },
  'CommitmentStep',
  'A step of a commitment after it was proposed (S7.LIFECYCLE).',
);

export const COMMITMENT_STATUSES = ['PROPOSED', 'PUBLISHED', 'FULFILLED', 'EVALUATED'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const CommitmentStatusEnum = graphqlEnum(
  COMMITMENT_STATUSES,
  {
    PROPOSED: { zh: '已提出', en: 'Proposed' },
    PUBLISHED: { zh: '已公开', en: 'Made public' },
    FULFILLED: { zh: '已履行', en: 'Fulfilled' },
    EVALUATED: { zh: '已评议', en: 'Evaluated' },
  },
  'CommitmentStatus',
  'The last step a commitment reached.',
);
