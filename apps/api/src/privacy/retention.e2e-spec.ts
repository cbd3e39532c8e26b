// Retention on a real database, the clock moved by moving dates in it (never by waiting): a
// person whose every drive closed RETENTION_DAYS + 1 days ago is erased by the daily job, once
// across processes; someone with a later drive, or a drive closed within the period, is kept.
// Rendered bodies go 30 days after sending, manage links 30 days after their drive and at
// a cancellation; organizers see who falls due and when.
import { DEFAULT_RETENTION_DAYS, Role } from '@life-relay/domain';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { Factories, MadeDrive } from '../testing/factories';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';
import { scan } from '../testing/scan';
import { Retention } from './retention.service';

const MY_SIGN_UP = `query($t: String!) { mySignUp(manageToken: $t) { status } }`;
const CANCEL = `mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`;
const DUE = `query($d: Int) { volunteersDueForErasure(withinDays: $d) { volunteerId name lastDriveClosedAt dueAt } }`;

describe('retention', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const retention = () => app.server.app.get(Retention);
  /** Closes the drive, then moves its close (and its times) `days` days into the past. */
  async function closedDaysAgo(drive: MadeDrive, days: number) {
    await app.ok(`mutation($id: ID!) { closeDrive(id: $id) { status } }`, { id: drive.id }, { token: organizer });
    await app.sql(
      `UPDATE drives SET closed_at = now() - make_interval(days => $2), starts_at = now() - make_interval(days => $2 + 1), ends_at = now() - make_interval(days => $2) WHERE id = $1`,
      [drive.id, days],
    );
  }
  const volunteerOf = async (signUpId: string) => (await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [signUpId]))[0].volunteer_id as string;
  const erased = async (volunteerId: string) => (await app.sql(`SELECT erased_at IS NOT NULL AS erased FROM volunteers WHERE id = $1`, [volunteerId]))[0].erased as boolean;

  it('erases, once a day, the people whose last drive closed more than RETENTION_DAYS ago, and keeps the others', async () => {
    const old = await make.drive();
    const recent = await make.drive();
    const later = await make.drive({ day: '2031-02-01' });
    const gone = await make.signUp(old, { name: 'Gone Long Ago', email: 'gone.long.ago@campus.test' });
    const cameBack = await make.signUp(old);
    await make.signUp(later, { email: cameBack.email });
    const withinPeriod = await make.signUp(recent);
    await closedDaysAgo(old, DEFAULT_RETENTION_DAYS + 1);
    await closedDaysAgo(recent, DEFAULT_RETENTION_DAYS - 1);

    // Organizers see who falls due, and when: the one past the period now, the other in a day.
    const due = (await app.ok(DUE, { d: 2 }, { token: organizer })).volunteersDueForErasure as { volunteerId: string; name: string; dueAt: string }[];
    const [goneId, keptId] = [await volunteerOf(gone.id), await volunteerOf(withinPeriod.id)];
    const byId = new Map(due.map((d) => [d.volunteerId, d]));
    expect(byId.get(goneId)).toMatchObject({ name: 'Gone Long Ago' });
    expect(Date.parse(byId.get(goneId)?.dueAt ?? '')).toBeLessThan(Date.now());
    const inADay = Date.parse(byId.get(keptId)?.dueAt ?? '') - Date.now();
    expect(inADay).toBeGreaterThan(23 * 3600_000);
    expect(inADay).toBeLessThan(25 * 3600_000);
    expect(byId.has(await volunteerOf(cameBack.id))).toBe(false);

    const [first, second] = await Promise.all([retention().runDaily(), retention().runDaily()]);
    // Two processes at once: one runs the day, the other finds it claimed.
    expect([first, second].filter((r) => r === null)).toHaveLength(1);
    expect((first ?? second)?.erased).toBeGreaterThanOrEqual(1);
    expect(await retention().runDaily()).toBeNull();

    expect(await erased(await volunteerOf(gone.id))).toBe(true);
    expect(await erased(await volunteerOf(cameBack.id))).toBe(false);
    expect(await erased(await volunteerOf(withinPeriod.id))).toBe(false);
    expect(await scan(app, ['Gone Long Ago', 'gone.long.ago@campus.test'])).toEqual([]);
    const [event] = await app.sql(`SELECT action, actor_id FROM audit_events WHERE subject_id = $1`, [await volunteerOf(gone.id)]);
    expect(event).toEqual({ action: 'RETENTION_ERASED', actor_id: null });
  });

  it('clears what messages said 30 days after they were sent', async () => {
    const drive = await make.drive();
    const a = await make.signUp(drive);
    const b = await make.signUp(drive);
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    await app.sql(`UPDATE outbox SET sent_at = now() - interval '31 days' WHERE sign_up_id = $1`, [a.id]);
    await app.sql(`UPDATE outbox SET sent_at = now() - interval '29 days' WHERE sign_up_id = $1`, [b.id]);
    await retention().run();
    const kept = async (id: string) => (await app.sql(`SELECT rendered IS NOT NULL AS r, subject IS NOT NULL AS s, state FROM outbox WHERE sign_up_id = $1`, [id]))[0];
    expect(await kept(a.id)).toEqual({ r: false, s: false, state: 'SENT' });
    expect(await kept(b.id)).toEqual({ r: true, s: true, state: 'SENT' });
  });

  it('ends manage links 30 days after their drive, and the moment their sign-up is cancelled', async () => {
    const ended = await make.drive();
    const current = await make.drive();
    const a = await make.signUp(ended);
    const b = await make.signUp(current);
    const c = await make.signUp(current);
    await app.sql(`UPDATE drives SET starts_at = now() - interval '32 days', ends_at = now() - interval '31 days' WHERE id = $1`, [ended.id]);
    await app.sql(`UPDATE drives SET starts_at = now() - interval '30 days', ends_at = now() - interval '29 days' WHERE id = $1`, [current.id]);
    expect((await app.ok(MY_SIGN_UP, { t: a.manageToken })).mySignUp).toBeNull();
    expect((await app.ok(MY_SIGN_UP, { t: b.manageToken })).mySignUp).toEqual({ status: 'REGISTERED' });
    await app.sql(`UPDATE drives SET starts_at = now() + interval '1 day', ends_at = now() + interval '2 days' WHERE id = $1`, [current.id]);

    // Cancelled: the answer says so, and from then on the link opens nothing and cancels nothing.
    expect((await app.ok(CANCEL, { t: c.manageToken })).cancelSignUp.status).toBe('CANCELLED');
    expect((await app.ok(MY_SIGN_UP, { t: c.manageToken })).mySignUp).toBeNull();
    expect(errorCode(await app.gql(CANCEL, { t: c.manageToken }))).toBe('NOT_FOUND');
    expect((await app.sql(`SELECT status FROM sign_ups WHERE id = $1`, [c.id]))[0].status).toBe('CANCELLED');

    const report = await retention().run();
    expect(report.manageLinksDeleted).toBeGreaterThanOrEqual(2);
    const left = await app.sql(`SELECT sign_up_id FROM manage_tokens WHERE sign_up_id = ANY($1)`, [[a.id, b.id, c.id]]);
    expect(left.map((r) => r.sign_up_id)).toEqual([b.id]);
  });

  it('shows who falls due to organizers and viewers only: team leads and the public are refused', async () => {
    expect(errorCode(await app.gql(DUE, {}))).toBe('UNAUTHENTICATED');
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    expect(errorCode(await app.gql(DUE, {}, { token: lead.token }))).toBe('FORBIDDEN');
  });
});
