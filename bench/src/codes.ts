// One-time sign-up codes for the verified sign-up (issue 18), got as a volunteer gets one:
// `requestSignUpCode` over HTTP to the API under test, the outbox delivered by a second,
// delivery-only API process (BACKGROUND_JOBS=1, otherwise as deployed: woken by each request's
// notification) to an SMTP server in the bench, where each message is parsed (mailparser) and its
// 6-digit code kept per recipient. The delivery process is stopped once the codes are in, so
// that it never shares the CPU with a timed run (the API under test runs with BACKGROUND_JOBS=0).
//
// The baseline's persons get their codes from the API's own issue statement, written straight
// into sign_up_codes before its runs (issueCodes; not measured).
import { Agent } from 'http';
import { simpleParser } from 'mailparser';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import { ApiProcess } from './platform';
import { waitForQuietPostgres } from './stalls';
import { log, nowMs, postJson, round, sleep } from './util';

/** apps/api/src/verification/sign-up-code-statements.ts, as built. */
export interface SignUpCodeStatements {
  ISSUE_SIGN_UP_CODE: string;
  VERIFY_SIGN_UP_CODE: string;
  CONSUME_SIGN_UP_CODE: string;
  SIGN_UP_CODE: { digits: number; validMinutes: number; maxTries: number };
  contactHash(secret: string, contact: string): string;
  codeHash(secret: string, contact: string, code: string): string;
}

/** Who asks for a code: what the public form's first step sends. */
export interface CodeRequest {
  driveSlug: string;
  email: string;
  locale: string;
  /** X-Forwarded-For, when the load comes from several client addresses. */
  ip?: string;
}

/** A pool of codes fetched end to end, for one timed run (and its warm-up). */
export interface CodePoolResult {
  label: string;
  requested: number;
  /** Codes parsed from the SMTP server. */
  received: number;
  /** requestSignUpCode answers that were not `true` (HTTP status or GraphQL errors). */
  requestErrors: number;
  errorSamples: string[];
  /** The delivery process's start to /health/ready (not in the rate). */
  deliveryBootMs: number;
  /** After the delivery process stopped, the wait until PostgreSQL had no active statement left (before the run). */
  databaseQuietAfterMs: number;
  /** From the first request to the last answer. */
  requestSeconds: number;
  /** From the first request to the last code parsed. */
  seconds: number;
  codesPerSecond: number;
}

/** N codes requested at once from one address: how long until the last one is in the catcher. */
export interface CodeBurstResult {
  requested: number;
  received: number;
  requestErrors: number;
  errorSamples: string[];
  /** From the first request to the last answer. */
  answeredSeconds: number;
  /** From the first request to the first and the last code parsed. */
  firstCodeSeconds: number;
  lastCodeSeconds: number;
  /** Delivery's poll interval in that process (1 s before round seven; now 5 s, the fallback to the notifications). */
  deliveryPollSeconds: number;
}

const REQUEST = `mutation Code($driveSlug: String!, $contact: String!, $locale: String) { requestSignUpCode(driveSlug: $driveSlug, contact: $contact, locale: $locale) }`;

/** An SMTP server that keeps the last code sent to each address (and when it was parsed). */
export class CodeCatcher {
  readonly codes = new Map<string, { code: string; at: number }>();
  mails = 0;
  unparsed = 0;
  lastAt = 0;
  firstAt = 0;
  url = '';
  private server!: SMTPServer;

  static async start(): Promise<CodeCatcher> {
    const catcher = new CodeCatcher();
    catcher.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      maxClients: 100,
      onData: (stream, session, callback) => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        simpleParser(stream).then(
          (mail) => {
            catcher.mails++;
            const code = /\b(\d{6})\b/.exec(mail.text ?? '')?.[1];
            if (!code) catcher.unparsed++;
            else {
              const at = nowMs();
              for (const address of to) catcher.codes.set(address, { code, at });
              if (!catcher.firstAt) catcher.firstAt = at;
              catcher.lastAt = at;
            }
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => catcher.server.listen(0, '127.0.0.1', resolve));
    catcher.url = `smtp://127.0.0.1:${(catcher.server.server.address() as { port: number }).port}`;
    return catcher;
  }

  reset(): void {
    this.codes.clear();
    this.mails = 0;
    this.unparsed = 0;
    this.firstAt = 0;
    this.lastAt = 0;
  }

  /** Waits until every address has a code, or nothing new arrived for `quietMs`, or `timeoutMs`. */
  async waitForAll(addresses: string[], timeoutMs: number, quietMs = 15000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let seen = -1;
    let since = Date.now();
    for (;;) {
      const have = addresses.reduce((n, a) => n + (this.codes.has(a) ? 1 : 0), 0);
      if (have === addresses.length) return have;
      if (have !== seen) [seen, since] = [have, Date.now()];
      if (Date.now() > deadline || Date.now() - since > quietMs) return have;
      await sleep(20);
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Sends the requests, `concurrency` at a time on kept-alive connections; the answers' outcome. */
async function requestCodes(apiUrl: string, people: CodeRequest[], concurrency: number): Promise<{ errors: number; errorSamples: string[]; firstAt: number; lastAt: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(`${apiUrl}/graphql`);
  let errors = 0;
  const errorSamples: string[] = [];
  const post = (p: CodeRequest) =>
    postJson(agent, target, { query: REQUEST, variables: { driveSlug: p.driveSlug, contact: p.email, locale: p.locale } }, p.ip ?? null, 60000);
  const firstAt = nowMs();
  let next = 0;
  const worker = async () => {
    while (next < people.length) {
      const p = people[next++];
      const outcome = await post(p).then(
        ({ status, text }) => (status === 200 && text.includes('"requestSignUpCode":true') ? null : `${status} ${text.slice(0, 300)}`),
        (error: Error) => error.message,
      );
      if (outcome) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, people.length) }, worker));
  agent.destroy();
  return { errors, errorSamples, firstAt, lastAt: nowMs() };
}

export interface CodeFetcherOptions {
  /** Starts the delivery-only API process (BACKGROUND_JOBS=1, SMTP to the catcher). */
  startDelivery: (smtpUrl: string) => Promise<ApiProcess>;
  databaseUrl: string;
  /** Delivery's poll interval of that process, in seconds: its fallback to the notifications (1 before round seven, when it was all there was). */
  deliveryPollSeconds: number;
}

/** Fetches codes end to end for the API's runs; one catcher for all of them. */
export class CodeFetcher {
  readonly pools: CodePoolResult[] = [];
  burst: CodeBurstResult | null = null;

  private constructor(
    private readonly catcher: CodeCatcher,
    private readonly opts: CodeFetcherOptions,
  ) {}

  static async start(opts: CodeFetcherOptions): Promise<CodeFetcher> {
    return new CodeFetcher(await CodeCatcher.start(), opts);
  }

  /** Only codes go out while the delivery process runs: whatever else the runs queued is set aside. */
  private async setAsideQueue(): Promise<void> {
    const pool = new Pool({ connectionString: this.opts.databaseUrl, max: 1, application_name: 'bench-codes' });
    try {
      await pool.query(`UPDATE outbox SET state = 'SKIPPED', updated_at = now() WHERE state = 'QUEUED'`);
    } finally {
      await pool.end();
    }
  }

  private async withDelivery<T>(work: () => Promise<T>): Promise<T & { deliveryBootMs: number }> {
    await this.setAsideQueue();
    this.catcher.reset();
    const booting = nowMs();
    const delivery = await this.opts.startDelivery(this.catcher.url);
    try {
      const deliveryBootMs = Math.round(nowMs() - booting);
      return { ...(await work()), deliveryBootMs };
    } finally {
      // Before any timed run: it must not share the CPU with the measurement.
      await delivery.stop();
      this.quietMs.push(await this.waitForQuietDatabase());
    }
  }

  /** How long each wait for PostgreSQL to finish the delivery process's work took (ms). */
  readonly quietMs: number[] = [];

  /**
   * A backend finishes its statement even after its client went away: at scale 1 a reminder scan
   * of the delivery process (about 0.4 s of PostgreSQL on an idle machine; once a minute, every
   * second before round seven) could still be running when a timed run starts. Waits until no other client backend is active (at most 60 s).
   */
  private async waitForQuietDatabase(): Promise<number> {
    return (await waitForQuietPostgres(this.opts.databaseUrl, 60000, { autovacuum: false })).waitedMs;
  }

  /**
   * A code for each of `people` (requested `concurrency` at a time), as a map from address to
   * code. A person whose code did not arrive is missing from the map (and counted).
   */
  async fetch(label: string, apiUrl: string, people: CodeRequest[], concurrency: number): Promise<Map<string, string>> {
    log(`  codes for ${label}: requesting ${people.length} over HTTP (${concurrency} at a time), delivered to the bench's SMTP server`);
    const addresses = people.map((p) => p.email.toLowerCase());
    const outcome = await this.withDelivery(async () => {
      const asked = await requestCodes(apiUrl, people, concurrency);
      const received = await this.catcher.waitForAll(addresses, Math.max(60000, people.length * 20));
      return { asked, received, lastAt: this.catcher.lastAt };
    });
    const { asked, received, lastAt } = outcome;
    const seconds = (lastAt - asked.firstAt) / 1000;
    const pool: CodePoolResult = {
      label,
      requested: people.length,
      received,
      requestErrors: asked.errors,
      errorSamples: asked.errorSamples,
      deliveryBootMs: outcome.deliveryBootMs,
      databaseQuietAfterMs: this.quietMs[this.quietMs.length - 1] ?? 0,
      requestSeconds: round((asked.lastAt - asked.firstAt) / 1000, 2),
      seconds: round(seconds, 2),
      codesPerSecond: round(received / seconds, 1),
    };
    this.pools.push(pool);
    log(`    ${received} of ${people.length} codes in ${pool.seconds} s (${pool.codesPerSecond}/s end to end; requests answered in ${pool.requestSeconds} s, ${asked.errors} errors; PostgreSQL quiet ${pool.databaseQuietAfterMs} ms after the delivery process stopped)`);
    for (const e of asked.errorSamples) log(`    error: ${e}`);
    const codes = new Map<string, string>();
    for (const a of addresses) {
      const got = this.catcher.codes.get(a);
      if (got) codes.set(a, got.code);
    }
    return codes;
  }

  /** `count` codes requested at once (one connection each) from one client address. */
  async measureBurst(apiUrl: string, people: CodeRequest[]): Promise<CodeBurstResult> {
    log(`Codes: ${people.length} requested at once from one address; time until the last arrives in the SMTP server`);
    const addresses = people.map((p) => p.email.toLowerCase());
    const outcome = await this.withDelivery(async () => {
      await sleep(1500); // the delivery process's first poll and reminder scan have run
      const asked = await requestCodes(apiUrl, people, people.length);
      const received = await this.catcher.waitForAll(addresses, 120000);
      return { asked, received, firstAt: this.catcher.firstAt, lastAt: this.catcher.lastAt };
    });
    const { asked, received } = outcome;
    const burst: CodeBurstResult = {
      requested: people.length,
      received,
      requestErrors: asked.errors,
      errorSamples: asked.errorSamples,
      answeredSeconds: round((asked.lastAt - asked.firstAt) / 1000, 2),
      firstCodeSeconds: round((outcome.firstAt - asked.firstAt) / 1000, 2),
      lastCodeSeconds: round((outcome.lastAt - asked.firstAt) / 1000, 2),
      deliveryPollSeconds: this.opts.deliveryPollSeconds,
    };
    this.burst = burst;
    log(`  ${received} of ${people.length} codes; all answered after ${burst.answeredSeconds} s, first code after ${burst.firstCodeSeconds} s, last after ${burst.lastCodeSeconds} s; ${asked.errors} errors`);
    for (const e of asked.errorSamples) log(`    error: ${e}`);
    return burst;
  }

  close(): Promise<void> {
    return this.catcher.close();
  }
}

/**
 * Writes a code for each baseline person straight into sign_up_codes with the API's issue
 * statement (and its hashes), 50 transactions at a time. Not measured.
 */
export async function issueCodes(pool: Pool, sql: SignUpCodeStatements, secret: string, people: { email: string; code: string }[]): Promise<number> {
  const started = nowMs();
  const batch = 500;
  let next = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (next < people.length) {
        const slice = people.slice(next, next + batch);
        next += batch;
        await client.query('BEGIN');
        for (const p of slice) {
          const contact = p.email.toLowerCase();
          await client.query(sql.ISSUE_SIGN_UP_CODE, [sql.contactHash(secret, contact), sql.codeHash(secret, contact, p.code), sql.SIGN_UP_CODE.validMinutes]);
        }
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return round((nowMs() - started) / 1000, 2);
}
