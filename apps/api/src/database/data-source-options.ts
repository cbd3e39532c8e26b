import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

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
    extra: { max: 20, application_name: 'life-relay' },
    logging: false, // failures reach the error filter, which logs them as JSON
  };
}
