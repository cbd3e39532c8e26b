// Walk-ins at the desk (issue 21): a person who came without signing up is registered with the
// channel WALK_IN and checked in at once, under the public form's rules but without a code; a
// person signed up already keeps their sign-up; a full shift takes the walk-in anyway.
import { Role } from '@life-relay/domain';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';
import { Factories, MadeDrive } from '../testing/factories';

const HOUR = 3600 * 1000;
const WALK_IN = `mutation($input: WalkInInput!) {
  registerWalkIn(input: $input) {
    duplicate placeAdded
    signUp { id status checkedInAt shift { id } team { id name } volunteer { id name email phone birthDate bloodType } }
  }
}`;
const TEAMS = `query($driveId: ID!) { deskTeams(driveId: $driveId) { id name collegeName } }`;

describe('walk-ins at the desk', () => {
  let app: TestApp;
  let admin: string;
  let organizer: string;
  let organizationId: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.adminToken();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
    organizationId = (await app.ok(`{ organizations { id } }`, {}, { token: organizer })).organizations[0].id;
  });
  afterAll(() => app.close());

  /** A drive whose one shift is in progress now (from an hour ago to an hour from now), of `capacity` places. */
  const driveNow = (options: { capacity?: number; kind?: string } = {}) =>
    make.drive({ shiftStarts: [new Date(Date.now() - HOUR)], capacity: options.capacity ?? 50, input: options.kind ? { kind: options.kind } : {} });

  const person = (drive: MadeDrive, overrides: Record<string, unknown> = {}) => {
    const n = make.unique();
    return { driveId: drive.id, name: `Walk-in ${n}`, email: `walkin${n}@campus.test`, phone: `137${String(10_000_000 + n).slice(-8)}`, birthDate: '2003-02-14', bloodType: 'B_POS', healthConsent: true, ...overrides };
  };

  const counts = async (driveId: string) =>
    (
      await app.sql(
        `SELECT (SELECT count(*)::int FROM sign_ups WHERE drive_id = $1) AS sign_ups,
                (SELECT count(*)::int FROM consents WHERE drive_id = $1) AS consents,
                (SELECT sum(registered_count)::int FROM shifts WHERE drive_id = $1) AS taken,
                (SELECT sum(capacity)::int FROM shifts WHERE drive_id = $1) AS capacity`,
        [driveId],
      )
    )[0];

  it('registers a walk-in on the shift in progress, checked in at once, with the channel WALK_IN, the team, the desk’s consents and who checked them in', async () => {
    const drive = await driveNow();
    const team = await make.team('Inner Mongolia University Red Cross club', 'Inner Mongolia University');
    const desk = await deskStaff(drive.id);
    const input = person(drive, { teamId: team.id });
    const { registerWalkIn } = await app.ok(WALK_IN, { input }, { token: desk.token });
    expect(registerWalkIn).toMatchObject({
      duplicate: false,
      placeAdded: false,
      signUp: {
        status: 'CHECKED_IN',
        shift: { id: drive.shifts[0] },
        team: { id: team.id },
        volunteer: { name: input.name, email: input.email, phone: `+86${input.phone}`, birthDate: '2003-02-14', bloodType: 'B_POS' },
      },
    });
    expect(registerWalkIn.signUp.checkedInAt).toBeTruthy();
    const id = registerWalkIn.signUp.id;
    expect(await app.sql(`SELECT channel, status FROM sign_ups WHERE id = $1`, [id])).toEqual([{ channel: 'WALK_IN', status: 'CHECKED_IN' }]);
    expect(await app.sql(`SELECT scope, channel FROM consents WHERE sign_up_id = $1 ORDER BY scope`, [id])).toEqual([
      { scope: 'GENERAL', channel: 'DESK' },
      { scope: 'HEALTH', channel: 'DESK' },
    ]);
    expect(await app.sql(`SELECT from_status, to_status, actor_id, details FROM sign_up_events WHERE sign_up_id = $1`, [id])).toEqual([
      { from_status: 'REGISTERED', to_status: 'CHECKED_IN', actor_id: desk.id, details: { walkIn: true } },
    ]);
    // The walk-in holds a place, and no confirmation goes out: the person is at the desk.
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 1, taken: 1, capacity: 50 });
    expect(await app.sql(`SELECT purpose FROM outbox WHERE sign_up_id = $1`, [id])).toEqual([]);
    // Registering writes personal data: the audit log has it, with who did it.
    expect(await app.sql(`SELECT actor_id, subject_type, details FROM audit_events WHERE action = 'WALK_IN_REGISTERED' AND details->>'signUpId' = $1`, [id])).toEqual([
      { actor_id: desk.id, subject_type: 'VOLUNTEER', details: { signUpId: id, duplicate: false, placeAdded: false } },
    ]);
    // The drive's funnel counts the walk-in under its channel, checked in.
    const { drive: seen } = await app.ok(`query($id: ID!) { drive(id: $id) { channels { channel signUps } stats { checkedIn } } }`, { id: drive.id }, { token: organizer });
    expect(seen.channels).toEqual(expect.arrayContaining([expect.objectContaining({ channel: 'WALK_IN', signUps: 1 })]));
    expect(seen.stats.checkedIn).toBe(1);
    // And the CSV export names the channel.
    const csv = await app.http.get(`/api/drives/${drive.id}/sign-ups.csv`).set('authorization', `Bearer ${organizer}`);
    expect(csv.text.split('\n').find((line) => line.includes(input.email))).toMatch(/,WALK_IN,/);
  });

  it('takes a chosen shift of the drive, and refuses one of another drive', async () => {
    const drive = await make.drive({ shiftStarts: [new Date(Date.now() - HOUR), new Date(Date.now() + 3 * HOUR)] });
    const { registerWalkIn } = await app.ok(WALK_IN, { input: person(drive, { shiftId: drive.shifts[1] }) }, { token: organizer });
    expect(registerWalkIn.signUp.shift.id).toBe(drive.shifts[1]);
    const other = await driveNow();
    const refused = await app.gql(WALK_IN, { input: person(drive, { shiftId: other.shifts[0] }) }, { token: organizer });
    expect(badFields(refused)).toEqual(['shiftId']);
  });

  it('asks for a shift when none is in progress', async () => {
    const drive = await make.drive(); // 2030-12-05
    const result = await app.gql(WALK_IN, { input: person(drive) }, { token: organizer });
    expect(result.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'shiftId', key: 'noShiftInProgress' })]);
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 0 });
  });

  it('admits a walk-in to a full shift: the shift grows by their place, and nobody waiting is moved up', async () => {
    const drive = await driveNow({ capacity: 1 });
    await make.signUp(drive);
    const waiting = await make.signUp(drive);
    expect(waiting.status).toBe('WAITLISTED');
    const { registerWalkIn } = await app.ok(WALK_IN, { input: person(drive) }, { token: (await deskStaff(drive.id)).token });
    expect(registerWalkIn).toMatchObject({ duplicate: false, placeAdded: true, signUp: { status: 'CHECKED_IN' } });
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 3, taken: 2, capacity: 2 });
    expect(await app.sql(`SELECT status FROM sign_ups WHERE id = $1`, [waiting.id])).toEqual([{ status: 'WAITLISTED' }]);
  });

  it('returns the existing sign-up of someone signed up already, found by either contact, and changes nothing', async () => {
    const drive = await driveNow();
    const made = await make.signUp(drive, { phone: '13912345001' });
    const before = await counts(drive.id);
    for (const contact of [{ email: made.email.toUpperCase(), phone: null }, { email: 'another-address@campus.test', phone: '139 1234 5001' }]) {
      const { registerWalkIn } = await app.ok(WALK_IN, { input: person(drive, { name: 'Typed at the desk', ...contact }) }, { token: organizer });
      expect(registerWalkIn).toMatchObject({ duplicate: true, placeAdded: false, signUp: { id: made.id, status: 'REGISTERED' } });
      expect(registerWalkIn.signUp.volunteer.name).not.toBe('Typed at the desk');
    }
    expect(await counts(drive.id)).toEqual(before);
    expect(await app.sql(`SELECT count(*)::int AS n FROM volunteers WHERE email = 'another-address@campus.test'`)).toEqual([{ n: 0 }]);
    // A second walk-in of the same person is the same duplicate.
    const input = person(drive);
    const first = (await app.ok(WALK_IN, { input }, { token: organizer })).registerWalkIn;
    const again = (await app.ok(WALK_IN, { input }, { token: organizer })).registerWalkIn;
    expect(again).toMatchObject({ duplicate: true, signUp: { id: first.signUp.id, status: 'CHECKED_IN' } });
  });

  it('brings a cancelled sign-up back to life as a walk-in, checked in', async () => {
    const drive = await driveNow();
    const made = await make.signUp(drive);
    await app.ok(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: made.manageToken });
    const { registerWalkIn } = await app.ok(WALK_IN, { input: person(drive, { email: made.email, phone: null }) }, { token: organizer });
    expect(registerWalkIn).toMatchObject({ duplicate: false, signUp: { id: made.id, status: 'CHECKED_IN' } });
    expect(await app.sql(`SELECT channel FROM sign_ups WHERE id = $1`, [made.id])).toEqual([{ channel: 'WALK_IN' }]);
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 1, taken: 1 });
  });

  it('refuses a team of another organization as a field error, and writes nothing', async () => {
    const drive = await driveNow();
    const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: `Registry ${make.unique()}` } }, { token: admin });
    const theirs = await new Factories(app, await member('ORGANIZER', createOrganization.id)).team('Their club');
    const result = await app.gql(WALK_IN, { input: person(drive, { teamId: theirs.id }) }, { token: (await deskStaff(drive.id)).token });
    expect(result.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'teamId', key: 'unknownTeam' })]);
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 0, consents: 0, taken: 0 });
    // Nor does the desk's list of teams show it.
    const { deskTeams } = await app.ok(TEAMS, { driveId: drive.id }, { token: (await deskStaff(drive.id)).token });
    expect(deskTeams.map((t: { id: string }) => t.id)).not.toContain(theirs.id);
  });

  it('lists the organization’s teams to the drive’s desk, by name with their college', async () => {
    const drive = await driveNow();
    const team = await make.team(`Aaa first club ${make.unique()}`, 'Hohhot Vocational College');
    const { deskTeams } = await app.ok(TEAMS, { driveId: drive.id }, { token: (await deskStaff(drive.id)).token });
    expect(deskTeams).toEqual(expect.arrayContaining([{ id: team.id, name: team.name, collegeName: 'Hohhot Vocational College' }]));
  });

  it('refuses someone under age with a field error on the birth date, in the caller’s language, and writes nothing', async () => {
    const drive = await driveNow();
    const young = new Date(Date.now() - 16 * 365 * 24 * HOUR).toISOString().slice(0, 10);
    const result = await app.gql(WALK_IN, { input: person(drive, { birthDate: young }) }, { token: organizer, headers: { 'accept-language': 'zh-CN' } });
    expect(result.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'birthDate', key: 'tooYoung' })]);
    expect(result.errors?.[0].extensions.fields?.[0].message).toMatch(/18/);
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 0, consents: 0 });
    expect(await app.sql(`SELECT count(*)::int AS n FROM volunteers WHERE birth_date = $1`, [young])).toEqual([{ n: 0 }]);
  });

  it('refuses a walk-in without the health consent on a blood drive, and takes one without it on a general drive (without the blood type)', async () => {
    const blood = await driveNow();
    const refused = await app.gql(WALK_IN, { input: person(blood, { healthConsent: false }) }, { token: organizer });
    expect(refused.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'healthConsent', key: 'healthConsentRequired' })]);
    expect(await counts(blood.id)).toMatchObject({ sign_ups: 0 });

    const general = await driveNow({ kind: 'GENERAL' });
    const { registerWalkIn } = await app.ok(WALK_IN, { input: person(general, { healthConsent: null }) }, { token: organizer });
    expect(registerWalkIn.signUp).toMatchObject({ status: 'CHECKED_IN', volunteer: { bloodType: null } });
    expect(await app.sql(`SELECT scope FROM consents WHERE sign_up_id = $1`, [registerWalkIn.signUp.id])).toEqual([{ scope: 'GENERAL' }]);
  });

  it('refuses someone whose donation interval has not passed, and writes nothing', async () => {
    const earlier = await make.drive({ shiftStarts: [new Date(Date.now() - 30 * 24 * HOUR)] });
    const made = await make.signUp(earlier);
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { status: DONATED, volumeMl: 400, outsideDriveDays: true }) { id } }`, { id: made.id }, { token: organizer });
    const drive = await driveNow();
    const result = await app.gql(WALK_IN, { input: person(drive, { email: made.email, phone: null, name: 'Changed name' }) }, { token: organizer });
    expect(result.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'shiftId', key: 'notEligibleUntil' })]);
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 0, taken: 0 });
  });

  it('answers bad input with every field’s problem at once, and writes nothing', async () => {
    const drive = await driveNow();
    const result = await app.gql(
      WALK_IN,
      { input: { driveId: drive.id, name: '  ', email: 'not-an-address', phone: '12', birthDate: '2003-02-30', bloodType: null, teamId: 'nope', shiftId: 'nope', locale: 'fr' } },
      { token: organizer },
    );
    expect(badFields(result)).toEqual(['birthDate', 'email', 'locale', 'name', 'phone', 'shiftId', 'teamId']);
    const noContact = await app.gql(WALK_IN, { input: person(drive, { email: null, phone: null }) }, { token: organizer });
    expect(badFields(noContact)).toEqual(['email', 'phone']);
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 0, consents: 0 });
  });

  it('refuses desk staff of another drive, a viewer and a team lead, and writes nothing', async () => {
    const drive = await driveNow();
    const otherDesk = await deskStaff((await driveNow()).id);
    const notFound = await app.gql(WALK_IN, { input: person(drive) }, { token: otherDesk.token });
    expect(errorCode(notFound)).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(TEAMS, { driveId: drive.id }, { token: otherDesk.token }))).toBe('NOT_FOUND');
    const viewer = await member('VIEWER', organizationId);
    expect(errorCode(await app.gql(WALK_IN, { input: person(drive) }, { token: viewer }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(TEAMS, { driveId: drive.id }, { token: viewer }))).toBe('FORBIDDEN');
    const lead = (await app.userWithRole(Role.TEAM_LEAD)).token;
    expect(errorCode(await app.gql(WALK_IN, { input: person(drive) }, { token: lead }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(WALK_IN, { input: person(drive) }))).toBe('UNAUTHENTICATED');
    expect(await counts(drive.id)).toMatchObject({ sign_ups: 0 });
  });

  it('refuses a walk-in at a draft or a closed drive', async () => {
    const draft = await make.drive({ shiftStarts: [new Date(Date.now() - HOUR)], status: 'DRAFT' });
    expect((await app.gql(WALK_IN, { input: person(draft) }, { token: organizer })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', key: 'walkInIntoDraft' });
    const closed = await make.drive({ shiftStarts: [new Date(Date.now() - HOUR)], status: 'CLOSED' });
    expect((await app.gql(WALK_IN, { input: person(closed) }, { token: organizer })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', key: 'driveClosed' });
  });

  /** Someone invited into an organization who has set their password; their token. */
  async function member(role: string, orgId: string, deskDriveIds?: string[]): Promise<string> {
    return (await invite(role, orgId, deskDriveIds)).token;
  }

  async function invite(role: string, orgId: string, deskDriveIds?: string[]) {
    const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`,
      { input: { email, name: `${role} person`, role, organizationId: orgId, deskDriveIds } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    return { id: inviteUser.user.id as string, token: setPassword.token as string };
  }

  /** A desk account of the organizer's organization for this drive. */
  function deskStaff(driveId: string) {
    return invite('DESK', organizationId, [driveId]);
  }
});
