import { createHash, randomBytes } from 'node:crypto';

/** Session tokens start `lxs_`, API tokens `lxk_`, so a leaked one is recognisable (and scannable) at a glance. */
export const SESSION_PREFIX = 'lxs_';
export const API_TOKEN_PREFIX = 'lxk_';

export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Tokens carry 256 random bits, so a fast hash is enough (passwords get argon2id). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
