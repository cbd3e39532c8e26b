// The hot path's short transactions (inPipelinedTransaction): BEGIN with the first statement,
// COMMIT with the last, and all or nothing kept, against a real PostgreSQL.
import { DataSource } from 'typeorm';
import { sentStatements } from '../testing/sent-statements';
import { createTestApp, TestApp } from '../testing/test-app';
import { inPipelinedTransaction, preparedQuery } from './sql';

describe('a pipelined transaction', () => {
  let app: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.server.app.get(DataSource);
    await app.sql(`CREATE TABLE pipelined_probe (n int PRIMARY KEY)`);
  });
  afterAll(async () => {
    await app.sql(`DROP TABLE pipelined_probe`);
    await app.close();
  });
  beforeEach(() => app.sql(`DELETE FROM pipelined_probe`));

  const kept = async () => (await app.sql(`SELECT n FROM pipelined_probe ORDER BY n`)).map((r) => r.n as number);
  /** Inserts $1, or fails as the sign-up's last statement does when it wrote nothing (fail_statement). */
  const INSERT_OR_FAIL = `WITH put AS (INSERT INTO pipelined_probe (n) VALUES ($1) ON CONFLICT DO NOTHING RETURNING n),
      done AS (SELECT CASE WHEN EXISTS (SELECT FROM put) THEN true ELSE fail_statement('LR001', 'nothing put') END)
    SELECT put.n FROM done LEFT JOIN put ON true`;

  it('sends BEGIN with its first statement and COMMIT with its last, and keeps what they wrote', async () => {
    let rows: { n: number }[] = [];
    const sent = await sentStatements(() =>
      inPipelinedTransaction(dataSource, async (tx, commitWith) => {
        await preparedQuery(tx, 'probe-put', `INSERT INTO pipelined_probe (n) VALUES ($1)`, [1]);
        await tx.query(`INSERT INTO pipelined_probe (n) VALUES (2)`);
        rows = await commitWith<{ n: number }>('probe-put-or-fail', INSERT_OR_FAIL, [3]);
      }),
    );
    expect(sent.map((s) => [s.sql.split(/\s/)[0], s.unanswered])).toEqual([
      ['BEGIN', 0],
      ['INSERT', 1], // sent before BEGIN was answered
      ['INSERT', 0],
      ['WITH', 0],
      ['COMMIT', 1], // sent before the last statement was answered
    ]);
    expect(rows).toEqual([{ n: 3 }]);
    expect(await kept()).toEqual([1, 2, 3]);
  });

  it('keeps nothing when its last statement fails, and says why', async () => {
    await app.sql(`INSERT INTO pipelined_probe (n) VALUES (9)`);
    await expect(
      inPipelinedTransaction(dataSource, async (tx, commitWith) => {
        await tx.query(`INSERT INTO pipelined_probe (n) VALUES (1)`);
        return commitWith('probe-put-or-fail', INSERT_OR_FAIL, [9]);
      }),
    ).rejects.toMatchObject({ code: 'LR001', message: 'nothing put' });
    expect(await kept()).toEqual([9]);
    // The connection went back to the pool with no transaction open: the next one starts afresh.
    await inPipelinedTransaction(dataSource, (_tx, commitWith) => commitWith('probe-put-or-fail', INSERT_OR_FAIL, [2]));
    expect(await kept()).toEqual([2, 9]);
  });

  it('keeps nothing when the work fails before its last statement', async () => {
    await expect(
      inPipelinedTransaction(dataSource, async (tx) => {
        await tx.query(`INSERT INTO pipelined_probe (n) VALUES (1)`);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await kept()).toEqual([]);
  });

  it('commits when the work ends without a last statement, as a transaction would', async () => {
    const answer = await inPipelinedTransaction(dataSource, async (tx) => {
      await tx.query(`INSERT INTO pipelined_probe (n) VALUES (4)`);
      return 'done';
    });
    expect(answer).toBe('done');
    expect(await kept()).toEqual([4]);
  });

  it('sends its last statement once', async () => {
    await expect(
      inPipelinedTransaction(dataSource, async (_tx, commitWith) => {
        await commitWith('probe-put-or-fail', INSERT_OR_FAIL, [5]);
        await commitWith('probe-put-or-fail', INSERT_OR_FAIL, [6]);
      }),
    ).rejects.toThrow(/commitWith sends its last statement once/);
    expect(await kept()).toEqual([5]);
  });
});
