import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Orm } from './db/orm.js';
import type { Ctx } from './graphql/context.js';
import { jitGateway, noStoreCacheControl, type Engine, type ExecutorOptions } from './graphql/executor.js';
import { introspectionForViewersOnly, localizeErrors, makeFormatError } from './graphql/format-error.js';
import { localeFrom } from './graphql/i18n.js';
import { lianxiSchema } from './graphql/schema.js';
import { SCOPE_FILTER, NOTHING } from './db/scope.js';
import { setAuditActor } from './modules/audit/audit.subscriber.js';
import { resolveViewer } from './modules/auth/resolve-viewer.js';
import { SYSTEM, actorOf, type Viewer } from './modules/auth/viewer.js';
import { publicFeedbackRouter } from './modules/opinion/opinion.public.js';
import { publicReceptionRouter } from './modules/reception/reception.public.js';
import { attachmentRouter } from './modules/attachment/attachment.routes.js';

function scopePathOf(v: Viewer): string {
  if (v.kind === 'system') return '/';
  if (v.kind === 'user' || v.kind === 'token') return v.scopePath;
  return NOTHING;
}

export interface LianxiServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Ctx>;
  /** Builds the context a request with these headers would get (viewer resolved from its credential). */
  contextFor(headers?: Record<string, string | string[] | undefined>, http?: Ctx['http']): Promise<Ctx>;
  /** A context for start-up tasks and test set-up: sees and may change everything. Never reachable over HTTP. */
  systemContext(): Ctx;
  /** Stops taking requests, lets in-flight ones finish, then closes. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  adminDist?: string;
  log?: (line: string) => void;
  logError?: (err: unknown) => void;
  /** `graphql-js` runs every operation on graphql-js `execute` (default: LIANXI_GRAPHQL_EXECUTOR, else `jit`). */
  executor?: Engine;
  /** Told which engine ran each operation (tests). */
  onExecute?: ExecutorOptions['onRun'];
}

export async function createServer(orm: Orm, opts: ServerOptions = {}): Promise<LianxiServer> {
  const schema = await lianxiSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const logError = opts.logError ?? ((err: unknown) => console.error(err));

  // Depth, alias, cost, token and directive limits, and no field suggestions (GraphQL Armor).
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    maxTokens: { n: 3000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // graphql-armor is typed against Apollo's CommonJS typings and we against its ESM ones: same objects.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin<Ctx>[];
  // Queries run compiled by graphql-jit, everything else on graphql-js (executor.ts, docs/adr/0006-graphql-executor.md).
  const executor = opts.executor ?? (process.env['LIANXI_GRAPHQL_EXECUTOR'] === 'graphql-js' ? 'graphql-js' : 'jit');
  const apollo = new ApolloServer<Ctx>({
    ...(executor === 'jit' ? { gateway: jitGateway(schema, { onRun: opts.onExecute }) } : { schema }),
    validationRules: armor.validationRules,
    formatError: makeFormatError(schema, logError),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 3000 }),
      // Cache-control hints cost a wrapper around every field of every row; none is set: answers are `no-store`.
      ApolloServerPluginCacheControlDisabled(),
      noStoreCacheControl,
      ...armorPlugins,
      introspectionForViewersOnly,
      localizeErrors,
    ],
  });
  await apollo.start();

  const makeContext = (viewer: Viewer, headers: Record<string, string | string[] | undefined>, http?: Ctx['http']): Ctx => {
    const scopePath = scopePathOf(viewer);
    const em = orm.em.fork();
    em.setFilterParams(SCOPE_FILTER, { path: scopePath });
    const requestId = String(headers['x-request-id'] ?? randomUUID()).slice(0, 100);
    setAuditActor(em, { ...actorOf(viewer), requestId });
    return {
      em,
      viewer,
      scopePath,
      http,
      locale: localeFrom(String(headers['accept-language'] ?? '')),
      requestId,
      now: new Date(),
      loaders: new Map(),
    };
  };
  const contextFor = async (headers: Record<string, string | string[] | undefined> = {}, http?: Ctx['http']): Promise<Ctx> => {
    const viewer = await resolveViewer(orm.em.fork(), headers, new Date());
    return makeContext(viewer, headers, http);
  };
  const systemContext = (): Ctx => makeContext(SYSTEM, {});

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // Express's own 413 page would bypass GraphQL's error format.
    (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (err && typeof err === 'object' && 'type' in err && err.type === 'entity.too.large') {
        res.status(413).json({ errors: [{ message: '请求体过大（上限 1 MB）', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      next(err);
    },
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req.headers, { req, res }) }),
  );

  app.use(publicFeedbackRouter(orm));
  app.use(publicReceptionRouter({ systemContext, contextFor }));
  // Evidence files: the router reads its own raw body, up to LIANXI_MAX_ATTACHMENT_MB (the 1 MB limit is /graphql's only).
  app.use(attachmentRouter({ contextFor, logError }));

  // The built admin SPA, with deep links falling back to index.html.
  const adminDist = opts.adminDist;
  if (adminDist && existsSync(join(adminDist, 'index.html'))) {
    app.use(express.static(adminDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(join(adminDist, 'index.html'));
    });
  }

  return {
    app,
    httpServer,
    apollo,
    contextFor,
    systemContext,
    stop: async () => {
      await apollo.stop();
    },
  };
}
