import { SchedulerRegistry } from '@nestjs/schedule';
import { Role } from '@life-relay/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Outbox } from '../outbox/outbox.repository';
import { startServer } from '../server';
import { Factories } from '../testing/factories';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';
import { dropTestDatabase } from '../testing/test-database';
import { TestSmpp } from '../testing/test-smpp';
import { TestSmtp } from '../testing/test-smtp';
import { MailCatcher } from './delivery/mail-catcher';
import { BATCH_SIZE, MAX_ATTEMPTS, OUTCOMES_AT_ONCE, OutboxDelivery } from './delivery/outbox-delivery.service';
import { ReminderScanner } from './reminders/reminder-scanner.service';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status manageToken duplicate } }`;
const HOUR = 3600 * 1000;
/** A one-time sign-up code (verification.e2e-spec.ts tests those); the tests here are about what follows. */
const notACode = (mail: { subject?: string }) => !/sign-up code|报名验证码/.test(mail.subject ?? '');
const CODES_ASIDE = `UPDATE outbox SET state = 'SENT' WHERE purpose = 'SIGN_UP_CODE'`;
/** Asks for a code for each contact at once, as on the public form. */
const requestCodes = (app: TestApp, slug: string, contacts: string[]) =>
  Promise.all(contacts.map((contact) => app.ok(`mutation($slug: String!, $contact: String!) { requestSignUpCode(driveSlug: $slug, contact: $contact) }`, { slug, contact })));

describe('messages', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    app = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://relay.test' });
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  const delivery = () => app.server.app.get(OutboxDelivery);
  /** What reached an address besides the one-time codes its sign-ups asked for. */
  const mailsTo = (address: string) => smtp.to(address).filter(notACode);

  /** A published drive of shifts of two hours from these instants. */
  const drive = (shiftStarts: Date[], capacity = 50) => make.drive({ shiftStarts, capacity, input: { title: `Reminder drive ${make.unique()}` } });

  const DEC5 = new Date('2030-12-05T01:00:00Z'); // 09:00 in Hohhot

  it('sends the confirmation with the manage link and a calendar invite, in the volunteer’s language', async () => {
    const d = await drive([DEC5]);
    const input = make.volunteer(d);
    await app.ok(SIGN_UP, { input: await app.withCode(input) }, { headers: { 'accept-language': 'zh-CN' } });
    await delivery().deliverAllDue();
    const [mail] = mailsTo(input.email);
    expect(mail.subject).toBe(`报名成功：${d.title}，2030年12月5日星期四`);
    // A link of its own, minted as it was sent (outbox-secrets.e2e-spec.ts): not the receipt's.
    const link = /http:\/\/relay\.test\/m\/([\w-]{43})/.exec(mail.text ?? '')?.[1];
    expect((await app.ok(`query($t: String!) { mySignUp(manageToken: $t) { email } }`, { t: link })).mySignUp).toEqual({ email: input.email });
    expect(mail.text).toContain('09:00–11:00');
    expect(mail.messageId).toMatch(/@life-relay>$/);
    const ics = mail.attachments.find((a) => a.filename === 'shift.ics');
    const calendar = ics?.content.toString('utf8') ?? '';
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('DTSTART:20301205T010000Z');
    expect(calendar).toContain('DTEND:20301205T030000Z');
    expect(calendar).toContain('LOCATION:Hohhot\\, Wanda Plaza');
    // The drive's page, not the manage link: a calendar is synced and shared beyond the mailbox.
    expect(calendar).toContain(`DESCRIPTION:http://relay.test/d/${d.slug}`);
    expect(calendar).not.toContain('/m/');
    expect(await app.sql(`SELECT state, attempts, subject FROM outbox WHERE recipient = $1 AND purpose <> 'SIGN_UP_CODE'`, [input.email])).toEqual([{ state: 'SENT', attempts: 1, subject: mail.subject }]);
  });

  it('e-mails a working link again to a repeated submission', async () => {
    const d = await drive([DEC5]);
    const input = make.volunteer(d);
    await app.ok(SIGN_UP, { input: await app.withCode(input) });
    const again = await app.ok(SIGN_UP, { input: await app.withCode(input) });
    expect(again.signUp).toMatchObject({ duplicate: true, manageToken: null });
    await delivery().deliverAllDue();
    const mails = mailsTo(input.email);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^You are signed up/), expect.stringMatching(/link sent again/)]);
    const link = /http:\/\/relay\.test\/m\/([\w-]+)/.exec(mails[1].text ?? '')?.[1];
    const view = await app.ok(`query($t: String!) { mySignUp(manageToken: $t) { email status } }`, { t: link });
    expect(view.mySignUp).toEqual({ email: input.email, status: 'REGISTERED' });
  });

  it('tells the first person waiting that a place is theirs', async () => {
    const d = await drive([DEC5], 1);
    const first = await app.ok(SIGN_UP, { input: await make.verified(d) });
    const waiting = make.volunteer(d);
    await app.ok(SIGN_UP, { input: await app.withCode(waiting) });
    await app.ok(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: first.signUp.manageToken });
    await delivery().deliverAllDue();
    expect(mailsTo(waiting.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^You are on the waitlist/), expect.stringMatching(/^A place is yours/)]);
  });

  it('delivers everything due in one round, and a round ends when its time is up', async () => {
    const invite = (i: number) =>
      app.sql(
        `WITH invitee AS (
           INSERT INTO users (email, name, role, organization_id)
           SELECT 'bulk' || $1 || '-' || n || '@relay.test', 'Lead ' || n, 'TEAM_LEAD', (SELECT id FROM organizations ORDER BY created_at LIMIT 1) FROM generate_series(1, $2::int) n RETURNING id, email)
         INSERT INTO outbox (purpose, dedupe_key, recipient, locale, payload)
         SELECT 'INVITATION', 'INVITATION:' || id, email, 'en', jsonb_build_object('userId', id) FROM invitee`,
        [String(i), BATCH_SIZE + 5],
      );
    await delivery().deliverAllDue(); // what earlier steps queued
    await invite(1);
    expect((await delivery().deliverAllDue()).sent).toBe(BATCH_SIZE + 5);
    expect(mailsTo('bulk1-')).toHaveLength(BATCH_SIZE + 5);
    await invite(2);
    expect((await delivery().deliverAllDue(0)).sent).toBe(BATCH_SIZE); // one batch, then time is up
    expect((await delivery().deliverAllDue()).sent).toBe(5);
  });

  it('reads a batch’s sign-ups in one query and records its outcomes many at a time', async () => {
    const d = await drive([new Date(Date.now() + 60 * 24 * HOUR)]);
    // What earlier steps queued, and the new drive's announcement to their volunteers (due at once
    // by day, at 08:00 by night): only the confirmations below are counted.
    await delivery().deliverAllDue();
    const statementsToDeliver = async (confirmations: number) => {
      for (let i = 0; i < confirmations; i++) await app.ok(SIGN_UP, { input: await make.verified(d) });
      await app.sql(CODES_ASIDE); // the codes are not part of this count
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        expect((await delivery().deliverAllDue()).sent).toBe(confirmations);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const few = await statementsToDeliver(2);
    const many = await statementsToDeliver(2 * OUTCOMES_AT_ONCE);
    // A statement or two per message would be a hundred more.
    expect(many - few).toBeLessThan(OUTCOMES_AT_ONCE);
    const states = await app.sql(
      `SELECT o.state, o.sent_at IS NOT NULL AS sent, o.claimed_until, o.subject = o.rendered ->> 'subject' AS kept
         FROM outbox o JOIN sign_ups s ON s.id = o.sign_up_id WHERE s.drive_id = $1`,
      [d.id],
    );
    expect(states).toHaveLength(2 + 2 * OUTCOMES_AT_ONCE);
    expect(new Set(states.map((r: Record<string, unknown>) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify({ state: 'SENT', sent: true, claimed_until: null, kept: true })]));
  });

  it('claims messages in place: no claimed row leaves its page, so no index gains an entry', async () => {
    await delivery().deliverAllDue(); // what earlier steps queued
    // Queued at once, as a call-out queues them: their pages are filled as far as the table allows.
    const queued: { id: string }[] = await app.sql(
      `INSERT INTO outbox (purpose, dedupe_key, recipient, locale, payload)
       SELECT 'INVITATION', 'IN-PLACE:' || n, 'in-place-' || n || '@relay.test', 'en', jsonb_build_object('userId', gen_random_uuid()) FROM generate_series(1, 300) n
       RETURNING id`,
    );
    const ids = queued.map((r) => r.id);
    const pages = () => app.sql(`SELECT id, (ctid::text::point)[0] AS page FROM outbox WHERE id = ANY($1) ORDER BY id`, [ids]);
    const before = await pages();
    expect(new Set(before.map((r) => r.page)).size).toBeGreaterThan(1);
    const claimed = await app.server.app.get(Outbox).claimDue(app.server.app.get(DataSource).manager, 1000, 60);
    expect(claimed.map((m) => m.id).sort()).toEqual([...ids].sort());
    expect(await pages()).toEqual(before);
    await app.sql(`UPDATE outbox SET state = 'SKIPPED', claimed_until = NULL WHERE id = ANY($1)`, [ids]);
  });

  it('reminds 24 h and 2 h before a shift, once each, and not for a time already past at sign-up', async () => {
    const start = new Date(Date.now() + 30 * 24 * HOUR);
    const d = await drive([start]);
    const early = make.volunteer(d);
    await app.ok(SIGN_UP, { input: await app.withCode(early) });
    const scanner = app.server.app.get(ScannerToken);
    expect(await scanner.queueShiftReminders(new Date(start.getTime() - 25 * HOUR))).toBe(0);
    expect(await scanner.queueShiftReminders(new Date(start.getTime() - 23 * HOUR))).toBe(1);
    expect(await scanner.queueShiftReminders(new Date(start.getTime() - 22 * HOUR))).toBe(0); // once
    // Someone signing up 20 h before gets the 2 h reminder only.
    const late = make.volunteer(d);
    await app.ok(SIGN_UP, { input: await app.withCode(late) });
    await app.sql(`UPDATE sign_ups SET created_at = $2 FROM volunteers v WHERE v.id = sign_ups.volunteer_id AND v.email = $1`, [late.email, new Date(start.getTime() - 20 * HOUR)]);
    expect(await scanner.queueShiftReminders(new Date(start.getTime() - 90 * 60 * 1000))).toBe(2);
    await delivery().deliverAllDue();
    expect(mailsTo(early.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^You are signed up/), expect.stringMatching(/^Tomorrow/), expect.stringMatching(/^Today/)]);
    expect(mailsTo(late.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^You are signed up/), expect.stringMatching(/^Today/)]);
  });

  it('skips a reminder for someone who cancelled after it was queued', async () => {
    const start = new Date(Date.now() + 40 * 24 * HOUR);
    const d = await drive([start]);
    const input = make.volunteer(d);
    const { signUp } = await app.ok(SIGN_UP, { input: await app.withCode(input) });
    await delivery().deliverAllDue();
    await app.server.app.get(ScannerToken).queueShiftReminders(new Date(start.getTime() - 23 * HOUR));
    await app.ok(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: signUp.manageToken });
    expect(await delivery().deliverAllDue()).toMatchObject({ skipped: 1, sent: 0 });
    expect(mailsTo(input.email)).toHaveLength(1);
  });

  it('thanks a donor after the donation, naming the milestone', async () => {
    const d = await drive([DEC5]);
    const input = make.volunteer(d);
    await app.ok(SIGN_UP, { input: await app.withCode(input) });
    const [row] = await app.sql(`SELECT s.id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`, [input.email]);
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DONATED, volumeMl: 400 }) { status } }`, { id: row.id }, { token: organizer });
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DONATED, volumeMl: 300 }) { status } }`, { id: row.id }, { token: organizer });
    await delivery().deliverAllDue();
    const thanks = mailsTo(input.email).filter((m) => m.subject?.startsWith('Thank you'));
    expect(thanks.map((m) => m.subject)).toEqual([`Thank you for donating, ${input.name} (first donation)`]); // once, despite the correction
  });

  it('tells a donor when they may give again, with upcoming drives and a one-click unsubscribe that is honoured', async () => {
    const past = await drive([DEC5]);
    const upcoming = await drive([new Date(Date.now() + 10 * 24 * HOUR)]);
    const input = make.volunteer(past);
    await app.ok(SIGN_UP, { input: await app.withCode(input) });
    const [row] = await app.sql(`SELECT s.id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`, [input.email]);
    await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now() - interval '181 days', outcome_on = current_date - 181 WHERE id = $1`, [row.id]);
    const scanner = app.server.app.get(ScannerToken);
    expect(await scanner.queueEligibleAgain()).toBe(1);
    expect(await scanner.queueEligibleAgain()).toBe(0);
    await delivery().deliverAllDue();
    const mail = mailsTo(input.email).find((m) => m.subject?.startsWith('You can donate again'));
    expect(mail?.text).toContain(`http://relay.test/d/${upcoming.slug}`);
    const header = (name: string) => mail?.headerLines.find((h) => h.key === name)?.line;
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header("list-unsubscribe")?.replace(/\s+/g, " ")).toMatch(/^List-Unsubscribe: <http:\/\/relay\.test\/unsubscribe\/[\w-]+>$/); // folded header
    const link = /http:\/\/relay\.test(\/unsubscribe\/[\w-]+)/.exec(mail?.text ?? '')?.[1] as string;
    expect((await app.http.get(link)).text).toContain('<form method="post"');
    expect((await app.http.post(link)).text).toContain('Unsubscribed');
    expect((await app.sql(`SELECT unsubscribed_at IS NOT NULL AS gone FROM volunteers WHERE email = $1`, [input.email]))[0].gone).toBe(true);
    expect((await app.http.post('/unsubscribe/not-a-token')).text).toContain('not valid');

    // Unsubscribed: a follow-up already queued is skipped.
    await app.sql(`INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale) SELECT 'ELIGIBLE_AGAIN', 'again-test', email, id, $2, 'en' FROM volunteers WHERE email = $1`, [input.email, row.id]);
    expect(await delivery().deliverAllDue()).toMatchObject({ skipped: 1 });
  });

  it('follows up a deferred volunteer on their retry date', async () => {
    const d = await drive([DEC5]);
    const input = make.volunteer(d);
    await app.ok(SIGN_UP, { input: await app.withCode(input) }, { headers: { 'accept-language': 'zh-CN' } });
    const [row] = await app.sql(`SELECT s.id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`, [input.email]);
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DEFERRED, deferralReason: "Low haemoglobin", retryOn: "2031-01-05" }) { status } }`, { id: row.id }, { token: organizer });
    const scanner = app.server.app.get(ScannerToken);
    expect(await scanner.queueDeferralFollowUps(new Date('2031-01-04T12:00:00Z'))).toBe(0);
    expect(await scanner.queueDeferralFollowUps(new Date('2031-01-05T01:00:00Z'))).toBe(1);
    await delivery().deliverAllDue();
    const mail = mailsTo(input.email).find((m) => m.subject?.includes('准备好再试一次'));
    expect(mail?.text).toContain('2031-01-05');
  });

  it('sends an urgent call-out once to each eligible, opted-in volunteer, after showing how many it reaches', async () => {
    const d = await drive([new Date(Date.now() + 5 * 24 * HOUR)]);
    // No phone: a call-out goes by SMS to whoever gave one (emergency-call-outs.e2e-spec.ts), by mail otherwise.
    const willing = make.volunteer(d, { bloodType: 'O_NEG', callOuts: true, phone: null });
    const notAsked = make.volunteer(d, { bloodType: 'O_NEG' });
    const otherType = make.volunteer(d, { bloodType: 'A_POS', callOuts: true });
    const recent = make.volunteer(d, { bloodType: 'AB_NEG', callOuts: true });
    for (const p of [willing, notAsked, otherType, recent]) await app.ok(SIGN_UP, { input: await app.withCode(p) });
    await app.sql(`UPDATE sign_ups s SET status = 'DONATED', outcome_at = now() - interval '10 days', outcome_on = current_date - 10 FROM volunteers v WHERE v.id = s.volunteer_id AND v.email = $1`, [recent.email]);
    const input = { kind: 'WHOLE_BLOOD', bloodTypes: ['O_NEG', 'AB_NEG'], driveId: d.id, message: 'A patient at the city hospital needs RhD-negative blood today.' };
    const count = await app.ok(`query($input: CallOutInput!) { callOutAudience(input: $input) }`, { input }, { token: organizer });
    expect(count.callOutAudience).toBe(1);
    const sent = await app.ok(`mutation($input: CallOutInput!) { sendCallOut(input: $input) { audienceCount sentBy bloodTypes } }`, { input }, { token: organizer });
    expect(sent.sendCallOut).toMatchObject({ audienceCount: 1, bloodTypes: ['O_NEG', 'AB_NEG'], sentBy: expect.stringContaining('ORGANIZER') });
    await delivery().deliverAllDue();
    const mail = mailsTo(willing.email).find((m) => m.subject?.startsWith('Urgent'));
    expect(mail?.subject).toBe('Urgent: blood donors (O−, AB−) needed');
    expect(mail?.text).toContain(`http://relay.test/d/${d.slug}?source=callout`);
    for (const p of [notAsked, otherType, recent]) expect(mailsTo(p.email).filter((m) => m.subject?.startsWith('Urgent'))).toEqual([]);
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    expect(errorCode(await app.gql(`mutation($input: CallOutInput!) { sendCallOut(input: $input) { audienceCount } }`, { input }, { token: lead.token }))).toBe('FORBIDDEN');
  });

  it('e-mails an invitation whose link sets the password', async () => {
    const admin = await app.adminToken();
    await app.ok(`mutation { inviteUser(input: { email: "new.lead@relay.test", name: "李明", role: TEAM_LEAD }) { user { id } } }`, {}, { token: admin, headers: { 'accept-language': 'zh-CN' } });
    await delivery().deliverAllDue();
    const [mail] = mailsTo('new.lead@relay.test');
    expect(mail.subject).toBe('邀请您以团队负责人身份加入生命接力');
    const token = /set-password#token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    const set = await app.ok(`mutation($t: String!) { setPassword(input: { token: $t, password: "lead-password-1" }) { role } }`, { t: token });
    expect(set.setPassword.role).toBe('TEAM_LEAD');
  });

  it('names a viewer’s and a desk person’s role in their invitation, in their language', async () => {
    const admin = await app.adminToken();
    const d = await drive([DEC5]);
    const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`;
    await app.ok(INVITE, { input: { email: 'new.viewer@relay.test', name: 'Wu Yan', role: 'VIEWER' } }, { token: admin });
    await app.ok(INVITE, { input: { email: 'new.desk@relay.test', name: '赵敏', role: 'DESK', deskDriveIds: [d.id] } }, { token: admin, headers: { 'accept-language': 'zh-CN' } });
    await delivery().deliverAllDue();
    expect(mailsTo('new.viewer@relay.test').map((m) => m.subject)).toEqual(['You are invited to Life Relay as a viewer (read only)']);
    expect(mailsTo('new.desk@relay.test').map((m) => m.subject)).toEqual(['邀请您以签到人员身份加入生命接力']);
  });

  it('sends team leads a daily recruiting digest, once a day', async () => {
    // The drive is in the preliminaries of a public contest: the digest gives the team's place there too.
    const { createCampaign } = await app.ok(`mutation { createCampaign(input: { name: "Campus cup", slug: "digest-cup", ranking: SIGN_UPS }) { id } }`, {}, { token: organizer });
    const d = await make.drive({ shiftStarts: [DEC5], input: { title: `Reminder drive ${make.unique()}`, campaignId: createCampaign.id } });
    await app.ok(`mutation($c: ID!) { addCampaignStage(campaignId: $c, input: { name: "Preliminaries", startsAt: "2030-12-01T00:00:00Z", endsAt: "2030-12-10T00:00:00Z" }) { id } }`, { c: createCampaign.id }, { token: organizer });
    const admin = await app.adminToken();
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    const createTeam = await make.team('Digest Club', 'IMU');
    await app.ok(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: createTeam.id, u: lead.id }, { token: admin });
    await app.ok(SIGN_UP, { input: await make.verified(d, { teamCode: createTeam.code }) });
    await app.ok(SIGN_UP, { input: await make.verified(d, { teamCode: createTeam.code }) });
    const scanner = app.server.app.get(ScannerToken);
    const morning = new Date(`${new Date().toISOString().slice(0, 10)}T09:00:00Z`);
    expect(await scanner.queueTeamDigests(morning)).toBe(1);
    expect(await scanner.queueTeamDigests(new Date(morning.getTime() + HOUR))).toBe(0);
    expect(await scanner.queueTeamDigests(new Date(morning.getTime() + 24 * HOUR))).toBe(1);
    await delivery().deliverAllDue();
    const digest = mailsTo(lead.email).find((m) => m.subject?.startsWith('Your teams today'));
    expect(digest?.subject).toMatch(/^Your teams today: 2 new sign-up\(s\) for Reminder drive \d+$/);
    expect(digest?.text).toContain('Digest Club');
    expect(digest?.text).toContain(`http://relay.test/d/${d.slug}?team=${createTeam.code}&source=chat`);
    expect(digest?.text).toMatch(/signed up: 2, donated: 0, rank: 1/);
    expect(digest?.text).toContain('contest: Preliminaries of Campus cup, rank 1 of 1 — http://relay.test/c/digest-cup');
    // A deactivated team lead hears nothing more.
    await app.ok(`mutation($id: ID!) { deactivateUser(userId: $id) { id } }`, { id: lead.id }, { token: admin });
    expect(await scanner.queueTeamDigests(new Date(morning.getTime() + 48 * HOUR))).toBe(0);
  });

  it('previews every template in both languages for organizers', async () => {
    const { messagePreviews } = await app.ok(`{ messagePreviews { purpose locale subject text } }`, {}, { token: organizer });
    expect(messagePreviews).toHaveLength(40); // 20 purposes (TEAM_REQUEST_DECLINED the newest), 2 languages
    const thanks = messagePreviews.find((p: any) => p.purpose === 'THANK_YOU' && p.locale === 'zh-CN');
    expect(thanks.subject).toBe('感谢您的献血，王芳（第 10 次献血）');
    for (const p of messagePreviews) expect(p.text).not.toMatch(/\{\{|undefined|null/);
  });

  it('shows organizers the outbox with states, and hides the manage links', async () => {
    const result = await app.ok(`{ outbox(first: 5) { totalCount edges { node { purpose recipient state subject body } } } }`, {}, { token: organizer });
    expect(result.outbox.totalCount).toBeGreaterThan(5);
    const body = result.outbox.edges.map((e: any) => e.node.body).join('\n');
    expect(body).toContain('/m/••••••');
    expect(body).not.toMatch(/\/m\/[\w-]{20,}/);
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    expect(errorCode(await app.gql(`{ outbox { totalCount } }`, {}, { token: lead.token }))).toBe('FORBIDDEN');
  });
});

// Alias so the spec reads naturally.
const ScannerToken = ReminderScanner;

/** A published one-shift drive on campus, made by a new organizer. */
const campusDrive = async (app: TestApp, title: string) =>
  (await Factories.withNewOrganizer(app)).drive({ capacities: [100], input: { title, kind: 'GENERAL', location: 'Campus' } });

describe('delivery across processes and failures', () => {
  it('sends every message exactly once with two API processes working the same outbox', async () => {
    const smtp = await TestSmtp.start();
    const first = await createTestApp({ SMTP_URL: smtp.url });
    const second = await startServer(first.config);
    try {
      // Real sign-ups, so each message renders.
      const createDrive = await campusDrive(first, 'Twin workers');
      await first.server.app.get(OutboxDelivery).deliverAllDue(); // the organizer's invitation
      smtp.received.length = 0;
      for (let i = 0; i < 40; i++) {
        await first.ok(SIGN_UP, { input: await first.withCode({ driveSlug: createDrive.slug, shiftId: createDrive.shifts[0], name: `Twin ${i}`, email: `twin${i}@campus.test`, consent: true }) });
      }
      await first.sql(CODES_ASIDE); // not part of this story
      const [a, b] = await Promise.all([
        first.server.app.get(OutboxDelivery).deliverAllDue(),
        second.app.get(OutboxDelivery).deliverAllDue(),
      ]);
      expect(a.sent + b.sent).toBe(40);
      expect(smtp.received).toHaveLength(40);
      expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(40);
    } finally {
      await second.close();
      await first.close();
      await smtp.close();
    }
  });

  it('takes over what a process claimed before it died, and leaves alone what another is sending', async () => {
    const smtp = await TestSmtp.start();
    const app = await createTestApp({ SMTP_URL: smtp.url });
    try {
      const createDrive = await campusDrive(app, 'Crash test');
      for (let i = 0; i < 3; i++) {
        await app.ok(SIGN_UP, { input: await app.withCode({ driveSlug: createDrive.slug, shiftId: createDrive.shifts[0], name: `Crash ${i}`, email: `crash${i}@campus.test`, consent: true }) });
      }
      await app.sql(CODES_ASIDE); // not part of this story
      await app.sql(`UPDATE outbox SET state = 'SENT' WHERE purpose = 'INVITATION'`); // not part of this story
      // A process claimed all three mid-batch and died: two leases have run out, one is still live.
      await app.sql(`UPDATE outbox SET attempts = 1, claimed_until = now() - interval '1 second' WHERE purpose = 'SIGN_UP_CONFIRMATION'`);
      await app.sql(`UPDATE outbox SET claimed_until = now() + interval '1 minute' WHERE recipient = 'crash2@campus.test' AND purpose <> 'SIGN_UP_CODE'`);
      expect(await app.server.app.get(OutboxDelivery).deliverAllDue()).toMatchObject({ sent: 2 });
      expect(smtp.received.map((m) => m.to && (Array.isArray(m.to) ? m.to[0].text : m.to.text)).sort()).toEqual(['crash0@campus.test', 'crash1@campus.test']);
      expect(await app.sql(`SELECT state FROM outbox WHERE recipient = 'crash2@campus.test' AND purpose <> 'SIGN_UP_CODE'`)).toEqual([{ state: 'QUEUED' }]);
    } finally {
      await app.close();
      await smtp.close();
    }
  });

  it('retries a temporary refusal with backoff, then gives up as FAILED; a permanent refusal fails at once', async () => {
    const smtp = await TestSmtp.start();
    const app = await createTestApp({ SMTP_URL: smtp.url });
    try {
      const createDrive = await campusDrive(app, 'Refusals');
      await app.ok(SIGN_UP, { input: await app.withCode({ driveSlug: createDrive.slug, shiftId: createDrive.shifts[0], name: 'Busy', email: 'busy@campus.test', consent: true }) });
      await app.sql(CODES_ASIDE); // not part of this story
      await app.sql(`UPDATE outbox SET state = 'SENT' WHERE purpose = 'INVITATION'`); // not part of this story
      smtp.refuseWith = 451;
      const delivery = app.server.app.get(OutboxDelivery);
      for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
        expect(await delivery.deliverDue()).toMatchObject({ retried: 1 });
        const [row] = await app.sql(`SELECT state, attempts, send_after > now() AS later, last_error FROM outbox WHERE recipient = 'busy@campus.test' AND purpose <> 'SIGN_UP_CODE'`);
        expect(row).toMatchObject({ state: 'QUEUED', attempts: attempt, later: true, last_error: expect.stringContaining('451') });
        await app.sql(`UPDATE outbox SET send_after = now() WHERE recipient = 'busy@campus.test' AND purpose <> 'SIGN_UP_CODE'`); // the clock moves on
      }
      expect(await delivery.deliverDue()).toMatchObject({ failed: 1 });
      expect(await app.sql(`SELECT state, attempts FROM outbox WHERE recipient = 'busy@campus.test' AND purpose <> 'SIGN_UP_CODE'`)).toEqual([{ state: 'FAILED', attempts: MAX_ATTEMPTS }]);

      smtp.refuseWith = 550;
      await app.ok(SIGN_UP, { input: await app.withCode({ driveSlug: createDrive.slug, shiftId: createDrive.shifts[0], name: 'Gone', email: 'gone@campus.test', consent: true }) });
      await app.sql(CODES_ASIDE);
      expect(await delivery.deliverDue()).toMatchObject({ failed: 1 });
      expect(await app.sql(`SELECT state, attempts FROM outbox WHERE recipient = 'gone@campus.test' AND purpose <> 'SIGN_UP_CODE'`)).toEqual([{ state: 'FAILED', attempts: 1 }]);
    } finally {
      await app.close();
      await smtp.close();
    }
  });

  it('sends a code and a confirmation as soon as they are queued, woken rather than at the next poll', async () => {
    const inbox = await TestSmtp.start();
    const woken = await createTestApp({ BACKGROUND_JOBS: '1', SMTP_URL: inbox.url });
    try {
      // No poll: only a wake-up can send them.
      woken.server.app.get(SchedulerRegistry).deleteInterval('outbox-delivery');
      const createDrive = await campusDrive(woken, 'Woken');
      await requestCodes(woken, createDrive.slug, ['woken@campus.test']);
      await inbox.waitFor(1, 5000);
      const code = /\b(\d{6})\b/.exec(inbox.received[0].text ?? '')?.[1];
      expect(code).toBeDefined();
      await woken.ok(SIGN_UP, { input: { driveSlug: createDrive.slug, shiftId: createDrive.shifts[0], name: 'Woken', email: 'woken@campus.test', consent: true, code } });
      await inbox.waitFor(2, 5000);
      expect(inbox.received[1].subject).toMatch(/^You are signed up: Woken/);
      expect(await woken.sql(`SELECT purpose, state FROM outbox WHERE recipient = 'woken@campus.test' ORDER BY created_at`)).toEqual([
        { purpose: 'SIGN_UP_CODE', state: 'SENT' },
        { purpose: 'SIGN_UP_CONFIRMATION', state: 'SENT' },
      ]);
      // A rush: codes queued while a round is under way are sent by the round after it.
      const rush = Array.from({ length: 40 }, (_, i) => `rush${i}@campus.test`);
      await requestCodes(woken, createDrive.slug, rush);
      await inbox.waitFor(2 + rush.length, 5000);
    } finally {
      await woken.close();
      await inbox.close();
    }
  });

  it('lets the round under way send what it claimed when the process stops, claiming nothing more', async () => {
    const inbox = await TestSmtp.start();
    const gateway = await TestSmpp.start();
    const stopping = await createTestApp({ BACKGROUND_JOBS: '1', SMTP_URL: inbox.url, SMS_URL: gateway.url });
    const db = new Client({ connectionString: stopping.server.databaseUrl });
    try {
      stopping.server.app.get(SchedulerRegistry).deleteInterval('outbox-delivery');
      const createDrive = await campusDrive(stopping, 'Stopping');
      // The gateway holds its answers: the texts are still in flight when the process is told to stop.
      gateway.holdAnswers = true;
      const addresses = Array.from({ length: 60 }, (_, i) => `stop${i}@campus.test`);
      const phones = Array.from({ length: 10 }, (_, i) => `+86139000001${String(i).padStart(2, '0')}`);
      await requestCodes(stopping, createDrive.slug, [...addresses, ...phones]);
      await inbox.waitFor(1, 5000); // a round is under way
      for (const deadline = Date.now() + 5000; gateway.unanswered === 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
      expect(gateway.unanswered).toBeGreaterThan(0);
      const stopped = stopping.server.close();
      await new Promise((r) => setTimeout(r, 300));
      gateway.releaseAnswers();
      await stopped;
      await db.connect();
      // Every message claimed went and was recorded: none is left under a lease, to go again after it.
      const rows: { recipient: string; state: string; leased: boolean; attempts: number; last_error: string | null }[] = (
        await db.query(`SELECT recipient, state, claimed_until IS NOT NULL AS leased, attempts, last_error FROM outbox WHERE purpose = 'SIGN_UP_CODE'`)
      ).rows;
      expect(rows.filter((r) => r.leased)).toEqual([]);
      expect(rows.filter((r) => r.state === 'SENT')).toHaveLength(inbox.received.length + gateway.received.length);
      expect(gateway.received.length).toBeGreaterThan(0);
      // ... and went for real: the SMTP pool and the SMPP session close after the last round, not under it.
      expect(rows.filter((r) => r.attempts > 0 && r.state !== 'SENT')).toEqual([]);
    } finally {
      gateway.releaseAnswers();
      await db.end().catch(() => undefined);
      await stopping.server.close().catch(() => undefined);
      await dropTestDatabase(stopping.databaseName);
      await inbox.close();
      await gateway.close();
    }
  });

  it('delivers by itself in the background, to the built-in catcher when no SMTP_URL is set', async () => {
    const app = await createTestApp({ BACKGROUND_JOBS: '1' });
    try {
      const createDrive = await campusDrive(app, 'Catcher');
      await app.ok(SIGN_UP, { input: await app.withCode({ driveSlug: createDrive.slug, shiftId: createDrive.shifts[0], name: 'Caught', email: 'caught@campus.test', consent: true }) });
      const catcher = app.server.app.get(MailCatcher);
      const deadline = Date.now() + 15000;
      const caught = () => catcher.caught.filter((m) => m.to.includes('caught@campus.test') && !m.raw.includes('Subject: Your Life Relay sign-up code'));
      while (!caught().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(caught()).toHaveLength(1);
      expect(caught()[0].raw).toContain('Subject: You are signed up: Catcher');
      // Its outcome is written after it left, with the round's others (OutcomeWriter): a moment later.
      const states = () => app.sql(`SELECT state FROM outbox WHERE recipient = 'caught@campus.test' AND purpose <> 'SIGN_UP_CODE'`);
      while ((await states())[0]?.state !== 'SENT' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await states()).toEqual([{ state: 'SENT' }]);
    } finally {
      await app.close();
    }
  });
});
