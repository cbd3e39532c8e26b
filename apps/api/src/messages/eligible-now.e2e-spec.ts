// "Eligible now" is one rule everywhere (issue 22 item 6, issue 23): the emergency call-out's
// audience (its preview, its list and who is asked), the reserve roster's next eligible day and
// "you can donate again" (and a new drive's announcement) all ask the domain's eligibleFrom over
// every donation of a person, recorded, self-reported or the blood service's, with the intervals
// between kinds and the yearly platelet cap. Drives here are far ahead, so that a donation
// "30 days ago" holds nobody back from signing up.
import { afterQuietHours, DriveStatus, Role } from '@life-relay/domain';
import { DataSource } from 'typeorm';
import { Factories, hohhotDayFromToday } from '../testing/factories';
import { createTestApp, TestApp } from '../testing/test-app';
import { ReminderScanner } from './reminders/reminder-scanner.service';
import { MessageRenderer, OutboxRow } from './rendering/message-renderer.service';

const AUDIENCE = `query($input: CallOutInput!) { callOutAudience(input: $input) callOutAudienceList(input: $input) { name } }`;
const SEND = `mutation($input: CallOutInput!) { sendCallOut(input: $input) { id audienceCount } }`;
const ROSTER = `query($f: ReserveRosterFilter) { reserveRoster(filter: $f) { name lastDonatedOn nextEligibleOn } }`;
const SET_RULES = `mutation($input: EligibilityRulesInput!) { setEligibilityRules(input: $input) { id } }`;

const day = hohhotDayFromToday;

describe('eligible now, by one rule', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const org = (query: string, variables: Record<string, unknown>) => app.ok(query, variables, { token: organizer });

  /** A person signed up (opted in to call-outs) with this type and, if told, a donation they report giving elsewhere. */
  async function person(name: string, bloodType: string, reported: { on: string; kind: string } | null = null) {
    const n = make.unique();
    const contact = { name, bloodType, callOuts: true, email: `now${n}@campus.test`, phone: `136${String(40_000_000 + n).slice(-8)}` };
    const extra = reported ? { donatedElsewhereOn: reported.on, donatedElsewhereKind: reported.kind } : {};
    await make.signUp(await make.drive({ day: day(400) }), { ...contact, ...extra });
    const [v] = await app.sql(`SELECT id FROM volunteers WHERE email = $1`, [contact.email]);
    return { ...contact, id: v.id as string };
  }

  /** Records donations of `kind` at drives of the organization, on these days. */
  async function donated(who: { name: string; email: string; phone: string }, kind: 'WHOLE_BLOOD' | 'PLATELETS', days: string[]) {
    for (const on of days) {
      const drive = await make.drive({ day: day(400), input: { kind } });
      const signUp = await make.signUp(drive, { name: who.name, email: who.email, phone: who.phone });
      await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now(), outcome_on = $2 WHERE id = $1`, [signUp.id, on]);
    }
  }

  describe('a call-out', () => {
    const need = (kind: string) => ({ kind, bloodTypes: ['AB_NEG'], message: 'A patient needs AB-negative donors today.' });
    const names = async (kind: string) => {
      const { callOutAudience, callOutAudienceList } = await org(AUDIENCE, { input: need(kind) });
      const listed = callOutAudienceList.map((m: { name: string }) => m.name).sort();
      expect(callOutAudience).toBe(listed.length);
      return listed;
    };

    beforeAll(async () => {
      // At most 2 platelet donations a year in this organization.
      await org(SET_RULES, { input: { plateletsPerYear: 2 } });
      await person('Never Donated', 'AB_NEG');
      await donated(await person('Whole Blood Long Ago', 'AB_NEG'), 'WHOLE_BLOOD', [day(-200)]);
      await donated(await person('Platelets 20 Days Ago', 'AB_NEG'), 'PLATELETS', [day(-20)]);
      await person('Reported Whole Blood 30 Days Ago', 'AB_NEG', { on: day(-30), kind: 'WHOLE_BLOOD' });
      await donated(await person('At The Platelet Cap', 'AB_NEG'), 'PLATELETS', [day(-200), day(-30)]);
    });

    it('for whole blood asks nobody who gave platelets 20 days ago (28 days after platelets) or reported whole blood elsewhere 30 days ago', async () => {
      expect(await names('WHOLE_BLOOD')).toEqual(['At The Platelet Cap', 'Never Donated', 'Whole Blood Long Ago']);
    });

    it('for platelets asks nobody at the yearly platelet cap, nor 30 days after whole blood given elsewhere (90 days)', async () => {
      expect(await names('PLATELETS')).toEqual(['Never Donated', 'Platelets 20 Days Ago', 'Whole Blood Long Ago']);
    });

    it('asks exactly the people its preview counted', async () => {
      const previewed = await names('WHOLE_BLOOD');
      const { sendCallOut } = await org(SEND, { input: need('WHOLE_BLOOD') });
      expect(sendCallOut.audienceCount).toBe(previewed.length);
      const asked = await app.sql(`SELECT v.name FROM call_out_recipients r JOIN volunteers v ON v.id = r.volunteer_id WHERE r.call_out_id = $1 ORDER BY v.name`, [sendCallOut.id]);
      expect(asked.map((r) => r.name)).toEqual(previewed);
    });
  });

  it('shows on the roster the last donation, reported or recorded, and the day the rule allows whole blood again', async () => {
    // Whole blood here 200 days ago, platelets elsewhere 10 days ago: whole blood again 28 days
    // after the platelets (the 180 days after the whole blood are over).
    const both = await person('Both Kinds', 'B_NEG', { on: day(-10), kind: 'PLATELETS' });
    await donated(both, 'WHOLE_BLOOD', [day(-200)]);
    const reported = await person('Reported Only', 'B_NEG', { on: day(-30), kind: 'WHOLE_BLOOD' });
    const past = await person('Reported Long Ago', 'B_NEG', { on: day(-400), kind: 'WHOLE_BLOOD' });
    expect([reported.name, past.name]).toHaveLength(2);
    const { reserveRoster } = await org(ROSTER, { f: { bloodTypes: ['B_NEG'], sort: 'NEXT_ELIGIBLE' } });
    expect(reserveRoster).toEqual([
      { name: 'Reported Long Ago', lastDonatedOn: day(-400), nextEligibleOn: null },
      { name: 'Both Kinds', lastDonatedOn: day(-10), nextEligibleOn: day(18) },
      { name: 'Reported Only', lastDonatedOn: day(-30), nextEligibleOn: day(150) },
    ]);
  });

  it('does not announce a new drive to someone the blood service recorded giving whole blood 30 days ago', async () => {
    const recorded = await person('Blood Service Recorded', 'A_POS');
    await app.sql(`UPDATE volunteers SET blood_service_donated_on = $2 WHERE id = $1`, [recorded.id, day(-30)]);
    const free = await person('Free To Give', 'A_POS');
    const drive = await make.drive({ day: day(10), status: DriveStatus.DRAFT });
    await make.publish(drive.id);
    const announced = await app.sql(`SELECT volunteer_id FROM outbox WHERE purpose = 'DRIVE_ANNOUNCED' AND payload->>'driveId' = $1`, [drive.id]);
    const ids = announced.map((r) => r.volunteer_id);
    expect([ids.includes(recorded.id), ids.includes(free.id)]).toEqual([false, true]);
  });

  describe('"you can donate again" after a donation reported elsewhere', () => {
    const queued = (volunteerId: string) =>
      app.sql(`SELECT id, purpose, dedupe_key, sign_up_id, volunteer_id, recipient, locale, payload, send_after FROM outbox WHERE purpose = 'ELIGIBLE_AGAIN' AND volunteer_id = $1`, [volunteerId]);

    it('tells someone whose only donation is one they reported, once they may give again, once, waiting for the morning', async () => {
      const due = await person('Reported 185 Days Ago', 'O_POS', { on: day(-185), kind: 'WHOLE_BLOOD' });
      const early = await person('Reported 100 Days Ago', 'O_POS', { on: day(-100), kind: 'WHOLE_BLOOD' });
      const away = await person('Reported And Unsubscribed', 'O_POS', { on: day(-185), kind: 'WHOLE_BLOOD' });
      await app.sql(`UPDATE volunteers SET unsubscribed_at = now() WHERE id = $1`, [away.id]);
      const scanner = app.server.app.get(ReminderScanner);
      const now = new Date();

      await scanner.queueEligibleAgain(now);
      const [message, ...more] = await queued(due.id);
      expect(more).toEqual([]);
      expect(message).toMatchObject({ dedupe_key: `ELIGIBLE_AGAIN:${due.id}:${day(-185)}`, sign_up_id: null, recipient: due.email });
      expect(message.send_after).toEqual(afterQuietHours(now, 'Asia/Shanghai'));
      expect([(await queued(early.id)).length, (await queued(away.id)).length]).toEqual([0, 0]);

      // Once: the next scans find it queued already.
      expect(await scanner.queueEligibleAgainSelfReported(now)).toBe(0);
      expect(await queued(due.id)).toHaveLength(1);

      const rendered = await app.server.app.get(MessageRenderer).render(app.server.app.get(DataSource).manager, message as OutboxRow);
      expect(rendered?.message.subject).toBe('You can donate again, Reported 185 Days Ago');
      expect(rendered?.message.text).toContain(`Your last donation was on ${day(-185)}.`);
      expect(rendered?.message.headers?.['List-Unsubscribe']).toBeDefined();
    });

    it('is left to the recorded donation when one of the kind came on or after the reported day, so nobody hears twice', async () => {
      const both = await person('Recorded After Reported', 'O_POS', { on: day(-200), kind: 'WHOLE_BLOOD' });
      await donated(both, 'WHOLE_BLOOD', [day(-185)]);
      const recordedOnly = await person('Recorded Only', 'O_POS');
      await donated(recordedOnly, 'WHOLE_BLOOD', [day(-185)]);
      await app.server.app.get(ReminderScanner).queueEligibleAgain(new Date());
      for (const who of [both, recordedOnly]) {
        const messages = await queued(who.id);
        expect(messages).toHaveLength(1);
        expect(messages[0].sign_up_id).not.toBeNull();
      }
    });
  });
});
