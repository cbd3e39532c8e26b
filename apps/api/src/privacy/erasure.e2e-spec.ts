// Erasure through the public language and a real database: after a person is erased, a scan of
// every text, citext, array and JSON column of every table finds none of their name, e-mail
// address, phone digits or deferral reason, while drive stats and leaderboards read the same as
// before; their links stop working, and nothing is ever sent to them again.
import { AuditAction, AuditSubjectType, Role } from '@life-relay/domain';
import { AuditLog } from '../audit/audit-log.service';
import { MailCatcher } from '../messages/delivery/mail-catcher';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { Factories, MadeDrive, MadeTeam } from '../testing/factories';
import { scan } from '../testing/scan';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';
import { Erasure } from './erasure.service';

const CHECK_IN = `mutation($id: ID!) { checkIn(signUpId: $id) { id } }`;
const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { id } }`;
const STATS = `query($id: ID!) { drive(id: $id) { stats { signUps waitlisted cancelled checkedIn donated deferred noShow conversionRate } } }`;
const LEADERBOARD = `query($id: ID!) { leaderboard(driveId: $id) { rank team { name } signUps checkedIn donated conversionRate } }`;
const COLLEGES = `query($id: ID!) { collegeLeaderboard(driveId: $id) { rank college { name } teams signUps checkedIn donated conversionRate } }`;
const MY_SIGN_UP = `query($t: String!) { mySignUp(manageToken: $t) { status } }`;
const CODE = `mutation($slug: String!, $contact: String!) { requestSignUpCode(driveSlug: $slug, contact: $contact) }`;

describe('erasing a person', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  /** A VIEWER (invited by the admin) or DESK member of the organizer's organization; their token. */
  async function inviteInto(inviter: string, role: 'VIEWER' | 'DESK', deskDriveIds?: string[]): Promise<string> {
    const [{ organization_id }] = await app.sql(`SELECT d.organization_id FROM drives d ORDER BY d.created_at LIMIT 1`);
    const email = `${role.toLowerCase()}-${make.unique()}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email, name: `${role} person`, role, organizationId: organization_id, deskDriveIds } },
      { token: inviter },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    return (await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } })).setPassword.token;
  }

  const org = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => app.ok<T>(query, variables, { token: organizer });

  /** Everything the organizers and the public boards count about these drives. */
  async function figures(drives: MadeDrive[]) {
    const out: unknown[] = [];
    for (const d of drives) {
      out.push((await org(STATS, { id: d.id })).drive.stats, (await org(LEADERBOARD, { id: d.id })).leaderboard, (await org(COLLEGES, { id: d.id })).collegeLeaderboard);
      out.push((await app.ok(LEADERBOARD, { id: d.id })).leaderboard);
    }
    return out;
  }

  /** A person with a deferral at one drive and a donation at another, messages sent, a code asked for; and a second person who stays. */
  async function personWithHistory(tag: string) {
    const team: MadeTeam = await make.team(`Erasure team ${tag}`, `Erasure college ${tag}`);
    const first = await make.drive();
    const second = await make.drive({ day: '2030-12-20' });
    const person = {
      name: `Zhao Xiaoming ${tag}`,
      email: `zhao.erasable.${tag}@campus.test`,
      phone: `1395721${tag.padStart(4, '0').slice(-4)}`,
      reason: `Haemoglobin 118 g/L on the ${tag} morning`,
    };
    const signUp = await make.signUp(first, { name: person.name, email: person.email, phone: person.phone, bloodType: 'AB_NEG', regionCode: 'CN-150100', teamCode: team.code, source: `poster-${tag}` });
    const other = await make.signUp(first, { teamCode: team.code });
    await org(CHECK_IN, { id: signUp.id });
    await org(OUTCOME, { id: signUp.id, input: { outsideDriveDays: true, status: 'DEFERRED', deferralReason: person.reason, retryOn: '2031-01-10' } });
    await org(CHECK_IN, { id: other.id });
    await org(OUTCOME, { id: other.id, input: { outsideDriveDays: true, status: 'DONATED', volumeMl: 300 } });
    const again = await make.signUp(second, { name: person.name, email: person.email, phone: person.phone, teamCode: team.code });
    await org(CHECK_IN, { id: again.id });
    await org(OUTCOME, { id: again.id, input: { outsideDriveDays: true, status: 'DONATED', volumeMl: 400 } });
    // A code asked for again (its row, its message and its budget are kept under the contact).
    await app.ok(CODE, { slug: second.slug, contact: person.phone });
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const [{ id: volunteerId }] = await app.sql(`SELECT volunteer_id AS id FROM sign_ups WHERE id = $1`, [signUp.id]);
    return { team, drives: [first, second], person, volunteerId, manageToken: signUp.manageToken as string, otherSignUp: other };
  }

  it('leaves none of their name, e-mail, phone digits or deferral reason in any column of any table, and every count as it was', async () => {
    const { drives, person, volunteerId, manageToken } = await personWithHistory('4711');
    const needles = [person.name, person.email, person.phone.slice(-8), person.reason];
    const before = await figures(drives);
    // The scan finds them where they were written: the record, the sign-up, the desk's trail, the messages.
    expect(await scan(app, needles)).toEqual(
      expect.arrayContaining(['volunteers.name', 'volunteers.email', 'volunteers.phone', 'sign_ups.deferral_reason', 'sign_up_events.details', 'outbox.recipient', 'outbox.rendered']),
    );
    expect((await app.ok(MY_SIGN_UP, { t: manageToken })).mySignUp).not.toBeNull();

    // The city they gave goes with the rest.
    expect((await app.sql(`SELECT region_code FROM volunteers WHERE id = $1`, [volunteerId]))[0].region_code).toBe('CN-150100');
    expect(await app.server.app.get(Erasure).eraseVolunteer(volunteerId, 'ORGANIZER')).toBe(true);

    expect(await scan(app, needles)).toEqual([]);
    expect(await figures(drives)).toEqual(before);
    const [tombstone] = await app.sql(`SELECT name, email, phone, birth_date, blood_type, region_code, erased_at FROM volunteers WHERE id = $1`, [volunteerId]);
    expect(tombstone).toEqual({ name: '', email: null, phone: null, birth_date: null, blood_type: null, region_code: null, erased_at: expect.any(Date) });
    const signUps = await app.sql(`SELECT status, deferral_reason, volume_ml, retry_on, source FROM sign_ups WHERE volunteer_id = $1 ORDER BY created_at`, [volunteerId]);
    expect(signUps).toEqual([
      { status: 'DEFERRED', deferral_reason: null, volume_ml: null, retry_on: null, source: null },
      { status: 'DONATED', deferral_reason: null, volume_ml: null, retry_on: null, source: null },
    ]);
    // Their links stop working; nothing of theirs is left to send.
    expect((await app.ok(MY_SIGN_UP, { t: manageToken })).mySignUp).toBeNull();
    expect(await app.sql(`SELECT 1 FROM unsubscribe_tokens WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
    expect(await app.sql(`SELECT 1 FROM outbox WHERE volunteer_id = $1 AND state = 'QUEUED'`, [volunteerId])).toEqual([]);
    // A second erasure finds nothing to do.
    expect(await app.server.app.get(Erasure).eraseVolunteer(volunteerId, 'ORGANIZER')).toBe(false);
  });

  it('lets a person erase themselves with their data link: nothing of theirs is left, every count stays, and the link opens nothing', async () => {
    const { drives, person } = await personWithHistory('5822');
    const needles = [person.name, person.email, person.phone.slice(-8), person.reason];
    const before = await figures(drives);
    await app.ok(`mutation($c: String!) { requestMyDataLink(contact: $c) }`, { c: person.email });
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    // As the person reads it: the link in the mail (quoted-printable lines joined again).
    const mails = app.server.app.get(MailCatcher).caught.filter((m) => m.to.includes(person.email));
    const token = mails.map((m) => /\/me\/([\w-]{43})/.exec(m.raw.replace(/=\r?\n/g, ''))?.[1]).find(Boolean) as string;
    const MY_DATA = `query($t: String!) { myData(token: $t) { name } }`;
    expect((await app.ok(MY_DATA, { t: token })).myData.name).toBe(person.name);

    const ERASE = `mutation($t: String!) { eraseMyData(token: $t) }`;
    expect((await app.ok(ERASE, { t: token })).eraseMyData).toBe(true);

    expect(await scan(app, needles)).toEqual([]);
    expect(await figures(drives)).toEqual(before);
    expect((await app.ok(MY_DATA, { t: token })).myData).toBeNull();
    expect(errorCode(await app.gql(ERASE, { t: token }))).toBe('BAD_USER_INPUT');
    expect(await app.sql(`SELECT 1 FROM my_data_links l JOIN volunteers v ON v.id = l.volunteer_id WHERE v.erased_at IS NOT NULL`)).toEqual([]);
  });

  it('keeps the other people of the same drives as they were', async () => {
    const { volunteerId, otherSignUp } = await personWithHistory('4712');
    const [other] = await app.sql(`SELECT v.name, v.email FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.id = $1`, [otherSignUp.id]);
    await app.server.app.get(Erasure).eraseVolunteer(volunteerId, 'ORGANIZER');
    expect(await scan(app, [other.name, other.email])).toEqual(expect.arrayContaining(['volunteers.name', 'volunteers.email']));
    const [{ volume_ml }] = await app.sql(`SELECT volume_ml FROM sign_ups WHERE id = $1`, [otherSignUp.id]);
    expect(volume_ml).toBe(300);
  });

  it('lets an organizer erase a person of their organization on request, audited; not desk staff, viewers, other organizations or the public', async () => {
    const ERASE = `mutation($id: ID!) { eraseVolunteer(id: $id) }`;
    const { drives, person, volunteerId } = await personWithHistory('4713');
    const admin = await app.adminToken();
    const viewer = await inviteInto(admin, 'VIEWER');
    const desk = await inviteInto(organizer, 'DESK', [drives[0].id]);
    const stranger = await app.organizerElsewhere();
    for (const [token, code] of [[desk, 'FORBIDDEN'], [viewer, 'FORBIDDEN'], [stranger, 'NOT_FOUND'], [null, 'UNAUTHENTICATED']] as const) {
      expect(errorCode(await app.gql(ERASE, { id: volunteerId }, { token }))).toBe(code);
    }
    expect(await scan(app, [person.email])).not.toEqual([]);
    expect((await org(ERASE, { id: volunteerId })).eraseVolunteer).toBe(true);
    expect(await scan(app, [person.name, person.email, person.phone.slice(-8), person.reason])).toEqual([]);
    expect((await org(ERASE, { id: volunteerId })).eraseVolunteer).toBe(false);
    const events = await app.sql(`SELECT action, actor_role, subject_type, details FROM audit_events WHERE subject_id = $1 AND action = 'VOLUNTEER_ERASED' ORDER BY at`, [volunteerId]);
    expect(events).toEqual([
      { action: 'VOLUNTEER_ERASED', actor_role: 'ORGANIZER', subject_type: 'VOLUNTEER', details: { erasedNow: true } },
      { action: 'VOLUNTEER_ERASED', actor_role: 'ORGANIZER', subject_type: 'VOLUNTEER', details: { erasedNow: false } },
    ]);
    expect(errorCode(await app.gql(ERASE, { id: '00000000-0000-4000-8000-000000000000' }, { token: organizer }))).toBe('NOT_FOUND');
  });

  it('refuses an organizer a person who signed up with another organization too; an admin may', async () => {
    const ERASE = `mutation($id: ID!) { eraseVolunteer(id: $id) }`;
    const drive = await make.drive();
    const shared = await make.signUp(drive);
    const elsewhere = new Factories(app, await app.organizerElsewhere());
    await elsewhere.signUp(await elsewhere.drive(), { email: shared.email, name: 'Same person' });
    const [{ volunteer_id }] = await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [shared.id]);
    expect(errorCode(await app.gql(ERASE, { id: volunteer_id }, { token: organizer }))).toBe('FORBIDDEN');
    expect((await app.ok(ERASE, { id: volunteer_id }, { token: await app.adminToken() })).eraseVolunteer).toBe(true);
  });

  it('forgets where the person’s own anonymous requests came from, and changes nothing else of the audit log', async () => {
    const drive = await make.drive();
    const signUp = await make.signUp(drive);
    const [{ volunteer_id }] = await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [signUp.id]);
    const log = app.server.app.get(AuditLog);
    const request = { ip: '203.0.113.7', headers: { 'user-agent': 'Their phone' } };
    await log.record(null, request, { action: AuditAction.PERSONAL_DATA_READ, subjectType: AuditSubjectType.VOLUNTEER, subjectId: volunteer_id });
    await org(`query($id: ID!) { volunteer(id: $id) { id } }`, { id: volunteer_id });
    await app.server.app.get(Erasure).eraseVolunteer(volunteer_id, 'OWN_REQUEST');
    const events = await app.sql(`SELECT actor_role, ip, user_agent FROM audit_events WHERE subject_id = $1 ORDER BY at`, [volunteer_id]);
    expect(events).toEqual([
      { actor_role: null, ip: null, user_agent: null },
      { actor_role: 'ORGANIZER', ip: expect.any(String), user_agent: null },
    ]);
    await expect(app.sql(`UPDATE audit_events SET details = '{"x": 1}' WHERE subject_id = $1`, [volunteer_id])).rejects.toThrow(/never changed/);
  });

  it('sends an erased person nothing: reminders and messages about their sign-ups find nobody to go to', async () => {
    const drive = await make.drive({ day: '2031-03-01' });
    const signUp = await make.signUp(drive);
    const [{ volunteer_id }] = await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [signUp.id]);
    await app.server.app.get(Erasure).eraseVolunteer(volunteer_id, 'OWN_REQUEST');
    await org(CHECK_IN, { id: signUp.id });
    await org(OUTCOME, { id: signUp.id, input: { outsideDriveDays: true, status: 'DONATED', volumeMl: 400 } });
    expect(await app.sql(`SELECT purpose, recipient FROM outbox WHERE sign_up_id = $1 AND state = 'QUEUED'`, [signUp.id])).toEqual([]);
    // The same person signing up again is a new record: nothing of the erased one comes back.
    const fresh = await make.signUp(drive, { email: signUp.email, name: 'Back again' });
    const [{ volunteer_id: newId }] = await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [fresh.id]);
    expect(newId).not.toBe(volunteer_id);
  });
});
