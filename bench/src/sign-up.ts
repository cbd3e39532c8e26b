// Part 1: the signUp mutation over HTTP (autocannon, N connections, fixed duration) against the
// same database work done by a plain pg Pool of N clients: the statements SignUpsService.signUp
// sends (drive by slug, its shifts, the team by code; then in one transaction: upsert the
// volunteer, lock the shift, look for an existing sign-up, the donation-interval check, insert
// the sign-up, count the place, insert the manage token, queue the confirmation).
//
// Every request is a new person (a unique e-mail) signing up for a random shift of an upcoming
// drive, 85% of them through a team's share link. Each side has its own drive of the same
// shape, so both start from the same state.
import autocannon from 'autocannon';
import { createHash, randomBytes, randomUUID } from 'crypto';
import { Agent, request } from 'http';
import { Pool, PoolClient } from 'pg';
import { cpuSince, cpuSnapshot, CpuUse } from './cpu';
import { SignUpStatements } from './platform';
import { RushDrive } from './seed';
import { log, nowMs, round, sleep, summarize } from './util';

export interface SignUpSide {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  errorSamples: string[];
  /** When it ran (process.hrtime ms), to cut the API's CPU profile to it. */
  window: { fromMs: number; toMs: number };
  /** CPU ms per successful sign-up: the API process, PostgreSQL (all backends), the client. */
  cpuMsPerSignUp: { api: number; postgres: number; client: number };
}

export interface SignUpResult {
  connections: number;
  clientIps: number;
  durationSeconds: number;
  shifts: number;
  api: SignUpSide;
  baseline: SignUpSide;
  ratio: number;
  /** The API again, at a fixed rate (half the baseline's throughput): latency below saturation. */
  apiAtRate: (SignUpSide & { rate: number }) | null;
  /** The same at a quarter of the baseline: how the latency falls further from saturation. */
  apiAtQuarterRate?: (SignUpSide & { rate: number }) | null;
  /** shifts.registered_count equals the rows after the run, for both drives. */
  countsConsistent: boolean;
}

const MUTATION = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { status duplicate manageToken waitlistPosition shiftStartsAt shiftEndsAt }
}`;

const SOURCES = [null, 'qr', 'chat', 'poster', null, 'qr'];

interface Person {
  driveSlug: string;
  shiftId: string;
  name: string;
  email: string;
  consent: true;
  teamCode?: string;
  source?: string;
  phone?: string;
  birthDate: string;
  locale: string;
}

/** The n-th person of a run: what the public form sends. */
function person(prefix: string, n: number, drive: RushDrive, teamCodes: string[]): Person {
  const p: Person = {
    driveSlug: drive.slug,
    shiftId: drive.shiftIds[Math.floor(Math.random() * drive.shiftIds.length)],
    name: n % 3 === 0 ? `王芳 ${n}` : `Anna Batu ${n}`,
    email: `${prefix}-${n}@load.example.org`,
    consent: true,
    birthDate: `${1990 + (n % 15)}-0${1 + (n % 9)}-1${n % 10}`,
    locale: n % 3 === 0 ? 'zh-CN' : 'en',
  };
  if (Math.random() < 0.85) p.teamCode = teamCodes[Math.floor(Math.random() * teamCodes.length)];
  const source = SOURCES[n % SOURCES.length];
  if (source) p.source = source;
  if (n % 2 === 0) p.phone = `138${String(n % 100000000).padStart(8, '0')}`;
  return p;
}

/** An address in 10.0.0.0/8 for the n-th request, when the load comes from `ips` clients. */
function clientIp(n: number, ips: number): string {
  const i = n % ips;
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

function perSignUp(cpu: CpuUse, ok: number): SignUpSide['cpuMsPerSignUp'] {
  const per = (ms: number) => (ok ? round(ms / ok, 2) : NaN);
  return { api: per(cpu.apiMs), postgres: per(cpu.postgresMs), client: per(cpu.benchMs) };
}

async function apiRun(
  url: string,
  apiPid: number | undefined,
  seconds: number,
  connections: number,
  prefix: string,
  drive: RushDrive,
  teamCodes: string[],
  ips: number,
): Promise<SignUpSide> {
  let n = 0;
  const fromMs = nowMs();
  const cpu = cpuSnapshot(apiPid);
  let failed = 0; // answered, but not with a sign-up (HTTP status or GraphQL errors)
  let failed200 = 0;
  const errorSamples: string[] = [];
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          const i = n++;
          const body = JSON.stringify({ query: MUTATION, variables: { input: person(prefix, i, drive, teamCodes) } });
          return ips > 1 ? { ...req, body, headers: { ...req.headers, 'x-forwarded-for': clientIp(i, ips) } } : { ...req, body };
        },
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"errors"')) return;
          failed++;
          if (status === 200) failed200++;
          if (errorSamples.length < 5) errorSamples.push(`${status} ${body.slice(0, 300)}`);
        },
      },
    ],
  });
  const ok = result['2xx'] - failed200;
  const used = cpuSince(cpu, apiPid);
  return {
    requests: result['2xx'] + result.non2xx,
    seconds: result.duration,
    requestsPerSecond: round(ok / result.duration, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: round(result.latency.mean),
    // connection errors (timeouts included) and answers that were not a sign-up
    errors: result.errors + failed,
    errorSamples,
    window: { fromMs, toMs: nowMs() },
    cpuMsPerSignUp: perSignUp(used, ok),
  };
}

/**
 * The API at a fixed rate, open loop: request i is due at start + i / rate whatever happened to
 * the others, goes out on a free one of `connections` kept-alive connections (or waits for one),
 * and its latency counts from when it was due, so that a stall is never hidden by the requests it
 * delayed (coordinated omission). autocannon's `overallRate` is not used for this: it sends each
 * second's requests in a burst at the start of the second, and measures the queue it made.
 */
async function apiAtFixedRate(
  url: string,
  apiPid: number | undefined,
  seconds: number,
  connections: number,
  rate: number,
  prefix: string,
  drive: RushDrive,
  teamCodes: string[],
  ips: number,
): Promise<SignUpSide> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(`${url}/graphql`);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const post = (i: number) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const body = JSON.stringify({ query: MUTATION, variables: { input: person(prefix, i, drive, teamCodes) } });
      const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
      if (ips > 1) headers['x-forwarded-for'] = clientIp(i, ips);
      const req = request({ agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers, timeout: 30000 }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(body);
    });
  const fromMs = nowMs();
  const cpu = cpuSnapshot(apiPid);
  const total = Math.round(seconds * rate);
  const start = nowMs() + 20;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - nowMs();
    if (wait > 0) await sleep(wait);
    pending.push(
      post(i).then(
        ({ status, text }) => {
          if (status === 200 && !text.includes('"errors"')) latencies.push(nowMs() - due);
          else {
            errors++;
            if (errorSamples.length < 5) errorSamples.push(`${status} ${text.slice(0, 300)}`);
          }
        },
        (error: Error) => {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(error.message);
        },
      ),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  const elapsed = (nowMs() - start) / 1000;
  const latency = summarize(latencies);
  return {
    requests: total,
    seconds: round(elapsed, 1),
    requestsPerSecond: round(latencies.length / elapsed, 1),
    p50: latency.p50,
    p99: latency.p99,
    mean: latency.mean,
    errors,
    errorSamples,
    window: { fromMs, toMs: nowMs() },
    cpuMsPerSignUp: perSignUp(cpuSince(cpu, apiPid), latencies.length),
  };
}

/**
 * What SignUpsService.signUp asks of the database for a shift with a free place (the rush
 * drives' shifts never fill), statement for statement, on one client.
 */
async function baselineSignUp(client: PoolClient, input: Person, sql: SignUpStatements): Promise<void> {
  const [target] = (await client.query(sql.SIGN_UP_TARGET, [input.driveSlug, input.shiftId, input.teamCode ?? null])).rows;
  if (!target || target.status !== 'PUBLISHED') throw new Error('Drive not found');
  if (!target.shift_id || (input.teamCode && !target.team_id)) throw new Error('Invalid input');
  if (!target.has_room) throw new Error('Shift full');
  await client.query('BEGIN');
  try {
    const [person] = (
      await client.query(sql.UPSERT_PERSON_FOR_DRIVE, [
        input.email,
        input.name,
        input.phone ? `+86${input.phone}` : null,
        input.birthDate,
        null,
        input.locale,
        false,
        target.id,
        target.kind,
      ])
    ).rows;
    if (person.id) throw new Error('Duplicate');
    const volunteer = { id: person.volunteer_id };
    const [id, arrival] = [randomUUID(), person.next_arrival];
    const token = randomBytes(32).toString('base64url');
    await client.query(
      `INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale, payload, send_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, now()))
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        'SIGN_UP_CONFIRMATION',
        `SIGN_UP_CONFIRMATION:${id}:${arrival}`,
        input.email,
        volunteer.id,
        id,
        input.locale,
        JSON.stringify({ signUpId: id, manageToken: token, status: 'REGISTERED' }),
        null,
      ],
    );
    const written = await client.query(
      sql.TAKE_FREE_PLACE,
      [
        id,
        arrival,
        target.shift_id,
        target.id,
        volunteer.id,
        target.team_id,
        input.source ? input.source.toUpperCase() : 'LINK',
        input.source ?? null,
        '2026-11-v1',
        input.locale,
        createHash('sha256').update(token).digest('hex'),
      ],
    );
    if (!written.rowCount) throw new Error('Place gone');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function baselineRun(pool: Pool, sql: SignUpStatements, seconds: number, connections: number, prefix: string, drive: RushDrive, teamCodes: string[]): Promise<SignUpSide> {
  let n = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const latencies: number[] = [];
  const start = nowMs();
  const cpu = cpuSnapshot(undefined);
  const deadline = start + seconds * 1000;
  const worker = async () => {
    while (nowMs() < deadline) {
      const input = person(prefix, n++, drive, teamCodes);
      const t = nowMs();
      const client = await pool.connect();
      try {
        await baselineSignUp(client, input, sql);
        latencies.push(nowMs() - t);
      } catch (error) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(String((error as Error).message ?? error));
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (nowMs() - start) / 1000;
  const used = cpuSince(cpu, undefined);
  const s = summarize(latencies);
  return {
    requests: latencies.length + errors,
    seconds: round(elapsed, 2),
    requestsPerSecond: round(latencies.length / elapsed, 1),
    p50: s.p50,
    p99: s.p99,
    mean: s.mean,
    errors,
    errorSamples,
    window: { fromMs: start, toMs: nowMs() },
    cpuMsPerSignUp: perSignUp(used, latencies.length),
  };
}

async function countsConsistent(pool: Pool, drives: RushDrive[]): Promise<boolean> {
  const { rows } = await pool.query(
    `SELECT sh.id, sh.registered_count, coalesce((SELECT ss.waitlisted FROM shift_stats ss WHERE ss.shift_id = sh.id), 0) AS waitlist_count,
            (SELECT count(*) FROM sign_ups s WHERE s.shift_id = sh.id AND s.status = 'REGISTERED')::int AS registered,
            (SELECT count(*) FROM sign_ups s WHERE s.shift_id = sh.id AND s.status = 'WAITLISTED')::int AS waitlisted
       FROM shifts sh WHERE sh.drive_id = ANY($1)`,
    [drives.map((d) => d.id)],
  );
  return rows.every((r) => r.registered_count === r.registered && r.waitlist_count === r.waitlisted);
}

export async function signUpBench(opts: {
  apiUrl: string;
  apiPid: number | undefined;
  databaseUrl: string;
  seconds: number;
  connections: number;
  clientIps: number;
  drives: { api: RushDrive; pg: RushDrive };
  teamCodes: string[];
  /** The API's own sign-up statements, for the baseline. */
  statements: SignUpStatements;
}): Promise<SignUpResult> {
  const run = Date.now().toString(36);
  const { apiUrl, seconds, connections, drives, teamCodes } = opts;
  const warmup = Math.min(5, Math.max(2, Math.round(seconds / 6)));

  log(`Sign-up over HTTP: warm-up ${warmup} s, then ${seconds} s with ${connections} connections from ${opts.clientIps} client address(es)`);
  await apiRun(apiUrl, opts.apiPid, warmup, connections, `warm-api-${run}`, drives.api, teamCodes, opts.clientIps);
  await sleep(1000);
  const api = await apiRun(apiUrl, opts.apiPid, seconds, connections, `api-${run}`, drives.api, teamCodes, opts.clientIps);
  log(`  API: ${api.requestsPerSecond} req/s, p50 ${api.p50} ms, p99 ${api.p99} ms, errors ${api.errors}`);
  for (const e of api.errorSamples) log(`    error: ${e}`);

  await sleep(1000);
  const pool = new Pool({ connectionString: opts.databaseUrl, max: connections, application_name: 'bench-baseline' });
  try {
    log(`Sign-up baseline (pg Pool of ${connections}): warm-up ${warmup} s, then ${seconds} s`);
    await baselineRun(pool, opts.statements, warmup, connections, `warm-pg-${run}`, drives.pg, teamCodes);
    await sleep(1000);
    const baseline = await baselineRun(pool, opts.statements, seconds, connections, `pg-${run}`, drives.pg, teamCodes);
    log(`  baseline: ${baseline.requestsPerSecond} tx/s, p50 ${baseline.p50} ms, p99 ${baseline.p99} ms, errors ${baseline.errors}`);
    for (const e of baseline.errorSamples) log(`    error: ${e}`);
    const rate = Math.max(1, Math.round(baseline.requestsPerSecond / 2));
    log(`Sign-up over HTTP at a fixed rate of ${rate}/s (half the baseline): ${seconds} s`);
    await sleep(1000);
    const atRate = await apiAtFixedRate(apiUrl, opts.apiPid, seconds, connections, rate, `rate-api-${run}`, drives.api, teamCodes, opts.clientIps);
    log(`  API at ${rate}/s: ${atRate.requestsPerSecond} req/s, p50 ${atRate.p50} ms, p99 ${atRate.p99} ms, errors ${atRate.errors}`);
    const quarter = Math.max(1, Math.round(baseline.requestsPerSecond / 4));
    log(`Sign-up over HTTP at a fixed rate of ${quarter}/s (a quarter of the baseline): ${seconds} s`);
    await sleep(1000);
    const atQuarter = await apiAtFixedRate(apiUrl, opts.apiPid, seconds, connections, quarter, `quarter-api-${run}`, drives.api, teamCodes, opts.clientIps);
    log(`  API at ${quarter}/s: ${atQuarter.requestsPerSecond} req/s, p50 ${atQuarter.p50} ms, p99 ${atQuarter.p99} ms, errors ${atQuarter.errors}`);
    return {
      connections,
      clientIps: opts.clientIps,
      durationSeconds: seconds,
      shifts: drives.api.shiftIds.length,
      api,
      baseline,
      ratio: round(api.requestsPerSecond / baseline.requestsPerSecond, 3),
      apiAtRate: { ...atRate, rate },
      apiAtQuarterRate: { ...atQuarter, rate: quarter },
      countsConsistent: await countsConsistent(pool, [drives.api, drives.pg]),
    };
  } finally {
    await pool.end();
  }
}
