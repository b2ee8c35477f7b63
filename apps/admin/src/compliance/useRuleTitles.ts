import { useMemo } from 'react';
import { useLocale } from '../common/fields';
import { useCompliance } from './useAsync';

/** Rule id → title in the user's language, from the catalogue in force (`rules`). */
export function useRuleTitles(): ReadonlyMap<string, string> {
  const locale = useLocale();
  const { data } = useCompliance(['rules'], (dp) => dp.rules());
  return useMemo(() => new Map((data ?? []).map((r) => [r.id, locale === 'en' ? r.titleEn : r.titleZh])), [data, locale]);
}
