// Shortage levels (issue 23): an organization says how much it needs each blood group; its own
// drives' public pages name the groups at LOW or CRITICAL, and nobody else can change them.
import { Role } from '@life-relay/domain';
import { Factories } from '../testing/factories';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';

const SET = `mutation($b: BloodType!, $l: ShortageLevel!, $o: ID) { setShortageLevel(bloodType: $b, level: $l, organizationId: $o) { bloodType level } }`;
const LEVELS = `query($o: ID) { shortageLevels(organizationId: $o) { bloodType level } }`;
const PUBLIC = `query($slug: String!) { publicDrive(slug: $slug) { shortages { bloodType level } } }`;

describe('shortage levels', () => {
  let app: TestApp;
  let admin: string;
  /** Two organizations, each with an organizer and a published drive. */
  let a: { id: string; organizer: string; make: Factories };
  let b: { id: string; organizer: string; make: Factories };

  beforeAll(async () => {
    // Anonymous publicDrive answers are shared for a few seconds (public-board-cache.ts); these
    // tests read the page right after each change.
    app = await createTestApp({ PUBLIC_BOARD_CACHE_SECONDS: '0' });
    admin = await app.adminToken();
    a = await organization('Hohhot Central Blood Station');
    b = await organization('Beijing Red Cross Blood Centre');
  });
  afterAll(() => app.close());

  async function organization(name: string) {
    const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name } }, { token: admin });
    const email = `organizer-${Math.random().toString(36).slice(2)}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email, name: `${name} organizer`, role: 'ORGANIZER', organizationId: createOrganization.id } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    return { id: createOrganization.id as string, organizer: setPassword.token as string, make: new Factories(app, setPassword.token) };
  }

  it('lists every blood group as NORMAL until an organizer sets one, and records who set it in the audit log', async () => {
    const before = await app.ok(LEVELS, {}, { token: a.organizer });
    expect(before.shortageLevels).toHaveLength(8);
    expect(before.shortageLevels.every((s: { level: string }) => s.level === 'NORMAL')).toBe(true);
    const set = await app.ok(SET, { b: 'O_NEG', l: 'CRITICAL' }, { token: a.organizer });
    expect(set.setShortageLevel).toContainEqual({ bloodType: 'O_NEG', level: 'CRITICAL' });
    await app.ok(SET, { b: 'O_NEG', l: 'LOW' }, { token: a.organizer });
    const after = await app.ok(LEVELS, {}, { token: a.organizer });
    expect(after.shortageLevels).toContainEqual({ bloodType: 'O_NEG', level: 'LOW' });
    const events = await app.sql(`SELECT details FROM audit_events WHERE action = 'SHORTAGE_LEVEL_SET' ORDER BY at`);
    expect(events.map((e) => e.details)).toEqual([
      expect.objectContaining({ bloodType: 'O_NEG', level: 'CRITICAL' }),
      expect.objectContaining({ bloodType: 'O_NEG', level: 'LOW' }),
    ]);
    await app.ok(SET, { b: 'O_NEG', l: 'NORMAL' }, { token: a.organizer });
  });

  it('refuses an organizer of another organization, and keeps each organization’s levels its own', async () => {
    // Naming the other organization is as if it did not exist; nothing is written.
    expect(errorCode(await app.gql(SET, { b: 'AB_NEG', l: 'CRITICAL', o: a.id }, { token: b.organizer }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(LEVELS, { o: a.id }, { token: b.organizer }))).toBe('NOT_FOUND');
    expect(await app.sql(`SELECT * FROM shortage_levels WHERE organization_id = $1 AND blood_type = 'AB_NEG'`, [a.id])).toEqual([]);
    // Without naming one, an organizer sets their own organization's.
    await app.ok(SET, { b: 'AB_NEG', l: 'CRITICAL' }, { token: b.organizer });
    expect((await app.ok(LEVELS, {}, { token: a.organizer })).shortageLevels).toContainEqual({ bloodType: 'AB_NEG', level: 'NORMAL' });
    // An admin may set any organization's; a team lead none.
    await app.ok(SET, { b: 'B_NEG', l: 'LOW', o: a.id }, { token: admin });
    expect((await app.ok(LEVELS, { o: a.id }, { token: admin })).shortageLevels).toContainEqual({ bloodType: 'B_NEG', level: 'LOW' });
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    expect(errorCode(await app.gql(SET, { b: 'O_POS', l: 'LOW' }, { token: lead.token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(SET, { b: 'O_POS', l: 'LOW' }))).toBe('UNAUTHENTICATED');
    await app.ok(SET, { b: 'AB_NEG', l: 'NORMAL' }, { token: b.organizer });
    await app.ok(SET, { b: 'B_NEG', l: 'NORMAL', o: a.id }, { token: admin });
  });

  it('shows the public only the LOW and CRITICAL groups of the drive’s own organization, most needed first', async () => {
    const driveA = await a.make.drive();
    const driveB = await b.make.drive();
    expect((await app.ok(PUBLIC, { slug: driveA.slug })).publicDrive.shortages).toEqual([]);
    await app.ok(SET, { b: 'A_POS', l: 'LOW' }, { token: a.organizer });
    await app.ok(SET, { b: 'O_NEG', l: 'CRITICAL' }, { token: a.organizer });
    await app.ok(SET, { b: 'B_POS', l: 'NORMAL' }, { token: a.organizer });
    await app.ok(SET, { b: 'AB_POS', l: 'CRITICAL' }, { token: b.organizer });
    expect((await app.ok(PUBLIC, { slug: driveA.slug })).publicDrive.shortages).toEqual([
      { bloodType: 'O_NEG', level: 'CRITICAL' },
      { bloodType: 'A_POS', level: 'LOW' },
    ]);
    expect((await app.ok(PUBLIC, { slug: driveB.slug })).publicDrive.shortages).toEqual([{ bloodType: 'AB_POS', level: 'CRITICAL' }]);
  });
});
