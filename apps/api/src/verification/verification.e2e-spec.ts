// Verified sign-up (issue 18), through GraphQL on a real database, with the code read from a real
// SMTP server: a one-time code proves the contact; without one nothing is learnt or written; a
// person is found by the verified contact; phone-only people get every message by SMS.
import { Role } from '@life-relay/domain';
import { PUBLISHED_ORGANIZATION_MS } from '../drives/drives.service';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { ReminderScanner } from '../messages/reminders/reminder-scanner.service';
import { Factories } from '../testing/factories';
import { createTestApp, errorCode, GraphQLResult, TestApp } from '../testing/test-app';
import { TestSmtp } from '../testing/test-smtp';

const REQUEST = `mutation($slug: String!, $contact: String!, $locale: String) { requestSignUpCode(driveSlug: $slug, contact: $contact, locale: $locale) }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status duplicate manageToken } }`;
const ROSTER = `query($id: ID!) { signUps(driveId: $id, first: 50) { edges { node { volunteer { name email phone } } } } }`;
const HOUR = 3600 * 1000;

/** The one field problem of a BAD_USER_INPUT answer. */
function problem(result: GraphQLResult) {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  return result.errors?.[0].extensions.fields;
}

describe('verified sign-up', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    app = await createTestApp({ SMTP_URL: smtp.url });
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  const deliver = () => app.server.app.get(OutboxDelivery).deliverAllDue();
  /** The code in the latest mail to `address`, as the person reads it. */
  async function codeFromMail(address: string): Promise<string> {
    await deliver();
    const mail = smtp.to(address).filter((m) => m.subject === 'Your Life Relay sign-up code').at(-1);
    const code = /\b(\d{6})\b/.exec(mail?.text ?? '')?.[1];
    if (!code) throw new Error(`No code mailed to ${address}`);
    return code;
  }
  const counts = async () =>
    (await app.sql(`SELECT (SELECT count(*) FROM volunteers)::int AS volunteers, (SELECT count(*) FROM sign_ups)::int AS sign_ups, (SELECT count(*) FROM manage_tokens)::int AS tokens`))[0];

  it('mails a code, which signs the person up; the code is kept nowhere once sent', async () => {
    const drive = await make.drive();
    const input = make.volunteer(drive, { email: 'Li.Wei@Campus.test' });
    expect(await app.ok(REQUEST, { slug: drive.slug, contact: input.email })).toEqual({ requestSignUpCode: true });
    const code = await codeFromMail('li.wei@campus.test');
    const mail = smtp.to('li.wei@campus.test').at(-1);
    expect(mail?.text).toContain('valid for 10 minutes');

    const { signUp } = await app.ok(SIGN_UP, { input: { ...input, code } });
    expect(signUp).toMatchObject({ status: 'REGISTERED', duplicate: false });
    const [v] = await app.sql(`SELECT email, channel, email_verified_at IS NOT NULL AS verified, phone_verified_at FROM volunteers WHERE email = 'li.wei@campus.test'`);
    expect(v).toEqual({ email: 'li.wei@campus.test', channel: 'EMAIL', verified: true, phone_verified_at: null });

    // Only hashes in the codes' table, and no code left in the outbox once it went out.
    const [row] = await app.sql(`SELECT payload, rendered::text AS rendered, subject FROM outbox WHERE purpose = 'SIGN_UP_CODE' AND recipient = 'li.wei@campus.test'`);
    expect(row.payload).not.toHaveProperty('code');
    expect(row.rendered).not.toContain(code);
    expect(row.rendered).toContain('······');
    const stored = await app.sql(`SELECT row_to_json(c)::text AS text FROM sign_up_codes c`);
    for (const r of stored) expect(r.text).not.toMatch(new RegExp(`"${code}"|\\b${code}\\b`));
    const page = await app.ok(`{ outbox(purpose: "SIGN_UP_CODE", first: 50) { edges { node { recipient subject body } } } }`, {}, { token: organizer });
    expect(JSON.stringify(page)).not.toContain(code);

    // Single use: the same code does not sign anyone else up.
    const other = await app.gql(SIGN_UP, { input: { ...make.volunteer(drive), email: 'li.wei@campus.test', shiftId: drive.shifts[1], code } });
    expect(other.data?.signUp ?? null).toMatchObject({ duplicate: true, manageToken: null }); // a repeated submission, answered as such
  });

  it('asks for the code, and refuses a wrong, expired, used-up or another contact’s code, writing nothing', async () => {
    const drive = await make.drive();
    const input = make.volunteer(drive);
    await deliver(); // what earlier tests queued: sending a confirmation mints its manage link
    const before = await counts();
    expect(problem(await app.gql(SIGN_UP, { input }))).toEqual([{ field: 'code', key: 'codeRequired', message: 'Enter the 6-digit code we sent you.' }]);

    await app.ok(REQUEST, { slug: drive.slug, contact: input.email });
    const code = await codeFromMail(input.email);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(problem(await app.gql(SIGN_UP, { input: { ...input, code: wrong } }))).toEqual([
      { field: 'code', key: 'codeWrong', message: 'This code is not right; 4 tries left.' },
    ]);
    // A code for another address.
    const elsewhere = make.volunteer(drive);
    await app.ok(REQUEST, { slug: drive.slug, contact: elsewhere.email });
    const theirs = await codeFromMail(elsewhere.email);
    expect(problem(await app.gql(SIGN_UP, { input: { ...make.volunteer(drive), code: theirs } }))?.[0].key).toBe('codeNotForContact');
    // Five wrong tries void the code, even for the right one afterwards; parallel guesses do not outrun the count.
    const guesses = await Promise.all(Array.from({ length: 6 }, () => app.gql(SIGN_UP, { input: { ...input, code: wrong } })));
    expect(guesses.map((g) => problem(g)?.[0].key).sort()).toEqual(['codeUsedUp', 'codeUsedUp', 'codeUsedUp', 'codeWrong', 'codeWrong', 'codeWrong']);
    expect(problem(await app.gql(SIGN_UP, { input: { ...input, code } }))?.[0].key).toBe('codeUsedUp');
    expect(await counts()).toEqual(before);

    // Expired: ten minutes later (the clock moves on).
    await app.ok(REQUEST, { slug: drive.slug, contact: input.email });
    const fresh = await codeFromMail(input.email);
    await app.sql(`UPDATE sign_up_codes SET expires_at = now() - interval '1 second'`);
    expect(problem(await app.gql(SIGN_UP, { input: { ...input, code: fresh } }))).toEqual([
      { field: 'code', key: 'codeExpired', message: 'This code has expired; ask for a new one.' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('answers the same for a known and an unknown contact, and refuses what is neither an address nor a number', async () => {
    const drive = await make.drive();
    const known = await make.signUp(drive);
    const ask = async (contact: string) => {
      const started = process.hrtime.bigint();
      const result = await app.gql(REQUEST, { slug: drive.slug, contact });
      return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    const [{ since }] = await app.sql(`SELECT clock_timestamp() AS since`);
    const a = await ask(known.email);
    const b = await ask('nobody-here@campus.test');
    expect(a.result).toEqual(b.result);
    expect(a.result.data).toEqual({ requestSignUpCode: true });
    // The same work either way: one code and one message, and nothing read about volunteers.
    expect(Math.abs(a.ms - b.ms)).toBeLessThan(250);
    expect(await app.sql(`SELECT recipient, channel FROM outbox WHERE purpose = 'SIGN_UP_CODE' AND recipient IN ($1, 'nobody-here@campus.test') AND created_at >= $2 ORDER BY created_at`, [known.email, since])).toEqual([
      { recipient: known.email, channel: 'EMAIL' },
      { recipient: 'nobody-here@campus.test', channel: 'EMAIL' },
    ]);
    expect(problem(await app.gql(REQUEST, { slug: drive.slug, contact: 'call me maybe' }))).toEqual([
      { field: 'contact', key: 'invalidContact', message: 'Enter an e-mail address or a mobile number.' },
    ]);
    expect(errorCode(await app.gql(REQUEST, { slug: 'no-such-drive', contact: known.email }))).toBe('NOT_FOUND');
    const draft = await make.drive({ status: 'DRAFT' });
    expect(errorCode(await app.gql(REQUEST, { slug: draft.slug, contact: known.email }))).toBe('NOT_FOUND');
    // The form needs an e-mail address or a phone.
    const none = await app.gql(SIGN_UP, { input: { ...make.volunteer(drive), email: null, phone: null, code: '123456' } });
    expect(problem(none)?.map((f) => [f.field, f.key])).toEqual([
      ['email', 'contactRequired'],
      ['phone', 'contactRequired'],
    ]);
  });

  it('takes codes for a drive as soon as it is published, and none once it closed (after PUBLISHED_ORGANIZATION_MS at most)', async () => {
    const drive = await make.drive({ status: 'DRAFT' });
    const ask = () => app.gql(REQUEST, { slug: drive.slug, contact: 'early.bird@campus.test' });
    expect(errorCode(await ask())).toBe('NOT_FOUND');
    // A slug not found is not remembered: published now, it takes codes now.
    await make.publish(drive.id);
    expect((await ask()).data).toEqual({ requestSignUpCode: true });
    // Found published, it is remembered for a moment (a rush asks once, not once a code); closed,
    // it is refused once that moment has passed, and the sign-up itself never takes a closed drive.
    await app.ok(`mutation($id: ID!) { closeDrive(id: $id) { status } }`, { id: drive.id }, { token: organizer });
    await new Promise((resolve) => setTimeout(resolve, PUBLISHED_ORGANIZATION_MS + 100));
    expect(errorCode(await ask())).toBe('NOT_FOUND');
  });

  it('signs up a person with only a phone: the code and every message go by SMS', async () => {
    const start = new Date(Date.now() + 30 * 24 * HOUR);
    const drive = await make.drive({ shiftStarts: [start] });
    const input = make.volunteer(drive, { email: null, phone: '139 0000 0001' });
    await app.ok(REQUEST, { slug: drive.slug, contact: input.phone, locale: 'zh-CN' });
    const [sms] = await app.sql(`SELECT channel, recipient, locale, payload ? 'code' AS has_code FROM outbox WHERE purpose = 'SIGN_UP_CODE' AND recipient = '+8613900000001'`);
    expect(sms).toEqual({ channel: 'SMS', recipient: '+8613900000001', locale: 'zh-CN', has_code: true });

    const made = await make.signUp(drive, { email: null, phone: '139 0000 0001' });
    expect(made.status).toBe('REGISTERED');
    const [v] = await app.sql(`SELECT email, phone, channel, phone_verified_at IS NOT NULL AS verified FROM volunteers WHERE phone = '+8613900000001'`);
    expect(v).toEqual({ email: null, phone: '+8613900000001', channel: 'SMS', verified: true });
    const roster = await app.ok(ROSTER, { id: drive.id }, { token: organizer });
    expect(roster.signUps.edges[0].node.volunteer).toMatchObject({ email: null, phone: '+8613900000001' });

    await app.server.app.get(ReminderScanner).queueShiftReminders(new Date(start.getTime() - 23 * HOUR));
    const messages = await app.sql(`SELECT purpose, channel, recipient FROM outbox WHERE volunteer_id = (SELECT id FROM volunteers WHERE phone = '+8613900000001') ORDER BY created_at`);
    expect(messages).toEqual([
      { purpose: 'SIGN_UP_CONFIRMATION', channel: 'SMS', recipient: '+8613900000001' },
      { purpose: 'SHIFT_REMINDER', channel: 'SMS', recipient: '+8613900000001' },
    ]);
    // The CSV export has an empty e-mail cell.
    const csv = await app.http.get(`/api/drives/${drive.id}/sign-ups.csv`).set('authorization', `Bearer ${organizer}`).buffer(true);
    expect(csv.text).toMatch(/\r\nVolunteer \d+,,'\+8613900000001,/);
  });

  it('finds a person by the verified contact, never merges two records, and fills in only from a verified submission', async () => {
    const first = await make.drive();
    const second = await make.drive();
    const third = await make.drive();
    // Ma has an e-mail (verified) and a phone (unverified, nobody else had it): one record.
    const ma = await make.signUp(first, { name: 'Ma Lin', email: 'ma.lin@campus.test', phone: '13900000002', birthDate: null });
    const [record] = await app.sql(`SELECT id, phone, phone_verified_at FROM volunteers WHERE email = $1`, [ma.email]);
    expect(record).toMatchObject({ phone: '+8613900000002', phone_verified_at: null });

    // Verified by phone: the phone's record, filled in (birth date), its e-mail kept and its channel now SMS.
    const byPhone = await app.ok(SIGN_UP, { input: await app.withCode({ ...make.volunteer(second), name: 'Ma L.', email: null, phone: '+86 139 0000 0002', birthDate: '2001-02-03' }) });
    expect(byPhone.signUp.status).toBe('REGISTERED');
    const [after] = await app.sql(`SELECT name, email, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, channel, phone_verified_at IS NOT NULL AS phone_verified FROM volunteers WHERE id = $1`, [record.id]);
    expect(after).toEqual({ name: 'Ma Lin', email: 'ma.lin@campus.test', birth_date: '2001-02-03', channel: 'SMS', phone_verified: true });
    expect(await app.sql(`SELECT count(*)::int AS n FROM sign_ups WHERE volunteer_id = $1`, [record.id])).toEqual([{ n: 2 }]);

    // Someone proving another address while typing Ma's phone gets their own record, without Ma's phone;
    // nothing of theirs reaches Ma's record (blood type), and no record is merged.
    const stranger = await app.ok(SIGN_UP, { input: await app.withCode({ ...make.volunteer(third), email: 'stranger@campus.test', phone: '13900000002', bloodType: 'AB_NEG' }) });
    expect(stranger.signUp.status).toBe('REGISTERED');
    expect(await app.sql(`SELECT email, phone FROM volunteers WHERE email = 'stranger@campus.test'`)).toEqual([{ email: 'stranger@campus.test', phone: null }]);
    expect(await app.sql(`SELECT blood_type FROM volunteers WHERE id = $1`, [record.id])).toEqual([{ blood_type: null }]);
    // The e-mail verified finds the e-mail's record.
    const byEmail = await app.ok(SIGN_UP, { input: await app.withCode({ ...make.volunteer(third), email: 'MA.LIN@campus.test', phone: null }) });
    expect(byEmail.signUp.status).toBe('REGISTERED');
    expect(await app.sql(`SELECT count(*)::int AS n FROM sign_ups WHERE volunteer_id = $1`, [record.id])).toEqual([{ n: 3 }]);
    expect(await app.sql(`SELECT channel FROM volunteers WHERE id = $1`, [record.id])).toEqual([{ channel: 'EMAIL' }]);
  });

  it('gives a second, unverified contact typed by two people at the same moment to one of them only', async () => {
    const drive = await make.drive();
    const inputs = await Promise.all(Array.from({ length: 6 }, () => make.verified(drive, { phone: '13900000009' })));
    const results = await Promise.all(inputs.map((input) => app.ok(SIGN_UP, { input })));
    expect(results.every((r) => r.signUp.status === 'REGISTERED')).toBe(true);
    expect(await app.sql(`SELECT count(*)::int AS n FROM volunteers WHERE phone = '+8613900000009'`)).toEqual([{ n: 1 }]);
  });

  it('takes a phone-only row of a paper list without any code, to be reached by SMS', async () => {
    const drive = await make.drive();
    const csv = `name,email,phone,shiftStartsAt\nZhao Min,,13900000003,2030-12-05 09:00\nQian Yu,qian.yu@paper.test,,2030-12-05 09:00\n`;
    const result = await app.ok(`mutation($id: ID!, $csv: String!) { importSignUps(driveId: $id, csv: $csv) { imported refused { line } } }`, { id: drive.id, csv }, { token: organizer });
    expect(result.importSignUps).toEqual({ imported: 2, refused: [] });
    expect(await app.sql(`SELECT name, email, phone, channel FROM volunteers WHERE name IN ('Zhao Min', 'Qian Yu') ORDER BY name`)).toEqual([
      { name: 'Qian Yu', email: 'qian.yu@paper.test', phone: null, channel: 'EMAIL' },
      { name: 'Zhao Min', email: null, phone: '+8613900000003', channel: 'SMS' },
    ]);
  });
});

describe('code limits', () => {
  it('limits codes per contact tightly and per IP generously, with the wait', async () => {
    const app = await createTestApp({ RATE_LIMIT_SIGN_UP_CODE_CONTACT: '2', RATE_LIMIT_SIGN_UP_CODE: '30' });
    try {
      const drive = await (await Factories.withNewOrganizer(app)).drive();
      const ask = (contact: string) => app.gql(REQUEST, { slug: drive.slug, contact });
      expect((await ask('burst@campus.test')).data).toEqual({ requestSignUpCode: true });
      expect((await ask('Burst@Campus.test')).data).toEqual({ requestSignUpCode: true });
      const refused = await ask('burst@campus.test');
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(60); // an hour's budget
      // A campus behind one address: everyone else still gets their code at once, up to the IP's budget.
      const campus = await Promise.all(Array.from({ length: 27 }, (_, i) => ask(`student${i}@campus.test`)));
      expect(campus.every((r) => r.data?.requestSignUpCode === true)).toBe(true);
      const past = await ask('late@campus.test');
      expect(errorCode(past)).toBe('RATE_LIMITED');
      expect(past.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });

  // How fast the codes arrive is the benchmark's "codes" row (1,000 at once from one address), not a
  // timed test: here, that the default budget lets a campus behind one address through at all.
  it('gives 300 people behind one address each a code at once (the default budget)', async () => {
    const app = await createTestApp({ RATE_LIMIT_SIGN_UP_CODE: '600', RATE_LIMIT_SIGN_UP_CODE_CONTACT: '5' });
    try {
      const drive = await (await Factories.withNewOrganizer(app)).drive();
      const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => app.gql(REQUEST, { slug: drive.slug, contact: `rush${i}@campus.test` })));
      expect(answers.filter((r) => r.data?.requestSignUpCode === true)).toHaveLength(300);
      expect(await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE purpose = 'SIGN_UP_CODE'`)).toEqual([{ n: 300 }]);
    } finally {
      await app.close();
    }
  });
});
