// S7 党员承诺践诺制度 — Commitments (§三(七)).

import type { Rule } from '../rule.js';
import { defineRule, ORGANISATION_KINDS, UNITS } from './define.js';

const COMMITMENTS = { kinds: ['COMMITMENT'] } as const;

export const S7_RULES: readonly Rule[] = [
  defineRule({
    id: 'S7.LIFECYCLE',
    system: 'S7',
    kind: 'workflow',
    title: { zh: '提出、公开、履行、评议承诺', en: 'Commitment: proposed, public, fulfilled, evaluated' },
    text: { zh: '承诺按提出、公开、履行、评议的顺序进行。', en: 'A commitment is proposed, made public, fulfilled and evaluated, in that order.' },
    citation: '§三(七)1',
    source: '按照提出承诺、公开承诺、履行承诺、评议承诺的方式,组织党员……积极参加所在单位的承诺践诺活动。',
    appliesTo: { subject: 'PERSON', profiles: ['PARTY_MEMBER'] },
    period: 'YEAR',
    measure: { type: 'CHECK', of: COMMITMENTS, check: 'COMMITMENT_LIFECYCLE', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
  }),
  defineRule({
    id: 'S7.PER_MEMBER',
    system: 'S7',
    kind: 'quota',
    implied: true,
    title: { zh: '党员承诺践诺', en: 'A commitment per member' },
    text: { zh: '在职党员每年至少在所在单位作出1项承诺。', en: "At least one commitment a year in the member's own unit." },
    citation: '§三(七)1',
    source: '在职党员既要参加所在单位的承诺践诺活动,更要自觉参加各类公益活动、志愿服务活动和主题实践活动',
    appliesTo: { subject: 'PERSON', profiles: ['PARTY_MEMBER'] },
    period: 'YEAR',
    measure: { type: 'COUNT', of: COMMITMENTS, unit: UNITS.ITEMS },
    threshold: { min: 1 },
    pace: { tolerance: 1 },
  }),
  defineRule({
    id: 'S7.CONTENT',
    system: 'S7',
    kind: 'constraint',
    title: { zh: '承诺内容与岗位领域相符', en: "Commitment content matches the member's sector" },
    text: {
      zh: '承诺内容按管理区、社区、机关事业单位、企业、教育、卫生、窗口服务行业分类,与党员所在领域相符。',
      en: "The commitment's category matches the member's sector: area, community, organ, enterprise, education, health, window/service.",
    },
    citation: '§三(七)2',
    source: '要针对不同领域、不同行业、不同阶层党员的工作性质和特点,明确具体承诺内容。',
    appliesTo: { subject: 'PERSON', profiles: ['PARTY_MEMBER'] },
    period: 'YEAR',
    measure: { type: 'CHECK', of: COMMITMENTS, check: 'COMMITMENT_CONTENT', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
    notes: ['AGRICULTURE members may commit under MANAGEMENT_AREA (管理区党员 … 带头致富).'],
  }),
  defineRule({
    id: 'S7.WINDOWS',
    system: 'S7',
    kind: 'advisory',
    title: { zh: '共产党员窗口、挂牌服务', en: 'Party-member windows and badges' },
    text: { zh: '窗口单位设立“共产党员窗口”,党员佩戴党徽、挂牌服务。', en: 'Window units set up Party-member windows; members wear badges and list their services.' },
    citation: '§三(七)3',
    source: '窗口单位和服务行业的办事大厅要明确办事流程,设立“共产党员窗口”、“文明窗口”等示范窗口,党员要佩戴党徽、挂牌服务',
    appliesTo: { subject: 'UNIT', unitKinds: ORGANISATION_KINDS },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['SERVICE_WINDOW'], window: 'AT_END' }, unit: UNITS.ITEMS },
    threshold: { min: 1 },
  }),
];
