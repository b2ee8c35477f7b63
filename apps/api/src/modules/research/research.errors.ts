import { badInput, type AppError } from '../../graphql/errors.js';

export const TRIP = { zh: '调研记录', en: 'research trip' };
export const TOPIC = { zh: '调研课题', en: 'research topic' };
export const REPORT = { zh: '调研报告', en: 'research report' };

export const LABELS = {
  occurredOn: { zh: '日期', en: 'The date' },
  endsOn: { zh: '结束日期', en: 'The last day' },
  title: { zh: '标题', en: 'The title' },
  purpose: { zh: '调研目的', en: 'The purpose' },
  findings: { zh: '调研发现', en: 'The findings' },
  plan: { zh: '调研方案', en: 'The plan' },
  approvedOn: { zh: '审定日期', en: 'The approval date' },
  fileRef: { zh: '文件', en: 'The file' },
  summary: { zh: '摘要', en: 'The summary' },
};

export function majorTopicWithPerson(): AppError {
  return badInput('personId', {
    zh: '党委重大调研课题属于管理局党委，不属于个人：请不要填写人员',
    en: "A major topic belongs to the bureau Party committee, not to a person: leave personId out",
  });
}

export function majorTopicNeedsBureau(): AppError {
  return badInput('unitId', { zh: '党委重大调研课题须选择管理局', en: 'A major topic needs unitId: the bureau whose committee sets it' });
}

export function majorTopicNotBureau(kindZh: string, kindEn: string): AppError {
  return badInput('unitId', {
    zh: `党委重大调研课题由管理局党委审定，所选单位是${kindZh}`,
    en: `A major topic is set by the bureau Party committee, not by a ${kindEn}`,
  });
}

export function alreadyApproved(on: string): AppError {
  return badInput('approvedOn', { zh: `该课题已于 ${on} 审定`, en: `The topic was already approved on ${on}` });
}

export function approvedBeforeProposed(approvedOn: string, proposedOn: string): AppError {
  return badInput('approvedOn', {
    zh: `审定日期（${approvedOn}）不能早于提出日期（${proposedOn}）`,
    en: `The approval (${approvedOn}) cannot come before the proposal (${proposedOn})`,
  });
}

export function proposedAfterApproval(proposedOn: string, approvedOn: string): AppError {
  return badInput('occurredOn', {
    zh: `提出日期（${proposedOn}）不能晚于审定日期（${approvedOn}）`,
    en: `The proposal (${proposedOn}) cannot come after the approval (${approvedOn})`,
  });
}

export function unknownTopic(id: string): AppError {
  return badInput('topicId', { zh: `调研课题不存在：${id}`, en: `No such research topic: ${id}` });
}
