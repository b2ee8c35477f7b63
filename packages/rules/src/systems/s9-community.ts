// S9 党员干部进社区服务群众制度 — Cadres serving in communities (§三(九)).

import type { Rule } from '../rule.js';
import { NEEDY_HOUSEHOLD_FLAGS } from '../vocabulary/org.js';
import { defineRule, option, ORGANISATION_KINDS, UNITS } from './define.js';

const SOURCE =
  '党员干部要全部进社区报到的同时,督促新发展或新转入党员及时报到,在职党员要结合社区工作需要和个人特长,认领1至2个社区服务项目,提倡利用休息时间开展志愿服务。';

export const S9_RULES: readonly Rule[] = [
  defineRule({
    id: 'S9.REGISTER',
    system: 'S9',
    kind: 'quota',
    title: { zh: '进社区报到', en: 'Registered with the residential community' },
    text: {
      zh: '在职党员全部进社区报到;新发展或新转入党员30天内报到。',
      en: 'Every in-service member is registered with their community; new or transferred members within 30 days.',
    },
    citation: '§三(九)1',
    source: SOURCE,
    appliesTo: { subject: 'PERSON', profiles: ['PARTY_MEMBER'] },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['COMMUNITY_REGISTRATION'], window: 'EVER' }, unit: UNITS.TIMES },
    threshold: { min: 1 },
    proRate: false,
    due: { days: { option: 'registerWithinDays' } },
    pace: { tolerance: 1 },
    options: { registerWithinDays: option(30, 'LOWER', '报到期限(天)', 'Days to register ("及时")', true) },
    notes: ['Due registerWithinDays after the later of 1 January and memberSince; a registration of an earlier year still counts.'],
  }),
  defineRule({
    id: 'S9.PROJECTS',
    system: 'S9',
    kind: 'quota',
    title: { zh: '认领社区服务项目', en: 'Community service projects claimed' },
    text: { zh: '认领1至2个社区服务项目(0个为未完成,超过2个提示)。', en: 'Claims 1–2 community service projects (0 = missed, more than 2 = warning).' },
    citation: '§三(九)1',
    source: SOURCE,
    appliesTo: { subject: 'PERSON', profiles: ['PARTY_MEMBER'] },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['SERVICE_PROJECT'] }, distinct: ['projectId'], unit: UNITS.ITEMS },
    threshold: { min: 1, max: 2 },
    proRate: false,
  }),
  defineRule({
    id: 'S9.PAIR',
    system: 'S9',
    kind: 'quota',
    title: { zh: '进站点党员干部结对困难家庭', en: 'Service-station cadre paired with one needy family' },
    text: { zh: '每名进站点的党员干部都要与1名困难家庭结对子。', en: 'Every cadre at a service station pairs with exactly one needy family.' },
    citation: '§三(九)1',
    source: '开展好结对帮扶工作,每名进站点的党员干部都要与1名困难家庭结对子。',
    appliesTo: { subject: 'PERSON', profiles: ['PARTY_MEMBER'], when: ['serviceStation'] },
    period: 'YEAR',
    measure: {
      type: 'COUNT',
      of: { kinds: ['SERVICE_PAIRING'], where: [{ field: 'householdFlags', op: 'includesAny', value: NEEDY_HOUSEHOLD_FLAGS }] },
      distinct: ['householdId'],
      unit: UNITS.ITEMS,
    },
    threshold: { min: 1, max: 1 },
    proRate: false,
  }),
  defineRule({
    id: 'S9.WARMTH',
    system: 'S9',
    kind: 'advisory',
    title: { zh: '送温暖活动', en: 'Warmth visits' },
    text: { zh: '定期走访慰问老干部、生活困难家庭、身患重病的职工。', en: 'Regular visits to retired cadres, needy and seriously ill workers.' },
    citation: '§三(九)1',
    source: '定期开展送温暖活动,积极走访慰问老干部、生活困难家庭、身患重病的职工',
    appliesTo: { subject: 'UNIT', unitKinds: ORGANISATION_KINDS },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['WARMTH_VISIT'] }, unit: UNITS.TIMES },
    threshold: { min: 1 },
  }),
];
