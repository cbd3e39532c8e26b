// Two records of one person (once by phone, once by e-mail) merged by an organizer, through GraphQL
// on a real database: the kept record takes what it lacks, every sign-up, message and unsubscribe
// link follows, and nothing else merges anything.
import { Role } from '@life-relay/domain';
import { UnsubscribeTokens } from '../messages/unsubscribe/unsubscribe-tokens.repository';
import { Factories } from '../testing/factories';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';
import { DataSource } from 'typeorm';

const BY_CONTACT = `query($c: String!) { volunteerByContact(contact: $c) { id name email phone birthDate } }`;
const MERGE = `mutation($keep: ID!, $merge: ID!) { mergeVolunteers(keepId: $keep, mergeId: $merge) { id name email phone birthDate bloodType } }`;
const HISTORY = `query($id: ID!) { volunteer(id: $id) { signUps { status shift { id } } } }`;

describe('merging two records of one person', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  /** Someone who signed up for one drive by phone and for another by e-mail: two records. */
  async function twoRecords(n: number) {
    const [byPhoneDrive, byEmailDrive] = [await make.drive(), await make.drive()];
    const phone = `+86137${String(n).padStart(8, '0')}`;
    const email = `twice-${n}@campus.test`;
    await make.signUp(byPhoneDrive, { name: 'Wang Fang', email: null, phone, birthDate: null, bloodType: 'O_NEG' });
    await make.signUp(byEmailDrive, { name: 'Wang F.', email, phone: null, birthDate: '2003-04-05' });
    const byPhone = (await app.ok(BY_CONTACT, { c: phone }, { token: organizer })).volunteerByContact;
    const byEmail = (await app.ok(BY_CONTACT, { c: email.toUpperCase() }, { token: organizer })).volunteerByContact;
    return { byPhone, byEmail, byPhoneDrive, byEmailDrive, phone, email };
  }

  it('finds each record by its contact, and keeps one with the other’s contact, details, sign-ups and messages', async () => {
    const { byPhone, byEmail, byPhoneDrive, byEmailDrive, phone, email } = await twoRecords(1);
    expect(byPhone).toMatchObject({ email: null, phone, birthDate: null });
    expect(byEmail).toMatchObject({ email, phone: null, birthDate: '2003-04-05' });
    expect(byPhone.id).not.toBe(byEmail.id);
    const messages = await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE volunteer_id = $1`, [byEmail.id]);

    const kept = (await app.ok(MERGE, { keep: byPhone.id, merge: byEmail.id }, { token: organizer })).mergeVolunteers;
    // The kept record's own name stays; what it lacked comes from the merged one.
    expect(kept).toEqual({ id: byPhone.id, name: 'Wang Fang', email, phone, birthDate: '2003-04-05', bloodType: 'O_NEG' });
    expect((await app.ok(BY_CONTACT, { c: email }, { token: organizer })).volunteerByContact.id).toBe(byPhone.id);
    const history = (await app.ok(HISTORY, { id: byPhone.id }, { token: organizer })).volunteer.signUps;
    const driveOf = (shiftId: string) => [byPhoneDrive, byEmailDrive].find((d) => d.shifts.includes(shiftId))?.id;
    expect(history.map((s: { shift: { id: string } }) => driveOf(s.shift.id)).sort()).toEqual([byPhoneDrive.id, byEmailDrive.id].sort());
    expect(await app.sql(`SELECT count(*)::int AS n FROM volunteers WHERE id = $1`, [byEmail.id])).toEqual([{ n: 0 }]);
    expect(await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE volunteer_id = $1`, [byEmail.id])).toEqual([{ n: 0 }]);
    expect(await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE volunteer_id = $1 AND recipient = $2`, [byPhone.id, email])).toEqual(messages);
    // The kept record is reached as before: by SMS, the channel it was verified with.
    expect(await app.sql(`SELECT channel, email_verified_at IS NOT NULL AS email_verified FROM volunteers WHERE id = $1`, [byPhone.id])).toEqual([
      { channel: 'SMS', email_verified: true },
    ]);
  });

  it('lets a link sent to the merged record unsubscribe the person, and keeps an unsubscribe either record had', async () => {
    const { byPhone, byEmail } = await twoRecords(2);
    const token = await app.server.app.get(UnsubscribeTokens).issue(app.server.app.get(DataSource).manager, byEmail.id);
    await app.ok(MERGE, { keep: byPhone.id, merge: byEmail.id }, { token: organizer });
    const res = await app.http.post(`/unsubscribe/${token}`);
    expect(res.text).toContain('Unsubscribed');
    expect(await app.sql(`SELECT unsubscribed_at IS NOT NULL AS unsubscribed FROM volunteers WHERE id = $1`, [byPhone.id])).toEqual([{ unsubscribed: true }]);

    const other = await twoRecords(3);
    await app.http.post(`/unsubscribe/${await app.server.app.get(UnsubscribeTokens).issue(app.server.app.get(DataSource).manager, other.byEmail.id)}`);
    await app.ok(MERGE, { keep: other.byPhone.id, merge: other.byEmail.id }, { token: organizer });
    expect(await app.sql(`SELECT unsubscribed_at IS NOT NULL AS unsubscribed FROM volunteers WHERE id = $1`, [other.byPhone.id])).toEqual([{ unsubscribed: true }]);
  });

  it('refuses to merge two records signed up for the same drive, or a record with itself, changing nothing', async () => {
    const drive = await make.drive();
    await make.signUp(drive, { email: null, phone: '+8613700000004' });
    await make.signUp(drive, { email: 'same-drive@campus.test', phone: null });
    const a = (await app.ok(BY_CONTACT, { c: '+8613700000004' }, { token: organizer })).volunteerByContact;
    const b = (await app.ok(BY_CONTACT, { c: 'same-drive@campus.test' }, { token: organizer })).volunteerByContact;
    const before = await app.sql(`SELECT id, volunteer_id FROM sign_ups WHERE drive_id = $1 ORDER BY id`, [drive.id]);

    const conflict = await app.gql(MERGE, { keep: a.id, merge: b.id }, { token: organizer });
    expect(errorCode(conflict)).toBe('CONFLICT');
    expect(conflict.errors?.[0].extensions.key).toBe('mergeSameDrive');
    expect(conflict.errors?.[0].message).toContain(drive.title);
    expect(await app.sql(`SELECT id, volunteer_id FROM sign_ups WHERE drive_id = $1 ORDER BY id`, [drive.id])).toEqual(before);
    expect(await app.sql(`SELECT count(*)::int AS n FROM volunteers WHERE id = ANY($1::uuid[])`, [[a.id, b.id]])).toEqual([{ n: 2 }]);

    const self = await app.gql(MERGE, { keep: a.id, merge: a.id }, { token: organizer });
    expect(badFields(self)).toEqual(['mergeId']);
    expect(self.errors?.[0].extensions.fields?.[0].key).toBe('mergeSelf');
    expect(errorCode(await app.gql(MERGE, { keep: a.id, merge: '00000000-0000-4000-8000-000000000000' }, { token: organizer }))).toBe('NOT_FOUND');
    const neither = await app.gql(BY_CONTACT, { c: 'neither' }, { token: organizer });
    expect(badFields(neither)).toEqual(['contact']);
    expect(neither.errors?.[0].extensions.fields?.[0].key).toBe('invalidContact');
    expect((await app.ok(BY_CONTACT, { c: 'nobody@campus.test' }, { token: organizer })).volunteerByContact).toBeNull();
  });

  it('is for organizers only: a team lead and an anonymous caller are refused', async () => {
    const { byPhone, byEmail } = await twoRecords(5);
    const lead = (await app.userWithRole(Role.TEAM_LEAD)).token;
    expect(errorCode(await app.gql(MERGE, { keep: byPhone.id, merge: byEmail.id }, { token: lead }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(MERGE, { keep: byPhone.id, merge: byEmail.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(BY_CONTACT, { c: byPhone.phone }, { token: lead }))).toBe('FORBIDDEN');
    expect(await app.sql(`SELECT count(*)::int AS n FROM volunteers WHERE id = ANY($1::uuid[])`, [[byPhone.id, byEmail.id]])).toEqual([{ n: 2 }]);
  });
});
