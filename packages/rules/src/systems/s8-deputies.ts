// S8 党代表直接联系群众制度 — Deputies contacting the masses (§三(八)).

import type { Rule } from '../rule.js';
import { NEEDY_HOUSEHOLD_FLAGS } from '../vocabulary/org.js';
import { defineRule, UNITS } from './define.js';

const IN_ELECTING_UNIT = { field: 'electingUnitId', op: 'in', value: { subject: 'electingUnitIds' } } as const;

export const S8_RULES: readonly Rule[] = [
  defineRule({
    id: 'S8.ACTIVITY',
    system: 'S8',
    kind: 'quota',
    title: { zh: '党代表直接联系服务群众活动', en: 'Deputy contact activity' },
    text: { zh: '每年至少组织开展1次党代表直接联系服务群众活动。', en: 'At least one organised deputy contact activity a year.' },
    citation: '§三(八)1',
    source: '每年至少组织开展1次党代表直接联系服务群众活动。',
    appliesTo: { subject: 'UNIT', unitKinds: 'ANY', when: ['hasDeputies'] },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['DEPUTY_ACTIVITY'] }, unit: UNITS.TIMES },
    threshold: { min: 1 },
    pace: { tolerance: 1 },
  }),
  defineRule({
    id: 'S8.PAIR',
    system: 'S8',
    kind: 'quota',
    title: { zh: '党代表结对联系困难群众', en: 'Deputy paired with a needy household' },
    text: { zh: '党代表带头与所在选举单位的基层困难群众结对联系。', en: 'At least one paired needy household in the electing unit.' },
    citation: '§三(八)2',
    source: '党代表要带头与所在选举单位的基层困难群众结对联系',
    appliesTo: { subject: 'PERSON', profiles: ['DEPUTY'] },
    period: 'YEAR',
    measure: {
      type: 'COUNT',
      of: {
        kinds: ['DEPUTY_PAIRING'],
        where: [{ field: 'householdFlags', op: 'includesAny', value: NEEDY_HOUSEHOLD_FLAGS }, IN_ELECTING_UNIT],
      },
      distinct: ['householdId'],
      unit: UNITS.ITEMS,
    },
    threshold: { min: 1 },
    proRate: false,
  }),
  defineRule({
    id: 'S8.REPORT',
    system: 'S8',
    kind: 'quota',
    title: { zh: '党代表任期内述职', en: 'Deputy duty report per term' },
    text: {
      zh: '任期内向所在选举单位党员群众述职1次,并接受民主评议。',
      en: 'At least one duty report to the electing unit per term, with a democratic evaluation result.',
    },
    citation: '§三(八)2',
    source: '原则上在任期内应向所在选举单位党员群众述职1次,并接受党员群众的民主评议。',
    appliesTo: { subject: 'PERSON', profiles: ['DEPUTY'] },
    period: 'TERM',
    measure: {
      type: 'COUNT',
      of: { kinds: ['DUTY_REPORT'], where: [{ field: 'evaluationResult', op: 'exists' }, IN_ELECTING_UNIT] },
      unit: UNITS.TIMES,
    },
    threshold: { min: 1 },
    proRate: false,
    pace: { tolerance: 1 },
  }),
];
