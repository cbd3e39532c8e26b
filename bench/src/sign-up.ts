// Part 1: the verified signUp mutation over HTTP (autocannon, N connections, fixed duration)
// against the same database work done by a plain pg Pool of N clients: the statements
// SignUpsService.signUp sends (the drive by slug with the shift and the team; the one-time code
// checked; then in one transaction: the code used up, the volunteer upserted with their existing
// sign-up, last donation and next arrival number read beside it, the confirmation queued, the
// place taken with the sign-up and its manage token).
//
// Every request is a new person (a unique e-mail) signing up for a random shift of an upcoming
// drive, 85% of them through a team's share link, with the code sent to their address. Each side
// has its own drive of the same shape, so both start from the same state. The baseline runs
// first: its throughput sizes the API's pools of codes (codes.ts), fetched end to end before each
// of the API's runs.
import autocannon from 'autocannon';
import { createHash, randomBytes, randomInt, randomUUID } from 'crypto';
import { Agent } from 'http';
import { Pool, PoolClient } from 'pg';
import { CodeBurstResult, CodeFetcher, CodePoolResult, CodeRequest, issueCodes, SignUpCodeStatements } from './codes';
import { cpuSince, cpuSnapshot, CpuUse } from './cpu';
import { SignUpStatements } from './platform';
import { RushDrive } from './seed';
import { log, nowMs, postJson, round, sleep, summarize } from './util';

export interface SignUpSide {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  errorSamples: string[];
  /** Persons the run sent (or would have sent) without a code: their pool ran out (each is an error too). */
  withoutCode: number;
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
  /** The API's codes, fetched end to end before each of its runs (requested over HTTP, read from SMTP). */
  codePools: CodePoolResult[];
  /** The baseline's codes, written with the API's issue statement before each of its runs (not measured). */
  baselineCodes: { label: string; codes: number; seconds: number }[];
  /** 1,000 codes requested at once from one address. */
  codeBurst: CodeBurstResult | null;
}

const MUTATION = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { status duplicate manageToken waitlistPosition shiftStartsAt shiftEndsAt }
}`;

const SOURCES = [null, 'qr', 'chat', 'poster', null, 'qr'];

interface Person {
  code?: string;
  driveSlug: string;
  shiftId: string;
  name: string;
  email: string;
  consent: true;
  healthConsent: true;
  teamCode?: string;
  source?: string;
  phone?: string;
  birthDate: string;
  locale: string;
}

const emailOf = (prefix: string, n: number) => `${prefix}-${n}@load.example.org`;
const localeOf = (n: number) => (n % 3 === 0 ? 'zh-CN' : 'en');

/** What the form's first step sends for the first `count` persons of a run. */
function codeRequests(prefix: string, count: number, drive: RushDrive, ips: number): CodeRequest[] {
  return Array.from({ length: count }, (_, n) => ({ driveSlug: drive.slug, email: emailOf(prefix, n), locale: localeOf(n), ...(ips > 1 ? { ip: clientIp(n, ips) } : {}) }));
}

/** The n-th person of a run: what the public form sends. */
function person(prefix: string, n: number, drive: RushDrive, teamCodes: string[]): Person {
  const p: Person = {
    driveSlug: drive.slug,
    shiftId: drive.shiftIds[Math.floor(Math.random() * drive.shiftIds.length)],
    name: n % 3 === 0 ? `王芳 ${n}` : `Anna Batu ${n}`,
    email: emailOf(prefix, n),
    consent: true,
    healthConsent: true,
    birthDate: `${1990 + (n % 15)}-0${1 + (n % 9)}-1${n % 10}`,
    locale: localeOf(n),
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

/** The n-th person of an API run with the code sent to them ('' when there is none: an error). */
function verifiedPerson(prefix: string, n: number, drive: RushDrive, teamCodes: string[], codes: Map<string, string>, missing: { count: number }): Person {
  const p = person(prefix, n, drive, teamCodes);
  const code = codes.get(p.email);
  if (!code) missing.count++;
  return { ...p, code: code ?? '' };
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
  codes: Map<string, string>,
): Promise<SignUpSide> {
  let n = 0;
  const missing = { count: 0 };
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
          const body = JSON.stringify({ query: MUTATION, variables: { input: verifiedPerson(prefix, i, drive, teamCodes, codes, missing) } });
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
    withoutCode: missing.count,
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
  codes: Map<string, string>,
): Promise<SignUpSide> {
  const missing = { count: 0 };
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(`${url}/graphql`);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const post = (i: number) =>
    postJson(agent, target, { query: MUTATION, variables: { input: verifiedPerson(prefix, i, drive, teamCodes, codes, missing) } }, ips > 1 ? clientIp(i, ips) : null, 30000);
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
    withoutCode: missing.count,
    window: { fromMs, toMs: nowMs() },
    cpuMsPerSignUp: perSignUp(cpuSince(cpu, apiPid), latencies.length),
  };
}

/**
 * What SignUpsService.signUp asks of the database for a shift with a free place (the rush
 * drives' shifts never fill), statement for statement, on one client.
 */
async function baselineSignUp(client: PoolClient, input: Person, sql: SignUpStatements, codeSql: SignUpCodeStatements, secret: string): Promise<void> {
  const [target] = (await client.query(sql.SIGN_UP_TARGET, [input.driveSlug, input.shiftId, input.teamCode ?? null, null])).rows;
  if (!target || target.status !== 'PUBLISHED') throw new Error('Drive not found');
  if (!target.shift_id || (input.teamCode && !target.team_id)) throw new Error('Invalid input');
  if (!target.has_room) throw new Error('Shift full');
  // The code checked against every contact of the form (as SignUpCodes.verify), before the transaction.
  if (!input.code) throw new Error('No code for this person (the pool ran out)');
  const email = input.email.toLowerCase();
  const contacts = input.phone ? [email, `+86${input.phone}`] : [email];
  const tried = (
    await client.query(codeSql.VERIFY_SIGN_UP_CODE, [
      contacts.map((c) => codeSql.contactHash(secret, c)),
      contacts.map((c) => codeSql.codeHash(secret, c, input.code as string)),
      codeSql.SIGN_UP_CODE.maxTries,
    ])
  ).rows as { contact_hash: string; right: boolean }[];
  const right = tried.find((t) => t.right);
  if (!right || right.contact_hash !== codeSql.contactHash(secret, email)) throw new Error('Code not accepted');
  await client.query('BEGIN');
  try {
    // Used up in the sign-up's transaction (as SignUpCodes.consume).
    const consumed = await client.query(codeSql.CONSUME_SIGN_UP_CODE, [codeSql.contactHash(secret, email), codeSql.codeHash(secret, email, input.code), codeSql.SIGN_UP_CODE.maxTries]);
    if (!consumed.rowCount) throw new Error('Code already used');
    // The new sign-up's id is chosen first: the consents recorded with the person name it.
    const id = randomUUID();
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
        id,
        // The consents the form records with the person (SignUpsService.upsertVolunteer): general and health.
        sql.GENERAL_AND_HEALTH.scopes,
        sql.GENERAL_AND_HEALTH.versions,
        // No city given (the form's optional "Your city").
        null,
      ])
    ).rows;
    if (person.id) throw new Error('Duplicate');
    const volunteer = { id: person.volunteer_id };
    const arrival = person.next_arrival;
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
        JSON.stringify({ signUpId: id, status: 'REGISTERED' }),
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
        sql.GENERAL_AND_HEALTH.versions[0],
        input.locale,
        createHash('sha256').update(token).digest('hex'),
        null, // no personal share link's referrer
      ],
    );
    if (!written.rowCount) throw new Error('Place gone');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

interface BaselineCodes {
  sql: SignUpCodeStatements;
  secret: string;
  /** The code of the n-th person; past the end there is none. */
  codes: string[];
  /** Stop when the codes run out (the warm-up, which only sizes the timed run's pool) instead of failing. */
  stopWhenOut: boolean;
}

async function baselineRun(pool: Pool, sql: SignUpStatements, seconds: number, connections: number, prefix: string, drive: RushDrive, teamCodes: string[], codes: BaselineCodes): Promise<SignUpSide> {
  let n = 0;
  let withoutCode = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const latencies: number[] = [];
  const start = nowMs();
  const cpu = cpuSnapshot(undefined);
  const deadline = start + seconds * 1000;
  const worker = async () => {
    while (nowMs() < deadline) {
      if (codes.stopWhenOut && n >= codes.codes.length) break;
      const i = n++;
      const input: Person = { ...person(prefix, i, drive, teamCodes), code: codes.codes[i] };
      if (!input.code) withoutCode++;
      const t = nowMs();
      const client = await pool.connect();
      try {
        await baselineSignUp(client, input, sql, codes.sql, codes.secret);
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
    withoutCode,
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

/** A random 6-digit code for each of `count` baseline persons. */
function randomCodes(count: number): string[] {
  return Array.from({ length: count }, () => String(randomInt(0, 1000000)).padStart(6, '0'));
}

/** The baseline's warm-up gets codes for at most this many sign-ups a second (it stops when they run out). */
const BASELINE_WARMUP_CODES_PER_SECOND = 1500;

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
  /** The API's own code statements and hashing, and the secret the API hashes with. */
  codeStatements: SignUpCodeStatements;
  secret: string;
  /** Gets the API's codes end to end (a delivery-only API process, an SMTP server). */
  codes: CodeFetcher;
  /** Codes requested at once from one address, for the time until the last arrives. */
  burst: number;
}): Promise<SignUpResult> {
  const run = Date.now().toString(36);
  const { apiUrl, seconds, connections, drives, teamCodes, clientIps: ips } = opts;
  const warmup = Math.min(5, Math.max(2, Math.round(seconds / 6)));
  const baselineCodes: SignUpResult['baselineCodes'] = [];

  const pool = new Pool({ connectionString: opts.databaseUrl, max: connections, application_name: 'bench-baseline' });
  try {
    // The baseline first: its throughput bounds what the API can do, and sizes the API's pools of codes.
    const issue = async (label: string, prefix: string, count: number) => {
      const codes = randomCodes(count);
      const took = await issueCodes(pool, opts.codeStatements, opts.secret, codes.map((code, n) => ({ email: emailOf(prefix, n), code })));
      baselineCodes.push({ label, codes: count, seconds: took });
      log(`  baseline codes for ${label}: ${count} written with the API's issue statement in ${took} s (not measured)`);
      return codes;
    };
    log(`Sign-up baseline (pg Pool of ${connections}, the API's statements, the code checked and used up): warm-up ${warmup} s, then ${seconds} s`);
    const warmCodes = await issue('warm-up', `warm-pg-${run}`, BASELINE_WARMUP_CODES_PER_SECOND * warmup);
    const code = (codes: string[], stopWhenOut: boolean): BaselineCodes => ({ sql: opts.codeStatements, secret: opts.secret, codes, stopWhenOut });
    const warm = await baselineRun(pool, opts.statements, warmup, connections, `warm-pg-${run}`, drives.pg, teamCodes, code(warmCodes, true));
    log(`  warm-up: ${warm.requestsPerSecond} tx/s, errors ${warm.errors}`);
    for (const e of warm.errorSamples) log(`    error: ${e}`);
    const timedCodes = await issue('timed run', `pg-${run}`, Math.ceil(Math.max(warm.requestsPerSecond, 50) * 1.5 * seconds) + connections);
    await sleep(1000);
    const baseline = await baselineRun(pool, opts.statements, seconds, connections, `pg-${run}`, drives.pg, teamCodes, code(timedCodes, false));
    log(`  baseline: ${baseline.requestsPerSecond} tx/s, p50 ${baseline.p50} ms, p99 ${baseline.p99} ms, errors ${baseline.errors}`);
    for (const e of baseline.errorSamples) log(`    error: ${e}`);

    // The API flat out: codes for baseline tx/s x 1.2 x duration (and as many for the warm-up's seconds).
    const flatOut = (secs: number) => Math.ceil(Math.max(baseline.requestsPerSecond, 1) * 1.2 * secs) + connections;
    const warmPeople = codeRequests(`warm-api-${run}`, flatOut(warmup), drives.api, ips);
    const flatPeople = codeRequests(`api-${run}`, flatOut(seconds), drives.api, ips);
    log(`Sign-up over HTTP (verified): codes for ${flatPeople.length} + ${warmPeople.length} (warm-up) persons, then warm-up ${warmup} s and ${seconds} s with ${connections} connections from ${ips} client address(es)`);
    const flatCodes = await opts.codes.fetch('flat out (with its warm-up)', apiUrl, [...warmPeople, ...flatPeople], connections);
    await sleep(1000);
    await apiRun(apiUrl, opts.apiPid, warmup, connections, `warm-api-${run}`, drives.api, teamCodes, ips, flatCodes);
    await sleep(1000);
    const api = await apiRun(apiUrl, opts.apiPid, seconds, connections, `api-${run}`, drives.api, teamCodes, ips, flatCodes);
    log(`  API: ${api.requestsPerSecond} req/s, p50 ${api.p50} ms, p99 ${api.p99} ms, errors ${api.errors} (${api.withoutCode} without a code)`);
    for (const e of api.errorSamples) log(`    error: ${e}`);

    // At fixed rates: codes for rate x duration, +10%.
    const atFixedRate = async (label: string, prefix: string, rate: number) => {
      const people = codeRequests(prefix, Math.ceil(rate * seconds * 1.1), drives.api, ips);
      log(`Sign-up over HTTP at a fixed rate of ${rate}/s (${label}): codes for ${people.length} persons, then ${seconds} s`);
      const codes = await opts.codes.fetch(label, apiUrl, people, connections);
      await sleep(1000);
      const side = await apiAtFixedRate(apiUrl, opts.apiPid, seconds, connections, rate, prefix, drives.api, teamCodes, ips, codes);
      log(`  API at ${rate}/s: ${side.requestsPerSecond} req/s, p50 ${side.p50} ms, p99 ${side.p99} ms, errors ${side.errors} (${side.withoutCode} without a code)`);
      for (const e of side.errorSamples) log(`    error: ${e}`);
      return { ...side, rate };
    };
    const atRate = await atFixedRate('half the baseline', `rate-api-${run}`, Math.max(1, Math.round(baseline.requestsPerSecond / 2)));
    const atQuarter = await atFixedRate('a quarter of the baseline', `quarter-api-${run}`, Math.max(1, Math.round(baseline.requestsPerSecond / 4)));

    const codeBurst = opts.burst > 0 ? await opts.codes.measureBurst(apiUrl, codeRequests(`burst-${run}`, opts.burst, drives.api, 1)) : null;
    return {
      connections,
      clientIps: ips,
      durationSeconds: seconds,
      shifts: drives.api.shiftIds.length,
      api,
      baseline,
      ratio: round(api.requestsPerSecond / baseline.requestsPerSecond, 3),
      apiAtRate: atRate,
      apiAtQuarterRate: atQuarter,
      countsConsistent: await countsConsistent(pool, [drives.api, drives.pg]),
      codePools: opts.codes.pools,
      baselineCodes,
      codeBurst,
    };
  } finally {
    await pool.end();
  }
}
