import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('has working defaults with nothing set', () => {
    const config = loadConfig({}, '/srv/relay');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      embeddedPgDir: '/srv/relay/.data/postgres',
      smtpUrl: null,
      mailFrom: 'noreply@localhost',
      sms: null,
      smsFrom: 'LifeRelay',
      adminEmail: 'admin@example.org',
      adminPassword: null,
      publicUrl: 'http://localhost:3000',
      demoData: true,
      reminderTickSeconds: 60,
      production: false,
      publicBoardCacheSeconds: 2,
      trustProxy: 0,
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).jwtSecret).not.toBe(config.jwtSecret);
  });

  it('derives the public URL from the port', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://relay.example.org/' }).publicUrl).toBe('https://relay.example.org');
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT /],
    [{ PORT: '70000' }, /^PORT /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL /],
    [{ SMTP_URL: 'http://mail' }, /^SMTP_URL /],
    [{ SMS_URL: 'http://gateway:2775' }, /^SMS_URL /],
    [{ SMS_URL: 'smpp://gateway:2775' }, /^SMS_URL /],
    [{ SMS_URL: 'smpp://a-very-long-system-id:pw@gateway' }, /^SMS_URL /],
    [{ SMS_URL: 'smpp://relay:password-too-long@gateway' }, /^SMS_URL /],
    [{ SMS_URL: 'gateway:2775' }, /^SMS_URL /],
    [{ SMS_FROM: 'Life Relay Platform' }, /^SMS_FROM /],
    [{ SMS_FROM: '生命接力' }, /^SMS_FROM /],
    [{ PUBLIC_URL: 'not a url' }, /^PUBLIC_URL /],
    [{ DEMO_DATA: 'yes' }, /^DEMO_DATA /],
    [{ REMINDER_TICK_SECONDS: '0' }, /^REMINDER_TICK_SECONDS /],
    [{ PUBLIC_BOARD_CACHE_SECONDS: '61' }, /^PUBLIC_BOARD_CACHE_SECONDS /],
    [{ ADMIN_EMAIL: 'admin' }, /^ADMIN_EMAIL /],
    [{ ADMIN_PASSWORD: 'short' }, /^ADMIN_PASSWORD /],
    [{ NODE_ENV: 'production' }, /^JWT_SECRET is required/],
    [{ JWT_SECRET: 'too-short' }, /^JWT_SECRET /],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV /],
    [{ DONATION_INTERVAL_WHOLE_BLOOD_DAYS: 'six months' }, /^DONATION_INTERVAL_WHOLE_BLOOD_DAYS /],
    [{ BACKGROUND_JOBS: 'yes' }, /^BACKGROUND_JOBS /],
    [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY /],
    [{ TRUST_PROXY: '-1' }, /^TRUST_PROXY /],
    [{ TRUST_PROXY: 'loopback' }, /^TRUST_PROXY /],
  ])('stops on a bad value with one line naming it: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reads the SMPP gateway and its account from SMS_URL, and the sender id', () => {
    expect(loadConfig({ SMS_URL: 'smpp://relay:s%40cret@sms.example.org:2776', SMS_FROM: '10690001' })).toMatchObject({
      sms: { host: 'sms.example.org', port: 2776, systemId: 'relay', password: 's@cret' },
      smsFrom: '10690001',
    });
    expect(loadConfig({ SMS_URL: 'smpp://relay:pw@10.0.0.5' }).sms).toEqual({ host: '10.0.0.5', port: 2775, systemId: 'relay', password: 'pw' });
  });

  it('takes donation intervals per kind from the environment', () => {
    expect(loadConfig({}).donationIntervalDays).toMatchObject({ WHOLE_BLOOD: 180, PLATELETS: 14, STEM_CELL_REGISTRY: null });
    expect(loadConfig({ DONATION_INTERVAL_WHOLE_BLOOD_DAYS: '56' }).donationIntervalDays.WHOLE_BLOOD).toBe(56);
  });

  it('accepts production with a secret', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40) });
    expect(config.production).toBe(true);
    expect(config.jwtSecret).toBe('s'.repeat(40));
  });
});
