import type { Title } from '@lianxi/rules';
import type { TitleTree } from '../i18n/titles';

const t = (zh: string, en: string): Title => ({ zh, en });

/** Words of 我的记录 (`lianxi.my.*`), the settings screens (`lianxi.settings.*`) and the reception calendar (`lianxi.reception.*`). */
export const MY_RECORDS_TITLES: TitleTree = {
  menu: t('我的记录', 'My records'),
  title: t('我的记录', 'My records'),
  record: t('记录', 'Record'),
  saved: t('已记录：%{what}', 'Recorded: %{what}'),
  today_hint: t('日期：今天（%{date}）', 'Date: today (%{date})'),
  no_person: t('您的账号未关联人员，无法记录本人活动；请联系管理员。', 'Your account is not linked to a person, so there is nothing to record as yours; ask an administrator.'),
  no_links: t('您目前没有有效的联系点', 'You have no active contact link'),
  link: t('我的联系点', 'My contact link'),
  this_year: t('我今年的记录', 'My records this year'),
  progress: t('我的落实进度（%{year}年）', 'My progress (%{year})'),
  no_records: t('今年还没有记录', 'No records this year yet'),
  no_rules: t('今年没有适用于您的制度要求', 'No rule applies to you this year'),
  scorecard: t('查看完整情况', 'Full scorecard'),
  card: {
    research: t('调研', 'Research'),
    contactVisit: t('到联系点', 'Contact visit'),
    familyVisit: t('走访职工家庭', 'Family visit'),
    talk: t('谈心谈话', 'Talk'),
    experience: t('体验群众生活', 'Experience'),
    reception: t('接访日', 'Reception day'),
  },
  field: {
    occurredOn: t('日期', 'Date'),
    date: t('接访日期', 'Date'),
    days: t('天数', 'Days'),
    unitsVisitedIds: t('走访单位（可选）', 'Units visited (optional)'),
    linkId: t('我的联系点', 'My contact link'),
    householdId: t('走访家庭', 'Household'),
    content: t('走访内容（可选）', 'What was done (optional)'),
    kind: t('类型', 'Kind'),
    participants: t('谈话对象', 'Talked with'),
    place: t('地点', 'Place'),
    diary: t('民情日记', "People's-condition diary"),
  },
};

export const SETTINGS_TITLES: TitleTree = {
  menu_calendar: t('工作日历', 'Work calendar'),
  menu_deadlines: t('信访期限', 'Petition deadlines'),
  calendar_title: t('工作日历：法定节假日与调休上班日', 'Work calendar: public holidays and adjusted working days'),
  calendar_hint: t(
    '信访期限中的“工作日”按此日历计算。每年国务院办公厅公布放假安排后，请在此录入。',
    'Working days of the petition deadlines are counted with this calendar. Enter each year’s schedule once the State Council publishes it.',
  ),
  year: t('年份', 'Year'),
  builtin: t('内置日历', 'Built-in calendar'),
  edited: t('已由管理员修改', 'Edited by an administrator'),
  holidays: t('法定节假日', 'Public holidays'),
  workdays: t('调休上班日（周末上班）', 'Adjusted working days (weekends worked)'),
  date: t('日期', 'Date'),
  name: t('名称', 'Name'),
  add: t('添加', 'Add'),
  remove: t('删除', 'Remove'),
  save: t('保存', 'Save'),
  saved: t('已保存', 'Saved'),
  none: t('（无）', '(none)'),
  date_outside_year: t('日期须在所选年份内', 'The date must be in the chosen year'),
  deadlines_title: t('信访事项办理期限', 'Deadlines of petition cases'),
  deadlines_hint: t(
    '依据《信访工作条例》（2022）。可以比条例更严格（天数更少），不能更宽松。',
    'Per the 2022 Regulation on Letters and Visits. They may be stricter (fewer days) than the regulation, never looser.',
  ),
  regulation_default: t('条例规定：%{days} 天', 'Regulation: %{days} days'),
  acceptWithinDays: t('受理期限（日）', 'Decide on acceptance within (days)'),
  handleWithinDays: t('办理期限（日）', 'Handle within (days)'),
  maxExtensionDays: t('最长延期（日）', 'Longest extension (days)'),
  objectionWorkingDays: t('异议期限（工作日）', 'Objection window (working days)'),
  dueSoonDays: t('临期提醒（剩余天数）', 'Due-soon warning (days left)'),
};

export const RECEPTION_TITLES: TitleTree = {
  menu: t('接访日历', 'Reception calendar'),
  title: t('接访日历：领导接访日与农场值班', 'Reception calendar: leaders’ reception days and farm duty'),
  unit: t('单位', 'Unit'),
  layer_reception: t('领导接访日', 'Reception days'),
  layer_duty: t('农场值班', 'Farm duty'),
  unpublished: t('未公告', 'Not announced'),
  published: t('已公告', 'Announced'),
  days_count: t('本月接访日 %{smart_count} 个 |||| 本月接访日 %{smart_count} 个', '%{smart_count} reception day this month |||| %{smart_count} reception days this month'),
  duty_farms_only: t('值班表仅适用于农场', 'The duty roster is kept by farms only'),
  public_pages: t('公开页面', 'Public pages'),
  public_schedule: t('公开接访安排', 'Public reception schedule'),
  public_ics: t('日历订阅（.ics）', 'Calendar feed (.ics)'),
  public_feedback: t('意见采纳反馈', 'Adoption feedback'),
};
