export type Locale = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

/** Chinese first: only an Accept-Language that prefers English gets English. */
export function localeFrom(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
