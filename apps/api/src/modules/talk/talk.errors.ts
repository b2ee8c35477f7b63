import { badInput, type AppError } from '../../graphql/errors.js';

export const TALK = { zh: '谈心谈话记录', en: 'talk' };

export const LABELS = {
  occurredOn: { zh: '谈话日期', en: 'The date of the talk' },
  participants: { zh: '参加人员', en: 'The participants' },
  round: { zh: '轮次', en: 'The round' },
  opinions: { zh: '意见建议', en: 'The opinions' },
  forwardedOn: { zh: '反映日期', en: 'The forwarding date' },
};

export function counterpartRequired(kindZh: string): AppError {
  return badInput('counterpartId', { zh: `${kindZh}须选择谈话对象`, en: 'This kind of talk needs the person talked with (counterpartId)' });
}

export function participantsRequired(): AppError {
  return badInput('participants', { zh: '与群众谈心须填写谈话对象', en: 'A talk with the masses needs the people talked with (participants or counterpartId)' });
}

export function talkWithSelf(): AppError {
  return badInput('counterpartId', { zh: '谈话对象不能是本人', en: 'The person talked with cannot be the one holding the talk' });
}

export function forwardWithoutOpinions(): AppError {
  return badInput('opinions', { zh: '转交有关部门前须记录意见建议', en: 'Record the opinions heard before forwarding them' });
}

export function forwardedOnWithoutDepartment(): AppError {
  return badInput('forwardedToId', { zh: '请选择意见反映到的部门', en: 'Give the department the opinions were forwarded to' });
}

export function forwardedBeforeTalk(on: string, talk: string): AppError {
  return badInput('forwardedOn', { zh: `反映日期（${on}）不能早于谈话日期（${talk}）`, en: `Forwarded on ${on}, before the talk (${talk})` });
}
