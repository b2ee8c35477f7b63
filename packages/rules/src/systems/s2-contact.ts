// S2 基层联系点制度 — Grassroots contact points (§三(二)).

import type { MixComponent, Rule } from '../rule.js';
import { NEEDY_HOUSEHOLD_FLAGS, type OrgUnitKind } from '../vocabulary/org.js';
import { defineRule, GRASSROOTS_KINDS, option, UNITS } from './define.js';

const MIX_SOURCE =
  '管理局、农场领导班子成员都要建立基层联系点,原则上要做到“一联五”,管理局领导要联系1个管理区、1个社区、1个工业企业、1个农业合作组织、2个职工家庭,农场领导要联系1个居民小区、1个生产作业点、1个农业合作组织、1个工业项目、2个职工家庭。';

const ACTIVE_LINKS = { kinds: ['CONTACT_LINK'], window: 'AT_END' } as const;

const workerFamilies = (min: number): MixComponent => ({
  key: 'WORKER_FAMILY',
  title: { zh: '职工家庭', en: 'Worker families' },
  targetKinds: ['HOUSEHOLD'],
  targetFlags: ['WORKER_FAMILY'],
  min,
});
const one = (kind: OrgUnitKind, zh: string, en: string): MixComponent => ({
  key: kind,
  title: { zh, en },
  targetKinds: [kind],
  min: 1,
});

const mix = (id: string, profiles: Rule['appliesTo'], title: Rule['title'], text: Rule['text'], components: MixComponent[], source = MIX_SOURCE): Rule =>
  defineRule({
    id,
    system: 'S2',
    kind: 'quota',
    title,
    text,
    citation: '§三(二)1',
    source,
    appliesTo: profiles,
    period: 'YEAR',
    measure: { type: 'MIX', of: ACTIVE_LINKS, components, unit: UNITS.CONTACT_POINTS },
    threshold: { min: 1 },
    proRate: false,
    notes: ['Counts the links active on the last counted day (as-of, or the end of the period).'],
  });

export const S2_RULES: readonly Rule[] = [
  mix(
    'S2.MIX.BUREAU',
    { subject: 'PERSON', profiles: ['BUREAU_LEADER'] },
    { zh: '管理局领导“一联五”', en: 'Bureau leader contact mix ("one links five")' },
    {
      zh: '联系1个管理区、1个社区、1个工业企业、1个农业合作组织、2个职工家庭。',
      en: 'Links 1 management area, 1 community, 1 industrial enterprise, 1 agricultural cooperative and 2 worker families.',
    },
    [
      one('MANAGEMENT_AREA', '管理区', 'Management area'),
      one('COMMUNITY', '社区', 'Community'),
      one('ENTERPRISE', '工业企业', 'Industrial enterprise'),
      one('COOPERATIVE', '农业合作组织', 'Agricultural cooperative'),
      workerFamilies(2),
    ],
  ),
  mix(
    'S2.MIX.FARM',
    { subject: 'PERSON', profiles: ['FARM_LEADER'] },
    { zh: '农场领导“一联五”', en: 'Farm leader contact mix ("one links five")' },
    {
      zh: '联系1个居民小区、1个生产作业点、1个农业合作组织、1个工业项目、2个职工家庭。',
      en: 'Links 1 residential quarter, 1 production point, 1 agricultural cooperative, 1 industrial project and 2 worker families.',
    },
    [
      one('RESIDENTIAL_QUARTER', '居民小区', 'Residential quarter'),
      one('PRODUCTION_POINT', '生产作业点', 'Production point'),
      one('COOPERATIVE', '农业合作组织', 'Agricultural cooperative'),
      one('INDUSTRIAL_PROJECT', '工业项目', 'Industrial project'),
      workerFamilies(2),
    ],
  ),
  mix(
    'S2.MIX.AREA',
    { subject: 'PERSON', profiles: ['AREA_TEAM'] },
    { zh: '包组联户', en: 'Area team: a group and four households' },
    { zh: '至少联系1个居民组、4个居民家庭。', en: "Links at least 1 residents' group and 4 households." },
    [
      one('RESIDENTS_GROUP', '居民组', "Residents' group"),
      { key: 'HOUSEHOLD', title: { zh: '居民家庭', en: 'Households' }, targetKinds: ['HOUSEHOLD'], min: 4 },
    ],
    '管理区和社区班子成员按照包组联户的要求,至少联系1个居民组、4个居民家庭。',
  ),
  mix(
    'S2.MIX.ORGAN',
    { subject: 'PERSON', profiles: ['DEPT_HEAD', 'DIRECT_UNIT_PRINCIPAL'] },
    { zh: '机关部门、企事业单位领导干部联系基层', en: 'Organ leaders link a grassroots unit of their sector' },
    { zh: '至少联系1个本系统本行业的基层单位。', en: 'Links at least one grassroots unit of their own sector.' },
    [
      {
        key: 'OWN_SECTOR_UNIT',
        title: { zh: '本系统本行业基层单位', en: 'Grassroots unit of own sector' },
        targetKinds: GRASSROOTS_KINDS,
        sameSector: true,
        min: 1,
      },
    ],
    '机关部门、企事业单位领导干部要至少联系1个本系统本行业的基层单位',
  ),
  defineRule({
    id: 'S2.NEEDY',
    system: 'S2',
    kind: 'advisory',
    title: { zh: '鼓励联系困难群众', en: 'Encouraged: link needy households' },
    text: {
      zh: '鼓励联系贫困户、五保户、残疾人、空巢老人和留守儿童。',
      en: 'Encouraged to also link poor, five-guarantee, disabled, empty-nest and left-behind households.',
    },
    citation: '§三(二)1',
    source: '并鼓励他们联系贫困户、五保户、残疾人、空巢老人和留守儿童。',
    appliesTo: { subject: 'PERSON', profiles: ['DEPT_HEAD', 'DIRECT_UNIT_PRINCIPAL'] },
    period: 'YEAR',
    measure: {
      type: 'COUNT',
      of: { ...ACTIVE_LINKS, where: [{ field: 'targetFlags', op: 'includesAny', value: NEEDY_HOUSEHOLD_FLAGS }] },
      unit: UNITS.CONTACT_POINTS,
    },
    threshold: { min: 1 },
  }),
  defineRule({
    id: 'S2.NO_OVERLAP',
    system: 'S2',
    kind: 'constraint',
    title: { zh: '联系点不重复交叉', en: 'No overlapping contact at one level' },
    text: {
      zh: '同一层级一个联系点一般只由一名干部联系(提示,不阻止)。',
      en: 'At one level a target is linked by at most one cadre (a warning, not a block).',
    },
    citation: '§三(二)1',
    source: '各层级联系点一般不重复交叉',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: { kinds: ['CONTACT_LINK'] }, check: 'CONTACT_OVERLAP', minRecords: 0, unit: UNITS.CONTACT_POINTS },
    threshold: { min: 1 },
    notes: ['Overlaps are warnings: the rule is MET with warnings. Pass other cadres\' links in facts (owner ANY).'],
  }),
  defineRule({
    id: 'S2.COVER_LAGGING',
    system: 'S2',
    kind: 'coverage',
    title: { zh: '落后单位和困难群众都有党员干部联系', en: 'Every lagging unit and needy household has a contact' },
    text: {
      zh: '落后的农场、管理区、居民组及困难职工群众都有党员干部联系。',
      en: "Every lagging farm, area and residents' group, and every needy household, has at least one active cadre contact.",
    },
    citation: '§三(二)1',
    source: '确保落后的农场、管理区、居民组及困难职工群众都有党员干部联系。',
    appliesTo: { subject: 'UNIT', unitKinds: ['BUREAU', 'FARM', 'MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY'] },
    period: 'YEAR',
    measure: {
      type: 'COVERAGE',
      of: { kinds: ['CONTACT_LINK'], owner: 'ANY', window: 'AT_END' },
      members: { from: 'SUBJECT_SET', key: 'LAGGING_TARGETS' },
      match: ['targetId'],
      perMember: 1,
      unit: UNITS.MEMBERS,
    },
    threshold: { min: 1 },
  }),
  defineRule({
    id: 'S2.BRANCH',
    system: 'S2',
    kind: 'quota',
    title: { zh: '党委书记结对帮扶基层党支部', en: 'Party secretary pairs with a grassroots branch' },
    text: {
      zh: '各级党委书记至少结对帮扶1个基层党支部(总支),重点联系发展滞后的基层党组织。',
      en: 'Every Party secretary pairs with at least one grassroots branch, preferably a lagging one.',
    },
    citation: '§三(二)1',
    source: '各级党委书记还要至少结对帮扶1个基层党支部(总支),重点联系发展滞后、困难较多、情况复杂的基层党组织。',
    appliesTo: { subject: 'PERSON', profiles: ['PARTY_SECRETARY'] },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['BRANCH_PAIRING'], window: 'AT_END' }, distinct: ['targetId'], unit: UNITS.ITEMS },
    threshold: { min: 1 },
    proRate: false,
  }),
  defineRule({
    id: 'S2.DURATION',
    system: 'S2',
    kind: 'constraint',
    title: { zh: '联系时间不少于1年', en: 'A contact link lasts at least a year' },
    text: {
      zh: '联系基层单位或职工家庭的时间一般不少于1年;提前结束须记录原因。',
      en: 'A link lasts at least one year; ending it earlier needs a recorded reason.',
    },
    citation: '§三(二)3',
    source: '各级班子成员和领导干部联系基层单位或职工家庭的时间一般不少于1年。……不实现全面提高不脱钩。',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: { type: 'CHECK', of: { kinds: ['CONTACT_LINK'] }, check: 'CONTACT_DURATION', minRecords: 0, unit: UNITS.CONTACT_POINTS },
    threshold: { min: 1 },
    options: { minYears: option(1, 'HIGHER', '最短联系年限', 'Minimum years of a link') },
  }),
  defineRule({
    id: 'S2.VISITS',
    system: 'S2',
    kind: 'quota',
    title: { zh: '到联系点次数', en: 'Visits to each contact point' },
    text: { zh: '每年到每个联系点至少2次、每次至少1天。', en: 'At least two visits a year to each contact point, each of at least one day.' },
    citation: '§三(二)3',
    source: '每年到联系点的次数至少2次、每次至少1天。',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: {
      type: 'COVERAGE',
      of: { kinds: ['CONTACT_VISIT'], where: [{ field: 'days', op: 'gte', value: { option: 'minVisitDays' } }] },
      members: { from: 'FACTS', of: { kinds: ['CONTACT_LINK'] }, idField: 'id' },
      match: ['linkId'],
      perMember: { option: 'visitsPerYear' },
      unit: UNITS.CONTACT_POINTS,
    },
    threshold: { min: 1 },
    options: {
      visitsPerYear: option(2, 'HIGHER', '每个联系点每年次数', 'Visits per contact point per year'),
      minVisitDays: option(1, 'HIGHER', '每次最少天数', 'Minimum days of a visit'),
    },
    proRate: false,
    notes: ['A link active for part of the year owes visitsPerYear × its share of the year (rounded half up).'],
  }),
  defineRule({
    id: 'S2.FAMILY_VISITS',
    system: 'S2',
    kind: 'quota',
    title: { zh: '走访联系的职工家庭', en: 'Visits to each linked worker family' },
    text: { zh: '每年沟通走访联系的职工家庭2次以上。', en: 'At least two visits a year to each linked worker family.' },
    citation: '§三(二)3',
    source: '要及时了解掌握职工家庭情况,每年沟通走访联系的职工家庭2次以上,帮助指导生产生活,不实现全面提高不脱钩。',
    appliesTo: { subject: 'PERSON', profiles: 'ANY' },
    period: 'YEAR',
    measure: {
      type: 'COVERAGE',
      of: { kinds: ['FAMILY_VISIT'] },
      members: {
        from: 'FACTS',
        of: {
          kinds: ['CONTACT_LINK'],
          where: [
            { field: 'targetKind', op: 'eq', value: 'HOUSEHOLD' },
            { field: 'targetFlags', op: 'includesAny', value: ['WORKER_FAMILY'] },
          ],
        },
        idField: 'targetId',
      },
      match: ['householdId'],
      perMember: { option: 'visitsPerYear' },
      unit: UNITS.MEMBERS,
    },
    threshold: { min: 1 },
    options: { visitsPerYear: option(2, 'HIGHER', '每户每年走访次数', 'Visits per family per year') },
    proRate: false,
  }),
  defineRule({
    id: 'S2.REVIEW',
    system: 'S2',
    kind: 'workflow',
    implied: true,
    title: { zh: '定期督促检查并通报', en: 'Periodic supervision and progress notices' },
    text: {
      zh: '各级党组织定期督促检查并通报进展情况(默认每年至少2次)。',
      en: 'Party organisations supervise and issue progress notices periodically (default: at least twice a year).',
    },
    citation: '§三(二)3',
    source: '各级党组织要定期督促检查并通报进展情况,对工作做得好的及时宣传,树立先进典型,形成长效机制。',
    appliesTo: { subject: 'UNIT', unitKinds: ['BUREAU', 'FARM', 'DIRECT_UNIT'] },
    period: 'YEAR',
    measure: { type: 'COUNT', of: { kinds: ['PROGRESS_NOTICE'] }, unit: UNITS.TIMES },
    threshold: { min: 2 },
    notes: ['"定期" has no number: two notices a year (half-yearly) is our default.'],
  }),
];
