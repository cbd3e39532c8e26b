// Consent, separately and provably (issue 20): the general, health and call-out consents are
// recorded per scope, version, channel, drive and sign-up, whether given on the form, through an
// organizer's import or at the desk; a blood type is stored only with the health consent; a drive
// that records outcomes takes nobody without it; and withdrawing it stops what it allowed.
import { CONSENT_TEXTS, CONSENT_VERSIONS, ConsentScope, Role } from '@life-relay/domain';
import { DataSource } from 'typeorm';
import { badFields, createTestApp, TestApp } from '../testing/test-app';
import { Factories } from '../testing/factories';
import { Consents } from './consents.repository';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status manageToken } }`;
const PUBLIC_DRIVE = `query($slug: String!) { publicDrive(slug: $slug) {
  consentText consentVersion healthConsentText healthConsentVersion healthConsentRequired callOutsConsentText } }`;
const IMPORT = `mutation($driveId: ID!, $csv: String!) { importSignUps(driveId: $driveId, csv: $csv) { imported refused { line fields { field key } } } }`;
const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { status volumeMl deferralReason retryOn healthConsent } }`;
const DESK_CONSENT = `mutation($id: ID!) { recordHealthConsent(signUpId: $id) { id healthConsent } }`;

const CONSENTS_OF = `SELECT c.scope, c.version, c.channel, c.drive_id, c.sign_up_id, c.given_at IS NOT NULL AS given, c.withdrawn_at
  FROM consents c JOIN volunteers v ON v.id = c.volunteer_id WHERE v.email = $1 ORDER BY c.given_at, c.scope`;

describe('consents', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const volunteerOf = async (email: string) => (await app.sql(`SELECT id, blood_type, call_out_opt_in FROM volunteers WHERE email = $1`, [email]))[0];
  const withdraw = (volunteerId: string, scope: ConsentScope) => app.server.app.get(Consents).withdraw(app.server.app.get(DataSource).manager, volunteerId, scope);

  describe('on the form', () => {
    it('shows each statement in the volunteer’s language, and whether the drive needs the health consent', async () => {
      const blood = await make.drive();
      const general = await make.drive({ input: { kind: 'GENERAL' } });
      for (const locale of ['en', 'zh-CN'] as const) {
        const { publicDrive } = await app.ok(PUBLIC_DRIVE, { slug: blood.slug }, { headers: { 'accept-language': locale } });
        expect(publicDrive).toEqual({
          consentText: CONSENT_TEXTS.GENERAL[locale],
          consentVersion: CONSENT_VERSIONS.GENERAL,
          healthConsentText: CONSENT_TEXTS.HEALTH[locale],
          healthConsentVersion: CONSENT_VERSIONS.HEALTH,
          healthConsentRequired: true,
          callOutsConsentText: CONSENT_TEXTS.CALL_OUTS[locale],
        });
      }
      expect((await app.ok(PUBLIC_DRIVE, { slug: general.slug })).publicDrive.healthConsentRequired).toBe(false);
      // The texts say who sees what, as the code keeps it.
      expect(CONSENT_TEXTS.GENERAL.en).toMatch(/organizers/);
      expect(CONSENT_TEXTS.GENERAL.en).toMatch(/team that brought me sees only my name and whether I came/);
      expect(CONSENT_TEXTS.HEALTH.en).toMatch(/team leads and public pages never do/);
    });

    it('records the general, health and call-out consents, each with its version, the drive and the sign-up', async () => {
      const drive = await make.drive();
      const made = await make.signUp(drive, { bloodType: 'O_NEG', callOuts: true });
      const consents = await app.sql(CONSENTS_OF, [made.email]);
      expect(consents.map((c: Record<string, unknown>) => c.scope).sort()).toEqual(['CALL_OUTS', 'GENERAL', 'HEALTH']);
      for (const c of consents) {
        expect(c).toEqual({
          scope: c.scope,
          version: CONSENT_VERSIONS[c.scope as ConsentScope],
          channel: 'FORM',
          drive_id: drive.id,
          sign_up_id: made.id,
          given: true,
          withdrawn_at: null,
        });
      }
      expect(await volunteerOf(made.email)).toMatchObject({ blood_type: 'O_NEG', call_out_opt_in: true });
    });

    it('refuses a sign-up for a drive that records outcomes without the health consent, on that field, writing nothing', async () => {
      const drive = await make.drive();
      const input = await make.verified(drive, { healthConsent: false, bloodType: 'A_POS' });
      const result = await app.gql(SIGN_UP, { input });
      expect(badFields(result)).toEqual(['healthConsent']);
      expect(result.errors?.[0].extensions.fields?.[0]).toMatchObject({ key: 'healthConsentRequired' });
      const zh = await app.gql(SIGN_UP, { input: { ...input, healthConsent: null } }, { headers: { 'accept-language': 'zh-CN' } });
      expect(zh.errors?.[0].extensions.fields?.[0].message).toMatch(/同意/);
      expect(await app.sql(`SELECT count(*)::int AS n FROM volunteers WHERE email = $1`, [String(input.email).toLowerCase()])).toEqual([{ n: 0 }]);
    });

    it('does not store a blood type given without the health consent (a drive that records no outcomes)', async () => {
      const drive = await make.drive({ input: { kind: 'GENERAL' } });
      const made = await make.signUp(drive, { healthConsent: false, bloodType: 'B_POS' });
      expect(await volunteerOf(made.email)).toMatchObject({ blood_type: null });
      expect((await app.sql(CONSENTS_OF, [made.email])).map((c: Record<string, unknown>) => c.scope)).toEqual(['GENERAL']);
    });
  });

  describe('through an organizer’s import', () => {
    it('records the consents as given through the import, and keeps no blood type of a row that says no to the health consent', async () => {
      const drive = await make.drive({ input: { kind: 'GENERAL' } });
      const csv = [
        'name,email,bloodType,shiftStartsAt,healthConsent',
        'Ann,ann.import@campus.test,O_POS,2030-12-05 09:00,',
        'Bo,bo.import@campus.test,AB_NEG,2030-12-05 09:00,no',
      ].join('\n');
      const { importSignUps } = await app.ok(IMPORT, { driveId: drive.id, csv }, { token: organizer });
      expect(importSignUps).toEqual({ imported: 2, refused: [] });
      const ann = await app.sql(CONSENTS_OF, [`ann.import@campus.test`]);
      expect(ann.map((c: Record<string, unknown>) => [c.scope, c.version, c.channel, c.drive_id])).toEqual(
        expect.arrayContaining([
          ['GENERAL', CONSENT_VERSIONS.GENERAL, 'IMPORT', drive.id],
          ['HEALTH', CONSENT_VERSIONS.HEALTH, 'IMPORT', drive.id],
        ]),
      );
      expect(ann).toHaveLength(2);
      expect((await app.sql(CONSENTS_OF, [`bo.import@campus.test`])).map((c: Record<string, unknown>) => [c.scope, c.channel])).toEqual([['GENERAL', 'IMPORT']]);
      expect(await volunteerOf('ann.import@campus.test')).toMatchObject({ blood_type: 'O_POS' });
      expect(await volunteerOf('bo.import@campus.test')).toMatchObject({ blood_type: null });
    });

    it('refuses a row without the health consent for a drive that records outcomes', async () => {
      const drive = await make.drive();
      const csv = ['name,email,shiftStartsAt,healthConsent', 'Cy,cy.import@campus.test,2030-12-05 09:00,否'].join('\n');
      const { importSignUps } = await app.ok(IMPORT, { driveId: drive.id, csv }, { token: organizer });
      expect(importSignUps).toEqual({ imported: 0, refused: [{ line: 2, fields: [{ field: 'healthConsent', key: 'healthConsentRequired' }] }] });
    });
  });

  describe('withdrawn', () => {
    it('withdrawing the health consent deletes the blood type and stops the recording of screening details until the desk records a new one', async () => {
      // Today: the desk records outcomes on the drive's days only.
      const drive = await make.drive({ shiftStarts: [new Date()] });
      const [first, second] = [await make.signUp(drive, { bloodType: 'A_NEG' }), await make.signUp(drive, { bloodType: 'B_NEG' })];
      const person = await volunteerOf(first.email);
      await withdraw(person.id, ConsentScope.HEALTH);

      const health = await app.sql(`SELECT withdrawn_at FROM consents WHERE volunteer_id = $1 AND scope = 'HEALTH'`, [person.id]);
      expect(health).toEqual([{ withdrawn_at: expect.any(Date) }]);
      expect(await volunteerOf(first.email)).toMatchObject({ blood_type: null });
      // The general consent stays in force.
      expect(await app.sql(`SELECT withdrawn_at FROM consents WHERE volunteer_id = $1 AND scope = 'GENERAL'`, [person.id])).toEqual([{ withdrawn_at: null }]);

      // The outcome is recorded, its health details are not (and are not asked for).
      const { recordOutcome: withdrawn } = await app.ok(OUTCOME, { id: first.id, input: { status: 'DONATED', volumeMl: 400 } }, { token: organizer });
      expect(withdrawn).toEqual({ status: 'DONATED', volumeMl: null, deferralReason: null, retryOn: null, healthConsent: false });
      const deferred = await app.ok(OUTCOME, { id: first.id, input: { status: 'DEFERRED', deferralReason: 'Low haemoglobin', retryOn: '2027-01-05' } }, { token: organizer });
      expect(deferred.recordOutcome).toMatchObject({ status: 'DEFERRED', deferralReason: null, retryOn: null });
      expect(await app.sql(`SELECT details FROM sign_up_events WHERE sign_up_id = $1 AND to_status = 'DEFERRED'`, [first.id])).toEqual([
        { details: { volumeMl: null, deferralReason: null, retryOn: null } },
      ]);
      // Someone whose consent is in force is recorded in full, as before.
      const { recordOutcome: kept } = await app.ok(OUTCOME, { id: second.id, input: { status: 'DONATED', volumeMl: 300 } }, { token: organizer });
      expect(kept).toMatchObject({ volumeMl: 300, healthConsent: true });

      // The person signs the health consent at the desk: recorded as such, details recorded again.
      const desk = await deskStaff(drive.id);
      const { recordHealthConsent } = await app.ok(DESK_CONSENT, { id: first.id }, { token: desk });
      expect(recordHealthConsent).toEqual({ id: first.id, healthConsent: true });
      expect(await app.sql(`SELECT version, channel, drive_id, sign_up_id FROM consents WHERE volunteer_id = $1 AND scope = 'HEALTH' AND withdrawn_at IS NULL`, [person.id])).toEqual([
        { version: CONSENT_VERSIONS.HEALTH, channel: 'DESK', drive_id: drive.id, sign_up_id: first.id },
      ]);
      const { recordOutcome: again } = await app.ok(OUTCOME, { id: first.id, input: { status: 'DONATED', volumeMl: 400 } }, { token: desk });
      expect(again).toMatchObject({ volumeMl: 400, healthConsent: true });
    });

    it('a later sign-up for a blood drive asks for the health consent again, and records it', async () => {
      const drive = await make.drive();
      const made = await make.signUp(drive, { bloodType: 'O_POS' });
      const person = await volunteerOf(made.email);
      await withdraw(person.id, ConsentScope.HEALTH);
      const later = await make.drive({ day: '2031-07-01' });
      const refused = await app.gql(SIGN_UP, { input: await app.withCode({ ...make.volunteer(later), email: made.email, healthConsent: false }) });
      expect(badFields(refused)).toEqual(['healthConsent']);
      await app.ok(SIGN_UP, { input: await app.withCode({ ...make.volunteer(later), email: made.email, bloodType: 'O_POS' }) });
      const health = await app.sql(`SELECT drive_id, withdrawn_at FROM consents WHERE volunteer_id = $1 AND scope = 'HEALTH' ORDER BY given_at`, [person.id]);
      expect(health).toEqual([
        { drive_id: drive.id, withdrawn_at: expect.any(Date) },
        { drive_id: later.id, withdrawn_at: null },
      ]);
      expect(await volunteerOf(made.email)).toMatchObject({ blood_type: 'O_POS' });
    });

    it('withdrawing the call-out consent ends the opt-in; the records list every consent with its withdrawal', async () => {
      const drive = await make.drive();
      const made = await make.signUp(drive, { callOuts: true });
      const person = await volunteerOf(made.email);
      await withdraw(person.id, ConsentScope.CALL_OUTS);
      expect(await volunteerOf(made.email)).toMatchObject({ call_out_opt_in: false });
      const records = await app.server.app.get(Consents).ofVolunteer(app.server.app.get(DataSource).manager, person.id);
      expect(records.map((r) => [r.scope, r.version, r.channel, r.withdrawnAt !== null]).sort()).toEqual([
        ['CALL_OUTS', CONSENT_VERSIONS.CALL_OUTS, 'FORM', true],
        ['GENERAL', CONSENT_VERSIONS.GENERAL, 'FORM', false],
        ['HEALTH', CONSENT_VERSIONS.HEALTH, 'FORM', false],
      ]);
    });
  });

  /** A desk account of the organizer's organization for this drive. */
  async function deskStaff(driveId: string): Promise<string> {
    const { organizations } = await app.ok(`{ organizations { id } }`, {}, { token: organizer });
    const email = `desk-${Math.random().toString(36).slice(2)}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email, name: 'Desk person', role: 'DESK', organizationId: organizations[0].id, deskDriveIds: [driveId] } },
      { token: organizer },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    return setPassword.token;
  }
});
