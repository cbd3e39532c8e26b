// Command-line flags (`npm run bench -- --scale=0.01`) and their BENCH_* environment twins.
import { resolve } from 'path';
import type { ApiSource } from './platform';

export const PARTS = ['signup', 'reads', 'delivery', 'startup'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  /** 1 = 200 drives, 5,000 teams in 500 colleges, 1,000,000 sign-ups. */
  scale: number;
  /** Seconds of each timed sign-up run (the API and the plain-pg baseline). */
  durationSeconds: number;
  /** Pairs of timed sign-up runs (the API and the baseline), alternating which goes first; the ratio is their median. */
  runs: number;
  /** Concurrent HTTP connections for the API, concurrent pg clients for the baseline. */
  connections: number;
  /**
   * Distinct client addresses the sign-up load comes from (X-Forwarded-For, which the API trusts
   * from loopback). 1: every request from 127.0.0.1, as a whole campus behind one NAT.
   */
  clientIps: number;
  /** Shifts of the drive the sign-up load goes to (the row locks they contend for). */
  rushShifts: number;
  /** Sequential requests per query in the read part. */
  samples: number;
  /** Sign-up codes requested at once from one address (the time until the last arrives); 0: none. */
  codeBurst: number;
  /** Messages in the delivery part. */
  messages: number;
  /** REMINDER_TICK_SECONDS of the API in the delivery part. */
  reminderTickSeconds: number;
  parts: Part[];
  /** Keep the seeded database from an earlier run of the same scale instead of seeding again. */
  reuse: boolean;
  /** Run the API with --cpu-prof and print its hottest functions per part. */
  profile: boolean;
  /** Start-up runs (the median is reported). */
  startups: number;
  /** A results.json of an earlier run: fail when a ratio fell by more than `tolerance`. */
  check: string | null;
  tolerance: number;
  /** Where results.json and results.md go. */
  out: string;
  /** Where the seeded embedded database lives. */
  dataDir: string;
  /** Which API to run: built from the working tree, from HEAD, or a copy of dist/. */
  api: ApiSource;
  /** The existing build for api=dist (and the web app's build, if any). */
  apiDist: string;
  workspace: string;
  benchDir: string;
}

function flags(argv: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`Unknown argument "${arg}" (flags look like --scale=0.01; see bench/README.md)`);
    map.set(m[1], m[2] ?? 'true');
  }
  return map;
}

function num(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return value;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv, benchDir: string): BenchOptions {
  const f = flags(argv);
  const known = ['scale', 'duration', 'runs', 'connections', 'rush-shifts', 'client-ips', 'samples', 'code-burst', 'messages', 'reminder-tick', 'only', 'skip', 'reuse', 'profile', 'startups', 'check', 'tolerance', 'out', 'data-dir', 'api', 'api-dist'];
  for (const key of f.keys()) if (!known.includes(key)) throw new Error(`Unknown flag --${key}; known: ${known.map((k) => `--${k}`).join(' ')}`);
  const get = (key: string, envName: string) => f.get(key) ?? env[envName];

  const scale = num(get('scale', 'BENCH_SCALE'), 'scale', 1, 0.001, 10);
  const small = scale < 0.1;
  let parts: Part[] = [...PARTS];
  const only = get('only', 'BENCH_ONLY');
  const skip = get('skip', 'BENCH_SKIP');
  const partList = (raw: string) =>
    raw.split(',').map((p) => {
      if (!(PARTS as readonly string[]).includes(p)) throw new Error(`Unknown part "${p}"; parts: ${PARTS.join(', ')}`);
      return p as Part;
    });
  if (only) parts = partList(only);
  if (skip) parts = parts.filter((p) => !partList(skip).includes(p));

  const workspace = resolve(benchDir, '..');
  const yes = (raw: string | undefined) => raw === 'true' || raw === '1';
  return {
    scale,
    durationSeconds: num(get('duration', 'BENCH_DURATION'), 'duration', small ? 10 : 30, 1, 3600),
    runs: num(get('runs', 'BENCH_RUNS'), 'runs', small ? 1 : 3, 1, 21),
    connections: num(get('connections', 'BENCH_CONNECTIONS'), 'connections', 50, 1, 1000),
    clientIps: num(get('client-ips', 'BENCH_CLIENT_IPS'), 'client-ips', 1, 1, 1000000),
    rushShifts: num(get('rush-shifts', 'BENCH_RUSH_SHIFTS'), 'rush-shifts', 8, 1, 1000),
    samples: num(get('samples', 'BENCH_SAMPLES'), 'samples', small ? 200 : 500, 10, 100000),
    codeBurst: num(get('code-burst', 'BENCH_CODE_BURST'), 'code-burst', 1000, 0, 100000),
    messages: num(get('messages', 'BENCH_MESSAGES'), 'messages', small ? 600 : 3000, 10, 1000000),
    reminderTickSeconds: num(get('reminder-tick', 'BENCH_REMINDER_TICK'), 'reminder-tick', 60, 1, 86400),
    parts,
    reuse: yes(get('reuse', 'BENCH_REUSE')),
    profile: yes(get('profile', 'BENCH_PROFILE')),
    startups: num(get('startups', 'BENCH_STARTUPS'), 'startups', 3, 1, 50),
    check: get('check', 'BENCH_CHECK') ?? null,
    tolerance: num(get('tolerance', 'BENCH_TOLERANCE'), 'tolerance', 0.25, 0, 1),
    out: resolve(get('out', 'BENCH_OUT') ?? benchDir),
    dataDir: resolve(get('data-dir', 'BENCH_DATA_DIR') ?? resolve(benchDir, '.data', `pg-scale-${scale}`)),
    api: apiSource(get('api', 'BENCH_API')),
    apiDist: resolve(get('api-dist', 'BENCH_API_DIST') ?? resolve(workspace, 'dist')),
    workspace,
    benchDir,
  };
}

function apiSource(raw: string | undefined): ApiSource {
  if (raw === undefined || raw === '') return 'worktree';
  if (raw === 'worktree' || raw === 'head' || raw === 'dist') return raw;
  throw new Error(`--api must be worktree, head or dist, got "${raw}"`);
}
