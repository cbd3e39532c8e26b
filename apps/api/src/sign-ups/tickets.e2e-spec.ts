// Tickets (issue 21): the QR code a volunteer shows at the check-in desk. It comes with every
// manage link (the form's receipt, the manage page, each confirmation and reminder), is kept only
// hashed, and opens the person's card at the desk of their own drive and nowhere else.
import { createHash } from 'crypto';
import jsQR from 'jsqr';
import { ParsedMail } from 'mailparser';
import { PNG } from 'pngjs';
import { parseTicket, Role, TICKET_PREFIX } from '@life-relay/domain';
import { ReminderScanner } from '../messages/reminders/reminder-scanner.service';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { MailSender } from '../messages/delivery/mail-sender';
import { WorkerClient } from '../common/workers/worker-client';
import { TICKET_IMAGE_CID } from '../messages/rendering/message-renderer.service';
import { Factories, MadeDrive } from '../testing/factories';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';
import { TestSmtp } from '../testing/test-smtp';

const BY_TICKET = `query($d: ID!, $t: String!) { signUpByTicket(driveId: $d, ticket: $t) { id status volunteer { name email } } }`;
const DESK_SEARCH = `query($d: ID!, $t: String!) { checkInSearch(driveId: $d, text: $t) { id } }`;
const MY_SIGN_UP = `query($t: String!) { mySignUp(manageToken: $t) { status ticket } }`;
const HOUR = 3600_000;

describe('tickets', () => {
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

  const deliver = () => app.server.app.get(OutboxDelivery).deliverAllDue();
  const byTicket = (token: string, driveId: string, ticket: string) => app.gql(BY_TICKET, { d: driveId, t: ticket }, { token });
  /** The messages that reached an address, one-time codes aside. */
  const mailsTo = (address: string) => smtp.to(address).filter((m) => !/sign-up code|报名验证码/.test(m.subject ?? ''));

  /** What the QR code inline in a mail says, read from its pixels as a camera would. */
  function qrOf(mail: ParsedMail): string | null {
    const image = mail.attachments.find((a) => a.cid === TICKET_IMAGE_CID);
    if (!image) return null;
    expect(image.contentType).toBe('image/png');
    // Shown inline, where the text names the ticket (the parser puts the image itself in place of its cid).
    expect(image.related).toBe(true);
    expect(mail.html).toMatch(/Your ticket for the check-in desk: [A-Z2-7 ]{32}<br><img src="data:image\/png;base64,/);
    const png = PNG.sync.read(image.content);
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  }

  /** A desk account of the organizer's organization for these drives (or a viewer of it). */
  async function deskStaff(driveIds: string[], role: 'DESK' | 'VIEWER' = 'DESK'): Promise<string> {
    const { organizations } = await app.ok(`{ organizations { id } }`, {}, { token: organizer });
    const deskDriveIds = role === 'DESK' ? driveIds : undefined;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email: `${role.toLowerCase()}-${make.unique()}@relay.test`, name: `${role} person`, role, organizationId: organizations[0].id, deskDriveIds } },
      // Only an admin invites viewers.
      { token: role === 'DESK' ? organizer : await app.adminToken() },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    return (await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } })).setPassword.token;
  }

  let drive: MadeDrive;
  beforeAll(async () => {
    const start = new Date(Date.now() + 30 * HOUR);
    drive = await make.drive({ shiftStarts: [start], capacity: 1, input: { title: `Ticket drive ${Date.now()}` } });
  });

  it('mails a QR code the desk scans to open the person’s card, and keeps the ticket only hashed', async () => {
    const person = await make.signUp(drive, { name: 'Qiao Ticket' });
    expect(person.ticket).toMatch(/^[A-Z2-7]{26}$/);
    await deliver();
    const [mail] = mailsTo(person.email);
    const scanned = qrOf(mail);
    expect(scanned).toMatch(new RegExp(`^${TICKET_PREFIX}[A-Z2-7]{26}$`));
    const code = parseTicket(scanned as string) as string;
    // The mail's own ticket, minted with its own manage link: not the receipt's, and both work.
    expect(code).not.toBe(person.ticket);
    expect(mail.text).toContain(code.replace(/(.{4})(?=.)/g, '$1 '));

    const desk = await deskStaff([drive.id]);
    const found = await byTicket(desk, drive.id, scanned as string);
    expect(found.data?.signUpByTicket).toEqual({ id: person.id, status: 'REGISTERED', volunteer: { name: 'Qiao Ticket', email: person.email } });
    expect((await byTicket(desk, drive.id, person.ticket as string)).data?.signUpByTicket.id).toBe(person.id);
    // Typed in at the search box (read aloud from the mail), the code finds the person too.
    expect((await app.ok(DESK_SEARCH, { d: drive.id, t: code.toLowerCase().replace(/(.{4})/g, '$1 ') }, { token: desk })).checkInSearch).toEqual([{ id: person.id }]);

    // Stored: the hashes, nowhere the codes; the outbox's copy of the mail has them masked.
    const rows = await app.sql(`SELECT row_to_json(m)::text AS row FROM manage_tokens m WHERE sign_up_id = $1`, [person.id]);
    const stored = rows.map((r) => r.row as string).join('\n');
    for (const ticket of [code, person.ticket as string]) {
      expect(stored).toContain(createHash('sha256').update(ticket).digest('hex'));
      expect(stored).not.toContain(ticket);
    }
    const [kept] = await app.sql(`SELECT row_to_json(o)::text AS row FROM outbox o WHERE sign_up_id = $1 AND purpose = 'SIGN_UP_CONFIRMATION'`, [person.id]);
    expect(kept.row).toContain('Your ticket for the check-in desk: ••••••');
    expect(kept.row).not.toContain(code);
    expect(kept.row).not.toContain(code.slice(0, 4) + ' ' + code.slice(4, 8));
  });

  it('builds each mail in the mail worker, and the same mail on the event loop when that worker fails', async () => {
    const sender = app.server.app.get(MailSender);
    const roomy = await make.drive();
    const first = await make.signUp(roomy, { name: 'Built Elsewhere' });
    const before = sender.builtByWorker;
    await deliver();
    expect(sender.builtByWorker).toBeGreaterThan(before);
    const failing = jest.spyOn(WorkerClient.prototype, 'run').mockRejectedValue(new Error('worker down'));
    let second;
    try {
      second = await make.signUp(roomy, { name: 'Built Here' });
      const built = sender.builtByWorker;
      await deliver();
      expect(sender.builtByWorker).toBe(built);
    } finally {
      failing.mockRestore();
    }
    const [fromWorker] = mailsTo(first.email);
    const [fromHere] = mailsTo(second.email);
    // The same message but for the person: the ticket drawn the same way, the parts in the same order.
    for (const mail of [fromWorker, fromHere]) expect(parseTicket(qrOf(mail) as string)).toMatch(/^[A-Z2-7]{26}$/);
    const shape = (mail: ParsedMail) => ({ subject: mail.subject, attachments: mail.attachments.map((a) => [a.filename, a.contentType, a.cid ?? null, a.related ?? false]) });
    expect(shape(fromHere)).toEqual(shape(fromWorker));
  });

  it('puts a fresh ticket in the shift reminder, and none in a waitlisted person’s confirmation', async () => {
    const waiting = await make.signUp(drive, {}); // the one place went to the person above
    expect(waiting.status).toBe('WAITLISTED');
    expect(waiting.ticket).toBeNull();
    expect((await app.ok(MY_SIGN_UP, { t: waiting.manageToken })).mySignUp).toEqual({ status: 'WAITLISTED', ticket: null });
    await deliver();
    const [confirmation] = mailsTo(waiting.email);
    expect(qrOf(confirmation)).toBeNull();
    expect(confirmation.text).not.toContain('Your ticket');

    const [holder] = await app.sql(`SELECT s.id, v.email FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.drive_id = $1 AND s.status = 'REGISTERED'`, [drive.id]);
    await app.server.app.get(ReminderScanner).queueShiftReminders(new Date(Date.now() + 8 * HOUR));
    await deliver();
    const reminder = mailsTo(holder.email).find((m) => /^Tomorrow|^Today/.test(m.subject ?? '')) as ParsedMail;
    const scanned = qrOf(reminder) as string;
    expect(scanned).toMatch(/^LR1:/);
    expect((await app.ok(BY_TICKET, { d: drive.id, t: scanned }, { token: organizer })).signUpByTicket.id).toBe(holder.id);
  });

  it('shows the ticket on the manage page, also for a link older than tickets', async () => {
    const other = await make.drive({ input: { title: `Manage drive ${Date.now()}` } });
    const person = await make.signUp(other, {});
    expect((await app.ok(MY_SIGN_UP, { t: person.manageToken })).mySignUp).toEqual({ status: 'REGISTERED', ticket: person.ticket });
    // A link issued before tickets existed: its page mints the ticket's hash, and the desk finds it.
    await app.sql(`UPDATE manage_tokens SET ticket_hash = NULL WHERE sign_up_id = $1`, [person.id]);
    expect(errorCode(await byTicket(organizer, other.id, person.ticket as string))).toBe('NOT_FOUND');
    expect((await app.ok(MY_SIGN_UP, { t: person.manageToken })).mySignUp.ticket).toBe(person.ticket);
    expect((await app.ok(BY_TICKET, { d: other.id, t: person.ticket }, { token: organizer })).signUpByTicket.id).toBe(person.id);
  });

  it('opens nothing but a sign-up of the drive asked about, for its desk and organizers only', async () => {
    const here = await make.drive({ input: { title: `Here ${Date.now()}` } });
    const there = await make.drive({ input: { title: `There ${Date.now()}` } });
    const person = await make.signUp(here, {});
    const ticket = `LR1:${person.ticket}`;
    const deskHere = await deskStaff([here.id]);
    const deskThere = await deskStaff([there.id]);
    expect((await app.ok(BY_TICKET, { d: here.id, t: ticket }, { token: deskHere })).signUpByTicket.id).toBe(person.id);
    // Another drive's desk: the ticket is not of its drive; and that desk cannot ask about this drive.
    expect(errorCode(await byTicket(deskThere, there.id, ticket))).toBe('NOT_FOUND');
    expect(errorCode(await byTicket(deskThere, here.id, ticket))).toBe('NOT_FOUND');
    expect(errorCode(await byTicket(organizer, there.id, ticket))).toBe('NOT_FOUND');
    // Not a ticket at all (a team poster's link), or one that was never issued.
    expect(errorCode(await byTicket(organizer, here.id, `http://relay.test/d/${here.slug}?team=ABC234`))).toBe('NOT_FOUND');
    expect(errorCode(await byTicket(organizer, here.id, `LR1:${'A'.repeat(26)}`))).toBe('NOT_FOUND');
    // Another organization's organizer: the drive is not theirs to name.
    const stranger = await app.organizerElsewhere();
    expect(errorCode(await byTicket(stranger, here.id, ticket))).toBe('NOT_FOUND');
    // Roles that never work a desk; and nobody signed in.
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    expect(errorCode(await byTicket(lead.token, here.id, ticket))).toBe('FORBIDDEN');
    expect(errorCode(await byTicket(await deskStaff([], 'VIEWER'), here.id, ticket))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(BY_TICKET, { d: here.id, t: ticket }))).toBe('UNAUTHENTICATED');
  });

  it('records who opened a card by ticket, without the ticket', async () => {
    const d = await make.drive({ input: { title: `Audit ${Date.now()}` } });
    const person = await make.signUp(d, {});
    await app.ok(BY_TICKET, { d: d.id, t: person.ticket }, { token: organizer });
    const [event] = await app.sql(`SELECT action, subject_id, details::text AS details FROM audit_events WHERE subject_id = $1 AND details ? 'byTicket'`, [d.id]);
    expect(event).toMatchObject({ action: 'PERSONAL_DATA_READ', subject_id: d.id });
    expect(event.details).toContain(person.id);
    expect(event.details).not.toContain(person.ticket);
  });

  it('finds people at the desk by a part of their e-mail address', async () => {
    const d = await make.drive({ input: { title: `Addresses ${Date.now()}` } });
    const n = make.unique();
    const ana = await make.signUp(d, { email: `ana.lindqvist${n}@campus.test`, name: 'Ana L' });
    await make.signUp(d, { email: `bo${n}@elsewhere.test`, name: 'Bo' });
    const ids = async (text: string) => (await app.ok(DESK_SEARCH, { d: d.id, t: text }, { token: organizer })).checkInSearch.map((s: { id: string }) => s.id);
    expect(await ids(`lindqvist${n}`)).toEqual([ana.id]);
    expect(await ids(`LINDQVIST${n}@CAMPUS`)).toEqual([ana.id]);
    expect(await ids(ana.email)).toEqual([ana.id]);
    expect(await ids(`nobody${n}@`)).toEqual([]);
  });
});
