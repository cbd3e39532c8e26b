// Secrets out of storage (issue 19): the outbox keeps ids, a message's links are minted when it
// is sent, and neither the stored rows nor the organizers' Outbox view hold a usable token. An
// organizer reading another person's pending invitation could otherwise set their password.
import { createHash, randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { Role } from '@life-relay/domain';
import { OutboxWithoutSecrets1795445000000 } from '../database/migrations/1795445000000-OutboxWithoutSecrets';
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
      await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now() - interval '181 days', outcome_on = current_date - 181 FROM volunteers v WHERE v.id = sign_ups.volunteer_id AND v.email = $1`, [input.email]);
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
  describe('rows written before (migration OutboxWithoutSecrets)', () => {
    const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

    it('scrubs the keys they kept, revokes those others could read, and still delivers what is queued, with links of their own', async () => {
      const drive = await make.drive();
      const person = await make.signUp(drive, { phone: undefined });
      await deliver(); // its confirmation of today is not part of this story
      const receipt = person.manageToken as string;
      const [{ volunteer_id: volunteerId }] = await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [person.id]);
      // As the code before wrote them: a sent confirmation with the receipt's link in its payload
      // and in what it rendered, and a queued re-send with a link of its own in its payload.
      const resent = randomBytes(32).toString('base64url');
      await app.sql(`INSERT INTO manage_tokens (token_hash, sign_up_id) VALUES ($1, $2)`, [sha256(resent), person.id]);
      const link = `http://relay.test/m/${receipt}`;
      const rendered = {
        subject: 'You are signed up',
        text: `Change or cancel: ${link}\n`,
        html: `<p>Change or cancel: <a href="${link}">${link}</a></p>`,
        attachments: [{ filename: 'shift.ics', content: `DESCRIPTION:${link}`, contentType: 'text/calendar' }],
      };
      await app.sql(
        `INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale, payload, state, sent_at, subject, rendered) VALUES
           ('SIGN_UP_CONFIRMATION', 'legacy:' || $3, $1, $2::uuid, $3::uuid, 'en', jsonb_build_object('signUpId', $3::text, 'manageToken', $4::text, 'status', 'REGISTERED'), 'SENT', now(), 'You are signed up', $6),
           ('SIGN_UP_CONFIRMATION_RESENT', 'legacy-resent:' || $3, $1, $2::uuid, $3::uuid, 'en', jsonb_build_object('signUpId', $3::text, 'manageToken', $5::text), 'QUEUED', NULL, NULL, NULL)`,
        [person.email, volunteerId, person.id, receipt, resent, JSON.stringify(rendered)],
      );
      // A sent invitation not acted on, its link in its payload and in the text the Outbox showed.
      const admin = await app.adminToken();
      const invited = await app.ok(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl expiresAt } }`,
        { input: { email: 'pending@relay.test', name: 'Pending', role: 'ORGANIZER' } },
        { token: admin },
      );
      const exposed = new URL(invited.inviteUser.setPasswordUrl).hash.replace('#token=', '');
      await app.sql(
        `UPDATE outbox SET state = 'SENT', sent_at = now(), subject = 'You are invited', attempts = 1,
                payload = jsonb_build_object('name', 'Pending', 'role', 'ORGANIZER', 'setPasswordUrl', $2::text, 'expiresAt', $3::text),
                rendered = jsonb_build_object('subject', 'You are invited', 'text', 'Set your password: ' || $2 || E'\n')
          WHERE recipient = $1`,
        ['pending@relay.test', invited.inviteUser.setPasswordUrl, invited.inviteUser.expiresAt],
      );

      const runner = app.server.app.get(DataSource).createQueryRunner();
      try {
        await new OutboxWithoutSecrets1795445000000().up(runner);
      } finally {
        await runner.release();
      }

      const stored = JSON.stringify(await app.sql(`SELECT to_jsonb(o) AS row FROM outbox o`));
      for (const secret of [receipt, resent, exposed]) expect(stored).not.toContain(secret);
      const [confirmation] = await app.sql(`SELECT payload, rendered FROM outbox WHERE dedupe_key = $1`, [`legacy:${person.id}`]);
      expect(confirmation).toEqual({
        payload: { signUpId: person.id, status: 'REGISTERED' },
        rendered: { subject: 'You are signed up', text: 'Change or cancel: http://relay.test/m/••••••\n', html: '<p>Change or cancel: <a href="http://relay.test/m/••••••">http://relay.test/m/••••••</a></p>' },
      });
      // The receipt's link still opens the sign-up; the keys that sat in clear where others could read them do not.
      expect((await app.ok(MY_SIGN_UP, { t: receipt })).mySignUp).toEqual({ email: person.email, status: 'REGISTERED' });
      expect((await app.ok(MY_SIGN_UP, { t: resent })).mySignUp).toBeNull();
      expect(badFields(await app.gql(SET_PASSWORD, { input: { token: exposed, password: 'taken-over-123' } }))).toEqual(['token']);

      // What is queued goes out with links of its own: the re-send, and the invitation once more.
      await deliver();
      const again = smtp.to(person.email).find((m) => /link sent again/.test(m.subject ?? ''));
      const manage = /\/m\/([\w-]{43})/.exec(again?.text ?? '')?.[1] as string;
      expect((await app.ok(MY_SIGN_UP, { t: manage })).mySignUp).toEqual({ email: person.email, status: 'REGISTERED' });
      const [invitation] = smtp.to('pending@relay.test');
      const fresh = /set-password#token=([\w-]+)/.exec(invitation?.text ?? '')?.[1] as string;
      expect((await app.ok(SET_PASSWORD, { input: { token: fresh, password: 'pending-pass-1' } })).setPassword.role).toBe('ORGANIZER');
    });
  });
});
