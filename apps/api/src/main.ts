import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate, openOrm } from './db/orm.js';
import { createServer } from './server.js';
import { seedDemoOnce } from './seed/seed-demo.js';

/**
 * `pnpm start`: database (embedded unless DATABASE_URL), migrations, demo data on the first start, then the
 * API and the admin on one port. SIGINT/SIGTERM drain requests and stop the embedded database cleanly.
 */
async function main(): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig();
  const log = (line: string) => console.log(`[lianxi] ${line}`);
  const db = await openDatabase(config, log);
  let closing = false;
  const closeDb = async () => {
    try {
      await db.close();
    } catch (err) {
      console.error(err);
    }
  };

  try {
    const orm = await openOrm(db.url);
    const applied = await migrate(orm);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    if (config.demo) {
      const seeded = await seedDemoOnce(orm.em.fork(), { password: process.env['LIANXI_DEMO_PASSWORD'] || undefined });
      if (seeded) {
        const { password, accounts, ...counts } = seeded;
        log(`demo bureau seeded: ${JSON.stringify(counts)}`);
        log(`demo accounts ${accounts.join(', ')} — password: ${password}  (shown once; set LIANXI_DEMO_PASSWORD to choose it)`);
      }
    }
    const server = await createServer(orm, { adminDist: config.adminDist });
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.httpServer.listen(config.port, config.host, resolve);
    });
    const address = server.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log(`ready in ${Date.now() - t0} ms: http://localhost:${port}/ (GraphQL at http://localhost:${port}/graphql)`);

    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      log(`${signal}: draining requests and stopping`);
      // Browsers keep idle connections open; the drain gives in-flight requests 3 s, and nothing may hang us.
      setTimeout(() => {
        console.error('[lianxi] shutdown took over 15 s: exiting');
        process.exit(1);
      }, 15_000).unref();
      await server.stop();
      await orm.close();
      await closeDb();
      log('stopped');
      process.exit(0);
    };
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void shutdown(sig));
  } catch (err) {
    console.error(err);
    await closeDb();
    process.exit(1);
  }
}

void main();
