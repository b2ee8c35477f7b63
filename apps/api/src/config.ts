import { join, resolve } from 'node:path';

export interface Config {
  /** Set: use that server. Unset: run an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Seed the demo bureau: always on the first embedded start; with DATABASE_URL only when LIANXI_DEMO=1. */
  demo: boolean;
  /** Built admin SPA to serve at `/`, when it exists. */
  adminDist: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const databaseUrl = env['DATABASE_URL']?.trim() || undefined;
  const port = Number(env['PORT'] ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env['PORT']}"`);
  }
  const root = findRepoRoot(cwd);
  return {
    databaseUrl,
    dataDir: resolve(root, env['LIANXI_DATA_DIR'] ?? '.data'),
    port,
    host: env['HOST'] ?? '0.0.0.0',
    demo: databaseUrl ? env['LIANXI_DEMO'] === '1' : env['LIANXI_DEMO'] !== '0',
    adminDist: resolve(root, env['LIANXI_ADMIN_DIST'] ?? join('apps', 'admin', 'dist')),
  };
}

/** `pnpm start` runs from the repo root, `pnpm --filter` from apps/api: both keep data in the root's `.data`. */
function findRepoRoot(cwd: string): string {
  return cwd.endsWith(join('apps', 'api')) ? resolve(cwd, '..', '..') : cwd;
}
