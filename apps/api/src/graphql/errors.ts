import { GraphQLError } from 'graphql';
import type { Bilingual } from './i18n.js';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED';

/**
 * An error a person can act on. It carries both languages; the server's error formatter picks the caller's
 * (see `formatError`), so services need not know who is asking.
 */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    readonly text: Bilingual,
    extra: { field?: string; [key: string]: unknown } = {},
  ) {
    // Both languages travel in extensions.message; the server picks the caller's (format-error.ts).
    super(text.zh, { extensions: { code, ...extra, message: text } });
  }
}

export function badInput(field: string, text: Bilingual): AppError {
  return new AppError('BAD_USER_INPUT', text, { field });
}

export function notFound(entity: Bilingual, id: string): AppError {
  return new AppError('NOT_FOUND', { zh: `找不到${entity.zh}（ID：${id}）`, en: `No ${entity.en} with id ${id}` }, { id });
}

export function conflict(text: Bilingual, extra: Record<string, unknown> = {}): AppError {
  return new AppError('CONFLICT', text, extra);
}

/** Thrown when validation finds several problems: the first is the message, all are listed in `errors`. */
export function badInputMany(problems: { field: string; text: Bilingual }[]): AppError {
  const [first] = problems;
  if (!first) throw new Error('badInputMany needs at least one problem');
  return new AppError('BAD_USER_INPUT', first.text, {
    field: first.field,
    errors: problems.map((p) => ({ field: p.field, message: p.text })),
  });
}

export function forbidden(text: Bilingual = {
  zh: '您无权进行此操作：它超出了您的权限或管辖范围',
  en: 'You may not do this: it is outside your role or your part of the organisation',
}): AppError {
  return new AppError('FORBIDDEN', text);
}

export function unauthenticated(reason?: 'expired' | 'invalid'): AppError {
  if (reason === 'expired') {
    return new AppError('UNAUTHENTICATED', { zh: '登录已过期，请重新登录', en: 'Your session has expired; sign in again' }, { reason });
  }
  if (reason === 'invalid') {
    return new AppError('UNAUTHENTICATED', { zh: '登录凭据无效或已被撤销，请重新登录', en: 'The credentials are invalid or revoked; sign in again' }, { reason });
  }
  return new AppError('UNAUTHENTICATED', { zh: '请先登录', en: 'Sign in first' });
}
