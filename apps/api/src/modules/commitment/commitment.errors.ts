import { badInput, type AppError } from '../../graphql/errors.js';

export const COMMITMENT = { zh: '党员承诺', en: 'commitment' };

export function badYear(year: number, proposedOn: string): AppError {
  return badInput('year', {
    zh: `承诺年度 ${year} 与提出日期 ${proposedOn} 不符（应为当年或次年）`,
    en: `The year ${year} does not fit the proposal date ${proposedOn} (it is that year or the next)`,
  });
}

export function resultRequired(): AppError {
  return badInput('evaluationResult', { zh: '评议承诺须填写评议结果', en: 'An evaluation needs its result' });
}
