// The offline desk's taps (issue 21): a queued tap carries an id the desk made and the time it was
// tapped, so that a queue replayed twice is applied once, a queue replayed after midnight is not
// refused for a tap made on the drive's day, and a tap on a sign-up that changed since is refused
// rather than overwriting what happened.
import { randomUUID } from 'crypto';
import { Role } from '@life-relay/domain';
import { createTestApp, TestApp } from '../testing/test-app';
import { Factories } from '../testing/factories';

const CHECK_IN = `mutation($id: ID!, $tap: DeskTapInput) { checkIn(signUpId: $id, tap: $tap) { id status checkedInAt } }`;
const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!, $tap: DeskTapInput) { recordOutcome(signUpId: $id, input: $input, tap: $tap) { id status volumeMl outcomeAt } }`;
const HOUR = 60 * 60 * 1000;

describe('desk taps sent by the offline queue', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const tap = (over: Record<string, unknown> = {}) => ({ operationId: randomUUID(), tappedAt: new Date().toISOString(), ...over });
  const events = async (id: string) => (await app.sql(`SELECT from_status, to_status FROM sign_up_events WHERE sign_up_id = $1 ORDER BY created_at`, [id])) as object[];
  const statusOf = async (id: string) => (await app.sql(`SELECT status FROM sign_ups WHERE id = $1`, [id]))[0].status;
  const thankYous = async (id: string) => (await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE sign_up_id = $1 AND purpose = 'THANK_YOU'`, [id]))[0].n;
  /** A drive of today whose shift is moved to `hoursAgo` after the sign-up (sign-ups close when shifts are over). */
  async function signUpOnDriveHeld(hoursAgo: number) {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const made = await make.signUp(drive);
    const startsAt = new Date(Date.now() - hoursAgo * HOUR);
    await app.sql(`UPDATE shifts SET starts_at = $2, ends_at = $3 WHERE drive_id = $1`, [drive.id, startsAt, new Date(startsAt.getTime() + 2 * HOUR)]);
    await app.sql(`UPDATE drives SET starts_at = $2, ends_at = $3 WHERE id = $1`, [drive.id, new Date(startsAt.getTime() - HOUR), new Date(startsAt.getTime() + 3 * HOUR)]);
    return { drive, made, startsAt };
  }

  it('applies a check-in sent twice with one operation id once, answers the same both times, and does not undo a correction made since', async () => {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const made = await make.signUp(drive);
    const desk = await deskStaff(drive.id);
    const once = tap({ seenStatus: 'REGISTERED' });
    const first = await app.ok(CHECK_IN, { id: made.id, tap: once }, { token: desk });
    const second = await app.ok(CHECK_IN, { id: made.id, tap: once }, { token: desk });
    expect(second).toEqual(first);
    expect(first.checkIn.status).toBe('CHECKED_IN');
    expect(await events(made.id)).toEqual([{ from_status: 'REGISTERED', to_status: 'CHECKED_IN' }]);
    // Corrected since, the old tap arriving once more does not check them in again.
    await app.ok(OUTCOME, { id: made.id, input: { status: 'NO_SHOW' } }, { token: organizer });
    const late = await app.ok(CHECK_IN, { id: made.id, tap: { ...once, seenStatus: null } }, { token: desk });
    expect(late.checkIn.status).toBe('NO_SHOW');
    expect(await events(made.id)).toHaveLength(2);
  });

  it('applies an outcome sent twice once: one event, one thank-you, the same answer; racing copies too', async () => {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const made = await make.signUp(drive);
    const desk = await deskStaff(drive.id);
    const once = tap({ seenStatus: 'REGISTERED' });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => app.ok(OUTCOME, { id: made.id, input: { status: 'DONATED', volumeMl: 400 }, tap: once }, { token: desk })),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].recordOutcome).toMatchObject({ status: 'DONATED', volumeMl: 400 });
    expect(await events(made.id)).toEqual([
      { from_status: 'REGISTERED', to_status: 'CHECKED_IN' },
      { from_status: 'CHECKED_IN', to_status: 'DONATED' },
    ]);
    expect(await thankYous(made.id)).toBe(1);
    // The repeat changes nothing even when it would now be a correction of the volume.
    await app.ok(OUTCOME, { id: made.id, input: { status: 'DONATED', volumeMl: 450 }, tap: once }, { token: desk });
    expect((await app.sql(`SELECT volume_ml FROM sign_ups WHERE id = $1`, [made.id]))[0].volume_ml).toBe(400);
  });

  it('refuses an operation id already used for another sign-up or another mutation', async () => {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const [a, b] = [await make.signUp(drive), await make.signUp(drive)];
    const once = tap();
    await app.ok(CHECK_IN, { id: a.id, tap: once }, { token: organizer });
    const other = await app.gql(CHECK_IN, { id: b.id, tap: once }, { token: organizer });
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'operationReused' } });
    const mutation = await app.gql(OUTCOME, { id: a.id, input: { status: 'NO_SHOW' }, tap: once }, { token: organizer });
    expect(mutation.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'operationReused' } });
    expect(await statusOf(b.id)).toBe('REGISTERED');
    expect(await statusOf(a.id)).toBe('CHECKED_IN');
  });

  it('refuses an operation id that is not a UUID, field by field', async () => {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const made = await make.signUp(drive);
    const result = await app.gql(CHECK_IN, { id: made.id, tap: tap({ operationId: 'tap-1' }) }, { token: organizer });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(result.errors?.[0].extensions)).toContain('operationId');
    expect(await statusOf(made.id)).toBe('REGISTERED');
  });

  it('records a desk’s outcome replayed after midnight when it was tapped on the drive’s day', async () => {
    const { drive, made, startsAt } = await signUpOnDriveHeld(40);
    const desk = await deskStaff(drive.id);
    const input = { status: 'DONATED', volumeMl: 400 };
    // Sent now without the time of the tap, it is refused: the drive was (at least) yesterday.
    const now = await app.gql(OUTCOME, { id: made.id, input }, { token: desk });
    expect(now.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'outcomeOutsideDriveDays' } });
    const replayed = await app.ok(OUTCOME, { id: made.id, input, tap: tap({ tappedAt: new Date(startsAt.getTime() + HOUR).toISOString() }) }, { token: desk });
    expect(replayed.recordOutcome.status).toBe('DONATED');
  });

  it('does not trust a tap more than 48 hours old, nor one from a clock running ahead, to say which day it was', async () => {
    const { drive, made, startsAt } = await signUpOnDriveHeld(60);
    const desk = await deskStaff(drive.id);
    const old = await app.gql(OUTCOME, { id: made.id, input: { status: 'NO_SHOW' }, tap: tap({ tappedAt: new Date(startsAt.getTime() + HOUR).toISOString() }) }, { token: desk });
    expect(old.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'outcomeOutsideDriveDays' } });

    const later = await make.drive(); // 2030-12-05: a tablet set to that day does not make it the day
    const ahead = await make.signUp(later);
    const future = await app.gql(OUTCOME, { id: ahead.id, input: { status: 'NO_SHOW' }, tap: tap({ tappedAt: '2030-12-05T10:00:00+08:00' }) }, { token: organizer });
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'outcomeOutsideDriveDays' } });
    expect(await statusOf(made.id)).toBe('REGISTERED');
    expect(await statusOf(ahead.id)).toBe('REGISTERED');
  });

  it('refuses a tap on a sign-up that changed since it was tapped, and keeps what happened', async () => {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const donated = await make.signUp(drive);
    const desk = await deskStaff(drive.id);
    // Another desk recorded the donation while this tablet was offline with a check-in queued.
    await app.ok(OUTCOME, { id: donated.id, input: { status: 'DONATED', volumeMl: 400 } }, { token: organizer });
    const late = await app.gql(CHECK_IN, { id: donated.id, tap: tap({ seenStatus: 'REGISTERED' }) }, { token: desk });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'changedSinceTapped' } });
    expect(late.errors?.[0].message).toContain('REGISTERED then and is DONATED now');
    expect(await statusOf(donated.id)).toBe('DONATED');

    // The volunteer cancelled meanwhile.
    const cancelled = await make.signUp(drive);
    await app.ok(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: cancelled.manageToken });
    const refused = await app.gql(OUTCOME, { id: cancelled.id, input: { status: 'DONATED', volumeMl: 400 }, tap: tap({ seenStatus: 'REGISTERED' }) }, { token: desk });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'outcomeOfCancelled' } });
    expect(await statusOf(cancelled.id)).toBe('CANCELLED');

    // A refused tap is not remembered: sent again once the state allows it, it is applied.
    const retry = tap({ seenStatus: 'CHECKED_IN' });
    const first = await app.gql(CHECK_IN, { id: donated.id, tap: retry }, { token: desk });
    expect(first.errors?.[0]).toMatchObject({ extensions: { key: 'changedSinceTapped' } });
    expect(await app.sql(`SELECT count(*)::int AS n FROM desk_operations WHERE operation_id = $1`, [retry.operationId])).toEqual([{ n: 0 }]);
  });

  it('records the outcome of a person the desk saw registered and another desk checked in meanwhile', async () => {
    const drive = await make.drive({ shiftStarts: [new Date()] });
    const made = await make.signUp(drive);
    const desk = await deskStaff(drive.id);
    await app.ok(CHECK_IN, { id: made.id }, { token: organizer });
    const { recordOutcome } = await app.ok(OUTCOME, { id: made.id, input: { status: 'DONATED', volumeMl: 400 }, tap: tap({ seenStatus: 'REGISTERED' }) }, { token: desk });
    expect(recordOutcome.status).toBe('DONATED');
    // A check-in someone else already made is what the tap wanted: no conflict, no second event.
    const again = await make.signUp(drive);
    await app.ok(CHECK_IN, { id: again.id }, { token: organizer });
    await app.ok(CHECK_IN, { id: again.id, tap: tap({ seenStatus: 'REGISTERED' }) }, { token: desk });
    expect(await events(again.id)).toEqual([{ from_status: 'REGISTERED', to_status: 'CHECKED_IN' }]);
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
