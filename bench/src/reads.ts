// Part 2: read latency for the largest drive, one request at a time (keep-alive), the queries
// interleaved so that noise from the machine falls on all of them alike:
// - leaderboard(driveId, first: 100), the top of the board as the public leaderboard page and the
//   organizers' dashboard ask it (team and college names): anonymously, as the public gets it
//   (one answer shared for PUBLIC_BOARD_CACHE_SECONDS), and signed in, computed afresh for every
//   request, as organizers get it,
// - the public leaderboard page's whole query,
// - drive(id) { stats }, as the organizers' dashboard asks it,
// - the floor: drive(id) { id title }, a primary-key look-up through the same HTTP, GraphQL,
//   auth and pool path, and the same look-up by a plain pg client.
// Then, in rounds of their own, the whole board (every team: "Show all"), anonymously and signed
// in: what every refresh cost before boards were asked for their top.
//
// The public answers above come from the shared cache (PUBLIC_BOARD_CACHE_SECONDS, 2 s): most
// requests are a cache hit. What computing them costs is measured apart (computedReads), on an
// API process started with PUBLIC_BOARD_CACHE_SECONDS=0, the production setting that turns the
// cache off: no code path of the API exists for the bench. drive(id) { stats } is never cached
// (only public boards and the public drive are), so its figure above is already computed afresh.
import { Agent } from 'http';
import { Client } from 'pg';
import { gunzipSync, inflateSync } from 'zlib';
import { ApiProcess } from './platform';
import { log, nowMs, post, summarize, LatencySummary } from './util';

export interface ReadsResult {
  drive: { id: string; signUps: number; teamsOnLeaderboard: number };
  samples: number;
  leaderboard: LatencySummary & { bytes: number };
  leaderboardSignedIn: LatencySummary & { bytes: number };
  leaderboardPage: LatencySummary & { bytes: number };
  /** The whole board, measured in rounds of its own (absent from runs before boards had `first`). */
  wholeBoard?: LatencySummary & { bytes: number };
  wholeBoardSignedIn?: LatencySummary & { bytes: number };
  driveStats: LatencySummary & { bytes: number };
  floorApi: LatencySummary & { bytes: number };
  floorPg: LatencySummary;
  window: { fromMs: number; toMs: number };
  /** The public board and page computed for every request (an API process with the cache off), with the floor of the same rounds. */
  computed?: ComputedReads | null;
}

export interface ComputedReads {
  samples: number;
  leaderboard: LatencySummary & { bytes: number };
  leaderboardPage: LatencySummary & { bytes: number };
  floorApi: LatencySummary & { bytes: number };
  window: { fromMs: number; toMs: number };
}

/** The rows the leaderboard page and the dashboard ask for (until someone asks for all of them). */
const TOP_ROWS = 100;

const LEADERBOARD = `query Leaderboard($driveId: ID!, $first: Int) {
  leaderboard(driveId: $driveId, first: $first) { rank team { name college { name } } signUps checkedIn donated conversionRate }
}`;

/** The whole query of the public leaderboard page (apps/admin/src/public/api/operations.ts). */
const LEADERBOARD_PAGE = `query LeaderboardPage($slug: String!, $driveId: ID!, $teams: Int, $colleges: Int) {
  publicDrive(slug: $slug) { id title location timeZone startsAt endsAt teamsRanked collegesRanked stats { signUps checkedIn donated conversionRate signUpGoal signUpGoalProgress } }
  leaderboard(driveId: $driveId, first: $teams) { rank team { name college { name } } signUps checkedIn donated conversionRate }
  collegeLeaderboard(driveId: $driveId, first: $colleges) { rank college { name } teams signUps checkedIn donated conversionRate }
}`;

const STATS = `query DriveStats($id: ID!) {
  drive(id: $id) { id stats { signUps waitlisted cancelled checkedIn donated deferred noShow conversionRate signUpGoal signUpGoalProgress donationGoal donationGoalProgress } }
}`;

const FLOOR = `query DriveById($id: ID!) { drive(id: $id) { id title } }`;

interface Probe {
  name: 'leaderboardPage' | 'leaderboard' | 'leaderboardSignedIn' | 'leaderboardPage' | 'driveStats' | 'floorApi' | 'wholeBoard' | 'wholeBoardSignedIn';
  body: string;
  token?: string;
  samples: number[];
  bytes: number;
}

/**
 * One connection, kept alive, for every probe: requests go one at a time. node:http, as the
 * sign-up part's open-loop runs and the codes use, not fetch: undici's own work, above all
 * unpacking a gzipped board before its last byte counted, was in every read's time (round twelve
 * in bench/README.md: the cached top-100 board's p95 4.6–6.0 → 1.7–2.5 ms on the same build).
 */
const readsAgent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * Times one probe: from sending it to the last byte of its answer, compressed as a browser asks
 * (the API gzips a board); the answer is unpacked and checked after the clock stops.
 */
async function call(api: ApiProcess, probe: Probe): Promise<number> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    // What fetch asked for before, and a browser over plain HTTP asks.
    'accept-encoding': 'gzip, deflate',
  };
  if (probe.token) headers.authorization = `Bearer ${probe.token}`;
  const url = new URL('/graphql', api.url);
  const t = nowMs();
  const res = await post(readsAgent, url, probe.body, headers, 30_000);
  const elapsed = nowMs() - t;
  const text = decoded(res.body, res.headers['content-encoding']).toString('utf8');
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${probe.name} failed: ${res.status} ${text.slice(0, 300)}`);
  probe.bytes = text.length;
  return elapsed;
}

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  return body;
}

export async function readsBench(api: ApiProcess, databaseUrl: string, token: string, drive: { id: string; slug: string; signUps: number }, samples: number): Promise<ReadsResult> {
  const top = JSON.stringify({ query: LEADERBOARD, variables: { driveId: drive.id, first: TOP_ROWS } });
  const whole = JSON.stringify({ query: LEADERBOARD, variables: { driveId: drive.id } });
  const probes: Probe[] = [
    { name: 'leaderboard', body: top, samples: [], bytes: 0 },
    { name: 'leaderboardSignedIn', body: top, token, samples: [], bytes: 0 },
    { name: 'leaderboardPage', body: JSON.stringify({ query: LEADERBOARD_PAGE, variables: { driveId: drive.id, slug: drive.slug, teams: TOP_ROWS, colleges: TOP_ROWS } }), samples: [], bytes: 0 },
    { name: 'driveStats', body: JSON.stringify({ query: STATS, variables: { id: drive.id } }), token, samples: [], bytes: 0 },
    { name: 'floorApi', body: JSON.stringify({ query: FLOOR, variables: { id: drive.id } }), token, samples: [], bytes: 0 },
  ];
  // Apart, so that their cost (a whole board is some 70 ms of CPU) does not fall on the others.
  const wholeBoards: Probe[] = [
    { name: 'wholeBoard', body: whole, samples: [], bytes: 0 },
    { name: 'wholeBoardSignedIn', body: whole, token, samples: [], bytes: 0 },
  ];
  const db = new Client({ connectionString: databaseUrl, application_name: 'bench-reads' });
  await db.connect();
  const floorPg: number[] = [];
  try {
    const board = await api.gql<{ leaderboard: unknown[] }>(LEADERBOARD, { driveId: drive.id });
    const teamsOnLeaderboard = board.data?.leaderboard?.length ?? 0;
    log(`Reads: the largest drive has ${drive.signUps} sign-ups and ${teamsOnLeaderboard} teams on its leaderboard; ${samples} samples each`);
    const warmup = Math.min(50, Math.ceil(samples / 5));
    for (let i = 0; i < warmup; i++) {
      for (const probe of probes) await call(api, probe);
      await db.query(`SELECT * FROM drives WHERE id = $1`, [drive.id]);
    }
    const fromMs = nowMs();
    for (let i = 0; i < samples; i++) {
      for (const probe of probes) probe.samples.push(await call(api, probe));
      const t = nowMs();
      await db.query(`SELECT * FROM drives WHERE id = $1`, [drive.id]);
      floorPg.push(nowMs() - t);
    }
    for (let i = 0; i < warmup; i++) for (const probe of wholeBoards) await call(api, probe);
    for (let i = 0; i < samples; i++) for (const probe of wholeBoards) probe.samples.push(await call(api, probe));
    const of = (name: Probe['name']) => {
      const probe = [...probes, ...wholeBoards].find((p) => p.name === name) as Probe;
      return { ...summarize(probe.samples), bytes: probe.bytes };
    };
    const result: ReadsResult = {
      drive: { id: drive.id, signUps: drive.signUps, teamsOnLeaderboard },
      samples,
      leaderboard: of('leaderboard'),
      leaderboardSignedIn: of('leaderboardSignedIn'),
      leaderboardPage: of('leaderboardPage'),
      wholeBoard: of('wholeBoard'),
      wholeBoardSignedIn: of('wholeBoardSignedIn'),
      driveStats: of('driveStats'),
      floorApi: of('floorApi'),
      floorPg: summarize(floorPg),
      window: { fromMs, toMs: nowMs() },
    };
    for (const key of ['leaderboard', 'leaderboardSignedIn', 'leaderboardPage', 'driveStats', 'floorApi', 'floorPg', 'wholeBoard', 'wholeBoardSignedIn'] as const) {
      log(`  ${key}: p50 ${result[key]?.p50} ms, p95 ${result[key]?.p95} ms`);
    }
    return result;
  } finally {
    await db.end();
  }
}

/**
 * The public top-100 board and the public page computed for every request: `api` runs with
 * PUBLIC_BOARD_CACHE_SECONDS=0. Interleaved with the floor, as in readsBench.
 */
export async function computedReads(api: ApiProcess, token: string, drive: { id: string; slug: string }, samples: number): Promise<ComputedReads> {
  const probes: Probe[] = [
    { name: 'leaderboard', body: JSON.stringify({ query: LEADERBOARD, variables: { driveId: drive.id, first: TOP_ROWS } }), samples: [], bytes: 0 },
    { name: 'leaderboardPage', body: JSON.stringify({ query: LEADERBOARD_PAGE, variables: { driveId: drive.id, slug: drive.slug, teams: TOP_ROWS, colleges: TOP_ROWS } }), samples: [], bytes: 0 },
    { name: 'floorApi', body: JSON.stringify({ query: FLOOR, variables: { id: drive.id } }), token, samples: [], bytes: 0 },
  ];
  log(`Reads computed for every request (PUBLIC_BOARD_CACHE_SECONDS=0): the public top-100 board and page, ${samples} samples each`);
  const warmup = Math.min(50, Math.ceil(samples / 5));
  for (let i = 0; i < warmup; i++) for (const probe of probes) await call(api, probe);
  const fromMs = nowMs();
  for (let i = 0; i < samples; i++) for (const probe of probes) probe.samples.push(await call(api, probe));
  const of = (name: Probe['name']) => {
    const probe = probes.find((p) => p.name === name) as Probe;
    return { ...summarize(probe.samples), bytes: probe.bytes };
  };
  const result: ComputedReads = { samples, leaderboard: of('leaderboard'), leaderboardPage: of('leaderboardPage'), floorApi: of('floorApi'), window: { fromMs, toMs: nowMs() } };
  for (const key of ['leaderboard', 'leaderboardPage', 'floorApi'] as const) log(`  ${key} (computed): p50 ${result[key].p50} ms, p95 ${result[key].p95} ms`);
  return result;
}
