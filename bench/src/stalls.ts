// Where a fixed-rate run's slowest answers came from. At a quarter of the baseline's rate the API
// answers in 8 ms at the median and, in some runs, 100-250 ms at the 99th percentile: a few short
// stalls decide it. This puts each second of the run beside what PostgreSQL's background work was
// doing then (a checkpoint writing or syncing, an autovacuum worker and its table), polled every
// POLL_MS, beside what the backends running statements then waited for (the disk's WAL sync, a
// row lock, nothing: on the CPU), and beside how late the load generator itself sent, so that a
// report can say which stalls came with which.
import { Client } from 'pg';
import { nowMs, round, sleep } from './util';

const POLL_MS = 200;
/** An answer slower than this marks its second: the p99 target at half the rate. */
export const SLOW_MS = 50;

interface Sample {
  atMs: number;
  /** The checkpointer's wait event; null while it works on the CPU, "CheckpointerMain" while idle. */
  checkpointer: string | null;
  /** What each running autovacuum worker is doing ("autovacuum: VACUUM public.sign_ups"). */
  autovacuum: string[];
  /** What each client backend running a statement waited for ("IO:WalSync", "Lock:tuple"), "CPU" when it waited for nothing. */
  backends: string[];
}

export interface SlowSecond {
  /** Seconds from the run's start (by when the sign-up was due). */
  second: number;
  slowestMs: number;
  /** Sign-ups due in that second slower than SLOW_MS. */
  slow: number;
  checkpoint: boolean;
  /** What the checkpointer was seen waiting for in that second ("working" when on the CPU or in a write), e.g. CheckpointWriteDelay (spreading its writes), DataFileSync. */
  checkpointer: string[];
  autovacuum: string[];
  /** What the backends running statements were seen waiting for in that second, most seen first, with how many times (absent before round ten). */
  backendWaits?: { wait: string; seen: number }[];
}

export interface StallReport {
  /** Seconds of the run with at least one answer slower than SLOW_MS, slowest first. */
  slowSeconds: SlowSecond[];
  seconds: number;
  /** Seconds in which a checkpoint was under way, and in which an autovacuum worker ran. */
  checkpointSeconds: number;
  autovacuumSeconds: number;
  /** How late the load generator sent its most late request (ms): its own stalls count as the API's latency. */
  clientLateMaxMs: number;
  /** What the backends running statements were seen waiting for over the whole run, most seen first (absent before round ten). */
  backendWaits?: { wait: string; seen: number }[];
}

/** What an autovacuum worker is on, from its statement ("autovacuum: VACUUM public.sign_ups" -> "VACUUM public.sign_ups"). */
const vacuumTarget = (query: string) => query.replace(/^autovacuum:\s*/, '');

/** Waits each seen some number of times, added up by wait, most seen first. */
function sumTallies(tallies: Iterable<{ wait: string; seen: number }>[]): { wait: string; seen: number }[] {
  const seen = new Map<string, number>();
  for (const t of tallies) for (const w of t) seen.set(w.wait, (seen.get(w.wait) ?? 0) + w.seen);
  return [...seen].map(([wait, n]) => ({ wait, seen: n })).sort((a, b) => b.seen - a.seen);
}

/** Waits counted, most seen first. */
const tally = (waits: string[]) => sumTallies([waits.map((wait) => ({ wait, seen: 1 }))]);

/** The most seen waits as "IO:WalSync 40%, CPU 30%". */
function shares(waits: { wait: string; seen: number }[], top = 4): string {
  const all = waits.reduce((n, w) => n + w.seen, 0);
  return waits
    .slice(0, top)
    .map((w) => `${w.wait} ${Math.round((100 * w.seen) / all)}%`)
    .join(', ');
}

/** Polls pg_stat_activity for the background work of the cluster until stopped. */
export class BackgroundWatch {
  private readonly samples: Sample[] = [];
  private running = true;
  private readonly loop: Promise<void>;

  private constructor(private readonly db: Client) {
    this.loop = this.poll();
  }

  static async start(databaseUrl: string): Promise<BackgroundWatch> {
    const db = new Client({ connectionString: databaseUrl, application_name: 'bench-watch' });
    await db.connect();
    return new BackgroundWatch(db);
  }

  async stop(): Promise<Sample[]> {
    this.running = false;
    await this.loop;
    await this.db.end();
    return this.samples;
  }

  private async poll(): Promise<void> {
    while (this.running) {
      const atMs = nowMs();
      const { rows } = await this.db.query<{ backend_type: string; wait_event_type: string | null; wait_event: string | null; query: string }>(
        `SELECT backend_type, wait_event_type, wait_event, query FROM pg_stat_activity
          WHERE backend_type IN ('checkpointer', 'autovacuum worker')
             OR (backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid())`,
      );
      this.samples.push({
        atMs,
        checkpointer: rows.find((r) => r.backend_type === 'checkpointer')?.wait_event ?? null,
        autovacuum: rows.filter((r) => r.backend_type === 'autovacuum worker' && r.query).map((r) => r.query),
        backends: rows.filter((r) => r.backend_type === 'client backend').map((r) => (r.wait_event ? `${r.wait_event_type}:${r.wait_event}` : 'CPU')),
      });
      await sleep(POLL_MS);
    }
  }
}

/** Each second of a run (from `startMs`) with its slowest answer, beside the background work polled meanwhile. */
export function stallReport(startMs: number, answers: { dueMs: number; ms: number }[], samples: Sample[], clientLateMaxMs: number): StallReport {
  const seconds = Math.max(1, Math.ceil(Math.max(0, ...answers.map((a) => a.dueMs - startMs)) / 1000));
  const bySecond = Array.from({ length: seconds }, (_, second) => ({ second, slowestMs: 0, slow: 0, checkpoint: false, checkpointer: new Set<string>(), autovacuum: new Set<string>(), waits: [] as string[] }));
  for (const a of answers) {
    const s = bySecond[Math.min(seconds - 1, Math.max(0, Math.floor((a.dueMs - startMs) / 1000)))];
    s.slowestMs = Math.max(s.slowestMs, a.ms);
    if (a.ms > SLOW_MS) s.slow++;
  }
  for (const sample of samples) {
    const s = bySecond[Math.floor((sample.atMs - startMs) / 1000)];
    if (!s) continue;
    if (sample.checkpointer !== 'CheckpointerMain') {
      s.checkpoint = true;
      s.checkpointer.add(sample.checkpointer ?? 'working');
    }
    for (const q of sample.autovacuum) s.autovacuum.add(vacuumTarget(q));
    s.waits.push(...sample.backends);
  }
  const slowSeconds = bySecond
    .filter((s) => s.slow > 0)
    .sort((a, b) => b.slowestMs - a.slowestMs)
    .map((s) => ({
      second: s.second,
      slowestMs: round(s.slowestMs, 1),
      slow: s.slow,
      checkpoint: s.checkpoint,
      checkpointer: [...s.checkpointer],
      autovacuum: [...s.autovacuum],
      backendWaits: tally(s.waits),
    }));
  return {
    slowSeconds,
    seconds,
    checkpointSeconds: bySecond.filter((s) => s.checkpoint).length,
    autovacuumSeconds: bySecond.filter((s) => s.autovacuum.size > 0).length,
    clientLateMaxMs: round(clientLateMaxMs, 1),
    backendWaits: tally(samples.flatMap((sample) => sample.backends)),
  };
}

/** One line for a report: how many seconds had slow answers, how many of those came with a checkpoint (and in which of its phases) or an autovacuum. */
export function stallSummary(r: StallReport): string {
  const withCheckpoint = r.slowSeconds.filter((s) => s.checkpoint).length;
  const withVacuum = r.slowSeconds.filter((s) => s.autovacuum.length > 0).length;
  const worst = r.slowSeconds
    .slice(0, 3)
    .map(
      (s) =>
        `${s.second} s: ${s.slowestMs} ms${s.checkpoint ? `, checkpoint (${s.checkpointer.join(', ')})` : ''}${s.autovacuum.length ? `, autovacuum (${s.autovacuum.join('; ')})` : ''}` +
        (s.backendWaits?.length ? `, backends ${shares(s.backendWaits, 3)}` : ''),
    )
    .join(' | ');
  const slowWaits = sumTallies(r.slowSeconds.map((s) => s.backendWaits ?? []));
  const waits = r.backendWaits?.length
    ? ` Backends running a statement, as polled, waited for: in the slow seconds ${slowWaits.length ? shares(slowWaits) : '(none seen)'}; over the whole run ${shares(r.backendWaits)} ("CPU": for nothing).`
    : '';
  return (
    `${r.slowSeconds.length} of ${r.seconds} seconds had an answer slower than ${SLOW_MS} ms; of them ${withCheckpoint} during a checkpoint (under way in ${r.checkpointSeconds} s of the run) ` +
    `and ${withVacuum} during an autovacuum (running in ${r.autovacuumSeconds} s); the load generator sent at most ${r.clientLateMaxMs} ms late.${worst ? ` Slowest: ${worst}.` : ''}${waits}`
  );
}

/** How often waitForQuietPostgres looks: the codes' pools report to the tens of milliseconds how long they waited. */
const QUIET_POLL_MS = 50;

/**
 * Waits until PostgreSQL does no work for another client (no other client backend running a
 * statement) and, with `autovacuum`, none of its own (no autovacuum worker), at most `maxMs`. A
 * backend finishes its statement even after its client went away, and a part that compares the
 * API with a baseline run after it must not give the API alone the vacuuming of what the part
 * before wrote. Returns how long it waited and what it saw.
 */
export async function waitForQuietPostgres(databaseUrl: string, maxMs: number, { autovacuum }: { autovacuum: boolean }): Promise<{ waitedMs: number; seen: string[]; quiet: boolean }> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'bench-watch' });
  await db.connect();
  const started = nowMs();
  const seen = new Set<string>();
  try {
    while (nowMs() - started < maxMs) {
      const { rows } = await db.query<{ backend_type: string; query: string }>(
        `SELECT backend_type, query FROM pg_stat_activity
          WHERE ($1 AND backend_type = 'autovacuum worker' AND query <> '') OR (backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid())`,
        [autovacuum],
      );
      if (!rows.length) return { waitedMs: Math.round(nowMs() - started), seen: [...seen], quiet: true };
      for (const r of rows) seen.add(r.backend_type === 'autovacuum worker' ? vacuumTarget(r.query) : 'a client statement');
      await sleep(QUIET_POLL_MS);
    }
    return { waitedMs: Math.round(nowMs() - started), seen: [...seen], quiet: false };
  } finally {
    await db.end();
  }
}
