// Sign-in limits: the per-IP budget counts attempts against any account, and each account's
// failures slow down its next attempts from any address, twice as long after every failure,
// until a sign-in succeeds; an address with no account answers exactly the same.
import { Role } from '@life-relay/domain';
import { createTestApp, errorCode, GraphQLResult, TestApp } from '../../testing/test-app';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What an answer tells the caller: its code and, when refused, the wait. */
const outcome = (result: GraphQLResult) => (result.data?.login ? 'SIGNED_IN' : `${errorCode(result)}${result.errors?.[0].extensions.retryAfterSeconds !== undefined ? ` ${result.errors[0].extensions.retryAfterSeconds}` : ''}`);

describe('the per-IP sign-in budget', () => {
  it('counts attempts against any account, so one address cannot try a password on every account', async () => {
    const app = await createTestApp({ RATE_LIMIT_LOGIN: '3' });
    try {
      const tryAccount = (i: number) => app.gql(LOGIN, { e: `person${i}@relay.test`, p: 'Summer2024!' });
      expect(errorCode(await tryAccount(1))).toBe('UNAUTHENTICATED');
      expect(errorCode(await tryAccount(2))).toBe('UNAUTHENTICATED');
      expect(errorCode(await tryAccount(3))).toBe('UNAUTHENTICATED');
      const refused = await tryAccount(4);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});

describe('the per-account sign-in backoff', () => {
  let app: TestApp;
  let ip = 0;
  beforeAll(async () => {
    // Behind one proxy, so that every attempt can come from an address of its own.
    app = await createTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => app.close());

  /** A sign-in attempt from an address nobody used before. */
  const login = async (email: string, password: string) => outcome(await app.gql(LOGIN, { e: email, p: password }, { headers: { 'x-forwarded-for': `198.51.100.${++ip}` } }));

  it('after five wrong passwords makes the next attempt from any address wait, doubling the wait with every failure, until one succeeds', async () => {
    const { email } = await app.userWithRole(Role.ORGANIZER);
    for (let i = 0; i < 5; i++) expect(await login(email, `guess-${i}`)).toBe('UNAUTHENTICATED');
    // Even the right password waits: the answer must not tell a guess was right.
    expect(await login(email, 'a-good-password')).toBe('RATE_LIMITED 1');
    await sleep(1100);
    expect(await login(email, 'guess-5')).toBe('UNAUTHENTICATED');
    expect(await login(email, 'guess-6')).toBe('RATE_LIMITED 2');
    await sleep(1100);
    expect(await login(email, 'guess-6')).toBe('RATE_LIMITED 1');
    await sleep(1000);
    expect(await login(email, 'a-good-password')).toBe('SIGNED_IN');
    // The success forgot the failures: five more mistakes before any wait.
    for (let i = 0; i < 5; i++) expect(await login(email, `again-${i}`)).toBe('UNAUTHENTICATED');
    expect(await login(email, 'again-5')).toBe('RATE_LIMITED 1');
  });

  it('answers an address with no account exactly as one with an account', async () => {
    const { email } = await app.userWithRole(Role.ORGANIZER);
    const nobody = `nobody-${Date.now()}@relay.test`;
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await login(email, `guess-${i}`));
      unknown.push(await login(nobody, `guess-${i}`));
    }
    expect(unknown).toEqual(known);
    expect(known).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED 1', 'RATE_LIMITED 1']);
    // What someone typed is counted without being kept.
    expect(await app.sql(`SELECT key FROM rate_limits WHERE key ILIKE '%' || $1 || '%'`, [nobody])).toEqual([]);
  });

  it('lets one attempt through past the free ones when many arrive at the same moment', async () => {
    const { email } = await app.userWithRole(Role.ORGANIZER);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(email, `burst-${i}`)));
    expect(answers.filter((a) => a === 'UNAUTHENTICATED')).toHaveLength(6);
    expect(answers.filter((a) => a.startsWith('RATE_LIMITED'))).toHaveLength(14);
  });

  it('keeps the address’s failures apart from other accounts’', async () => {
    const first = await app.userWithRole(Role.ORGANIZER);
    const second = await app.userWithRole(Role.ORGANIZER);
    for (let i = 0; i < 6; i++) await login(first.email, `guess-${i}`);
    expect(await login(second.email, 'a-good-password')).toBe('SIGNED_IN');
  });
});
