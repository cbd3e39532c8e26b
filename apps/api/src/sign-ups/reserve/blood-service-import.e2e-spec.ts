// The blood service's file of verified blood types (issue 23) through GraphQL on a real database:
// a check lists every row that cannot be recorded and why (unknown person, bad type, no consent
// to health data, the same person twice ...), confirming records the rest as verified by the blood
// service, by whom and when, with the donation date it records; people of another organization
// are unknown like people nobody knows; the file is organizers' work and audited.
import { DEFAULT_DONATION_INTERVAL_DAYS, DriveKind, Role } from '@life-relay/domain';
import { Factories } from '../../testing/factories';
import { badFields, createTestApp, errorCode, TestApp } from '../../testing/test-app';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importBloodServiceTypes(csv: $csv, dryRun: $dryRun) {
    recorded dryRun
    rows { line volunteerId name bloodType phenotypes donatedOn }
    refused { line fields { field key message } }
  }
}`;
const ROSTER = `query { reserveRoster { id name bloodType bloodTypeVerified bloodTypeSource bloodTypeVerifiedAt bloodTypeVerifiedBy phenotypes lastDonatedOn nextEligibleOn } }`;

type Row = Record<string, any>;

/** YYYY-MM-DD, `days` from today (UTC). */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('importing the blood service’s verified blood types', () => {
  let app: TestApp;
  let admin: string;
  let organizationId: string;
  let organizer: { id: string; token: string };
  let make: Factories;
  const ids: Record<string, string> = {};
  let driveId: string;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.adminToken();
    const { createOrganization } = await app.ok(`mutation { createOrganization(input: { name: "Blood Service Import Centre" }) { id } }`, {}, { token: admin });
    organizationId = createOrganization.id;
    organizer = await invite('ORGANIZER', 'Li Na');
    make = new Factories(app, organizer.token);
    const drive = await make.drive();
    driveId = drive.id;
    const general = await make.drive({ input: { kind: 'GENERAL' } });
    const person = async (name: string, email: string, phone: string, overrides: Record<string, unknown> = {}, on = drive) => {
      await make.signUp(on, { name, email, phone, ...overrides });
      const [row] = await app.sql(`SELECT id FROM volunteers WHERE email = $1`, [email]);
      ids[name] = row.id;
    };
    await person('Bao Lin', 'bao.lin@import.test', '13900000001', { bloodType: 'O_POS' });
    await person('Chen Yu', 'chen.yu@import.test', '13900000002', { bloodType: 'A_NEG' });
    await person('Du Mei', 'du.mei@import.test', '13900000003');
    await person('An Qi', 'an.qi@import.test', '13900000004');
    await person('Gao Yan', 'gao.yan@import.test', '13900000005');
    // Signed up for a volunteering day without the consent to health data.
    await person('Fan Hui', 'fan.hui@import.test', '13900000006', { healthConsent: false, bloodType: null }, general);

    // Someone who signed up only with another organization.
    const stranger = await app.userWithRole(Role.ORGANIZER);
    const theirs = await new Factories(app, stranger.token).drive();
    await new Factories(app, stranger.token).signUp(theirs, { name: 'Elsewhere Person', email: 'elsewhere@import.test', phone: '13900000009' });
  });
  afterAll(() => app.close());

  async function invite(role: string, name = `${role} person`, deskDriveIds?: string[]) {
    const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`,
      { input: { email, name, role, organizationId, deskDriveIds } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    return { id: inviteUser.user.id as string, token: setPassword.token as string };
  }

  const run = async (csv: string, dryRun: boolean, token = organizer.token, headers: Record<string, string> = {}) =>
    (await app.ok(IMPORT, { csv, dryRun }, { token, headers })).importBloodServiceTypes;
  const verified = async () => app.sql(`SELECT id, blood_type, blood_type_source FROM volunteers WHERE blood_type_verified_at IS NOT NULL AND id = ANY($1)`, [Object.values(ids)]);

  it('checks the file, lists every row it cannot record and why, then records the rest as verified by the blood service, by whom and when', async () => {
    const donatedOn = dayFromNow(-30);
    const csv = [
      'E-mail,Mobile,ABO/RhD,Phenotypes,Donation date',
      `bao.lin@import.test,,O-,"C- c+ E- e+ K-",${donatedOn}`,
      ',+86 139 0000 0002,A neg,,',
      'nobody@import.test,,O+,,',
      'elsewhere@import.test,,O+,,',
      'du.mei@import.test,,Q+,,',
      'fan.hui@import.test,,B+,,',
      'BAO.LIN@import.test,,O-,,',
      'an.qi@import.test,,AB-,D+,',
      `gao.yan@import.test,,B-,,${dayFromNow(400)}`,
      'du.mei@import.test,13900000004,A+,,',
    ].join('\r\n');

    const check = await run(csv, true);
    expect(check).toMatchObject({ dryRun: true, recorded: 2 });
    expect(check.rows).toEqual([
      { line: 2, volunteerId: ids['Bao Lin'], name: 'Bao Lin', bloodType: 'O_NEG', phenotypes: ['C-', 'c+', 'E-', 'e+', 'K-'], donatedOn },
      { line: 3, volunteerId: ids['Chen Yu'], name: 'Chen Yu', bloodType: 'A_NEG', phenotypes: [], donatedOn: null },
    ]);
    const problems = check.refused.map((r: Row) => [r.line, r.fields.map((f: Row) => `${f.field}:${f.key}`).join(' ')]);
    expect(problems).toEqual([
      [4, 'email:unknownPerson'],
      // Another organization's person is unknown here, in the same words as someone nobody knows.
      [5, 'email:unknownPerson'],
      [6, 'bloodType:invalidValue'],
      [7, 'bloodType:noHealthConsent'],
      [8, 'email:personTwiceInFile'],
      [9, 'phenotypes:invalidValue'],
      [10, 'donatedOn:dateInFuture'],
      [11, 'phone:contactsDisagree'],
    ]);
    expect(check.refused[1].fields[0].message).toBe(check.refused[0].fields[0].message);
    expect(check.refused[4].fields[0].message).toBe('This person is also on line 2 of the file.');
    // A check writes nothing.
    expect(await verified()).toEqual([]);

    const before = Date.now();
    const done = await run(csv, false);
    expect(done).toMatchObject({ dryRun: false, recorded: 2 });
    expect(done.refused).toHaveLength(8);
    const roster: Row[] = (await app.ok(ROSTER, {}, { token: organizer.token })).reserveRoster;
    const bao = roster.find((r) => r.name === 'Bao Lin')!;
    expect(bao).toMatchObject({ bloodType: 'O_NEG', bloodTypeVerified: true, bloodTypeSource: 'BLOOD_SERVICE', bloodTypeVerifiedBy: 'Li Na', phenotypes: ['C-', 'c+', 'E-', 'e+', 'K-'] });
    expect(new Date(bao.bloodTypeVerifiedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The blood service's donation counts as the last one, and sets when they may give again.
    expect(bao.lastDonatedOn).toBe(donatedOn);
    expect(bao.nextEligibleOn).toBe(dayFromNow(DEFAULT_DONATION_INTERVAL_DAYS[DriveKind.WHOLE_BLOOD]! - 30));
    expect(roster.find((r) => r.name === 'Chen Yu')).toMatchObject({ bloodType: 'A_NEG', bloodTypeSource: 'BLOOD_SERVICE', lastDonatedOn: null });
    expect(roster.find((r) => r.name === 'Du Mei')).toMatchObject({ bloodTypeVerified: false });
    expect(roster.find((r) => r.name === 'Fan Hui')).toMatchObject({ bloodType: null, bloodTypeVerified: false });
    // Nobody of the other organization was touched.
    expect(await app.sql(`SELECT blood_type_verified_at FROM volunteers WHERE email = 'elsewhere@import.test'`)).toEqual([{ blood_type_verified_at: null }]);

    // Both the check (it shows names) and the import are in the audit log, with counts only.
    const events = await app.sql(`SELECT actor_id, details FROM audit_events WHERE action = 'BLOOD_TYPES_IMPORTED' AND actor_id = $1 ORDER BY at`, [organizer.id]);
    expect(events).toEqual([
      { actor_id: organizer.id, details: { dryRun: true, recorded: 2, refused: 8 } },
      { actor_id: organizer.id, details: { dryRun: false, recorded: 2, refused: 8 } },
    ]);
  });

  it('holds someone back by the donation day the blood service recorded, as by one of our own drives', async () => {
    // Bao Lin gave whole blood 30 days ago by the file recorded above: a drive in ten days is too soon.
    const soon = await make.drive({ day: dayFromNow(10) });
    const input = await make.verified(soon, { name: 'Bao Lin', email: 'bao.lin@import.test', phone: '13900000001' });
    const refused = await app.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { status } }`, { input });
    expect(refused.errors?.[0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'shiftId', key: 'notEligibleUntil', message: `You donated recently; you may donate again from ${dayFromNow(DEFAULT_DONATION_INTERVAL_DAYS[DriveKind.WHOLE_BLOOD]! - 30)}.` }),
    ]);
  });

  it('explains a refused row in the caller’s language', async () => {
    const check = await run('email,bloodType\nnobody@import.test,O+', true, organizer.token, { 'accept-language': 'zh-CN' });
    expect(check.refused[0].fields[0].message).toBe('报名过本机构活动的人中没有人使用此电子邮箱或电话号码。');
  });

  it('refuses a file without a contact column or a type column as a whole', async () => {
    expect(badFields(await app.gql(IMPORT, { csv: 'name,bloodType\nBao Lin,O-', dryRun: true }, { token: organizer.token }))).toEqual(['csv']);
    expect(badFields(await app.gql(IMPORT, { csv: 'email,type\nbao.lin@import.test,O-', dryRun: true }, { token: organizer.token }))).toEqual(['csv']);
  });

  it('lets another organization’s organizer record nothing about these people, and learn nothing of them', async () => {
    const stranger = await app.userWithRole(Role.ORGANIZER);
    const answer = await run('email,bloodType\nan.qi@import.test,AB-\nnobody-at-all@import.test,AB-', false, stranger.token);
    expect(answer.recorded).toBe(0);
    expect(answer.refused.map((r: Row) => r.fields[0].key)).toEqual(['unknownPerson', 'unknownPerson']);
    expect(answer.refused[0].fields[0].message).toBe(answer.refused[1].fields[0].message);
    expect(await app.sql(`SELECT blood_type_verified_at FROM volunteers WHERE id = $1`, [ids['An Qi']])).toEqual([{ blood_type_verified_at: null }]);
  });

  it('is organizers’ work: viewers, desk staff, team leads and anonymous callers are refused', async () => {
    for (const role of ['VIEWER', 'DESK', 'TEAM_LEAD']) {
      const { token } = await invite(role, undefined, role === 'DESK' ? [driveId] : undefined);
      expect(errorCode(await app.gql(IMPORT, { csv: 'email,bloodType\nan.qi@import.test,AB-', dryRun: true }, { token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await app.gql(IMPORT, { csv: 'email,bloodType\nan.qi@import.test,AB-', dryRun: true }))).toBe('UNAUTHENTICATED');
  });
});
