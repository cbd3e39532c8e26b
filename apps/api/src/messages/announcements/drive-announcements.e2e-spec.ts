// "A new drive" (issue 22, item 5): publishing a drive tells the organization's past volunteers
// who may give on its first day, once, in their language and on their channel, through real
// SMTP and SMPP servers.
import { DriveStatus, Role } from '@life-relay/domain';
import { Factories, MadeDrive, MadeSignUp } from '../../testing/factories';
import { createTestApp, TestApp } from '../../testing/test-app';
import { TestSmpp } from '../../testing/test-smpp';
import { TestSmtp } from '../../testing/test-smtp';
import { OutboxDelivery } from '../delivery/outbox-delivery.service';

const ZH = { 'accept-language': 'zh-CN' };
/** The new drive's day: far enough from the past drive (2030-12-05) for whole blood's 180 days to matter. */
const NEW_DAY = '2031-03-01';

/**
 * A fixed-offset time zone in which it is `localHour` o'clock now, so that the quiet hours of the
 * drive's zone hold (or not) whenever the test runs.
 */
function zoneAt(localHour: number): string {
  let offset = localHour - new Date().getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  // The Etc zones' signs are POSIX's: Etc/GMT-8 is UTC+8.
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

describe('announcing a new drive to past volunteers', () => {
  let smtp: TestSmtp;
  let smpp: TestSmpp;
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    smpp = await TestSmpp.start();
    app = await createTestApp({ SMTP_URL: smtp.url, SMS_URL: smpp.url, SMS_FROM: 'LifeRelay', PUBLIC_URL: 'http://relay.test' });
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(async () => {
    await app.close();
    await smpp.close();
    await smtp.close();
  });

  const deliver = () => app.server.app.get(OutboxDelivery).deliverAllDue();
  const announcements = (driveId: string) =>
    app.sql(`SELECT recipient, channel, locale, state, send_after FROM outbox WHERE purpose = 'DRIVE_ANNOUNCED' AND payload->>'driveId' = $1 ORDER BY recipient`, [driveId]) as Promise<
      { recipient: string; channel: string; locale: string; state: string; send_after: Date }[]
    >;
  const phoneOf = async (s: MadeSignUp) => (await app.sql(`SELECT v.phone FROM volunteers v JOIN sign_ups s ON s.volunteer_id = v.id WHERE s.id = $1`, [s.id]))[0].phone as string;
  const donatedOn = (s: MadeSignUp, day: string) => app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now(), outcome_on = $2 WHERE id = $1`, [s.id, day]);
  /** A draft whole-blood drive on NEW_DAY, in a zone where it is `localHour` now. */
  const draft = (localHour: number, m: Factories = make): Promise<MadeDrive> => m.drive({ day: NEW_DAY, status: DriveStatus.DRAFT, input: { timeZone: zoneAt(localHour) } });

  /** A second organization, its organizer and a volunteer of its own drive. */
  async function otherOrganization() {
    const admin = await app.adminToken();
    const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: `Other station ${make.unique()}` } }, { token: admin });
    const email = `other-organizer-${make.unique()}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email, name: 'Other organizer', role: 'ORGANIZER', organizationId: createOrganization.id } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    const theirs = new Factories(app, setPassword.token);
    // Contacts of their own: the other factory counts from 1 too.
    const volunteer = await theirs.signUp(await theirs.drive(), { email: `theirs${make.unique()}@campus.test`, phone: `1391234${String(make.unique()).padStart(4, '0')}` });
    return { volunteer };
  }

  it('tells each eligible past volunteer once, in their language, by e-mail or text as they chose', async () => {
    const past = await make.drive();
    const en = await make.signUp(past);
    const zh = await make.signUp(past, {}, ZH);
    const enText = await make.signUp(past, { email: undefined });
    const zhText = await make.signUp(past, { email: undefined }, ZH);
    // Donated 212 days before the new drive: whole blood's 180 days have passed by then.
    const donatedLongBefore = await make.signUp(past);
    await donatedOn(donatedLongBefore, '2030-08-01');
    // Donated 28 days before it: not yet eligible on its day.
    const donatedRecently = await make.signUp(past);
    await donatedOn(donatedRecently, '2031-02-01');
    // 61 on the new drive's day, past whole blood's 60.
    const tooOld = await make.signUp(past, { birthDate: '1970-01-01' });
    // Deferred until after the drive.
    const deferred = await make.signUp(past);
    await app.sql(`UPDATE sign_ups SET status = 'DEFERRED', outcome_at = now(), retry_on = '2031-04-01' WHERE id = $1`, [deferred.id]);
    const unsubscribed = await make.signUp(past);
    await app.sql(`UPDATE volunteers v SET unsubscribed_at = now() FROM sign_ups s WHERE s.volunteer_id = v.id AND s.id = $1`, [unsubscribed.id]);
    const turnedOff = await make.signUp(past);
    await app.sql(`UPDATE volunteers v SET unsubscribed_purposes = '{DRIVE_ANNOUNCED}' FROM sign_ups s WHERE s.volunteer_id = v.id AND s.id = $1`, [turnedOff.id]);
    const { volunteer: ofAnother } = await otherOrganization();
    const [enPhone, zhPhone] = [await phoneOf(enText), await phoneOf(zhText)];

    const drive = await draft(14);
    // Nothing is said of a draft.
    expect(await announcements(drive.id)).toEqual([]);
    await make.publish(drive.id);
    await deliver();

    const rows = await announcements(drive.id);
    expect(rows.map((r) => [r.recipient, r.channel, r.locale, r.state]).sort()).toEqual(
      [
        [en.email, 'EMAIL', 'en', 'SENT'],
        [zh.email, 'EMAIL', 'zh-CN', 'SENT'],
        [donatedLongBefore.email, 'EMAIL', 'en', 'SENT'],
        [enPhone, 'SMS', 'en', 'SENT'],
        [zhPhone, 'SMS', 'zh-CN', 'SENT'],
      ].sort(),
    );
    for (const nobody of [donatedRecently, tooOld, deferred, unsubscribed, turnedOff, ofAnother]) expect(smtp.to(nobody.email).filter((m) => m.subject?.includes(drive.title))).toEqual([]);

    const [mail] = smtp.to(en.email).filter((m) => m.subject?.includes(drive.title));
    expect(mail.subject).toBe(`A new drive: ${drive.title}`);
    expect(mail.text).toContain(`http://relay.test/d/${drive.slug}`);
    expect(mail.text).toMatch(/Unsubscribe with one click: http:\/\/relay\.test\/unsubscribe\/[\w-]+/);
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const [mailZh] = smtp.to(zh.email).filter((m) => m.subject?.includes(drive.title));
    expect(mailZh.subject).toBe(`新活动：「${drive.title}」`);
    expect(mailZh.text).toContain('一键退订');

    const [sms] = smpp.to(enPhone).filter((m) => m.text.includes(drive.title));
    expect(sms.text).toMatch(new RegExp(`^Life Relay: a new drive, ${drive.title}, .+ Sign up: http://relay\\.test/s/\\w{12} Opt out: http://relay\\.test/s/\\w{12} or reply STOP$`));
    const [smsZh] = smpp.to(zhPhone).filter((m) => m.text.includes(drive.title));
    expect(smsZh.text).toMatch(/^【生命接力】新活动：/);
    expect(smsZh.text).toMatch(/回复TD退订$/);

    // Unpublished (as a fix would) and published again: nobody hears of it a second time.
    await app.sql(`UPDATE drives SET status = 'DRAFT' WHERE id = $1`, [drive.id]);
    await make.publish(drive.id);
    await deliver();
    expect(await announcements(drive.id)).toHaveLength(5);
    expect(smtp.to(en.email).filter((m) => m.subject?.includes(drive.title))).toHaveLength(1);
    expect(smpp.to(enPhone).filter((m) => m.text.includes(drive.title))).toHaveLength(1);
  });

  it('holds the announcement through the night of the drive’s time zone, until 08:00 there', async () => {
    const past = await make.drive();
    const person = await make.signUp(past);
    const drive = await draft(2);
    await make.publish(drive.id);
    await deliver();
    const row = (await announcements(drive.id)).find((r) => r.recipient === person.email);
    expect(row).toMatchObject({ state: 'QUEUED' });
    if (!row) return;
    // 02:00 there now: the message waits six hours, for 08:00.
    const waits = row.send_after.getTime() - Date.now();
    expect(waits).toBeGreaterThan(5 * 3600_000);
    expect(waits).toBeLessThanOrEqual(6 * 3600_000);
    expect(smtp.to(person.email).filter((m) => m.subject?.includes(drive.title))).toEqual([]);
  });

  it('skips an announcement whose drive is no longer published when it would go', async () => {
    const past = await make.drive();
    const person = await make.signUp(past);
    const drive = await draft(14);
    await make.publish(drive.id);
    await app.sql(`UPDATE drives SET status = 'DRAFT' WHERE id = $1`, [drive.id]);
    await deliver();
    expect((await announcements(drive.id)).find((r) => r.recipient === person.email)).toMatchObject({ state: 'SKIPPED' });
  });

  it('holds a past volunteer who never donated to the organization’s first-time age limit, and a donor to the repeat one', async () => {
    const past = await make.drive();
    // Both 57 on the new drive's day (signed up before the organization set its limits).
    const neverDonated = await make.signUp(past, { birthDate: '1973-06-01' });
    const donor = await make.signUp(past, { birthDate: '1973-06-01' });
    await donatedOn(donor, '2030-08-01');
    await app.ok(`mutation { setEligibilityRules(input: { firstTimeMaxAge: 55, repeatMaxAge: 60 }) { id } }`, {}, { token: organizer });
    const drive = await draft(14);
    await make.publish(drive.id);
    const told = (await announcements(drive.id)).map((r) => r.recipient);
    expect(told).toContain(donor.email);
    expect(told).not.toContain(neverDonated.email);
  });

  it('announces a registry drive as a chance to join the registry, not to donate again, in both languages, and not to those already in it', async () => {
    const past = await make.drive();
    const en = await make.signUp(past);
    const zh = await make.signUp(past, {}, ZH);
    const enText = await make.signUp(past, { email: undefined });
    const firstWeek = await make.drive({ input: { kind: 'STEM_CELL_REGISTRY' } });
    const member = await make.signUp(firstWeek);
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { status: DONATED, outsideDriveDays: true }) { id } }`, { id: member.id }, { token: organizer });
    const enPhone = await phoneOf(enText);

    // Its title and place say nothing of blood, so that the words around them are what is read.
    const input = { kind: 'STEM_CELL_REGISTRY', timeZone: zoneAt(14), title: `Registry week ${make.unique()}`, location: 'Hohhot, Inner Mongolia University library' };
    const week = await make.drive({ day: NEW_DAY, status: DriveStatus.DRAFT, input });
    await make.publish(week.id);
    await deliver();

    const told = (await announcements(week.id)).map((r) => r.recipient);
    expect(told).toEqual(expect.arrayContaining([en.email, zh.email, enPhone]));
    expect(told).not.toContain(member.email);
    const [mail] = smtp.to(en.email).filter((m) => m.subject?.includes(week.title));
    expect(mail.text).toContain('There you can join the stem-cell registry');
    expect(mail.text).not.toMatch(/donate|blood/i);
    const [mailZh] = smtp.to(zh.email).filter((m) => m.subject?.includes(week.title));
    expect(mailZh.text).toContain('加入造血干细胞捐献者资料库');
    expect(mailZh.text).not.toMatch(/献血/);
    const [sms] = smpp.to(enPhone).filter((m) => m.text.includes(week.title));
    expect(sms.text).not.toMatch(/donate|blood/i);
  });
});
