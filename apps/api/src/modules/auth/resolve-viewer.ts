import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import { ApiTokenEntity } from '../api-token/api-token.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { SessionEntity } from './session.entity.js';
import { API_TOKEN_PREFIX, SESSION_PREFIX, hashToken } from './tokens.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

export const SESSION_COOKIE = 'lianxi_session';

type Headers = Record<string, string | string[] | undefined>;

function header(h: Headers, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The credential a request carries: `Authorization: Bearer`, `X-API-Key`, or the admin's session cookie. */
export function credentialOf(headers: Headers): string | undefined {
  const auth = header(headers, 'authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  const key = header(headers, 'x-api-key');
  if (key) return key.trim();
  const cookie = header(headers, 'cookie');
  return cookie ? parseCookie(cookie)[SESSION_COOKIE] : undefined;
}

/**
 * Reads sessions and tokens without the scope filter (the scope is what we are working out); `em` must be a
 * fork used for nothing else.
 */
export async function resolveViewer(em: EntityManager, headers: Headers, now: Date): Promise<Viewer> {
  const credential = credentialOf(headers);
  if (!credential) return ANONYMOUS;
  const unscoped = { filters: false } as const;

  if (credential.startsWith(SESSION_PREFIX)) {
    const session = await em.findOne(SessionEntity, { tokenHash: hashToken(credential) }, unscoped);
    if (!session || session.revokedAt) return { kind: 'anonymous', problem: 'invalid' };
    if (session.expiresAt <= now) return { kind: 'anonymous', problem: 'expired' };
    const user = await em.findOne(UserEntity, session.user.id, unscoped);
    if (!user || user.disabled) return { kind: 'anonymous', problem: 'invalid' };
    const unit = await em.findOneOrFail(OrgUnitEntity, user.scopeUnit.id, unscoped);
    return {
      kind: 'user',
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      scopeUnitId: unit.id,
      scopePath: unit.path,
      personId: user.person?.id ?? null,
      sessionId: session.id,
    };
  }

  if (credential.startsWith(API_TOKEN_PREFIX)) {
    const token = await em.findOne(ApiTokenEntity, { tokenHash: hashToken(credential) }, unscoped);
    if (!token || token.revokedAt) return { kind: 'anonymous', problem: 'invalid' };
    if (token.expiresAt && token.expiresAt <= now) return { kind: 'anonymous', problem: 'expired' };
    const unit = await em.findOneOrFail(OrgUnitEntity, token.scopeUnit.id, unscoped);
    // Record use at most once a minute: dashboards poll, and every poll need not write.
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(ApiTokenEntity, { id: token.id }, { lastUsedAt: now }, unscoped);
    }
    return { kind: 'token', tokenId: token.id, name: token.name, scopeUnitId: unit.id, scopePath: unit.path };
  }
  return { kind: 'anonymous', problem: 'invalid' };
}
