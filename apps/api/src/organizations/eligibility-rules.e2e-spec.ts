// Eligibility as blood services state it (issue 22, item 6), the age part: each organization
// sets its first-time and repeat donors' upper age limits; the public form and the desk apply
// them, a first-timer held to the first-time one. Drives are on 2030-12-05 (the factories' day).
import { NO_ELIGIBILITY_RULES, Role } from '@life-relay/domain';
import { ReminderScanner } from '../messages/reminders/reminder-scanner.service';
import { Factories } from '../testing/factories';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';

const SET_RULES = `mutation($input: EligibilityRulesInput!, $organizationId: ID) {
  setEligibilityRules(input: $input, organizationId: $organizationId) { id eligibilityRules { firstTimeMaxAge repeatMaxAge } }
}`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status } }`;
const WALK_IN = `mutation($input: WalkInInput!) { registerWalkIn(input: $input) { duplicate signUp { status } } }`;
const HOUR = 3600_000;

/** Born so as to be this old on the drives' day (2030-12-05). */
const AGED = { 54: '1976-06-01', 56: '1974-06-01', 57: '1973-06-01' } as const;

describe('eligibility rules of an organization', () => {
  let app: TestApp;
  let admin: string;
  let organizer: string;
  let organizationId: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.adminToken();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
    organizationId = (await app.ok(`{ organizations { id } }`, {}, { token: organizer })).organizations[0].id;
  });
  afterAll(() => app.close());

  const setRules = (input: Record<string, unknown>, token = organizer, orgId?: string) => app.gql(SET_RULES, { input, organizationId: orgId }, { token });

  /** Someone who gave blood at an earlier drive of the organization (a repeat donor). */
  async function repeatDonor(birthDate: string) {
    const earlier = await make.drive();
    const signUp = await make.signUp(earlier);
    await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now(), outcome_on = '2025-01-10' WHERE id = $1`, [signUp.id]);
    await app.sql(`UPDATE volunteers v SET birth_date = $2 FROM sign_ups s WHERE s.volunteer_id = v.id AND s.id = $1`, [signUp.id, birthDate]);
    const [v] = await app.sql(`SELECT v.email, v.phone FROM volunteers v JOIN sign_ups s ON s.volunteer_id = v.id WHERE s.id = $1`, [signUp.id]);
    return v as { email: string; phone: string };
  }

  it('are set by the organization’s organizers, audited, shown on the organization, and refused with field errors when wrong', async () => {
    const { setEligibilityRules } = await app.ok(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 60 } }, { token: organizer });
    expect(setEligibilityRules).toEqual({ id: organizationId, eligibilityRules: { firstTimeMaxAge: 55, repeatMaxAge: 60 } });
    const { organizations } = await app.ok(`{ organizations { id eligibilityRules { firstTimeMaxAge repeatMaxAge } } }`, {}, { token: organizer });
    expect(organizations).toEqual([{ id: organizationId, eligibilityRules: { firstTimeMaxAge: 55, repeatMaxAge: 60 } }]);
    expect(await app.sql(`SELECT organization_id, details FROM audit_events WHERE action = 'ELIGIBILITY_RULES_CHANGED'`)).toEqual([
      { organization_id: organizationId, details: { organizationId, ...NO_ELIGIBILITY_RULES, firstTimeMaxAge: 55, repeatMaxAge: 60 } },
    ]);

    const outOfRange = await setRules({ firstTimeMaxAge: 12, repeatMaxAge: 99 });
    expect(badFields(outOfRange)).toEqual(['firstTimeMaxAge', 'repeatMaxAge']);
    expect(outOfRange.errors?.[0].extensions.fields?.[0]).toMatchObject({ key: 'outOfRange', message: 'Enter a number from 16 to 80.' });
    const above = await setRules({ firstTimeMaxAge: 62, repeatMaxAge: 60 }, organizer);
    expect(above.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'firstTimeMaxAge', key: 'firstTimeAboveRepeat' })]);
    // Refused calls change nothing.
    expect((await app.sql(`SELECT eligibility_rules FROM organizations WHERE id = $1`, [organizationId]))[0].eligibility_rules).toEqual({ ...NO_ELIGIBILITY_RULES, firstTimeMaxAge: 55, repeatMaxAge: 60 });
  });

  it('may be set by nobody else: not team leads (nor viewers or desk staff: @Organizers), nor another organization’s organizers', async () => {
    const lead = (await app.userWithRole(Role.TEAM_LEAD)).token;
    expect(errorCode(await setRules({ firstTimeMaxAge: 50 }, lead))).toBe('FORBIDDEN');
    const { createOrganization } = await app.ok(`mutation { createOrganization(input: { name: "Other blood station" }) { id } }`, {}, { token: admin });
    const email = `other-${Date.now()}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email, name: 'Other organizer', role: 'ORGANIZER', organizationId: createOrganization.id } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const other = (await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } })).setPassword.token;
    expect(errorCode(await setRules({ firstTimeMaxAge: 50 }, other, organizationId))).toBe('NOT_FOUND');
    // Their own is theirs to set, and leaves this one's alone; an admin names the organization.
    expect((await app.ok(SET_RULES, { input: { repeatMaxAge: 65 } }, { token: other })).setEligibilityRules.id).toBe(createOrganization.id);
    expect((await app.ok(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 60 }, organizationId }, { token: admin })).setEligibilityRules.id).toBe(organizationId);
    expect((await app.sql(`SELECT eligibility_rules FROM organizations WHERE id = $1`, [organizationId]))[0].eligibility_rules).toEqual({ ...NO_ELIGIBILITY_RULES, firstTimeMaxAge: 55, repeatMaxAge: 60 });
  });

  describe('on the public form, where first-timers may be at most 55', () => {
    beforeAll(() => app.ok(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 60 } }, { token: organizer }));

    it('allows a 54-year-old first-timer and refuses a 56-year-old one, saying why', async () => {
      const drive = await make.drive();
      expect((await app.ok(SIGN_UP, { input: await make.verified(drive, { birthDate: AGED[54] }) })).signUp.status).toBe('REGISTERED');
      const refused = await app.gql(SIGN_UP, { input: await make.verified(drive, { birthDate: AGED[56] }) });
      expect(refused.errors?.[0].extensions.fields).toEqual([
        expect.objectContaining({ field: 'birthDate', key: 'tooOldFirstTime', message: 'First-time donors may be at most 55 at this organization’s drives.' }),
      ]);
      const zh = await app.gql(SIGN_UP, { input: await make.verified(drive, { birthDate: AGED[56] }, { 'accept-language': 'zh-CN' }) }, { headers: { 'accept-language': 'zh-CN' } });
      expect(zh.errors?.[0].extensions.fields?.[0].message).toBe('在本组织的活动中，首次献血者的年龄上限为 55 岁。');
    });

    it('lets a 57-year-old who donated before sign up, once their code proves who they are', async () => {
      const drive = await make.drive();
      const donor = await repeatDonor(AGED[57]);
      expect((await app.ok(SIGN_UP, { input: await make.verified(drive, { email: donor.email, phone: donor.phone, birthDate: AGED[57] }) })).signUp.status).toBe('REGISTERED');
    });

    it('holds everyone to the repeat limit: 61 is too old even for a repeat donor', async () => {
      const drive = await make.drive();
      const donor = await repeatDonor('1969-06-01');
      const refused = await app.gql(SIGN_UP, { input: await make.verified(drive, { email: donor.email, phone: donor.phone, birthDate: '1969-06-01' }) });
      expect(refused.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'birthDate', key: 'tooOld', message: 'The upper age limit for this drive is 60.' });
    });
  });

  describe('at the desk', () => {
    beforeAll(() => app.ok(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 60 } }, { token: organizer }));
    const driveNow = () => make.drive({ shiftStarts: [new Date(Date.now() - HOUR)] });
    /** Born on 1 January so as to be `age` today (the walk-in's shift is now). */
    const bornYearsAgo = (age: number) => `${new Date().getUTCFullYear() - age}-01-01`;
    const walkIn = (driveId: string, overrides: Record<string, unknown>) => {
      const n = make.unique();
      return app.gql(WALK_IN, { input: { driveId, name: `Walk-in ${n}`, email: `walkin${n}@campus.test`, birthDate: bornYearsAgo(56), healthConsent: true, ...overrides } }, { token: organizer });
    };

    it('refuses a 56-year-old first-timer and registers a 56-year-old repeat donor', async () => {
      const drive = await driveNow();
      const first = await walkIn(drive.id, {});
      expect(first.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'birthDate', key: 'tooOldFirstTime', message: expect.stringMatching(/at most 55 /) });
      const donor = await repeatDonor(bornYearsAgo(56));
      const again = await walkIn(drive.id, { email: donor.email });
      expect(again.errors).toBeUndefined();
      expect(again.data?.registerWalkIn.signUp.status).toBe('CHECKED_IN');
    });
  });

  it('tells a donor they can give again only while they are within the repeat donors’ age limit', async () => {
    const now = new Date();
    const born = (age: number) => `${now.getUTCFullYear() - age - 1}-01-01`; // `age` and some months today
    const eligibleAgainTo = async (email: string) => (await app.sql(`SELECT 1 FROM outbox o JOIN volunteers v ON v.id = o.volunteer_id WHERE o.purpose = 'ELIGIBLE_AGAIN' AND v.email = $1`, [email])).length;
    /** Gave whole blood 181 days ago. */
    const donorDueNow = async (birthDate: string) => {
      const signUp = await make.signUp(await make.drive());
      await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now() - interval '181 days', outcome_on = current_date - 181 WHERE id = $1`, [signUp.id]);
      await app.sql(`UPDATE volunteers v SET birth_date = $2 FROM sign_ups s WHERE s.volunteer_id = v.id AND s.id = $1`, [signUp.id, birthDate]);
      return signUp.email;
    };
    const scanner = app.server.app.get(ReminderScanner);
    await app.ok(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 60 } }, { token: organizer });
    const [sixtyOne, fiftyNine] = [await donorDueNow(born(61)), await donorDueNow(born(59))];
    await scanner.queueEligibleAgain(now);
    expect([await eligibleAgainTo(sixtyOne), await eligibleAgainTo(fiftyNine)]).toEqual([0, 1]);
    // Where repeat donors may give until 65, the 61-year-old hears it too.
    await app.ok(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 65 } }, { token: organizer });
    await scanner.queueEligibleAgain(now);
    expect(await eligibleAgainTo(sixtyOne)).toBe(1);
  });
});
