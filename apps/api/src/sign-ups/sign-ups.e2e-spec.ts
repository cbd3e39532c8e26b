import { createHash } from 'crypto';
import request from 'supertest';
import { CONSENT_VERSION, Role } from '@life-relay/domain';
import { startServer } from '../server';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';
import { Factories } from '../testing/factories';
import { holdRows, statementsWaitingForLocks } from '../testing/row-locks';
import { sentStatements } from '../testing/sent-statements';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status duplicate manageToken shiftStartsAt shiftEndsAt waitlistPosition } }`;
const CANCEL = `mutation($t: String!) { cancelSignUp(manageToken: $t) { status duplicate manageToken } }`;
const CHANGE = `mutation($input: ChangeShiftInput!) { changeShift(input: $input) { status waitlistPosition shiftStartsAt } }`;
const PUBLIC_DRIVE = `query($slug: String!, $team: String) { publicDrive(slug: $slug, teamCode: $team) {
  slug title kind location startsAt endsAt timeZone minAge maxAge consentText consentVersion
  shifts { id startsAt endsAt capacity spotsLeft waitlistCount } team { name code collegeName } } }`;

/** A shift's places taken (its own counter) and people waiting (counted by the triggers). */
const PLACES_OF_SHIFTS = `SELECT sh.registered_count, coalesce(ss.waitlisted, 0) AS waitlist_count
  FROM shifts sh LEFT JOIN shift_stats ss ON ss.shift_id = sh.id`;

describe('public sign-up', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  async function counts() {
    const [row] = await app.sql(
      `SELECT (SELECT count(*) FROM volunteers)::int AS volunteers, (SELECT count(*) FROM sign_ups)::int AS sign_ups,
              (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM manage_tokens)::int AS tokens,
              ((SELECT coalesce(sum(registered_count), 0) FROM shifts) + (SELECT coalesce(sum(waitlisted), 0) FROM shift_stats))::int AS places`,
    );
    return row;
  }

  describe('the form’s drive', () => {
    it('shows a published drive with places left and the team of the link', async () => {
      const drive = await make.drive({ capacities: [2, 30] });
      const club = await make.team('IMU Red Cross Club', 'Inner Mongolia University');
      await app.ok(SIGN_UP, { input: await make.verified(drive) });
      const data = await app.ok(PUBLIC_DRIVE, { slug: drive.slug, team: club.code.toLowerCase() });
      expect(data.publicDrive).toMatchObject({
        slug: drive.slug,
        kind: 'WHOLE_BLOOD',
        location: 'Hohhot, Wanda Plaza bloodmobile',
        timeZone: 'Asia/Shanghai',
        minAge: 18,
        maxAge: 60,
        team: { name: 'IMU Red Cross Club', code: club.code, collegeName: 'Inner Mongolia University' },
      });
      expect(data.publicDrive.shifts.map((s: { spotsLeft: number }) => s.spotsLeft)).toEqual([1, 30]);
      const totals = await app.ok(`query($slug: String!) { publicDrive(slug: $slug) { id stats { signUps donated } } }`, { slug: drive.slug });
      expect(totals.publicDrive).toEqual({ id: drive.id, stats: { signUps: 1, donated: 0 } });
    });

    it('is null for a draft or an unknown slug, and names no team for an unknown code', async () => {
      const draft = await make.drive({ status: 'DRAFT', input: { title: 'Draft day', kind: 'PLATELETS' } });
      expect((await app.ok(PUBLIC_DRIVE, { slug: draft.slug })).publicDrive).toBeNull();
      expect((await app.ok(PUBLIC_DRIVE, { slug: 'no-such-drive' })).publicDrive).toBeNull();
      const drive = await make.drive();
      expect((await app.ok(PUBLIC_DRIVE, { slug: drive.slug, team: 'ZZZZZZ' })).publicDrive.team).toBeNull();
    });

    it('gives the consent text in the visitor’s language', async () => {
      const drive = await make.drive();
      const zh = await app.ok(PUBLIC_DRIVE, { slug: drive.slug }, { headers: { 'accept-language': 'zh-CN' } });
      expect(zh.publicDrive.consentText).toMatch(/^我同意/);
      expect(zh.publicDrive.consentVersion).toBe(CONSENT_VERSION);
    });
  });

  describe('signing up', () => {
    it('registers the volunteer with the team and channel of the link, and queues the confirmation', async () => {
      const drive = await make.drive();
      const club = await make.team();
      const input = make.volunteer(drive, { teamCode: club.code, source: 'qr', bloodType: 'O_NEG', name: `O'Brien "Bob" 王小明`, email: 'Bob.OBrien@Campus.test', phone: '13812345678' });
      const data = await app.ok(SIGN_UP, { input: await app.withCode(input) }, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
      expect(data.signUp).toMatchObject({ status: 'REGISTERED', duplicate: false, shiftStartsAt: '2030-12-05T01:00:00.000Z', waitlistPosition: null });
      expect(data.signUp.manageToken).toMatch(/^[\w-]{43}$/);

      const [row] = await app.sql(
        `SELECT v.name, v.email, v.phone, v.blood_type, v.locale, s.status, s.channel, s.source, s.team_id, s.consent_version, s.consented_at
           FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = 'bob.obrien@campus.test'`,
      );
      expect(row).toMatchObject({
        name: `O'Brien "Bob" 王小明`,
        phone: '+8613812345678',
        blood_type: 'O_NEG',
        locale: 'zh-CN',
        status: 'REGISTERED',
        channel: 'QR',
        source: 'qr',
        team_id: club.id,
        consent_version: CONSENT_VERSION,
      });
      expect(row.consented_at).toBeInstanceOf(Date);
      const outbox = await app.sql(`SELECT purpose, recipient, locale, state FROM outbox WHERE recipient = 'bob.obrien@campus.test' AND purpose <> 'SIGN_UP_CODE'`);
      expect(outbox).toEqual([{ purpose: 'SIGN_UP_CONFIRMATION', recipient: 'bob.obrien@campus.test', locale: 'zh-CN', state: 'QUEUED' }]);
      const [shift] = await app.sql(`SELECT registered_count FROM shifts WHERE id = $1`, [drive.shifts[0]]);
      expect(shift.registered_count).toBe(1);
    });

    it('asks the database six statements in four round trips for a sign-up, two for a drive’s first code and one for the next (rate-limit counters aside)', async () => {
      // Each round trip is a wait, and a wake-up of the API and of PostgreSQL, the largest cost of
      // a sign-up in the benchmark: the organization's rules come with the drive, the code is used
      // up by the person's upsert, the confirmation is queued by the statement that takes the
      // place, BEGIN goes out with the upsert and COMMIT with the place (inPipelinedTransaction),
      // and a code and its message are one statement with no transaction around it.
      const drive = await make.drive();
      const input = make.volunteer(drive);
      const statements = async (send: () => Promise<unknown>) =>
        // Rate-limit counters, and the wake-up for delivery (at most one per 50 ms per process, not one a request).
        (await sentStatements(send)).filter(({ sql }) => !/\brate_limits\b|\bpg_notify\b/.test(sql));
      const codeRequest = await statements(() =>
        app.ok(`mutation($slug: String!, $contact: String!) { requestSignUpCode(driveSlug: $slug, contact: $contact) }`, { slug: drive.slug, contact: input.email }),
      );
      expect(codeRequest).toHaveLength(2);
      // The drive found published a moment ago is not looked up again (DrivesService.publishedOrganizationOf).
      const nextCodeRequest = await statements(() =>
        app.ok(`mutation($slug: String!, $contact: String!) { requestSignUpCode(driveSlug: $slug, contact: $contact) }`, { slug: drive.slug, contact: `next.${input.email}` }),
      );
      expect(nextCodeRequest).toHaveLength(1);
      const code = await app.queuedCode(input.email as string);
      const signUp = await statements(() => app.ok(SIGN_UP, { input: { ...input, code } }));
      expect(signUp.map(({ sql, unanswered }) => [sql.trim().split(/\s+/).slice(0, 3).join(' '), unanswered])).toEqual([
        ['SELECT d.id, d.organization_id,', 0], // the drive, its shift and team (SIGN_UP_TARGET)
        ['UPDATE sign_up_codes c', 0], // the code checked
        ['BEGIN', 0],
        ['WITH person AS', 1], // the person's upsert, sent behind BEGIN
        ['WITH placed AS', 0], // the place taken
        ['COMMIT', 1], // sent behind it
      ]);
      // What the statements wrote: the sign-up, its confirmation, and the code used up.
      const [row] = await app.sql(
        `SELECT s.status, (SELECT count(*)::int FROM outbox o WHERE o.sign_up_id = s.id AND o.purpose = 'SIGN_UP_CONFIRMATION') AS confirmations
           FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`,
        [String(input.email).toLowerCase()],
      );
      expect(row).toEqual({ status: 'REGISTERED', confirmations: 1 });
      // The same form sent again (a double click): its code, used up, still answers it.
      expect((await app.ok(SIGN_UP, { input: { ...input, code } })).signUp).toMatchObject({ status: 'REGISTERED', duplicate: true });
    });

    it('keeps the manage token only as a hash', async () => {
      const drive = await make.drive();
      const { signUp } = await app.ok(SIGN_UP, { input: await make.verified(drive) });
      const stored = await app.sql(`SELECT token_hash FROM manage_tokens WHERE token_hash = $1 OR token_hash = $2`, [
        signUp.manageToken,
        createHash('sha256').update(signUp.manageToken).digest('hex'),
      ]);
      expect(stored).toEqual([{ token_hash: createHash('sha256').update(signUp.manageToken).digest('hex') }]);
    });

    it('reports every bad field at once, in the visitor’s language, and writes nothing', async () => {
      const drive = await make.drive();
      const other = await make.drive();
      const before = await counts();
      const result = await app.gql(
        SIGN_UP,
        {
          input: {
            driveSlug: drive.slug,
            shiftId: other.shifts[0],
            name: '   ',
            email: 'not-an-email',
            phone: '12345',
            birthDate: '2005-02-30',
            teamCode: 'ZZZZZZ',
            consent: false,
          },
        },
        { headers: { 'accept-language': 'zh-CN' } },
      );
      expect(badFields(result)).toEqual(['birthDate', 'consent', 'email', 'name', 'phone']);
      expect(result.errors?.[0].extensions.fields?.find((f) => f.field === 'consent')?.message).toMatch(/请勾选同意/);
      expect(await counts()).toEqual(before);

      // With the form itself valid, what only the database knows is reported together too.
      const second = await app.gql(SIGN_UP, { input: make.volunteer(drive, { shiftId: other.shifts[0], teamCode: 'ZZZZZZ' }) });
      expect(badFields(second)).toEqual(['shiftId', 'teamCode']);
      expect(await counts()).toEqual(before);
    });

    it('accepts international phone numbers and refuses text that is not one', async () => {
      const drive = await make.drive();
      await app.ok(SIGN_UP, { input: await make.verified(drive, { phone: '+44 20 7946 0958' }) });
      expect(badFields(await app.gql(SIGN_UP, { input: make.volunteer(drive, { phone: 'call me' }) }))).toEqual(['phone']);
      expect(badFields(await app.gql(SIGN_UP, { input: make.volunteer(drive, { birthDate: '2099-01-01' }) }))).toEqual(['birthDate']);
    });

    it('answers NOT_FOUND for an unknown or unpublished drive', async () => {
      const drive = await make.drive();
      expect(errorCode(await app.gql(SIGN_UP, { input: make.volunteer(drive, { driveSlug: 'no-such-drive' }) }))).toBe('NOT_FOUND');
      await app.ok(`mutation($id: ID!) { closeDrive(id: $id) { status } }`, { id: drive.id }, { token: organizer });
      expect(errorCode(await app.gql(SIGN_UP, { input: make.volunteer(drive) }))).toBe('NOT_FOUND');
    });

    it('refuses people outside the age window on the day of the shift, with the limit', async () => {
      const drive = await make.drive();
      const young = await app.gql(SIGN_UP, { input: make.volunteer(drive, { birthDate: '2012-12-06' }) }); // 17 on Dec 5 2030... and a day
      expect(badFields(young)).toEqual(['birthDate']);
      expect(young.errors?.[0].extensions.fields?.[0].message).toBe('You must be at least 18 on the day of the drive.');
      expect((await app.ok(SIGN_UP, { input: await make.verified(drive, { birthDate: '2012-12-05' }) })).signUp.status).toBe('REGISTERED'); // 18 that day
      const old = await app.gql(SIGN_UP, { input: make.volunteer(drive, { birthDate: '1969-01-01' }) });
      expect(old.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'birthDate', key: 'tooOld' });
    });

    it('uses the drive’s own age window when it has one', async () => {
      const drive = await make.drive({ capacities: [10], input: { kind: 'GENERAL', minAge: 16, maxAge: 70 } });
      expect((await app.ok(SIGN_UP, { input: await make.verified(drive, { birthDate: '2014-01-01' }) })).signUp.status).toBe('REGISTERED');
      expect(badFields(await app.gql(SIGN_UP, { input: make.volunteer(drive, { birthDate: '2016-01-01' }) }))).toEqual(['birthDate']);
    });

    it('tells a recent donor when they may donate again', async () => {
      const earlier = await make.drive();
      const input = make.volunteer(earlier);
      await app.ok(SIGN_UP, { input: await app.withCode(input) });
      // Outcomes are recorded at the check-in desk (a later feature); here the donation is set directly.
      await app.sql(`UPDATE sign_ups s SET status = 'DONATED', outcome_at = '2030-10-01T03:00:00Z', outcome_on = '2030-10-01' FROM volunteers v WHERE v.id = s.volunteer_id AND v.email = $1`, [input.email]);
      const drive = await make.drive();
      const result = await app.gql(SIGN_UP, { input: await app.withCode({ ...input, driveSlug: drive.slug, shiftId: drive.shifts[0] }) });
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'shiftId', key: 'notEligibleUntil', message: 'You donated recently; you may donate again from 2031-03-30.' },
      ]);
    });
  });

  describe('one person, one sign-up per drive', () => {
    it('answers a second submission with the existing sign-up, no token, and a fresh link by e-mail', async () => {
      const drive = await make.drive();
      const input = make.volunteer(drive);
      await app.ok(SIGN_UP, { input: await app.withCode(input) });
      const again = await app.ok(SIGN_UP, { input: await app.withCode({ ...input, email: input.email.toUpperCase(), shiftId: drive.shifts[1], name: 'Someone Else' }) });
      expect(again.signUp).toMatchObject({ status: 'REGISTERED', duplicate: true, manageToken: null, shiftStartsAt: '2030-12-05T01:00:00.000Z' });
      const rows = await app.sql(`SELECT v.name, s.shift_id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`, [input.email]);
      expect(rows).toEqual([{ name: input.name, shift_id: drive.shifts[0] }]); // nothing overwritten
      const purposes = await app.sql(`SELECT purpose FROM outbox WHERE recipient = $1 AND purpose <> 'SIGN_UP_CODE' ORDER BY created_at`, [input.email]);
      expect(purposes.map((p) => p.purpose)).toEqual(['SIGN_UP_CONFIRMATION', 'SIGN_UP_CONFIRMATION_RESENT']);

      // Resubmitting again at once does not fill the mailbox: one re-send per ten minutes.
      await app.ok(SIGN_UP, { input: await app.withCode(input) });
      expect(await app.sql(`SELECT 1 FROM outbox WHERE recipient = $1 AND purpose <> 'SIGN_UP_CODE'`, [input.email])).toHaveLength(2);
    });

    it('holds for ten simultaneous identical submissions', async () => {
      const drive = await make.drive({ capacities: [5] });
      const input = await make.verified(drive); // one code: a double click sends it ten times
      const results = await Promise.all(Array.from({ length: 10 }, () => app.ok(SIGN_UP, { input })));
      expect(results.filter((r) => !r.signUp.duplicate)).toHaveLength(1);
      expect(results.filter((r) => r.signUp.manageToken)).toHaveLength(1);
      expect(await app.sql(`SELECT 1 FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`, [input.email])).toHaveLength(1);
      const [shift] = await app.sql(`${PLACES_OF_SHIFTS} WHERE sh.id = $1`, [drive.shifts[0]]);
      expect(shift).toEqual({ registered_count: 1, waitlist_count: 0 });
    });

    it('holds when the same person picks two shifts at the same moment', async () => {
      const drive = await make.drive({ capacities: [5, 5] });
      const input = await make.verified(drive);
      const results = await Promise.all(drive.shifts.flatMap((shiftId) => [1, 2, 3].map(() => app.ok(SIGN_UP, { input: { ...input, shiftId } }))));
      expect(results.filter((r) => !r.signUp.duplicate)).toHaveLength(1);
      const [places] = await app.sql(`SELECT sum(registered_count)::int AS taken FROM shifts WHERE drive_id = $1`, [drive.id]);
      expect(places.taken).toBe(1);
    });
  });

  describe('capacity', () => {
    it('is never exceeded by hundreds of simultaneous sign-ups, and the waitlist keeps arrival order', async () => {
      const drive = await make.drive({ capacities: [10] });
      const people = await Promise.all(Array.from({ length: 200 }, () => make.verified(drive)));
      const results = await Promise.all(people.map((input) => app.ok(SIGN_UP, { input })));
      const statuses = results.map((r) => r.signUp.status);
      expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(10);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(190);
      const positions = results.map((r) => r.signUp.waitlistPosition).filter((p) => p !== null).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));

      const [shift] = await app.sql(`${PLACES_OF_SHIFTS} WHERE sh.id = $1`, [drive.shifts[0]]);
      expect(shift).toEqual({ registered_count: 10, waitlist_count: 190 });
      // Everyone who got a place arrived before everyone who waits.
      const [order] = await app.sql(
        `SELECT max(arrival) FILTER (WHERE status = 'REGISTERED') < min(arrival) FILTER (WHERE status = 'WAITLISTED') AS fair
           FROM sign_ups WHERE shift_id = $1`,
        [drive.shifts[0]],
      );
      expect(order.fair).toBe(true);
    });

    it('holds the shift only for the last statement of a sign-up, and waitlists whoever missed the last place', async () => {
      const drive = await make.drive({ capacities: [1] });
      // Another transaction holds the shift (as an organizer's edit or a cancellation would).
      const holder = await holdRows(app, 'SELECT 1 FROM shifts WHERE id = $1 FOR UPDATE', [drive.shifts[0]]);
      try {
        const pending = [app.ok(SIGN_UP, { input: await make.verified(drive) }), app.ok(SIGN_UP, { input: await make.verified(drive) })];

        // Both did everything else first: what waits for the shift is the statement that takes the place.
        const waiting = await statementsWaitingForLocks(app, 2);
        expect(waiting).toHaveLength(2);
        for (const query of waiting) expect(query).toMatch(/^WITH placed AS \(\s*UPDATE shifts/);

        await holder.release();
        const results = (await Promise.all(pending)).map((r) => r.signUp);
        expect(results.map((r) => r.status).sort()).toEqual(['REGISTERED', 'WAITLISTED']);
        expect(results.find((r) => r.status === 'WAITLISTED')).toMatchObject({ waitlistPosition: 1, manageToken: expect.any(String) });
      } finally {
        await holder.end();
      }
      const [shift] = await app.sql(`${PLACES_OF_SHIFTS} WHERE sh.id = $1`, [drive.shifts[0]]);
      expect(shift).toEqual({ registered_count: 1, waitlist_count: 1 });
      // The one who missed the place has one sign-up, one token and one confirmation, saying "waitlisted".
      const rows = await app.sql(
        `SELECT s.status, (SELECT count(*)::int FROM manage_tokens m WHERE m.sign_up_id = s.id) AS tokens,
                (SELECT array_agg(o.payload->>'status') FROM outbox o WHERE o.sign_up_id = s.id) AS confirmations
           FROM sign_ups s WHERE s.shift_id = $1 ORDER BY s.status`,
        [drive.shifts[0]],
      );
      expect(rows).toEqual([
        { status: 'REGISTERED', tokens: 1, confirmations: ['REGISTERED'] },
        { status: 'WAITLISTED', tokens: 1, confirmations: ['WAITLISTED'] },
      ]);
    });

    it('is guarded by the database even against code that forgets to check', async () => {
      const drive = await make.drive({ capacities: [1] });
      await expect(app.sql(`UPDATE shifts SET registered_count = 2 WHERE id = $1`, [drive.shifts[0]])).rejects.toThrow(/shifts_registered_count_check/);
    });
  });

  describe('cancelling and the waitlist', () => {
    it('frees the place for the first person waiting, who is told', async () => {
      const drive = await make.drive({ capacities: [1] });
      const first = await app.ok(SIGN_UP, { input: await make.verified(drive) });
      const second = make.volunteer(drive);
      const third = make.volunteer(drive);
      expect((await app.ok(SIGN_UP, { input: await app.withCode(second) })).signUp).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
      expect((await app.ok(SIGN_UP, { input: await app.withCode(third) })).signUp).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

      const cancelled = await app.ok(CANCEL, { t: first.signUp.manageToken });
      expect(cancelled.cancelSignUp).toEqual({ status: 'CANCELLED', duplicate: false, manageToken: null });
      const statuses = await app.sql(
        `SELECT v.email, s.status FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.shift_id = $1 ORDER BY s.arrival`,
        [drive.shifts[0]],
      );
      expect(statuses.map((s) => s.status)).toEqual(['CANCELLED', 'REGISTERED', 'WAITLISTED']);
      expect(await app.sql(`SELECT purpose FROM outbox WHERE recipient = $1 AND purpose <> 'SIGN_UP_CODE' ORDER BY created_at`, [second.email])).toEqual([
        { purpose: 'SIGN_UP_CONFIRMATION' },
        { purpose: 'WAITLIST_PROMOTION' },
      ]);
      const [shift] = await app.sql(`${PLACES_OF_SHIFTS} WHERE sh.id = $1`, [drive.shifts[0]]);
      expect(shift).toEqual({ registered_count: 1, waitlist_count: 1 });

      // Cancelling twice is harmless and promotes nobody else: the link ended with the first.
      expect(errorCode(await app.gql(CANCEL, { t: first.signUp.manageToken }))).toBe('NOT_FOUND');
      expect((await app.sql(`${PLACES_OF_SHIFTS} WHERE sh.id = $1`, [drive.shifts[0]]))[0]).toEqual(shift);
    });

    it('lets a waitlisted person leave the waitlist', async () => {
      const drive = await make.drive({ capacities: [1] });
      await app.ok(SIGN_UP, { input: await make.verified(drive) });
      const waiting = await app.ok(SIGN_UP, { input: await make.verified(drive) });
      await app.ok(CANCEL, { t: waiting.signUp.manageToken });
      const [shift] = await app.sql(`${PLACES_OF_SHIFTS} WHERE sh.id = $1`, [drive.shifts[0]]);
      expect(shift).toEqual({ registered_count: 1, waitlist_count: 0 });
    });

    it('refuses an unknown token, and a token works only for its own sign-up', async () => {
      const drive = await make.drive();
      const mine = await app.ok(SIGN_UP, { input: await make.verified(drive) });
      await app.ok(SIGN_UP, { input: await make.verified(drive) });
      expect(errorCode(await app.gql(CANCEL, { t: 'x'.repeat(43) }))).toBe('NOT_FOUND');
      await app.ok(CANCEL, { t: mine.signUp.manageToken });
      expect(await app.sql(`SELECT status FROM sign_ups WHERE drive_id = $1 ORDER BY arrival`, [drive.id])).toEqual([
        { status: 'CANCELLED' },
        { status: 'REGISTERED' },
      ]);
    });

    it('lets someone who cancelled sign up again with a new link', async () => {
      const drive = await make.drive();
      const input = make.volunteer(drive);
      const first = await app.ok(SIGN_UP, { input: await app.withCode(input) });
      await app.ok(CANCEL, { t: first.signUp.manageToken });
      const again = await app.ok(SIGN_UP, { input: await app.withCode({ ...input, shiftId: drive.shifts[1] }) });
      expect(again.signUp).toMatchObject({ status: 'REGISTERED', duplicate: false });
      expect(again.signUp.manageToken).not.toBe(first.signUp.manageToken);
      expect(await app.sql(`SELECT shift_id, status FROM sign_ups WHERE drive_id = $1`, [drive.id])).toEqual([{ shift_id: drive.shifts[1], status: 'REGISTERED' }]);
    });

    it('answers the same new form sent twice at the same moment once, and the other as a duplicate', async () => {
      const drive = await make.drive();
      // The first submission takes the person's new record and waits for the shift; the second
      // waits for the record. It then finds the code used up, by the first: a double click, not
      // an expired code.
      const holder = await holdRows(app, 'SELECT 1 FROM shifts WHERE id = $1 FOR UPDATE', [drive.shifts[0]]);
      try {
        const input = await make.verified(drive);
        const pending = [app.ok(SIGN_UP, { input }), app.ok(SIGN_UP, { input })];
        expect(await statementsWaitingForLocks(app, 2)).toHaveLength(2);
        await holder.release();
        const results = (await Promise.all(pending)).map((r) => r.signUp);
        expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
        expect(results.map((r) => r.status)).toEqual(['REGISTERED', 'REGISTERED']);
      } finally {
        await holder.end();
      }
      expect(await app.sql(`SELECT registered_count FROM shifts WHERE id = $1`, [drive.shifts[0]])).toEqual([{ registered_count: 1 }]);
    });

    it('brings a cancelled sign-up back once when the person resubmits twice at the same moment', async () => {
      const drive = await make.drive({ capacities: [1] });
      const input = make.volunteer(drive);
      const first = await app.ok(SIGN_UP, { input: await app.withCode(input) });
      await app.ok(SIGN_UP, { input: await make.verified(drive) }); // waitlisted
      await app.ok(CANCEL, { t: first.signUp.manageToken }); // the other one gets the place: full again
      // The second submission reads the sign-up while the first, holding the person's record,
      // waits for the shift: it must not bring it back a second time once the first committed.
      const holder = await holdRows(app, 'SELECT 1 FROM shifts WHERE id = $1 FOR UPDATE', [drive.shifts[0]]);
      try {
        const resubmitted = await app.withCode(input); // the same form sent twice, with its one code
        const pending = [app.ok(SIGN_UP, { input: resubmitted }), app.ok(SIGN_UP, { input: resubmitted })];
        expect(await statementsWaitingForLocks(app, 2)).toHaveLength(2);
        await holder.release();
        const results = (await Promise.all(pending)).map((r) => r.signUp);
        expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
        expect(results.find((r) => !r.duplicate)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
      } finally {
        await holder.end();
      }
      const [shift] = await app.sql(`${PLACES_OF_SHIFTS} WHERE sh.id = $1`, [drive.shifts[0]]);
      expect(shift).toEqual({ registered_count: 1, waitlist_count: 1 });
    });

    it('refuses to cancel after the person came to the drive', async () => {
      const drive = await make.drive();
      const { signUp } = await app.ok(SIGN_UP, { input: await make.verified(drive) });
      await app.sql(`UPDATE sign_ups SET status = 'CHECKED_IN' WHERE drive_id = $1`, [drive.id]);
      expect(errorCode(await app.gql(CANCEL, { t: signUp.manageToken }))).toBe('CONFLICT');
    });

    it('gives new places of a larger shift to the waitlist', async () => {
      const drive = await make.drive({ capacities: [1] });
      await app.ok(SIGN_UP, { input: await make.verified(drive) });
      await app.ok(SIGN_UP, { input: await make.verified(drive) });
      await app.ok(SIGN_UP, { input: await make.verified(drive) });
      await app.ok(`mutation($id: ID!) { updateShift(id: $id, input: { capacity: 2 }) { registeredCount waitlistCount } }`, { id: drive.shifts[0] }, { token: organizer });
      expect(await app.sql(`SELECT status FROM sign_ups WHERE shift_id = $1 ORDER BY arrival`, [drive.shifts[0]])).toEqual([
        { status: 'REGISTERED' },
        { status: 'REGISTERED' },
        { status: 'WAITLISTED' },
      ]);
    });
  });

  describe('the manage link', () => {
    it('shows the volunteer their own sign-up', async () => {
      const drive = await make.drive();
      const club = await make.team('Riders Who Give');
      const input = make.volunteer(drive, { teamCode: club.code });
      const { signUp } = await app.ok(SIGN_UP, { input: await app.withCode(input) });
      const view = await app.ok(`query($t: String!) { mySignUp(manageToken: $t) { status name email teamName shift { id } drive { slug } } }`, { t: signUp.manageToken });
      expect(view.mySignUp).toEqual({ status: 'REGISTERED', name: input.name, email: input.email, teamName: 'Riders Who Give', shift: { id: drive.shifts[0] }, drive: { slug: drive.slug } });
      expect((await app.ok(`query { mySignUp(manageToken: "nope") { status } }`)).mySignUp).toBeNull();
    });

    it('moves a sign-up to a shift with room, and the old place goes to the waitlist', async () => {
      const drive = await make.drive({ capacities: [1, 5] });
      const mover = await app.ok(SIGN_UP, { input: await make.verified(drive) });
      const waiting = make.volunteer(drive);
      await app.ok(SIGN_UP, { input: await app.withCode(waiting) });
      const moved = await app.ok(CHANGE, { input: { manageToken: mover.signUp.manageToken, shiftId: drive.shifts[1] } });
      expect(moved.changeShift).toMatchObject({ status: 'REGISTERED', shiftStartsAt: '2030-12-05T04:00:00.000Z' });
      const shifts = await app.sql(`${PLACES_OF_SHIFTS} WHERE sh.drive_id = $1 ORDER BY sh.starts_at`, [drive.id]);
      expect(shifts).toEqual([
        { registered_count: 1, waitlist_count: 0 },
        { registered_count: 1, waitlist_count: 0 },
      ]);
      expect((await app.sql(`SELECT purpose FROM outbox WHERE recipient = $1 AND purpose <> 'SIGN_UP_CODE' ORDER BY created_at`, [waiting.email])).map((r) => r.purpose)).toEqual([
        'SIGN_UP_CONFIRMATION',
        'WAITLIST_PROMOTION',
      ]);
    });

    it('does not trade a place for a waitlist, nor move to another drive', async () => {
      const drive = await make.drive({ capacities: [5, 1] });
      await app.ok(SIGN_UP, { input: await make.verified(drive, { shiftId: drive.shifts[1] }) });
      const mine = await app.ok(SIGN_UP, { input: await make.verified(drive) });
      const full = await app.gql(CHANGE, { input: { manageToken: mine.signUp.manageToken, shiftId: drive.shifts[1] } });
      expect(full.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'shiftId', key: 'shiftFull' });
      const other = await make.drive();
      expect(badFields(await app.gql(CHANGE, { input: { manageToken: mine.signUp.manageToken, shiftId: other.shifts[0] } }))).toEqual(['shiftId']);
      expect(errorCode(await app.gql(CHANGE, { input: { manageToken: 'nope', shiftId: other.shifts[0] } }))).toBe('NOT_FOUND');
    });
  });

  describe('abuse limits', () => {
    it('refuses a request that signs up several people at once', async () => {
      const drive = await make.drive();
      const before = await counts();
      const result = await app.gql(
        `mutation($a: SignUpInput!, $b: SignUpInput!) { a: signUp(input: $a) { status } b: signUp(input: $b) { status } }`,
        { a: make.volunteer(drive), b: make.volunteer(drive) },
      );
      expect(result.errors?.[0].message).toMatch(/only one sign-up/);
      expect(await counts()).toEqual(before);
    });

    it('refuses several public mutations hidden in an inline fragment or a named fragment', async () => {
      const drive = await make.drive();
      const before = await counts();
      const inline = await app.gql(
        `mutation($a: SignUpInput!, $b: SignUpInput!) { ... on Mutation { a: signUp(input: $a) { status } b: signUp(input: $b) { status } } }`,
        { a: make.volunteer(drive), b: make.volunteer(drive) },
      );
      expect(inline.errors?.[0].message).toMatch(/only one sign-up/);
      const named = await app.gql(
        `mutation($a: SignUpInput!) { a: signUp(input: $a) { status } ...more } fragment more on Mutation { b: signUp(input: $a) { status } }`,
        { a: make.volunteer(drive) },
      );
      expect(named.errors?.[0].message).toMatch(/only one sign-up/);
      expect(await counts()).toEqual(before);
    });

    it('refuses a request that asks for several codes at once', async () => {
      const drive = await make.drive();
      const codes = await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE purpose = 'SIGN_UP_CODE'`);
      const result = await app.gql(
        `mutation($s: String!) { a: requestSignUpCode(driveSlug: $s, contact: "a@campus.test") b: requestSignUpCode(driveSlug: $s, contact: "b@campus.test") }`,
        { s: drive.slug },
      );
      expect(result.errors?.[0].message).toMatch(/code request/);
      expect(await app.sql(`SELECT count(*)::int AS n FROM outbox WHERE purpose = 'SIGN_UP_CODE'`)).toEqual(codes);
    });

    it('refuses batched requests', async () => {
      const drive = await make.drive();
      const res = await app.http.post('/graphql').send([{ query: SIGN_UP, variables: { input: make.volunteer(drive) } }]);
      expect(res.status).toBe(400);
    });

    it('refuses very deep or very aliased queries', async () => {
      const aliased = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: publicDrive(slug: "x") { slug }`).join(' ')} }`;
      expect((await app.gql(aliased)).errors?.[0].message).toMatch(/aliases/i);
      // Team.leads -> User.teams -> Team.leads ... could nest without end.
      const deep = `{ teams { edges { node { ${'leads { teams { '.repeat(5)} id ${'} } '.repeat(5)} } } } }`;
      expect((await app.gql(deep)).errors?.[0].message).toMatch(/depth/i);
    });
  });
});

describe('the per-IP rate limit', () => {
  it('answers RATE_LIMITED past the budget, counted across API processes', async () => {
    const first = await createTestApp({ RATE_LIMIT_SIGN_UP: '3' });
    // A second API process on the same database shares the budget.
    const second = await startServer(first.config);
    try {
      const rush = await (await Factories.withNewOrganizer(first)).drive({ capacities: [100], input: { title: 'Rush', kind: 'GENERAL' } });
      const input = (i: number) => ({ driveSlug: rush.slug, shiftId: rush.shifts[0], name: `P${i}`, email: `p${i}@rush.test`, consent: true });
      // Codes have budgets of their own (RATE_LIMIT_SIGN_UP_CODE): asked for first.
      const inputs = await Promise.all([0, 1, 2, 3, 4].map((i) => first.withCode(input(i))));
      const viaSecond = (i: number) => request(second.app.getHttpServer()).post('/graphql').send({ query: SIGN_UP, variables: { input: inputs[i] } });

      expect((await first.gql(SIGN_UP, { input: inputs[1] })).errors).toBeUndefined();
      expect((await viaSecond(2)).body.errors).toBeUndefined();
      expect((await first.gql(SIGN_UP, { input: inputs[3] })).errors).toBeUndefined();
      const refused = (await viaSecond(4)).body;
      expect(refused.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(refused.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect(await first.sql(`SELECT count(*)::int AS n FROM sign_ups`)).toEqual([{ n: 3 }]);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('limits sign-in attempts per address', async () => {
    const app = await createTestApp({ RATE_LIMIT_LOGIN: '2' });
    try {
      const login = `mutation { login(email: "someone@relay.test", password: "wrong-password") { token } }`;
      expect(errorCode(await app.gql(login))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.gql(login))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.gql(login))).toBe('RATE_LIMITED');
    } finally {
      await app.close();
    }
  });
});
