import type { Title } from '@lianxi/rules';

const t = (zh: string, en: string): Title => ({ zh, en });

/** Words of 回收站 (`lianxi.recycle.*`) and of the record pages' delete confirmation. */
export const RECYCLE_TITLES = {
  menu: t('回收站', 'Recycle bin'),
  title: t('回收站（已删除的记录）', 'Recycle bin (deleted records)'),
  hint: t(
    '记录删除后不再出现在列表、统计和公开页面中，但系统仍保留原始数据和操作日志；管理员可在此恢复。',
    'A deleted record no longer appears in lists, figures or public pages, but the system keeps it and its audit trail; an administrator can restore it here.',
  ),
  type: t('记录类型', 'Record type'),
  all_types: t('全部类型', 'All types'),
  summary: t('内容', 'Content'),
  person: t('人员', 'Person'),
  unit: t('所属单位', 'Unit'),
  occurred_on: t('日期', 'Date'),
  deleted_at: t('删除时间', 'Deleted at'),
  deleted_by: t('删除人', 'Deleted by'),
  restore: t('恢复', 'Restore'),
  confirm_title: t('恢复这条%{type}？', 'Restore this %{type}?'),
  confirm_body: t('恢复后该记录重新计入统计，并记入操作日志。', 'Once restored it counts again; the audit log records the restore.'),
  restored: t('已恢复：%{type}', 'Restored: %{type}'),
  empty: t('回收站是空的', 'The recycle bin is empty'),
  total: t('共 %{total} 条', '%{total} in all'),
  delete_confirm: t(
    '删除后该记录将不再显示和计入统计；系统会保留它，管理员可在“回收站”中恢复。',
    'Once deleted it is no longer shown or counted; the system keeps it and an administrator can restore it from the recycle bin.',
  ),
};
