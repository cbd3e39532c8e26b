// The system under test: the built API (run as `node .../main.js`, as npm start does) and the
// embedded PostgreSQL it uses, started with the API's own starter so that flags, password file
// and data directory are exactly what `npm start` gets.
import { ChildProcess, execFileSync, execSync, spawn } from 'child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'fs';
import { createServer } from 'net';
import { dirname, join } from 'path';
import type { SignUpCodeStatements } from './codes';
import { log, nowMs, sleep } from './util';

export const ADMIN_EMAIL = 'bench-admin@example.org';
export const ADMIN_PASSWORD = 'bench-admin-password';
/** JWT_SECRET of every API process: the key the API hashes sign-up codes with, so the baseline's hashes match. */
export const BENCH_JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

export interface RunningPostgres {
  url: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

type StartEmbedded = (options: { dataDir: string; ephemeral?: boolean; onLog?: (line: string) => void }) => Promise<RunningPostgres>;

export type ApiSource = 'worktree' | 'head' | 'dist';

/**
 * The API the bench runs, built into bench/.build/dist (never into the workspace's dist/, which
 * other work uses, and where `nx run api:build` starts with `rm -rf dist/api`):
 * - worktree: the sources as they are now (what a developer measures before committing),
 * - head: the committed sources (`git archive HEAD`), untouched by edits in progress,
 * - dist: a copy of an existing build in `apiDist` (dist/ by default).
 * The build is the api:build target's steps: tsc, tsc-alias, the message templates.
 * Node resolves packages from the workspace's node_modules either way.
 */
export function buildApi(source: ApiSource, workspace: string, benchDir: string, apiDist: string): string {
  const target = join(benchDir, '.build', 'dist');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  if (existsSync(join(apiDist, 'admin'))) cpSync(join(apiDist, 'admin'), join(target, 'admin'), { recursive: true });
  if (source === 'dist') {
    const main = join(apiDist, 'api/apps/api/src/main.js');
    if (!existsSync(main)) throw new Error(`No built API at ${main}: run \`npx nx run api:build\` first`);
    cpSync(join(apiDist, 'api'), join(target, 'api'), { recursive: true });
    return target;
  }
  let root = workspace;
  if (source === 'head') {
    root = join(benchDir, '.build', 'head');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    execSync(`git archive HEAD apps/api libs tsconfig.base.json | tar -x -C "${root}"`, { cwd: workspace, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const tsconfig = join(root, 'apps/api/tsconfig.app.json');
  const out = join(target, 'api');
  const bin = (name: string) => join(workspace, 'node_modules/.bin', name);
  log(`Building the API (${source === 'head' ? 'committed HEAD' : 'working tree'}) into ${out}`);
  execFileSync(bin('tsc'), ['-p', tsconfig, '--outDir', out], { cwd: root, stdio: 'inherit' });
  execFileSync(bin('tsc-alias'), ['-p', tsconfig, '--outDir', out], { cwd: root, stdio: 'inherit' });
  cpSync(join(root, 'apps/api/src/messages/rendering/templates'), join(out, 'apps/api/src/messages/rendering/templates'), { recursive: true });
  return target;
}

export function mainOf(snapshot: string): string {
  return join(snapshot, 'api/apps/api/src/main.js');
}

export async function startPostgres(snapshot: string, dataDir: string): Promise<RunningPostgres> {
  // As root the embedded server runs as the `postgres` user: it must be able to reach the directory.
  mkdirSync(dirname(dataDir), { recursive: true });
  for (let dir = dirname(dataDir); dir.length > 1; dir = dirname(dir)) {
    try {
      chmodSync(dir, 0o755);
    } catch {
      break;
    }
    if (existsSync(join(dir, 'package.json'))) break; // the workspace: far enough
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmbeddedPostgres } = require(join(snapshot, 'api/apps/api/src/database/embedded-postgres.js')) as { startEmbeddedPostgres: StartEmbedded };
  return startEmbeddedPostgres({ dataDir });
}

/** The SQL of the API's sign-up hot path (apps/api/src/sign-ups/sign-up-statements.ts), as built. */
export interface SignUpStatements {
  SIGN_UP_TARGET: string;
  UPSERT_PERSON_FOR_DRIVE: string;
  TAKE_FREE_PLACE: string;
  /** The consents' scopes and versions the form records with a blood drive's sign-up. */
  GENERAL_AND_HEALTH: { scopes: string[]; versions: string[] };
}

/** The baseline sends these very statements, so that it cannot drift from what the API sends. */
export function signUpStatements(snapshot: string): SignUpStatements {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(snapshot, 'api/apps/api/src/sign-ups/sign-up-statements.js')) as SignUpStatements;
}

/**
 * The SQL and hashing of the API's one-time sign-up codes
 * (apps/api/src/verification/sign-up-code-statements.ts), as built: the baseline issues, checks
 * and uses up its codes with these very statements and hashes.
 */
export function signUpCodeStatements(snapshot: string): SignUpCodeStatements {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(snapshot, 'api/apps/api/src/verification/sign-up-code-statements.js')) as SignUpCodeStatements;
}

/**
 * The size of the API's own PostgreSQL pool (`extra.max` in
 * apps/api/src/database/data-source-options.ts), as built: the baseline gets a pool of the same
 * size, so that both sides queue their 50 workers or connections on as many clients.
 */
export function apiPoolSize(snapshot: string): number {
  const max = apiPoolExtra(snapshot).max;
  // pg's own default when none is set.
  return typeof max === 'number' ? max : 10;
}

/**
 * Whether the API's pool makes its clients in pipeline mode (`extra.pipeline`), as built: then
 * its sign-up sends BEGIN with the first statement of its transaction and COMMIT with the last
 * (common/sql.ts inPipelinedTransaction), and the baseline does the same.
 */
export function apiPipelines(snapshot: string): boolean {
  return apiPoolExtra(snapshot).pipeline === true;
}

function apiPoolExtra(snapshot: string): { max?: number; pipeline?: boolean } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { dataSourceOptions } = require(join(snapshot, 'api/apps/api/src/database/data-source-options.js')) as {
    dataSourceOptions: (url: string) => { extra?: { max?: number; pipeline?: boolean } };
  };
  return dataSourceOptions('postgres://bench@127.0.0.1/bench').extra ?? {};
}

/** How many messages the API's outbox delivery keeps in flight (SMTP_POOL_CONNECTIONS in mail-sender.ts), as built. */
export function deliveryParallelism(snapshot: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SMTP_POOL_CONNECTIONS } = require(join(snapshot, 'api/apps/api/src/messages/delivery/mail-sender.js')) as { SMTP_POOL_CONNECTIONS: number };
  return SMTP_POOL_CONNECTIONS;
}

/** How often the API's delivery polls when nothing wakes it (DELIVERY_POLL_MS in messages.scheduler.ts), as built, in seconds. */
export function deliveryPollSeconds(snapshot: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DELIVERY_POLL_MS } = require(join(snapshot, 'api/apps/api/src/messages/delivery/messages.scheduler.js')) as { DELIVERY_POLL_MS: number };
  return DELIVERY_POLL_MS / 1000;
}

/** How many texts the API's outbox keeps in flight on its SMPP session (SMS_WINDOW in sms-sender.ts), as built. */
export function smsWindow(snapshot: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SMS_WINDOW } = require(join(snapshot, 'api/apps/api/src/messages/delivery/sms-sender.js')) as { SMS_WINDOW?: number };
  // Built before texts had a window of their own: they went as many at once as e-mails.
  return SMS_WINDOW ?? deliveryParallelism(snapshot);
}

/** A row as the API's outbox claims it (apps/api/src/outbox/outbox.repository.ts's ClaimedMessage), as much of it as the bench reads. */
export interface ClaimedRow {
  id: string;
  recipient: string;
  send_after: Date;
  created_at: Date;
}

/** What runs a statement: the API's repository is given an EntityManager, of which it calls only `query`. */
export interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/**
 * The API's outbox statements (the Outbox repository's claim and record) and its delivery's
 * batch sizes, as built: the durable SMS baseline claims and records with these very statements.
 */
export interface OutboxStatements {
  claimDue(db: Queryable, limit: number, leaseSeconds: number): Promise<ClaimedRow[]>;
  recordOutcomes(db: Queryable, outcomes: { id: string; outcome: { state: 'SENT'; sentAt: Date; smscMessageIds?: string[] }; rendered: object | null }[]): Promise<void>;
  BATCH_SIZE: number;
  LEASE_SECONDS: number;
  OUTCOMES_AT_ONCE: number;
}

export function outboxStatements(snapshot: string): OutboxStatements {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Outbox } = require(join(snapshot, 'api/apps/api/src/outbox/outbox.repository.js')) as { Outbox: new () => Pick<OutboxStatements, 'claimDue' | 'recordOutcomes'> };
  const delivery = require(join(snapshot, 'api/apps/api/src/messages/delivery/outbox-delivery.service.js')) as Partial<Pick<OutboxStatements, 'BATCH_SIZE' | 'LEASE_SECONDS' | 'OUTCOMES_AT_ONCE'>>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const outbox = new Outbox();
  return {
    claimDue: (db, limit, leaseSeconds) => outbox.claimDue(db, limit, leaseSeconds),
    recordOutcomes: (db, outcomes) => outbox.recordOutcomes(db, outcomes),
    BATCH_SIZE: delivery.BATCH_SIZE ?? 200,
    LEASE_SECONDS: delivery.LEASE_SECONDS ?? 120,
    // Built before outcomes were written several at once: one statement each.
    OUTCOMES_AT_ONCE: delivery.OUTCOMES_AT_ONCE ?? 1,
  };
}

/** The API's SMS encoding (apps/api/src/messages/delivery/sms-encoding.ts), as built: the SMPP baseline splits texts the same way. */
export interface SmsEncoding {
  encodeSms(text: string, reference: number): { dataCoding: number; esmClass: number; parts: Buffer[] };
  concatOf(udh: Buffer[] | undefined): { reference: number; total: number; index: number } | null;
}

export function smsEncoding(snapshot: string): SmsEncoding {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(snapshot, 'api/apps/api/src/messages/delivery/sms-encoding.js')) as SmsEncoding;
}

/**
 * The statements with which the API's migrations, as built, count the sign-ups made before them
 * into the tables their triggers keep (drive_team_stats, shift_stats): an INSERT ... SELECT ...
 * FROM sign_ups each. The seed loads sign-ups with the triggers off and then counts with these,
 * so its counts cannot drift from what the triggers and migrations do.
 */
export async function countsFromSignUps(snapshot: string): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MIGRATIONS } = require(join(snapshot, 'api/apps/api/src/database/migrations/index.js')) as {
    MIGRATIONS: (new () => { up(queryRunner: { query(sql: string): Promise<unknown> }): Promise<void> })[];
  };
  const statements: string[] = [];
  // Every migration speaks to the database through queryRunner.query only: record, do not run.
  // A migration that reads what it wrote (the first organization's id, RETURNING) gets one empty row.
  const recorder = {
    query: async (sql: string) => {
      statements.push(sql);
      return [{}];
    },
  };
  for (const Migration of MIGRATIONS) await new Migration().up(recorder);
  const counts = statements.filter((sql) => /^\s*INSERT INTO \w+ \([^)]*\)\s*SELECT\b[\s\S]*\bFROM sign_ups\b/.test(sql));
  if (counts.length === 0) throw new Error('No migration counts the sign-ups into a table (INSERT ... SELECT ... FROM sign_ups): the seed cannot fill the counters');
  return counts;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment of every API process of the bench; `extra` adds or overrides. */
export function apiEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'production',
    JWT_SECRET: BENCH_JWT_SECRET,
    LOG_LEVEL: 'warn',
    DEMO_DATA: '0',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    BACKGROUND_JOBS: '0',
    // The limits are per IP and minute, and every bench request comes from 127.0.0.1. The
    // configuration caps them at 1,000,000 a minute (16,666/s): far above what is measured.
    RATE_LIMIT_SIGN_UP: '1000000',
    RATE_LIMIT_PUBLIC_READ: '1000000',
    RATE_LIMIT_LOGIN: '100000',
    // Sign-up codes: per IP and minute, and per contact and hour (each bench person asks once).
    RATE_LIMIT_SIGN_UP_CODE: '1000000',
    RATE_LIMIT_SIGN_UP_CODE_CONTACT: '1000000',
    ...extra,
  };
}

export class ApiProcess {
  output = '';
  readonly startedAt = nowMs();
  /** When the process printed its "ready" log line (only with LOG_LEVEL=info). */
  readyLineAt: number | null = null;
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      if (this.readyLineAt === null && text.includes('Life Relay is ready')) this.readyLineAt = nowMs();
      this.output = (this.output + text).slice(-20000);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  static async start(main: string, cwd: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<ApiProcess> {
    const port = env.PORT ?? String(await freePort());
    const child = spawn(process.execPath, [...nodeFlags, main], { cwd, env: { ...env, PORT: port }, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    child.once('exit', () => running.delete(child));
    return new ApiProcess(child, `http://127.0.0.1:${port}`);
  }

  /** Waits until /health/ready answers 200; returns when that happened (nowMs clock). */
  async ready(timeoutMs = 180000, pollMs = 20): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`The API exited (${this.child.exitCode}):\n${this.output}`);
      try {
        const res = await fetch(`${this.url}/health/ready`);
        if (res.status === 200) return nowMs();
      } catch {
        // not listening yet
      }
      await sleep(pollMs);
    }
    throw new Error(`The API was not ready within ${timeoutMs} ms:\n${this.output}`);
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data: T; errors?: { message: string }[] }> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data: T; errors?: { message: string }[] };
  }

  async login(): Promise<string> {
    const res = await this.gql<{ login: { token: string } }>(`mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: ADMIN_EMAIL,
      p: ADMIN_PASSWORD,
    });
    if (res.errors?.length) throw new Error(`Login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  }

  /** SIGTERM, as an operator stops it; the API closes its pool (and its embedded database). */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

const running = new Set<ChildProcess>();

/** Whatever happens, no API process outlives the bench. */
export function killLeftovers(): void {
  for (const child of running) {
    log(`stopping API process ${child.pid}`);
    child.kill('SIGKILL');
  }
}

/**
 * The newest .cpuprofile of a process's main thread in a directory, if any. Node names them
 * CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile, and a worker thread (the board
 * renderer's, the mail builder's) writes one of its own beside it, with a later sequence.
 */
export function newestProfile(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile') && f.split('.')[4] === '0')
    .sort();
  return files.length ? join(dir, files[files.length - 1]) : null;
}
