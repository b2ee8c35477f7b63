import type { Ctx } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';

/**
 * Who may write a record. ADMIN: anything in scope (the scope itself is checked by refForWrite/findForWrite).
 * CADRE: only their own records (the record's person is the account's person). HEAD and API tokens: nothing.
 * Call it after resolving the record's person and unit through the scope.
 */
export function assertMayWriteRecord(ctx: Ctx, personId: string | null | undefined): void {
  const v = ctx.viewer;
  if (v.kind === 'system') return;
  if (v.kind === 'user' && v.role === 'ADMIN') return;
  if (v.kind === 'user' && v.role === 'CADRE' && v.personId && personId === v.personId) return;
  throw forbidden({
    zh: '您只能记录和修改本人的工作记录',
    en: 'You may record and change only your own work',
  });
}
