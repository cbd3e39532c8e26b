import { randomBytes } from 'crypto';
import { Client } from 'pg';

export const TEMPLATE_DATABASE = 'relay_test_template';

function serverUrl(): string {
  const url = process.env.RELAY_TEST_PG_SERVER;
  if (!url) throw new Error('The test PostgreSQL is not running: run the tests through jest (globalSetup starts it).');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database: migrated (a clone of the template) or empty. */
export async function createTestDatabase(options: { migrated: boolean } = { migrated: true }): Promise<{ name: string; url: string }> {
  const name = `relay_test_${randomBytes(6).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name}${options.migrated ? ` TEMPLATE ${TEMPLATE_DATABASE}` : ''}`));
  return { name, url: databaseUrl(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
