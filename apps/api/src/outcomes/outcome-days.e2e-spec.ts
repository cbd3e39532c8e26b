// Outcomes on the drive's days (issue 21): the desk records what happened on the drive's days (in
// its zone); on another day only an organizer may, on purpose, and the sign-up's history says so.
// Donation intervals count from the drive's day, whenever the outcome was typed in.
import { Role } from '@life-relay/domain';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';
import { Factories } from '../testing/factories';
import { ReminderScanner } from '../messages/reminders/reminder-scanner.service';

const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { id status } }`;
const HISTORY = `query($id: ID!) { volunteer(id: $id) { donorHistory { donationCount lastDonatedOn nextEligible { kind date } } } }`;

describe('outcomes on the drive’s days', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const statusOf = async (id: string) => (await app.sql(`SELECT status FROM sign_ups WHERE id = $1`, [id]))[0].status;
  const thankYous = async (id: string) => (await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE sign_up_id = $1 AND purpose = 'THANK_YOU'`, [id]))[0].n;

  it('refuses an outcome on another day than the drive’s, to the desk and to an organizer without the override, and sends nothing', async () => {
    const drive = await make.drive(); // 2030-12-05 in Shanghai
    const made = await make.signUp(drive);
    const desk = await deskStaff(drive.id);
    for (const token of [desk, organizer]) {
      const result = await app.gql(OUTCOME, { id: made.id, input: { status: 'DONATED', volumeMl: 400 } }, { token });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'outcomeOutsideDriveDays' } });
      expect(result.errors?.[0].message).toContain('2030-12-05 to 2030-12-05');
    }
    const zh = await app.gql(OUTCOME, { id: made.id, input: { status: 'NO_SHOW' } }, { token: organizer, headers: { 'accept-language': 'zh-CN' } });
    expect(zh.errors?.[0].message).toContain('结果只能在活动日');
    expect(await statusOf(made.id)).toBe('REGISTERED');
    expect(await thankYous(made.id)).toBe(0);
  });

  it('lets the desk record on the drive’s day', async () => {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const made = await make.signUp(drive);
    const { recordOutcome } = await app.ok(OUTCOME, { id: made.id, input: { status: 'DONATED', volumeMl: 400 } }, { token: await deskStaff(drive.id) });
    expect(recordOutcome.status).toBe('DONATED');
  });

  it('refuses the override to desk staff', async () => {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const made = await make.signUp(drive);
    const result = await app.gql(OUTCOME, { id: made.id, input: { status: 'DONATED', volumeMl: 400, outsideDriveDays: true } }, { token: await deskStaff(drive.id) });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await statusOf(made.id)).toBe('REGISTERED');
  });

  it('records an organizer’s override in the history, and counts the interval from the drive’s day, not the day of typing', async () => {
    const drive = await make.drive(); // 2030-12-05, recorded today (years before)
    const made = await make.signUp(drive);
    await app.ok(OUTCOME, { id: made.id, input: { status: 'DONATED', volumeMl: 400, outsideDriveDays: true } }, { token: organizer });
    expect(await app.sql(`SELECT to_status, details FROM sign_up_events WHERE sign_up_id = $1 ORDER BY created_at`, [made.id])).toEqual([
      { to_status: 'CHECKED_IN', details: {} },
      { to_status: 'DONATED', details: { volumeMl: 400, deferralReason: null, retryOn: null, outsideDriveDays: true } },
    ]);
    const [{ volunteer_id }] = await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [made.id]);
    const { volunteer } = await app.ok(HISTORY, { id: volunteer_id }, { token: organizer });
    // Whole blood: 180 days from 2030-12-05; platelets after whole blood: 90.
    expect(volunteer.donorHistory).toEqual({
      donationCount: 1,
      lastDonatedOn: '2030-12-05',
      nextEligible: [
        { kind: 'WHOLE_BLOOD', date: '2031-06-03' },
        { kind: 'PLATELETS', date: '2031-03-05' },
      ],
    });

    // "You can donate again" goes on the drive's day plus the interval, not before.
    const scanner = app.server.app.get(ReminderScanner);
    const eligibleAgain = async () => (await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE sign_up_id = $1 AND purpose = 'ELIGIBLE_AGAIN'`, [made.id]))[0].n;
    await scanner.queueEligibleAgain(new Date('2031-06-02T12:00:00+08:00'));
    expect(await eligibleAgain()).toBe(0);
    await scanner.queueEligibleAgain(new Date('2031-06-03T08:00:00+08:00'));
    expect(await eligibleAgain()).toBe(1);
  });

  it('counts the donations before the sign-up’s drive on its card, never the one just recorded', async () => {
    const BEFORE = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { donorHistoryBefore { donationCount lastDonatedOn } } }`;
    const earlier = await make.drive({ day: '2030-03-01' });
    const first = await make.signUp(earlier);
    const { recordOutcome: atFirst } = await app.ok(BEFORE, { id: first.id, input: { status: 'DONATED', volumeMl: 400, outsideDriveDays: true } }, { token: organizer });
    expect(atFirst.donorHistoryBefore).toEqual({ donationCount: 0, lastDonatedOn: null });

    const later = await make.drive(); // 2030-12-05
    const second = await make.signUp(later, { email: first.email });
    const { recordOutcome: atSecond } = await app.ok(BEFORE, { id: second.id, input: { status: 'DONATED', volumeMl: 300, outsideDriveDays: true } }, { token: organizer });
    expect(atSecond.donorHistoryBefore).toEqual({ donationCount: 1, lastDonatedOn: '2030-03-01' });
    // The earlier drive's card does not count the later donation either.
    const { recordOutcome: corrected } = await app.ok(BEFORE, { id: first.id, input: { status: 'DONATED', volumeMl: 450, outsideDriveDays: true } }, { token: organizer });
    expect(corrected.donorHistoryBefore).toEqual({ donationCount: 0, lastDonatedOn: null });
  });

  /** A desk account of the organizer's organization for this drive. */
  async function deskStaff(driveId: string): Promise<string> {
    const { organizations } = await app.ok(`{ organizations { id } }`, {}, { token: organizer });
    const email = `desk-${Math.random().toString(36).slice(2)}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email, name: 'Desk person', role: 'DESK', organizationId: organizations[0].id, deskDriveIds: [driveId] } },
      { token: organizer },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    return setPassword.token;
  }
});
