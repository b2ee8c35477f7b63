import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'ra-core';
import { DEFAULT_LOCALE, LOCALES, messagesFor, type Locale } from './messages';

/** react-admin keeps the chosen locale in its store under this key (see `store` in App.tsx). */
export const STORE_PREFIX = 'RaStore.lianxi';
const LOCALE_KEY = `${STORE_PREFIX}.locale`;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered locale, read before the first render so an English user never sees a flash of Chinese. */
export function rememberedLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale {
  try {
    const raw = storage?.getItem(LOCALE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function createI18nProvider(initial: Locale = rememberedLocale()): I18nProvider {
  const provider = polyglotI18nProvider((locale) => messagesFor(isLocale(locale) ? locale : DEFAULT_LOCALE), initial, [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ], {
    // A missing key shows the key itself in development rather than silently falling back.
    allowMissing: false,
  });
  const setLang = (locale: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  };
  setLang(initial);
  return {
    ...provider,
    changeLocale: async (locale, options) => {
      await provider.changeLocale(locale, options);
      setLang(locale);
    },
  };
}

export function currentLocale(provider: I18nProvider): Locale {
  const locale = provider.getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
