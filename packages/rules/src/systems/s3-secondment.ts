// S3 基层挂职锻炼制度 — Grassroots secondment (§三(三)).

import type { Rule } from '../rule.js';
import { defineRule, option, UNITS } from './define.js';

const SECONDMENTS = { kinds: ['SECONDMENT'] } as const;

export const S3_RULES: readonly Rule[] = [
  defineRule({
    id: 'S3.DURATION',
    system: 'S3',
    kind: 'constraint',
    title: { zh: '挂职时间不少于1年、脱离原岗位', en: 'Secondment: at least a year, away from the original post' },
    text: {
      zh: '挂职干部脱离原单位岗位,工作和吃住在基层,时间一般不少于1年。',
      en: 'The secondee leaves the original post, works and lives at the grassroots, for at least one year.',
    },
    citation: '§三(三)1',
    source: '在基层工作期间,机关干部要脱离原单位岗位,坚持工作和吃住在基层,时间一般不少于1年。',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: SECONDMENTS, check: 'SECONDMENT_DURATION', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
    options: { minYears: option(1, 'HIGHER', '最短挂职年限', 'Minimum years of a secondment') },
  }),
  defineRule({
    id: 'S3.ELIGIBLE',
    system: 'S3',
    kind: 'constraint',
    title: { zh: '到管理区社区挂职的选派条件', en: 'Eligibility for an area or community posting' },
    text: {
      zh: '40岁以下、大专以上学历、中共党员、科级以下干部或优秀年轻大学生;优先选派没有基层工作经历的后备干部。不符合条件须记录例外理由。',
      en: 'Under 40, college (大专) or above, CPC member, section level or below (or an outstanding young graduate); reserve cadres without grassroots experience first. Exceptions need a recorded reason.',
    },
    citation: '§三(三)2',
    source:
      '重点从农场机关和事业单位选派年龄在40岁以下、大专以上学历、中共党员、有强烈的事业心、组织重点培养、发展潜力较大的科级以下干部和优秀年轻大学生,优先选派没有基层工作经历的后备干部,到基层管理区、作业站、社区担任党组织书记或副书记',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: SECONDMENTS, check: 'SECONDMENT_ELIGIBLE', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
    options: {
      maxAge: option(40, 'LOWER', '年龄上限', 'Age limit'),
      maxAgeInclusive: option(false, 'FALSE', '“40岁以下”含40岁', '"40岁以下" includes age 40'),
    },
    notes: [
      'Spec: age < 40. Chinese legal usage reads "以下" as including the number (40 still eligible): set maxAgeInclusive.',
    ],
  }),
  defineRule({
    id: 'S3.ASSESS',
    system: 'S3',
    kind: 'workflow',
    title: { zh: '挂职干部监督考核', en: 'Secondment feedback and assessment' },
    text: {
      zh: '派出单位与任职单位定期沟通反馈,挂职结束须有考核结果。',
      en: 'Regular feedback between the sending and the host organisation; a recorded assessment with its result when the secondment ends.',
    },
    citation: '§三(三)3',
    source: '派出单位的组织部门要加强与干部任职所在单位党组织联系,定期沟通反馈信息,完善考核和业绩工作档案……要将挂职干部的考核结果与干部的选拔任用、奖惩直接挂钩。',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: SECONDMENTS, check: 'SECONDMENT_ASSESSED', minRecords: 0, unit: UNITS.RECORDS },
    threshold: { min: 1 },
    options: {
      feedbackEveryDays: option(183, 'LOWER', '沟通反馈间隔(天)', 'Days between feedbacks ("定期")', true),
      assessWithinDays: option(30, 'LOWER', '结束后考核期限(天)', 'Days after the end to record the assessment', true),
    },
  }),
];
