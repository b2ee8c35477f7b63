import type { Config } from '../config.js';
import { ensureDatabase, startEmbeddedPostgres } from './embedded.js';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server, if we started one. */
  close(): Promise<void>;
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL in `config.dataDir`, database `lianxi`. */
export async function openDatabase(config: Config, log: (line: string) => void = () => {}): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, close: async () => {} };
  }
  const started = Date.now();
  const server = await startEmbeddedPostgres(config.dataDir, {
    log: (line) => {
      if (/FATAL|PANIC|ERROR/.test(line)) log(line.trim());
    },
  });
  await ensureDatabase(server.url('postgres'), 'lianxi');
  log(`embedded PostgreSQL ready in ${Date.now() - started} ms (data in ${config.dataDir})`);
  return { url: server.url('lianxi'), embedded: true, close: () => server.stop() };
}
