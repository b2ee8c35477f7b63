import type { Role } from '../user/user.entity.js';

/** Who is asking. Resolved once per request from the session cookie, a Bearer token or an X-API-Key. */
export type Viewer =
  /** `problem`: a credential was presented but is expired or unknown, so the error can say so. */
  | { kind: 'anonymous'; problem?: 'expired' | 'invalid' }
  /** Start-up tasks, the CLI and test set-up: sees everything, never reachable over HTTP. */
  | { kind: 'system' }
  | {
      kind: 'user';
      userId: string;
      username: string;
      displayName: string;
      role: Role;
      scopeUnitId: string;
      scopePath: string;
      personId: string | null;
      sessionId: string;
    }
  | { kind: 'token'; tokenId: string; name: string; scopeUnitId: string; scopePath: string };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
export const SYSTEM: Viewer = { kind: 'system' };

export function actorOf(v: Viewer): { actor: string; actorName: string } {
  switch (v.kind) {
    case 'user':
      return { actor: `user:${v.userId}`, actorName: `${v.displayName}（${v.username}）` };
    case 'token':
      return { actor: `token:${v.tokenId}`, actorName: `API token ${v.name}` };
    case 'system':
      return { actor: 'system', actorName: 'system' };
    default:
      return { actor: 'anonymous', actorName: 'anonymous' };
  }
}

export function canWrite(v: Viewer): boolean {
  return v.kind === 'system' || (v.kind === 'user' && v.role === 'ADMIN');
}
