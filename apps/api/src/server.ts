// Starts the whole platform in one process: database (embedded unless DATABASE_URL), migrations,
// GraphQL API, web app, first admin and demo data.
import compression from 'compression';
import type { Server } from 'http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccountsService } from './accounts/accounts.service';
import { AppModule } from './app.module';
import { JsonLogger } from './common/logging/json-logger';
import { AppConfig } from './config/app-config';
import { RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { DemoLoader } from './demo/demo.loader';
import { AppExpressAdapter } from './web/http-server';
import { mountSecurityHeaders } from './web/security-headers';
import { mountStaticSite } from './web/static-site';

export interface RunningServer {
  app: NestExpressApplication;
  /** Where the server listens, e.g. http://127.0.0.1:3000 */
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

export async function startServer(config: AppConfig): Promise<RunningServer> {
  const logger = new JsonLogger(config.logLevel);
  let embedded: RunningPostgres | null = null;
  if (!config.databaseUrl) {
    logger.log(`Starting embedded PostgreSQL in ${config.embeddedPgDir}`, 'Database');
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedPgDir });
  }
  const databaseUrl = config.databaseUrl ?? (embedded as RunningPostgres).url;
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), new AppExpressAdapter(), { logger, abortOnError: false });
    // req.ip (the rate limits' key) is the connection's address, or the address TRUST_PROXY hops
    // from the right of X-Forwarded-For: only the operator knows how many proxies append to it.
    app.set('trust proxy', config.trustProxy);
    app.disable('x-powered-by');
    // Express tags every body it sends with its SHA-1 (an ETag) for conditional GETs. The API's
    // answers are POSTs, personal, or one-off links: none is ever asked again with If-None-Match,
    // and hashing a whole board (360 KB) took 0.7 ms of the event loop each time.
    app.set('etag', false);
    mountSecurityHeaders(app, config);
    // Phones on campus networks: gzip the web app's bundles and the API's JSON.
    app.use(compression());
    // Room for a CSV import of paper forms (5,000 rows); GraphQL's own limits bound the rest.
    app.useBodyParser('json', { limit: '3mb' });
    mountStaticSite(app);
    await app.init();

    const firstAdmin = await app.get(AccountsService).ensureFirstAdmin();
    if (firstAdmin) {
      app.get(AccountsService).logFirstAdmin(firstAdmin);
      if (config.demoData) await app.get(DemoLoader).load();
    }

    keepIdleConnectionsOpen(app);
    await listen(app, config.port);
    const address = app.getHttpServer().address() as { port: number };
    const url = `http://127.0.0.1:${address.port}`;
    logger.log(`Life Relay is ready at ${config.publicUrl}/ (GraphQL at /graphql)`, 'Server');
    return {
      app,
      url,
      databaseUrl,
      close: async () => {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * Connections the kernel keeps waiting for the server to accept. Node asks for 511: when a
 * campus opens the form at once (or a rush of code requests), the connections beyond it are
 * dropped and the phones try again a second or three later. 1,000 at once overflowed it here.
 * (The kernel caps it at net.core.somaxconn, 4096 on current Linux.)
 */
export const LISTEN_BACKLOG = 4096;

/** Listens as app.listen does, with the backlog, which Nest's listen does not take. */
function listen(app: NestExpressApplication, port: number): Promise<void> {
  const server: Server = app.getHttpServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * A reverse proxy (nginx, a cloud load balancer) or a client's connection pool reuses an idle
 * connection for up to a minute. Node closes one after 5 s by default: a request sent on it at that
 * moment is reset, and the phone behind the proxy gets a 502. The server keeps idle connections
 * longer than they do, so that the client is the one that closes them.
 */
export const IDLE_CONNECTION_MS = 65_000;

function keepIdleConnectionsOpen(app: NestExpressApplication) {
  const server = app.getHttpServer();
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  // Must exceed keepAliveTimeout, or a slow first request on a reused connection is cut off.
  server.headersTimeout = IDLE_CONNECTION_MS + 1000;
}
