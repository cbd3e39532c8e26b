// Starts the test PostgreSQL once per run and builds a template database with every migration
// applied; test files clone it (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
import 'reflect-metadata';
import { chmod, mkdtemp } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { TEMPLATE_DATABASE } from './test-database';

declare global {
  var __RELAY_TEST_PG__: { stop(): Promise<void> } | undefined;
}

export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'relay-test-pg-'));
    await chmod(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), ephemeral: true, database: 'postgres' });
    globalThis.__RELAY_TEST_PG__ = pg;
    serverUrl = pg.url;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const dataSource = new DataSource(dataSourceOptions(templateUrl.toString()));
  await dataSource.initialize(); // runs the migrations
  await dataSource.destroy();
  process.env.RELAY_TEST_PG_SERVER = serverUrl;
}
