import { writeFile } from 'node:fs/promises';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate, openOrm } from './db/orm.js';
import { emitSchema, schemaPath } from './graphql/schema.js';
import { seedDemo } from './seed/seed-demo.js';

const USAGE = 'usage: node dist/cli.js migrate | migration:create | seed-demo | schema:emit';

async function main(command: string | undefined): Promise<void> {
  if (command === 'schema:emit') {
    const sdl = await emitSchema();
    await writeFile(schemaPath, sdl);
    console.log(`wrote ${schemaPath}`);
    return;
  }
  if (command !== 'migrate' && command !== 'migration:create' && command !== 'seed-demo') {
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
