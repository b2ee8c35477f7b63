import { badInput, type AppError } from '../../graphql/errors.js';

export const OPINION_CHANNEL = { zh: '意见征集渠道', en: 'opinion channel' };
export const OPINION = { zh: '群众意见', en: 'opinion' };
export const DECISION = { zh: '决策事项', en: 'decision' };
export const OPINION_ANALYSIS = { zh: '意见分析研判', en: 'opinion analysis' };

export function unknownChannel(id: string): AppError {
  return badInput('channelId', { zh: `意见征集渠道不存在：${id}`, en: `The opinion channel does not exist: ${id}` });
}

export function unknownDecision(id: string): AppError {
  return badInput('decisionId', { zh: `决策事项不存在：${id}`, en: `The decision does not exist: ${id}` });
}

export function decisionOfOtherUnit(): AppError {
  return badInput('decisionId', {
    zh: '所选决策事项不属于该意见的单位',
    en: "The decision belongs to another unit than the opinion's",
  });
}

export function channelClosed(closedOn: string, receivedOn: string): AppError {
  return badInput('receivedOn', {
    zh: `该渠道已于 ${closedOn} 关闭，不能登记 ${receivedOn} 收到的意见`,
    en: `The channel closed on ${closedOn}; it cannot have received an opinion on ${receivedOn}`,
  });
}

export function reasonRequired(): AppError {
  return badInput('adoptionReason', {
    zh: '部分采纳或未采纳的意见须说明理由',
    en: 'A partly adopted or not adopted opinion needs the reason',
  });
}

export function badParticipants(n: number): AppError {
  return badInput('consultations', { zh: `参加人数应在 1 到 10000 之间，收到 ${n}`, en: `Participants must be from 1 to 10000, got ${n}` });
}

export function decisionInUse(n: number): AppError {
  return badInput('id', {
    zh: `该决策事项已公布采纳情况，且关联 ${n} 条群众意见，不能删除`,
    en: `The decision's feedback is published and ${n} opinion(s) refer to it; it cannot be deleted`,
  });
}
