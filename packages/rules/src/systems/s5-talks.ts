// S5 与干部群众谈心制度 — Heart-to-heart talks (§三(五)).

import type { Rule } from '../rule.js';
import { defineRule, option, UNITS } from './define.js';

export const S5_RULES: readonly Rule[] = [
  defineRule({
    id: 'S5.LIFE_MEETING',
    system: 'S5',
    kind: 'quota',
    title: { zh: '结合民主生活会谈心', en: 'Talk rounds tied to democratic life meetings' },
    text: {
      zh: '谈心活动与领导班子民主生活会谈心结合安排,每年至少开展2次。',
      en: 'At least two talk rounds a year, tied to the democratic life meetings.',
    },
    citation: '§三(五)2',
    source: '党员领导干部谈心可与领导班子民主生活会谈心结合起来安排,谈心活动每年至少开展2次。',
    appliesTo: { subject: 'PERSON', profiles: ['BUREAU_LEADER', 'FARM_LEADER'] },
    period: 'YEAR',
    measure: {
      type: 'COUNT',
      of: {
        kinds: ['TALK'],
        where: [{ field: 'occasion', op: 'in', value: ['LIFE_MEETING', 'PAIRWISE'], when: 'lifeMeetingOnly' }],
      },
      distinct: ['roundId', 'id'],
      unit: UNITS.TIMES,
    },
    threshold: { min: 2 },
    options: {
      lifeMeetingOnly: option(true, 'TRUE', '只计结合民主生活会的谈心', 'Count only talks tied to life meetings'),
    },
    notes: [
      'The policy says talks "可…结合起来安排" (may be combined) with life meetings; the spec ties them. Default follows the spec; set lifeMeetingOnly=false to count every talk round.',
      'Talks sharing a roundId are one round.',
    ],
  }),
  defineRule({
    id: 'S5.PAIRWISE',
    system: 'S5',
    kind: 'coverage',
    title: { zh: '班子成员“两两见面”', en: 'Every pair of team members has talked' },
    text: {
      zh: '民主生活会前,班子成员“两两见面”互相谈心。',
      en: 'Before each democratic life meeting every pair of team members has talked.',
    },
    citation: '§三(五)2',
    source: '民主生活会前,要在坚持班子成员“两两见面”互相谈心的基础上,重点与分管部门的普通党员干部群众开展深入谈心活动',
    appliesTo: { subject: 'UNIT', unitKinds: ['BUREAU', 'FARM', 'DIRECT_UNIT', 'BUREAU_DEPARTMENT', 'MANAGEMENT_AREA', 'COMMUNITY'] },
    period: 'YEAR',
    measure: {
      type: 'PAIRS',
      of: { kinds: ['TALK'], owner: 'ANY', where: [{ field: 'occasion', op: 'in', value: ['PAIRWISE', 'LIFE_MEETING'] }] },
      members: { from: 'SUBJECT_SET', key: 'TEAM_MEMBERS' },
      unit: UNITS.PAIRS,
    },
    threshold: { min: 1 },
    notes: ['Evaluate over a CUSTOM period ending on the meeting day to check one meeting.'],
  }),
  defineRule({
    id: 'S5.BRANCH',
    system: 'S5',
    kind: 'coverage',
    title: { zh: '支部负责人与党员谈心', en: 'Branch head talks with every member' },
    text: { zh: '基层党支部负责人每年与所属党员至少进行2次谈心谈话。', en: 'At least two talks a year with each member of the branch.' },
    citation: '§三(五)3',
    source: '基层党支部负责人每年要与所属党员至少进行2次谈心谈话',
    appliesTo: { subject: 'PERSON', profiles: ['BRANCH_HEAD'] },
    period: 'YEAR',
    measure: {
      type: 'COVERAGE',
      of: { kinds: ['TALK'] },
      members: { from: 'SUBJECT_SET', key: 'BRANCH_MEMBERS' },
      match: ['counterpartId'],
      perMember: { option: 'talksPerMember' },
      unit: UNITS.MEMBERS,
    },
    threshold: { min: 1 },
    options: { talksPerMember: option(2, 'HIGHER', '每名党员每年谈话次数', 'Talks per member per year') },
  }),
  defineRule({
    id: 'S5.MASSES',
    system: 'S5',
    kind: 'quota',
    title: { zh: '与联系群众谈心', en: 'Talks with the masses one contacts' },
    text: {
      zh: '党员干部每年至少与联系群众开展2次谈心谈话,如实记录意见建议并向有关部门反映。',
      en: 'At least two talks a year with the masses one contacts; opinions recorded and forwarded.',
    },
    citation: '§三(五)3',
    source: '党员干部每年至少要与联系群众开展2次谈心谈话,如实记录群众的意见建议,及时汇总梳理,并向有关部门反映。',
    appliesTo: {
      subject: 'PERSON',
      profiles: ['PARTY_MEMBER'],
      requiresFacts: { kinds: ['CONTACT_LINK'] },
    },
    period: 'YEAR',
    measure: {
      type: 'COUNT',
      of: { kinds: ['TALK'], where: [{ field: 'audience', op: 'eq', value: 'MASSES' }] },
      unit: UNITS.TIMES,
    },
    threshold: { min: 2 },
    notes: ['Applies to Party members who have a contact link in the period.'],
  }),
];
