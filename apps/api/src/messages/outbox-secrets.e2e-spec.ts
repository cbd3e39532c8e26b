// Secrets out of storage (issue 19): the outbox keeps ids, a message's links are minted when it
// is sent, and neither the stored rows nor the organizers' Outbox view hold a usable token. An
// organizer reading another person's pending invitation could otherwise set their password.
import { Role } from '@life-relay/domain';
import { Factories } from '../testing/factories';
import { badFields, createTestApp, TestApp } from '../testing/test-app';
import { TestSmtp } from '../testing/test-smtp';
import { OutboxDelivery } from './delivery/outbox-delivery.service';
import { ReminderScanner } from './reminders/reminder-scanner.service';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status manageToken duplicate } }`;
const SET_PASSWORD = `mutation($input: SetPasswordInput!) { setPassword(input: $input) { role } }`;
const MY_SIGN_UP = `query($t: String!) { mySignUp(manageToken: $t) { email status } }`;
/** Everything the Outbox view offers about a message. */
const OUTBOX = `query($recipient: String) { outbox(recipient: $recipient, first: 100) { totalCount edges { cursor node {
  id purpose channel recipient locale state attempts lastError subject body createdAt sendAfter sentAt } } } }`;
/** Anything that could be a token or a short code: letters, digits, - and _, eight or more. */
const CANDIDATE = /[\w-]{8,}/g;

describe('secrets out of storage', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let make: Factories;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    app = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://relay.test' });
    make = await Factories.withNewOrganizer(app);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  const deliver = () => app.server.app.get(OutboxDelivery).deliverAllDue();
  /** Every stored outbox row to an address, whole, as a database reader sees it. */
  const storedRows = async (recipient: string) => JSON.stringify(await app.sql(`SELECT to_jsonb(o) AS row FROM outbox o WHERE recipient = $1`, [recipient]));
  /** The Outbox view of an address's messages, whole, as an organizer sees it. */
  const outboxView = async (token: string, recipient: string) => JSON.stringify(await app.ok(OUTBOX, { recipient }, { token }));

  describe('invitation take-over', () => {
    it('leaves an organizer nothing in the outbox to set another person’s password with; the invitee’s mail carries a working link', async () => {
      const admin = await app.adminToken();
      const invited = await app.ok(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`,
        { input: { email: 'invitee@relay.test', name: 'Zhao Lei', role: 'ORGANIZER' } },
        { token: admin },
      );
      const handedToAdmin = new URL(invited.inviteUser.setPasswordUrl).hash.replace('#token=', '');
      const colleague = await app.userWithRole(Role.ORGANIZER);

      /** Tries every token-like string an outsider found as a set-password token: none may work. */
      const tryTakeOver = async (found: string) => {
        const candidates = [...new Set(found.match(CANDIDATE) ?? [])];
        for (const t of candidates) expect(badFields(await app.gql(SET_PASSWORD, { input: { token: t, password: 'taken-over-123' } }))).toEqual(['token']);
      };

      // Queued: the row and the view keep ids only.
      const queuedRow = await storedRows('invitee@relay.test');
      const queuedView = await outboxView(colleague.token, 'invitee@relay.test');
      expect(queuedView).toContain('INVITATION');
      expect(queuedRow).not.toContain(handedToAdmin);
      expect(queuedView).not.toContain(handedToAdmin);
      expect(queuedRow).not.toContain('set-password#token=');
      await tryTakeOver(queuedRow + queuedView);

      // Sent: the rendered body is kept with the link masked.
      expect((await deliver()).sent).toBeGreaterThan(0);
      const [mail] = smtp.to('invitee@relay.test');
      const mailed = /\/set-password#token=([\w-]+)/.exec(mail.text ?? '')?.[1] as string;
      expect(mailed).toMatch(/^[\w-]{40,}$/);
      const sentRow = await storedRows('invitee@relay.test');
      const sentView = await outboxView(colleague.token, 'invitee@relay.test');
      expect(sentView).toContain('"state":"SENT"');
      expect(sentView).toContain('set-password#token=••••••');
      for (const stored of [sentRow, sentView]) {
        expect(stored).not.toContain(mailed);
        expect(stored).not.toContain(handedToAdmin);
      }
      await tryTakeOver(sentRow + sentView);

      // The invitee's own link works, once, and uses up the admin's copy of the invitation too.
      expect((await app.ok(SET_PASSWORD, { input: { token: mailed, password: 'my-own-pass-1' } })).setPassword.role).toBe('ORGANIZER');
      expect(badFields(await app.gql(SET_PASSWORD, { input: { token: mailed, password: 'again-pass-12' } }))).toEqual(['token']);
      expect(badFields(await app.gql(SET_PASSWORD, { input: { token: handedToAdmin, password: 'admin-copy-12' } }))).toEqual(['token']);
    });

    it('sends no link to an account whose password was set before its invitation went out', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD); // invited, and set a password through the admin's link
      await deliver();
      expect(smtp.to(lead.email)).toEqual([]);
      expect(await app.sql(`SELECT state FROM outbox WHERE recipient = $1`, [lead.email])).toEqual([{ state: 'SKIPPED' }]);
    });
  });

  describe('token masking', () => {
    it('keeps no manage token in the outbox rows nor the Outbox view; the mailed link works', async () => {
      const drive = await make.drive();
      const input = make.volunteer(drive, { phone: undefined });
      const { signUp } = await app.ok(SIGN_UP, { input: await app.withCode(input) });
      const receipt = signUp.manageToken as string;
      expect(receipt).toMatch(/^[\w-]{43}$/);
      const queued = (await storedRows(input.email)) + (await outboxView(make.organizerToken, input.email));
      expect(queued).toContain('SIGN_UP_CONFIRMATION');
      expect(queued).not.toContain(receipt);

      // A repeated submission e-mails the link again: its row keeps no token either.
      const again = await app.ok(SIGN_UP, { input: await app.withCode(input) });
      expect(again.signUp).toMatchObject({ duplicate: true, manageToken: null });

      await deliver();
      const mails = smtp.to(input.email).filter((m) => /\/m\//.test(m.text ?? ''));
      expect(mails).toHaveLength(2);
      const mailed = mails.map((m) => /http:\/\/relay\.test\/m\/([\w-]+)/.exec(m.text ?? '')?.[1] as string);
      for (const link of mailed) expect((await app.ok(MY_SIGN_UP, { t: link })).mySignUp).toEqual({ email: input.email, status: 'REGISTERED' });

      const stored = await storedRows(input.email);
      const view = await outboxView(make.organizerToken, input.email);
      expect(view).toContain('/m/••••••');
      for (const secret of [receipt, ...mailed]) {
        expect(stored).not.toContain(secret);
        expect(view).not.toContain(secret);
      }
      // Nothing stored opens the sign-up.
      for (const candidate of new Set([...(stored + view).matchAll(CANDIDATE)].map((m) => m[0]))) {
        expect((await app.ok(MY_SIGN_UP, { t: candidate })).mySignUp).toBeNull();
      }
    });

    it('keeps no unsubscribe token of a sent message, nor the one-time code of a queued one', async () => {
      const drive = await make.drive();
      const input = make.volunteer(drive, { phone: undefined });
      await app.ok(SIGN_UP, { input: await app.withCode(input) });
      await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now() - interval '181 days' FROM volunteers v WHERE v.id = sign_ups.volunteer_id AND v.email = $1`, [input.email]);
      expect(await app.server.app.get(ReminderScanner).queueEligibleAgain()).toBeGreaterThan(0);
      await deliver();
      const mail = smtp.to(input.email).find((m) => m.subject?.startsWith('You can donate again'));
      const unsubscribe = /\/unsubscribe\/([\w-]+)/.exec(mail?.text ?? '')?.[1] as string;
      expect(unsubscribe).toMatch(/^[\w-]{43}$/);
      const stored = await storedRows(input.email);
      expect(stored).toContain('You can donate again');
      expect(stored).not.toContain(unsubscribe);
      expect(await outboxView(make.organizerToken, input.email)).not.toContain(unsubscribe);

      // A code not sent yet is in its row for the sender only: the Outbox view does not show it.
      await app.ok(`mutation($slug: String!, $contact: String!) { requestSignUpCode(driveSlug: $slug, contact: $contact) }`, { slug: drive.slug, contact: 'code.reader@campus.test' });
      const code = await app.queuedCode('code.reader@campus.test');
      const view = await outboxView(make.organizerToken, 'code.reader@campus.test');
      expect(view).toContain('SIGN_UP_CODE');
      expect(view).not.toContain(code);
    });
  });
});
