// Runs the built platform as a user would (`node dist/api/apps/api/src/main.js`), on a port and
// an embedded database directory of its own.
import { ChildProcess, spawn } from 'child_process';
import { chmodSync, mkdtempSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { CodeSource } from './code-inbox';

export const WORKSPACE = resolve(__dirname, '../..');
// E2E_DIST: another build of the platform (see scripts/e2e-build.sh), so a build running next to
// the tests cannot pull files from under them.
export const API_DIST = join(process.env.E2E_DIST ?? join(WORKSPACE, 'dist'), 'api');
const MAIN = join(API_DIST, 'apps/api/src/main.js');

/**
 * How the platform runs where it matters: production hides the schema and the sandbox, and needs
 * a signing key of its own (at least 32 characters). The journeys run so, to exercise every
 * production-only path; only the test of the development defaults starts without it.
 */
export const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'browser-journeys-signing-key-of-at-least-32-characters' };

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // the embedded server runs as the `postgres` user when we are root
  return dir;
}

/** A port nobody listens on now, on every address (as the platform listens). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export class PlatformProcess {
  output = '';
  private exited!: Promise<number | null>;
  private child!: ChildProcess;
  /** Where it listens; final once `ready()` has answered. */
  url = '';
  /** Where its mail goes, to read the one-time sign-up codes it sends (set by useJourney). */
  codes?: CodeSource;

  private constructor(
    private readonly env: Record<string, string>,
    port: string,
  ) {
    this.spawn(port);
  }

  static async start(env: Record<string, string>): Promise<PlatformProcess> {
    return new PlatformProcess(env, env.PORT ?? String(await freePort()));
  }

  private spawn(port: string): void {
    this.output = '';
    this.child = spawn(process.execPath, [MAIN], {
      cwd: WORKSPACE,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...this.env, PORT: port },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.url = `http://127.0.0.1:${port}`;
    this.child.stdout?.on('data', (chunk) => (this.output += chunk));
    this.child.stderr?.on('data', (chunk) => (this.output += chunk));
    const child = this.child;
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  /**
   * Waits until /health/ready answers 200, or fails with what the process printed. A port taken
   * between choosing it and listening (another suite, another program) is chosen again.
   */
  async ready(timeoutMs = 60000): Promise<this> {
    const deadline = Date.now() + timeoutMs;
    let retries = 3;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) {
        if (this.output.includes('EADDRINUSE') && !this.env.PORT && retries-- > 0) {
          this.spawn(String(await freePort()));
          continue;
        }
        throw new Error(`The platform exited (${this.child.exitCode}):\n${this.output}`);
      }
      try {
        const res = await fetch(`${this.url}/health/ready`);
        if (res.status === 200) return this;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`The platform was not ready within ${timeoutMs} ms:\n${this.output}`);
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data: T; errors?: unknown[] }> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data: T; errors?: unknown[] };
  }

  /** Stops the process as an operator would (SIGTERM) and returns its exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }

  exitCode(): Promise<number | null> {
    return this.exited;
  }
}
