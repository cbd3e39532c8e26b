// Runs the built platform as a user would (`node dist/api/apps/api/src/main.js`), on a port and
// an embedded database directory of its own.
import { ChildProcess, spawn } from 'child_process';
import { chmodSync, mkdtempSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

export const WORKSPACE = resolve(__dirname, '../..');
// E2E_DIST: another build of the platform (see scripts/e2e-build.sh), so a build running next to
// the tests cannot pull files from under them.
const MAIN = join(process.env.E2E_DIST ?? join(WORKSPACE, 'dist'), 'api/apps/api/src/main.js');

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // the embedded server runs as the `postgres` user when we are root
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export class PlatformProcess {
  output = '';
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  static async start(env: Record<string, string>): Promise<PlatformProcess> {
    const port = env.PORT ?? String(await freePort());
    const child = spawn(process.execPath, [MAIN], {
      cwd: WORKSPACE,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env, PORT: port },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new PlatformProcess(child, `http://127.0.0.1:${port}`);
  }

  /** Waits until /health/ready answers 200, or fails with what the process printed. */
  async ready(timeoutMs = 60000): Promise<this> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`The platform exited (${this.child.exitCode}):\n${this.output}`);
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
