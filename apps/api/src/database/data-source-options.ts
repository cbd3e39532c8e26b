import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Connections to PostgreSQL a process holds at most. */
export const POOL_SIZE = 20;

/** TypeORM settings shared by the app, the tests and the migration tool. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false, // never: the schema changes only through reviewed migrations
    uuidExtension: 'pgcrypto',
    // A connection once opened is kept (min = max; pg's pool closes idle ones after 10 s by
    // default). A rush comes after a quiet spell: a lecture hall scanning the poster at the break.
    // Opened again in its first second, each connection was a new PostgreSQL backend, with its
    // authentication, cold caches and statements prepared anew, while the requests queued; in the
    // bench, the slowest seconds of the fixed-rate runs were their first.
    // Pipeline mode lets a client send a statement before the one ahead of it is answered. Only
    // the hot path's short transactions do (common/sql.ts inPipelinedTransaction); everything
    // else awaits each statement, which goes out at once as it did without it.
    extra: { max: POOL_SIZE, min: POOL_SIZE, application_name: 'life-relay', pipeline: true },
    logging: false, // failures reach the error filter, which logs them as JSON
  };
}
