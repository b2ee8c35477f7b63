import { badInput, type AppError } from '../../graphql/errors.js';

export const DEPUTY_TERM = { zh: '党代表任期', en: 'deputy term' };

export function overlappingTerm(from: string, to: string | null): AppError {
  return badInput('from', {
    zh: `与该人员已有的党代表任期（${from} 至 ${to ?? '今'}）重叠`,
    en: `Overlaps this person's existing deputy term (${from} to ${to ?? 'open'})`,
  });
}

