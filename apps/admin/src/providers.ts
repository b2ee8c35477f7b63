import { QueryClient } from '@tanstack/react-query';
import { localStorageStore } from 'react-admin';
import { createAuthProvider } from './authProvider';
import { createApolloClient } from './dataProvider/apolloClient';
import { createDataProvider } from './dataProvider/dataProvider';
import { isNetworkError } from './dataProvider/errors';
import { createI18nProvider } from './i18n/i18nProvider';

// One instance of each for the running app; tests build their own with the factories.
export const i18nProvider = createI18nProvider();
export const apolloClient = createApolloClient({ getLocale: () => i18nProvider.getLocale() });
export const dataProvider = createDataProvider({ client: apolloClient });
export const authProvider = createAuthProvider(apolloClient);
/** Keys `RaStore.lianxi.*` in localStorage: the locale, list filters and column choices survive a reload. */
export const store = localStorageStore(undefined, 'lianxi');

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A flaky link gets two quiet retries; an API error (bad input, not found) is final and shown at once.
      retry: (count, error) => isNetworkError(error) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});
