import type { ApolloClient } from '@apollo/client';
import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { LoginDocument, LogoutDocument, MeDocument } from './graphql/documents';
import type { MeQuery } from './gql/graphql';
import { toHttpError } from './dataProvider/errors';
import { canAccess } from './auth/access';

export type SessionUser = NonNullable<MeQuery['me']['user']>;

/** Shown on the login page when the session ended under the user (expired, revoked, signed out elsewhere). */
export const SESSION_ENDED = 'lianxi.auth.session_ended';

/**
 * Sessions live in the API's HTTP-only cookie (set by `login`, cleared by `logout`), which the Apollo link
 * sends with `credentials: 'include'`; the admin never holds the token, so script on the page cannot steal it.
 * `checkAuth` asks `me` once and caches the user until logout or a 401.
 */
export function createAuthProvider(client: ApolloClient): AuthProvider {
  let cached: SessionUser | null | undefined;
  /** The API's words when a session it was sent no longer holds (revoked, expired): shown on the login page. */
  let endedMessage: string | undefined;

  async function me(): Promise<SessionUser | null> {
    if (cached !== undefined) return cached;
    try {
      const { data } = await client.query({ query: MeDocument, fetchPolicy: 'no-cache' });
      cached = data?.me.kind === 'USER' ? (data.me.user ?? null) : null;
    } catch (error) {
      const http = toHttpError(error);
      if (http.status !== 401) throw http;
      cached = null;
      endedMessage = (http.body as { reason?: string } | undefined)?.reason ? http.message : undefined;
    }
    return cached;
  }

  return {
    login: async ({ username, password }: { username: string; password: string }) => {
      try {
        const { data } = await client.mutate({ mutation: LoginDocument, variables: { username, password } });
        cached = data?.login.user ?? null;
        endedMessage = undefined;
      } catch (error) {
        throw toHttpError(error);
      }
    },
    logout: async () => {
      const wasSignedIn = cached !== null;
      cached = null;
      if (wasSignedIn) {
        try {
          await client.mutate({ mutation: LogoutDocument });
        } catch {
          // Already signed out or offline: the login page is the right place either way.
        }
      }
      cached = undefined;
    },
    checkAuth: async () => {
      if (!(await me())) throw new HttpError(endedMessage ?? 'ra.auth.auth_check_error', 401);
    },
    // Menus, routes and buttons by role (see auth/access.ts); the API enforces the same rules again.
    canAccess: async ({ action, resource, record }) => canAccess(await me(), action, resource, record as { personId?: unknown } | undefined),
    checkError: async (error: { status?: number; message?: string }) => {
      // 401: the session expired or was revoked, sign in again. 403 stays a notification on the page.
      // The cached user stays until react-admin calls logout: it notifies only while still signed in, so
      // the user learns why they are back on the login page (the API's own words, else SESSION_ENDED).
      if (error?.status === 401) {
        throw new HttpError(error.message || SESSION_ENDED, 401);
      }
    },
    getIdentity: async (): Promise<UserIdentity> => {
      const user = await me();
      if (!user) throw new HttpError('ra.auth.auth_check_error', 401);
      return { id: user.id, fullName: user.displayName, role: user.role, scopeUnitId: user.scopeUnitId, personId: user.personId ?? null };
    },
    getPermissions: async () => (await me())?.role,
  };
}
