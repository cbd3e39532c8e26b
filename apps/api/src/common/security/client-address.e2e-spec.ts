// Whose address a request comes from, which the rate limits count by: X-Forwarded-For is believed
// only as far as TRUST_PROXY says proxies append to it, so nobody picks their own bucket.
import { createTestApp, errorCode, TestApp } from '../../testing/test-app';

const LOGIN = `mutation { login(email: "someone@relay.test", password: "wrong-password") { token } }`;

/** A sign-in attempt with X-Forwarded-For as given (as a client or a proxy would send it). */
const attempt = (app: TestApp, forwardedFor: string) => app.gql(LOGIN, {}, { headers: { 'x-forwarded-for': forwardedFor } });

describe('the client address', () => {
  it('ignores X-Forwarded-For with no proxy in front (TRUST_PROXY=0): a spoofed one does not reset the budget', async () => {
    const app = await createTestApp({ RATE_LIMIT_LOGIN: '2' });
    try {
      // A private address: what anyone on a campus LAN or a container network would claim.
      expect(errorCode(await attempt(app, '10.0.0.1'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await attempt(app, '10.0.0.2'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await attempt(app, '203.0.113.3'))).toBe('RATE_LIMITED');
    } finally {
      await app.close();
    }
  });

  it('behind one proxy (TRUST_PROXY=1), counts by the address the proxy appended, not what the client wrote before it', async () => {
    const app = await createTestApp({ RATE_LIMIT_LOGIN: '2', TRUST_PROXY: '1' });
    try {
      // A laptop on the campus LAN (10.0.0.5, as the proxy saw it) writing addresses of its choosing.
      expect(errorCode(await attempt(app, '10.0.0.5'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await attempt(app, '203.0.113.9, 10.0.0.5'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await attempt(app, '198.51.100.1, 10.0.0.5'))).toBe('RATE_LIMITED');
      // Another client behind the same proxy has a budget of its own.
      expect(errorCode(await attempt(app, '10.0.0.6'))).toBe('UNAUTHENTICATED');
    } finally {
      await app.close();
    }
  });
});
