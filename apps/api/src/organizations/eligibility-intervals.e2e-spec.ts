// Eligibility as blood services state it (issue 22, item 6), the rest of it: the days between
// kinds of donation and a yearly platelet cap, per organization, and what a person says about
// donations they gave elsewhere, applied on the form, on a change of shift, at the desk and on
// import, and counted in milestones. The story: a donor with 94 earlier donations starts at
// zero; a platelet donor who gave whole blood last month is asked again. Drives here are near
// today (in Hohhot), so that a donation "30 days ago" is in the past.
import { NO_ELIGIBILITY_RULES, Role } from '@life-relay/domain';
import { Factories, hohhotDayFromToday } from '../testing/factories';
import { badFields, createTestApp, TestApp } from '../testing/test-app';

const SET_RULES = `mutation($input: EligibilityRulesInput!) {
  setEligibilityRules(input: $input) { id eligibilityRules { firstTimeMaxAge repeatMaxAge wholeBloodAfterWholeBloodDays plateletsAfterWholeBloodDays plateletsAfterPlateletsDays wholeBloodAfterPlateletsDays plateletsPerYear } }
}`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status manageToken } }`;
const CHANGE = `mutation($input: ChangeShiftInput!) { changeShift(input: $input) { status shiftStartsAt } }`;
const WALK_IN = `mutation($input: WalkInInput!) { registerWalkIn(input: $input) { duplicate signUp { status } } }`;
const IMPORT = `mutation($driveId: ID!, $csv: String!) { importSignUps(driveId: $driveId, csv: $csv) { imported refused { line fields { field key message } } } }`;
const HISTORY = `query($id: ID!) { volunteer(id: $id) { donorHistory { donationCount selfReportedCount selfReportedLastDonation { kind date } nextEligible { kind date } milestones } } }`;

const day = hohhotDayFromToday;

describe('intervals between kinds, the platelet cap and donations elsewhere', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  /** A person nobody in this file has been yet (each Factories counts on its own). */
  const newPerson = () => {
    const n = make.unique();
    return { email: `person${n}@campus.test`, phone: `137${String(30_000_000 + n).slice(-8)}` };
  };

  /** Factories of an organizer of an organization of their own (its rules are its own). */
  async function ownOrganization(): Promise<Factories> {
    const admin = await app.adminToken();
    const n = make.unique();
    const { createOrganization } = await app.ok(`mutation($name: String!) { createOrganization(input: { name: $name }) { id } }`, { name: `Blood station ${n}` }, { token: admin });
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email: `organizer${n}@station.test`, name: `Organizer ${n}`, role: 'ORGANIZER', organizationId: createOrganization.id } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    return new Factories(app, setPassword.token);
  }

  const platelets = (offset: number, m = make) => m.drive({ day: day(offset), input: { kind: 'PLATELETS' } });
  const wholeBlood = (offset: number, m = make) => m.drive({ day: day(offset) });
  const volunteerOf = async (email: string) => (await app.sql(`SELECT id FROM volunteers WHERE email = $1`, [email]))[0]?.id as string | undefined;

  /** Someone with donations recorded at earlier drives of `m`'s organization, on these days. */
  async function donor(kind: 'WHOLE_BLOOD' | 'PLATELETS', days: string[], m = make) {
    const n = make.unique(); // one counter for every organization's factories: nobody is made twice
    const contact = { email: `donor${n}@campus.test`, phone: `139${String(20_000_000 + n).slice(-8)}` };
    for (const outcomeOn of days) {
      const earlier = kind === 'PLATELETS' ? await platelets(400, m) : await wholeBlood(400, m);
      const signUp = await m.signUp(earlier, contact);
      await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now(), outcome_on = $2 WHERE id = $1`, [signUp.id, outcomeOn]);
    }
    return contact;
  }

  it('are set by organizers beside the age limits, audited, with a field error for each value out of range', async () => {
    const other = await ownOrganization();
    const { setEligibilityRules } = await app.ok(SET_RULES, { input: { plateletsAfterWholeBloodDays: 60, plateletsPerYear: 12 } }, { token: other.organizerToken });
    expect(setEligibilityRules.eligibilityRules).toEqual({ ...NO_ELIGIBILITY_RULES, plateletsAfterWholeBloodDays: 60, plateletsPerYear: 12 });
    const [audit] = await app.sql(`SELECT details FROM audit_events WHERE action = 'ELIGIBILITY_RULES_CHANGED' AND organization_id = $1`, [setEligibilityRules.id]);
    expect(audit.details).toMatchObject({ plateletsAfterWholeBloodDays: 60, plateletsPerYear: 12 });

    const refused = await app.gql(SET_RULES, { input: { wholeBloodAfterPlateletsDays: 0, plateletsPerYear: 500 } }, { token: other.organizerToken });
    expect(badFields(refused)).toEqual(['plateletsPerYear', 'wholeBloodAfterPlateletsDays']);
    expect(refused.errors?.[0].extensions.fields?.[1]).toMatchObject({ key: 'outOfRange', message: 'Enter a number from 1 to 52.' });
    expect((await app.sql(`SELECT eligibility_rules FROM organizations WHERE id = $1`, [setEligibilityRules.id]))[0].eligibility_rules).toMatchObject({ plateletsPerYear: 12 });
  });

  describe('on the public form', () => {
    it('refuses platelets to someone who gave whole blood elsewhere 30 days ago until 90 days have passed, storing nothing, and takes them after', async () => {
      const input = await make.verified(await platelets(1), { donatedElsewhereOn: day(-30), donatedElsewhereKind: 'WHOLE_BLOOD' });
      const refused = await app.gql(SIGN_UP, { input });
      expect(refused.errors?.[0].extensions.fields).toEqual([
        expect.objectContaining({ field: 'shiftId', key: 'notEligibleUntil', message: `You donated recently; you may donate again from ${day(60)}.` }),
      ]);
      // Nothing half-written: not the person, not what they reported.
      expect(await volunteerOf(String(input.email))).toBeUndefined();

      const later = await make.verified(await platelets(61), { email: input.email, phone: input.phone, donatedElsewhereOn: day(-30), donatedElsewhereKind: 'WHOLE_BLOOD' });
      expect((await app.ok(SIGN_UP, { input: later })).signUp.status).toBe('REGISTERED');
      const [stored] = await app.sql(
        `SELECT to_char(reported_last_donation_on, 'YYYY-MM-DD') AS on, reported_last_donation_kind AS kind, donations_reported_at IS NOT NULL AS marked FROM volunteers WHERE email = $1`,
        [input.email],
      );
      expect(stored).toEqual({ on: day(-30), kind: 'WHOLE_BLOOD', marked: true });
    });

    it('holds whole blood 28 days after platelets given elsewhere: refused on day 21, taken on day 28', async () => {
      const refused = await app.gql(SIGN_UP, { input: await make.verified(await wholeBlood(1), { donatedElsewhereOn: day(-20), donatedElsewhereKind: 'PLATELETS' }) });
      expect(refused.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'shiftId', key: 'notEligibleUntil', message: `You donated recently; you may donate again from ${day(8)}.` })]);
      const taken = await app.ok(SIGN_UP, { input: await make.verified(await wholeBlood(8), { donatedElsewhereOn: day(-20), donatedElsewhereKind: 'PLATELETS' }) });
      expect(taken.signUp.status).toBe('REGISTERED');
    });

    it('counts whole blood recorded here against a platelet drive (not only the same kind), in both languages', async () => {
      const contact = await donor('WHOLE_BLOOD', [day(-30)]);
      const zh = { 'accept-language': 'zh-CN' };
      const refused = await app.gql(SIGN_UP, { input: await make.verified(await platelets(1), contact, zh) }, { headers: zh });
      expect(refused.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'shiftId', key: 'notEligibleUntil', message: `您最近已献血，${day(60)} 起可再次献血。` });
    });

    it('refuses a donor at the platelet cap, saying until when, and lets the organization’s own cap decide', async () => {
      const capped = await ownOrganization();
      await app.ok(SET_RULES, { input: { plateletsPerYear: 2 } }, { token: capped.organizerToken });
      const contact = await donor('PLATELETS', [day(-200), day(-30)], capped);
      const refused = await app.gql(SIGN_UP, { input: await capped.verified(await platelets(1, capped), contact) });
      expect(refused.errors?.[0].extensions.fields).toEqual([
        expect.objectContaining({
          field: 'shiftId',
          key: 'plateletCapReached',
          message: `You have given platelets 2 times in the past 12 months; you may give them again from ${day(-200 + 365)}.`,
        }),
      ]);
      // Under the default cap (24) the same history is no obstacle.
      const open = await donor('PLATELETS', [day(-200), day(-30)]);
      expect((await app.ok(SIGN_UP, { input: await make.verified(await platelets(1), open) })).signUp.status).toBe('REGISTERED');
    });

    it('refuses a report that makes no sense, field by field', async () => {
      const refused = await app.gql(SIGN_UP, { input: await make.verified(await wholeBlood(1), { donatedElsewhereOn: day(3), earlierDonations: -2 }) });
      expect(badFields(refused)).toEqual(['donatedElsewhereKind', 'donatedElsewhereOn', 'earlierDonations']);
      expect(refused.errors?.[0].extensions.fields?.[0].message).toBe('This date is still to come: enter the day you donated.');
    });

    it('takes a 56-year-old who reports earlier donations where first-timers may be at most 55, and still refuses a 56-year-old first-timer', async () => {
      const strict = await ownOrganization();
      await app.ok(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 60 } }, { token: strict.organizerToken });
      const drive = await strict.drive({ day: day(1) });
      const bornAt56 = `${Number(day(1).slice(0, 4)) - 57}-${day(2).slice(5)}`;
      const firstTimer = await app.gql(SIGN_UP, { input: await strict.verified(drive, { ...newPerson(), birthDate: bornAt56 }) });
      expect(firstTimer.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'birthDate', key: 'tooOldFirstTime' })]);
      const reported = await app.ok(SIGN_UP, { input: await strict.verified(drive, { ...newPerson(), birthDate: bornAt56, earlierDonations: 12 }) });
      expect(reported.signUp.status).toBe('REGISTERED');
    });
  });

  it('counts donations reported elsewhere in milestones, marked self-reported: 94 before and one here make 95', async () => {
    const drive = await wholeBlood(1);
    const signUp = await make.signUp(drive, { earlierDonations: 94, donatedElsewhereOn: day(-200), donatedElsewhereKind: 'WHOLE_BLOOD' });
    await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now(), outcome_on = $2 WHERE id = $1`, [signUp.id, day(1)]);
    const volunteerId = await volunteerOf(signUp.email);
    const { volunteer } = await app.ok(HISTORY, { id: volunteerId }, { token: organizer });
    expect(volunteer.donorHistory).toEqual({
      donationCount: 95,
      selfReportedCount: 94,
      selfReportedLastDonation: { kind: 'WHOLE_BLOOD', date: day(-200) },
      nextEligible: [
        { kind: 'WHOLE_BLOOD', date: day(181) },
        { kind: 'PLATELETS', date: day(91) },
      ],
      milestones: [1, 10, 25, 50],
    });
  });

  it('forgets donations reported elsewhere when the person is erased', async () => {
    const signUp = await make.signUp(await wholeBlood(1), { earlierDonations: 7, donatedElsewhereOn: day(-300), donatedElsewhereKind: 'PLATELETS' });
    const volunteerId = await volunteerOf(signUp.email);
    await app.ok(`mutation($id: ID!) { eraseVolunteer(id: $id) }`, { id: volunteerId }, { token: organizer });
    const [tombstone] = await app.sql(
      `SELECT reported_donation_count, reported_last_donation_on, reported_last_donation_kind, donations_reported_at FROM volunteers WHERE id = $1`,
      [volunteerId],
    );
    expect(tombstone).toEqual({ reported_donation_count: null, reported_last_donation_on: null, reported_last_donation_kind: null, donations_reported_at: null });
  });

  it('refuses a change of shift to a day the interval has not passed by, as a problem of the shift', async () => {
    const contact = await donor('WHOLE_BLOOD', [day(-100)]);
    const drive = await make.drive({ shiftStarts: [new Date(`${day(1)}T02:00:00Z`), new Date(`${day(200)}T02:00:00Z`)] });
    const { signUp } = await app.ok(SIGN_UP, { input: await make.verified(drive, { ...contact, shiftId: drive.shifts[1] }) });
    const refused = await app.gql(CHANGE, { input: { manageToken: signUp.manageToken, shiftId: drive.shifts[0] } });
    expect(refused.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'shiftId', key: 'notEligibleUntil', message: `You donated recently; you may donate again from ${day(80)}.` })]);
    const [row] = await app.sql(`SELECT shift_id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1 AND s.drive_id = $2`, [contact.email, drive.id]);
    expect(row.shift_id).toBe(drive.shifts[1]);
  });

  it('refuses at the desk someone who says they gave whole blood elsewhere last month, keeping nothing', async () => {
    const drive = await platelets(1);
    const n = make.unique();
    const refused = await app.gql(
      WALK_IN,
      { input: { driveId: drive.id, shiftId: drive.shifts[0], name: `Walk-in ${n}`, email: `walkin${n}@campus.test`, birthDate: '2000-01-01', healthConsent: true,
        donatedElsewhereOn: day(-30), donatedElsewhereKind: 'WHOLE_BLOOD' } },
      { token: organizer },
    );
    expect(refused.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'shiftId', key: 'notEligibleUntil', message: `You donated recently; you may donate again from ${day(60)}.` })]);
    expect(await volunteerOf(`walkin${n}@campus.test`)).toBeUndefined();
  });

  it('refuses on import a booking the intervals between kinds forbid', async () => {
    const contact = await donor('WHOLE_BLOOD', [day(-30)]);
    const drive = await platelets(1);
    const csv = `name,email,phone,birthDate,shiftStartsAt,status,healthConsent\nDonor,${contact.email},,2000-01-01,${day(1)} 09:00,REGISTERED,yes`;
    const { importSignUps } = await app.ok(IMPORT, { driveId: drive.id, csv }, { token: organizer });
    expect(importSignUps).toEqual({
      imported: 0,
      refused: [{ line: 2, fields: [{ field: 'shiftStartsAt', key: 'notEligibleUntil', message: `You donated recently; you may donate again from ${day(60)}.` }] }],
    });
  });
});
