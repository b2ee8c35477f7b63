import 'reflect-metadata';
import { ResultCacheSubscriber } from '../modules/compliance/result-cache.js';
import { MikroORM, ReflectMetadataProvider, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { fileURLToPath } from 'node:url';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { scopeFilterFor, type FilterDef } from './scope.js';
import { liveFilterFor } from './live.js';
import { RecordEntity } from '../modules/common/record.entity.js';
import { AuditSubscriber } from '../modules/audit/audit.subscriber.js';

export type Orm = MikroORM<PostgreSqlDriver>;

export const isRecordEntity = (e: { name: string }): boolean =>
  typeof e === 'function' && (e as { prototype: unknown }).prototype instanceof RecordEntity;
export const scopeFilter: FilterDef = scopeFilterFor(ENTITIES, isRecordEntity);
export const liveFilter: FilterDef = liveFilterFor(ENTITIES, isRecordEntity);

export function ormOptions(clientUrl: string, overrides: Partial<Options<PostgreSqlDriver>> = {}): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    discovery: { requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      // Where `migration:create` writes; the list above is what runs.
      pathTs: fileURLToPath(new URL('../../src/db/migrations', import.meta.url)),
      path: fileURLToPath(new URL('./migrations', import.meta.url)),
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    // Every request works in its own fork (see graphql/context.ts); a stray use of the global one is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    filters: { [scopeFilter.name]: scopeFilter, [liveFilter.name]: liveFilter },
    // A row is in scope by its own rule (scope.ts) alone: a visible person's deputy term elected by the bureau
    // stays visible; the out-of-scope unit it points to is what the nested field hides.
    autoJoinRefsForFilters: false,
    subscribers: [new AuditSubscriber(), new ResultCacheSubscriber()],
    pool: { min: 0, max: 10 },
    // No JIT compilation: the roll-ups' statements are estimated costly enough to trigger it, and compiling took
    // longer (up to 0.8 s at ten times the demo) than running them. See ADR 0008.
    driverOptions: { connection: { options: '-c jit=off' } },
    debug: false,
    ...overrides,
  };
}

export async function openOrm(clientUrl: string, overrides: Partial<Options<PostgreSqlDriver>> = {}): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}

export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
