import type { ApolloClient } from '@apollo/client';
import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { LoginDocument, LogoutDocument, MeDocument } from './graphql/documents';
import type { MeQuery } from './gql/graphql';
import { toHttpError } from './dataProvider/errors';

type SessionUser = NonNullable<MeQuery['me']['user']>;

/**
 * Sessions live in the API's HTTP-only cookie (set by `login`, cleared by `logout`), which the Apollo link
 * sends with `credentials: 'include'`; the admin never holds the token, so script on the page cannot steal it.
 * `checkAuth` asks `me` once and caches the user until logout or a 401.
 */
export function createAuthProvider(client: ApolloClient): AuthProvider {
  let cached: SessionUser | null | undefined;

  async function me(): Promise<SessionUser | null> {
    if (cached !== undefined) return cached;
    try {
      const { data } = await client.query({ query: MeDocument, fetchPolicy: 'no-cache' });
      cached = data?.me.kind === 'USER' ? (data.me.user ?? null) : null;
    } catch (error) {
      const http = toHttpError(error);
      if (http.status === 401) cached = null;
      else throw http;
    }
    return cached;
  }

  return {
    login: async ({ username, password }: { username: string; password: string }) => {
      try {
        const { data } = await client.mutate({ mutation: LoginDocument, variables: { username, password } });
        cached = data?.login.user ?? null;
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
      if (!(await me())) throw new HttpError('ra.auth.auth_check_error', 401);
    },
    checkError: async (error: { status?: number }) => {
      // 401: the session expired or was revoked, sign in again. 403 stays a notification on the page.
      if (error?.status === 401) {
        cached = undefined;
        throw error;
      }
    },
    getIdentity: async (): Promise<UserIdentity> => {
      const user = await me();
      if (!user) throw new HttpError('ra.auth.auth_check_error', 401);
      return { id: user.id, fullName: user.displayName };
    },
    getPermissions: async () => (await me())?.role,
  };
}
