// Typed configuration, read from the environment once at start and validated; nothing else in
// the API reads process.env (house rule 9). See shared/contract/runtime.md for the variables.
import { randomBytes } from 'crypto';
import { isAbsolute, resolve } from 'path';
import { DEFAULT_DONATION_INTERVAL_DAYS, DEFAULT_RETENTION_DAYS, DriveKind } from '@life-relay/domain';

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface AppConfig {
  port: number;
  /** Unset: the app starts an embedded PostgreSQL in `embeddedPgDir`. */
  databaseUrl: string | null;
  embeddedPgDir: string;
  /** Unset: mail goes to the built-in mail catcher. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Unset: text messages go to the built-in SMS catcher. */
  sms: SmppAccount | null;
  /** The sender id (source address) of text messages: alphanumeric (up to 11) or a number. */
  smsFrom: string;
  adminEmail: string;
  /** Unset: a random password is generated and printed once. */
  adminPassword: string | null;
  jwtSecret: string;
  publicUrl: string;
  demoData: boolean;
  reminderTickSeconds: number;
  production: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Days between two donations of a kind (null: no interval), from the defaults or the environment. */
  donationIntervalDays: Record<DriveKind, number | null>;
  /** Whether this process runs the timed work (reminders, delivery, closing drives). */
  backgroundJobs: boolean;
  /**
   * Requests per minute and IP (login: attempts per IP whatever the account; each account's failed
   * attempts have their own backoff, see common/rate-limit/login-backoff.ts).
   */
  rateLimits: { signUp: number; publicRead: number; login: number; signUpCode: number; signUpCodeContact: number };
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. The client's address is
   * that many hops from the right of the header; 0 believes no header, only the connection.
   */
  trustProxy: number;
  /** How long anonymous callers may be shown a leaderboard computed for someone else (0: never). */
  publicBoardCacheSeconds: number;
  /** Days after a drive closes that its volunteers' personal data is kept, unless they took part in a later drive (RETENTION_DAYS). */
  retentionDays: number;
}

/** An SMPP 3.4 gateway's account, from SMS_URL (smpp://system_id:password@host:port). */
export interface SmppAccount {
  host: string;
  port: number;
  systemId: string;
  password: string;
}

/** A configuration problem: its message is the one line printed before the start stops. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join(' or ')}), got an unparsable value`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}://`).join(' or ')}`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!values.includes(raw as T)) throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** SMS_URL: an SMPP gateway with its account; the port defaults to SMPP's 2775. */
function smppAccount(env: Env): SmppAccount | null {
  const raw = url(env, 'SMS_URL', ['smpp']);
  if (raw === null) return null;
  const parsed = new URL(raw);
  const systemId = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  if (!parsed.hostname) throw new ConfigError('SMS_URL must name a host: smpp://system_id:password@host:port');
  // SMPP 3.4 limits: system_id is a C-octet string of at most 16, password at most 9 (with the NUL).
  if (!systemId || systemId.length > 15) throw new ConfigError('SMS_URL must carry a system_id of 1 to 15 characters: smpp://system_id:password@host:port');
  if (password.length > 8) throw new ConfigError('SMS_URL password must be at most 8 characters (SMPP 3.4)');
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: parsed.port ? Number(parsed.port) : 2775, systemId, password };
}

/** SMS_FROM: an alphanumeric sender id (GSM allows 11 characters) or a number of up to 20 digits. */
function smsFrom(env: Env): string {
  const raw = env.SMS_FROM || 'LifeRelay';
  if (!/^[A-Za-z0-9 ]{1,11}$/.test(raw) && !/^\+?\d{1,20}$/.test(raw)) {
    throw new ConfigError(`SMS_FROM must be up to 11 letters and digits or a number of up to 20 digits, got "${raw}"`);
  }
  return raw;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const port = integer(env, 'PORT', 3000, 0, 65535);

  const jwtSecret = env.JWT_SECRET ?? '';
  if (production && jwtSecret.length === 0) throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  if (jwtSecret.length > 0 && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');

  const adminEmail = env.ADMIN_EMAIL || 'admin@example.org';
  if (!EMAIL.test(adminEmail)) throw new ConfigError(`ADMIN_EMAIL must be an e-mail address, got "${adminEmail}"`);
  const adminPassword = env.ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < 10) throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters long');

  const mailFrom = env.MAIL_FROM || 'noreply@localhost';
  if (!/@/.test(mailFrom)) throw new ConfigError(`MAIL_FROM must be an e-mail address, got "${mailFrom}"`);

  const demo = env.DEMO_DATA ?? '1';
  if (demo !== '0' && demo !== '1') throw new ConfigError(`DEMO_DATA must be 0 or 1, got "${demo}"`);

  const publicUrl = url(env, 'PUBLIC_URL', ['http', 'https']) ?? `http://localhost:${port}`;
  const jobs = env.BACKGROUND_JOBS ?? '1';
  if (jobs !== '0' && jobs !== '1') throw new ConfigError(`BACKGROUND_JOBS must be 0 or 1, got "${jobs}"`);
  const pgDir = env.EMBEDDED_PG_DIR || '.data/postgres';

  return {
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres', 'postgresql']),
    embeddedPgDir: isAbsolute(pgDir) ? pgDir : resolve(cwd, pgDir),
    smtpUrl: url(env, 'SMTP_URL', ['smtp', 'smtps']),
    mailFrom,
    sms: smppAccount(env),
    smsFrom: smsFrom(env),
    adminEmail: adminEmail.toLowerCase(),
    adminPassword,
    // In development a fresh secret per process: tokens do not survive a restart, by design.
    jwtSecret: jwtSecret || randomBytes(48).toString('base64url'),
    publicUrl: publicUrl.replace(/\/+$/, ''),
    demoData: demo === '1',
    reminderTickSeconds: integer(env, 'REMINDER_TICK_SECONDS', 60, 1, 86400),
    production,
    backgroundJobs: jobs === '1',
    donationIntervalDays: {
      ...DEFAULT_DONATION_INTERVAL_DAYS,
      [DriveKind.WHOLE_BLOOD]: integer(env, 'DONATION_INTERVAL_WHOLE_BLOOD_DAYS', DEFAULT_DONATION_INTERVAL_DAYS.WHOLE_BLOOD as number, 1, 3650),
      [DriveKind.PLATELETS]: integer(env, 'DONATION_INTERVAL_PLATELETS_DAYS', DEFAULT_DONATION_INTERVAL_DAYS.PLATELETS as number, 1, 3650),
    },
    rateLimits: {
      // Generous: a whole dormitory may share one campus IP during a rush.
      signUp: integer(env, 'RATE_LIMIT_SIGN_UP', 60, 1, 1_000_000),
      publicRead: integer(env, 'RATE_LIMIT_PUBLIC_READ', 600, 1, 1_000_000),
      login: integer(env, 'RATE_LIMIT_LOGIN', 10, 1, 1_000_000),
      // Codes per minute per IP: a campus of hundreds behind one address each gets one at once.
      signUpCode: integer(env, 'RATE_LIMIT_SIGN_UP_CODE', 600, 1, 1_000_000),
      // Codes per hour per contact: a mistyped or lost code may be asked for again, a mailbox is not flooded.
      signUpCodeContact: integer(env, 'RATE_LIMIT_SIGN_UP_CODE_CONTACT', 5, 1, 1_000_000),
    },
    // The public board refreshes every 10 s; two seconds behind is invisible there, and during a
    // rush it turns a thousand phones' polls into one computation per drive every two seconds.
    publicBoardCacheSeconds: integer(env, 'PUBLIC_BOARD_CACHE_SECONDS', 2, 0, 60),
    retentionDays: integer(env, 'RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 1, 36500),
    // Whoever can set X-Forwarded-For picks their rate-limit bucket, so it is believed only as far
    // as the operator says proxies append to it (a private address may be any laptop on the LAN).
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 100),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, nodeEnv === 'test' ? 'warn' : 'info'),
  };
}
