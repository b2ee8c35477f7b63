import type { Title } from '@lianxi/rules';
import type { TitleTree } from '../i18n/titles';

const t = (zh: string, en: string): Title => ({ zh, en });

/** Words of the year-end figures (年度数据), under `lianxi.year_end.*`. */
export const YEAR_END_TITLES: TitleTree = {
  menu: t('年度数据', 'Year-end figures'),
  title: t('年度数据', 'Year-end figures'),
  heading: t('%{unit} %{year}年度联系群众工作数据', '%{unit}: contact-the-masses figures of %{year}'),
  file: t('%{unit}-%{year}年度联系群众工作数据', '%{unit}-%{year}-contact-figures'),
  sheet: t('%{year}年度数据', '%{year} figures'),
  panel: t('本年度各项制度完成情况（系统统计）', "The year's figures per system (computed)"),
  unit: t('农场或直属单位', 'Farm or direct unit'),
  pick_unit: t('请选择农场或直属单位', 'Choose a farm or a bureau-direct unit'),
  no_units: t('管辖范围内没有农场或直属单位', 'No farm or direct unit in your scope'),
  none: t('本年度没有适用的制度', 'No system applies this year'),
  system_rule: t('制度 / 规则', 'System / rule'),
  system: t('制度', 'System'),
  rule: t('规则', 'Rule'),
  applicable: t('适用', 'Applicable'),
  met: t('已完成', 'Met'),
  on_track: t('进度正常', 'On track'),
  at_risk: t('进度滞后', 'At risk'),
  missed: t('未完成', 'Missed'),
  rate: t('达标率', 'Rate'),
  system_rate: t('制度达标率', 'System rate'),
  actual: t('完成', 'Actual'),
  required: t('要求', 'Required'),
  gap: t('差额', 'Gap'),
  total_rate: t('总达标率 %{rate}', 'Overall rate %{rate}'),
  body_helper: t('留空则自动填入本年度各项制度完成情况（系统统计）', "Leave empty to start from the year's figures per system (computed)"),
};
