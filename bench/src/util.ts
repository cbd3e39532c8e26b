// Small helpers: timing, percentiles, progress lines.
import { Agent, IncomingHttpHeaders, request } from 'http';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Milliseconds since an arbitrary point, sub-millisecond precision. */
export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

const started = nowMs();

/** A progress line on stderr (stdout stays free for the final table). */
export function log(message: string): void {
  const t = ((nowMs() - started) / 1000).toFixed(1).padStart(7);
  process.stderr.write(`[bench ${t}s] ${message}\n`);
}

/** Nearest-rank percentile of unsorted samples (ms). */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(samples: number[]): LatencySummary {
  const mean = samples.reduce((a, b) => a + b, 0) / (samples.length || 1);
  return {
    count: samples.length,
    mean: round(mean),
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(Math.max(...samples)),
  };
}

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** A small deterministic PRNG (mulberry32), so that a scale always seeds the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * POSTs `body` to `url` on a kept-alive `agent` and resolves with the status, the headers and the
 * bytes of the answer as they came (still compressed, if the answer was), whatever they are;
 * rejects on a broken connection or after `timeoutMs`.
 */
export function post(agent: Agent, url: URL, body: string, headers: Record<string, string | number>, timeoutMs: number): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs a JSON payload (with `x-forwarded-for` when `ip` is given) and resolves with the status and the text. */
export async function postJson(agent: Agent, url: URL, payload: unknown, ip: string | null, timeoutMs: number): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (ip) headers['x-forwarded-for'] = ip;
  const res = await post(agent, url, JSON.stringify(payload), headers, timeoutMs);
  return { status: res.status, text: res.body.toString('utf8') };
}
