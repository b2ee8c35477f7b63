import type { Title } from '@lianxi/rules';
import type { TitleTree } from '../i18n/titles';
import { RECORD_DEFS, SHARED_FILTER_TITLES } from './definitions';

const t = (zh: string, en: string): Title => ({ zh, en });

/** `resources.<record>.name` and `.fields.*` of every record definition, sub-fields of rows as `<rows>_<sub>`. */
export function recordResourceTitles(): TitleTree {
  const out: TitleTree = {};
  for (const def of RECORD_DEFS) {
    const fields: Record<string, Title> = { ...SHARED_FILTER_TITLES };
    for (const f of def.fields) {
      fields[f.source] = f.title;
      for (const sub of f.rows ?? []) fields[`${f.source}_${sub.source}`] = sub.title;
    }
    const helpers: Record<string, Title> = {};
    for (const f of def.fields) if (f.helper) helpers[f.source] = f.helper;
    out[def.name] = { name: def.title, fields, helpers };
  }
  return out;
}

/** The record screens' own words, under `lianxi.records.*`. */
export const RECORD_APP_TITLES: TitleTree = {
  days_positive: t('天数须大于 0', 'Days must be more than 0'),
  days_halves: t('天数须为整天或半天，如 0.5、1、1.5', 'Days come in halves: 0.5, 1, 1.5 …'),
  warnings: t('规则提示', 'Rule warnings'),
  no_warnings: t('无规则提示', 'No rule warnings'),
  mine: t('只看我的', 'Mine only'),
  add_row: t('添加', 'Add'),
  menu_group: t('%{number} %{title}', '%{number}. %{title}'),
  step_date: t('日期', 'Date'),
  step_done: t('已记录：%{step}', 'Recorded: %{step}'),
  cancel: t('取消', 'Cancel'),
  confirm: t('确定', 'Confirm'),
  comments: t('意见', 'Comments'),
  approve: t('审定课题', 'Approve the topic'),
  approved_on: t('审定日期', 'Approved on'),
  announce: t('发布公告', 'Announce'),
  announced: t('已公告', 'Announced'),
  submit_report: t('报送', 'Submit'),
  accept_report: t('审阅通过', 'Accept'),
  return_report: t('退回修改', 'Return with comments'),
  lifecycle: t('承诺流程', 'Lifecycle'),
  never_deleted: t('信访案件永不删除', 'Visit cases are never deleted'),
  print: t('打印四单一记录', 'Print the forms'),
  download_pdf: t('下载PDF', 'Download PDF'),
  forms: t('四单一记录', 'The four forms and the record'),
  form_registration: t('登记单', 'Registration form'),
  form_decision: t('受理告知', 'Acceptance decision'),
  form_assignment: t('交办单', 'Assignment form'),
  form_supervision: t('督办单', 'Supervision form'),
  form_closure: t('办结单', 'Closure form'),
  form_conversation: t('接谈记录', 'Conversation record'),
  clocks: t('办理期限', 'Deadlines'),
  clock_due: t('到期 %{date}', 'Due %{date}'),
  days_left: t('剩余 %{days} 天', '%{days} days left'),
  days_over: t('超期 %{days} 天', '%{days} days overdue'),
  next_steps: t('下一步', 'Next steps'),
  no_next_step: t('案件已结束，无后续步骤', 'The case is finished; no step is left'),
  not_filled: t('尚未填写', 'Not filled in yet'),
  visitors: t('来访人', 'Visitors'),
  representatives: t('代表', 'Representatives'),
  visitor_name: t('姓名', 'Name'),
  visitor_phone: t('联系电话', 'Phone'),
  representatives_hint: t('集体访代表不超过 5 人（《信访工作条例》第二十条）', 'At most five representatives for a collective visit (2022 regulation, Art. 20)'),
  supervision_number: t('第 %{number} 次督办', 'Supervision no. %{number}'),
  objections: t('交办异议', 'Objections to the assignment'),
  extension: t('延期', 'Extension'),
  withdrawal: t('撤回', 'Withdrawal'),
  step: {
    decide_accept: t('受理', 'Accept'),
    decide_cross_level: t('越级，不予受理', 'Not accepted: cross-level'),
    decide_legal: t('导入法律程序', 'Route to the legal channel'),
    assign: t('交办', 'Assign'),
    object: t('对交办提出异议', 'Object to the assignment'),
    supervise: t('督办', 'Supervise'),
    extend: t('延期', 'Extend'),
    conversation: t('记录接谈', 'Record the conversation'),
    close: t('办结并答复', 'Close with a reply'),
    withdraw: t('撤回', 'Withdraw'),
    archive: t('归档', 'Archive'),
    edit_registration: t('修改登记单', 'Correct the registration'),
  },
  field: {
    date: t('日期', 'Date'),
    decision: t('受理决定', 'Decision'),
    redirectedTo: t('有权处理的层级', 'The proper level'),
    redirectedTo_hint: t('如：佳木斯市信访局、黑龙江省信访局', 'e.g. the city or provincial petition bureau'),
    note: t('说明', 'Note'),
    handlingUnitId: t('承办单位', 'Handling unit'),
    responsiblePersonId: t('责任人', 'Person responsible'),
    instruction: t('交办要求', 'Instruction'),
    supervisor: t('督办人', 'Supervisor'),
    supervision_instruction: t('督办意见', 'Instruction'),
    progress: t('办理进展', 'Progress'),
    result: t('办理结果', 'Result'),
    reply: t('答复意见', 'Reply to the visitor'),
    repliedOn: t('答复日期', 'Replied on'),
    satisfaction: t('来访人满意度', "Visitor's satisfaction"),
    days: t('延长天数', 'Days'),
    reason: t('理由', 'Reason'),
    record: t('接谈记录', 'Conversation record'),
    fulfilment: t('履行情况', 'Fulfilment'),
    evaluationResult: t('评议结果', 'Evaluation'),
    evaluationComment: t('评议意见', 'Evaluation comment'),
  },
  roster: {
    menu: t('接访日历', 'Reception calendar'),
    title: t('农场领导接访值班月历', 'Farm leaders’ duty calendar'),
    farm: t('农场', 'Farm'),
    month: t('月份', 'Month'),
    working_days_only: t('仅工作日须值班', 'Working days only'),
    gaps: t('无人值班 %{smart_count} 天 |||| 无人值班 %{smart_count} 天', '%{smart_count} day without duty |||| %{smart_count} days without duty'),
    doubles: t('重复排班 %{smart_count} 天 |||| 重复排班 %{smart_count} 天', '%{smart_count} double booking |||| %{smart_count} double bookings'),
    pick_farm: t('请选择农场', 'Choose a farm'),
    fill: t('按轮值补排空缺', 'Fill the gaps from a rotation'),
    fill_title: t('按轮值顺序补排本月空缺日期', 'Fill this month’s empty days from a rotation'),
    fill_hint: t('已有值班的日期不变，只填空缺；按所选领导的顺序轮流。', 'Days already covered stay; only empty days are filled, taking the leaders in the order chosen.'),
    rotation: t('轮值领导（按顺序）', 'Leaders in rotation (in order)'),
    place: t('接访地点', 'Place'),
    filled: t('已补排：剩余空缺 %{smart_count} 天 |||| 已补排：剩余空缺 %{smart_count} 天', 'Filled: %{smart_count} gap left |||| Filled: %{smart_count} gaps left'),
    weekdays: t('一,二,三,四,五,六,日', 'Mon,Tue,Wed,Thu,Fri,Sat,Sun'),
    previous: t('上个月', 'Previous month'),
    next: t('下个月', 'Next month'),
    add: t('排班', 'Add'),
    list: t('值班列表', 'Duty list'),
  },
};
