// S10 体验感受群众生活制度 — Experiencing the masses' life (§三(十)).

import type { Rule } from '../rule.js';
import { defineRule, option, UNITS } from './define.js';

const SOURCE =
  '管理局、农场领导班子成员和场处级以上领导干部要围绕职工群众出行、就医、办事等方面,每年至少深入基层体验3次以上,其他党员干部也要至少体验1次以上。';
const LEADERS = ['BUREAU_LEADER', 'FARM_LEADER', 'DIVISION_CADRE'] as const;

export const S10_RULES: readonly Rule[] = [
  defineRule({
    id: 'S10.LEADERS',
    system: 'S10',
    kind: 'quota',
    title: { zh: '领导干部体验群众生活', en: "Leaders experience the masses' life" },
    text: { zh: '每年至少深入基层体验3次。', en: 'At least three experiences a year.' },
    citation: '§三(十)1',
    source: SOURCE,
    appliesTo: { subject: 'PERSON', profiles: LEADERS },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['EXPERIENCE'] }, unit: UNITS.TIMES },
    threshold: { min: 3 },
    notes: ['"场处级以上领导干部" is read as DIVISION_CADRE (deputy division included) besides the leadership teams.'],
  }),
  defineRule({
    id: 'S10.OTHERS',
    system: 'S10',
    kind: 'quota',
    title: { zh: '其他党员干部体验群众生活', en: "Other cadres experience the masses' life" },
    text: { zh: '其他党员干部每年至少体验1次。', en: 'At least one experience a year.' },
    citation: '§三(十)1',
    source: SOURCE,
    appliesTo: { subject: 'PERSON', profiles: ['PARTY_MEMBER'], exceptProfiles: LEADERS },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['EXPERIENCE'] }, unit: UNITS.TIMES },
    threshold: { min: 1 },
  }),
  defineRule({
    id: 'S10.DIARY',
    system: 'S10',
    kind: 'constraint',
    title: { zh: '民情日记', en: 'Diary of the experience' },
    text: { zh: '每次体验都要以“民情日记”记录群众意见和体验感受。', en: 'Every experience has a diary entry (民情日记): what was seen and what should change.' },
    citation: '§三(十)3',
    source: '党员干部在体验群众生活过程中,要采取“民情日记”、“民情台账”等便捷实用的形式,把群众意见和体验感受记录下来,反思工作中的差距和不足。',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: { kinds: ['EXPERIENCE'] }, check: 'EXPERIENCE_DIARY', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
    options: { diaryMinChars: option(1, 'HIGHER', '日记最少字数', 'Minimum characters of a diary entry', true) },
  }),
];
