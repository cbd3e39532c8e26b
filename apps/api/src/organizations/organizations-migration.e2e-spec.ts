// An installation from before organizations (issue 19): everything it had moves into a first
// organization, its organizers and team leads with it, and everything still works after.
import { Role } from '@life-relay/domain';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../database/migrations';
import { Organizations1795444000000 } from '../database/migrations/1795444000000-Organizations';
import { Factories } from '../testing/factories';
import { createTestApp, TestApp } from '../testing/test-app';

describe('migration Organizations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('moves the drives, teams, campaigns, call-outs, people and messages of before into a first organization', async () => {
    const organizer = await app.userWithRole(Role.ORGANIZER);
    const make = new Factories(app, organizer.token);
    const drive = await make.drive();
    const team = await make.team();
    await make.signUp(drive, { teamCode: team.code });
    const lead = await app.userWithRole(Role.TEAM_LEAD);

    // Back to the schema of before, as an installation of then has it: every later migration
    // undone (tables they add point at organizations), then this one; then forward again.
    const dataSource = app.server.app.get(DataSource);
    const last = async () => (await app.sql(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`))[0].name as string;
    while ((await last()) !== Organizations1795444000000.name) await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await app.sql(`SELECT 1 FROM information_schema.columns WHERE table_name = 'drives' AND column_name = 'organization_id'`)).toHaveLength(0);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await last()).toBe(MIGRATIONS[MIGRATIONS.length - 1].name);

    const [first] = await app.sql(`SELECT id, name FROM organizations`);
    expect(first.name).toBe('Life Relay');
    for (const table of ['drives', 'teams', 'campaigns', 'call_outs']) {
      expect(await app.sql(`SELECT id FROM ${table} WHERE organization_id IS DISTINCT FROM $1`, [first.id])).toEqual([]);
    }
    expect(await app.sql(`SELECT role FROM users WHERE organization_id IS NULL`)).toEqual([{ role: 'ADMIN' }]);
    expect(await app.sql(`SELECT id FROM outbox WHERE sign_up_id IS NOT NULL AND organization_id IS DISTINCT FROM $1`, [first.id])).toEqual([]);

    // The people of before work on as they did, in their organization. They sign in again: the
    // walk back through AccountLifecycle reset the session generations their tokens carry.
    const signIn = async (email: string) =>
      (await app.ok(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`, { email, password: 'a-good-password' })).login.token as string;
    const seen = await app.ok(`query($id: ID!) { drive(id: $id) { organization { name } } }`, { id: drive.id }, { token: await signIn(organizer.email) });
    expect(seen.drive.organization.name).toBe('Life Relay');
    const mine = await app.ok(`{ me { role organization { id } } }`, {}, { token: await signIn(lead.email) });
    expect(mine.me).toEqual({ role: 'TEAM_LEAD', organization: { id: first.id } });
  });
});
