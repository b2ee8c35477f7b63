import type { TranslationMessages } from 'ra-core';
import englishMessages from 'ra-language-english';
import { raChineseMessages } from './ra-zh-CN';
import { APP_TITLES, ENUM_TITLES, RESOURCE_TITLES, type TitleTree } from './titles';
import type { Title } from '@lianxi/rules';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

type Lang = keyof Title;
export const langOf = (locale: Locale): Lang => (locale === 'en' ? 'en' : 'zh');

interface MessageTree {
  [key: string]: string | MessageTree;
}

function isTitle(value: Title | TitleTree): value is Title {
  return typeof (value as Title).zh === 'string' && typeof (value as Title).en === 'string';
}

/** Picks one language out of a {zh, en} tree. */
export function project(tree: TitleTree, lang: Lang): MessageTree {
  const out: MessageTree = {};
  for (const [key, value] of Object.entries(tree)) out[key] = isTitle(value) ? value[lang] : project(value, lang);
  return out;
}

function enumMessages(lang: Lang): MessageTree {
  const out: MessageTree = {};
  for (const [name, titles] of Object.entries(ENUM_TITLES)) {
    out[name] = Object.fromEntries(Object.entries(titles).map(([k, v]) => [k, v[lang]]));
  }
  return out;
}

/** The whole catalogue of one locale: react-admin's messages, then the domain words under `resources`, `enums`, `lianxi`. */
export function messagesFor(locale: Locale): TranslationMessages {
  const lang = langOf(locale);
  const ra = locale === 'en' ? englishMessages : raChineseMessages;
  return {
    ...ra,
    resources: project(RESOURCE_TITLES, lang),
    enums: enumMessages(lang),
    lianxi: project(APP_TITLES, lang),
  };
}
