// S6 征集群众意见制度 — Soliciting the masses' opinions (§三(六)).

import type { Rule } from '../rule.js';
import { defineRule, option, ORGANISATION_KINDS, UNITS } from './define.js';

export const S6_RULES: readonly Rule[] = [
  defineRule({
    id: 'S6.CHANNELS',
    system: 'S6',
    kind: 'advisory',
    title: { zh: '意见征集渠道', en: 'Opinion channels' },
    text: {
      zh: '设立意见箱、开通热线电话、发放征求意见卡,运用微信、微博、论坛等网络平台。',
      en: 'Suggestion box, hotline, opinion cards, online (WeChat, microblog, forum).',
    },
    citation: '§三(六)1',
    source: '各单位要通过设立意见箱、开通热线电话、发放征求意见卡等方式……运用网络手段和博客、微博、微信、贴吧、论坛等平台,广泛听取民意',
    appliesTo: { subject: 'UNIT', unitKinds: ORGANISATION_KINDS },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['OPINION_CHANNEL'], window: 'AT_END' }, distinct: ['channel'], unit: UNITS.ITEMS },
    threshold: { min: 1 },
  }),
  defineRule({
    id: 'S6.DECISION',
    system: 'S6',
    kind: 'workflow',
    title: { zh: '涉及群众利益的决策听取意见', en: "Decisions touching the masses' interests" },
    text: {
      zh: '决策前至少举行1次座谈会、听证会或论证会并做好风险评估;决策后反馈或公布意见采纳情况。',
      en: 'Before the decision: at least one forum, hearing or feasibility meeting and a risk assessment; after: publish which opinions were adopted.',
    },
    citation: '§三(六)1',
    source: '对与职工群众利益密切相关的决策事项,要通过举行座谈会、听证会、论证会等形式广泛听取意见,做好事前风险评估,并以适当方式反馈或公布群众意见采纳处理情况。',
    appliesTo: { subject: 'UNIT', unitKinds: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: { kinds: ['DECISION'] }, check: 'DECISION_PROCESS', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
    options: { feedbackWithinDays: option(30, 'LOWER', '决策后反馈期限(天)', 'Days after the decision to publish feedback', true) },
  }),
  defineRule({
    id: 'S6.FORWARD',
    system: 'S6',
    kind: 'workflow',
    title: { zh: '群众意见转交并答复', en: 'Opinions forwarded and answered' },
    text: { zh: '征集到的群众意见及时向有关部门反映并得到答复。', en: 'Every collected opinion is forwarded to the responsible department and answered.' },
    citation: '§三(六)3',
    source: '党员干部要及时将了解征集到的群众意见向有关部门反映。',
    appliesTo: { subject: 'UNIT', unitKinds: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: { kinds: ['OPINION'] }, check: 'OPINION_FORWARDED', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
    options: {
      forwardWithinDays: option(15, 'LOWER', '转交期限(天)', 'Days to forward ("及时")', true),
      answerWithinDays: option(60, 'LOWER', '答复期限(天)', 'Days to answer after forwarding', true),
    },
  }),
  defineRule({
    id: 'S6.ANALYSIS',
    system: 'S6',
    kind: 'quota',
    implied: true,
    title: { zh: '定期汇总分析群众意见', en: 'Periodic analysis of opinions' },
    text: { zh: '定期收集汇总、分析研判群众意见(默认每季度至少1次)。', en: 'Periodic summary and analysis of collected opinions (default: at least once a quarter).' },
    citation: '§三(六)3',
    source: '通过定期收集汇总、分析研判群众意见,了解群众所思所想、所盼所需',
    appliesTo: { subject: 'UNIT', unitKinds: ORGANISATION_KINDS },
    period: 'QUARTER',
    measure: { type: 'COUNT', of: { kinds: ['ANALYSIS'] }, unit: UNITS.TIMES },
    threshold: { min: 1 },
    pace: { tolerance: 1 },
  }),
];
