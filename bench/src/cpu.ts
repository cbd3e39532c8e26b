// CPU time actually used (Linux /proc), per process group: the API process, this process (the
// load generator or the baseline), and the PostgreSQL cluster the bench started (postmaster and
// its backends). CPU per request is what the machine pays, whoever else shares it.
import { existsSync, readdirSync, readFileSync } from 'fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Whether CPU time can be read at all (Linux /proc); elsewhere every figure would read 0. */
export const CPU_MEASURED = existsSync('/proc');

interface Stat {
  pid: number;
  ppid: number;
  comm: string;
  cpuMs: number;
}

function stat(pid: number): Stat | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = raw.lastIndexOf(')');
    const comm = raw.slice(raw.indexOf('(') + 1, close);
    const fields = raw.slice(close + 2).split(' ');
    // fields[0] is state (field 3); utime and stime are fields 14 and 15.
    return { pid, ppid: Number(fields[1]), comm, cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

function all(): Stat[] {
  if (!CPU_MEASURED) return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => stat(Number(d)))
    .filter((s): s is Stat => s !== null);
}

/** pid → CPU ms of the postmaster our process started and of its backends. */
function postgresOf(parent: number, stats: Stat[]): Map<number, number> {
  const postmasters = stats.filter((s) => s.ppid === parent && s.comm.startsWith('postgres'));
  const ids = new Set(postmasters.map((s) => s.pid));
  return new Map(stats.filter((s) => ids.has(s.pid) || ids.has(s.ppid)).map((s) => [s.pid, s.cpuMs]));
}

export interface CpuSnapshot {
  api: number;
  bench: number;
  postgres: Map<number, number>;
}

export function cpuSnapshot(apiPid: number | undefined): CpuSnapshot {
  const stats = all();
  return {
    api: apiPid ? (stats.find((s) => s.pid === apiPid)?.cpuMs ?? 0) : 0,
    bench: stats.find((s) => s.pid === process.pid)?.cpuMs ?? 0,
    postgres: postgresOf(process.pid, stats),
  };
}

export interface CpuUse {
  /** ms of CPU used in the window, per group. */
  apiMs: number;
  benchMs: number;
  postgresMs: number;
}

export function cpuSince(before: CpuSnapshot, apiPid: number | undefined): CpuUse {
  const after = cpuSnapshot(apiPid);
  let postgres = 0;
  // A backend born during the window (a pool reconnecting) counts whole; one that ended is lost.
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  return { apiMs: Math.round(after.api - before.api), benchMs: Math.round(after.bench - before.bench), postgresMs: Math.round(postgres) };
}
