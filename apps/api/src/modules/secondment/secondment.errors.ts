import type { Violation } from '@lianxi/rules';
import { AppError, badInput } from '../../graphql/errors.js';

export const SECONDMENT = { zh: '挂职记录', en: 'secondment' };
export const ASSESSMENT = { zh: '挂职考核记录', en: 'secondment assessment' };

export const LABELS = {
  occurredOn: { zh: '挂职日期', en: 'The posting date' },
  endsOn: { zh: '结束日期', en: 'The last day' },
  date: { zh: '日期', en: 'The date' },
  fromPost: { zh: '原职务', en: 'The original post' },
  toPost: { zh: '挂职职务', en: 'The post held' },
  reason: { zh: '例外理由', en: 'The override reason' },
  comment: { zh: '考核意见', en: 'The comment' },
};

/** S3.ELIGIBLE failed and no override reason was given: every failing criterion is listed. */
export function ineligible(errors: readonly Violation[]): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    {
      zh: `不符合挂职选派条件：${errors.map((e) => e.reason.zh).join('；')}。如确需选派，请填写例外理由`,
      en: `Not eligible for this posting (S3.ELIGIBLE): ${errors.map((e) => e.reason.en).join('; ')}. To post anyway, record an override reason`,
    },
    {
      field: 'eligibilityOverrideReason',
      rule: 'S3.ELIGIBLE',
      violations: errors.map((v) => ({ code: v.code, message: v.reason })),
    },
  );
}

export function unknownSecondment(id: string): AppError {
  return badInput('secondmentId', { zh: `挂职记录不存在：${id}`, en: `No such secondment: ${id}` });
}

export function resultRequired(): AppError {
  return badInput('result', { zh: '考核须填写考核结果', en: 'A final assessment needs its result' });
}

export function beforePosting(date: string, from: string): AppError {
  return badInput('occurredOn', {
    zh: `日期（${date}）早于挂职开始日期（${from}）`,
    en: `The date (${date}) is before the secondment started (${from})`,
  });
}

export function alreadyAssessed(on: string): AppError {
  return badInput('kind', { zh: `该挂职已于 ${on} 考核`, en: `The secondment was already assessed on ${on}` });
}

export function hasAssessments(n: number): AppError {
  return new AppError('CONFLICT', {
    zh: `该挂职已有 ${n} 条考核或反馈记录，不能删除`,
    en: `The secondment has ${n} assessment or feedback record(s) and cannot be deleted`,
  });
}
