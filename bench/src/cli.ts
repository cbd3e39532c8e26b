// `npm run bench [-- --scale=0.01 ...]`: seeds, runs the four parts, writes bench/results.json
// and bench/results.md. See bench/README.md.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { Client } from 'pg';
import { CodeFetcher } from './codes';
import { ApiDelivery, apiDelivery, apiSmsDelivery, clearQueue, durableSmsDelivery, LocalSmpp, LocalSmtp, plainDelivery, plainSmsDelivery } from './delivery';
import { parseOptions, Part } from './options';
import {
  ApiProcess,
  apiEnv,
  apiPipelines,
  apiPoolSize,
  BENCH_JWT_SECRET,
  buildApi,
  countsFromSignUps,
  deliveryParallelism,
  deliveryPollSeconds,
  smsWindow,
  killLeftovers,
  mainOf,
  newestProfile,
  outboxStatements,
  RunningPostgres,
  signUpCodeStatements,
  signUpStatements,
  smsEncoding,
  startPostgres,
} from './platform';
import { profileMarkdown, summarizeProfile, Window } from './profile';
import { computedReads, readsBench } from './reads';
import { checkRun, machineInfo, markdown, Results, targetsOf, writeResults } from './report';
import { keepSeededDatabase, planOf, restoreSeededDatabase, seed, seededTeamCodes } from './seed';
import { signUpBench } from './sign-up';
import { waitForQuietPostgres } from './stalls';
import { startupBench } from './startup';
import { log } from './util';

/** How long the delivery part waits at most for PostgreSQL to finish the vacuuming the parts before left it. */
const QUIET_WAIT_MS = 180_000;

async function main(): Promise<number> {
  const benchDir = resolve(__dirname, '../..');
  const opts = parseOptions(process.argv.slice(2), process.env, benchDir);
  const startedAt = new Date().toISOString();
  const profileDir = join(benchDir, '.profiles');
  log(`Parts: ${opts.parts.join(', ')}; scale ${opts.scale}; data in ${opts.dataDir}`);

  const snapshot = buildApi(opts.api, opts.workspace, benchDir, opts.apiDist);
  const main = mainOf(snapshot);
  if (!opts.reuse) {
    rmSync(opts.dataDir, { recursive: true, force: true });
    rmSync(`${opts.dataDir}.password`, { force: true });
  }
  if (opts.profile) rmSync(profileDir, { recursive: true, force: true });

  const results: Results = {
    startedAt,
    finishedAt: '',
    options: { ...opts, workspace: undefined, benchDir: undefined },
    machine: machineInfo(opts.workspace, 'unknown'),
    seed: null,
    signUp: null,
    reads: null,
    delivery: null,
    startup: null,
    targets: [],
    profiles: {},
    notes: [],
  };
  let failed = false;

  log('Starting the embedded PostgreSQL');
  let pg: RunningPostgres | null = await startPostgres(snapshot, opts.dataDir);
  const databaseUrl = pg.url;
  try {
    // A reused database is put back as it was seeded: every run starts from the same data.
    const restoredSeconds = opts.reuse ? await restoreSeededDatabase(pg) : null;
    if (restoredSeconds !== null) log(`Put the database back as it was seeded, in ${restoredSeconds} s`);
    const version = new Client({ connectionString: databaseUrl });
    await version.connect();
    results.machine.postgres = `PostgreSQL ${(await version.query('SHOW server_version')).rows[0].server_version}`;
    await version.end();

    /** A fresh API process per part, so each part's profile is its own. */
    const startApi = async (part: string, extra: Record<string, string> = {}) => {
      const flags = opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, part)}`] : [];
      const api = await ApiProcess.start(main, opts.workspace, apiEnv({ DATABASE_URL: databaseUrl, ...extra }), flags);
      await api.ready();
      return api;
    };
    const stopApi = async (part: string, api: ApiProcess, windows: Window[]) => {
      await api.stop();
      const file = opts.profile ? newestProfile(join(profileDir, part)) : null;
      if (file) {
        const summary = summarizeProfile(file, windows);
        results.profiles[part] = summary;
        mkdirSync(profileDir, { recursive: true });
        writeFileSync(join(profileDir, `${part}.md`), profileMarkdown(part, summary) + '\n');
        log(`  CPU profile of the API during ${part}: ${join(profileDir, `${part}.md`)}`);
        for (const e of summary.byFunction.slice(0, 12)) log(`    ${String(e.percent).padStart(5)}%  ${e.name}`);
      }
    };
    const runPart = async (part: Part, work: () => Promise<void>) => {
      if (!opts.parts.includes(part)) return;
      try {
        await work();
      } catch (error) {
        failed = true;
        const message = error instanceof Error ? error.message : String(error);
        log(`Part ${part} failed: ${message}`);
        results.notes.push(`Part ${part} failed: ${message.split('\n')[0]}`);
      }
    };

    // The first start applies the migrations and creates the admin; then the seed.
    log('Applying the migrations (first start of the API)');
    await (await startApi('setup')).stop();
    const plan = planOf(opts.scale);
    results.seed = await seed(databaseUrl, plan, opts.rushShifts, opts.reuse, await countsFromSignUps(snapshot));
    if (!results.seed.reused) log(`Kept a copy of the seeded database for later runs (--reuse), in ${await keepSeededDatabase(pg)} s`);
    else if (restoredSeconds === null) {
      throw new Error(`The database in ${opts.dataDir} was seeded before the bench kept a copy of its seed, and holds what every run since added: delete the directory to seed it again`);
    } else results.seed.restoredSeconds = restoredSeconds;

    await runPart('reads', async () => {
      const api = await startApi('reads');
      try {
        const token = await api.login();
        results.reads = await readsBench(api, databaseUrl, token, results.seed!.largestDrive, opts.samples);
      } finally {
        await stopApi('reads', api, results.reads ? [results.reads.window] : []);
      }
      // The public answers computed for every request: the production setting that turns the shared cache off.
      const uncached = await startApi('reads-computed', { PUBLIC_BOARD_CACHE_SECONDS: '0' });
      let computed: Awaited<ReturnType<typeof computedReads>> | null = null;
      try {
        computed = await computedReads(uncached, await uncached.login(), results.seed!.largestDrive, opts.samples);
        results.reads!.computed = computed;
      } finally {
        await stopApi('reads-computed', uncached, computed ? [computed.window] : []);
      }
    });

    await runPart('signup', async () => {
      const api = await startApi('signup');
      const token = await api.login();
      // The codes' delivery: a second API process that only delivers, started for each pool of codes
      // and stopped before the timed run, configured as deployed: woken by the notification each
      // code request sends (outbox-wakeups.ts), polling every DELIVERY_POLL_MS only as the fallback, and its
      // reminder scan once a minute. (Before round seven it ran REMINDER_TICK_SECONDS=1 to poll
      // every second, from before the wake-ups: a reminder scan every second too, some 0.4 s of
      // PostgreSQL each, beside the very requests it measured.)
      const codes = await CodeFetcher.start({
        databaseUrl,
        deliveryPollSeconds: deliveryPollSeconds(snapshot),
        startDelivery: async (smtpUrl) => {
          const delivery = await ApiProcess.start(
            main,
            opts.workspace,
            apiEnv({ DATABASE_URL: databaseUrl, BACKGROUND_JOBS: '1', SMTP_URL: smtpUrl }),
          );
          await delivery.ready();
          return delivery;
        },
      });
      try {
        results.signUp = await signUpBench({
          apiUrl: api.url,
          apiPid: api.child.pid,
          databaseUrl,
          seconds: opts.durationSeconds,
          connections: opts.connections,
          clientIps: opts.clientIps,
          poolSize: apiPoolSize(snapshot),
          pipeline: apiPipelines(snapshot),
          runs: opts.runs,
          boards: { token, driveId: results.seed!.largestDrive.id },
          drives: results.seed!.rushDrives,
          teamCodes: seededTeamCodes(plan),
          statements: signUpStatements(snapshot),
          codeStatements: signUpCodeStatements(snapshot),
          secret: BENCH_JWT_SECRET,
          codes,
          burst: opts.codeBurst,
        });
      } finally {
        await codes.close();
        await stopApi('signup', api, results.signUp ? [results.signUp.api.window] : []);
      }
    });

    await runPart('delivery', async () => {
      const encoding = smsEncoding(snapshot);
      const inFlight = deliveryParallelism(snapshot);
      const smtp = await LocalSmtp.start();
      const smsc = await LocalSmpp.start(encoding);
      try {
        const skipped = await clearQueue(databaseUrl);
        if (skipped) log(`Delivery: ${skipped} message(s) queued by earlier parts set aside (SKIPPED)`);
        // The baselines run after the API: it alone would share the cores with the vacuuming of what the sign-up part wrote.
        const quietBefore = await waitForQuietPostgres(databaseUrl, QUIET_WAIT_MS, { autovacuum: true });
        if (quietBefore.seen.length) log(`Delivery: waited ${quietBefore.waitedMs} ms for PostgreSQL to finish ${quietBefore.seen.join('; ')}${quietBefore.quiet ? '' : ' (still busy; measuring anyway)'}`);
        const tick = String(opts.reminderTickSeconds);
        const api = await startApi('delivery', { BACKGROUND_JOBS: '1', REMINDER_TICK_SECONDS: tick, SMTP_URL: smtp.url, SMS_URL: smsc.url });
        let measured: ApiDelivery | null = null;
        let sms: Awaited<ReturnType<typeof apiSmsDelivery>> | null = null;
        try {
          measured = await apiDelivery(databaseUrl, smtp, opts.messages);
          sms = await apiSmsDelivery(databaseUrl, smsc, opts.messages, api.child.pid);
        } finally {
          // Stopped before the baselines, so that its background work does not compete with them.
          await stopApi('delivery', api, [measured?.window, sms?.result.window].filter((w): w is Window => !!w));
        }
        const mail = await plainDelivery(smtp, measured, 'noreply@localhost', inFlight);
        const texts = await plainSmsDelivery(databaseUrl, smsc, encoding, sms, smsWindow(snapshot));
        texts.durable = await durableSmsDelivery(databaseUrl, smsc, encoding, outboxStatements(snapshot), { run: sms.run, result: texts });
        results.delivery = { ...mail, sms: texts, reminderTickSeconds: opts.reminderTickSeconds, quietBefore };
      } finally {
        await smsc.close();
        await smtp.close();
      }
    });

    log('Stopping the embedded PostgreSQL');
    await pg.stop();
    pg = null;

    await runPart('startup', async () => {
      log(`Start-up: ${opts.startups} starts on the existing embedded database`);
      results.startup = await startupBench(main, opts.workspace, opts.dataDir, opts.startups);
    });
  } finally {
    if (pg) await pg.stop().catch(() => undefined);
  }

  results.finishedAt = new Date().toISOString();
  results.targets = targetsOf(results);
  results.notes.push(
    `One machine runs everything: the API, PostgreSQL, the load generator and the SMTP server share ${results.machine.cores} cores (load average at start ${results.machine.loadAverageAtStart.join(' / ')}); other work on the machine moves the absolute numbers, the ratios much less.`,
    opts.clientIps > 1
      ? `The sign-up load comes from ${opts.clientIps} client addresses (X-Forwarded-For), so the per-IP rate-limit counters (rows in PostgreSQL) are spread; the limits are raised so that none is refused.`
      : 'Every HTTP request comes from 127.0.0.1, so the per-IP rate-limit counters (counted in PostgreSQL) are one row that every request updates; the limits are raised so that none is refused.',
    'The API runs with NODE_ENV=production and LOG_LEVEL=warn (start-up: development and info, as npm start).',
  );
  if (opts.check) {
    const { problems, notGating } = checkRun(resolve(opts.check), results, opts.tolerance);
    for (const p of notGating) log(`missed, not gating: ${p}`);
    for (const p of problems) log(`CHECK FAILED: ${p}`);
    results.notes.push(...notGating.map((p) => `Missed, not gating --check: ${p}`));
    if (problems.length) {
      failed = true;
      results.notes.push(...problems.map((p) => `--check against ${opts.check} failed: ${p}`));
    } else log(`Check passed against ${opts.check} (tolerance ${opts.tolerance})`);
  }
  mkdirSync(opts.out, { recursive: true });
  writeResults(opts.out, results);
  process.stdout.write(markdown(results));
  log(`Wrote ${join(opts.out, 'results.json')} and ${join(opts.out, 'results.md')}`);
  if (!existsSync(opts.dataDir)) log('(no database kept)');
  else log(`The seeded database stays in ${opts.dataDir} (--reuse runs on it again; delete it to free the space)`);
  return failed ? 1 : 0;
}

process.on('exit', killLeftovers);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killLeftovers();
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
