import { registerEnumType } from 'type-graphql';
import type { Title } from '@lianxi/rules';

/** Where a unit collects the masses' opinions (§三(六)1). Each maps to the rules' coarser channel. */
export const OPINION_CHANNEL_KINDS = ['BOX', 'HOTLINE', 'CARD', 'FORUM', 'HEARING', 'WECHAT', 'MICROBLOG', 'WEBSITE', 'OTHER'] as const;
export type OpinionChannelKind = (typeof OPINION_CHANNEL_KINDS)[number];
export const OPINION_CHANNEL_KIND_TITLES: Record<OpinionChannelKind, Title> = {
  BOX: { zh: '意见箱', en: 'Suggestion box' },
  HOTLINE: { zh: '热线电话', en: 'Hotline' },
  CARD: { zh: '征求意见卡', en: 'Opinion card' },
  FORUM: { zh: '座谈会', en: 'Forum' },
  HEARING: { zh: '听证会', en: 'Hearing' },
  WECHAT: { zh: '微信', en: 'WeChat' },
  MICROBLOG: { zh: '微博', en: 'Microblog' },
  WEBSITE: { zh: '网站、论坛、贴吧', en: 'Website / online forum' },
  OTHER: { zh: '其他', en: 'Other' },
};
/** The rules count channels by these (OpinionChannelFact.channel). */
export const RULE_CHANNEL: Record<OpinionChannelKind, 'BOX' | 'HOTLINE' | 'CARD' | 'ONLINE' | 'OTHER'> = {
  BOX: 'BOX',
  HOTLINE: 'HOTLINE',
  CARD: 'CARD',
  FORUM: 'OTHER',
  HEARING: 'OTHER',
  WECHAT: 'ONLINE',
  MICROBLOG: 'ONLINE',
  WEBSITE: 'ONLINE',
  OTHER: 'OTHER',
};

export const ADOPTIONS = ['ADOPTED', 'PARTLY', 'NOT_ADOPTED'] as const;
export type Adoption = (typeof ADOPTIONS)[number];
export const ADOPTION_TITLES: Record<Adoption, Title> = {
  ADOPTED: { zh: '采纳', en: 'Adopted' },
  PARTLY: { zh: '部分采纳', en: 'Partly adopted' },
  NOT_ADOPTED: { zh: '未采纳', en: 'Not adopted' },
};

/** Forms of consultation before a decision (座谈会、听证会、论证会), as the rules name them. */
export const CONSULTATION_FORMS = ['FORUM', 'HEARING', 'FEASIBILITY', 'OTHER'] as const;
export type ConsultationForm = (typeof CONSULTATION_FORMS)[number];
export const CONSULTATION_FORM_TITLES: Record<ConsultationForm, Title> = {
  FORUM: { zh: '座谈会', en: 'Forum' },
  HEARING: { zh: '听证会', en: 'Hearing' },
  FEASIBILITY: { zh: '论证会', en: 'Feasibility meeting' },
  OTHER: { zh: '其他形式', en: 'Other' },
};

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_TITLES: Record<RiskLevel, Title> = {
  LOW: { zh: '低风险', en: 'Low' },
  MEDIUM: { zh: '中风险', en: 'Medium' },
  HIGH: { zh: '高风险', en: 'High' },
};

export const DECISION_STATUSES = ['PREPARING', 'TAKEN', 'FEEDBACK_PUBLISHED'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_TITLES: Record<DecisionStatus, Title> = {
  PREPARING: { zh: '决策前征求意见', en: 'Preparing' },
  TAKEN: { zh: '已决策', en: 'Taken' },
  FEEDBACK_PUBLISHED: { zh: '已公布采纳情况', en: 'Feedback published' },
};

/** type-graphql wants an enum object; the values live here as arrays with titles, like the rules' vocabulary. */
export function graphqlEnum<K extends string>(values: readonly K[], titles: Record<K, Title>, name: string, description: string): { [P in K]: P } {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as { [P in K]: P };
  registerEnumType(obj, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: `${titles[v].zh} · ${titles[v].en}` }])) as {
      [P in K]: { description: string };
    },
  });
  return obj;
}

export const OpinionChannelKindEnum = graphqlEnum(OPINION_CHANNEL_KINDS, OPINION_CHANNEL_KIND_TITLES, 'OpinionChannelKind', 'Channel for collecting opinions (S6.CHANNELS).');
export const AdoptionEnum = graphqlEnum(ADOPTIONS, ADOPTION_TITLES, 'Adoption', 'Whether an opinion was adopted.');
export const ConsultationFormEnum = graphqlEnum(CONSULTATION_FORMS, CONSULTATION_FORM_TITLES, 'ConsultationForm', 'Consultation before a decision (S6.DECISION).');
export const RiskLevelEnum = graphqlEnum(RISK_LEVELS, RISK_LEVEL_TITLES, 'RiskLevel', 'Outcome of a decision\'s risk assessment.');
export const DecisionStatusEnum = graphqlEnum(DECISION_STATUSES, DECISION_STATUS_TITLES, 'DecisionStatus', 'Where a decision stands.');
