import { Role } from '@life-relay/domain';
import { Factories, MadeDrive } from '../testing/factories';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';
import { TestSmtp } from '../testing/test-smtp';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status duplicate manageToken shiftStartsAt shiftEndsAt waitlistPosition referralCode } }`;
const RECRUITERS = `query($id: ID!, $first: Int) { drive(id: $id) { recruiters(first: $first) { rank name signUps donated } } }`;
const TEAM_RECRUITERS = `query($t: ID!, $d: ID!) { teamRecruiters(teamId: $t, driveId: $d) { rank name signUps donated } }`;
const MY_REFERRALS = `query($t: String!) { mySignUp(manageToken: $t) { referrals { referralCode sharePath signUps donated } } }`;
const CHECK_IN = `mutation($id: ID!) { checkIn(signUpId: $id) { status } }`;
const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { status } }`;

describe('personal recruiting credit', () => {
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

  const org = (query: string, variables: Record<string, unknown>) => app.ok(query, variables, { token: organizer });
  const donate = (id: string) => org(OUTCOME, { id, input: { outsideDriveDays: true, status: 'DONATED', volumeMl: 400 } });
  const defer = (id: string) => org(OUTCOME, { id, input: { outsideDriveDays: true, status: 'DEFERRED', deferralReason: 'Low haemoglobin', retryOn: '2031-01-05' } });

  /** Signs a new person up through the form; their sign-up's id, receipt and name. */
  async function join(drive: MadeDrive, overrides: Record<string, unknown> = {}) {
    const input = await make.verified(drive, overrides);
    const { signUp } = await app.ok(SIGN_UP, { input });
    const [row] = await app.sql(`SELECT s.id, s.referrer_sign_up_id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1 AND s.drive_id = $2`, [
      String(input.email).toLowerCase(),
      drive.id,
    ]);
    return { id: row.id as string, referrerSignUpId: row.referrer_sign_up_id as string | null, receipt: signUp, name: input.name as string, email: String(input.email) };
  }

  it('A brings B and C and ranks first', async () => {
    const drive = await make.drive();
    const team = await make.team();
    const a = await join(drive, { teamCode: team.code, name: 'Ada Recruiter' });
    expect(a.receipt.referralCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    const z = await join(drive, { name: 'Zed Recruiter' });
    const b = await join(drive, { teamCode: team.code, referrer: a.receipt.referralCode });
    // As typed from a link: case and dashes do not matter.
    const c = await join(drive, { referrer: a.receipt.referralCode.toLowerCase().replace(/(.{5})/, '$1-') });
    await join(drive, { referrer: z.receipt.referralCode });
    expect([b.referrerSignUpId, c.referrerSignUpId]).toEqual([a.id, a.id]);
    await org(CHECK_IN, { id: b.id });
    await donate(b.id);

    const { drive: board } = await org(RECRUITERS, { id: drive.id });
    expect(board.recruiters).toEqual([
      { rank: 1, name: 'Ada Recruiter', signUps: 2, donated: 1 },
      { rank: 2, name: 'Zed Recruiter', signUps: 1, donated: 0 },
    ]);
    expect((await org(RECRUITERS, { id: drive.id, first: 1 })).drive.recruiters).toEqual([board.recruiters[0]]);

    // The volunteer sees their own count and code behind their manage link.
    const mine = await app.ok(MY_REFERRALS, { t: a.receipt.manageToken });
    expect(mine.mySignUp.referrals).toEqual({
      referralCode: a.receipt.referralCode,
      sharePath: `/d/${drive.slug}?team=${team.code}&ref=${a.receipt.referralCode}&source=share`,
      signUps: 2,
      donated: 1,
    });
    // The read of volunteers' names is in the audit log.
    expect(await app.sql(`SELECT details FROM audit_events WHERE action = 'PERSONAL_DATA_READ' AND subject_id = $1`, [drive.id])).toEqual(
      expect.arrayContaining([{ details: { recruiters: 2 } }]),
    );
  });

  it('answers an unknown, malformed or other drive’s code exactly as no code, and credits nobody', async () => {
    const drive = await make.drive();
    const other = await make.drive();
    const elsewhere = await join(other);
    const shape = (receipt: Record<string, unknown>) => ({ ...receipt, manageToken: typeof receipt.manageToken, referralCode: typeof receipt.referralCode });
    const plain = await join(drive);
    for (const referrer of ['ZZZZZZZZZZ', 'not a code', elsewhere.receipt.referralCode, '']) {
      const person = await join(drive, { referrer });
      expect(shape(person.receipt)).toEqual(shape(plain.receipt));
      expect(person.referrerSignUpId).toBeNull();
    }
    expect((await org(RECRUITERS, { id: drive.id })).drive.recruiters).toEqual([]);
  });

  it('gives no credit for bringing oneself', async () => {
    const drive = await make.drive();
    const a = await join(drive, { name: 'Self Starter' });
    await app.ok(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: a.receipt.manageToken });
    const [row] = await app.sql(`SELECT v.email FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.id = $1`, [a.id]);
    const back = await make.verified(drive, { email: row.email, name: 'Self Starter', referrer: a.receipt.referralCode });
    expect((await app.ok(SIGN_UP, { input: back })).signUp).toMatchObject({ status: 'REGISTERED', duplicate: false });
    expect(await app.sql(`SELECT id, referrer_sign_up_id FROM sign_ups WHERE drive_id = $1`, [drive.id])).toEqual([{ id: a.id, referrer_sign_up_id: null }]);
    expect((await org(RECRUITERS, { id: drive.id })).drive.recruiters).toEqual([]);
  });

  it('shows team leads their own team’s recruiters only, with no donation that could tell a deferral', async () => {
    const drive = await make.drive();
    const mine = await make.team();
    const theirs = await make.team();
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    await org(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: mine.id, u: lead.id });
    const a = await join(drive, { teamCode: mine.code, name: 'Ann of mine' });
    const b = await join(drive, { teamCode: mine.code, name: 'Bea of mine' });
    const x = await join(drive, { teamCode: theirs.code, name: 'Xu of theirs' });
    const broughtByA = [await join(drive, { teamCode: mine.code, referrer: a.receipt.referralCode }), await join(drive, { teamCode: mine.code, referrer: a.receipt.referralCode })];
    const broughtByB = await join(drive, { teamCode: mine.code, referrer: b.receipt.referralCode });
    await join(drive, { teamCode: theirs.code, referrer: x.receipt.referralCode });
    // A's two both came: one donated, one was deferred. B's one donated.
    for (const p of [...broughtByA, broughtByB]) await org(CHECK_IN, { id: p.id });
    await donate(broughtByA[0].id);
    await defer(broughtByA[1].id);
    await donate(broughtByB.id);

    const seen = await app.ok(TEAM_RECRUITERS, { t: mine.id, d: drive.id }, { token: lead.token });
    expect(seen.teamRecruiters).toEqual([
      { rank: 1, name: 'Ann of mine', signUps: 2, donated: null },
      { rank: 2, name: 'Bea of mine', signUps: 1, donated: 1 },
    ]);
    expect(errorCode(await app.gql(TEAM_RECRUITERS, { t: theirs.id, d: drive.id }, { token: lead.token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(RECRUITERS, { id: drive.id }, { token: lead.token }))).toBe('FORBIDDEN');
    // The volunteer's own page withholds it too: they know whom they brought.
    expect((await app.ok(MY_REFERRALS, { t: a.receipt.manageToken })).mySignUp.referrals).toMatchObject({ signUps: 2, donated: null });
    // Organizers see the true counts.
    expect((await org(RECRUITERS, { id: drive.id })).drive.recruiters.map((r: { name: string; donated: number }) => [r.name, r.donated])).toEqual([
      ['Ann of mine', 1],
      ['Bea of mine', 1],
      ['Xu of theirs', 0],
    ]);
  });

  it('answers another organization’s organizer NOT_FOUND, and names no recruiter on public pages', async () => {
    // A contest's drive too: its public page /c/<slug> names teams and colleges only.
    const n = make.unique();
    const { createCampaign: campaign } = await app.ok(`mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug } }`, { input: { name: `Recruiting cup ${n}`, slug: `recruiting-cup-${n}` } }, { token: organizer });
    const drive = await make.drive({ input: { campaignId: campaign.id } });
    await app.ok(`mutation($c: ID!, $input: CampaignStageInput!) { addCampaignStage(campaignId: $c, input: $input) { id } }`, { c: campaign.id, input: { name: 'All of it', startsAt: '2000-01-01T00:00:00Z', endsAt: '2100-01-01T00:00:00Z' } }, { token: organizer });
    const team = await make.team();
    const a = await join(drive, { teamCode: team.code, name: 'Quiet Recruiter' });
    await join(drive, { teamCode: team.code, referrer: a.receipt.referralCode });
    const admin = await app.adminToken();
    const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: `Other ${make.unique()}` } }, { token: admin });
    const email = `other-organizer-${make.unique()}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email, name: 'Other organizer', role: 'ORGANIZER', organizationId: createOrganization.id } },
      { token: admin },
    );
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, {
      input: { token: new URL(inviteUser.setPasswordUrl).hash.replace('#token=', ''), password: 'a-good-password' },
    });
    const stranger = setPassword.token as string;
    expect(errorCode(await app.gql(RECRUITERS, { id: drive.id }, { token: stranger }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(TEAM_RECRUITERS, { t: team.id, d: drive.id }, { token: stranger }))).toBe('NOT_FOUND');

    const everythingPublic = JSON.stringify([
      await app.ok(`query($s: String!, $t: String) { publicDrive(slug: $s, teamCode: $t) { title team { name } stats { signUps donated } teamsRanked } }`, { s: drive.slug, t: team.code }),
      await app.ok(`query($id: ID!) { leaderboard(driveId: $id) { rank team { name } signUps donated } collegeLeaderboard(driveId: $id) { rank college { name } } }`, { id: drive.id }),
      await app.ok(`query($s: String!) { publicCampaign(slug: $s) { stages { leaderboard { team { name } signUps } collegeLeaderboard { college { name } } } } }`, { s: campaign.slug }),
    ]);
    // Nor can anyone signed out ask for the drive's recruiters.
    expect(errorCode(await app.gql(RECRUITERS, { id: drive.id }))).toBe('UNAUTHENTICATED');
    expect(everythingPublic).toContain(team.name);
    expect(everythingPublic).not.toContain('Quiet Recruiter');
  });

  it('forgets who brought whom when either person is erased, and an erased recruiter’s link credits nobody', async () => {
    const drive = await make.drive();
    const a = await join(drive, { name: 'Erased Recruiter' });
    const b = await join(drive, { name: 'Kept Recruiter' });
    await join(drive, { referrer: a.receipt.referralCode });
    const friend = await join(drive, { referrer: b.receipt.referralCode });
    const volunteerOf = async (signUpId: string) => (await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [signUpId]))[0].volunteer_id;
    const erase = async (signUpId: string) => org(`mutation($id: ID!) { eraseVolunteer(id: $id) }`, { id: await volunteerOf(signUpId) });
    await erase(a.id);
    await erase(friend.id);
    expect((await org(RECRUITERS, { id: drive.id })).drive.recruiters).toEqual([]);
    expect(await app.sql(`SELECT count(*)::int AS n FROM sign_ups WHERE drive_id = $1 AND referrer_sign_up_id IS NOT NULL`, [drive.id])).toEqual([{ n: 0 }]);
    // The code the erased person shared no longer names their sign-up.
    const late = await join(drive, { referrer: a.receipt.referralCode });
    expect(late.referrerSignUpId).toBeNull();
  });

  it('puts the person’s own share link in the confirmation mail', async () => {
    const drive = await make.drive();
    const team = await make.team();
    const a = await join(drive, { teamCode: team.code });
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const [mail] = smtp.to(a.email).filter((m) => /^You are signed up/.test(m.subject ?? ''));
    const link = `http://relay.test/d/${drive.slug}?team=${team.code}&ref=${a.receipt.referralCode}&source=share`;
    expect(mail.text).toContain(link);
    expect(String(mail.html)).toContain(link.replace(/&/g, '&amp;'));
    // It is not a key: the copy the outbox keeps shows it as sent.
    expect((await app.sql(`SELECT rendered->>'text' AS text FROM outbox WHERE sign_up_id = $1 AND purpose = 'SIGN_UP_CONFIRMATION'`, [a.id]))[0].text).toContain(link);
  });
});
