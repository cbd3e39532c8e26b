// Emergency call-outs end to end (issue 23), through GraphQL, the answer page, the SMS gateway and
// the mail server on a real database: RhD-negative volunteers in two cities, a call-out for three
// people in Hohhot that reaches exactly the eligible, opted-in, verified ones there (by SMS where
// they gave a phone, by mail otherwise), answers by link and by SMS reply, the tally against the
// need, and escalation waves that never ask anyone twice.
import { Role } from '@life-relay/domain';
import { Factories, MadeDrive } from '../../testing/factories';
import { badFields, createTestApp, errorCode, TestApp } from '../../testing/test-app';
import { TestSmpp } from '../../testing/test-smpp';
import { TestSmtp } from '../../testing/test-smtp';
import { OutboxDelivery } from '../delivery/outbox-delivery.service';

const NEED = `peopleNeeded place neededBy regionCode verifiedOnly waves audienceCount yesCount noCount`;
const AUDIENCE = `query($input: CallOutInput!) { callOutAudience(input: $input) callOutAudienceList(input: $input) { name bloodType bloodTypeVerified channel } }`;
const SEND = `mutation($input: CallOutInput!) { sendCallOut(input: $input) { id ${NEED} } }`;
const ESCALATE = `mutation($id: ID!, $input: CallOutWaveInput!) { escalateCallOut(id: $id, input: $input) { id ${NEED} } }`;
const TALLY = `query($id: ID!) { callOut(id: $id) { ${NEED} } }`;
const VERIFY = `mutation($input: VerifyBloodTypeInput!) { verifyBloodType(input: $input) { id } }`;
const RHD_NEGATIVE = ['O_NEG', 'A_NEG', 'B_NEG', 'AB_NEG'];
const HOHHOT = 'CN-150100';
const BAOTOU = 'CN-150200';
const SHORT_LINK = /http:\/\/relay\.test\/s\/([0-9A-Za-z]{12})/g;
const ANSWER_LINK = /http:\/\/relay\.test\/answer\/([\w-]+)/;
const ASK = `query($token: String!) { callOutAsk(token: $token) { kind bloodTypes message peopleNeeded place neededBy organizationName answer open locale } }`;
const ANSWER = `mutation($token: String!, $answer: CallOutAnswer!) { answerCallOut(token: $token, answer: $answer) }`;

type Person = { id: string; name: string; email: string | null; phone: string | null };

describe('emergency call-outs', () => {
  let smtp: TestSmtp;
  let smpp: TestSmpp;
  let app: TestApp;
  let admin: string;
  let organizer: { id: string; token: string };
  let organizationId: string;
  let make: Factories;
  const people: Record<string, Person> = {};

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    smpp = await TestSmpp.start();
    app = await createTestApp({ SMTP_URL: smtp.url, SMS_URL: smpp.url, SMS_FROM: 'LifeRelay', PUBLIC_URL: 'http://relay.test' });
    admin = await app.adminToken();
    const { createOrganization } = await app.ok(`mutation { createOrganization(input: { name: "Inner Mongolia Blood Centre" }) { id } }`, {}, { token: admin });
    organizationId = createOrganization.id;
    organizer = await invite('ORGANIZER');
    make = new Factories(app, organizer.token);
    const hohhot = await make.drive({ input: { regionCode: HOHHOT } });
    const baotou = await make.drive({ input: { location: 'Baotou, Steel Street blood station', regionCode: BAOTOU } });

    await person('Bao Lin', hohhot, { bloodType: 'O_NEG', email: null }, 'DESK'); // a phone only: SMS
    await person('An Qi', hohhot, { bloodType: 'A_NEG', phone: null }, 'DESK'); // an e-mail address only: mail
    await person('Cao Jie', hohhot, { bloodType: 'B_NEG' }, 'BLOOD_SERVICE'); // both: SMS first
    await person('Du Mei', hohhot, { bloodType: 'O_NEG' }, null); // self-reported only
    await person('Fan Hui', hohhot, { bloodType: 'O_NEG', callOuts: false }, 'DESK'); // did not opt in
    await person('Gao Yan', hohhot, { bloodType: 'O_POS' }, 'DESK'); // RhD-positive
    await person('Chen Yu', baotou, { bloodType: 'A_NEG' }, 'DESK'); // the next city
    // Donated 30 days ago (at a drive of that day): not eligible again yet.
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const pastDrive = await make.drive({ day: monthAgo });
    await person('He Jun', pastDrive, { bloodType: 'O_NEG' }, 'DESK');
    const [given] = await app.sql(`SELECT id FROM sign_ups WHERE volunteer_id = $1`, [people['He Jun'].id]);
    await app.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DONATED, volumeMl: 400 }) { status } }`, { id: given.id }, {
      token: organizer.token,
    });
    expect(await app.sql(`SELECT to_char(outcome_on, 'YYYY-MM-DD') AS day FROM sign_ups WHERE id = $1`, [given.id])).toEqual([{ day: monthAgo }]);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
    await smpp.close();
  });

  async function invite(role: string) {
    const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`,
      { input: { email, name: `${role} person`, role, organizationId } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
    return { id: inviteUser.user.id as string, token: setPassword.token as string };
  }

  /** Someone who signed up through the form (opted in to call-outs unless told), their type verified from `source` (null: self-reported). */
  async function person(name: string, drive: MadeDrive, overrides: Record<string, unknown>, source: string | null) {
    const n = make.unique();
    const phone = overrides.phone === null ? null : `+86137${String(n).padStart(8, '0')}`;
    const email = overrides.email === null ? null : `callout${n}@campus.test`;
    await make.signUp(drive, { name, phone, email, callOuts: true, ...overrides });
    const [row] = await app.sql(`SELECT id FROM volunteers WHERE email = $1 OR phone = $2`, [email, phone]);
    people[name] = { id: row.id, name, email, phone };
    if (source) await app.ok(VERIFY, { input: { volunteerId: row.id, bloodType: overrides.bloodType, source } }, { token: organizer.token });
  }

  const org = (query: string, variables: Record<string, unknown>) => app.ok(query, variables, { token: organizer.token });
  const deliver = () => app.server.app.get(OutboxDelivery).deliverAllDue();
  const textsTo = (name: string) => (people[name].phone ? smpp.to(people[name].phone as string).filter((t) => /URGENT/.test(t.text)) : []);
  const mailsTo = (name: string) => (people[name].email ? smtp.to(people[name].email as string).filter((m) => /Urgent/.test(m.subject ?? '')) : []);
  /** Where a text's (shortened) answer link leads. */
  async function answerLinkOf(text: string): Promise<string> {
    for (const [, code] of text.matchAll(SHORT_LINK)) {
      const location = (await app.http.get(`/s/${code}`)).headers.location;
      if (ANSWER_LINK.test(location)) return location;
    }
    throw new Error(`No answer link in ${text}`);
  }

  const need = {
    kind: 'WHOLE_BLOOD',
    bloodTypes: RHD_NEGATIVE,
    regionCode: HOHHOT,
    verifiedOnly: true,
    peopleNeeded: 3,
    place: 'Inner Mongolia People’s Hospital, 1 Zhaowuda Road',
    neededBy: '2030-12-05T18:00:00+08:00',
    message: 'A patient in surgery needs RhD-negative blood.',
  };

  it('asks exactly the eligible, opted-in, verified people of the city, by SMS first, counts answers by link and SMS reply, and escalates in waves without asking anyone twice', async () => {
    // The audience before sending: the count, and who exactly, with the channel each gets.
    const preview = await org(AUDIENCE, { input: need });
    expect(preview.callOutAudience).toBe(3);
    expect(preview.callOutAudienceList).toEqual([
      { name: 'An Qi', bloodType: 'A_NEG', bloodTypeVerified: true, channel: 'EMAIL' },
      { name: 'Bao Lin', bloodType: 'O_NEG', bloodTypeVerified: true, channel: 'SMS' },
      { name: 'Cao Jie', bloodType: 'B_NEG', bloodTypeVerified: true, channel: 'SMS' },
    ]);

    const { sendCallOut } = await org(SEND, { input: need });
    expect(sendCallOut).toMatchObject({ peopleNeeded: 3, place: need.place, regionCode: HOHHOT, verifiedOnly: true, waves: 1, audienceCount: 3, yesCount: 0, noCount: 0 });
    await deliver();

    // SMS where they gave a phone (Cao Jie gave both), mail otherwise; nobody else hears of it.
    expect(textsTo('Bao Lin')).toHaveLength(1);
    expect(textsTo('Cao Jie')).toHaveLength(1);
    expect(mailsTo('Cao Jie')).toHaveLength(0);
    const [mail] = mailsTo('An Qi');
    expect(mail.text).toContain('We need 3 people at Inner Mongolia People’s Hospital, 1 Zhaowuda Road by ');
    for (const name of ['Du Mei', 'Fan Hui', 'Gao Yan', 'Chen Yu', 'He Jun']) {
      expect([name, textsTo(name).length + mailsTo(name).length]).toEqual([name, 0]);
    }
    const [text] = textsTo('Bao Lin');
    expect(text.text).toMatch(/^Life Relay URGENT: blood donors \(O-, A-, B-, AB-\) needed, 3 people at Inner Mongolia People.s Hospital, 1 Zhaowuda Road by Dec 5, 2030 6:00 PM\. .* Reply 1 if you can come, 2 if you can't, or answer: /);

    // An Qi answers by the link in her mail: the page (the public app's) shows the need, and
    // reading it answers nothing; only a button does, and she may change her mind.
    const link = ANSWER_LINK.exec(mail.text ?? '') as RegExpExecArray;
    const token = link[1];
    expect((await app.ok(ASK, { token })).callOutAsk).toEqual({
      kind: 'WHOLE_BLOOD',
      bloodTypes: RHD_NEGATIVE,
      message: need.message,
      peopleNeeded: 3,
      place: need.place,
      neededBy: '2030-12-05T10:00:00.000Z',
      organizationName: 'Inner Mongolia Blood Centre',
      answer: null,
      open: true,
      locale: 'en',
    });
    // The address of the first messages sends her to the same page, answering nothing either.
    const old = await app.http.get(`/api/call-outs/answer/${token}`);
    expect([old.status, old.headers.location]).toEqual([302, `/answer/${token}`]);
    expect((await app.ok(TALLY, { id: sendCallOut.id }, { token: organizer.token })).callOut.yesCount).toBe(0);
    expect(await app.ok(ANSWER, { token, answer: 'NO' })).toEqual({ answerCallOut: true });
    expect((await org(TALLY, { id: sendCallOut.id })).callOut).toMatchObject({ yesCount: 0, noCount: 1 });
    expect(await app.ok(ANSWER, { token, answer: 'YES' })).toEqual({ answerCallOut: true });
    expect((await app.ok(ASK, { token })).callOutAsk).toMatchObject({ answer: 'YES', open: true });
    // Cao Jie answers by SMS reply; a link from the text works the same way.
    expect(await answerLinkOf(textsTo('Cao Jie')[0].text)).toMatch(ANSWER_LINK);
    await smpp.reply(people['Cao Jie'].phone as string, ' 是 ');
    // The link's token is kept only as a hash, and the outbox's copy of the message masks it.
    expect(await app.sql(`SELECT 1 FROM call_out_recipients WHERE token_hash = $1`, [token])).toEqual([]);
    expect(await app.sql(`SELECT 1 FROM outbox WHERE rendered::text LIKE $1`, [`%${token}%`])).toEqual([]);

    expect((await org(TALLY, { id: sendCallOut.id })).callOut).toMatchObject({ peopleNeeded: 3, yesCount: 2, noCount: 0, audienceCount: 3 });

    // A wave's city is one of the list, like the call-out's.
    expect(badFields(await app.gql(ESCALATE, { id: sendCallOut.id, input: { regionCode: 'Baotou' } }, { token: organizer.token }))).toEqual(['regionCode']);
    // Not met: the next wave, the next city, reaches that city's person, and only them.
    const { escalateCallOut: wave2 } = await org(ESCALATE, { id: sendCallOut.id, input: { regionCode: BAOTOU } });
    expect(wave2).toMatchObject({ waves: 2, regionCode: BAOTOU, audienceCount: 4, yesCount: 2 });
    await deliver();
    expect(textsTo('Chen Yu')).toHaveLength(1);
    expect(textsTo('Bao Lin')).toHaveLength(1);
    expect(textsTo('Cao Jie')).toHaveLength(1);
    expect(mailsTo('An Qi')).toHaveLength(1);
    // A wave with nobody new (every city: He Jun gave too recently) asks nobody.
    const { escalateCallOut: wave3 } = await org(ESCALATE, { id: sendCallOut.id, input: {} });
    expect(wave3).toMatchObject({ waves: 3, regionCode: null, audienceCount: 4 });
    await deliver();
    expect(textsTo('Chen Yu')).toHaveLength(1);

    // Chen Yu cannot come; Bao Lin can: the need is met, and no further wave goes out.
    await smpp.reply(people['Chen Yu'].phone as string, '2');
    await smpp.reply(people['Bao Lin'].phone as string, 'YES');
    expect((await org(TALLY, { id: sendCallOut.id })).callOut).toMatchObject({ yesCount: 3, noCount: 1 });
    const refused = await app.gql(ESCALATE, { id: sendCallOut.id, input: {} }, { token: organizer.token });
    expect(badFields(refused)).toEqual(['id']);

    // Everything is in the audit log: the sending, each wave, the list shown.
    const events = await app.sql(`SELECT action, details FROM audit_events WHERE actor_id = $1 AND action IN ('CALL_OUT_SENT', 'PERSONAL_DATA_READ') ORDER BY at`, [organizer.id]);
    expect(events.map((e) => e.action)).toEqual(['PERSONAL_DATA_READ', 'CALL_OUT_SENT', 'CALL_OUT_SENT', 'CALL_OUT_SENT']);
    expect(events[0].details).toEqual({ callOutAudience: true, rows: 3 });
    expect(events[2].details).toMatchObject({ wave: 2, audienceCount: 4 });
  });

  it('escalates to the next blood group once: the new group is asked, nobody of an earlier wave again', async () => {
    const { sendCallOut } = await org(SEND, { input: { ...need, bloodTypes: ['O_NEG'], peopleNeeded: 2 } });
    expect(sendCallOut.audienceCount).toBe(1); // Bao Lin: the only verified, eligible, opted-in O− in Hohhot
    const { escalateCallOut } = await org(ESCALATE, { id: sendCallOut.id, input: { bloodTypes: ['O_NEG', 'A_NEG', 'B_NEG'], regionCode: HOHHOT } });
    expect(escalateCallOut).toMatchObject({ waves: 2, audienceCount: 3, regionCode: HOHHOT });
    await org(ESCALATE, { id: sendCallOut.id, input: { bloodTypes: ['O_NEG', 'A_NEG', 'B_NEG'], regionCode: HOHHOT } });
    const asked = await app.sql(
      `SELECT v.name, r.wave, (SELECT count(*)::int FROM outbox o WHERE o.dedupe_key = 'CALL_OUT:' || r.call_out_id || ':' || r.volunteer_id) AS messages
         FROM call_out_recipients r JOIN volunteers v ON v.id = r.volunteer_id WHERE r.call_out_id = $1 ORDER BY v.name`,
      [sendCallOut.id],
    );
    expect(asked).toEqual([
      { name: 'An Qi', wave: 2, messages: 1 },
      { name: 'Bao Lin', wave: 1, messages: 1 },
      { name: 'Cao Jie', wave: 2, messages: 1 },
    ]);
  });

  it('tells the link’s holder the language the person signed up in, which their message was in, so the page opens in it', async () => {
    const baotou = await make.drive({ input: { location: 'Baotou, Steel Street blood station', regionCode: BAOTOU } });
    await person('Wu Lan', baotou, { bloodType: 'AB_NEG', locale: 'zh-CN' }, 'DESK');
    const { sendCallOut } = await org(SEND, { input: { ...need, bloodTypes: ['AB_NEG'], regionCode: BAOTOU } });
    expect(sendCallOut.audienceCount).toBe(1);
    await deliver();
    const [text] = smpp.to(people['Wu Lan'].phone as string).filter((t) => /紧急求助/.test(t.text));
    const token = (ANSWER_LINK.exec(await answerLinkOf(text.text)) as RegExpExecArray)[1];
    expect((await app.ok(ASK, { token })).callOutAsk).toMatchObject({ locale: 'zh-CN', bloodTypes: ['AB_NEG'] });
    // Whatever language the phone asks in.
    expect((await app.ok(ASK, { token }, { headers: { 'Accept-Language': 'en-US,en;q=0.9' } })).callOutAsk.locale).toBe('zh-CN');
  });

  it('says nothing about a link that is not valid, and records nothing', async () => {
    expect(await app.ok(ASK, { token: 'not-a-token' })).toEqual({ callOutAsk: null });
    expect(await app.ok(`mutation { answerCallOut(token: "not-a-token", answer: YES) }`)).toEqual({ answerCallOut: false });
  });

  it('answers RATE_LIMITED past the public budget, so links cannot be guessed at speed', async () => {
    const limited = await createTestApp({ RATE_LIMIT_SIGN_UP: '2' });
    try {
      for (const token of ['guess-1', 'guess-2']) expect(await limited.ok(ANSWER, { token, answer: 'YES' })).toEqual({ answerCallOut: false });
      expect(errorCode(await limited.gql(ANSWER, { token: 'guess-3', answer: 'YES' }))).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('takes no answer once the call-out closed (its "by when" passed), and shows it closed with the answer given', async () => {
    const { sendCallOut } = await org(SEND, { input: { ...need, bloodTypes: ['A_NEG'], neededBy: new Date(Date.now() - 60_000).toISOString() } });
    expect(sendCallOut.audienceCount).toBe(1);
    await deliver();
    const mails = mailsTo('An Qi').filter((m) => m.subject === 'Urgent: blood donors (A−) needed');
    expect(mails).toHaveLength(1);
    const token = (ANSWER_LINK.exec(mails[0].text ?? '') as RegExpExecArray)[1];
    expect((await app.ok(ASK, { token })).callOutAsk).toMatchObject({ answer: null, open: false });
    expect(await app.ok(ANSWER, { token, answer: 'YES' })).toEqual({ answerCallOut: false });
    expect((await org(TALLY, { id: sendCallOut.id })).callOut).toMatchObject({ yesCount: 0, noCount: 0 });
  });

  it('applies the organization’s own age limits: a first-timer over its first-time limit is not asked, a repeat donor of the same age is', async () => {
    const born57 = new Date(Date.now() - (57 * 365.25 + 30) * 24 * 3600 * 1000).toISOString().slice(0, 10);
    // Drives of today and of the past, so that 57 is their age on the drive's day as now.
    const today = await make.drive({ day: new Date().toISOString().slice(0, 10), input: { regionCode: HOHHOT } });
    await person('Ma Li', today, { bloodType: 'AB_POS', birthDate: born57 }, 'DESK'); // never donated
    // Donated 200 days ago: a repeat donor, eligible again.
    const longAgo = new Date(Date.now() - 200 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const pastDrive = await make.drive({ day: longAgo });
    await person('Niu Bo', pastDrive, { bloodType: 'AB_POS', birthDate: born57 }, 'DESK');
    const [given] = await app.sql(`SELECT id FROM sign_ups WHERE volunteer_id = $1`, [people['Niu Bo'].id]);
    await org(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { outsideDriveDays: true, status: DONATED, volumeMl: 400 }) { status } }`, { id: given.id });
    const input = { kind: 'WHOLE_BLOOD', bloodTypes: ['AB_POS'], message: 'AB+ needed.' };
    const names = async () => (await org(AUDIENCE, { input })).callOutAudienceList.map((p: { name: string }) => p.name);

    // The kind's default window (18 to 60) takes both.
    expect(await names()).toEqual(['Ma Li', 'Niu Bo']);
    const SET_RULES = `mutation($input: EligibilityRulesInput!) { setEligibilityRules(input: $input) { id } }`;
    await org(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 60 } });
    try {
      expect(await names()).toEqual(['Niu Bo']);
      const { sendCallOut } = await org(SEND, { input });
      expect(sendCallOut.audienceCount).toBe(1);
      // A repeat limit below their age leaves out the repeat donor too.
      await org(SET_RULES, { input: { firstTimeMaxAge: 55, repeatMaxAge: 56 } });
      expect(await names()).toEqual([]);
    } finally {
      await org(SET_RULES, { input: { firstTimeMaxAge: null, repeatMaxAge: null } });
    }
  });

  it('shows the audience list and the tally to organizers only, and another organization’s call-out to nobody', async () => {
    const teamLead = await invite('TEAM_LEAD');
    expect(errorCode(await app.gql(AUDIENCE, { input: need }, { token: teamLead.token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(SEND, { input: need }, { token: teamLead.token }))).toBe('FORBIDDEN');
    const [{ id }] = await app.sql(`SELECT id FROM call_outs WHERE organization_id = $1`, [organizationId]);
    expect(errorCode(await app.gql(ESCALATE, { id, input: {} }, { token: teamLead.token }))).toBe('FORBIDDEN');
    const other = await app.userWithRole(Role.ORGANIZER);
    expect(errorCode(await app.gql(TALLY, { id }, { token: other.token }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(ESCALATE, { id, input: {} }, { token: other.token }))).toBe('NOT_FOUND');
  });
});
