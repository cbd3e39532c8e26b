// A person's own data (issue 20), through GraphQL and the download routes on a real database, the
// links read from a real SMTP server and a real SMPP server: a link to /me/<token> for anyone who
// has the contact (the same answer for a contact nobody has), valid 24 hours; everything stored
// behind it; corrections (a new contact only with a code sent to it); each kind of message turned
// off on its own; the JSON and CSV downloads.
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { ReminderScanner } from '../messages/reminders/reminder-scanner.service';
import { Factories } from '../testing/factories';
import { createTestApp, errorCode, GraphQLResult, TestApp } from '../testing/test-app';
import { TestSmpp } from '../testing/test-smpp';
import { TestSmtp } from '../testing/test-smtp';

const REQUEST = `mutation($contact: String!, $locale: String) { requestMyDataLink(contact: $contact, locale: $locale) }`;
const MY_DATA = `query($token: String!) { myData(token: $token) {
  name email phone birthDate bloodType channel locale emailVerifiedAt phoneVerifiedAt
  signUps { driveTitle shiftStartsAt status organizationName teamName channel volumeMl deferralReason retryOn consentVersion history { fromStatus toStatus details } }
  consents { scope version givenAt withdrawnAt }
  donations { driveTitle volumeMl kind }
  messages { purpose channel recipient state subject body }
  messageKinds { purpose receiving }
} }`;
const CONTACT_CODE = `mutation($token: String!, $contact: String!) { requestMyContactCode(token: $token, contact: $contact) }`;
const UPDATE = `mutation($token: String!, $input: MyDataInput!) { updateMyData(token: $token, input: $input) { name email phone emailVerifiedAt } }`;
const MESSAGE_KIND = `mutation($token: String!, $purpose: String!, $receive: Boolean!) { setMyMessageKind(token: $token, purpose: $purpose, receive: $receive) }`;
const HOUR = 3600 * 1000;
const ME_LINK = /http:\/\/relay\.test\/me\/([\w-]{43})/;

function problems(result: GraphQLResult) {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  return result.errors?.[0].extensions.fields?.map((f) => [f.field, f.key]);
}

describe('a person’s own data', () => {
  let smtp: TestSmtp;
  let smpp: TestSmpp;
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    smpp = await TestSmpp.start();
    app = await createTestApp({ SMTP_URL: smtp.url, SMS_URL: smpp.url, SMS_FROM: 'LifeRelay', PUBLIC_URL: 'http://relay.test' });
    make = await Factories.withNewOrganizer(app);
    organizer = make.organizerToken;
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
    await smpp.close();
  });

  const deliver = () => app.server.app.get(OutboxDelivery).deliverAllDue();

  /** Asks for a link for `address` and reads it from the mail, as the person does. */
  async function linkFor(address: string): Promise<string> {
    await app.ok(REQUEST, { contact: address });
    await deliver();
    const mail = smtp.to(address.toLowerCase()).filter((m) => m.subject === 'Your data at Life Relay').at(-1);
    const token = ME_LINK.exec(mail?.text ?? '')?.[1];
    if (!token) throw new Error(`No data link mailed to ${address}`);
    return token;
  }

  /** A person with a donation at one drive and a deferral at another; their address and sign-up ids. */
  async function donorWithHistory(name: string) {
    const first = await make.drive();
    const second = await make.drive();
    const team = await make.team();
    const a = await make.signUp(first, { name, teamCode: team.code });
    const b = await make.signUp(second, { name, email: a.email, phone: null });
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DONATED, volumeMl: 400 }) { status } }`, { id: a.id }, { token: organizer });
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DEFERRED, deferralReason: "Low haemoglobin after a cold", retryOn: "2031-01-05" }) { status } }`, { id: b.id }, { token: organizer });
    return { email: a.email, first, second, team };
  }

  it('mails a link to everything stored, and answers the same for an address nobody has, which is told nothing is stored', async () => {
    const { email, first, second, team } = await donorWithHistory('Li Wei');
    await deliver();
    const [{ since }] = await app.sql(`SELECT clock_timestamp() AS since`);
    const known = await app.gql(REQUEST, { contact: email.toUpperCase() });
    const unknown = await app.gql(REQUEST, { contact: 'nobody-stored@campus.test' });
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ requestMyDataLink: true });
    // The same work either way: one message queued, no link minted until it is sent.
    expect(await app.sql(`SELECT recipient, volunteer_id IS NOT NULL AS known FROM outbox WHERE purpose = 'MY_DATA_LINK' AND created_at >= $1 ORDER BY created_at`, [since])).toEqual([
      { recipient: email, known: true },
      { recipient: 'nobody-stored@campus.test', known: false },
    ]);
    expect(await app.sql(`SELECT count(*)::int AS n FROM my_data_links`)).toEqual([{ n: 0 }]);
    await deliver();
    const nothing = smtp.to('nobody-stored@campus.test').at(-1);
    expect(nothing?.subject).toBe('Your request to Life Relay');
    expect(nothing?.text).toContain('We store nothing about it.');
    expect(nothing?.text).not.toMatch(/\/me\//);

    const mail = smtp.to(email).filter((m) => m.subject === 'Your data at Life Relay').at(-1);
    expect(mail?.text).toContain('Hello Li Wei');
    expect(mail?.text).toContain('works for 24 hours');
    const token = ME_LINK.exec(mail?.text ?? '')?.[1] as string;
    const { myData } = await app.ok(MY_DATA, { token });
    expect(myData).toMatchObject({ name: 'Li Wei', email, phone: expect.stringMatching(/^\+86138/), birthDate: '2004-05-20', channel: 'EMAIL', locale: 'en' });
    expect(myData.emailVerifiedAt).not.toBeNull();
    const byTitle = Object.fromEntries(myData.signUps.map((s: { driveTitle: string }) => [s.driveTitle, s]));
    expect(byTitle[first.title]).toMatchObject({ status: 'DONATED', volumeMl: 400, teamName: team.name, channel: 'LINK', deferralReason: null });
    expect(byTitle[first.title].history).toEqual([
      { fromStatus: 'REGISTERED', toStatus: 'CHECKED_IN', details: '{}' },
      { fromStatus: 'CHECKED_IN', toStatus: 'DONATED', details: expect.stringContaining('"volumeMl":400') },
    ]);
    expect(byTitle[second.title]).toMatchObject({ status: 'DEFERRED', deferralReason: 'Low haemoglobin after a cold', retryOn: '2031-01-05', teamName: null });
    expect(byTitle[second.title].organizationName).toEqual(expect.any(String));
    expect(myData.donations).toEqual([{ driveTitle: first.title, volumeMl: 400, kind: 'WHOLE_BLOOD' }]);
    // The messages sent to them, as kept: the confirmations, the codes and this very link, keys masked.
    const purposes = myData.messages.map((m: { purpose: string }) => m.purpose);
    expect(purposes).toEqual(expect.arrayContaining(['SIGN_UP_CONFIRMATION', 'SIGN_UP_CODE', 'MY_DATA_LINK']));
    const link = myData.messages.find((m: { purpose: string }) => m.purpose === 'MY_DATA_LINK');
    expect(link).toMatchObject({ state: 'SENT', recipient: email, subject: 'Your data at Life Relay' });
    expect(link.body).toContain('http://relay.test/me/••••••');
    expect(myData.messageKinds).toEqual(['SHIFT_REMINDER', 'THANK_YOU', 'ELIGIBLE_AGAIN', 'DEFERRAL_FOLLOW_UP', 'CALL_OUT', 'WE_MISSED_YOU', 'DRIVE_ANNOUNCED'].map((purpose) => ({ purpose, receiving: true })));
    // Only the link's hash is kept; the outbox keeps no token.
    expect(JSON.stringify(await app.sql(`SELECT * FROM my_data_links`))).not.toContain(token);
    expect(JSON.stringify(await app.sql(`SELECT * FROM outbox WHERE purpose = 'MY_DATA_LINK'`))).not.toContain(token);
    // A made-up token opens nothing.
    expect((await app.ok(MY_DATA, { token: 'not-a-real-token' })).myData).toBeNull();
    expect(problems(await app.gql(REQUEST, { contact: 'call me maybe' }))).toEqual([['contact', 'invalidContact']]);
  });

  it('texts the link to a phone, whose short link opens the page; a phone typed beside another contact and never proven gets none', async () => {
    const drive = await make.drive();
    await make.signUp(drive, { name: '赵敏', email: null, phone: '139 0000 0101' });
    await app.ok(REQUEST, { contact: '+86 139 0000 0101', locale: 'zh-CN' });
    await deliver();
    const [sms] = smpp.to('+8613900000101').filter((s) => s.text.includes('个人数据'));
    const code = /^【生命接力】您的个人数据（24小时内有效，请勿转发）：http:\/\/relay\.test\/s\/([0-9A-Za-z]{12})$/.exec(sms?.text ?? '')?.[1] as string;
    expect(code).toBeDefined();
    const followed = await app.http.get(`/s/${code}`);
    const token = ME_LINK.exec(followed.headers.location)?.[1];
    expect((await app.ok(MY_DATA, { token })).myData).toMatchObject({ name: '赵敏', email: null, phone: '+8613900000101', channel: 'SMS' });

    // Ma proved the address; the phone she typed beside it was never proven: it may be someone else's.
    await make.signUp(drive, { name: 'Ma Lin', email: 'ma.lin.me@campus.test', phone: '13900000102' });
    await app.ok(REQUEST, { contact: '13900000102' });
    await deliver();
    expect(smpp.to('+8613900000102').map((s) => s.text)).toEqual(['Life Relay: we store no data about this number.']);
  });

  it('keeps a link working for 24 hours from when it was sent, and not after', async () => {
    const drive = await make.drive();
    const person = await make.signUp(drive);
    const token = await linkFor(person.email);
    const [link] = await app.sql(`SELECT round(extract(epoch FROM l.expires_at - l.created_at) / 3600) AS hours FROM my_data_links l JOIN volunteers v ON v.id = l.volunteer_id WHERE v.email = $1`, [person.email]);
    expect(Number(link.hours)).toBe(24);
    // The clock moves on, in the database: a day and a second later the link opens nothing.
    await app.sql(`UPDATE my_data_links SET created_at = created_at - interval '24 hours 1 second', expires_at = expires_at - interval '24 hours 1 second' WHERE volunteer_id = (SELECT id FROM volunteers WHERE email = $1)`, [person.email]);
    expect((await app.ok(MY_DATA, { token })).myData).toBeNull();
    expect(problems(await app.gql(UPDATE, { token, input: { name: 'Someone else' } }))).toEqual([['token', 'invalidToken']]);
    expect((await app.http.post('/api/me/data.json').type('form').send({ token })).status).toBe(404);
    // A new link works again.
    expect((await app.ok(MY_DATA, { token: await linkFor(person.email) })).myData.email).toBe(person.email);
  });

  it('corrects the name at once, and a contact only with a code sent to the new one', async () => {
    const drive = await make.drive();
    const person = await make.signUp(drive, { name: 'Wang Fang' });
    const other = await make.signUp(drive);
    const token = await linkFor(person.email);
    expect((await app.ok(UPDATE, { token, input: { name: 'Wang Fang (王芳)' } })).updateMyData.name).toBe('Wang Fang (王芳)');

    // A new address without its code changes nothing.
    expect(problems(await app.gql(UPDATE, { token, input: { name: 'Not this', email: 'wang.new@campus.test' } }))).toEqual([['emailCode', 'codeRequired']]);
    expect((await app.ok(MY_DATA, { token })).myData).toMatchObject({ name: 'Wang Fang (王芳)', email: person.email });
    // The code goes to the new address, worded for it; a wrong one counts a try.
    expect(await app.ok(CONTACT_CODE, { token, contact: 'Wang.New@campus.test' })).toEqual({ requestMyContactCode: true });
    await deliver();
    const mail = smtp.to('wang.new@campus.test').at(-1);
    expect(mail?.subject).toBe('Your Life Relay code for your new contact details');
    const code = /\b(\d{6})\b/.exec(mail?.text ?? '')?.[1] as string;
    const wrong = code === '000000' ? '111111' : '000000';
    expect(problems(await app.gql(UPDATE, { token, input: { email: 'wang.new@campus.test', emailCode: wrong } }))).toEqual([['emailCode', 'codeWrong']]);
    const { updateMyData } = await app.ok(UPDATE, { token, input: { email: 'wang.new@campus.test', emailCode: code } });
    expect(updateMyData).toMatchObject({ name: 'Wang Fang (王芳)', email: 'wang.new@campus.test' });
    expect(updateMyData.emailVerifiedAt).not.toBeNull();
    // Used up: the same code proves nothing again.
    expect(problems(await app.gql(UPDATE, { token, input: { email: 'wang.third@campus.test', emailCode: code } }))?.[0][1]).toMatch(/^code/);

    // Another record's address: the code proves it the person's, and only then are they told.
    await app.ok(CONTACT_CODE, { token, contact: other.email });
    expect(problems(await app.gql(UPDATE, { token, input: { email: other.email } }))).toEqual([['emailCode', 'codeRequired']]);
    const theirs = await app.queuedCode(other.email);
    expect(problems(await app.gql(UPDATE, { token, input: { email: other.email, emailCode: theirs } }))).toEqual([['email', 'contactTaken']]);
    expect(await app.sql(`SELECT count(*)::int AS n FROM volunteers WHERE email = $1`, [other.email])).toEqual([{ n: 1 }]);
    // A new phone the same way.
    await app.ok(CONTACT_CODE, { token, contact: '13900000103' });
    const smsCode = await app.queuedCode('13900000103');
    expect((await app.ok(UPDATE, { token, input: { phone: '139 0000 0103', phoneCode: smsCode } })).updateMyData.phone).toBe('+8613900000103');
    expect(problems(await app.gql(CONTACT_CODE, { token: 'not-a-token', contact: 'x@campus.test' }))).toEqual([['token', 'invalidToken']]);
  });

  it('turns each kind of message off on its own, and on again; a one-click unsubscribe stays for the other kinds', async () => {
    const start = new Date(Date.now() + 30 * 24 * HOUR);
    const drive = await make.drive({ shiftStarts: [start] });
    const person = await make.signUp(drive);
    const neighbour = await make.signUp(drive);
    const token = await linkFor(person.email);
    expect(await app.ok(MESSAGE_KIND, { token, purpose: 'SHIFT_REMINDER', receive: false })).toEqual({ setMyMessageKind: true });
    await app.server.app.get(ReminderScanner).queueShiftReminders(new Date(start.getTime() - 23 * HOUR));
    await deliver();
    const reminders = await app.sql(`SELECT recipient, state FROM outbox WHERE purpose = 'SHIFT_REMINDER' AND recipient IN ($1, $2) ORDER BY recipient = $2`, [neighbour.email, person.email]);
    expect(reminders).toEqual([
      { recipient: neighbour.email, state: 'SENT' },
      { recipient: person.email, state: 'SKIPPED' },
    ]);
    const kinds = async () => Object.fromEntries((await app.ok(MY_DATA, { token })).myData.messageKinds.map((k: { purpose: string; receiving: boolean }) => [k.purpose, k.receiving]));
    expect(await kinds()).toEqual({ SHIFT_REMINDER: false, THANK_YOU: true, ELIGIBLE_AGAIN: true, DEFERRAL_FOLLOW_UP: true, CALL_OUT: true, WE_MISSED_YOU: true, DRIVE_ANNOUNCED: true });

    // The one-click unsubscribe of an "eligible again" message stops every unsolicited kind …
    const [signUp] = await app.sql(`SELECT s.id, v.id AS volunteer_id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`, [person.email]);
    await app.sql(`INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale) VALUES ('ELIGIBLE_AGAIN', 'me-again-1', $1, $2, $3, 'en')`, [person.email, signUp.volunteer_id, signUp.id]);
    await deliver();
    const again = smtp.to(person.email).find((m) => m.subject?.startsWith('You can donate again'));
    const unsubscribe = /http:\/\/relay\.test(\/unsubscribe\/[\w-]+)/.exec(again?.text ?? '')?.[1] as string;
    expect((await app.http.post(unsubscribe)).text).toContain('Unsubscribed');
    expect(await kinds()).toEqual({ SHIFT_REMINDER: false, THANK_YOU: true, ELIGIBLE_AGAIN: false, DEFERRAL_FOLLOW_UP: false, CALL_OUT: false, WE_MISSED_YOU: false, DRIVE_ANNOUNCED: false });
    // … and turning one of them on again starts that one only.
    await app.ok(MESSAGE_KIND, { token, purpose: 'ELIGIBLE_AGAIN', receive: true });
    expect(await kinds()).toEqual({ SHIFT_REMINDER: false, THANK_YOU: true, ELIGIBLE_AGAIN: true, DEFERRAL_FOLLOW_UP: false, CALL_OUT: false, WE_MISSED_YOU: false, DRIVE_ANNOUNCED: false });
    await app.sql(`INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale) VALUES ('ELIGIBLE_AGAIN', 'me-again-2', $1, $2, $3, 'en'), ('DEFERRAL_FOLLOW_UP', 'me-follow-up', $1, $2, $3, 'en')`, [person.email, signUp.volunteer_id, signUp.id]);
    await deliver();
    expect(await app.sql(`SELECT dedupe_key, state FROM outbox WHERE dedupe_key LIKE 'me-%' ORDER BY dedupe_key`)).toEqual([
      { dedupe_key: 'me-again-1', state: 'SENT' },
      { dedupe_key: 'me-again-2', state: 'SENT' },
      { dedupe_key: 'me-follow-up', state: 'SKIPPED' },
    ]);
    await app.ok(MESSAGE_KIND, { token, purpose: 'SHIFT_REMINDER', receive: true });
    expect((await kinds()).SHIFT_REMINDER).toBe(true);
    // Answers to something the person did cannot be turned off.
    expect(problems(await app.gql(MESSAGE_KIND, { token, purpose: 'SIGN_UP_CONFIRMATION', receive: false }))).toEqual([['purpose', 'unknownMessageKind']]);
  });

  it('downloads everything as JSON and as CSV, with the token in the form, never the address', async () => {
    const { email, second } = await donorWithHistory('=HYPERLINK("x") Qian');
    const token = await linkFor(email);
    const json = await app.http.post('/api/me/data.json').type('form').send({ token }).buffer(true);
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['content-disposition']).toBe('attachment; filename="my-data.json"');
    expect(json.headers['cache-control']).toBe('no-store');
    const data = JSON.parse(json.text);
    expect(data).toMatchObject({ name: '=HYPERLINK("x") Qian', email, birthDate: '2004-05-20' });
    expect(data.signUps).toHaveLength(2);
    expect(data.signUps.find((s: { driveTitle: string }) => s.driveTitle === second.title).deferralReason).toBe('Low haemoglobin after a cold');
    expect(data.messages.length).toBeGreaterThan(2);
    expect(json.text).not.toContain(token);

    const csv = await app.http.post('/api/me/data.csv').type('form').send({ token }).buffer(true);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="my-data.csv"');
    expect(csv.text.startsWith('\ufeffsection,item,field,value\r\n')).toBe(true);
    // A name that looks like a formula is kept as text.
    expect(csv.text).toContain(`profile,,name,"'=HYPERLINK(""x"") Qian"\r\n`);
    expect(csv.text).toContain(`profile,,email,${email}\r\n`);
    expect(csv.text).toContain('signUp,1,status,DEFERRED\r\n');
    expect(csv.text).toContain('signUp,2,volumeMl,400\r\n');
    expect(csv.text).toMatch(/signUp,\d,deferralReason,Low haemoglobin after a cold\r\n/);
    expect(csv.text).toContain('donation,1,volumeMl,400\r\n');
    expect(csv.text).toContain('messageKind,1,purpose,SHIFT_REMINDER\r\n');
    expect(csv.text).toMatch(/message,\d+,purpose,MY_DATA_LINK\r\n/);

    expect((await app.http.post('/api/me/data.csv').type('form').send({ token: 'nope' })).status).toBe(404);
    expect((await app.http.post('/api/me/data.json').send({})).status).toBe(404);
  });
  it('shows the donations the person reported giving elsewhere, counted beside those recorded and said to be self-reported', async () => {
    const SELF_REPORTED = `query($token: String!) { myData(token: $token) {
      selfReportedDonations { count lastDonatedOn lastKind reportedAt } donationCount selfReportedCount donations { volumeMl } } }`;
    const drive = await make.drive();
    const reporter = await make.signUp(drive, { earlierDonations: 94, donatedElsewhereOn: '2026-10-01', donatedElsewhereKind: 'WHOLE_BLOOD' });
    const token = await linkFor(reporter.email);
    const before = (await app.ok(SELF_REPORTED, { token })).myData;
    expect(before).toMatchObject({
      selfReportedDonations: { count: 94, lastDonatedOn: '2026-10-01', lastKind: 'WHOLE_BLOOD' },
      donationCount: 94,
      selfReportedCount: 94,
      donations: [],
    });
    expect(Date.now() - new Date(before.selfReportedDonations.reportedAt).getTime()).toBeLessThan(60_000);

    // One given here: 95 in all, 94 of them self-reported.
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DONATED, volumeMl: 400 }) { status } }`, { id: reporter.id }, { token: organizer });
    expect((await app.ok(SELF_REPORTED, { token })).myData).toMatchObject({ donationCount: 95, selfReportedCount: 94, donations: [{ volumeMl: 400 }] });

    // Only the day of the last one, no count: that one donation.
    const dayOnly = await make.signUp(drive, { donatedElsewhereOn: '2026-09-01', donatedElsewhereKind: 'PLATELETS' });
    expect((await app.ok(SELF_REPORTED, { token: await linkFor(dayOnly.email) })).myData).toMatchObject({
      selfReportedDonations: { count: null, lastDonatedOn: '2026-09-01', lastKind: 'PLATELETS' },
      donationCount: 1,
      selfReportedCount: 1,
    });

    // Nothing reported: nothing to show.
    const none = await make.signUp(drive);
    expect((await app.ok(SELF_REPORTED, { token: await linkFor(none.email) })).myData).toEqual({ selfReportedDonations: null, donationCount: 0, selfReportedCount: 0, donations: [] });
  });

  it('shows how the blood type is known (self-reported, then verified by the blood service, when), the phenotypes, the city and the availability notes, in the page and the downloads', async () => {
    const VERIFICATION = `query($token: String!) { myData(token: $token) {
      bloodType bloodTypeVerified bloodTypeSource bloodTypeVerifiedAt phenotypes bloodServiceDonatedOn regionCode availabilityNotes } }`;
    const drive = await make.drive();
    const person = await make.signUp(drive, { name: 'Ren Jie', bloodType: 'O_POS', regionCode: 'CN-150100' });
    const token = await linkFor(person.email);
    expect((await app.ok(VERIFICATION, { token })).myData).toEqual({
      bloodType: 'O_POS',
      bloodTypeVerified: false,
      bloodTypeSource: null,
      bloodTypeVerifiedAt: null,
      phenotypes: [],
      bloodServiceDonatedOn: null,
      regionCode: 'CN-150100',
      availabilityNotes: null,
    });

    const imported = await app.ok(
      `mutation($csv: String!) { importBloodServiceTypes(csv: $csv) { recorded } }`,
      { csv: `email,bloodType,phenotypes,donatedOn\n${person.email},O-,K- C+,2026-01-15` },
      { token: organizer },
    );
    expect(imported.importBloodServiceTypes.recorded).toBe(1);
    const [{ id }] = await app.sql(`SELECT id FROM volunteers WHERE email = $1`, [person.email]);
    await app.ok(`mutation($id: ID!) { setAvailabilityNotes(volunteerId: $id, notes: "Weekends only") { id } }`, { id }, { token: organizer });

    const mine = (await app.ok(VERIFICATION, { token })).myData;
    expect(mine).toMatchObject({
      bloodType: 'O_NEG',
      bloodTypeVerified: true,
      bloodTypeSource: 'BLOOD_SERVICE',
      phenotypes: ['C+', 'K-'],
      bloodServiceDonatedOn: '2026-01-15',
      regionCode: 'CN-150100',
      availabilityNotes: 'Weekends only',
    });
    expect(Date.now() - new Date(mine.bloodTypeVerifiedAt).getTime()).toBeLessThan(60_000);
    // Who verified it is the organizers' business, not a field of the person's data.
    expect((await app.gql(`query($token: String!) { myData(token: $token) { bloodTypeVerifiedBy } }`, { token })).errors?.[0].message).toMatch(/Cannot query field "bloodTypeVerifiedBy"/);

    const json = JSON.parse((await app.http.post('/api/me/data.json').type('form').send({ token }).buffer(true)).text);
    expect(json).toMatchObject({ bloodTypeVerified: true, bloodTypeSource: 'BLOOD_SERVICE', phenotypes: ['C+', 'K-'], regionCode: 'CN-150100', availabilityNotes: 'Weekends only' });
    const csv = (await app.http.post('/api/me/data.csv').type('form').send({ token }).buffer(true)).text;
    expect(csv).toContain('profile,,bloodTypeSource,BLOOD_SERVICE\r\n');
    expect(csv).toContain('profile,,phenotypes,C+ K-\r\n');
    expect(csv).toContain('profile,,bloodServiceDonatedOn,2026-01-15\r\n');
    expect(csv).toContain('profile,,availabilityNotes,Weekends only\r\n');

    // Withdrawing the health consent forgets the type and everything that verified it.
    await app.ok(`mutation($token: String!) { withdrawMyConsent(token: $token, scope: "HEALTH") }`, { token });
    expect((await app.ok(VERIFICATION, { token })).myData).toMatchObject({ bloodType: null, bloodTypeVerified: false, bloodTypeSource: null, phenotypes: [], bloodServiceDonatedOn: null });
  });

  it('shows the consents given, and withdraws the health consent (the blood type goes) and the call-out opt-in, but not the general one, which erasure is for', async () => {
    const drive = await make.drive();
    const person = await make.signUp(drive, { name: 'Bao Yu', bloodType: 'O_NEG', callOuts: true });
    const token = await linkFor(person.email);
    const WITHDRAW = `mutation($token: String!, $scope: String!) { withdrawMyConsent(token: $token, scope: $scope) }`;

    const before = (await app.ok(MY_DATA, { token })).myData;
    expect(before.bloodType).toBe('O_NEG');
    expect(before.consents.map((c: { scope: string }) => c.scope).sort()).toEqual(['CALL_OUTS', 'GENERAL', 'HEALTH']);
    expect(before.consents.every((c: { withdrawnAt: string | null }) => c.withdrawnAt === null)).toBe(true);

    expect(problems(await app.gql(WITHDRAW, { token, scope: 'GENERAL' }))).toEqual([['scope', 'generalConsentByErasure']]);
    expect(problems(await app.gql(WITHDRAW, { token, scope: 'EVERYTHING' }))).toEqual([['scope', 'invalidValue']]);
    expect(problems(await app.gql(WITHDRAW, { token: 'not-a-link', scope: 'HEALTH' }))).toEqual([['token', 'invalidToken']]);

    await app.ok(WITHDRAW, { token, scope: 'HEALTH' });
    await app.ok(WITHDRAW, { token, scope: 'CALL_OUTS' });
    const after = (await app.ok(MY_DATA, { token })).myData;
    expect(after.bloodType).toBeNull();
    const withdrawn = Object.fromEntries(after.consents.map((c: { scope: string; withdrawnAt: string | null }) => [c.scope, c.withdrawnAt !== null]));
    expect(withdrawn).toEqual({ GENERAL: false, HEALTH: true, CALL_OUTS: true });
    const [stored] = await app.sql(`SELECT blood_type, call_out_opt_in FROM volunteers WHERE email = $1`, [person.email]);
    expect(stored).toEqual({ blood_type: null, call_out_opt_in: false });
  });
});

describe('data link limits', () => {
  it('limits links per contact tightly and per IP generously, with the wait', async () => {
    const app = await createTestApp({ RATE_LIMIT_SIGN_UP_CODE_CONTACT: '2', RATE_LIMIT_SIGN_UP_CODE: '6' });
    try {
      const ask = (contact: string) => app.gql(REQUEST, { contact });
      expect((await ask('burst@campus.test')).data).toEqual({ requestMyDataLink: true });
      expect((await ask('Burst@Campus.test')).data).toEqual({ requestMyDataLink: true });
      const refused = await ask('burst@campus.test');
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(60); // an hour's budget
      expect(await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE purpose = 'MY_DATA_LINK'`)).toEqual([{ n: 2 }]);
      // The budget's key is a keyed hash: rate_limits keeps nothing typed.
      expect(JSON.stringify(await app.sql(`SELECT key FROM rate_limits`))).not.toContain('burst');
      // Per IP: three more contacts, then the address waits.
      for (const n of [1, 2, 3]) expect((await ask(`other${n}@campus.test`)).data).toEqual({ requestMyDataLink: true });
      expect(errorCode(await ask('late@campus.test'))).toBe('RATE_LIMITED');
    } finally {
      await app.close();
    }
  });

});
