import { DataSource, EntityManager } from 'typeorm';

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
