import type { Title } from '@lianxi/rules';
import type { FieldDef, FilterDef, RecordDef, RefTarget } from './model';

const t = (zh: string, en: string): Title => ({ zh, en });

// ── field builders: a definition reads as a list of what the record holds ─────────────────────────────────
type Extra = Partial<FieldDef>;
const text = (source: string, title: Title, extra: Extra = {}): FieldDef => ({ source, kind: 'text', title, ...extra });
const long = (source: string, title: Title, extra: Extra = {}): FieldDef => ({ source, kind: 'longText', title, ...extra });
const date = (source: string, title: Title, extra: Extra = {}): FieldDef => ({ source, kind: 'date', title, ...extra });
const bool = (source: string, title: Title, extra: Extra = {}): FieldDef => ({ source, kind: 'boolean', title, ...extra });
const num = (source: string, title: Title, extra: Extra = {}): FieldDef => ({ source, kind: 'number', title, ...extra });
const days = (source: string, title: Title, extra: Extra = {}): FieldDef => ({ source, kind: 'days', title, ...extra });
const en = (source: string, enumName: FieldDef['enumName'], title: Title, extra: Extra = {}): FieldDef => ({ source, kind: 'enum', enumName, title, ...extra });
const ref = (source: string, reference: RefTarget, via: string | undefined, title: Title, extra: Extra = {}): FieldDef => ({
  source,
  kind: 'ref',
  reference,
  ...(via ? { via } : {}),
  title,
  ...extra,
});
const refs = (source: string, reference: RefTarget, via: string | undefined, title: Title, extra: Extra = {}): FieldDef => ({
  ...ref(source, reference, via, title, extra),
  kind: 'refs',
});

const SELF_HINT = t('留空则记在本人名下', 'Leave empty to record it for yourself');
const person = (title = t('干部', 'Cadre'), extra: Extra = {}) => ref('personId', 'people', 'person', title, { list: true, helper: SELF_HINT, ...extra });
const member = (title: Title, extra: Extra = {}) => ref('personId', 'people', 'person', title, { list: true, required: true, ...extra });
const unit = (title = t('所在单位', 'Unit'), extra: Extra = {}) => ref('unitId', 'orgUnits', 'unit', title, { list: true, ...extra });
const note = long('note', t('备注', 'Note'));

// ── filter builders ───────────────────────────────────────────────────────────────────────────────────────
const mine: FilterDef = { source: 'mine', kind: 'mine', alwaysOn: true };
const under: FilterDef = { source: 'underId', kind: 'ref', reference: 'orgUnits', alwaysOn: true };
const byPerson: FilterDef = { source: 'personId', kind: 'ref', reference: 'people' };
const from: FilterDef = { source: 'from', kind: 'date' };
const to: FilterDef = { source: 'to', kind: 'date' };
const search: FilterDef = { source: 'q', kind: 'search', alwaysOn: true };
const personFilters = [mine, under, byPerson, from, to];
const unitFilters = [under, from, to];

/** Titles of filters that are not fields of the record; a filter with a field of its source takes its title. */
export const SHARED_FILTER_TITLES: Record<string, Title> = {
  mine: t('只看我的', 'Mine only'),
  underId: t('所在单位（含下级）', 'Anywhere under'),
  from: t('起始日期', 'From'),
  to: t('截止日期', 'To'),
  q: t('搜索', 'Search'),
  activeOn: t('在期日期', 'Running on'),
  openOn: t('开通日期', 'Open on'),
  forwarded: t('已转交', 'Forwarded'),
  answered: t('已答复', 'Answered'),
  evaluated: t('已测评', 'Evaluated'),
  overridden: t('资格例外', 'With an eligibility override'),
  visitedUnitId: t('走访过的单位', 'Unit visited'),
  deputyId: t('参加的党代表', 'Deputy taking part'),
  kinds: t('渠道类型', 'Kinds'),
  adoptions: t('采纳情况', 'Adoption'),
  statuses: t('状态', 'Status'),
  categories: t('承诺类别', 'Categories'),
  reasons: t('报到类型', 'Reasons'),
  states: t('案件状态', 'States'),
  clock: t('期限', 'Deadline'),
  announced: t('已公告', 'Announced'),
  targetId: t('联系对象', 'Contact target'),
  id: t('编号', 'ID'),
  createdAt: t('创建时间', 'Created'),
  updatedAt: t('更新时间', 'Updated'),
  warnings: t('规则提示', 'Rule warnings'),
};

// ── S1 调查研究 ────────────────────────────────────────────────────────────────────────────────────────────
const tripFields: FieldDef[] = [
  person(),
  date('occurredOn', t('开始日期', 'From'), { list: true, required: true }),
  date('endsOn', t('结束日期', 'To'), { list: true }),
  days('days', t('天数', 'Days'), { list: true, required: true, helper: t('可按半天计，如 1.5', 'Halves allowed, e.g. 1.5') }),
  refs('unitsVisitedIds', 'orgUnits', 'unitsVisited', t('走访单位', 'Units visited'), { list: true }),
  refs('householdsVisitedIds', 'households', undefined, t('走访农户', 'Households visited')),
  long('purpose', t('调研目的', 'Purpose')),
  long('findings', t('调研成果', 'Findings')),
  bool('travelLight', t('轻车简从', 'Travelled light')),
  bool('noReception', t('不搞层层陪同和迎来送往', 'No escorts or receptions')),
  bool('noDisturbance', t('不干扰基层正常工作', 'Did not disturb the grassroots')),
  unit(t('所在单位', 'Unit'), { readOnly: true }),
  note,
];

export const researchTrips: RecordDef = {
  name: 'researchTrips',
  system: 'S1',
  title: t('调研 |||| 调研记录', 'Research trip |||| Research trips'),
  fields: [...tripFields.slice(0, 11), bool('stationed', t('蹲点调研', 'Stationed stay'), { list: true }), ...tripFields.slice(11)],
  filters: [...personFilters, { source: 'stationed', kind: 'boolean' }, { source: 'visitedUnitId', kind: 'ref', reference: 'orgUnits' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'occurredOn',
  warnings: true,
};

export const stationedStays: RecordDef = {
  ...researchTrips,
  name: 'stationedStays',
  title: t('蹲点调研 |||| 蹲点调研', 'Stationed stay |||| Stationed stays'),
  fields: tripFields,
  filters: [...personFilters, { source: 'visitedUnitId', kind: 'ref', reference: 'orgUnits' }],
  permanentFilter: { stationed: true },
};

export const researchTopics: RecordDef = {
  name: 'researchTopics',
  system: 'S1',
  title: t('调研课题 |||| 调研课题', 'Research topic |||| Research topics'),
  fields: [
    text('title', t('课题名称', 'Title'), { list: true, required: true }),
    bool('major', t('管理局党委重大课题', "Committee's major topic"), { list: true }),
    en('status', 'TopicStatus', t('状态', 'Status'), { list: true, readOnly: true }),
    person(t('提出人', 'Proposed by')),
    date('occurredOn', t('提出日期', 'Proposed on'), { list: true, required: true }),
    date('approvedOn', t('审定日期', 'Approved on'), { list: true, readOnly: true }),
    ref('unitId', 'orgUnits', 'unit', t('所在单位', 'Unit')),
    long('plan', t('调研方案', 'Plan')),
    refs('teamIds', 'people', 'team', t('课题组成员', 'Team')),
    note,
  ],
  filters: [...personFilters, { source: 'major', kind: 'boolean' }, { source: 'status', kind: 'enum', enumName: 'TopicStatus' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'title',
  warnings: true,
};

export const researchReports: RecordDef = {
  name: 'researchReports',
  system: 'S1',
  title: t('调研报告 |||| 调研报告', 'Research report |||| Research reports'),
  fields: [
    text('title', t('报告标题', 'Title'), { list: true, required: true }),
    person(t('撰写人', 'Author')),
    date('occurredOn', t('报告日期', 'Date'), { list: true, required: true }),
    ref('topicId', 'researchTopics', 'topic', t('所属课题', 'Topic')),
    bool('written', t('书面报告', 'Written report'), { list: true }),
    en('submittedTo', 'ReportRecipient', t('报送对象', 'Submitted to'), { list: true }),
    en('routedTo', 'ReportRecipient', t('应报送至', 'Due to'), { list: true, readOnly: true }),
    long('summary', t('内容摘要', 'Summary')),
    text('fileRef', t('报告文件', 'File')),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [...personFilters, { source: 'submittedTo', kind: 'enum', enumName: 'ReportRecipient' }, { source: 'topicId', kind: 'ref', reference: 'researchTopics' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'title',
  warnings: true,
};

// ── S2 基层联系点 ──────────────────────────────────────────────────────────────────────────────────────────
export const contactLinks: RecordDef = {
  name: 'contactLinks',
  system: 'S2',
  title: t('联系点 |||| 联系点', 'Contact link |||| Contact links'),
  fields: [
    person(t('联系干部', 'Cadre')),
    ref('targetUnitId', 'orgUnits', 'targetUnit', t('联系单位', 'Unit contacted'), { list: true, helper: t('联系单位与联系户填一项', 'Fill in a unit or a household') }),
    ref('targetHouseholdId', 'households', 'targetHousehold', t('联系户', 'Household contacted'), { list: true }),
    en('category', 'ContactCategory', t('一联五类别', 'Category'), { list: true }),
    en('level', 'ContactLevel', t('联系层级', 'Level'), { list: true }),
    date('occurredOn', t('开始日期', 'From'), { list: true, required: true }),
    date('endsOn', t('结束日期', 'To'), { list: true }),
    text('endReason', t('结束原因', 'End reason'), { helper: t('不满一年结束的须填写', 'Required when it ends within a year') }),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [
    ...personFilters,
    { source: 'category', kind: 'enum', enumName: 'ContactCategory' },
    { source: 'level', kind: 'enum', enumName: 'ContactLevel' },
    { source: 'activeOn', kind: 'date' },
  ],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'targetUnitId',
  warnings: true,
};

export const contactVisits: RecordDef = {
  name: 'contactVisits',
  system: 'S2',
  title: t('联系点走访 |||| 联系点走访', 'Contact visit |||| Contact visits'),
  fields: [
    ref('linkId', 'contactLinks', 'link', t('联系点', 'Contact link'), { list: true, required: true }),
    date('occurredOn', t('走访日期', 'Date'), { list: true, required: true }),
    days('days', t('天数', 'Days'), { list: true, required: true, helper: t('不足一天的走访保留记录，但不计入走访次数', 'A visit under a day is kept but does not count') }),
    bool('counts', t('计入走访次数', 'Counts'), { list: true, readOnly: true }),
    long('content', t('走访内容', 'What was done')),
    ref('personId', 'people', 'person', t('联系干部', 'Cadre'), { list: true, readOnly: true }),
    note,
  ],
  filters: [...personFilters, { source: 'linkId', kind: 'ref', reference: 'contactLinks' }, { source: 'counts', kind: 'boolean' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  defaults: { days: 1 },
  representation: 'occurredOn',
};

export const familyVisits: RecordDef = {
  name: 'familyVisits',
  system: 'S2',
  title: t('职工家访 |||| 职工家访', 'Family visit |||| Family visits'),
  fields: [
    ref('householdId', 'households', 'household', t('走访家庭', 'Household'), { list: true, required: true }),
    date('occurredOn', t('走访日期', 'Date'), { list: true, required: true }),
    person(),
    ref('linkId', 'contactLinks', 'link', t('所属联系点', 'Contact link')),
    long('content', t('走访内容', 'What was done')),
    note,
  ],
  filters: [...personFilters, { source: 'householdId', kind: 'ref', reference: 'households' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'occurredOn',
};

export const branchPairings: RecordDef = {
  name: 'branchPairings',
  system: 'S2',
  title: t('党支部结对 |||| 党支部结对', 'Branch pairing |||| Branch pairings'),
  fields: [
    person(t('党组织书记', 'Party secretary')),
    ref('branchId', 'orgUnits', 'branch', t('结对党支部', 'Branch'), { list: true, required: true, refFilter: { kind: 'PARTY_BRANCH' } }),
    date('occurredOn', t('结对日期', 'Paired on'), { list: true, required: true }),
    date('endsOn', t('结束日期', 'Ends on'), { list: true }),
    long('goal', t('结对目标', 'Goal')),
    note,
  ],
  filters: [...personFilters, { source: 'branchId', kind: 'ref', reference: 'orgUnits', refFilter: { kind: 'PARTY_BRANCH' } }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'branchId',
};

// ── S3 挂职锻炼 ────────────────────────────────────────────────────────────────────────────────────────────
export const secondments: RecordDef = {
  name: 'secondments',
  system: 'S3',
  title: t('挂职锻炼 |||| 挂职锻炼', 'Secondment |||| Secondments'),
  fields: [
    member(t('挂职干部', 'Cadre')),
    ref('fromUnitId', 'orgUnits', 'fromUnit', t('原单位', 'From unit')),
    text('fromPost', t('原职务', 'From post')),
    ref('toUnitId', 'orgUnits', 'toUnit', t('挂职单位', 'To unit'), { list: true, required: true }),
    text('toPost', t('挂职职务', 'Post held'), { list: true, required: true }),
    en('role', 'SecondmentRole', t('挂职角色', 'Role'), { list: true }),
    date('occurredOn', t('开始日期', 'From'), { list: true, required: true }),
    date('endsOn', t('结束日期', 'To'), { list: true }),
    bool('livesAtGrassroots', t('吃住在基层', 'Lives at the grassroots')),
    bool('leftOriginalPost', t('脱离原工作岗位', 'Left the original post')),
    bool('outstandingGraduate', t('优秀大学毕业生', 'Outstanding graduate')),
    long('eligibilityOverrideReason', t('资格例外理由', 'Eligibility override reason'), {
      helper: t('不符合挂职条件（S3.ELIGIBLE）时须填写，并记入操作日志', 'Needed when S3.ELIGIBLE fails; it is audited'),
    }),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [...personFilters, { source: 'toUnitId', kind: 'ref', reference: 'orgUnits' }, { source: 'overridden', kind: 'boolean' }, { source: 'activeOn', kind: 'date' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'toPost',
  warnings: true,
};

export const secondmentAssessments: RecordDef = {
  name: 'secondmentAssessments',
  system: 'S3',
  title: t('挂职考核 |||| 挂职考核', 'Secondment assessment |||| Secondment assessments'),
  fields: [
    ref('secondmentId', 'secondments', 'secondment', t('挂职记录', 'Secondment'), { list: true, required: true }),
    ref('personId', 'people', 'person', t('挂职干部', 'Cadre'), { list: true, readOnly: true }),
    en('kind', 'AssessmentKind', t('考核类型', 'Kind'), { list: true, required: true }),
    date('occurredOn', t('考核日期', 'Date'), { list: true, required: true }),
    en('result', 'AssessmentResult', t('考核结果', 'Result'), { list: true }),
    long('comment', t('评价意见', 'Comment')),
    note,
  ],
  filters: [...personFilters, { source: 'kind', kind: 'enum', enumName: 'AssessmentKind' }, { source: 'secondmentId', kind: 'ref', reference: 'secondments' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'occurredOn',
};

// ── S5 谈心 ────────────────────────────────────────────────────────────────────────────────────────────────
export const talks: RecordDef = {
  name: 'talks',
  system: 'S5',
  title: t('谈心谈话 |||| 谈心谈话', 'Talk |||| Talks'),
  fields: [
    person(t('谈话人', 'Talked')),
    en('kind', 'TalkKind', t('谈心类型', 'Kind'), { list: true, required: true }),
    date('occurredOn', t('谈话日期', 'Date'), { list: true, required: true }),
    ref('counterpartId', 'people', 'counterpart', t('谈话对象', 'With'), { list: true }),
    text('participants', t('参加人员', 'Participants')),
    text('round', t('轮次', 'Round')),
    long('opinions', t('听取的意见', 'Opinions heard')),
    ref('forwardedToId', 'orgUnits', 'forwardedTo', t('转交部门', 'Forwarded to'), { list: true }),
    date('forwardedOn', t('转交日期', 'Forwarded on')),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [...personFilters, { source: 'kind', kind: 'enum', enumName: 'TalkKind' }, { source: 'forwarded', kind: 'boolean' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'occurredOn',
};

// ── S10 体验生活 ───────────────────────────────────────────────────────────────────────────────────────────
export const experiences: RecordDef = {
  name: 'experiences',
  system: 'S10',
  title: t('体验生活 |||| 体验生活', 'Experience |||| Experiences'),
  fields: [
    person(),
    en('kind', 'ExperienceKind', t('体验方式', 'Kind'), { list: true, required: true }),
    date('occurredOn', t('日期', 'Date'), { list: true, required: true }),
    text('place', t('地点', 'Place'), { list: true, required: true }),
    long('diary', t('民情日记', "People's-condition diary"), { list: true, required: true, helper: t('必填（S10.DIARY）', 'Required (S10.DIARY)') }),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [search, ...personFilters, { source: 'kind', kind: 'enum', enumName: 'ExperienceKind' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'occurredOn',
  representation: 'place',
};

// ── S6 征集意见 ────────────────────────────────────────────────────────────────────────────────────────────
export const opinionChannels: RecordDef = {
  name: 'opinionChannels',
  system: 'S6',
  title: t('意见征集渠道 |||| 意见征集渠道', 'Opinion channel |||| Opinion channels'),
  fields: [
    unit(t('单位', 'Unit'), { required: true }),
    text('name', t('渠道名称', 'Name'), { list: true, required: true }),
    en('kind', 'OpinionChannelKind', t('渠道类型', 'Kind'), { list: true, required: true }),
    text('contact', t('联系方式', 'Contact')),
    date('openedOn', t('开通日期', 'Opened on'), { list: true, required: true }),
    date('closedOn', t('关闭日期', 'Closed on'), { list: true }),
    note,
  ],
  filters: [...unitFilters, { source: 'kinds', kind: 'enums', enumName: 'OpinionChannelKind' }, { source: 'openOn', kind: 'date' }],
  sort: { field: 'openedOn', order: 'DESC' },
  dateField: 'openedOn',
  representation: 'name',
};

export const opinions: RecordDef = {
  name: 'opinions',
  system: 'S6',
  title: t('群众意见 |||| 群众意见', 'Opinion |||| Opinions'),
  fields: [
    ref('channelId', 'opinionChannels', 'channel', t('征集渠道', 'Channel'), { list: true, required: true }),
    date('receivedOn', t('收到日期', 'Received on'), { list: true, required: true }),
    long('content', t('意见内容', 'Content'), { list: true, required: true }),
    text('submitterName', t('提出人', 'Submitted by')),
    text('submitterPhone', t('联系电话', 'Phone'), { helper: t('号码已脱敏显示；不修改则保持原号码', 'Shown masked; leave as is to keep the number') }),
    text('forwardedTo', t('转交部门', 'Forwarded to'), { list: true }),
    date('forwardedOn', t('转交日期', 'Forwarded on')),
    long('answer', t('答复内容', 'Answer')),
    date('answeredOn', t('答复日期', 'Answered on')),
    en('adoption', 'Adoption', t('采纳情况', 'Adoption'), { list: true }),
    long('adoptionReason', t('采纳情况说明', 'Reason')),
    ref('decisionId', 'decisions', 'decision', t('相关决策', 'Decision')),
    unit(t('单位', 'Unit'), { readOnly: true }),
    note,
  ],
  filters: [
    search,
    ...unitFilters,
    { source: 'channelId', kind: 'ref', reference: 'opinionChannels' },
    { source: 'adoptions', kind: 'enums', enumName: 'Adoption' },
    { source: 'answered', kind: 'boolean' },
    { source: 'forwarded', kind: 'boolean' },
  ],
  sort: { field: 'receivedOn', order: 'DESC' },
  dateField: 'receivedOn',
  representation: 'receivedOn',
  warnings: true,
};

export const decisions: RecordDef = {
  name: 'decisions',
  system: 'S6',
  title: t('涉及群众利益的决策 |||| 涉及群众利益的决策', 'Decision |||| Decisions'),
  fields: [
    unit(t('决策单位', 'Unit'), { required: true }),
    text('title', t('决策事项', 'Title'), { list: true, required: true }),
    date('proposedOn', t('提出日期', 'Proposed on'), { list: true, required: true }),
    long('summary', t('主要内容', 'Summary')),
    {
      source: 'consultations',
      kind: 'rows',
      title: t('决策前征求意见', 'Consultations before the decision'),
      rows: [
        en('form', 'ConsultationForm', t('形式', 'Form'), { required: true }),
        date('date', t('日期', 'Date'), { required: true }),
        num('participants', t('参加人数', 'Participants')),
        text('summary', t('情况摘要', 'Summary')),
      ],
    },
    long('riskAssessment', t('风险评估', 'Risk assessment')),
    date('riskAssessedOn', t('风险评估日期', 'Assessed on')),
    en('riskLevel', 'RiskLevel', t('风险等级', 'Risk level')),
    date('decidedOn', t('决策日期', 'Decided on'), { list: true, helper: t('填写即视为已决策：须先有征求意见和风险评估（S6.DECISION）', 'Filling it marks the decision taken: consultation and risk assessment must come first (S6.DECISION)') }),
    long('feedback', t('意见采纳情况反馈', 'Adoption feedback')),
    date('feedbackPublishedOn', t('反馈公布日期', 'Feedback published on'), { list: true }),
    en('status', 'DecisionStatus', t('状态', 'Status'), { list: true, readOnly: true }),
    note,
  ],
  filters: [search, ...unitFilters, { source: 'statuses', kind: 'enums', enumName: 'DecisionStatus' }],
  sort: { field: 'proposedOn', order: 'DESC' },
  dateField: 'proposedOn',
  representation: 'title',
  warnings: true,
};

export const opinionAnalyses: RecordDef = {
  name: 'opinionAnalyses',
  system: 'S6',
  title: t('意见分析 |||| 意见分析', 'Opinion analysis |||| Opinion analyses'),
  fields: [
    unit(t('单位', 'Unit'), { required: true }),
    text('title', t('标题', 'Title'), { list: true, required: true }),
    date('madeOn', t('分析日期', 'Made on'), { list: true, required: true }),
    date('periodFrom', t('分析期起', 'Period from'), { list: true, required: true }),
    date('periodTo', t('分析期止', 'Period to'), { list: true, required: true }),
    long('findings', t('分析结论', 'Findings'), { required: true }),
    long('measures', t('改进措施', 'Measures')),
    note,
  ],
  filters: unitFilters,
  sort: { field: 'madeOn', order: 'DESC' },
  dateField: 'madeOn',
  representation: 'title',
};

// ── S7 承诺践诺 ────────────────────────────────────────────────────────────────────────────────────────────
export const commitments: RecordDef = {
  name: 'commitments',
  system: 'S7',
  title: t('党员承诺 |||| 党员承诺', 'Commitment |||| Commitments'),
  fields: [
    member(t('党员', 'Member')),
    { source: 'year', kind: 'year', title: t('年度', 'Year'), list: true },
    en('category', 'Sector', t('承诺类别', 'Category'), { list: true, required: true }),
    long('content', t('承诺内容', 'Content'), { list: true, required: true }),
    date('proposedOn', t('提出日期', 'Proposed on'), { list: true, required: true }),
    en('status', 'CommitmentStatus', t('状态', 'Status'), { list: true, readOnly: true }),
    date('publishedOn', t('公开日期', 'Made public on'), { readOnly: true }),
    date('fulfilledOn', t('履行日期', 'Fulfilled on'), { readOnly: true }),
    long('fulfilment', t('履行情况', 'Fulfilment')),
    date('evaluatedOn', t('评议日期', 'Evaluated on'), { readOnly: true }),
    en('evaluationResult', 'CommitmentEvaluationResult', t('评议结果', 'Evaluation'), { list: true, readOnly: true }),
    long('evaluationComment', t('评议意见', 'Evaluation comment')),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [
    under,
    byPerson,
    { source: 'year', kind: 'year' },
    { source: 'statuses', kind: 'enums', enumName: 'CommitmentStatus' },
    { source: 'categories', kind: 'enums', enumName: 'Sector' },
  ],
  sort: { field: 'proposedOn', order: 'DESC' },
  dateField: 'proposedOn',
  representation: 'content',
  warnings: true,
};

// ── S8 党代表 ──────────────────────────────────────────────────────────────────────────────────────────────
export const deputyActivities: RecordDef = {
  name: 'deputyActivities',
  system: 'S8',
  title: t('党代表联系群众活动 |||| 党代表联系群众活动', 'Deputy activity |||| Deputy activities'),
  fields: [
    unit(t('组织单位', 'Organised by'), { required: true }),
    text('title', t('活动主题', 'Title'), { list: true, required: true }),
    date('heldOn', t('活动日期', 'Held on'), { list: true, required: true }),
    text('location', t('地点', 'Place')),
    refs('deputyIds', 'people', 'deputies', t('参加党代表', 'Deputies'), { list: true, required: true }),
    num('peopleMet', t('接待群众人数', 'People met'), { list: true }),
    long('issuesRaised', t('群众反映的问题', 'Issues raised')),
    note,
  ],
  filters: [...unitFilters, { source: 'deputyId', kind: 'ref', reference: 'people' }],
  sort: { field: 'heldOn', order: 'DESC' },
  dateField: 'heldOn',
  representation: 'title',
};

export const deputyPairings: RecordDef = {
  name: 'deputyPairings',
  system: 'S8',
  title: t('党代表结对帮扶 |||| 党代表结对帮扶', 'Deputy pairing |||| Deputy pairings'),
  fields: [
    member(t('党代表', 'Deputy')),
    ref('householdId', 'households', 'household', t('结对困难户', 'Needy household'), { list: true, required: true, refFilter: { needy: true } }),
    date('from', t('结对开始', 'From'), { list: true, required: true }),
    date('to', t('结对结束', 'To'), { list: true }),
    text('endReason', t('结束原因', 'End reason')),
    unit(t('选举单位', 'Electing unit'), { readOnly: true }),
    note,
  ],
  filters: [under, byPerson, { source: 'activeOn', kind: 'date' }],
  sort: { field: 'from', order: 'DESC' },
  dateField: 'from',
  representation: 'from',
};

export const deputyDutyReports: RecordDef = {
  name: 'deputyDutyReports',
  system: 'S8',
  title: t('党代表述职 |||| 党代表述职', 'Duty report |||| Duty reports'),
  fields: [
    member(t('党代表', 'Deputy')),
    date('reportedOn', t('述职日期', 'Reported on'), { list: true, required: true }),
    long('summary', t('述职内容', 'Summary'), { required: true }),
    num('attendees', t('参加测评人数', 'Attendees'), { list: true }),
    date('evaluatedOn', t('民主测评日期', 'Evaluated on')),
    en('evaluationResult', 'DutyEvaluation', t('民主测评结果', 'Evaluation'), { list: true }),
    unit(t('选举单位', 'Electing unit'), { readOnly: true }),
    note,
  ],
  filters: [...unitFilters, byPerson, { source: 'evaluated', kind: 'boolean' }],
  sort: { field: 'reportedOn', order: 'DESC' },
  dateField: 'reportedOn',
  representation: 'reportedOn',
};

// ── S9 进社区 ──────────────────────────────────────────────────────────────────────────────────────────────
const community = (extra: Extra = {}) =>
  ref('communityId', 'orgUnits', 'community', t('社区', 'Community'), { list: true, required: true, refFilter: { kind: 'COMMUNITY' }, ...extra });

export const communityRegistrations: RecordDef = {
  name: 'communityRegistrations',
  system: 'S9',
  title: t('进社区报到 |||| 进社区报到', 'Community registration |||| Community registrations'),
  fields: [
    member(t('党员', 'Member')),
    community(),
    en('reason', 'RegistrationReason', t('报到类型', 'Reason'), { list: true, required: true }),
    date('joinedOn', t('入党或转入日期', 'Joined or transferred on'), { helper: t('新发展或新转入党员填写，据此计算应报到日期', 'For new or transferred members: sets the due date') }),
    date('registeredOn', t('报到日期', 'Registered on'), { list: true, required: true }),
    date('dueOn', t('应报到日期', 'Due on'), { list: true, readOnly: true }),
    date('endsOn', t('结束日期', 'Ends on')),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [...unitFilters, byPerson, { source: 'communityId', kind: 'ref', reference: 'orgUnits', refFilter: { kind: 'COMMUNITY' } }, { source: 'reasons', kind: 'enums', enumName: 'RegistrationReason' }],
  sort: { field: 'registeredOn', order: 'DESC' },
  dateField: 'registeredOn',
  representation: 'registeredOn',
  warnings: true,
};

export const communityServiceProjects: RecordDef = {
  name: 'communityServiceProjects',
  system: 'S9',
  title: t('社区服务项目 |||| 社区服务项目', 'Community service project |||| Community service projects'),
  fields: [
    member(t('党员', 'Member')),
    community(),
    text('projectName', t('项目名称', 'Project'), { list: true, required: true }),
    date('claimedOn', t('认领日期', 'Claimed on'), { list: true, required: true }),
    date('endsOn', t('结束日期', 'Ends on'), { list: true }),
    long('description', t('项目内容', 'Description')),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [...unitFilters, byPerson, { source: 'communityId', kind: 'ref', reference: 'orgUnits', refFilter: { kind: 'COMMUNITY' } }, { source: 'activeOn', kind: 'date' }],
  sort: { field: 'claimedOn', order: 'DESC' },
  dateField: 'claimedOn',
  representation: 'projectName',
  warnings: true,
};

export const servicePairings: RecordDef = {
  name: 'servicePairings',
  system: 'S9',
  title: t('服务站结对帮扶 |||| 服务站结对帮扶', 'Service pairing |||| Service pairings'),
  fields: [
    member(t('服务站干部', 'Cadre')),
    text('station', t('服务站', 'Station'), { list: true, required: true }),
    ref('householdId', 'households', 'household', t('结对困难家庭', 'Needy family'), { list: true, required: true, refFilter: { needy: true } }),
    date('from', t('结对开始', 'From'), { list: true, required: true }),
    date('to', t('结对结束', 'To'), { list: true }),
    unit(t('所在单位', 'Unit'), { readOnly: true, list: false }),
    note,
  ],
  filters: [...unitFilters, byPerson, { source: 'activeOn', kind: 'date' }],
  sort: { field: 'from', order: 'DESC' },
  dateField: 'from',
  representation: 'station',
  warnings: true,
};

// ── G 年终报告 ─────────────────────────────────────────────────────────────────────────────────────────────
export const yearEndReports: RecordDef = {
  name: 'yearEndReports',
  system: 'G',
  title: t('年终报告 |||| 年终报告', 'Year-end report |||| Year-end reports'),
  fields: [
    unit(t('报告单位', 'Unit'), { required: true, refFilter: { kinds: ['FARM', 'DIRECT_UNIT'] } }),
    { source: 'year', kind: 'year', title: t('年度', 'Year'), list: true, required: true },
    text('title', t('标题', 'Title'), { list: true, required: true }),
    date('draftedOn', t('起草日期', 'Drafted on'), { required: true }),
    long('body', t('报告正文', 'Body'), { required: true }),
    en('status', 'YearEndReportStatus', t('状态', 'Status'), { list: true, readOnly: true }),
    date('submittedOn', t('报送日期', 'Submitted on'), { list: true, readOnly: true }),
    date('reviewedOn', t('审阅日期', 'Reviewed on'), { readOnly: true }),
    long('reviewComments', t('审阅意见', 'Review comments'), { readOnly: true }),
    note,
  ],
  filters: [...unitFilters, { source: 'year', kind: 'year' }, { source: 'statuses', kind: 'enums', enumName: 'YearEndReportStatus' }],
  sort: { field: 'year', order: 'DESC' },
  dateField: 'draftedOn',
  defaults: { year: new Date().getFullYear() },
  representation: 'title',
};

// ── S4 接访 ────────────────────────────────────────────────────────────────────────────────────────────────
export const receptionDays: RecordDef = {
  name: 'receptionDays',
  system: 'S4',
  title: t('领导接访日 |||| 领导接访日', 'Reception day |||| Reception days'),
  fields: [
    person(t('接访领导', 'Leader')),
    date('occurredOn', t('接访日期', 'Date'), { list: true, readOnly: true }),
    date('date', t('接访日期', 'Date'), { required: true }),
    en('span', 'ReceptionSpan', t('时段', 'Span'), { list: true }),
    text('startTime', t('开始时间', 'Starts at'), { helper: t('如 08:30', 'e.g. 08:30') }),
    text('endTime', t('结束时间', 'Ends at')),
    text('place', t('接访地点', 'Place'), { list: true, required: true }),
    en('mode', 'ReceptionMode', t('接访方式', 'Mode'), { list: true }),
    { source: 'jointDepartments', kind: 'strings', title: t('联合接访部门', 'Joint departments') },
    { source: 'participants', kind: 'strings', title: t('参加人员', 'Participants') },
    { source: 'announcedAt', kind: 'dateTime', title: t('公告时间', 'Announced at'), list: true },
    unit(t('所在单位', 'Unit'), { readOnly: true }),
    note,
  ],
  filters: [...personFilters, { source: 'mode', kind: 'enum', enumName: 'ReceptionMode' }, { source: 'announced', kind: 'boolean' }],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'date',
  defaults: { span: 'WHOLE_DAY', mode: 'FIXED_POINT' },
  aliases: { date: 'occurredOn' },
  representation: 'occurredOn',
  warnings: true,
};

export const dutyDays: RecordDef = {
  name: 'dutyDays',
  system: 'S4',
  title: t('农场值班 |||| 农场值班表', 'Duty day |||| Duty roster'),
  fields: [
    ref('unitId', 'orgUnits', 'unit', t('农场', 'Farm'), { list: true, required: true, refFilter: { kind: 'FARM' } }),
    date('occurredOn', t('值班日期', 'Date'), { list: true, readOnly: true }),
    date('date', t('值班日期', 'Date'), { required: true }),
    ref('personId', 'people', 'person', t('值班领导', 'Leader on duty'), { list: true, required: true }),
    text('place', t('接访地点', 'Place'), { list: true }),
    note,
  ],
  filters: [{ source: 'unitId', kind: 'ref', reference: 'orgUnits', refFilter: { kind: 'FARM' }, alwaysOn: true }, byPerson, from, to],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'date',
  aliases: { date: 'occurredOn' },
  representation: 'occurredOn',
};

export const visitCases: RecordDef = {
  name: 'visitCases',
  system: 'S4',
  title: t('信访案件 |||| 信访案件', 'Visit case |||| Visit cases'),
  fields: [
    date('occurredOn', t('登记日期', 'Registered on'), { list: true, readOnly: true }),
    date('registeredOn', t('登记日期', 'Registered on'), { required: true }),
    ref('unitId', 'orgUnits', 'unit', t('登记单位', 'Registering unit'), { list: true, required: true }),
    en('category', 'VisitCaseCategory', t('问题类别', 'Category'), { list: true, required: true }),
    long('matter', t('反映事项', 'Matter'), { list: true, required: true }),
    {
      source: 'visitors',
      kind: 'rows',
      title: t('来访人', 'Visitors'),
      required: true,
      rows: [text('name', t('姓名', 'Name'), { required: true }), text('phone', t('联系电话', 'Phone'))],
    },
    num('visitorCount', t('来访人数', 'Visitors'), { list: true, helper: t('不填则按来访人名单计', 'Defaults to the number of visitors named') }),
    {
      source: 'representatives',
      kind: 'rows',
      title: t('集体访代表', 'Representatives'),
      helper: t('集体访代表不超过 5 人（《信访工作条例》第二十条）', 'At most five for a collective visit (2022 regulation, Art. 20)'),
      rows: [text('name', t('姓名', 'Name'), { required: true }), text('phone', t('联系电话', 'Phone'))],
    },
    bool('collective', t('集体访', 'Collective visit'), { list: true, readOnly: true }),
    ref('receiverId', 'people', 'receiver', t('接谈人', 'Received by')),
    en('state', 'VisitCaseState', t('状态', 'State'), { list: true, readOnly: true }),
    date('acceptDueOn', t('受理告知期限', 'Decide by'), { list: true, readOnly: true }),
    date('handleDueOn', t('办理期限', 'Handle by'), { list: true, readOnly: true }),
    ref('handlingUnitId', 'orgUnits', 'handlingUnit', t('承办单位', 'Handling unit'), { readOnly: true }),
    note,
  ],
  filters: [
    search,
    under,
    { source: 'states', kind: 'enums', enumName: 'VisitCaseState', alwaysOn: true },
    { source: 'category', kind: 'enum', enumName: 'VisitCaseCategory' },
    { source: 'clock', kind: 'enum', enumName: 'VisitCaseClockStatus', alwaysOn: true },
    { source: 'handlingUnitId', kind: 'ref', reference: 'orgUnits' },
    from,
    to,
  ],
  sort: { field: 'occurredOn', order: 'DESC' },
  dateField: 'registeredOn',
  aliases: { registeredOn: 'occurredOn' },
  representation: 'matter',
  warnings: true,
};

/** Every record definition, in menu order (system by system). */
export const RECORD_DEFS: RecordDef[] = [
  researchTrips,
  stationedStays,
  researchTopics,
  researchReports,
  contactLinks,
  contactVisits,
  familyVisits,
  branchPairings,
  secondments,
  secondmentAssessments,
  receptionDays,
  dutyDays,
  visitCases,
  talks,
  opinionChannels,
  opinions,
  decisions,
  opinionAnalyses,
  commitments,
  deputyActivities,
  deputyPairings,
  deputyDutyReports,
  communityRegistrations,
  communityServiceProjects,
  servicePairings,
  experiences,
  yearEndReports,
];
