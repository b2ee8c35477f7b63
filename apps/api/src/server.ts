import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Orm } from './db/orm.js';
import type { Ctx } from './graphql/context.js';
import { localizeErrors, makeFormatError } from './graphql/format-error.js';
import { localeFrom } from './graphql/i18n.js';
import { lianxiSchema } from './graphql/schema.js';

export interface LianxiServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Ctx>;
  /** Builds the context a request would get, for `executeOperation` in tests. */
  contextFor(headers?: Record<string, string>): Ctx;
  /** Stops taking requests, lets in-flight ones finish, then closes. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  adminDist?: string;
  log?: (line: string) => void;
  logError?: (err: unknown) => void;
}

export async function createServer(orm: Orm, opts: ServerOptions = {}): Promise<LianxiServer> {
  const schema = await lianxiSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const logError = opts.logError ?? ((err: unknown) => console.error(err));

  const apollo = new ApolloServer<Ctx>({
    schema,
    formatError: makeFormatError(schema, logError),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), localizeErrors],
  });
  await apollo.start();

  const contextFor = (headers: Record<string, string | string[] | undefined> = {}): Ctx => ({
    em: orm.em.fork(),
    locale: localeFrom(String(headers['accept-language'] ?? '')),
    requestId: String(headers['x-request-id'] ?? randomUUID()),
    now: new Date(),
    loaders: new Map(),
  });

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
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req.headers) }),
  );

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
    stop: async () => {
      await apollo.stop();
    },
  };
}
