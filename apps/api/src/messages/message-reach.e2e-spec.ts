// How far unsolicited messages reach (issue 23 §2): an organization may tell only the people of one
// city of a new drive ("Announce to: people in Hohhot") and that they can donate again. A person's
// city is the one they gave on the form, else that of a drive they signed up at (IN_REGION_SQL).
import { DriveStatus, Role } from '@life-relay/domain';
import { Factories, MadeSignUp } from '../testing/factories';
import { badFields, createTestApp, TestApp } from '../testing/test-app';
import { ReminderScanner } from './reminders/reminder-scanner.service';

const HOHHOT = 'CN-150100';
const BAOTOU = 'CN-150200';
const DRIVE = `id announceRegionCode`;
const SET_REACH = `mutation($input: MessageReachInput!) { setMessageReach(input: $input) { id eligibleAgainRegionCode } }`;

describe('limiting unsolicited messages to a city', () => {
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
  const messaged = async (purpose: string, s: MadeSignUp) =>
    (await app.sql(`SELECT 1 FROM outbox o JOIN sign_ups s ON s.volunteer_id = o.volunteer_id WHERE o.purpose = $1 AND s.id = $2`, [purpose, s.id])).length;

  it('announces a drive set to "people in Hohhot" to them only, and one set back to everyone to all', async () => {
    // Past volunteers: one of a Hohhot drive, one of a Baotou drive, one who said Baotou on the
    // form though they came to a Hohhot drive, and one of a drive that named no city.
    const hohhot = await make.drive({ input: { regionCode: HOHHOT } });
    const baotou = await make.drive({ input: { regionCode: BAOTOU } });
    const unnamed = await make.drive();
    const ofHohhot = await make.signUp(hohhot);
    const ofBaotou = await make.signUp(baotou);
    const saidBaotou = await make.signUp(hohhot, { regionCode: BAOTOU });
    const nowhere = await make.signUp(unnamed);

    // The city is one of the list, said on the field.
    const refused = await app.gql(
      `mutation($input: CreateDriveInput!) { createDrive(input: $input) { id } }`,
      {
        input: {
          title: 'Bad reach',
          kind: 'WHOLE_BLOOD',
          location: 'Hohhot',
          announceRegionCode: 'Hohhot',
          startsAt: '2031-03-01T01:00:00Z',
          endsAt: '2031-03-01T08:00:00Z',
        },
      },
      { token: organizer },
    );
    expect(badFields(refused)).toEqual(['announceRegionCode']);

    const forHohhot = await make.drive({ day: '2031-03-01', status: DriveStatus.DRAFT, input: { regionCode: HOHHOT, announceRegionCode: HOHHOT } });
    await make.publish(forHohhot.id);
    const announced = (s: MadeSignUp) => app.sql(`SELECT 1 FROM outbox o JOIN sign_ups s ON s.volunteer_id = o.volunteer_id WHERE o.purpose = 'DRIVE_ANNOUNCED' AND o.payload->>'driveId' = $1 AND s.id = $2`, [forHohhot.id, s.id]);
    expect([(await announced(ofHohhot)).length, (await announced(ofBaotou)).length, (await announced(saidBaotou)).length, (await announced(nowhere)).length]).toEqual([1, 0, 0, 0]);

    // Set back to everyone, a drive published later reaches all of them.
    const forAll = await make.drive({ day: '2031-03-02', status: DriveStatus.DRAFT, input: { regionCode: HOHHOT, announceRegionCode: HOHHOT } });
    const { updateDrive } = await org(`mutation($id: ID!, $input: UpdateDriveInput!) { updateDrive(id: $id, input: $input) { ${DRIVE} } }`, { id: forAll.id, input: { announceRegionCode: null } });
    expect(updateDrive.announceRegionCode).toBeNull();
    await make.publish(forAll.id);
    const reached = await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE purpose = 'DRIVE_ANNOUNCED' AND payload->>'driveId' = $1`, [forAll.id]);
    expect(reached[0].n).toBeGreaterThanOrEqual(4);
  });

  it('sends "you can donate again" only to the people of the organization’s chosen city, and to everyone again once it is cleared', async () => {
    const donorDueNow = async (regionCode: string | null) => {
      const signUp = await make.signUp(await make.drive({ input: { regionCode } }));
      await app.sql(`UPDATE sign_ups SET status = 'DONATED', outcome_at = now() - interval '181 days', outcome_on = current_date - 181 WHERE id = $1`, [signUp.id]);
      return signUp;
    };
    const [inHohhot, inBaotou] = [await donorDueNow(HOHHOT), await donorDueNow(BAOTOU)];

    expect(badFields(await app.gql(SET_REACH, { input: { eligibleAgainRegionCode: 'nowhere' } }, { token: organizer }))).toEqual(['eligibleAgainRegionCode']);
    const { setMessageReach } = await org(SET_REACH, { input: { eligibleAgainRegionCode: HOHHOT } });
    expect(setMessageReach.eligibleAgainRegionCode).toBe(HOHHOT);
    const scanner = app.server.app.get(ReminderScanner);
    await scanner.queueEligibleAgain(new Date());
    expect([await messaged('ELIGIBLE_AGAIN', inHohhot), await messaged('ELIGIBLE_AGAIN', inBaotou)]).toEqual([1, 0]);

    await org(SET_REACH, { input: { eligibleAgainRegionCode: null } });
    await scanner.queueEligibleAgain(new Date());
    expect(await messaged('ELIGIBLE_AGAIN', inBaotou)).toBe(1);
  });

  it('lets organizers only set the reach', async () => {
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    const result = await app.gql(SET_REACH, { input: { eligibleAgainRegionCode: HOHHOT } }, { token: lead.token });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
