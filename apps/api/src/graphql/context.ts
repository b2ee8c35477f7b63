import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from './i18n.js';

/**
 * What every resolver and service receives first. `em` is a fork made for this request only, so identity maps
 * never leak between callers.
 */
export interface Ctx {
  em: EntityManager;
  locale: Locale;
  requestId: string;
  /** The clock, passed in so that tests and "as of" reads can pin it. */
  now: Date;
  /** Per-request batch loaders (see loaders.ts). */
  loaders: Map<string, unknown>;
}
