import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from './i18n.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { Request, Response } from 'express';

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
  viewer: Viewer;
  /** The subtree this request sees (`/` for system tasks): the ORM scope filter's parameter. */
  scopePath: string;
  /** Present for HTTP requests: sign-in sets and clears the session cookie. */
  http?: { req: Request; res: Response };
  /** Per-request batch loaders (see loaders.ts). */
  loaders: Map<string, unknown>;
}
