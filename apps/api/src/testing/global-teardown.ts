import { Client } from 'pg';
import { TEMPLATE_DATABASE } from './test-database';

export default async function globalTeardown() {
  if (globalThis.__RELAY_TEST_PG__) {
    await globalThis.__RELAY_TEST_PG__.stop();
    return;
  }
  const admin = new Client({ connectionString: process.env.RELAY_TEST_PG_SERVER });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.end();
}
