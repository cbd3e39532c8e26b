// Part 4: from starting the server process on the existing embedded database (seeded, migrated,
// the admin created) to /health/ready answering 200: the embedded PostgreSQL starting, Nest
// wiring, TypeORM checking the migrations, listening. `npm start` runs the same process after
// its (cached) nx build, which is not measured here.
import { ApiProcess, apiEnv } from './platform';
import { log, median, nowMs, round } from './util';

export interface StartupResult {
  runs: { readyMs: number; readyLineMs: number | null }[];
  medianMs: number;
  medianReadyLineMs: number | null;
}

export async function startupBench(main: string, cwd: string, dataDir: string, runs: number): Promise<StartupResult> {
  const results: StartupResult['runs'] = [];
  for (let i = 0; i < runs; i++) {
    // As npm start: development mode, the embedded database, info logs (for the ready line).
    const env = apiEnv({ NODE_ENV: 'development', EMBEDDED_PG_DIR: dataDir, LOG_LEVEL: 'info', JWT_SECRET: '' });
    const t0 = nowMs();
    const api = await ApiProcess.start(main, cwd, env);
    try {
      const readyAt = await api.ready(180000, 10);
      results.push({ readyMs: round(readyAt - t0, 0), readyLineMs: api.readyLineAt === null ? null : round(api.readyLineAt - t0, 0) });
      log(`  start-up ${i + 1}/${runs}: ready in ${round(readyAt - t0, 0)} ms`);
    } finally {
      await api.stop();
    }
  }
  const lines = results.map((r) => r.readyLineMs).filter((x): x is number => x !== null);
  return { runs: results, medianMs: median(results.map((r) => r.readyMs)), medianReadyLineMs: lines.length ? median(lines) : null };
}
