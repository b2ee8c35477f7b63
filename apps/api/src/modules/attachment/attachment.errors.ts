import { GraphQLError } from 'graphql';
import type { Bilingual } from '../../graphql/i18n.js';

export const ATTACHMENT = { zh: '附件', en: 'attachment' };

export type AttachmentCode = 'ATTACHMENT_TOO_LARGE' | 'ATTACHMENT_TYPE' | 'ATTACHMENT_LIMIT';

/**
 * A file refused at upload. Shaped like AppError (`extensions.code`, both languages in `extensions.message`)
 * so the HTTP route answers it the way GraphQL answers errors; its own codes say which limit was hit.
 */
export class AttachmentRefusal extends GraphQLError {
  constructor(
    readonly code: AttachmentCode,
    readonly status: number,
    readonly text: Bilingual,
  ) {
    super(text.zh, { extensions: { code, field: 'file', message: text } });
  }
}

export function tooLarge(maxMb: number): AttachmentRefusal {
  return new AttachmentRefusal('ATTACHMENT_TOO_LARGE', 413, {
    zh: `文件过大：每个附件不能超过 ${maxMb} MB`,
    en: `The file is too large: an attachment may be at most ${maxMb} MB`,
  });
}

export function wrongType(): AttachmentRefusal {
  return new AttachmentRefusal('ATTACHMENT_TYPE', 415, {
    zh: '文件类型不支持：只能上传 JPEG、PNG、WebP 图片或 PDF 文件（按文件内容判断，而非扩展名）',
    en: 'Unsupported file type: only JPEG, PNG and WebP images and PDF files are accepted (judged by the content, not the name)',
  });
}

export function tooMany(max: number): AttachmentRefusal {
  return new AttachmentRefusal('ATTACHMENT_LIMIT', 409, {
    zh: `该记录的附件已达上限（${max} 个）：请先删除不需要的附件`,
    en: `This record already has the most attachments allowed (${max}); delete one first`,
  });
}
