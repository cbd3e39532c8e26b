// The API's connections to PostgreSQL outlast a quiet spell: a rush after one (a lecture hall
// scanning the poster at the break) meets them open, not each opened again in its first second.
import { createTestApp, TestApp } from '../testing/test-app';
import { POOL_SIZE } from './data-source-options';

/** pg's pool closes a connection idle this long unless told to keep it. */
const PG_IDLE_TIMEOUT_MS = 10_000;

describe('connections to PostgreSQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const openConnections = async () => {
    const [{ count }] = await app.sql(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'life-relay' AND datname = current_database()`);
    return count as number;
  };

  it('keeps the connections a burst opened through a quiet spell longer than pg’s idle timeout', async () => {
    const burst = 6;
    expect(burst).toBeLessThanOrEqual(POOL_SIZE);
    await Promise.all(Array.from({ length: burst }, () => app.sql(`SELECT pg_sleep(0.2)`)));
    const opened = await openConnections();
    expect(opened).toBeGreaterThanOrEqual(burst);
    await new Promise((resolve) => setTimeout(resolve, PG_IDLE_TIMEOUT_MS + 1500));
    expect(await openConnections()).toBeGreaterThanOrEqual(opened);
  }, 30_000);
});
