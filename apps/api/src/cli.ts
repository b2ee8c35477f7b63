import { writeFile } from 'node:fs/promises';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate, openOrm } from './db/orm.js';
import { emitSchema, schemaPath } from './graphql/schema.js';
import { randomDemoPassword, seedDemo } from './seed/seed-demo.js';
import { recomputeCounters } from './modules/compliance/counters.js';
import { createServer } from './server.js';
import { createOrgUnit } from './modules/org-unit/org-unit.service.js';
import { createUser } from './modules/user/user.service.js';

const USAGE = `usage: node dist/cli.js migrate | migration:create | seed-demo | counters:recompute | schema:emit
       node dist/cli.js init <bureau name> <bureau code> <admin username>   (a new installation without demo data;
         the password is LIANXI_ADMIN_PASSWORD, else a random one printed once)`;

async function main(command: string | undefined): Promise<void> {
  if (command === 'schema:emit') {
    const sdl = await emitSchema();
    await writeFile(schemaPath, sdl);
    console.log(`wrote ${schemaPath}`);
    return;
  }
  if (!['migrate', 'migration:create', 'seed-demo', 'counters:recompute', 'init'].includes(command ?? '')) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const db = await openDatabase(config, (line) => console.log(line));
  const orm = await openOrm(db.url);
  try {
    if (command === 'migrate') {
      const names = await migrate(orm);
      console.log(names.length ? `applied ${names.join(', ')}` : 'no pending migrations');
    } else if (command === 'migration:create') {
      const result = await orm.getMigrator().createMigration();
      console.log(result.fileName ? `wrote ${result.fileName}: add it to src/db/migrations/index.ts` : 'entities match the migrations: nothing to write');
    } else if (command === 'counters:recompute') {
      await migrate(orm);
      const t0 = Date.now();
      const { drifted, rows } = await recomputeCounters(orm.em.fork());
      console.log(`counters recomputed in ${Date.now() - t0} ms: ${rows} rows; ${drifted} had drifted from the records`);
    } else if (command === 'init') {
      await migrate(orm);
      const [name, code, username] = process.argv.slice(3);
      if (!name || !code || !username) throw new Error(USAGE);
      const password = process.env['LIANXI_ADMIN_PASSWORD'] || randomDemoPassword();
      const server = await createServer(orm);
      const ctx = server.systemContext();
      const bureau = await createOrgUnit(ctx, { kind: 'BUREAU', name, code });
      await createUser(ctx, { username, displayName: username, role: 'ADMIN', scopeUnitId: bureau.id, password });
      console.log(`created ${name} (${code}) and ADMIN ${username}${process.env['LIANXI_ADMIN_PASSWORD'] ? '' : ` with password ${password}`}`);
    } else {
      await migrate(orm);
      const counts = await seedDemo(orm.em.fork(), undefined, { password: process.env['LIANXI_DEMO_PASSWORD'] || undefined });
      console.log('demo data:', counts);
    }
  } finally {
    await orm.close();
    await db.close();
  }
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
