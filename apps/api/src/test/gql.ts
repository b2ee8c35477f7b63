import type { Orm } from '../db/orm.js';
import { localeFrom } from '../graphql/i18n.js';
import { createServer, type LianxiServer } from '../server.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
}

export interface TestApi {
  server: LianxiServer;
  /** Runs a real document through Apollo's full pipeline (parsing, validation, formatting, localising). */
  exec<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Like exec, but fails the test on any error and returns `data`. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
}

export async function createTestApi(orm: Orm): Promise<TestApi> {
  const server = await createServer(orm, { logError: () => {} });
  // Without credentials the document runs as the system (test set-up); with an Authorization header, as that caller.
  const exec = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const signedIn = 'authorization' in headers || 'x-api-key' in headers || 'cookie' in headers;
    const base = server.systemContext();
    const contextValue = signedIn ? await server.contextFor(headers) : { ...base, locale: localeFrom(headers['accept-language']) };
    const res = await server.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental delivery is not used here');
    return res.body.singleResult as GqlResult<T>;
  };
  return {
    server,
    exec,
    ok: async <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
      const r = await exec<T>(query, variables, headers);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
      return r.data as T;
    },
  };
}
