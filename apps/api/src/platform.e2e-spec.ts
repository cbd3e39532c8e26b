// The platform as a whole: health, the web app on the same port, errors that leak nothing,
// migrations from an empty database, and restarts that keep the data.
import type { Express } from 'express';
import { connect } from 'net';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from './config/app-config';
import { pendingSchemaChanges } from './database/migration-tool';
import { IDLE_CONNECTION_MS, startServer } from './server';
import { createTestDatabase, dropTestDatabase } from './testing/test-database';
import { ADMIN_EMAIL, ADMIN_PASSWORD, badFields, createTestApp, errorCode, TestApp } from './testing/test-app';

const CREATE_DRIVE = `mutation($input: CreateDriveInput!) { createDrive(input: $input) { id slug title } }`;
const driveInput = (title: string) => ({
  title,
  kind: 'WHOLE_BLOOD',
  location: 'Hohhot',
  startsAt: '2030-12-05T01:00:00Z',
  endsAt: '2030-12-05T09:00:00Z',
});

describe('the running platform', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('answers liveness and readiness', async () => {
    expect((await app.http.get('/health')).body).toEqual({ status: 'ok' });
    const ready = await app.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', migrations: 'applied' });
  });

  it('serves the web app at / and its client-side routes, on the API port', async () => {
    const home = await app.http.get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('<title>Life Relay</title>');
    const deepLink = await app.http.get('/d/some-drive?team=ABCDEF');
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toContain('<title>Life Relay</title>');
    expect(deepLink.headers['cache-control']).toBe('no-cache');
  });

  it('compresses what it sends to browsers that accept it', async () => {
    const res = await app.http.get('/').set('accept-encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('spends no hash on an ETag for an answer nobody asks for again', async () => {
    const res = await app.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeUndefined();
  });

  it("makes each request and response with Express's own prototypes, so Express need not change them", async () => {
    // Changing an object's prototype kept each request's objects through young collections
    // (web/http-server.ts); the server's first listener sees them as Node made them.
    const server = app.server.app.getHttpServer();
    const express = app.server.app.getHttpAdapter().getInstance() as Express;
    const seen: [object, object][] = [];
    const look = (req: object, res: object) => seen.push([Object.getPrototypeOf(req), Object.getPrototypeOf(res)]);
    server.prependListener('request', look);
    try {
      const res = await app.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
      expect(res.body).toEqual({ data: { __typename: 'Query' } });
      expect((await app.http.get('/health')).body).toEqual({ status: 'ok' });
    } finally {
      server.off('request', look);
    }
    expect(seen).toEqual([
      [express.request, express.response],
      [express.request, express.response],
    ]);
  });

  it('keeps an idle connection open longer than a proxy or a connection pool holds it', async () => {
    // Node closes idle connections after 5 s; a request a pool sends on one at that moment is reset.
    const socket = connect(Number(new URL(app.server.url).port), '127.0.0.1');
    let closed = false;
    socket.on('close', () => (closed = true));
    const ask = () =>
      new Promise<string>((resolve, reject) => {
        socket.once('data', (chunk) => resolve(chunk.toString()));
        socket.once('error', reject);
        socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
      });
    try {
      const first = await ask();
      expect(first).toMatch(/^HTTP\/1\.1 200/);
      expect(first).toContain(`Keep-Alive: timeout=${IDLE_CONNECTION_MS / 1000}`);
      await new Promise((resolve) => setTimeout(resolve, 6000));
      expect(closed).toBe(false);
      expect(await ask()).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      socket.destroy();
    }
  });

  it('takes in a rush of 1,000 connections while it is busy, without making any wait for a retry', async () => {
    // The kernel completes the handshakes while the process is busy, up to the listen backlog;
    // beyond Node's default of 511, a connection is dropped and its client tries again after a second.
    const port = Number(new URL(app.server.url).port);
    const sockets = Array.from({ length: 1000 }, () => connect(port, '127.0.0.1'));
    const connected = sockets.map((socket) => new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject)));
    try {
      const busyUntil = Date.now() + 300;
      while (Date.now() < busyUntil); // the event loop is held, as by a long board
      const started = Date.now();
      await Promise.all(connected);
      expect(Date.now() - started).toBeLessThan(900);
      expect(app.server.app.getHttpServer().address()).toMatchObject({ port });
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });

  it('hides stack traces and SQL when something fails inside, and logs them for the operator', async () => {
    const admin = await app.adminToken();
    // The failure is the point of the test: its log line is asserted here rather than printed.
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await app.sql('ALTER TABLE drives RENAME TO drives_elsewhere');
    try {
      const res = await app.http
        .post('/graphql')
        .set('authorization', `Bearer ${admin}`)
        .send({ query: `{ drives { totalCount } }` });
      const body = JSON.stringify(res.body);
      expect(res.body.errors[0]).toEqual({ message: 'Internal server error', locations: expect.any(Array), path: ['drives'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(body).not.toMatch(/drives_elsewhere|relation|SELECT|at .*\.js/);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^QueryFailedError: relation "drives" does not exist\n\s+at /));
    } finally {
      logged.mockRestore();
      await app.sql('ALTER TABLE drives_elsewhere RENAME TO drives');
    }
  });

  it('names the field of a variable that does not fit its type', async () => {
    const admin = await app.adminToken();
    const result = await app.gql(CREATE_DRIVE, { input: { ...driveInput('Blood day'), startsAt: 'next tuesday' } }, { token: admin });
    expect(badFields(result)).toEqual(['startsAt']);
    const feb30 = await app.gql(CREATE_DRIVE, { input: { ...driveInput('Blood day'), endsAt: '2030-02-30T09:00:00Z' } }, { token: admin });
    expect(badFields(feb30)).toEqual(['endsAt']);
    const noZone = await app.gql(CREATE_DRIVE, { input: { ...driveInput('Blood day'), endsAt: '2030-12-05T18:00:00' } }, { token: admin });
    expect(badFields(noZone)).toEqual(['endsAt']);
    const nul = await app.gql(CREATE_DRIVE, { input: driveInput('Blood\u0000day') }, { token: admin });
    expect(badFields(nul)).toEqual(['title']);
  });

  it('answers a malformed query with a GraphQL error, not a crash', async () => {
    const res = await app.http.post('/graphql').send({ query: '{ drives { ' });
    expect(res.status).toBeLessThan(500);
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(res.body.errors[0].extensions.code);
    expect(res.body.errors[0].message).toMatch(/Syntax Error/);
    expect(errorCode(await app.gql(`{ noSuchField }`))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query too long to parse cheaply', async () => {
    const res = await app.http.post('/graphql').send({ query: `{ ${'__typename '.repeat(4000)}}` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/tokens/);
  });
});

describe('the database schema', () => {
  it('is built from an empty database by the migrations at start, and matches the entities', async () => {
    const db = await createTestDatabase({ migrated: false });
    // No background jobs: the demo's messages would be delivered meanwhile, on connections the count below would see.
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATABASE_URL: db.url, ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_DATA: '1', LOG_LEVEL: 'error', BACKGROUND_JOBS: '0' });
    const server = await startServer(config);
    try {
      const dataSource = server.app.get(DataSource);
      const tables = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
      expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(
        expect.arrayContaining(['colleges', 'drives', 'migrations', 'password_setups', 'shifts', 'team_leads', 'teams', 'users']),
      );
      // Read with one query at a time on a connection: pg deprecates queueing a second one behind
      // the first (a warning in every test run) and pg 9 refuses it.
      const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
      let running = 0;
      let mostAtOnce = 0;
      const counted = jest.spyOn(dataSource, 'createQueryRunner').mockImplementation(() => {
        const runner = createQueryRunner();
        const query = runner.query.bind(runner);
        runner.query = (async (...args: Parameters<typeof query>) => {
          mostAtOnce = Math.max(mostAtOnce, ++running);
          try {
            return await query(...args);
          } finally {
            running--;
          }
        }) as typeof query;
        return runner;
      });
      try {
        expect(await pendingSchemaChanges(dataSource)).toEqual({ up: [], down: [] });
      } finally {
        counted.mockRestore();
      }
      expect(mostAtOnce).toBe(1);
      // The first start on an empty database loads the demo: the Dec 5 drive, published.
      const [demo] = await dataSource.query(`SELECT title, status FROM drives`);
      expect(demo).toEqual({ title: 'International Volunteer Day Blood Drive', status: 'PUBLISHED' });
      const [signUps] = await dataSource.query(`SELECT count(*)::int AS n, count(team_id)::int AS with_team FROM sign_ups WHERE status = 'REGISTERED'`);
      expect(signUps).toEqual({ n: 24, with_team: 20 });
    } finally {
      await server.close();
      await dropTestDatabase(db.name);
    }
  });

  it('keeps every record across a restart, and creates the first admin and the demo only once', async () => {
    const db = await createTestDatabase({ migrated: false });
    const env = { NODE_ENV: 'test', PORT: '0', DATABASE_URL: db.url, ADMIN_EMAIL, ADMIN_PASSWORD, LOG_LEVEL: 'error', JWT_SECRET: 'x'.repeat(40) };
    try {
      const first = await startServer(loadConfig(env));
      const login = `mutation { login(email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}") { token } }`;
      const gql = async (server: typeof first, query: string, variables = {}, token?: string) => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return (await res.json()) as { data: any };
      };
      const token = (await gql(first, login)).data.login.token;
      const created = await gql(first, CREATE_DRIVE, { input: driveInput('Platelet call-out') }, token);
      await first.close();

      const second = await startServer(loadConfig(env));
      try {
        const again = (await gql(second, login)).data.login.token;
        const drive = await gql(second, `query($id: ID!) { drive(id: $id) { slug title } }`, { id: created.data.createDrive.id }, again);
        expect(drive.data.drive).toEqual({ slug: 'platelet-call-out', title: 'Platelet call-out' });
        const counts = await second.app.get(DataSource).query(`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM drives)::int AS drives`);
        expect(counts).toEqual([{ users: 1, drives: 2 }]);
      } finally {
        await second.close();
      }
    } finally {
      await dropTestDatabase(db.name);
    }
  });
});
