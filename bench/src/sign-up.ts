// Part 1: the verified signUp mutation over HTTP (autocannon, N connections, fixed duration)
// against the same database work done by a plain pg Pool of N clients: the statements
// SignUpsService.signUp sends (the drive by slug with the shift and the team; the one-time code
// checked; then in one transaction: the code used up, the volunteer upserted with their existing
// sign-up, last donation and next arrival number read beside it, the confirmation queued, the
// place taken with the sign-up and its manage token).
//
// Every request is a new person (a unique e-mail) signing up for a random shift of an upcoming
// drive, 85% of them through a team's share link, with the code sent to their address. Each side
// has its own drive of the same shape, so both start from the same state. Both sides have a
// PostgreSQL pool of the same size (the API's own, `extra.max`), and the timed runs come in pairs
// that alternate which side goes first (baseline first, API first, ...): the ratio is the median
// of the pairs' ratios, with its spread. The baseline's warm-up sizes the API's pools of codes
// (codes.ts), fetched end to end before each pair.
import autocannon from 'autocannon';
import { createHash, randomBytes, randomInt, randomUUID } from 'crypto';
import { Agent } from 'http';
import { Worker } from 'worker_threads';
import { Pool, PoolClient } from 'pg';
import { CodeBurstResult, CodeFetcher, CodePoolResult, CodeRequest, issueCodes, SignUpCodeStatements } from './codes';
import { cpuSince, cpuSnapshot, CpuUse } from './cpu';
import { SignUpStatements } from './platform';
import { RushDrive } from './seed';
import { BackgroundWatch, StallReport, stallReport, stallSummary } from './stalls';
import { log, nowMs, postJson, round, sleep, summarize } from './util';

export interface SignUpSide {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  /** Absent from autocannon's runs (flat out), which report p50, p90, p97.5 and p99. */
  p95?: number;
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
  /** Fixed-rate runs: the seconds with slow answers beside PostgreSQL's background work (stalls.ts). */
  stalls?: StallReport;
}

/** One timed run of each side, back to back, in the order given. */
export interface SignUpPair {
  order: 'baseline first' | 'API first';
  api: SignUpSide;
  baseline: SignUpSide;
  /** API sign-ups/s / baseline tx/s; null when the baseline did nothing (failed entirely). */
  ratio: number | null;
}

/** Sign-ups at a fixed rate with and without a client asking for a board computed afresh every few hundred ms. */
export interface BoardsUnderLoad {
  rate: number;
  boardEveryMs: number;
  /** What the board client asks for (signed in: computed afresh every time). */
  board: string;
  /** The median pair's runs. */
  without: SignUpSide;
  with: SignUpSide & { boards: number; boardErrors: number; boardP50: number; boardP95: number };
  /** The median of the pairs' with.p95 / without.p95; null when any run had no successful sign-up. */
  p95Ratio: number | null;
  p95RatioSpread?: { min: number | null; max: number | null };
  /** Every pair (as many as the sign-up pairs), alternating which run goes first. */
  pairs?: { order: 'without first' | 'with first'; without: SignUpSide; with: SignUpSide & { boards: number; boardErrors: number; boardP50: number; boardP95: number }; p95Ratio: number | null }[];
}

export interface SignUpResult {
  connections: number;
  clientIps: number;
  durationSeconds: number;
  shifts: number;
  /** Clients in each side's PostgreSQL pool: the API's own pool size, and the baseline's the same. */
  poolSize?: number;
  /** Both sides sent a transaction's BEGIN with its first statement and COMMIT with its last (apiPipelines). */
  pipelined?: boolean;
  /** Every pair of timed runs (the API and the baseline), in the order they ran. */
  pairs?: SignUpPair[];
  /** The sides of the pair with the median ratio. */
  api: SignUpSide;
  baseline: SignUpSide;
  /** The median of the pairs' ratios; null when any pair's baseline did nothing. */
  ratio: number | null;
  ratioSpread?: { min: number | null; max: number | null };
  /** The API again, at a fixed rate (half the baseline's throughput): latency below saturation. */
  apiAtRate: (SignUpSide & { rate: number }) | null;
  /** The same at a quarter of the baseline: how the latency falls further from saturation. */
  apiAtQuarterRate?: (SignUpSide & { rate: number }) | null;
  /** 60 sign-ups/s with and without a board computed every 300 ms (issue 24). */
  boardsUnderLoad?: BoardsUnderLoad | null;
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
  databaseUrl: string,
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
  const answers: { dueMs: number; ms: number }[] = [];
  let clientLateMaxMs = 0;
  const errorSamples: string[] = [];
  let errors = 0;
  const watch = await BackgroundWatch.start(databaseUrl);
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
    clientLateMaxMs = Math.max(clientLateMaxMs, nowMs() - due);
    pending.push(
      post(i).then(
        ({ status, text }) => {
          if (status === 200 && !text.includes('"errors"')) answers.push({ dueMs: due, ms: nowMs() - due });
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
  const latencies = answers.map((a) => a.ms);
  const latency = summarize(latencies);
  const stalls = stallReport(start, answers, await watch.stop(), clientLateMaxMs);
  return {
    requests: total,
    seconds: round(elapsed, 1),
    requestsPerSecond: round(latencies.length / elapsed, 1),
    p50: latency.p50,
    p95: latency.p95,
    p99: latency.p99,
    mean: latency.mean,
    errors,
    errorSamples,
    withoutCode: missing.count,
    window: { fromMs, toMs: nowMs() },
    cpuMsPerSignUp: perSignUp(cpuSince(cpu, apiPid), latencies.length),
    stalls,
  };
}

/**
 * What SignUpsService.signUp asks of the database for a shift with a free place (the rush
 * drives' shifts never fill), statement for statement, on one client: prepared under the names
 * the API gives them (common/sql.ts preparedQuery), so both sides skip the same planning.
 */
async function baselineSignUp(client: PoolClient, input: Person, sql: SignUpStatements, codeSql: SignUpCodeStatements, secret: string): Promise<void> {
  const [target] = (await client.query({ name: 'sign-up-target', text: sql.SIGN_UP_TARGET, values: [input.driveSlug, input.shiftId, input.teamCode ?? null, null] })).rows;
  if (!target || target.status !== 'PUBLISHED') throw new Error('Drive not found');
  if (!target.shift_id || (input.teamCode && !target.team_id)) throw new Error('Invalid input');
  if (!target.has_room) throw new Error('Shift full');
  // The code checked against every contact of the form (as SignUpCodes.verify), before the transaction.
  if (!input.code) throw new Error('No code for this person (the pool ran out)');
  const email = input.email.toLowerCase();
  const contacts = input.phone ? [email, `+86${input.phone}`] : [email];
  // Each keyed hash made once, as SignUpCodes.verify does (the e-mail's are used up below).
  const contactHashes = contacts.map((c) => codeSql.contactHash(secret, c));
  const codeHashes = contacts.map((c) => codeSql.codeHash(secret, c, input.code as string));
  const tried = (
    await client.query({ name: 'verify-sign-up-code', text: codeSql.VERIFY_SIGN_UP_CODE, values: [contactHashes, codeHashes, codeSql.SIGN_UP_CODE.maxTries] })
  ).rows as { contact_hash: string; right: boolean }[];
  const right = tried.find((t) => t.right);
  if (!right || right.contact_hash !== contactHashes[0]) throw new Error('Code not accepted');
  // A pipelining pool (as the API's, apiPipelines) sends BEGIN with the first statement and COMMIT
  // with the last, as the API's inPipelinedTransaction does; else each waits for its answer.
  const begun = client.query('BEGIN');
  begun.catch(() => undefined); // awaited below; a failed BEGIN fails the statement behind it too
  if (!client.pipeline) await begun;
  try {
    // The new sign-up's id is chosen first: the consents recorded with the person name it.
    const id = randomUUID();
    const [person] = (
      await client.query({ name: 'upsert-person', text: sql.UPSERT_PERSON_FOR_DRIVE, values: [
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
        // The code used up by the same statement (as SignUpCodes.consumeParams gives it).
        contactHashes[0],
        codeHashes[0],
        codeSql.SIGN_UP_CODE.maxTries,
      ] })
    ).rows;
    await begun;
    if (!person.fresh) throw new Error('Code already used');
    if (person.id) throw new Error('Duplicate');
    const volunteer = { id: person.volunteer_id };
    const arrival = person.next_arrival;
    const token = randomBytes(32).toString('base64url');
    const taking = client.query({
      name: 'take-free-place',
      text: sql.TAKE_FREE_PLACE,
      values: [
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
        // Its ticket's hash (the API derives it from the token; any unique value costs the same).
        createHash('sha256').update(`ticket:${token}`).digest('hex'),
        // Its confirmation, queued by the same statement (the outbox's queuedParams).
        'SIGN_UP_CONFIRMATION',
        `SIGN_UP_CONFIRMATION:${id}:${arrival}`,
        'EMAIL',
        input.email,
        volunteer.id,
        id,
        target.organization_id,
        input.locale,
        JSON.stringify({ signUpId: id, status: 'REGISTERED' }),
        null,
      ],
    });
    if (client.pipeline) {
      // The statement fails when it took no place (PLACE_NOT_TAKEN), and the COMMIT rolls back.
      const [written, committed] = await Promise.allSettled([taking, client.query('COMMIT')]);
      if (written.status === 'rejected') throw new Error(`Place gone: ${(written.reason as Error).message}`);
      if (committed.status === 'rejected') throw committed.reason;
      return;
    }
    const written = await taking;
    if (!written.rowCount) throw new Error('Place gone');
    await client.query('COMMIT');
  } catch (error) {
    // After a pipelined COMMIT there is no transaction left: PostgreSQL only warns.
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
    p95: s.p95,
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

/** Sign-ups/s of the runs with and without boards (issue 24), and how often the board is asked for. */
export const BOARDS_UNDER_LOAD = { rate: 60, everyMs: 300 };

/** a / b, or null when b did nothing (a ratio to a failed baseline means nothing). */
export function ratioOf(a: number, b: number): number | null {
  const r = a / b;
  return b > 0 && Number.isFinite(r) ? round(r, 3) : null;
}

/** The median of the values (the lower middle of an even count); null when any is null. */
function medianOf(values: (number | null)[]): number | null {
  if (values.some((v) => v === null) || !values.length) return null;
  const sorted = (values as number[]).slice().sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * The board client's loop, run on a thread of its own. Receiving a whole board (360 KB,
 * decompressed and decoded) every 300 ms on the bench's own event loop delayed the sign-ups
 * that loop sends and times, and that delay was counted as the API's (their latency is from
 * when each was due).
 */
const BOARD_CLIENT = `
const { parentPort, workerData } = require('worker_threads');
const { performance } = require('perf_hooks');
const { url, token, body, everyMs } = workerData;
const latencies = [];
let errors = 0;
const pending = [];
const ask = () => {
  const t = performance.now();
  pending.push(
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body })
      .then(async (res) => {
        const text = await res.text();
        if (res.status === 200 && !text.includes('"errors"')) latencies.push(performance.now() - t);
        else errors++;
      })
      .catch(() => void errors++),
  );
};
ask();
const timer = setInterval(ask, everyMs);
parentPort.once('message', async () => {
  clearInterval(timer);
  await Promise.all(pending);
  parentPort.postMessage({ latencies, errors });
});
`;

/**
 * A client asking for `body` (signed in: computed afresh) every `everyMs`, whatever the answers
 * do (open loop), on a thread of its own, until stopped; the boards' latencies come back with the stop.
 */
function boardClient(apiUrl: string, token: string, body: string, everyMs: number) {
  const worker = new Worker(BOARD_CLIENT, { eval: true, workerData: { url: `${apiUrl}/graphql`, token, body, everyMs } });
  const done = new Promise<{ latencies: number[]; errors: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return async () => {
    worker.postMessage('stop');
    const { latencies, errors } = await done;
    await worker.terminate();
    return { boards: latencies.length, errors, ...summarize(latencies) };
  };
}

const WHOLE_BOARD = `query Board($driveId: ID!) {
  leaderboard(driveId: $driveId) { rank team { name college { name } } signUps checkedIn donated conversionRate }
}`;

export async function signUpBench(opts: {
  apiUrl: string;
  apiPid: number | undefined;
  databaseUrl: string;
  seconds: number;
  connections: number;
  clientIps: number;
  /** Clients in the baseline's pool: the API's own pool size. */
  poolSize: number;
  /** Whether the baseline's clients pipeline a transaction's BEGIN and COMMIT, as the API's do (apiPipelines). */
  pipeline: boolean;
  /** Pairs of timed runs (the API and the baseline), alternating which goes first. */
  runs: number;
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
  /** For the runs with and without boards: a signed-in caller and the drive whose board they ask for; null: not run. */
  boards: { token: string; driveId: string } | null;
}): Promise<SignUpResult> {
  const run = Date.now().toString(36);
  const { apiUrl, seconds, connections, drives, teamCodes, clientIps: ips } = opts;
  const warmup = Math.min(5, Math.max(2, Math.round(seconds / 6)));
  const baselineCodes: SignUpResult['baselineCodes'] = [];
  const { statements } = opts;

  // The same number of clients as the API's pool: 50 workers queue for 20 clients on both sides.
  // Its connections kept once opened, as the API keeps its own (data-source-options.ts).
  const pool = new Pool({ connectionString: opts.databaseUrl, max: opts.poolSize, min: opts.poolSize, pipeline: opts.pipeline, application_name: 'bench-baseline' });
  try {
    const issue = async (label: string, prefix: string, count: number) => {
      const codes = randomCodes(count);
      const took = await issueCodes(pool, opts.codeStatements, opts.secret, codes.map((code, n) => ({ email: emailOf(prefix, n), code })));
      baselineCodes.push({ label, codes: count, seconds: took });
      log(`  baseline codes for ${label}: ${count} written with the API's issue statement in ${took} s (not measured)`);
      return codes;
    };
    const code = (codes: string[], stopWhenOut: boolean): BaselineCodes => ({ sql: opts.codeStatements, secret: opts.secret, codes, stopWhenOut });
    const logSide = (name: string, side: SignUpSide) => {
      log(`  ${name}: ${side.requestsPerSecond}/s, p50 ${side.p50} ms, p99 ${side.p99} ms, errors ${side.errors} (${side.withoutCode} without a code)`);
      for (const e of side.errorSamples) log(`    error: ${e}`);
    };

    // Warm-ups, not measured: the baseline's sizes the pools of codes.
    log(`Sign-up warm-ups: the baseline (pg Pool of ${opts.poolSize} for ${connections} workers, the API's statements, the code checked and used up) ${warmup} s, then the API (${connections} connections) ${warmup} s`);
    const warmCodes = await issue('warm-up', `warm-pg-${run}`, BASELINE_WARMUP_CODES_PER_SECOND * warmup);
    const warm = await baselineRun(pool, statements, warmup, connections, `warm-pg-${run}`, drives.pg, teamCodes, code(warmCodes, true));
    logSide('baseline warm-up', warm);
    // The best rate seen so far sizes the next pools: the API's at 1.5 times it, the baseline's
    // (written straight into the table: cheap) at 3 times it. A short warm-up on a busy machine
    // can be well below the timed run (96 against 154 tx/s in one run, 278 against 615 in
    // another, where the API's first timed run outran its pool; the API's own warm-up was 2.2
    // times below its timed run), so until a timed run has been seen the API's pool is 2.5 times
    // the warm-ups' best. A person past the end of a pool is an error of the run.
    let knownRate = Math.max(warm.requestsPerSecond, 50);
    let timedRunSeen = false;
    const flatOut = (secs: number) => Math.ceil(knownRate * (timedRunSeen ? 1.5 : 2.5) * secs) + connections;
    const warmPeople = codeRequests(`warm-api-${run}`, flatOut(warmup), drives.api, ips);
    const warmApiCodes = await opts.codes.fetch('API warm-up', apiUrl, warmPeople, connections);
    await sleep(1000);
    const warmApi = await apiRun(apiUrl, opts.apiPid, warmup, connections, `warm-api-${run}`, drives.api, teamCodes, ips, warmApiCodes);
    logSide('API warm-up', warmApi);
    knownRate = Math.max(knownRate, warmApi.requestsPerSecond);

    const pairs: SignUpPair[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const order: SignUpPair['order'] = i % 2 === 0 ? 'baseline first' : 'API first';
      log(`Sign-up pair ${i + 1} of ${opts.runs} (${order}): ${seconds} s each, ${connections} connections / workers from ${ips} client address(es)`);
      // Both sides' codes first, so that only the two timed runs lie between them.
      const apiPrefix = `api-${run}-${i}`;
      const pgPrefix = `pg-${run}-${i}`;
      const apiCodes = await opts.codes.fetch(`pair ${i + 1}`, apiUrl, codeRequests(apiPrefix, flatOut(seconds), drives.api, ips), connections);
      const pgCodes = await issue(`pair ${i + 1}`, pgPrefix, Math.ceil(knownRate * 3 * seconds) + connections);
      const runBaseline = () => baselineRun(pool, statements, seconds, connections, pgPrefix, drives.pg, teamCodes, code(pgCodes, false));
      const runApi = () => apiRun(apiUrl, opts.apiPid, seconds, connections, apiPrefix, drives.api, teamCodes, ips, apiCodes);
      let api: SignUpSide;
      let baseline: SignUpSide;
      await sleep(1000);
      if (order === 'baseline first') {
        baseline = await runBaseline();
        await sleep(1000);
        api = await runApi();
      } else {
        api = await runApi();
        await sleep(1000);
        baseline = await runBaseline();
      }
      logSide('baseline', baseline);
      logSide('API', api);
      const ratio = ratioOf(api.requestsPerSecond, baseline.requestsPerSecond);
      log(`  ratio ${ratio ?? 'none (the baseline did nothing)'}`);
      pairs.push({ order, api, baseline, ratio });
      knownRate = Math.max(knownRate, baseline.requestsPerSecond, api.requestsPerSecond);
      timedRunSeen = true;
    }
    const ratio = medianOf(pairs.map((p) => p.ratio));
    const finite = pairs.map((p) => p.ratio).filter((r): r is number => r !== null);
    const median = pairs.find((p) => p.ratio === ratio) ?? pairs[0];
    const baselineRate = median.baseline.requestsPerSecond;

    // The fixed-rate runs: codes for rate x duration, +10% each, fetched in one pool before the
    // first of them (one delivery process instead of one per run; codes live 10 minutes).
    const { rate: boardRate, everyMs } = BOARDS_UNDER_LOAD;
    const fixed = [
      { key: 'half', label: 'half the baseline', prefix: `rate-api-${run}`, rate: Math.max(1, Math.round(baselineRate / 2)) },
      { key: 'quarter', label: 'a quarter of the baseline', prefix: `quarter-api-${run}`, rate: Math.max(1, Math.round(baselineRate / 4)) },
      ...(opts.boards
        ? Array.from({ length: opts.runs }, (_, i) => [
            { key: `calm-${i}`, label: `no boards, pair ${i + 1}`, prefix: `calm-api-${run}-${i}`, rate: boardRate },
            { key: `boards-${i}`, label: `with boards, pair ${i + 1}`, prefix: `boards-api-${run}-${i}`, rate: boardRate },
          ]).flat()
        : []),
    ].map((x) => ({ ...x, people: codeRequests(x.prefix, Math.ceil(x.rate * seconds * 1.1), drives.api, ips) }));
    log(`Sign-up at fixed rates (${fixed.map((x) => `${x.label}: ${x.rate}/s`).join('; ')}), ${seconds} s each: codes for ${fixed.reduce((n, x) => n + x.people.length, 0)} persons first`);
    const fixedCodes = await opts.codes.fetch('the fixed-rate runs', apiUrl, fixed.flatMap((x) => x.people), connections);
    const atFixedRate = async (key: string) => {
      const x = fixed.find((f) => f.key === key)!;
      await sleep(1000);
      const side = await apiAtFixedRate(apiUrl, opts.databaseUrl, opts.apiPid, seconds, connections, x.rate, x.prefix, drives.api, teamCodes, ips, fixedCodes);
      log(`  API at ${x.rate}/s (${x.label}): ${side.requestsPerSecond} req/s, p50 ${side.p50} ms, p95 ${side.p95} ms, p99 ${side.p99} ms, errors ${side.errors} (${side.withoutCode} without a code)`);
      if (side.stalls) log(`    ${stallSummary(side.stalls)}`);
      for (const e of side.errorSamples) log(`    error: ${e}`);
      return { ...side, rate: x.rate };
    };
    const atRate = await atFixedRate('half');
    const atQuarter = await atFixedRate('quarter');

    // With and without boards, in pairs alternating which goes first, as the flat-out runs.
    let boardsUnderLoad: BoardsUnderLoad | null = null;
    if (opts.boards) {
      const body = JSON.stringify({ query: WHOLE_BOARD, variables: { driveId: opts.boards.driveId } });
      const withBoards = async (i: number) => {
        log(`  (a signed-in client asks for the largest drive's whole board every ${everyMs} ms during the next run)`);
        const stop = boardClient(apiUrl, opts.boards!.token, body, everyMs);
        const side = await atFixedRate(`boards-${i}`);
        const boards = await stop();
        log(`    boards: ${boards.boards} (p50 ${boards.p50} ms, p95 ${boards.p95} ms, ${boards.errors} errors)`);
        return { ...side, boards: boards.boards, boardErrors: boards.errors, boardP50: boards.p50, boardP95: boards.p95 };
      };
      const boardPairs: BoardsUnderLoad['pairs'] = [];
      for (let i = 0; i < opts.runs; i++) {
        const order = i % 2 === 0 ? 'without first' : 'with first';
        let without: SignUpSide;
        let withB: BoardsUnderLoad['with'];
        if (order === 'without first') {
          without = await atFixedRate(`calm-${i}`);
          withB = await withBoards(i);
        } else {
          withB = await withBoards(i);
          without = await atFixedRate(`calm-${i}`);
        }
        const p95Ratio = withB.p95 !== undefined && without.p95 !== undefined ? ratioOf(withB.p95, without.p95) : null;
        log(`  boards pair ${i + 1} (${order}): p95 ${withB.p95} ms with boards, ${without.p95} ms without: ${p95Ratio}`);
        boardPairs.push({ order, without, with: withB, p95Ratio });
      }
      const p95Ratio = medianOf(boardPairs.map((p) => p.p95Ratio));
      const median = boardPairs.find((p) => p.p95Ratio === p95Ratio) ?? boardPairs[0];
      const finiteBoards = boardPairs.map((p) => p.p95Ratio).filter((r): r is number => r !== null);
      boardsUnderLoad = {
        rate: boardRate,
        boardEveryMs: everyMs,
        board: 'leaderboard(driveId) of the largest drive, every team, signed in (computed afresh)',
        without: median.without,
        with: median.with,
        p95Ratio,
        p95RatioSpread: { min: finiteBoards.length === boardPairs.length ? Math.min(...finiteBoards) : null, max: finiteBoards.length ? Math.max(...finiteBoards) : null },
        pairs: boardPairs,
      };
    }

    const codeBurst = opts.burst > 0 ? await opts.codes.measureBurst(apiUrl, codeRequests(`burst-${run}`, opts.burst, drives.api, 1)) : null;
    return {
      connections,
      clientIps: ips,
      durationSeconds: seconds,
      shifts: drives.api.shiftIds.length,
      poolSize: opts.poolSize,
      pipelined: opts.pipeline,
      pairs,
      api: median.api,
      baseline: median.baseline,
      ratio,
      ratioSpread: { min: finite.length === pairs.length ? Math.min(...finite) : null, max: finite.length ? Math.max(...finite) : null },
      apiAtRate: atRate,
      apiAtQuarterRate: atQuarter,
      boardsUnderLoad,
      countsConsistent: await countsConsistent(pool, [drives.api, drives.pg]),
      codePools: opts.codes.pools,
      baselineCodes,
      codeBurst,
    };
  } finally {
    await pool.end();
  }
}
