// Regions (issue 23): drives and volunteers carry a city from the list in libs/domain; the public
// /drives page lists published drives to come by city, and call-outs can be limited to one.
import { Role } from '@life-relay/domain';
import { Factories } from '../testing/factories';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';

const HOHHOT = 'CN-150100';
const BEIJING = 'CN-110100';
const DAY = 24 * 3600 * 1000;
const UPCOMING = `query($r: String) { upcomingDrives(regionCode: $r) { slug title regionCode location startsAt } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status } }`;

describe('regions', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  /** A published drive in this city, `days` from now. */
  const driveIn = (regionCode: string | null, days = 5, status?: 'DRAFT' | 'CLOSED') =>
    make.drive({ shiftStarts: [new Date(Date.now() + days * DAY)], status, input: { regionCode } });

  it('keeps a drive’s city, lets the organizer change or clear it, copies it, and refuses one not on the list', async () => {
    const d = await driveIn(HOHHOT);
    expect((await app.ok(`query($id: ID!) { drive(id: $id) { regionCode } }`, { id: d.id }, { token: organizer })).drive.regionCode).toBe(HOHHOT);
    const moved = await app.ok(`mutation($id: ID!, $input: UpdateDriveInput!) { updateDrive(id: $id, input: $input) { regionCode } }`, { id: d.id, input: { regionCode: BEIJING } }, { token: organizer });
    expect(moved.updateDrive.regionCode).toBe(BEIJING);
    const copied = await app.ok(`mutation($id: ID!, $at: DateTime!) { copyDrive(id: $id, startsAt: $at) { regionCode } }`, { id: d.id, at: new Date(Date.now() + 40 * DAY).toISOString() }, { token: organizer });
    expect(copied.copyDrive.regionCode).toBe(BEIJING);
    const cleared = await app.ok(`mutation($id: ID!, $input: UpdateDriveInput!) { updateDrive(id: $id, input: $input) { regionCode } }`, { id: d.id, input: { regionCode: null } }, { token: organizer });
    expect(cleared.updateDrive.regionCode).toBeNull();
    const bad = await app.gql(`mutation($id: ID!, $input: UpdateDriveInput!) { updateDrive(id: $id, input: $input) { regionCode } }`, { id: d.id, input: { regionCode: 'CN-999999' } }, { token: organizer });
    expect(badFields(bad)).toEqual(['regionCode']);
    expect((await app.ok(`query($slug: String!) { publicDrive(slug: $slug) { regionCode } }`, { slug: d.slug })).publicDrive.regionCode).toBeNull();
  });

  it('lists for anyone the published drives to come, of one city when asked, soonest first, and nothing else', async () => {
    const later = await driveIn(HOHHOT, 9);
    const sooner = await driveIn(HOHHOT, 3);
    const beijing = await driveIn(BEIJING, 4);
    const draft = await driveIn(HOHHOT, 6, 'DRAFT');
    const past = await make.drive({ shiftStarts: [new Date(Date.now() - 3 * DAY)], input: { regionCode: HOHHOT } });
    const hohhot = (await app.ok(UPCOMING, { r: HOHHOT })).upcomingDrives.map((d: { slug: string }) => d.slug);
    expect(hohhot).toEqual(expect.arrayContaining([sooner.slug, later.slug]));
    expect(hohhot.indexOf(sooner.slug)).toBeLessThan(hohhot.indexOf(later.slug));
    for (const absent of [beijing, draft, past]) expect(hohhot).not.toContain(absent.slug);
    const all = (await app.ok(UPCOMING, {})).upcomingDrives;
    expect(all.map((d: { slug: string }) => d.slug)).toEqual(expect.arrayContaining([sooner.slug, later.slug, beijing.slug]));
    expect(all.find((d: { slug: string }) => d.slug === beijing.slug)).toMatchObject({ regionCode: BEIJING, title: beijing.title, location: 'Hohhot, Wanda Plaza bloodmobile' });
    expect((await app.ok(UPCOMING, { r: 'nowhere' })).upcomingDrives).toEqual([]);
    // Public facts only: the type has no goals, counts, organization or ids to ask for.
    expect(errorCode(await app.gql(`{ upcomingDrives { id signUpGoal } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('limits a call-out to one city: the one a volunteer gave, else that of a drive they signed up for', async () => {
    const hohhotDrive = await driveIn(HOHHOT, 7);
    const beijingDrive = await driveIn(BEIJING, 7);
    const ofHohhotDrive = make.volunteer(hohhotDrive, { callOuts: true, bloodType: 'O_NEG' });
    const ofBeijingDrive = make.volunteer(beijingDrive, { callOuts: true, bloodType: 'O_NEG' });
    // Came to the Hohhot drive but lives in Beijing, and said so.
    const saidBeijing = make.volunteer(hohhotDrive, { callOuts: true, bloodType: 'O_NEG', regionCode: BEIJING });
    for (const p of [ofHohhotDrive, ofBeijingDrive, saidBeijing]) await app.ok(SIGN_UP, { input: await app.withCode(p) });
    const [stored] = await app.sql(`SELECT region_code FROM volunteers WHERE email = $1`, [saidBeijing.email.toLowerCase()]);
    expect(stored.region_code).toBe(BEIJING);
    const audience = async (regionCode?: string) =>
      (await app.ok(`query($input: CallOutInput!) { callOutAudience(input: $input) }`, { input: { kind: 'WHOLE_BLOOD', bloodTypes: ['O_NEG'], message: 'O- needed', regionCode } }, { token: organizer }))
        .callOutAudience;
    expect(await audience(HOHHOT)).toBe(1);
    expect(await audience(BEIJING)).toBe(2);
    expect(await audience()).toBe(3);
    const sent = await app.ok(`mutation($input: CallOutInput!) { sendCallOut(input: $input) { audienceCount } }`, { input: { kind: 'WHOLE_BLOOD', bloodTypes: ['O_NEG'], message: 'O- needed in Hohhot', regionCode: HOHHOT } }, { token: organizer });
    expect(sent.sendCallOut.audienceCount).toBe(1);
    const [queued] = await app.sql(`SELECT v.email FROM outbox o JOIN volunteers v ON v.id = o.volunteer_id WHERE o.purpose = 'CALL_OUT'`);
    expect(queued.email).toBe(ofHohhotDrive.email.toLowerCase());
    expect(badFields(await app.gql(`query($input: CallOutInput!) { callOutAudience(input: $input) }`, { input: { kind: 'WHOLE_BLOOD', message: 'x', regionCode: 'Hohhot' } }, { token: organizer }))).toEqual([
      'regionCode',
    ]);
  });

  it('refuses a city not on the list on the public form, and writes nothing', async () => {
    const d = await driveIn(HOHHOT, 8);
    const person = make.volunteer(d, { regionCode: 'CN-000000' });
    expect(badFields(await app.gql(SIGN_UP, { input: await app.withCode(person) }))).toEqual(['regionCode']);
    expect(await app.sql(`SELECT id FROM volunteers WHERE email = $1`, [person.email.toLowerCase()])).toEqual([]);
  });
});
