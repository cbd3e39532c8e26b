// Text messages over SMPP, against a real SMPP server in the test (the smpp package's server side).
// Phone-only volunteers do not exist yet: a volunteer signs up through the form (with a phone),
// and the test queues their message on the SMS channel through the outbox repository's enqueue,
// as the sign-up path will once phone-only sign-ups land.
import { MessageChannel, MessagePurpose, Role, SignUpStatus } from '@life-relay/domain';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Outbox } from '../outbox/outbox.repository';
import { Factories } from '../testing/factories';
import { createTestApp, TestApp } from '../testing/test-app';
import { TestSmpp } from '../testing/test-smpp';
import { SmsCatcher } from './delivery/sms-catcher';
import { MAX_ATTEMPTS, OutboxDelivery } from './delivery/outbox-delivery.service';
import { SMS_WINDOW } from './delivery/sms-sender';
import QRCode from 'qrcode';
import { DATA_CODING_GSM7, DATA_CODING_UCS2, ESM_CLASS_UDHI } from './delivery/sms-encoding';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status manageToken } }`;
const OUTBOX = `query($r: String) { outbox(recipient: $r) { edges { node { channel recipient state attempts lastError subject body } } } }`;
const DEC5 = new Date('2030-12-05T01:00:00Z'); // 09:00 in Hohhot
/** The organizers' Outbox, for one recipient. */
async function outboxOf(app: TestApp, organizer: string, recipient: string) {
  const { outbox } = await app.ok(OUTBOX, { r: recipient }, { token: organizer });
  return { nodes: outbox.edges.map((e: { node: unknown }) => e.node) };
}
const SHORT_LINK = /http:\/\/relay\.test\/s\/([0-9A-Za-z]{12})/g;

describe('text messages (SMS)', () => {
  let smpp: TestSmpp;
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    smpp = await TestSmpp.start();
    app = await createTestApp({ SMS_URL: smpp.url, SMS_FROM: 'LifeRelay', PUBLIC_URL: 'http://relay.test' });
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(async () => {
    await app.close();
    await smpp.close();
  });

  const delivery = () => app.server.app.get(OutboxDelivery);
  const db = () => app.server.app.get(DataSource).manager;

  /** Someone signed up through the form, with a phone of their own. */
  async function volunteer(locale: 'en' | 'zh-CN', drive?: Awaited<ReturnType<Factories['drive']>>) {
    const d = drive ?? (await make.drive({ shiftStarts: [DEC5], input: { title: locale === 'en' ? `Campus day ${make.unique()}` : `国际志愿者日献血 ${make.unique()}` } }));
    const phone = `+86139${String(make.unique()).padStart(8, '0')}`;
    const input = make.volunteer(d, { phone, name: locale === 'en' ? 'Li Lei' : '韩梅梅' });
    await app.ok(SIGN_UP, { input: await app.withCode(input) }, { headers: { 'accept-language': locale } });
    const [row] = await app.sql(`SELECT s.id, s.volunteer_id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`, [String(input.email).toLowerCase()]);
    return { drive: d, phone, input, signUpId: row.id as string, volunteerId: row.volunteer_id as string, locale };
  }

  /** Queues a message about their sign-up on the SMS channel, through the outbox's owner. */
  async function text(person: Awaited<ReturnType<typeof volunteer>>, purpose = MessagePurpose.SIGN_UP_CONFIRMATION, payload: Record<string, unknown> = { status: SignUpStatus.REGISTERED }) {
    await app.server.app.get(Outbox).enqueue(db(), {
      purpose,
      dedupeKey: `test-sms:${purpose}:${person.signUpId}`,
      channel: MessageChannel.SMS,
      recipient: person.phone,
      volunteerId: person.volunteerId,
      signUpId: person.signUpId,
      locale: person.locale,
      payload,
    });
  }

  const rowsTo = (phone: string) => app.sql(`SELECT id, state, attempts, last_error, smsc_message_ids, receipt_state, receipt_at, rendered FROM outbox WHERE recipient = $1`, [phone]);

  it('carries the person’s own share link in a confirmation sent again, in both languages (issue 22)', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const person = await volunteer(locale);
      await text(person, MessagePurpose.SIGN_UP_CONFIRMATION_RESENT);
      await delivery().deliverAllDue();
      const resent = smpp.to(person.phone).find((m) => (locale === 'en' ? /already signed up/ : /您的报名链接/).test(m.text));
      expect(resent?.text).toMatch(locale === 'en' ? /Invite friends: http:\/\/relay\.test\/s\/\w{12}$/ : /邀请朋友：http:\/\/relay\.test\/s\/\w{12}$/);
      const share = [...(resent?.text ?? '').matchAll(SHORT_LINK)].at(-1)?.[1];
      expect((await app.http.get(`/s/${share}`)).headers.location).toMatch(new RegExp(`^http://relay\\.test/d/${person.drive.slug}\\?ref=[2-9A-Z]{10}&source=share$`));
    }
  });

  it('sends a Chinese confirmation as UCS-2 with the drive, time, place and a short link that opens the sign-up', async () => {
    const person = await volunteer('zh-CN');
    await text(person);
    await delivery().deliverAllDue();
    const [sms] = smpp.to(person.phone);
    expect(sms).toMatchObject({ from: 'LifeRelay', dataCoding: DATA_CODING_UCS2, registeredDelivery: 1 });
    expect(sms.text).toMatch(new RegExp(`^【生命接力】您已报名「${person.drive.title}」。时间：12月5日周四 09:00-11:00，地点：Hohhot, Wanda Plaza bloodmobile。入场码及修改：http://relay\\.test/s/[0-9A-Za-z]{12} 邀请朋友：http://relay\\.test/s/[0-9A-Za-z]{12}$`));
    // Longer than one UCS-2 part: it came in numbered parts of one reference.
    expect(sms.parts.length).toBeGreaterThan(1);
    expect(sms.parts.every((p) => p.esmClass & ESM_CLASS_UDHI)).toBe(true);

    const code = [...sms.text.matchAll(SHORT_LINK)][0][1];
    const followed = await app.http.get(`/s/${code}`);
    expect(followed.status).toBe(302);
    const token = /^http:\/\/relay\.test\/m\/([\w-]+)$/.exec(followed.headers.location)?.[1];
    const view = await app.ok(`query($t: String!) { mySignUp(manageToken: $t) { email status } }`, { t: token });
    expect(view.mySignUp).toEqual({ email: String(person.input.email).toLowerCase(), status: 'REGISTERED' });
    expect((await app.http.get('/s/AAAAAAAAAAAA')).status).toBe(404);
    // The second is the person's own share link for their friends (issue 22).
    const share = [...sms.text.matchAll(SHORT_LINK)][1][1];
    expect((await app.http.get(`/s/${share}`)).headers.location).toMatch(new RegExp(`^http://relay\\.test/d/${person.drive.slug}\\?ref=[2-9A-Z]{10}&source=share$`));

    // Organizers see the text with its link masked; no table holds the code or the token in clear.
    const outbox = await outboxOf(app, organizer, person.phone);
    expect(outbox.nodes).toEqual([{ channel: 'SMS', recipient: person.phone, state: 'SENT', attempts: 1, lastError: null, subject: null, body: sms.text.replace(/\/s\/\w{12}/g, '/s/••••••') }]);
    const everything = JSON.stringify(await app.sql(`SELECT o.*, (SELECT json_agg(l) FROM short_links l) AS links FROM outbox o WHERE recipient = $1`, [person.phone]));
    expect(everything).not.toContain(code);
    expect(everything).not.toContain(token);
  });

  // The personal share link (issue 22) costs an English confirmation a second part.
  it('sends an English confirmation in the GSM 7-bit alphabet, in two parts with the share link', async () => {
    const person = await volunteer('en');
    await text(person);
    await delivery().deliverAllDue();
    const [sms] = smpp.to(person.phone);
    expect(sms.dataCoding).toBe(DATA_CODING_GSM7);
    expect(sms.parts).toHaveLength(2);
    expect(sms.text).toMatch(
      new RegExp(`^Life Relay: you are signed up for ${person.drive.title}\\. Thu, Dec 5 9:00 AM-11:00 AM, Hohhot, Wanda Plaza bloodmobile\\. Ticket/cancel: http://relay\\.test/s/[0-9A-Za-z]{12} Invite friends: http://relay\\.test/s/[0-9A-Za-z]{12}$`),
    );
  });

  it('splits a long Chinese text into parts of one reference that reassemble to the whole', async () => {
    const location = '内蒙古自治区呼和浩特市新城区中山东路万达广场北门献血车（地铁一号线新华广场站C出口向东步行五百米）';
    const d = await make.drive({ shiftStarts: [DEC5], input: { title: `呼和浩特高校联合造血干细胞志愿者招募周暨国际志愿者日无偿献血活动 ${make.unique()}`, location } });
    const person = await volunteer('zh-CN', d);
    await text(person);
    await delivery().deliverAllDue();
    const [sms] = smpp.to(person.phone);
    expect(sms.parts.length).toBeGreaterThanOrEqual(3);
    const [first] = sms.parts;
    expect(sms.parts.map((p) => p.concat)).toEqual(sms.parts.map((_, i) => ({ reference: first.concat?.reference, total: sms.parts.length, index: i + 1 })));
    expect(sms.parts.every((p) => p.text.length <= 67)).toBe(true);
    expect(sms.parts.map((p) => p.text).join('')).toBe(sms.text);
    expect(sms.text).toContain(location);
    // Each part got its own id from the gateway; the row keeps them all, for the receipts.
    const [row] = await rowsTo(person.phone);
    expect(row.smsc_message_ids).toEqual(sms.parts.map((p) => p.messageId));
    expect(row.rendered).toMatchObject({ encoding: 'ucs2', parts: sms.parts.length });
  });

  it('records the gateway’s delivery receipts on the text, a failed part winning over delivered ones', async () => {
    const person = await volunteer('en');
    await text(person);
    await delivery().deliverAllDue();
    const [sms] = smpp.to(person.phone);
    const doneAt = new Date('2030-12-04T08:15:00Z');
    expect(await smpp.receipt(sms.parts[0].messageId, 'DELIVRD', person.phone, doneAt)).toBe(0);
    expect((await rowsTo(person.phone))[0]).toMatchObject({ state: 'SENT', receipt_state: 'DELIVRD', receipt_at: doneAt });

    const other = await volunteer('zh-CN');
    await text(other);
    await delivery().deliverAllDue();
    const parts = smpp.to(other.phone)[0].parts;
    await smpp.receipt(parts[0].messageId, 'UNDELIV', other.phone, doneAt);
    await smpp.receipt(parts[1].messageId, 'DELIVRD', other.phone);
    expect((await rowsTo(other.phone))[0]).toMatchObject({ receipt_state: 'UNDELIV', receipt_at: doneAt });
  });

  it('keeps a refused message queued with its error, tries again with the backoff, and gives up as FAILED', async () => {
    const person = await volunteer('en');
    await text(person);
    smpp.refuseSubmitWith = 0x58; // ESME_RTHROTTLED
    try {
      for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
        await delivery().deliverAllDue();
        const [row] = await rowsTo(person.phone);
        expect(row).toMatchObject({ state: 'QUEUED', attempts: attempt, last_error: expect.stringMatching(/^SMSC refused the message.*: ESME_RTHROTTLED \(0x58\)$/) });
        await app.sql(`UPDATE outbox SET send_after = now() WHERE recipient = $1`, [person.phone]); // the clock moves on
      }
      const outbox = await outboxOf(app, organizer, person.phone);
      expect(outbox.nodes[0]).toMatchObject({ state: 'QUEUED', lastError: expect.stringContaining('ESME_RTHROTTLED') });
      await delivery().deliverAllDue();
      expect((await rowsTo(person.phone))[0]).toMatchObject({ state: 'FAILED', attempts: MAX_ATTEMPTS });
    } finally {
      smpp.refuseSubmitWith = null;
    }
    expect(smpp.to(person.phone)).toEqual([]);
  });

  it('keeps the message queued while the gateway refuses the bind, gives up as FAILED, and sends again once it binds', async () => {
    const person = await volunteer('en');
    await text(person);
    smpp.refuseBindWith = 0x0d; // ESME_RBINDFAIL
    smpp.dropSessions();
    try {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        await delivery().deliverAllDue();
        const [row] = await rowsTo(person.phone);
        expect(row).toMatchObject({ state: attempt < MAX_ATTEMPTS ? 'QUEUED' : 'FAILED', attempts: attempt, last_error: 'SMPP bind refused: ESME_RBINDFAIL (0x0d)' });
        await app.sql(`UPDATE outbox SET send_after = now() WHERE recipient = $1`, [person.phone]);
      }
    } finally {
      smpp.refuseBindWith = null;
    }
    const next = await volunteer('en');
    await text(next);
    await delivery().deliverAllDue();
    expect((await rowsTo(next.phone))[0]).toMatchObject({ state: 'SENT', attempts: 1 });
    expect(smpp.to(person.phone)).toEqual([]);
    expect(smpp.to(next.phone)).toHaveLength(1);
  });

  it('unsubscribes the volunteer who replies 退订 or STOP from the unsolicited texts, which say how', async () => {
    const person = await volunteer('zh-CN');
    await text(person, MessagePurpose.ELIGIBLE_AGAIN, {});
    await delivery().deliverAllDue();
    const [eligible] = smpp.to(person.phone);
    expect(eligible.text).toMatch(/^【生命接力】韩梅梅，从今天起您可以再次献血了。.*退订：http:\/\/relay\.test\/s\/[0-9A-Za-z]{12} 或回复TD退订$/);
    // The link works for texts too: it opens the one-click unsubscribe page.
    const code = [...eligible.text.matchAll(SHORT_LINK)].at(-1)?.[1];
    expect((await app.http.get(`/s/${code}`)).headers.location).toMatch(/^http:\/\/relay\.test\/unsubscribe\/[\w-]+$/);

    expect(await smpp.reply(person.phone, '你好')).toBe(0);
    expect(await app.sql(`SELECT unsubscribed_at FROM volunteers WHERE id = $1`, [person.volunteerId])).toEqual([{ unsubscribed_at: null }]);
    expect(await smpp.reply(person.phone, ' 退订 ')).toBe(0);
    const [{ unsubscribed_at }] = await app.sql(`SELECT unsubscribed_at FROM volunteers WHERE id = $1`, [person.volunteerId]);
    expect(unsubscribed_at).toBeInstanceOf(Date);

    // The next unsolicited text is not sent; the confirmation of a shift still is.
    await text(person, MessagePurpose.DEFERRAL_FOLLOW_UP, {});
    await delivery().deliverAllDue();
    expect(await app.sql(`SELECT purpose, state FROM outbox WHERE recipient = $1 ORDER BY created_at`, [person.phone])).toEqual([
      { purpose: 'ELIGIBLE_AGAIN', state: 'SENT' },
      { purpose: 'DEFERRAL_FOLLOW_UP', state: 'SKIPPED' },
    ]);

    const english = await volunteer('en');
    expect(await smpp.reply(english.phone, 'Stop')).toBe(0);
    expect((await app.sql(`SELECT unsubscribed_at FROM volunteers WHERE id = $1`, [english.volunteerId]))[0].unsubscribed_at).toBeInstanceOf(Date);
  });

  it('sends each text exactly once however many delivery runs meet it', async () => {
    const people = await Promise.all([volunteer('en'), volunteer('zh-CN'), volunteer('en')]);
    for (const person of people) await text(person);
    await Promise.all([delivery().deliverAllDue(), delivery().deliverAllDue()]);
    await delivery().deliverAllDue();
    for (const person of people) {
      expect(smpp.to(person.phone)).toHaveLength(1);
      expect((await rowsTo(person.phone))[0]).toMatchObject({ state: 'SENT', attempts: 1 });
    }
  });

  it('mints the short links of a batch of texts in one statement, and draws no ticket image for a text', async () => {
    const people = await Promise.all([volunteer('en'), volunteer('zh-CN'), volunteer('en'), volunteer('zh-CN')]);
    await delivery().deliverAllDue(); // their e-mails, which do carry the ticket's image
    for (const person of people) await text(person);
    const query = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const qr = jest.spyOn(QRCode, 'create');
    try {
      expect((await delivery().deliverAllDue()).sent).toBe(people.length);
      expect(query.mock.calls.filter(([sql]) => /INSERT INTO short_links/.test(sql))).toHaveLength(1);
      expect(qr).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
      qr.mockRestore();
    }
    // Each text has its own two links (the ticket's and the share link), and each opens its own address.
    const codes = people.flatMap((person) => [...smpp.to(person.phone)[0].text.matchAll(SHORT_LINK)].map((m) => m[1]));
    expect(new Set(codes).size).toBe(2 * people.length);
    for (const [i, person] of people.entries()) {
      expect((await app.http.get(`/s/${codes[2 * i]}`)).headers.location).toMatch(/^http:\/\/relay\.test\/m\/[\w-]+$/);
      expect((await app.http.get(`/s/${codes[2 * i + 1]}`)).headers.location).toContain(`/d/${person.drive.slug}?`);
    }
  });

  it('keeps as many texts in flight as the SMPP window allows, not one round trip per few texts', async () => {
    const people = await Promise.all(Array.from({ length: SMS_WINDOW + 3 }, () => volunteer('en')));
    await delivery().deliverAllDue(); // their e-mails
    for (const person of people) await text(person);
    // The gateway answers nothing until the window is full (or 5 s pass), and a moment longer.
    smpp.mostUnanswered = 0;
    smpp.holdAnswers = true;
    const delivered = delivery().deliverAllDue();
    try {
      for (const deadline = Date.now() + 5000; smpp.unanswered < SMS_WINDOW && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      smpp.releaseAnswers();
    }
    expect((await delivered).sent).toBe(people.length);
    // Each text's parts still go one after another: one in flight per text.
    expect(smpp.mostUnanswered).toBe(SMS_WINDOW);
    for (const person of people) expect(smpp.to(person.phone)).toHaveLength(1);
  });

  it('binds again after the gateway drops the session', async () => {
    const binds = smpp.binds;
    smpp.dropSessions();
    const person = await volunteer('en');
    await text(person);
    await delivery().deliverAllDue();
    expect(smpp.to(person.phone)).toHaveLength(1);
    expect(smpp.binds).toBeGreaterThan(binds);
  });
});

describe('the built-in SMS catcher', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ PUBLIC_URL: 'http://relay.test' });
  });
  afterAll(() => app.close());

  it('receives the texts when no SMS_URL is set, and the Outbox shows them sent', async () => {
    const organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    const make = new Factories(app, organizer);
    const d = await make.drive({ shiftStarts: [DEC5] });
    const input = make.volunteer(d, { phone: '+8613900000099' });
    await app.ok(SIGN_UP, { input: await app.withCode(input) }, { headers: { 'accept-language': 'zh-CN' } });
    const [row] = await app.sql(`SELECT s.id, s.volunteer_id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`, [String(input.email).toLowerCase()]);
    await app.server.app.get(Outbox).enqueue(app.server.app.get(DataSource).manager, {
      purpose: MessagePurpose.SIGN_UP_CONFIRMATION,
      dedupeKey: `test-sms:${row.id}`,
      channel: MessageChannel.SMS,
      recipient: '+8613900000099',
      volunteerId: row.volunteer_id,
      signUpId: row.id,
      locale: 'zh-CN',
      payload: { status: SignUpStatus.REGISTERED },
    });
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const caught = app.server.app.get(SmsCatcher).caught.filter((m) => m.to === '+8613900000099');
    expect(caught).toEqual([expect.objectContaining({ from: 'LifeRelay', dataCoding: DATA_CODING_UCS2, text: expect.stringMatching(/^【生命接力】您已报名「/) })]);
    const outbox = await outboxOf(app, organizer, '+8613900000099');
    expect(outbox.nodes).toEqual([expect.objectContaining({ channel: 'SMS', state: 'SENT', body: expect.stringContaining('http://relay.test/s/••••••') })]);
    // The catcher answers with a delivery receipt, which is recorded like a gateway's.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !(await app.sql(`SELECT receipt_state FROM outbox WHERE recipient = '+8613900000099'`))[0].receipt_state) await new Promise((r) => setTimeout(r, 100));
    expect(await app.sql(`SELECT receipt_state FROM outbox WHERE recipient = '+8613900000099'`)).toEqual([{ receipt_state: 'DELIVRD' }]);
  });
});
