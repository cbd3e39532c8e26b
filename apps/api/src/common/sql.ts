import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { Pool, PoolClient, QueryResult } from 'pg';
import { DataSource, EntityManager, ObjectLiteral, Repository } from 'typeorm';

/**
 * Rows of an UPDATE or DELETE ... RETURNING. TypeORM's query() answers those with
 * [rows, rowCount] (and INSERT or SELECT with rows alone); this always gives the rows.
 */
export async function returningRows<T>(db: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = await db.query(sql, params);
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result;
}

/** A search text as a LIKE pattern matching it anywhere: its own % and _ are literal. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A statement of the public form's hot path, sent as a prepared statement named `name` (one
 * name per text): each connection parses and plans it once, and PostgreSQL then runs its plan
 * without planning it again on every call (a sign-up's upsert took half a millisecond of the
 * server's CPU to plan, more than to run). It goes on the caller's connection: the
 * transaction's when `db` is in one, else any of the pool's. Rows as pg gives them (for an
 * UPDATE … RETURNING too).
 */
export async function preparedQuery<T>(db: EntityManager, name: string, text: string, params: unknown[]): Promise<T[]> {
  const config = { name, text, values: params };
  const runner = db.queryRunner as PostgresQueryRunner | undefined;
  let result: QueryResult;
  if (runner && !runner.isReleased) {
    const client = (await runner.connect()) as PoolClient;
    result = await client.query(config);
  } else {
    result = await ((db.connection.driver as PostgresDriver).master as Pool).query(config);
  }
  return result.rows as T[];
}

/** Sends a pipelined transaction's last statement (prepared, as preparedQuery) with its COMMIT; its rows. */
export type CommitWith = <T>(name: string, text: string, params: unknown[]) => Promise<T[]>;

/**
 * A short transaction of the hot path in two round trips fewer than dataSource.transaction: its
 * BEGIN goes out with its first statement, and `commitWith` sends the last statement and the
 * COMMIT together, neither waiting for the other's answer (pg's pipeline mode: the pool's
 * clients are made with it, data-source-options.ts). So the last statement's row locks are held
 * while it runs and commits, not for a trip back to this process and out again: sign-ups for one
 * shift queue behind each other's commits, not behind a busy event loop.
 *
 * The last statement must fail when it did not do its work (fail_statement): the COMMIT behind
 * it then ends the failed transaction, which rolls it back. When `work` returns without calling
 * `commitWith`, the transaction commits, as dataSource.transaction's would; when it throws, it
 * rolls back.
 */
export async function inPipelinedTransaction<T>(dataSource: DataSource, work: (tx: EntityManager, commitWith: CommitWith) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    // Its answer arrives while the first statement is on its way; a failed BEGIN fails that too.
    const begun = client.query('BEGIN').then(
      () => null,
      (error: unknown) => ({ error }),
    );
    let open = true;
    const commitWith: CommitWith = async <R>(name: string, text: string, params: unknown[]) => {
      if (!open) throw new Error('This transaction has ended: commitWith sends its last statement once');
      open = false;
      const [last, commit] = await Promise.allSettled([client.query({ name, text, values: params }), client.query('COMMIT')]);
      if (last.status === 'rejected') throw last.reason;
      if (commit.status === 'rejected') throw commit.reason;
      return last.value.rows as R[];
    };
    try {
      const result = await work(runner.manager, commitWith);
      if (open) {
        open = false;
        await client.query('COMMIT');
      }
      return result;
    } catch (error) {
      if (open) {
        open = false;
        await client.query('ROLLBACK').catch(() => undefined);
      }
      throw (await begun)?.error ?? error;
    }
  } finally {
    await runner.release();
  }
}

/** Every column of an entity's table, quoted, for a statement that reads whole rows (entityOf). */
export function columnsOf(repository: Repository<ObjectLiteral>): string {
  return repository.metadata.columns.map((c) => `"${c.databaseName}"`).join(', ');
}

/**
 * A row read by a plain statement (columnsOf) as the entity TypeORM would have made of it: each
 * column's value under its property. pg has already parsed the values (timestamps, arrays), and
 * no entity of ours transforms a column; what this skips is TypeORM building the statement and
 * hydrating the result, a third of a millisecond a read on a signed-in request's path.
 */
export function entityOf<T extends ObjectLiteral>(repository: Repository<T>, row: Record<string, unknown>): T {
  const entity = repository.create();
  for (const column of repository.metadata.columns) column.setEntityValue(entity, row[column.databaseName]);
  return entity;
}

/**
 * The rows of a long SELECT, read through a cursor `batchRows` at a time. pg parses a result as
 * it arrives, and a socket that holds the whole of a large result is read to its end in one turn
 * of the event loop (libuv reads on while there is data): the 2,000 rows of a whole board were
 * parsed in one stretch that every other request waited for. Fetched in batches, each batch is
 * parsed in a turn of its own, and other requests' turns come between them. The cursor reads one
 * snapshot (taken at DECLARE), as the single statement would; it costs a round trip per batch
 * and three more (BEGIN, DECLARE, COMMIT), so it is for results much longer than one batch.
 */
export async function rowsInBatches<T>(dataSource: DataSource, sql: string, params: unknown[], batchRows: number): Promise<T[]> {
  if (!Number.isInteger(batchRows) || batchRows < 1) throw new RangeError(`batchRows must be a positive integer, not ${batchRows}`);
  return dataSource.transaction(async (db) => {
    await db.query(`DECLARE batched NO SCROLL CURSOR FOR ${sql}`, params);
    const rows: T[] = [];
    for (;;) {
      const batch: T[] = await db.query(`FETCH ${batchRows} FROM batched`);
      for (const row of batch) rows.push(row);
      if (batch.length < batchRows) return rows;
    }
  });
}
