// results.json (everything measured) and results.md (the table a person reads), the machine they
// were measured on, and the regression check CI may run on the ratios.
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { cpus, loadavg, release, totalmem } from 'os';
import { join } from 'path';
import type { DeliveryResult } from './delivery';
import type { ProfileSummary } from './profile';
import type { ReadsResult } from './reads';
import type { SeedResult } from './seed';
import type { SignUpResult } from './sign-up';
import type { StartupResult } from './startup';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  loadAverageAtStart: number[];
  gitCommit: string | null;
  gitDirty: boolean | null;
}

export interface Results {
  startedAt: string;
  finishedAt: string;
  options: Record<string, unknown>;
  machine: Machine;
  seed: SeedResult | null;
  signUp: SignUpResult | null;
  reads: ReadsResult | null;
  delivery: DeliveryResult | null;
  startup: StartupResult | null;
  targets: Target[];
  profiles: Record<string, ProfileSummary>;
  notes: string[];
}

export interface Target {
  part: string;
  what: string;
  value: number | null;
  target: string;
  met: boolean | null;
}

export function machineInfo(workspace: string, postgresVersion: string): Machine {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  // The results of an earlier run are not a change to what is measured.
  const status = git(['status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/results.*']);
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    postgres: postgresVersion,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    gitCommit: git(['rev-parse', 'HEAD']),
    gitDirty: status === null ? null : status.length > 0,
  };
}

export function targetsOf(r: Pick<Results, 'signUp' | 'reads' | 'delivery' | 'startup'>): Target[] {
  const t: Target[] = [];
  if (r.signUp) {
    t.push({ part: 'sign-up', what: 'API / plain-pg throughput, verified sign-up (both check and use up a code)', value: r.signUp.ratio, target: '>= 0.5', met: r.signUp.ratio >= 0.5 });
    t.push({ part: 'sign-up', what: `API p99 latency (ms), ${r.signUp.connections} connections flat out`, value: r.signUp.api.p99, target: '< 50', met: r.signUp.api.p99 < 50 });
    const atRate = r.signUp.apiAtRate;
    if (atRate) t.push({ part: 'sign-up', what: `API p99 latency (ms) at ${atRate.rate}/s (half the baseline)`, value: atRate.p99, target: '< 50', met: atRate.p99 < 50 });
    const quarter = r.signUp.apiAtQuarterRate;
    if (quarter) t.push({ part: 'sign-up', what: `API p99 latency (ms) at ${quarter.rate}/s (a quarter of the baseline)`, value: quarter.p99, target: '(recorded)', met: null });
    const errors = r.signUp.api.errors + (atRate?.errors ?? 0) + (quarter?.errors ?? 0);
    t.push({ part: 'sign-up', what: 'API errors (a person without a code included)', value: errors, target: '0', met: errors === 0 });
    const pools = r.signUp.codePools ?? [];
    if (pools.length) {
      const [first] = pools;
      t.push({ part: 'codes', what: `codes/s end to end (requested over HTTP, first request to last code parsed from SMTP), ${first.label}: ${first.requested} codes`, value: first.codesPerSecond, target: '(recorded)', met: null });
      const missing = pools.reduce((n, p) => n + p.requested - p.received, 0);
      t.push({ part: 'codes', what: 'codes requested but not received, all pools', value: missing, target: '0', met: missing === 0 });
    }
    const burst = r.signUp.codeBurst;
    if (burst) {
      t.push({
        part: 'codes',
        what: `${burst.requested.toLocaleString('en')} requested at once from one address: s until the last arrives (${burst.received} arrived)`,
        value: burst.received === burst.requested ? burst.lastCodeSeconds : null,
        target: '(recorded; issue 24: <= 5)',
        met: null,
      });
    }
  }
  if (r.reads) {
    t.push({ part: 'reads', what: 'leaderboard p95 (ms), top 100, public', value: r.reads.leaderboard.p95, target: '< 20', met: r.reads.leaderboard.p95 < 20 });
    if (r.reads.leaderboardSignedIn) {
      t.push({ part: 'reads', what: 'leaderboard p95 (ms), top 100, signed in (computed afresh)', value: r.reads.leaderboardSignedIn.p95, target: '(recorded)', met: null });
    }
    if (r.reads.wholeBoardSignedIn) {
      t.push({ part: 'reads', what: 'leaderboard p95 (ms), every team, signed in (computed afresh)', value: r.reads.wholeBoardSignedIn.p95, target: '(recorded)', met: null });
    }
    t.push({ part: 'reads', what: 'drive.stats p95 (ms)', value: r.reads.driveStats.p95, target: '< 20', met: r.reads.driveStats.p95 < 20 });
  }
  if (r.delivery) {
    t.push({ part: 'delivery', what: 'outbox / nodemailer loop', value: r.delivery.ratio, target: '>= 0.8', met: r.delivery.ratio >= 0.8 });
  }
  if (r.startup) t.push({ part: 'start-up', what: 'median to ready (ms)', value: r.startup.medianMs, target: '(recorded)', met: null });
  return t;
}

const f = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));

export function markdown(r: Results): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`# Life Relay benchmark`, '');
  out.push(`Run ${r.startedAt} – ${r.finishedAt}, scale ${r.options.scale}${r.seed ? ` (${r.seed.rows.sign_ups.toLocaleString('en')} sign-ups, ${r.seed.rows.drives} drives, ${r.seed.rows.teams} teams)` : ''}.`, '');
  out.push(`Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.postgres}; load average at start ${m.loadAverageAtStart.join(' / ')}; commit ${m.gitCommit?.slice(0, 10) ?? '?'}${m.gitDirty ? ' (with uncommitted changes)' : ''}.`, '');
  out.push('## Targets', '', '| part | what | measured | target | met |', '|---|---|---:|---|---|');
  for (const t of r.targets) out.push(`| ${t.part} | ${t.what} | ${t.value ?? '–'} | ${t.target} | ${t.met === null ? '' : t.met ? 'yes' : '**no**'} |`);
  if (r.signUp) {
    const s = r.signUp;
    out.push('', `## 1. Sign-up: ${s.connections} concurrent, ${s.durationSeconds} s each, ${s.shifts} shifts, ${s.clientIps} client address(es)`, '');
    out.push('| | requests/s | p50 ms | p99 ms | mean ms | requests | errors | CPU ms per sign-up: API / PostgreSQL / client |', '|---|---:|---:|---:|---:|---:|---:|---|');
    const cpu = (c: SignUpResult['api']['cpuMsPerSignUp']) => `${f(c.api, 2)} / ${f(c.postgres, 2)} / ${f(c.client, 2)}`;
    out.push(`| verified signUp over HTTP (the code from the e-mail), flat out | ${f(s.api.requestsPerSecond)} | ${f(s.api.p50)} | ${f(s.api.p99)} | ${f(s.api.mean)} | ${s.api.requests} | ${s.api.errors} | ${cpu(s.api.cpuMsPerSignUp)} |`);
    out.push(`| plain pg, same statements (the code checked, then one transaction that uses it up) | ${f(s.baseline.requestsPerSecond)} | ${f(s.baseline.p50)} | ${f(s.baseline.p99)} | ${f(s.baseline.mean)} | ${s.baseline.requests} | ${s.baseline.errors} | – / ${f(s.baseline.cpuMsPerSignUp.postgres, 2)} / ${f(s.baseline.cpuMsPerSignUp.client, 2)} |`);
    out.push(`| **ratio** | **${f(s.ratio, 3)}** | | | | | | |`);
    const missing = [s.api, s.apiAtRate, s.apiAtQuarterRate].reduce((n, x) => n + (x?.withoutCode ?? 0), 0);
    for (const a of [s.apiAtRate, s.apiAtQuarterRate]) {
      if (!a) continue;
      out.push(`| signUp over HTTP at a fixed ${a.rate}/s (open loop, latency from when each was due) | ${f(a.requestsPerSecond)} | ${f(a.p50)} | ${f(a.p99)} | ${f(a.mean)} | ${a.requests} | ${a.errors} | ${cpu(a.cpuMsPerSignUp)} |`);
    }
    out.push('', `With N connections always busy, latency is N / throughput (Little's law): a p99 under 50 ms at 50 connections needs well over 1,000 sign-ups/s. The fixed-rate rows show the latency below saturation (a queue, if the rate is more than the API can do here): requests go out evenly spaced whatever the answers do (not autocannon's overallRate, which sends each second's requests in one burst).`);
    out.push('', `Every sign-up is verified on both sides: the API's persons send the code they got by e-mail (below); the baseline's codes are written with the API's issue statement before its runs, and it sends the API's code check before the transaction and its use inside it. Persons of the API's timed runs without a code (each an error above): ${missing}.`);
    out.push('', `Shift counters consistent with the rows afterwards: ${s.countsConsistent ? 'yes' : '**no**'}.`);
    if (s.codePools?.length) {
      out.push('', '### Sign-up codes, end to end', '');
      out.push(
        'Requested with `requestSignUpCode` over HTTP from the API under test, delivered from the outbox by a delivery-only API process (started for each pool, polling every second, stopped before the timed run) to an SMTP server in the bench, each message parsed for its code.',
        '',
      );
      out.push('| pool | requested | received | request errors | requests answered (s) | first request to last code (s) | codes/s end to end | delivery process boot (ms) | wait for PostgreSQL to be quiet after it (ms) |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const p of s.codePools) out.push(`| ${p.label} | ${p.requested} | ${p.received} | ${p.requestErrors} | ${f(p.requestSeconds, 2)} | ${f(p.seconds, 2)} | ${f(p.codesPerSecond)} | ${p.deliveryBootMs} | ${p.databaseQuietAfterMs ?? '–'} |`);
      const b = s.codeBurst;
      if (b) {
        out.push('', `${b.requested.toLocaleString('en')} codes requested at once (${b.requested} connections) from one address: ${b.received} arrived, ${b.requestErrors} request errors; all answered after ${f(b.answeredSeconds, 2)} s, the first code in the SMTP server after ${f(b.firstCodeSeconds, 2)} s, the last after **${f(b.lastCodeSeconds, 2)} s** (delivery polls every ${b.deliveryPollSeconds} s: up to that much is the wait for a poll).`);
      }
      if (s.baselineCodes?.length) out.push('', `Baseline codes (not measured): ${s.baselineCodes.map((c) => `${c.label} ${c.codes} in ${f(c.seconds, 1)} s`).join(', ')}.`);
    }
  }
  if (r.reads) {
    const x = r.reads;
    out.push('', `## 2. Reads: the largest drive (${x.drive.signUps.toLocaleString('en')} sign-ups, ${x.drive.teamsOnLeaderboard} teams ranked), ${x.samples} sequential samples`, '');
    out.push('| query | p50 ms | p95 ms | p99 ms | response bytes |', '|---|---:|---:|---:|---:|');
    const row = (name: string, s: { p50: number; p95: number; p99: number; bytes?: number }) => out.push(`| ${name} | ${f(s.p50, 2)} | ${f(s.p95, 2)} | ${f(s.p99, 2)} | ${s.bytes ?? ''} |`);
    row('`leaderboard(driveId, first: 100)` (public, team and college names), as the public gets it', x.leaderboard);
    if (x.leaderboardSignedIn) row('… signed in, computed afresh for every request', x.leaderboardSignedIn);
    row('`drive(id) { stats }` (organizer)', x.driveStats);
    row('public leaderboard page (drive, stats, top 100 teams and colleges), as the public gets it', x.leaderboardPage);
    row('floor: `drive(id) { id title }` over HTTP (primary key)', x.floorApi);
    row('floor: `SELECT * FROM drives WHERE id = $1` (plain pg)', x.floorPg);
    if (x.wholeBoard) row('`leaderboard(driveId)`, every team ("Show all"), as the public gets it (rounds of its own)', x.wholeBoard);
    if (x.wholeBoardSignedIn) row('… signed in, computed afresh for every request (rounds of its own)', x.wholeBoardSignedIn);
  }
  if (r.delivery) {
    const d = r.delivery;
    out.push('', `## 3. Reminder delivery: ${d.messages} confirmations (${d.meanMessageBytes} bytes each on average) to a local SMTP server`, '');
    out.push('| sender | messages/s |', '|---|---:|');
    out.push(`| outbox delivery in the API (first to last message) | ${f(d.api.messagesPerSecond)} |`);
    out.push(`| outbox delivery in the API (from the INSERT's commit, ${d.api.firstAfterMs} ms to the first: the wait for the next poll) | ${f(d.api.endToEndPerSecond)} |`);
    out.push(`| plain nodemailer loop, pool of 4 | ${f(d.loop.messagesPerSecond)} |`);
    out.push(`| nodemailer, every message at once to the pool of 4 | ${f(d.pooled.messagesPerSecond)} |`);
    out.push(`| **ratio to the loop** | **${f(d.ratio, 3)}** |`, `| ratio to the parallel pool | ${f(d.ratioToPooled, 3)} |`);
  }
  if (r.startup) {
    const s = r.startup;
    out.push('', `## 4. Start-up on the existing embedded database (${s.runs.length} runs)`, '');
    out.push('| | median ms | min ms | max ms |', '|---|---:|---:|---:|');
    out.push(`| \`node dist/api/apps/api/src/main.js\` to \`/health/ready\` = 200 | ${f(s.medianMs, 0)} | ${f(Math.min(...s.runs.map((x) => x.readyMs)), 0)} | ${f(Math.max(...s.runs.map((x) => x.readyMs)), 0)} |`);
    if (s.medianReadyLineMs !== null) out.push(`| … to the "ready" log line | ${f(s.medianReadyLineMs, 0)} | | |`);
  }
  if (r.seed) out.push('', `Seeding: ${r.seed.reused ? 'reused an earlier seed' : `${r.seed.seconds} s`} (${Object.entries(r.seed.rows).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}).`);
  for (const [part, p] of Object.entries(r.profiles)) {
    out.push('', `### Hottest in the API during ${part} (${p.busyMs} ms on CPU in ${p.wallMs} ms)`, '', '| package | % |', '|---|---:|');
    for (const e of p.byPackage.slice(0, 10)) out.push(`| ${e.name} | ${e.percent} |`);
  }
  if (r.notes.length) out.push('', '## Notes', '', ...r.notes.map((n) => `- ${n}`));
  return out.join('\n') + '\n';
}

export function writeResults(dir: string, r: Results): void {
  writeFileSync(join(dir, 'results.json'), JSON.stringify(r, null, 2) + '\n');
  writeFileSync(join(dir, 'results.md'), markdown(r));
}

/** The ratios of a run against a reference results.json: a fall of more than `tolerance` fails. */
export function checkAgainst(reference: string, r: Results, tolerance: number): string[] {
  if (!existsSync(reference)) return [`No reference results at ${reference}`];
  const ref = JSON.parse(readFileSync(reference, 'utf8')) as Results;
  const problems: string[] = [];
  const compare = (what: string, now: number | undefined, before: number | undefined) => {
    if (now === undefined || before === undefined) return;
    if (now < before * (1 - tolerance)) problems.push(`${what} fell from ${before} to ${now} (more than ${Math.round(tolerance * 100)}%)`);
  };
  compare('sign-up ratio', r.signUp?.ratio, ref.signUp?.ratio);
  compare('delivery ratio', r.delivery?.ratio, ref.delivery?.ratio);
  // Read latency as a ratio to its own floor, so that a slower machine does not count.
  const readRatio = (x: ReadsResult | null | undefined, key: 'leaderboard' | 'driveStats') => (x ? x.floorApi.p50 / x[key].p50 : undefined);
  compare('leaderboard floor/p50 ratio', readRatio(r.reads, 'leaderboard'), readRatio(ref.reads, 'leaderboard'));
  compare('drive.stats floor/p50 ratio', readRatio(r.reads, 'driveStats'), readRatio(ref.reads, 'driveStats'));
  return problems;
}
