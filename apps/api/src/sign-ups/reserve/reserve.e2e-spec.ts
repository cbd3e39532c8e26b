// The reserve roster (issue 23) through GraphQL on a real database: RhD-negative volunteers of two
// cities, blood types verified by the desk or the blood service (with who and when) beside
// self-reported ones, filters and sorting, the audited CSV export, and who may see any of it.
import { parse } from 'csv-parse/sync';
import { DEFAULT_DONATION_INTERVAL_DAYS, Role } from '@life-relay/domain';
import { Factories } from '../../testing/factories';
import { badFields, createTestApp, errorCode, TestApp } from '../../testing/test-app';

const FIELDS = `id name email phone bloodType bloodTypeVerified bloodTypeSource bloodTypeVerifiedAt bloodTypeVerifiedBy phenotypes
  regionCode lastDriveLocation lastDonatedOn nextEligibleOn callOutOptIn availabilityNotes`;
const ROSTER = `query($f: ReserveRosterFilter) { reserveRoster(filter: $f) { ${FIELDS} } }`;
const CSV = `query($f: ReserveRosterFilter) { reserveRosterCsv(filter: $f) { csv rows } }`;
const VERIFY = `mutation($input: VerifyBloodTypeInput!) { verifyBloodType(input: $input) { ${FIELDS} } }`;
const NOTES = `mutation($id: ID!, $notes: String) { setAvailabilityNotes(volunteerId: $id, notes: $notes) { id availabilityNotes } }`;
const RHD_NEGATIVE = ['O_NEG', 'A_NEG', 'B_NEG', 'AB_NEG'];
const HOHHOT = 'CN-150100';
const BAOTOU = 'CN-150200';

type Row = Record<string, any>;

describe('the reserve roster', () => {
  let app: TestApp;
  let admin: string;
  let organizer: { id: string; token: string };
  let organizationId: string;
  let make: Factories;
  let hohhotDrive: { id: string; slug: string; shifts: string[] };
  let baotouDrive: { id: string; slug: string; shifts: string[] };
  /** The people of this file, by a short name. */
  const people: Record<string, { id: string; email: string }> = {};

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.adminToken();
    // An organization of its own, so that the roster is exactly this file's people.
    const { createOrganization } = await app.ok(`mutation { createOrganization(input: { name: "Reserve Blood Centre" }) { id } }`, {}, { token: admin });
    organizationId = createOrganization.id;
    organizer = await invite('ORGANIZER');
    make = new Factories(app, organizer.token);
    hohhotDrive = await make.drive({ input: { regionCode: HOHHOT } });
    baotouDrive = await make.drive({ input: { location: 'Baotou, Steel Street blood station', regionCode: BAOTOU } });

    const person = async (name: string, drive: typeof hohhotDrive, overrides: Record<string, unknown>) => {
      const { email } = await make.signUp(drive, { name, ...overrides });
      const [row] = await app.sql(`SELECT id FROM volunteers WHERE email = $1`, [email]);
      people[name] = { id: row.id, email };
    };
    await person('Bao Lin', hohhotDrive, { bloodType: 'O_NEG', callOuts: true });
    await person('Chen Yu', baotouDrive, { bloodType: 'A_NEG', callOuts: true });
    await person('Du Mei', hohhotDrive, { bloodType: 'O_POS', callOuts: true });
    // Gave her city on the form (the same as her drive's).
    await person('An Qi', hohhotDrive, { bloodType: 'AB_NEG', callOuts: false, regionCode: HOHHOT });
  });
  afterAll(() => app.close());

  async function invite(role: string, deskDriveIds?: string[]) {
    const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`,
      { input: { email, name: `${role} person`, role, organizationId, deskDriveIds } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    return { id: inviteUser.user.id as string, token: setPassword.token as string };
  }

  const roster = async (filter: Record<string, unknown> | null = null, token = organizer.token): Promise<Row[]> =>
    (await app.ok(ROSTER, { f: filter }, { token })).reserveRoster;
  const names = (rows: Row[]) => rows.map((r) => r.name);

  it('verifies a blood type at the desk and from the blood service, with who and when; self-reported types stay marked as such', async () => {
    const desk = await invite('DESK', [hohhotDrive.id]);
    const before = Date.now();
    const { verifyBloodType: byDesk } = await app.ok(VERIFY, { input: { volunteerId: people['Bao Lin'].id, bloodType: 'O_NEG' } }, { token: desk.token });
    expect(byDesk).toMatchObject({ bloodType: 'O_NEG', bloodTypeVerified: true, bloodTypeSource: 'DESK', bloodTypeVerifiedBy: 'DESK person', phenotypes: [] });
    expect(new Date(byDesk.bloodTypeVerifiedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    // The blood service's records correct a self-reported type and add antigens.
    const { verifyBloodType: fromService } = await app.ok(
      VERIFY,
      { input: { volunteerId: people['An Qi'].id, bloodType: 'B_NEG', source: 'BLOOD_SERVICE', phenotypes: ['K-', 'c+', 'C-', 'e+', 'E-'] } },
      { token: organizer.token },
    );
    expect(fromService).toMatchObject({ bloodType: 'B_NEG', bloodTypeVerified: true, bloodTypeSource: 'BLOOD_SERVICE', phenotypes: ['C-', 'c+', 'E-', 'e+', 'K-'] });

    const chen = (await roster()).find((r) => r.name === 'Chen Yu') as Row;
    expect(chen).toMatchObject({ bloodType: 'A_NEG', bloodTypeVerified: false, bloodTypeSource: null, bloodTypeVerifiedAt: null, bloodTypeVerifiedBy: null });

    // Each verification is in the audit log, without the blood type itself.
    const events = await app.sql(`SELECT actor_id, subject_id, details FROM audit_events WHERE action = 'BLOOD_TYPE_VERIFIED' ORDER BY at`);
    expect(events).toEqual([
      { actor_id: desk.id, subject_id: people['Bao Lin'].id, details: { source: 'DESK', phenotypes: false } },
      { actor_id: organizer.id, subject_id: people['An Qi'].id, details: { source: 'BLOOD_SERVICE', phenotypes: true } },
    ]);
  });

  it('keeps a verified type when the person later reports another one on the form', async () => {
    await make.signUp(baotouDrive, { email: people['Bao Lin'].email, name: 'Bao Lin', bloodType: 'A_POS' });
    expect((await roster()).find((r) => r.name === 'Bao Lin')).toMatchObject({ bloodType: 'O_NEG', bloodTypeVerified: true });
  });

  it('filters by blood group, verification, opt-in and city (the one a person gave, else that of a drive they signed up at)', async () => {
    expect(names(await roster())).toEqual(['An Qi', 'Bao Lin', 'Chen Yu', 'Du Mei']);
    expect(names(await roster({ bloodTypes: RHD_NEGATIVE }))).toEqual(['An Qi', 'Bao Lin', 'Chen Yu']);
    expect(names(await roster({ bloodTypes: RHD_NEGATIVE, verifiedOnly: true }))).toEqual(['An Qi', 'Bao Lin']);
    expect(names(await roster({ bloodTypes: RHD_NEGATIVE, optedInOnly: true }))).toEqual(['Bao Lin', 'Chen Yu']);
    expect(names(await roster({ bloodTypes: RHD_NEGATIVE, regionCode: HOHHOT }))).toEqual(['An Qi', 'Bao Lin']);
    expect(names(await roster({ bloodTypes: RHD_NEGATIVE, regionCode: BAOTOU }))).toEqual(['Bao Lin', 'Chen Yu']);
    expect((await roster({ regionCode: BAOTOU })).find((r) => r.name === 'Chen Yu')).toMatchObject({ regionCode: null, lastDriveLocation: 'Baotou, Steel Street blood station' });
    expect((await roster({ regionCode: HOHHOT })).find((r) => r.name === 'An Qi')?.regionCode).toBe(HOHHOT);
    expect(badFields(await app.gql(ROSTER, { f: { regionCode: 'Hohhot' } }, { token: organizer.token }))).toEqual(['regionCode']);
  });

  it('shows the last donation and the next eligible day, and sorts by them', async () => {
    const [signUp] = await app.sql(`SELECT id FROM sign_ups WHERE volunteer_id = $1 AND drive_id = $2`, [people['Chen Yu'].id, baotouDrive.id]);
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DONATED, volumeMl: 400 }) { status } }`, { id: signUp.id }, {
      token: organizer.token,
    });
    const [{ today, next }] = await app.sql(
      `SELECT to_char(outcome_on, 'YYYY-MM-DD') AS today, to_char(outcome_on + $2::int, 'YYYY-MM-DD') AS next FROM sign_ups WHERE id = $1`,
      [signUp.id, DEFAULT_DONATION_INTERVAL_DAYS.WHOLE_BLOOD],
    );
    const chen = (await roster()).find((r) => r.name === 'Chen Yu');
    expect(chen).toMatchObject({ lastDonatedOn: today, nextEligibleOn: next });
    expect((await roster()).find((r) => r.name === 'Bao Lin')).toMatchObject({ lastDonatedOn: null, nextEligibleOn: null });
    expect(names(await roster({ sort: 'NEXT_ELIGIBLE' }))).toEqual(['An Qi', 'Bao Lin', 'Du Mei', 'Chen Yu']);
    expect(names(await roster({ sort: 'LAST_DONATION' }))[0]).toBe('Chen Yu');
  });

  it('keeps the organizer’s availability notes, audited', async () => {
    const { setAvailabilityNotes } = await app.ok(NOTES, { id: people['Chen Yu'].id, notes: ' Evenings only; not in exam weeks ' }, { token: organizer.token });
    expect(setAvailabilityNotes).toEqual({ id: people['Chen Yu'].id, availabilityNotes: 'Evenings only; not in exam weeks' });
    expect(await app.sql(`SELECT subject_id FROM audit_events WHERE action = 'AVAILABILITY_NOTES_CHANGED'`)).toEqual([{ subject_id: people['Chen Yu'].id }]);
  });

  it('exports the filtered roster as CSV, audited', async () => {
    const { reserveRosterCsv } = await app.ok(CSV, { f: { bloodTypes: RHD_NEGATIVE, verifiedOnly: true } }, { token: organizer.token });
    expect(reserveRosterCsv.rows).toBe(2);
    expect(reserveRosterCsv.csv.startsWith('\ufeff')).toBe(true);
    const rows = parse(reserveRosterCsv.csv, { bom: true, columns: true }) as Row[];
    expect(rows.map((r) => [r.name, r.bloodType, r.bloodTypeVerified, r.bloodTypeSource, r.phenotypes])).toEqual([
      ['An Qi', 'B_NEG', 'yes', 'BLOOD_SERVICE', 'C- c+ E- e+ K-'],
      ['Bao Lin', 'O_NEG', 'yes', 'DESK', ''],
    ]);
    const [event] = await app.sql(`SELECT actor_id, details FROM audit_events WHERE action = 'PERSONAL_DATA_EXPORTED' ORDER BY at DESC LIMIT 1`);
    expect(event).toEqual({ actor_id: organizer.id, details: { reserveRoster: true, rows: 2 } });
  });

  it('lets viewers read it, audited, and refuses team leads, desk staff and anonymous callers', async () => {
    const viewer = await invite('VIEWER');
    expect(names(await roster({ verifiedOnly: true }, viewer.token))).toEqual(['An Qi', 'Bao Lin']);
    const [read] = await app.sql(`SELECT actor_id, details FROM audit_events WHERE action = 'PERSONAL_DATA_READ' ORDER BY at DESC LIMIT 1`);
    expect(read).toEqual({ actor_id: viewer.id, details: { reserveRoster: true, rows: 2 } });

    const teamLead = await invite('TEAM_LEAD');
    const desk = await invite('DESK', [hohhotDrive.id]);
    for (const token of [teamLead.token, desk.token]) {
      expect(errorCode(await app.gql(ROSTER, {}, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(CSV, {}, { token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await app.gql(ROSTER, {}))).toBe('UNAUTHENTICATED');
    // Nor may a viewer or a team lead change anything on it.
    expect(errorCode(await app.gql(VERIFY, { input: { volunteerId: people['Chen Yu'].id, bloodType: 'A_NEG' } }, { token: viewer.token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(VERIFY, { input: { volunteerId: people['Chen Yu'].id, bloodType: 'A_NEG' } }, { token: teamLead.token }))).toBe('FORBIDDEN');
    // Desk staff verify only people of the drives they work.
    expect(errorCode(await app.gql(VERIFY, { input: { volunteerId: people['Chen Yu'].id, bloodType: 'A_NEG' } }, { token: desk.token }))).toBe('NOT_FOUND');
  });

  it('shows another organization none of these people, and lets it verify none of them', async () => {
    const other = await app.userWithRole(Role.ORGANIZER);
    const theirs = await roster(null, other.token);
    expect(theirs.map((r) => r.id)).not.toEqual(expect.arrayContaining([people['Bao Lin'].id]));
    expect(theirs.some((r) => Object.values(people).some((p) => p.id === r.id))).toBe(false);
    expect(errorCode(await app.gql(VERIFY, { input: { volunteerId: people['Chen Yu'].id, bloodType: 'A_NEG' } }, { token: other.token }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(NOTES, { id: people['Chen Yu'].id, notes: 'x' }, { token: other.token }))).toBe('NOT_FOUND');
  });

  it('refuses to store a verified type without the person’s health consent, and unknown antigens', async () => {
    const general = await make.drive({ input: { kind: 'GENERAL' } });
    const { email } = await make.signUp(general, { name: 'Fan Hui', healthConsent: false, bloodType: null });
    const [fan] = await app.sql(`SELECT id FROM volunteers WHERE email = $1`, [email]);
    const refused = await app.gql(VERIFY, { input: { volunteerId: fan.id, bloodType: 'O_NEG' } }, { token: organizer.token });
    expect(badFields(refused)).toEqual(['volunteerId']);
    expect(refused.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'volunteerId', key: 'noHealthConsent' })]);
    expect(await app.sql(`SELECT blood_type, blood_type_verified_at FROM volunteers WHERE id = $1`, [fan.id])).toEqual([{ blood_type: null, blood_type_verified_at: null }]);

    const badAntigen = await app.gql(VERIFY, { input: { volunteerId: people['Chen Yu'].id, bloodType: 'A_NEG', phenotypes: ['D+'] } }, { token: organizer.token });
    expect(badFields(badAntigen)).toEqual(['phenotypes']);
  });
});
