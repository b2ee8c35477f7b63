import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import { ApiTokenEntity } from '../api-token/api-token.entity.js';
import type { Role } from '../user/user.entity.js';
import { API_TOKEN_PREFIX, SESSION_PREFIX, hashToken } from './tokens.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

export const SESSION_COOKIE = 'lianxi_session';

type Headers = Record<string, string | string[] | undefined>;

interface SessionRow {
  session_id: string;
  revoked_at: Date | null;
  expires_at: Date;
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: boolean;
  person_id: string | null;
  unit_id: string;
  unit_path: string;
}

interface TokenRow {
  id: string;
  name: string;
  revoked_at: Date | null;
  expires_at: Date | null;
  last_used_at: Date | null;
  unit_id: string;
  unit_path: string;
}

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

  // One statement each (credential, its user and its scope unit together): every request pays for this.
  if (credential.startsWith(SESSION_PREFIX)) {
    const [row] = await em.getConnection().execute<SessionRow[]>(
      `select s.id as session_id, s.revoked_at, s.expires_at, u.id as user_id, u.username, u.display_name, u.role, u.disabled,
              u.person_id, o.id as unit_id, o.path as unit_path
         from "session" s join app_user u on u.id = s.user_id join org_unit o on o.id = u.scope_unit_id
        where s.token_hash = ?`,
      [hashToken(credential)],
    );
    if (!row || row.revoked_at) return { kind: 'anonymous', problem: 'invalid' };
    if (new Date(row.expires_at) <= now) return { kind: 'anonymous', problem: 'expired' };
    if (row.disabled) return { kind: 'anonymous', problem: 'invalid' };
    return {
      kind: 'user',
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      scopeUnitId: row.unit_id,
      scopePath: row.unit_path,
      personId: row.person_id ?? null,
      sessionId: row.session_id,
    };
  }

  if (credential.startsWith(API_TOKEN_PREFIX)) {
    const [row] = await em.getConnection().execute<TokenRow[]>(
      `select t.id, t.name, t.revoked_at, t.expires_at, t.last_used_at, o.id as unit_id, o.path as unit_path
         from api_token t join org_unit o on o.id = t.scope_unit_id
        where t.token_hash = ?`,
      [hashToken(credential)],
    );
    if (!row || row.revoked_at) return { kind: 'anonymous', problem: 'invalid' };
    if (row.expires_at && new Date(row.expires_at) <= now) return { kind: 'anonymous', problem: 'expired' };
    // Record use at most once a minute: dashboards poll, and every poll need not write.
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
      await em.nativeUpdate(ApiTokenEntity, { id: row.id }, { lastUsedAt: now }, unscoped);
    }
    return { kind: 'token', tokenId: row.id, name: row.name, scopeUnitId: row.unit_id, scopePath: row.unit_path };
  }
  return { kind: 'anonymous', problem: 'invalid' };
}
