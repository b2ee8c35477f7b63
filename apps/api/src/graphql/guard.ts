import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import { forbidden, unauthenticated } from './errors.js';
import type { Ctx } from './context.js';

/** Root fields anyone may call. Everything else needs a signed-in user or an API token. */
export const PUBLIC_FIELDS = new Set(['login', 'logout', 'publicReceptionSchedule', 'publicAdoptionFeedback']);

/** Applied to every field: root fields need a viewer unless public. */
export const RequireViewer: MiddlewareFn<Ctx> = async ({ context, info }, next) => {
  const root = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (root && context.viewer.kind === 'anonymous' && !PUBLIC_FIELDS.has(info.fieldName)) {
    throw unauthenticated(context.viewer.problem);
  }
  return next();
};

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
