// For tests of lock order: another transaction holds rows (as a cancellation or an organizer's
// edit would), and the test looks at what the API's statements wait for meanwhile.
import { Client } from 'pg';
import { TestApp } from './test-app';
import { databaseUrl } from './test-database';

export interface HeldRows {
  /** Runs another statement in the holder's transaction. */
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
  /** Commits the holder's transaction, letting whatever waits go on. */
  release(): Promise<void>;
  /** Ends the connection (rolling back if not released); for a `finally`. */
  end(): Promise<void>;
}

/** Opens a transaction outside the API that runs `lockSql` (a SELECT … FOR UPDATE) and keeps it open. */
export async function holdRows(app: TestApp, lockSql: string, params: unknown[]): Promise<HeldRows> {
  const holder = new Client({ connectionString: databaseUrl(app.databaseName) });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query(lockSql, params);
  return {
    query: async (sql, queryParams = []) => (await holder.query(sql, queryParams)).rows,
    release: async () => void (await holder.query('COMMIT')),
    end: () => holder.end(),
  };
}

/** The statements of the test database that wait for a lock, once there are `count` of them (5 s at most). */
export async function statementsWaitingForLocks(app: TestApp, count: number): Promise<string[]> {
  let waiting: { query: string }[] = [];
  for (let tries = 0; waiting.length < count && tries < 200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    waiting = await app.sql(`SELECT query FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
  }
  return waiting.map((w) => w.query);
}
