// The reminder scans run every minute in each process with background jobs, over every sign-up
// the platform ever took. What they look for lies in a window of days (a retry date, a donation
// day), and each reads its window through an index (migration ScanIndexes): without one,
// PostgreSQL read the whole sign_ups table, on every core, several times a minute. Their
// messages are tested where they are described (messages.e2e-spec.ts, eligible-now.e2e-spec.ts).
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../testing/test-app';
import { ReminderScanner } from './reminder-scanner.service';

describe('the reminder scans', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  /** Every statement a scan sends, with its parameters (an EntityManager's go through its DataSource's). */
  async function statementsOf(scan: (scanner: ReminderScanner) => Promise<number>): Promise<{ sql: string; params: unknown[] }[]> {
    const dataSource = app.server.app.get(DataSource);
    const send = dataSource.query.bind(dataSource);
    const sent: { sql: string; params: unknown[] }[] = [];
    const query = jest.spyOn(dataSource, 'query').mockImplementation((sql: string, params?: unknown[], runner?: Parameters<DataSource['query']>[2]) => {
      sent.push({ sql, params: params ?? [] });
      return send(sql, params, runner);
    });
    try {
      await scan(app.server.app.get(ReminderScanner));
    } finally {
      query.mockRestore();
    }
    return sent;
  }

  /** The plan PostgreSQL makes for a statement when a table scan is its last resort (the test data is small). */
  async function planOf({ sql, params }: { sql: string; params: unknown[] }): Promise<string> {
    const runner = app.server.app.get(DataSource).createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SET LOCAL enable_seqscan = off`);
      const rows: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it.each([
    ['deferral follow-ups', (s: ReminderScanner) => s.queueDeferralFollowUps(), /Index Scan using sign_ups_deferred_retry_on_idx on sign_ups s .*\n\s*Index Cond: \(.*\(retry_on >= .*\) AND \(retry_on <= /],
    ['"you can donate again"', (s: ReminderScanner) => s.queueEligibleAgain(), /Index Scan using sign_ups_donated_outcome_on_idx on sign_ups s .*\n\s*Index Cond: \(outcome_on > /],
    [
      '"you can donate again", self-reported',
      (s: ReminderScanner) => s.queueEligibleAgainSelfReported(),
      /(Index Scan using|Bitmap Index Scan on) volunteers_reported_last_donation_on_idx .*\n\s*Index Cond: \(reported_last_donation_on > /,
    ],
  ])('reads the window of the %s through an index, not the whole table', async (_name, scan, plan) => {
    const [first] = await statementsOf(scan);
    expect(await planOf(first)).toMatch(plan);
  });
});
