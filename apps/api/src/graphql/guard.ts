import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from './errors.js';
import type { Ctx } from './context.js';

/** Root fields anyone may call. Everything else needs a signed-in user or an API token. */
export const PUBLIC_FIELDS = new Set(['login', 'logout', 'publicReceptionSchedule', 'publicAdoptionFeedback']);

/** Root fields need a viewer unless public (applied to every root field in schema.ts). */
export function assertViewer(context: Ctx, fieldName: string): void {
  if (context.viewer.kind === 'anonymous' && !PUBLIC_FIELDS.has(fieldName)) throw unauthenticated(context.viewer.problem);
}

/**
 * `@Authorized('ADMIN')` and friends. API tokens are read-only: they never satisfy a role, and every mutation
 * names a role, so a token can change nothing.
 */
export const authChecker: AuthChecker<Ctx> = ({ context }, roles) => {
  const v = context.viewer;
  if (v.kind === 'system') return true;
  if (v.kind === 'anonymous') throw unauthenticated(v.problem);
  if (roles.length === 0) return true;
  if (v.kind === 'user' && roles.includes(v.role)) return true;
  throw forbidden();
};
