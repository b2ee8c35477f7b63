import type { Title } from '@lianxi/rules';
import type {
  Adoption,
  AssessmentKind,
  AssessmentResult,
  CommitmentEvaluationResult,
  CommitmentStatus,
  CommitmentStep,
  ConsultationForm,
  ContactCategory,
  ContactLevel,
  DecisionStatus,
  DutyDayStatus,
  DutyEvaluation,
  ExperienceKind,
  OpinionChannelKind,
  ReceptionMode,
  ReceptionSpan,
  RegistrationReason,
  ReportRecipient,
  RiskLevel,
  Satisfaction,
  SecondmentRole,
  TalkKind,
  TopicStatus,
  VisitCaseCategory,
  VisitCaseClockKind,
  VisitCaseClockStatus,
  VisitCaseDecision,
  VisitCaseState,
  YearEndReportStatus,
} from '../gql/graphql';

const t = (zh: string, en: string): Title => ({ zh, en });

/**
 * The vocabulary of the records of issues 6–8, keyed by the contract's enum names. Typed against the generated
 * unions, so an enum value the contract adds or drops fails the typecheck until it has its two titles. The
 * Chinese words follow the API's own (its enum descriptions and error messages).
 */
export const RECORD_ENUM_TITLES = {
  ContactCategory: {
    MANAGEMENT_AREA: t('管理区', 'Management area'),
    RESIDENTIAL_QUARTER: t('居民小区', 'Residential quarter'),
    RESIDENTS_GROUP: t('居民组', "Residents' group"),
    PRODUCTION_POINT: t('生产点', 'Production point'),
    COOPERATIVE: t('合作社', 'Cooperative'),
    INDUSTRIAL_PROJECT: t('产业项目', 'Industrial project'),
    ENTERPRISE: t('企业', 'Enterprise'),
    COMMUNITY: t('社区', 'Community'),
    SECTOR_UNIT: t('行业单位', 'Sector unit'),
    HOUSEHOLD: t('农户', 'Household'),
    WORKER_FAMILY: t('职工家庭', 'Worker family'),
    OTHER: t('其他', 'Other'),
  } satisfies Record<ContactCategory, Title>,
  ContactLevel: {
    BUREAU: t('管理局级', 'Bureau level'),
    FARM: t('农场级', 'Farm level'),
    AREA: t('管理区级', 'Area level'),
  } satisfies Record<ContactLevel, Title>,
  ReportRecipient: {
    BUREAU_COMMITTEE: t('管理局党委', 'Bureau Party committee'),
    OWN_ORGANISATION: t('本单位党组织', 'Own Party organisation'),
  } satisfies Record<ReportRecipient, Title>,
  TopicStatus: {
    PROPOSED: t('已提出', 'Proposed'),
    APPROVED: t('已审定', 'Approved'),
  } satisfies Record<TopicStatus, Title>,
  SecondmentRole: {
    SECRETARY: t('党组织书记', 'Party secretary'),
    DEPUTY_SECRETARY: t('党组织副书记', 'Deputy secretary'),
    OTHER: t('其他职务', 'Other post'),
  } satisfies Record<SecondmentRole, Title>,
  AssessmentKind: {
    FEEDBACK: t('日常反馈', 'Feedback'),
    FINAL: t('期满考核', 'Final assessment'),
  } satisfies Record<AssessmentKind, Title>,
  AssessmentResult: {
    EXCELLENT: t('优秀', 'Excellent'),
    COMPETENT: t('称职', 'Competent'),
    BASICALLY_COMPETENT: t('基本称职', 'Basically competent'),
    INCOMPETENT: t('不称职', 'Incompetent'),
  } satisfies Record<AssessmentResult, Title>,
  TalkKind: {
    LIFE_MEETING: t('民主生活会前谈心', 'Before the democratic life meeting'),
    PAIRWISE: t('班子成员之间谈心', 'Between team members'),
    BRANCH: t('支部书记与党员谈心', 'Branch head with a member'),
    MASSES: t('与群众谈心', 'With the masses'),
    DAILY: t('日常谈心', 'Everyday talk'),
  } satisfies Record<TalkKind, Title>,
  ExperienceKind: {
    BUS_OR_TAXI: t('乘坐公交或出租车', 'Bus or taxi'),
    MARKET: t('逛市场', 'Market'),
    HOSPITAL: t('到医院看病', 'Hospital'),
    SERVICE_WINDOW: t('到服务窗口办事', 'Service window'),
    FARMER_DAY: t('当一天农工', 'A day as a farmer'),
    WORKER_DAY: t('当一天职工', 'A day as a worker'),
    OTHER: t('其他', 'Other'),
  } satisfies Record<ExperienceKind, Title>,
  OpinionChannelKind: {
    BOX: t('意见箱', 'Suggestion box'),
    HOTLINE: t('热线电话', 'Hotline'),
    CARD: t('征求意见卡', 'Opinion card'),
    FORUM: t('座谈会', 'Forum'),
    HEARING: t('听证会', 'Hearing'),
    WECHAT: t('微信', 'WeChat'),
    MICROBLOG: t('微博', 'Microblog'),
    WEBSITE: t('网站、论坛、贴吧', 'Website / online forum'),
    OTHER: t('其他', 'Other'),
  } satisfies Record<OpinionChannelKind, Title>,
  Adoption: {
    ADOPTED: t('采纳', 'Adopted'),
    PARTLY: t('部分采纳', 'Partly adopted'),
    NOT_ADOPTED: t('未采纳', 'Not adopted'),
  } satisfies Record<Adoption, Title>,
  ConsultationForm: {
    FORUM: t('座谈会', 'Forum'),
    HEARING: t('听证会', 'Hearing'),
    FEASIBILITY: t('论证会', 'Feasibility meeting'),
    OTHER: t('其他形式', 'Other'),
  } satisfies Record<ConsultationForm, Title>,
  RiskLevel: {
    LOW: t('低风险', 'Low'),
    MEDIUM: t('中风险', 'Medium'),
    HIGH: t('高风险', 'High'),
  } satisfies Record<RiskLevel, Title>,
  DecisionStatus: {
    PREPARING: t('决策前征求意见', 'Preparing'),
    TAKEN: t('已决策', 'Taken'),
    FEEDBACK_PUBLISHED: t('已公布采纳情况', 'Feedback published'),
  } satisfies Record<DecisionStatus, Title>,
  CommitmentStatus: {
    PROPOSED: t('已提出', 'Proposed'),
    PUBLISHED: t('已公开', 'Made public'),
    FULFILLED: t('已履行', 'Fulfilled'),
    EVALUATED: t('已评议', 'Evaluated'),
  } satisfies Record<CommitmentStatus, Title>,
  CommitmentStep: {
    PUBLISHED: t('公开承诺', 'Make public'),
    FULFILLED: t('履行承诺', 'Fulfil'),
    EVALUATED: t('评议承诺', 'Evaluate'),
  } satisfies Record<CommitmentStep, Title>,
  CommitmentEvaluationResult: {
    EXCELLENT: t('优秀', 'Excellent'),
    GOOD: t('良好', 'Good'),
    FAIR: t('一般', 'Fair'),
    POOR: t('差', 'Poor'),
  } satisfies Record<CommitmentEvaluationResult, Title>,
  DutyEvaluation: {
    SATISFIED: t('满意', 'Satisfied'),
    BASICALLY_SATISFIED: t('基本满意', 'Basically satisfied'),
    NOT_SATISFIED: t('不满意', 'Not satisfied'),
  } satisfies Record<DutyEvaluation, Title>,
  RegistrationReason: {
    REGULAR: t('在职党员报到', 'Member registering'),
    NEW_MEMBER: t('新发展党员', 'New member'),
    TRANSFER_IN: t('新转入党员', 'Transferred in'),
  } satisfies Record<RegistrationReason, Title>,
  YearEndReportStatus: {
    DRAFT: t('草稿', 'Draft'),
    SUBMITTED: t('已报送', 'Submitted'),
    RETURNED: t('退回修改', 'Returned with comments'),
    ACCEPTED: t('已审阅通过', 'Accepted'),
  } satisfies Record<YearEndReportStatus, Title>,
  ReceptionMode: {
    FIXED_POINT: t('定点接访', 'Fixed point'),
    APPOINTMENT: t('预约接访', 'By appointment'),
    THEMATIC: t('专题接访', 'Thematic'),
    CASE_DOWN: t('带案下访', 'Bringing cases down'),
    RETURN_VISIT: t('回访', 'Return visit'),
  } satisfies Record<ReceptionMode, Title>,
  ReceptionSpan: {
    WHOLE_DAY: t('全天', 'Whole day'),
    MORNING: t('上午', 'Morning'),
    AFTERNOON: t('下午', 'Afternoon'),
  } satisfies Record<ReceptionSpan, Title>,
  DutyDayStatus: {
    COVERED: t('有人值班', 'Covered'),
    GAP: t('无人值班', 'Gap'),
    DOUBLE: t('重复排班', 'Double booking'),
    NOT_REQUIRED: t('非工作日', 'Not required'),
  } satisfies Record<DutyDayStatus, Title>,
  VisitCaseState: {
    REGISTERED: t('已登记', 'Registered'),
    ACCEPTED: t('已受理', 'Accepted'),
    NOT_ACCEPTED: t('不予受理（越级，已引导）', 'Not accepted (cross-level, referred)'),
    ROUTED_LEGAL: t('导入法律程序', 'Routed to the legal channel'),
    ASSIGNED: t('已交办', 'Assigned'),
    SUPERVISED: t('督办中', 'Under supervision'),
    CLOSED: t('已办结', 'Closed'),
    WITHDRAWN: t('已撤回', 'Withdrawn'),
    ARCHIVED: t('已归档', 'Archived'),
  } satisfies Record<VisitCaseState, Title>,
  VisitCaseCategory: {
    SUGGESTION: t('建议意见', 'Suggestion'),
    MISCONDUCT_REPORT: t('检举控告', 'Report of misconduct'),
    CLAIM_COMPLAINT: t('申诉求决', 'Claim or complaint'),
    LITIGATION: t('涉法涉诉', 'Litigation-related'),
  } satisfies Record<VisitCaseCategory, Title>,
  VisitCaseDecision: {
    ACCEPTED: t('受理', 'Accept'),
    CROSS_LEVEL: t('越级，不予受理并引导到有权处理的层级', 'Cross-level: not accepted, referred to the proper level'),
    LEGAL_CHANNEL: t('涉法涉诉，导入法律程序', 'Litigation-related: routed to the legal channel'),
  } satisfies Record<VisitCaseDecision, Title>,
  Satisfaction: {
    SATISFIED: t('满意', 'Satisfied'),
    BASICALLY_SATISFIED: t('基本满意', 'Basically satisfied'),
    DISSATISFIED: t('不满意', 'Dissatisfied'),
    NOT_STATED: t('未表态', 'Not stated'),
  } satisfies Record<Satisfaction, Title>,
  VisitCaseClockKind: {
    ACCEPT: t('受理告知期限', 'Acceptance decision'),
    HANDLE: t('办理期限', 'Handling'),
    OBJECTION: t('交办异议期限（工作日）', 'Objection window (working days)'),
  } satisfies Record<VisitCaseClockKind, Title>,
  VisitCaseClockStatus: {
    RUNNING: t('进行中', 'Running'),
    DUE_SOON: t('即将到期', 'Due soon'),
    OVERDUE: t('已超期', 'Overdue'),
    MET: t('按期完成', 'Met'),
    LATE: t('超期完成', 'Met late'),
  } satisfies Record<VisitCaseClockStatus, Title>,
};

export type RecordEnumName = keyof typeof RECORD_ENUM_TITLES;

/** The values of an enum in the order its titles are listed (the order a person reads them in). */
export function enumValues(name: RecordEnumName): string[] {
  return Object.keys(RECORD_ENUM_TITLES[name]);
}
