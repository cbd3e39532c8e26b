// The per-IP budgets leased a share at a time (rate-limits.ts): a campus behind one address no
// longer queues on one rate_limits row, and the budget still holds across API processes.
import { randomUUID } from 'crypto';
import request from 'supertest';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { startServer } from '../../server';
import { createTestApp, errorCode } from '../../testing/test-app';
import { RateLimitedError } from '../errors/domain-errors';
import { RateLimits } from './rate-limits';

const BOARD = `query($id: ID!) { leaderboard(driveId: $id, first: 1) { rank } }`;

describe('per-IP budgets taken in leases', () => {
  it('holds a budget of 100 over two API processes sharing a burst from one address, in a fraction of the statements', async () => {
    const first = await createTestApp({ RATE_LIMIT_PUBLIC_READ: '100' });
    const second = await startServer(first.config);
    // Every count the limiter writes goes through its _upsert (on its own pool client, not TypeORM's query runner).
    const spy = jest.spyOn(RateLimiterPostgres.prototype as unknown as { _upsert: (...args: unknown[]) => Promise<unknown> }, '_upsert');
    try {
      const id = randomUUID(); // no such drive: the budget is spent before that is found
      const viaFirst = () => first.gql(BOARD, { id });
      const viaSecond = async () => (await request(second.app.getHttpServer()).post('/graphql').send({ query: BOARD, variables: { id } })).body;
      const answers = await Promise.all(Array.from({ length: 150 }, (_, i) => (i % 2 ? viaFirst() : viaSecond())));
      const codes = answers.map((a) => errorCode(a));
      const allowed = codes.filter((c) => c === 'NOT_FOUND').length;
      expect(codes.filter((c) => c !== 'NOT_FOUND' && c !== 'RATE_LIMITED')).toEqual([]);
      // Never more than the budget; at most a lease (5) short of it per process.
      expect(allowed).toBeLessThanOrEqual(100);
      expect(allowed).toBeGreaterThanOrEqual(100 - 2 * 4);
      // A statement per lease (and one per process once refused), not one per request.
      expect(spy.mock.calls.length).toBeGreaterThan(0);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(100 / 5 + 4);
      // Refused until the window ends, without asking PostgreSQL again.
      const before = spy.mock.calls.length;
      expect(errorCode(await viaFirst())).toBe('RATE_LIMITED');
      expect(spy.mock.calls.length).toBe(before);
    } finally {
      spy.mockRestore();
      await second.close();
      await first.close();
    }
  });

  it('keeps the leases of the most recently used keys only, and a key whose lease was dropped is still held to its budget', async () => {
    // Two codes per contact and hour; a process that holds three keys' leases (10,000 in production).
    const app = await createTestApp({ RATE_LIMIT_SIGN_UP_CODE_CONTACT: '2' });
    try {
      const limits = new RateLimits(app.server.app.get(DataSource), app.config, 3);
      const contact = (i: number) => `leased-${i}-${randomUUID()}@example.org`;
      const contacts = Array.from({ length: 6 }, (_, i) => contact(i));
      for (const c of contacts) await limits.consume('signUpCodeContact', c);
      // Before, the map kept every key until its window ended (an hour), and was swept on each new one.
      expect(limits.leasesHeld).toBe(3);

      // The first contact's lease went with the others: its second code is allowed, its third refused.
      await limits.consume('signUpCodeContact', contacts[0]);
      await expect(limits.consume('signUpCodeContact', contacts[0])).rejects.toBeInstanceOf(RateLimitedError);
      // Its refusal dropped in turn, PostgreSQL still refuses it.
      for (const c of contacts.slice(3)) await expect(limits.consume('signUpCodeContact', c)).resolves.toBeUndefined();
      expect(limits.leasesHeld).toBe(3);
      await expect(limits.consume('signUpCodeContact', contacts[0])).rejects.toBeInstanceOf(RateLimitedError);
    } finally {
      await app.close();
    }
  });
});
