import { loadConfig } from './config.js';
import { openDatabase, type OpenDatabase } from './db/database.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { createServer, type LianxiServer } from './server.js';
import { seedDemoOnce } from './seed/seed-demo.js';
import { forgetKeptResults } from './modules/compliance/kept-results.js';

/**
 * `pnpm start`: database (embedded unless DATABASE_URL), migrations, demo data on the first start, then the
 * API and the admin on one port. SIGINT/SIGTERM drain requests and stop the embedded database cleanly.
 */
async function main(): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig();
  const log = (line: string) => console.log(`[lianxi] ${line}`);

  // Handlers go in first: a signal during migrations or seeding must still stop the embedded database.
  let db: OpenDatabase | undefined;
  let orm: Orm | undefined;
  let server: LianxiServer | undefined;
  let closing = false;
  const shutdown = async (signal: string, code = 0) => {
    if (closing) return;
    closing = true;
    log(`${signal}: draining requests and stopping`);
    // Browsers keep idle connections open; the drain gives in-flight requests 3 s, and nothing may hang us.
    setTimeout(() => {
      console.error('[lianxi] shutdown took over 15 s: exiting');
      process.exit(1);
    }, 15_000).unref();
    try {
      await server?.stop();
      await orm?.close();
    } catch (err) {
      console.error(err);
    }
    try {
      await db?.close();
    } catch (err) {
      console.error(err);
    }
    log('stopped');
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void shutdown(sig));

  try {
    db = await openDatabase(config, log);
    if (closing) return;
    orm = await openOrm(db.url);
    const applied = await migrate(orm);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    // This build may compute roll-ups differently from the one that kept them (ADR 0010).
    await forgetKeptResults(orm.em.fork());
    if (config.demo && !closing) {
      const t1 = Date.now();
      const seeded = await seedDemoOnce(orm.em.fork(), { password: process.env['LIANXI_DEMO_PASSWORD'] || undefined });
      if (seeded) {
        const { password, accounts, ...counts } = seeded;
        log(`demo bureau seeded in ${Date.now() - t1} ms: ${JSON.stringify(counts)}`);
        log(`demo accounts ${accounts.join(', ')} — password: ${password}  (shown once; set LIANXI_DEMO_PASSWORD to choose it)`);
      }
    }
    if (closing) return;
    server = await createServer(orm, { adminDist: config.adminDist });
    const http = server.httpServer;
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, resolve);
    });
    const address = http.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log(`ready in ${Date.now() - t0} ms: http://localhost:${port}/ (GraphQL at http://localhost:${port}/graphql)`);
  } catch (err) {
    console.error(err);
    await shutdown('startup failure', 1);
  }
}

void main();
