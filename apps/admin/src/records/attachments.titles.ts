import type { Title } from '@lianxi/rules';

const t = (zh: string, en: string): Title => ({ zh, en });

/** The attachments panel of every record page (`lianxi.attachments.*`). */
export const ATTACHMENT_TITLES = {
  title: t('附件（佐证材料）', 'Attachments (evidence)'),
  empty: t('暂无附件', 'No attachments yet'),
  upload: t('上传附件', 'Upload a file'),
  uploading: t('正在上传 %{name}…', 'Uploading %{name}…'),
  uploaded: t('已上传 %{name}', 'Uploaded %{name}'),
  hint: t('可上传 JPEG、PNG、WebP 图片或 PDF，每个不超过 %{mb} MB，每条记录最多 %{max} 个', 'JPEG, PNG, WebP images or PDF, at most %{mb} MB each and %{max} per record'),
  download: t('下载', 'Download'),
  open: t('查看', 'Open'),
  delete: t('删除', 'Delete'),
  confirm_title: t('删除附件“%{name}”？', 'Delete the attachment "%{name}"?'),
  confirm_body: t('删除后该附件不再显示和提供下载；系统保留其记录，删除操作记入审计日志。', 'It will no longer be listed or served; the system keeps it and the audit log records the deletion.'),
  cancel: t('取消', 'Cancel'),
  deleted: t('附件已删除', 'Attachment deleted'),
  uploaded_by: t('%{name} 上传于 %{at}', 'Uploaded by %{name} on %{at}'),
  failed: t('上传失败：%{message}', 'Upload failed: %{message}'),
  network: t('网络连接失败，请稍后重试', 'The network failed; try again later'),
};
