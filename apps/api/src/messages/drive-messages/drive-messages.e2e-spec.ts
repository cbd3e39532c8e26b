import { Role } from '@life-relay/domain';
import { Factories, MadeDrive } from '../../testing/factories';
import { createTestApp, errorCode, TestApp } from '../../testing/test-app';
import { OutboxDelivery } from '../delivery/outbox-delivery.service';

const AUDIENCE = `query($input: DriveMessageAudienceInput!) { driveMessageAudience(input: $input) { count names } }`;
const SEND = `mutation($input: SendDriveMessageInput!) { sendDriveMessage(input: $input) { id queued } }`;
const TEXTS = {
  en: { subject: 'Bring your ID card', body: 'Please bring your ID card to the drive.' },
  zhCN: { subject: '请携带身份证', body: '请携带身份证参加献血活动。' },
};
const ZH = { 'accept-language': 'zh-CN' };

/** An outbox row as kept: its subject and text. */
interface Row {
  recipient: string;
  locale: string;
  state: string;
  subject: string;
  text: string;
}

describe('messages to a drive’s sign-ups', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp({ PUBLIC_URL: 'http://relay.test' });
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const org = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => app.ok<T>(query, variables, { token: organizer });
  const deliver = () => app.server.app.get(OutboxDelivery).deliverAllDue();
  /** What the outbox holds of a purpose for these people (as kept: subject and text). */
  const sent = async (purpose: string, emails: string[]): Promise<Row[]> =>
    (await app.sql(`SELECT recipient, locale, state, subject, rendered->>'text' AS text FROM outbox WHERE purpose = $1 AND recipient = ANY($2) ORDER BY recipient`, [purpose, emails])) as Row[];
  const recipients = (rows: Row[]) => rows.map((r) => r.recipient).sort();
  const to = (rows: Row[], email: string): Row => {
    const row = rows.find((r) => r.recipient === email);
    if (!row) throw new Error(`Nothing to ${email}`);
    return row;
  };
  const nameOf = async (email: string) => (await app.sql(`SELECT name FROM volunteers WHERE email = $1`, [email]))[0].name as string;

  /** A drive with two shifts, a team, and sign-ups: two on the first shift (one of the team, in Chinese), one on the second, one cancelled. */
  async function driveWithPeople() {
    const d = await make.drive();
    const team = await make.team();
    const teamMember = await make.signUp(d, { teamCode: team.code }, ZH);
    const first = await make.signUp(d);
    const second = await make.signUp(d, { shiftId: d.shifts[1] });
    const cancelled = await make.signUp(d);
    await app.sql(`UPDATE sign_ups SET status = 'CANCELLED' WHERE id = $1`, [cancelled.id]);
    return { d, team, teamMember, first, second, cancelled };
  }

  it('shows whom a message would reach by status, shift and team, each person once', async () => {
    const { d, team, teamMember, first, second } = await driveWithPeople();
    const everyone = await org(AUDIENCE, { input: { driveId: d.id } });
    expect(everyone.driveMessageAudience.count).toBe(4);
    const registered = await org(AUDIENCE, { input: { driveId: d.id, statuses: ['REGISTERED'] } });
    expect(registered.driveMessageAudience).toEqual({ count: 3, names: (await Promise.all([teamMember, first, second].map((s) => nameOf(s.email)))).sort() });
    expect((await org(AUDIENCE, { input: { driveId: d.id, statuses: ['REGISTERED'], shiftIds: [d.shifts[1]] } })).driveMessageAudience).toEqual({ count: 1, names: [await nameOf(second.email)] });
    expect((await org(AUDIENCE, { input: { driveId: d.id, teamIds: [team.id] } })).driveMessageAudience).toEqual({ count: 1, names: [await nameOf(teamMember.email)] });
    // An erased person is nobody's audience.
    await app.sql(`UPDATE volunteers SET erased_at = now(), name = 'Erased', email = NULL, phone = NULL WHERE email = $1`, [second.email]);
    expect((await org(AUDIENCE, { input: { driveId: d.id, statuses: ['REGISTERED'] } })).driveMessageAudience.count).toBe(2);
  });

  it('sends each person the message once, in their own language, with their sign-up link', async () => {
    const { d, teamMember, first, second, cancelled } = await driveWithPeople();
    const input = { driveId: d.id, statuses: ['REGISTERED'], ...TEXTS };
    const { sendDriveMessage } = await org(SEND, { input });
    expect(sendDriveMessage.queued).toBe(3);
    await deliver();
    const rows = await sent('DRIVE_MESSAGE', [teamMember.email, first.email, second.email, cancelled.email]);
    expect(recipients(rows)).toEqual([teamMember.email, first.email, second.email].sort());
    const zh = to(rows, teamMember.email);
    expect(zh).toMatchObject({ locale: 'zh-CN', state: 'SENT', subject: '请携带身份证' });
    expect(zh.text).toContain('请携带身份证参加献血活动。');
    const en = to(rows, first.email);
    expect(en).toMatchObject({ locale: 'en', state: 'SENT', subject: 'Bring your ID card' });
    expect(en.text).toContain('Please bring your ID card to the drive.');
    expect(en.text).toContain('http://relay.test/m/');
    // A person unsubscribed from what nobody asked for still hears from their drive's organizers.
    await app.sql(`UPDATE volunteers SET unsubscribed_at = now() WHERE email = $1`, [first.email]);
    // Sending again is another message (a person has one sign-up per drive, so one copy of each).
    expect((await org(SEND, { input })).sendDriveMessage.queued).toBe(3);
    await deliver();
    expect((await sent('DRIVE_MESSAGE', [first.email])).map((r) => r.state)).toEqual(['SENT', 'SENT']);
    expect(await app.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'DRIVE_MESSAGE_SENT' AND subject_id = $1`, [d.id])).toEqual([{ n: 2 }]);
  });

  it('is for organizers of the drive’s organization only', async () => {
    const d = await make.drive();
    await make.signUp(d);
    const input = { driveId: d.id, ...TEXTS };
    const lead = (await app.userWithRole(Role.TEAM_LEAD)).token;
    const admin = await app.adminToken();
    const [{ organization_id }] = await app.sql(`SELECT organization_id FROM drives WHERE id = $1`, [d.id]);
    /** A VIEWER or DESK member of the drive's organization (the desk on this drive); their token. */
    const member = async (role: 'VIEWER' | 'DESK') => {
      const { inviteUser } = await app.ok(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
        { input: { email: `${role.toLowerCase()}-${make.unique()}@relay.test`, name: `${role} person`, role, organizationId: organization_id, deskDriveIds: role === 'DESK' ? [d.id] : undefined } },
        { token: admin },
      );
      const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
      return (await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } })).setPassword.token as string;
    };
    for (const q of [AUDIENCE, SEND]) {
      for (const token of [lead, await member('VIEWER'), await member('DESK')]) {
        expect(errorCode(await app.gql(q, { input: q === AUDIENCE ? { driveId: d.id } : input }, { token }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await app.gql(q, { input: q === AUDIENCE ? { driveId: d.id } : input }))).toBe('UNAUTHENTICATED');
    }
    const stranger = await app.organizerElsewhere();
    expect(errorCode(await app.gql(AUDIENCE, { input: { driveId: d.id } }, { token: stranger }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(SEND, { input }, { token: stranger }))).toBe('NOT_FOUND');
    expect(await app.sql(`SELECT count(*)::int AS n FROM outbox o JOIN sign_ups s ON s.id = o.sign_up_id WHERE s.drive_id = $1 AND o.purpose = 'DRIVE_MESSAGE'`, [d.id])).toEqual([{ n: 0 }]);
  });

  it('tells everyone registered or waitlisted when a published drive moves, once while it is queued', async () => {
    const { d, teamMember, first, second, cancelled } = await driveWithPeople();
    const UPDATE = `mutation($id: ID!, $input: UpdateDriveInput!) { updateDrive(id: $id, input: $input) { location } }`;
    await org(UPDATE, { id: d.id, input: { title: `${d.title} (renamed)` } });
    expect(await sent('DRIVE_CHANGED', [first.email])).toEqual([]);
    await org(UPDATE, { id: d.id, input: { location: 'Hohhot, Inner Mongolia University gym' } });
    await org(UPDATE, { id: d.id, input: { location: 'Hohhot, Inner Mongolia University library' } });
    await deliver();
    const rows = await sent('DRIVE_CHANGED', [teamMember.email, first.email, second.email, cancelled.email]);
    expect(recipients(rows)).toEqual([teamMember.email, first.email, second.email].sort());
    const en = to(rows, first.email);
    expect(en.subject).toMatch(/^Changed: /);
    expect(en.text).toContain('Where: Hohhot, Inner Mongolia University library');
    expect(to(rows, teamMember.email).subject).toMatch(/^活动变更：/);
  });

  it('writes "we missed you" to the no-shows of a closed drive, naming the organization’s next drive', async () => {
    const d: MadeDrive = await make.drive();
    // Sooner than every other drive of these tests: the organization's next one.
    const next = await make.drive({ day: '2027-01-10' });
    const absent = await make.signUp(d);
    const absentZh = await make.signUp(d, {}, ZH);
    const came = await make.signUp(d);
    const unsubscribed = await make.signUp(d);
    await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now() WHERE id = $1`, [came.id]);
    await app.sql(`UPDATE volunteers SET unsubscribed_at = now() WHERE email = $1`, [unsubscribed.email]);
    await org(`mutation($id: ID!) { closeDrive(id: $id) { status } }`, { id: d.id });
    await deliver();
    const rows = await sent('WE_MISSED_YOU', [absent.email, absentZh.email, came.email, unsubscribed.email]);
    expect(recipients(rows)).toEqual([absent.email, absentZh.email].sort());
    const en = to(rows, absent.email);
    expect(en.subject).toBe(`We missed you at ${d.title}`);
    expect(en.text).toContain(`Our next drive is ${next.title}`);
    expect(en.text).toContain(`http://relay.test/d/${next.slug}`);
    expect(en.text).toContain('http://relay.test/unsubscribe/');
    expect(to(rows, absentZh.email).subject).toBe(`「${d.title}」没有见到您`);
  });
});
