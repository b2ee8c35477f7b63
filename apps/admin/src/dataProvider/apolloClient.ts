import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';

export interface ApolloOptions {
  /** GraphQL endpoint; same origin in production (the API serves the admin) and through Vite's proxy in dev. */
  uri?: string;
  /** The UI locale, sent as Accept-Language so the API answers errors in the user's language. */
  getLocale: () => string;
  /**
   * Extra headers for every request. Authentication plugs in here later (`Authorization: Bearer …`); the
   * session cookie already travels because of `credentials: 'include'`.
   */
  getHeaders?: () => Record<string, string>;
  fetch?: typeof fetch;
}

export function createApolloClient(options: ApolloOptions): ApolloClient {
  const headersLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...options.getHeaders?.(), 'accept-language': options.getLocale() },
    }));
    return forward(operation);
  });
  const httpLink = new HttpLink({
    uri: options.uri ?? '/graphql',
    credentials: 'include',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return new ApolloClient({
    link: ApolloLink.from([headersLink, httpLink]),
    cache: new InMemoryCache(),
    // react-admin caches with react-query; a second cache in Apollo would only serve stale records.
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      mutate: { fetchPolicy: 'no-cache' },
    },
  });
}
