// The headers every response carries (web/security-headers.ts): a Content-Security-Policy with no
// inline script and a per-page nonce for styles, no framing, no content sniffing, no Referer, and
// HSTS where the public address is HTTPS.
import { createTestApp, TestApp } from '../../testing/test-app';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | undefined): Record<string, string[]> {
  expect(header).toBeDefined();
  return Object.fromEntries(
    (header as string)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

describe('the security headers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('send a strict policy with the API’s answers and the web app’s files', async () => {
    const answers = [
      await app.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' }),
      await app.http.get('/health'),
      await app.http.get('/m/a-manage-token'),
      await app.http.get('/set-password'),
    ];
    for (const res of answers) {
      const csp = directives(res.headers['content-security-policy']);
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'none'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['style-src']).not.toContain("'unsafe-inline'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      // Manage and set-password links carry their secret in the address.
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      // The public address is http:// here: no HSTS, which would lock browsers out of it.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('give every page a nonce of its own for its <style> elements, in the policy and in the page', async () => {
    const nonces = [];
    for (const path of ['/', '/d/some-drive?team=ABCDEF', '/index.html']) {
      const res = await app.http.get(path);
      expect(res.status).toBe(200);
      const nonce = /'nonce-([^']+)'/.exec(directives(res.headers['content-security-policy'])['style-src'].join(' '))?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(res.text).toContain(`<meta property="csp-nonce" nonce="${nonce}"`);
      expect(res.text).not.toContain('__LIFE_RELAY_CSP_NONCE__');
      nonces.push(nonce);
    }
    // Nonces are cut from random bytes drawn 256 at a time: past a draw, they are still all different.
    for (let i = 0; i < 300; i++) {
      const res = await app.http.get('/health');
      nonces.push(/'nonce-([^']+)'/.exec(res.headers['content-security-policy'])?.[1]);
    }
    expect(nonces.every((nonce) => /^[A-Za-z0-9+/]{22}==$/.test(nonce ?? ''))).toBe(true);
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it('leave the GraphQL sandbox to Apollo’s own policy in development, still unframed', async () => {
    const res = await app.http.get('/graphql').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/sandbox/i);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['script-src']).toBeUndefined();
  });
});

describe('the security headers in production behind HTTPS', () => {
  it('tell browsers to keep to HTTPS, and keep the strict policy on /graphql', async () => {
    const app = await createTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://relay.example.org' });
    try {
      const res = await app.http.get('/graphql').set('accept', 'text/html');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const csp = directives(res.headers['content-security-policy']);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['upgrade-insecure-requests']).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
