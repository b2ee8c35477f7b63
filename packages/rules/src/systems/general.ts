// General requirements (§四).

import type { Rule } from '../rule.js';
import { defineRule, UNITS } from './define.js';

export const GENERAL_RULES: readonly Rule[] = [
  defineRule({
    id: 'G.YEAR_END',
    system: 'G',
    kind: 'quota',
    title: { zh: '年底向管理局党委报告', en: 'Year-end report to the bureau committee' },
    text: {
      zh: '各农场、管理局各直属单位每年年底向管理局党委报告本项工作情况。',
      en: 'Every farm and bureau-direct unit reports on this work to the bureau Party committee at the end of each year.',
    },
    citation: '§四',
    source: '各农场、管理局各直属单位的党员干部联系职工群众和畅通职工群众诉求表达渠道工作情况,每年年底向管理局党委报告。',
    appliesTo: { subject: 'UNIT', unitKinds: ['FARM', 'DIRECT_UNIT'] },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['YEAR_END_REPORT'] }, unit: UNITS.REPORTS },
    threshold: { min: 1 },
    proRate: false,
    pace: { tolerance: 1 },
  }),
  defineRule({
    id: 'G.EVALUATION',
    system: 'G',
    kind: 'workflow',
    title: { zh: '纳入干部考核', en: 'Part of the annual evaluation' },
    text: {
      zh: '联系和服务群众的情况列为干部考核的一项重要内容。',
      en: "Compliance with these systems is part of each cadre's annual evaluation.",
    },
    citation: '§四3',
    source: '要把联系和服务群众的情况列为干部考核的一项重要内容,作为干部选拔任用的一个重要依据',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: { kinds: ['ANNUAL_EVALUATION'] }, check: 'EVALUATION_INCLUDES', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
  }),
  defineRule({
    id: 'G.LOCAL_RULES',
    system: 'G',
    kind: 'constraint',
    title: { zh: '本单位实施办法只能从严', en: 'Local rules may only tighten' },
    text: {
      zh: '各单位可制定具体实施办法,自生效日起提高标准,不得降低。',
      en: 'A unit may adopt implementing measures that tighten a quota from an effective date, never loosen it.',
    },
    citation: '§四',
    source: '各单位要结合实际,制定具体实施办法和相关配套措施,在实践中不断探索完善,形成工作的长效机制。',
    appliesTo: { subject: 'UNIT', unitKinds: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: { kinds: ['LOCAL_RULE'] }, check: 'LOCAL_RULE_TIGHTENS', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
  }),
];
