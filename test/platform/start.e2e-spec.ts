// `npm start` on a machine with nothing configured: embedded PostgreSQL with data kept across
// restarts, the first admin printed once, the demo loaded once, a clean stop on SIGTERM.
import { existsSync, rmSync } from 'fs';
import { join } from 'path';
import { PlatformProcess, PRODUCTION, tempDir } from '../support/platform-process';

describe('starting the platform with nothing configured', () => {
  const dir = tempDir('relay-start-');
  const env = { EMBEDDED_PG_DIR: join(dir, 'postgres') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts on an embedded database, prints the first admin, and keeps data across a restart', async () => {
    // At the default level, as `npm start` runs it.
    const first = await PlatformProcess.start({ ...env, LOG_LEVEL: '' });
    try {
      await first.ready();
      const printed = /First admin created: (\S+) \/ (\S+)/.exec(first.output);
      expect(printed?.[1]).toBe('admin@example.org');
      // The admin's password and the address stand out: Nest's narration of each module and
      // route it loads is for LOG_LEVEL=debug.
      expect(first.output).toContain('Life Relay is ready at');
      expect(first.output).not.toMatch(/"context":"(NestFactory|InstanceLoader|RoutesResolver|RouterExplorer|NestApplication|GraphQLModule)"/);
      expect(first.output.trim().split('\n').length).toBeLessThan(15);
      expect(existsSync(join(dir, 'postgres', 'PG_VERSION'))).toBe(true);

      const login = await first.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: printed?.[1], p: printed?.[2] });
      const token = login.data.login.token;
      const drives = await first.gql(`{ drives { totalCount edges { node { title status shifts { capacity } } } } }`, {}, token);
      expect(drives.data.drives.totalCount).toBe(1);
      expect(drives.data.drives.edges[0].node).toMatchObject({ title: 'International Volunteer Day Blood Drive', status: 'PUBLISHED' });
      const created = await first.gql(
        `mutation($input: CreateTeamInput!) { createTeam(input: $input) { code } }`,
        { input: { name: 'Restart Survivors', collegeName: 'Hohhot Vocational College' } },
        token,
      );
      expect(await first.stop()).toBe(0);

      const second = await PlatformProcess.start(env);
      try {
        await second.ready();
        expect(second.output).not.toContain('First admin created');
        const again = await second.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: printed?.[1], p: printed?.[2] });
        const teams = await second.gql(`{ teams(search: "Restart") { edges { node { code college { name } } } } drives { totalCount } }`, {}, again.data.login.token);
        expect(teams.data.teams.edges[0].node).toEqual({ code: created.data.createTeam.code, college: { name: 'Hohhot Vocational College' } });
        expect(teams.data.drives.totalCount).toBe(1); // the demo is loaded once
      } finally {
        expect(await second.stop()).toBe(0);
      }
    } finally {
      await first.stop();
    }
  });

  it('stops at once with one line naming a bad variable', async () => {
    const bad = await PlatformProcess.start({ ...env, ...PRODUCTION, PORT: 'not-a-port' });
    expect(await bad.exitCode()).toBe(1);
    expect(bad.output.trim().split('\n')).toEqual(['Configuration error: PORT must be a whole number from 0 to 65535, got "not-a-port"']);
  });

  it('refuses to start in production without JWT_SECRET', async () => {
    const bad = await PlatformProcess.start({ ...env, NODE_ENV: 'production' });
    expect(await bad.exitCode()).toBe(1);
    expect(bad.output.trim()).toBe('Configuration error: JWT_SECRET is required when NODE_ENV=production');
  });
});
