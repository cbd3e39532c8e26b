// Stem-cell registry drives (issue 22): DONATED there means "sample taken, joined the registry"
// (contract v2): no volume, an optional sample id unique within the drive, messages and exports
// that say "joined", never "donated blood"; registry membership is kept apart from donation
// history, and a person already in the organization's registry is told so and not counted again.
import { Role } from '@life-relay/domain';
import { Factories, MadeDrive } from '../testing/factories';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';
import { TestSmtp } from '../testing/test-smtp';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { ReminderScanner } from '../messages/reminders/reminder-scanner.service';

const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { id status sampleId volumeMl } }`;
const ROSTER = `query($id: ID!) { signUps(driveId: $id, first: 50) { edges { node { id status sampleId alreadyInRegistrySince volunteer { email } } } } }`;
const STATS = `query($id: ID!) { drive(id: $id) { stats { signUps checkedIn donated } } leaderboard(driveId: $id) { team { name } signUps donated } }`;
const VOLUNTEER = `query($id: ID!) { volunteer(id: $id) { registryJoinedOn donorHistory { donationCount totalVolumeMl milestones nextEligible { kind } } } }`;
const SEARCH = `query($d: ID!, $t: String!) { checkInSearch(driveId: $d, text: $t) { id status alreadyInRegistrySince } }`;

describe('stem-cell registry drives', () => {
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

  const registryWeek = (factories: Factories, day = '2030-12-05') =>
    factories.drive({ day, capacities: [50], input: { kind: 'STEM_CELL_REGISTRY', title: `Registry week ${factories.unique()}` } });
  /** Recorded by an organizer for a drive years ahead (outcome-days.e2e-spec.ts covers the days). */
  const record = (id: string, input: Record<string, unknown>, token = organizer, headers: Record<string, string> = {}) =>
    app.gql(OUTCOME, { id, input: { outsideDriveDays: true, ...input } }, { token, headers });
  const volunteerOf = async (signUpId: string): Promise<string> => (await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [signUpId]))[0].volunteer_id;
  const rosterOf = async (drive: MadeDrive, token = organizer) =>
    (await app.ok(ROSTER, { id: drive.id }, { token })).signUps.edges.map((e: { node: Record<string, unknown> }) => e.node);
  const mailsTo = (address: string) => smtp.to(address).filter((m) => !/sign-up code|报名验证码/.test(m.subject ?? ''));

  it('records a registry week: a sample id per person, no volume, the same sample id refused, and the right words in every message in both languages', async () => {
    const week = await registryWeek(make);
    const team = await make.team();
    const ana = await make.signUp(week, { teamCode: team.code });
    const bo = await make.signUp(week, { teamCode: team.code });
    const chen = await make.signUp(week, { teamCode: team.code, name: '陈静' }, { 'accept-language': 'zh-CN' });

    // A volume is refused there (a desk set up for blood), in the caller's language; nothing is recorded.
    const withVolume = await record(ana.id, { status: 'DONATED', volumeMl: 10, sampleId: 'HLA-0001' });
    expect(withVolume.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'volumeMl', message: expect.stringContaining('sample, not a volume') }] });
    const zhVolume = await record(ana.id, { status: 'DONATED', volumeMl: 10 }, organizer, { 'accept-language': 'zh-CN' });
    expect(zhVolume.errors?.[0].extensions?.fields).toEqual([{ field: 'volumeMl', message: expect.stringContaining('不登记采血量'), key: 'volumeNotOnRegistryDrive' }]);
    expect((await app.sql(`SELECT status FROM sign_ups WHERE id = $1`, [ana.id]))[0].status).toBe('REGISTERED');

    // A sample id each, as scanned (spaces go); no volume needed, none stored.
    expect((await record(ana.id, { status: 'DONATED', sampleId: ' HLA-0001 ' })).data?.recordOutcome).toMatchObject({ status: 'DONATED', sampleId: 'HLA-0001', volumeMl: null });
    expect((await record(bo.id, { status: 'DONATED', sampleId: 'HLA 0002' })).data?.recordOutcome).toMatchObject({ sampleId: 'HLA0002' });
    // The same sample id twice in a drive is a field error (a kit scanned twice), in both languages.
    const taken = await record(chen.id, { status: 'DONATED', sampleId: 'HLA-0001' });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'sampleId', key: 'sampleIdTaken' }] });
    const zhTaken = await record(chen.id, { status: 'DONATED', sampleId: 'HLA-0001' }, organizer, { 'accept-language': 'zh-CN' });
    expect(zhTaken.errors?.[0].extensions?.fields).toEqual([{ field: 'sampleId', key: 'sampleIdTaken', message: expect.stringContaining('样本编号') }]);
    expect((await app.sql(`SELECT status, sample_id FROM sign_ups WHERE id = $1`, [chen.id]))[0]).toEqual({ status: 'REGISTERED', sample_id: null });
    // Even when the check is raced: the database's unique key answers the same.
    await expect(app.sql(`UPDATE sign_ups SET sample_id = 'HLA-0001' WHERE id = $1`, [chen.id])).rejects.toThrow(/sign_ups_drive_id_sample_id_key/);
    expect((await record(chen.id, { status: 'DONATED', sampleId: 'HLA-0003' })).data?.recordOutcome).toMatchObject({ sampleId: 'HLA-0003' });
    // The sample id may be left out.
    const dai = await make.signUp(week, { teamCode: team.code });
    expect((await record(dai.id, { status: 'DONATED' })).data?.recordOutcome).toMatchObject({ status: 'DONATED', sampleId: null });

    const roster = await rosterOf(week);
    expect(roster.map((s: Record<string, unknown>) => [s.status, s.sampleId, s.alreadyInRegistrySince])).toEqual([
      ['DONATED', 'HLA-0001', null],
      ['DONATED', 'HLA0002', null],
      ['DONATED', 'HLA-0003', null],
      ['DONATED', null, null],
    ]);
    // The boards count four who joined.
    const boards = await app.ok(STATS, { id: week.id }, { token: organizer });
    expect(boards.drive.stats).toEqual({ signUps: 4, checkedIn: 4, donated: 4 });
    expect(boards.leaderboard).toEqual([{ team: { name: team.name }, signUps: 4, donated: 4 }]);

    // Membership is apart from donation history: no donation, volume, milestone or interval.
    const { volunteer } = await app.ok(VOLUNTEER, { id: await volunteerOf(ana.id) }, { token: organizer });
    expect(volunteer).toEqual({ registryJoinedOn: '2030-12-05', donorHistory: { donationCount: 0, totalVolumeMl: 0, milestones: [], nextEligible: [] } });

    // The thank-you says "joined the registry", in each person's language, never "donating blood".
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const [en] = mailsTo(ana.email);
    expect(en.subject).toBe(`Welcome to the stem-cell registry, ${(await app.sql(`SELECT name FROM volunteers WHERE email = $1`, [ana.email]))[0].name}`);
    expect(en.text).toContain(`Thank you for joining the stem-cell registry at ${week.title}.`);
    for (const word of [/blood/i, /donat/i, /three patients/, /donate again/]) expect(`${en.subject}\n${en.text}`).not.toMatch(word);
    const [zh] = mailsTo(chen.email);
    expect(zh.subject).toBe('欢迎加入造血干细胞捐献者资料库，陈静');
    expect(zh.text).toContain(`感谢您在「${week.title}」加入造血干细胞捐献者资料库`);
    for (const word of ['献血', '三位患者', '采血', '再次']) expect(`${zh.subject}\n${zh.text}`).not.toContain(word);
    expect(mailsTo(ana.email)).toHaveLength(1);

    // "You can donate again" never follows a registry join.
    await app.server.app.get(ReminderScanner).queueEligibleAgain(new Date('2031-12-05T12:00:00+08:00'));
    expect(await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE purpose = 'ELIGIBLE_AGAIN' AND sign_up_id = ANY($1)`, [[ana.id, bo.id, chen.id, dai.id]])).toEqual([{ n: 0 }]);

    // The spreadsheet: the sample id and the day they joined, no volume column.
    const res = await app.http.get(`/api/drives/${week.id}/sign-ups.csv`).set('authorization', `Bearer ${organizer}`).buffer(true);
    const [header, ...lines] = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    const columns = header.split(',');
    expect(columns).toEqual(expect.arrayContaining(['status', 'sampleId', 'joined']));
    expect(columns).not.toContain('volumeMl');
    const cells = lines.map((l) => Object.fromEntries(l.split(',').map((c, i) => [columns[i], c])));
    expect(cells.map((c) => [c.status, c.sampleId, c.joined])).toEqual([
      ['DONATED', 'HLA-0001', '2030-12-05'],
      ['DONATED', 'HLA0002', '2030-12-05'],
      ['DONATED', 'HLA-0003', '2030-12-05'],
      ['DONATED', '', '2030-12-05'],
    ]);
  });

  it('tells the desk of a second registry week that a person is in the registry already, refuses a second join and does not count them again', async () => {
    const first = await registryWeek(make);
    const second = await registryWeek(make, '2031-03-01');
    const team = await make.team();
    const joined = await make.signUp(first, { teamCode: team.code });
    await record(joined.id, { status: 'DONATED', sampleId: 'W1-1' });
    const again = await make.signUp(second, { email: joined.email, teamCode: team.code });
    const newcomer = await make.signUp(second, { teamCode: team.code });

    // The desk card says so (the search and the roster); a newcomer has nothing of the kind.
    const desk = await app.ok(SEARCH, { d: second.id, t: joined.email }, { token: organizer });
    expect(desk.checkInSearch).toEqual([{ id: again.id, status: 'REGISTERED', alreadyInRegistrySince: '2030-12-05' }]);
    // Not on the first week's own card: that is where they joined.
    expect((await rosterOf(first))[0].alreadyInRegistrySince).toBeNull();

    // "Joined" again is refused, in both languages, and leaves nothing behind.
    const refused = await record(again.id, { status: 'DONATED', sampleId: 'W2-1' });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', key: 'alreadyInRegistry' }, message: expect.stringContaining('already in the registry (joined on 2030-12-05)') });
    const zh = await record(again.id, { status: 'DONATED' }, organizer, { 'accept-language': 'zh-CN' });
    expect(zh.errors?.[0].message).toContain('此人已加入资料库');
    expect(await app.sql(`SELECT status, sample_id FROM sign_ups WHERE id = $1`, [again.id])).toEqual([{ status: 'REGISTERED', sample_id: null }]);
    expect(await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE sign_up_id = $1 AND purpose = 'THANK_YOU'`, [again.id])).toEqual([{ n: 0 }]);

    // They came (checked in), the newcomer joined: the second week counts one join, not two.
    await app.ok(`mutation($id: ID!) { checkIn(signUpId: $id) { status } }`, { id: again.id }, { token: organizer });
    await record(newcomer.id, { status: 'DONATED', sampleId: 'W2-2' });
    const boards = await app.ok(STATS, { id: second.id }, { token: organizer });
    expect(boards.drive.stats).toEqual({ signUps: 2, checkedIn: 2, donated: 1 });
    expect(boards.leaderboard).toEqual([{ team: { name: team.name }, signUps: 2, donated: 1 }]);
    expect((await app.ok(VOLUNTEER, { id: await volunteerOf(joined.id) }, { token: organizer })).volunteer.registryJoinedOn).toBe('2030-12-05');

    // The first week's join corrected away (a wrong tap): the membership goes with it.
    await record(joined.id, { status: 'NO_SHOW' });
    expect((await app.ok(SEARCH, { d: second.id, t: joined.email }, { token: organizer })).checkInSearch[0].alreadyInRegistrySince).toBeNull();
    expect((await record(again.id, { status: 'DONATED', sampleId: 'W2-1' })).data?.recordOutcome).toMatchObject({ status: 'DONATED' });
    expect((await app.ok(VOLUNTEER, { id: await volunteerOf(joined.id) }, { token: organizer })).volunteer.registryJoinedOn).toBe('2031-03-01');
  });

  it('tells another organization’s desk nothing of a person’s registry elsewhere: they join there as anyone new', async () => {
    const week = await registryWeek(make);
    const joined = await make.signUp(week);
    await record(joined.id, { status: 'DONATED', sampleId: 'A-1' });

    const admin = await app.adminToken();
    const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: `Other registry ${make.unique()}` } }, { token: admin });
    const otherOrganizer = await organizerOf(admin, createOrganization.id);
    const other = new Factories(app, otherOrganizer);
    const elsewhere = await registryWeek(other, '2031-03-01');
    const there = await other.signUp(elsewhere, { email: joined.email });
    expect((await app.ok(SEARCH, { d: elsewhere.id, t: joined.email }, { token: otherOrganizer })).checkInSearch).toEqual([{ id: there.id, status: 'REGISTERED', alreadyInRegistrySince: null }]);
    expect((await record(there.id, { status: 'DONATED', sampleId: 'A-1' }, otherOrganizer)).data?.recordOutcome).toMatchObject({ status: 'DONATED', sampleId: 'A-1' });
    // Each organization sees the day it knows; the other's stays its own.
    const volunteerId = await volunteerOf(joined.id);
    expect((await app.ok(VOLUNTEER, { id: volunteerId }, { token: otherOrganizer })).volunteer.registryJoinedOn).toBe('2031-03-01');
    expect((await app.ok(VOLUNTEER, { id: volunteerId }, { token: organizer })).volunteer.registryJoinedOn).toBe('2030-12-05');
  });

  it('keeps blood drives as they were: a sample id is refused there, and a registry join counts as no donation or milestone', async () => {
    const week = await registryWeek(make);
    const joined = await make.signUp(week);
    await record(joined.id, { status: 'DONATED', sampleId: 'B-1' });
    const blood = await make.drive({ day: '2031-01-10' });
    const donor = await make.signUp(blood, { email: joined.email });
    const refused = await record(donor.id, { status: 'DONATED', volumeMl: 400, sampleId: 'B-2' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual([{ field: 'sampleId', key: 'sampleIdOnlyOnRegistryDrive', message: expect.any(String) }]);
    // A volume is still required there.
    expect(refused.errors?.[0].extensions?.fields).toHaveLength(1);
    expect((await record(donor.id, { status: 'DONATED' })).errors?.[0].extensions?.fields).toEqual([{ field: 'volumeMl', key: 'required', message: expect.any(String) }]);
    await record(donor.id, { status: 'DONATED', volumeMl: 400 });

    const { volunteer } = await app.ok(VOLUNTEER, { id: await volunteerOf(donor.id) }, { token: organizer });
    expect(volunteer).toMatchObject({ registryJoinedOn: '2030-12-05', donorHistory: { donationCount: 1, totalVolumeMl: 400, milestones: [1] } });
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    // Publishing the blood drive announces it to them (a past volunteer of the organization) at
    // once by day, at 08:00 if published in the night (quiet hours): which, depends on the hour
    // the test runs, and is not what it is about.
    const subjects = mailsTo(joined.email)
      .map((m) => m.subject)
      .filter((subject) => !subject?.startsWith('A new drive'));
    // The blood donation is their first, whatever the registry week before.
    expect(subjects).toEqual([expect.stringMatching(/^Welcome to the stem-cell registry/), expect.stringMatching(/^Thank you for donating, .* \(first donation\)$/)]);
  });

  it('takes a registry week’s paper list of joins without volumes, and counts those people as in the registry', async () => {
    const week = await registryWeek(make);
    const csv = ['name,email,shiftStartsAt,status,healthConsent', `Paper One,paper.one@campus.test,2030-12-05 09:00,DONATED,yes`, `Paper Two,paper.two@campus.test,2030-12-05 09:00,REGISTERED,yes`].join('\n');
    const IMPORT = `mutation($driveId: ID!, $csv: String!) { importSignUps(driveId: $driveId, csv: $csv) { imported refused { line fields { field key } } } }`;
    expect((await app.ok(IMPORT, { driveId: week.id, csv }, { token: organizer })).importSignUps).toEqual({ imported: 2, refused: [] });
    const next = await registryWeek(make, '2031-03-01');
    const again = await make.signUp(next, { email: 'paper.one@campus.test' });
    expect((await app.ok(SEARCH, { d: next.id, t: 'paper.one@campus.test' }, { token: organizer })).checkInSearch).toEqual([{ id: again.id, status: 'REGISTERED', alreadyInRegistrySince: '2030-12-05' }]);
  });

  it('tells someone already in the registry so on the form, with their new sign-up only, and nobody else', async () => {
    const FORM = `mutation($input: SignUpInput!) { signUp(input: $input) { status duplicate alreadyInRegistrySince } }`;
    const week = await registryWeek(make);
    const joined = await make.signUp(week);
    await record(joined.id, { status: 'DONATED' });
    const next = await registryWeek(make, '2031-03-01');
    const again = await make.verified(next, { email: joined.email, phone: undefined });
    expect((await app.ok(FORM, { input: again })).signUp).toEqual({ status: 'REGISTERED', duplicate: false, alreadyInRegistrySince: '2030-12-05' });
    // Their confirmation says so too.
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const [confirmation] = mailsTo(joined.email).filter((m) => m.subject?.includes(next.title));
    expect(confirmation.text).toContain('You are in the stem-cell registry already, since 2030-12-05: no new sample is needed, and you are not counted twice.');
    // A repeated submission hands out nothing new.
    expect((await app.ok(FORM, { input: again })).signUp).toMatchObject({ duplicate: true, alreadyInRegistrySince: null });
    // Someone new, and a blood drive, say nothing.
    const someoneNew = await make.verified(next);
    expect((await app.ok(FORM, { input: someoneNew })).signUp.alreadyInRegistrySince).toBeNull();
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    expect(mailsTo(String(someoneNew.email)).map((m) => m.text).join()).not.toContain('in the stem-cell registry already');
    expect((await app.ok(FORM, { input: await make.verified(await make.drive({ day: '2031-03-02' }), { email: joined.email, phone: undefined }) })).signUp.alreadyInRegistrySince).toBeNull();
  });

  it('reminds a registry week’s people of their shift with no advice for giving blood, in both languages', async () => {
    const week = await registryWeek(make);
    const en = await make.signUp(week);
    const zh = await make.signUp(week, { name: '王芳' }, { 'accept-language': 'zh-CN' });
    await app.server.app.get(ReminderScanner).queueShiftReminders(new Date(new Date('2030-12-05T09:00:00+08:00').getTime() - 23 * 3600_000));
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const [reminder] = mailsTo(en.email).filter((m) => /^Tomorrow/.test(m.subject ?? ''));
    expect(reminder.text).toContain('Bring your ID card: joining takes a short form and a small sample.');
    // (The factory's place is a bloodmobile: the words around it are what is read.)
    expect(reminder.text).not.toMatch(/light meal|drink water|giv\w* blood|donat/i);
    const [zhReminder] = mailsTo(zh.email).filter((m) => /^明天/.test(m.subject ?? ''));
    expect(zhReminder.text).toContain('请携带身份证：入库只需填写一份登记表并采集少量样本。');
    for (const word of ['清淡饮食', '献血']) expect(zhReminder.text).not.toContain(word);
  });

  it('refuses a paper list recording as joined someone already in the registry, on that row, saying since when; the rest may come', async () => {
    const week = await registryWeek(make);
    const joined = await make.signUp(week);
    await record(joined.id, { status: 'DONATED' });
    const next = await registryWeek(make, '2031-03-01');
    const IMPORT = `mutation($driveId: ID!, $csv: String!) { importSignUps(driveId: $driveId, csv: $csv) { imported refused { line fields { field key message } } } }`;
    const csv = (status: string) => ['name,email,shiftStartsAt,status,healthConsent', `Again,${joined.email},2031-03-01 09:00,${status},yes`, `New One,new.one.${make.unique()}@campus.test,2031-03-01 09:00,DONATED,yes`].join('\n');
    expect((await app.ok(IMPORT, { driveId: next.id, csv: csv('DONATED') }, { token: organizer })).importSignUps).toEqual({
      imported: 0,
      refused: [{ line: 2, fields: [{ field: 'status', key: 'alreadyInRegistry', message: expect.stringContaining('already in the registry (joined on 2030-12-05)') }] }],
    });
    // As at the desk: they may come (checked in), and are not counted again.
    expect((await app.ok(IMPORT, { driveId: next.id, csv: csv('CHECKED_IN') }, { token: organizer })).importSignUps).toEqual({ imported: 2, refused: [] });
    expect((await app.ok(STATS, { id: next.id }, { token: organizer })).drive.stats).toEqual({ signUps: 2, checkedIn: 2, donated: 1 });
  });

  it('asks someone who could not join yet to come back to a registry drive, not to give blood, in both languages', async () => {
    const week = await registryWeek(make);
    const en = await make.signUp(week);
    const zh = await make.signUp(week, { name: '林芳' }, { 'accept-language': 'zh-CN' });
    for (const person of [en, zh]) await record(person.id, { status: 'DEFERRED', deferralReason: 'Fever on the day', retryOn: '2031-01-05' });
    await app.server.app.get(ReminderScanner).queueDeferralFollowUps(new Date('2031-01-05T12:00:00+08:00'));
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const [english] = mailsTo(en.email).filter((m) => /try again/.test(m.subject ?? ''));
    expect(english.text).toContain(`At ${week.title} you were asked to wait until 2031-01-05 before joining the stem-cell registry.`);
    expect(english.text).not.toMatch(/blood|donor|donat/i);
    const [chinese] = mailsTo(zh.email).filter((m) => /再试一次/.test(m.subject ?? ''));
    expect(chinese.text).toContain('再加入造血干细胞捐献者资料库');
    expect(chinese.text).not.toContain('献血');
  });

  it('shows the person their join and its sample id on their own data page, apart from their donations', async () => {
    const week = await registryWeek(make);
    const person = await make.signUp(week);
    await record(person.id, { status: 'DONATED', sampleId: 'ME-0001' });
    await app.ok(`mutation($c: String!) { requestMyDataLink(contact: $c) }`, { c: person.email });
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const mail = smtp.to(person.email).find((m) => m.subject === 'Your data at Life Relay');
    const token = /\/me\/([\w-]+)/.exec(mail?.text ?? '')?.[1];
    const { myData } = await app.ok(`query($t: String!) { myData(token: $t) { signUps { driveKind status sampleId volumeMl } donations { driveTitle } } }`, { t: token });
    expect(myData).toEqual({ signUps: [{ driveKind: 'STEM_CELL_REGISTRY', status: 'DONATED', sampleId: 'ME-0001', volumeMl: null }], donations: [] });
  });

  /** An organizer of that organization, invited by the admin; their token. */
  async function organizerOf(admin: string, organizationId: string): Promise<string> {
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email: `registrar-${make.unique()}@relay.test`, name: 'Registrar', role: 'ORGANIZER', organizationId } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    return (await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } })).setPassword.token;
  }
});
