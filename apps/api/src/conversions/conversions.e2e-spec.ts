import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Role } from '@life-relay/domain';
import { DrivesService } from '../drives/drives.service';
import { DriveCloser } from '../outcomes/drive-closer';
import { ConversionsService } from './conversions.service';
import { holdRows, statementsWaitingForLocks } from '../testing/row-locks';
import { Factories, hohhot as at, MadeDrive } from '../testing/factories';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';

const CHECK_IN = `mutation($id: ID!) { checkIn(signUpId: $id) { id status checkedInAt } }`;
const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { id status volumeMl deferralReason retryOn outcomeAt } }`;
const STATS = `query($id: ID!) { drive(id: $id) { stats { signUps waitlisted cancelled checkedIn donated deferred noShow conversionRate signUpGoal signUpGoalProgress donationGoalProgress } } }`;
const CANCEL = `mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`;
const CHANGE_SHIFT = `mutation($input: ChangeShiftInput!) { changeShift(input: $input) { status } }`;
const CLOSE = `mutation($id: ID!) { closeDrive(id: $id) { status } }`;
const LEADERBOARD = `query($id: ID!) { leaderboard(driveId: $id) { rank team { name code college { name } } signUps checkedIn donated conversionRate } }`;

describe('conversions and leaderboards', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const org = <T = any>(query: string, variables: Record<string, unknown> = {}) => app.ok<T>(query, variables, { token: organizer });

  /** The drives of this file: three shifts (the last of one place) unless told, with goals. */
  const drive = (capacities = [50, 50, 1], input: Record<string, unknown> = {}) => make.drive({ capacities, input: { signUpGoal: 30, donationGoal: 16, ...input } });
  /** Someone on the drive's `shift`-th shift, with a phone of their own (the desk finds people by it). */
  const signUp = (d: MadeDrive, teamCode: string | null, shift = 0, extra: Record<string, unknown> = {}) =>
    make.signUp(d, { shiftId: d.shifts[shift], teamCode, phone: `1381234${String(1000 + make.unique()).slice(-4)}`, ...extra });

  const donate = (id: string, volumeMl = 400) => org(OUTCOME, { id, input: { outsideDriveDays: true, status: 'DONATED', volumeMl } });
  const defer = (id: string) => org(OUTCOME, { id, input: { outsideDriveDays: true, status: 'DEFERRED', deferralReason: 'Low haemoglobin', retryOn: '2031-01-05' } });

  /**
   * The scripted drive: teams from two colleges and one without, walk-ins without a team.
   *   Red Cross (IMU)      5: 3 donated, 1 deferred, 1 registered
   *   Medics (IMU)         4: 3 donated, 1 cancelled
   *   Youth League (INU)   4: 1 checked in, 2 registered (one on the 1-place shift), 1 waitlisted
   *   Astronomy Club (INU) 2: 1 donated, 1 registered
   *   Riders (no college)  2: 1 donated, 1 deferred
   *   no team              2: 1 donated, 1 registered
 * In all: 19 sign-ups, 17 holding a place, 12 came, 9 donated, 2 deferred.
   */
  async function scriptedDrive() {
    const d = await drive();
    const n = make.unique();
    const redCross = await make.team(`Red Cross ${n}`, 'Inner Mongolia University');
    const medics = await make.team(`Medics ${n}`, 'Inner Mongolia University');
    const youth = await make.team(`Youth League ${n}`, 'Inner Mongolia Normal University');
    const astronomy = await make.team(`Astronomy Club ${n}`, 'Inner Mongolia Normal University');
    const riders = await make.team(`Riders ${n}`, null);

    const rc = [];
    for (let i = 0; i < 5; i++) rc.push(await signUp(d, redCross.code));
    await donate(rc[0].id);
    await donate(rc[1].id, 300);
    await org(CHECK_IN, { id: rc[2].id });
    await donate(rc[2].id, 200);
    await defer(rc[3].id);

    const md = [];
    for (let i = 0; i < 4; i++) md.push(await signUp(d, medics.code.toLowerCase()));
    for (let i = 0; i < 3; i++) await donate(md[i].id);
    await app.ok(CANCEL, { t: md[3].manageToken });

    const yl = [await signUp(d, youth.code), await signUp(d, youth.code), await signUp(d, youth.code, 2), await signUp(d, youth.code, 2)];
    expect(yl[3].status).toBe('WAITLISTED');
    await org(CHECK_IN, { id: yl[0].id });

    const ac = [await signUp(d, astronomy.code), await signUp(d, astronomy.code)];
    await donate(ac[0].id);
    const rd = [await signUp(d, riders.code), await signUp(d, riders.code)];
    await donate(rd[0].id);
    await defer(rd[1].id);
    const walkIns = [await signUp(d, null), await signUp(d, null)];
    await donate(walkIns[0].id);
    return { d, teams: { redCross, medics, youth, astronomy, riders }, rc, md, yl, ac, rd, walkIns };
  }

  describe('a scripted drive', () => {
    let script: Awaited<ReturnType<typeof scriptedDrive>>;
    beforeAll(async () => {
      script = await scriptedDrive();
    });

    it('has the exact stats the contract defines', async () => {
      const { drive } = await org(STATS, { id: script.d.id });
      expect(drive.stats).toEqual({
        signUps: 17,
        waitlisted: 1,
        cancelled: 1,
        checkedIn: 12,
        donated: 9,
        deferred: 2,
        noShow: 0,
        conversionRate: 9 / 17,
        signUpGoal: 30,
        signUpGoalProgress: 17 / 30,
        donationGoalProgress: 9 / 16,
      });
    });

    it('reads the stats beside the drive, not after it, in a fragment too; a viewer from another organization starts neither', async () => {
      // The drive's read waits until the counts' read has started (or 2 s): one round trip, not two in a row.
      const drives = app.server.app.get(DrivesService);
      const conversions = app.server.app.get(ConversionsService);
      const get = drives.get.bind(drives);
      const countsByDrive = conversions.countsByDrive.bind(conversions);
      let countsStarted: () => void = () => undefined;
      const started = { drive: 0, counts: 0 };
      const drivesGet = jest.spyOn(drives, 'get').mockImplementation(async (id) => {
        started.drive++;
        const counted = new Promise<boolean>((resolve) => ((countsStarted = () => resolve(true)), setTimeout(() => resolve(false), 2000)));
        expect(await counted).toBe(true);
        return get(id);
      });
      const counts = jest.spyOn(conversions, 'countsByDrive').mockImplementation((ids) => (started.counts++, countsStarted(), countsByDrive(ids)));
      try {
        expect((await org(STATS, { id: script.d.id })).drive.stats).toMatchObject({ signUps: 17, donated: 9 });
        const FRAGMENT = `query($id: ID!) { drive(id: $id) { ...Figures } } fragment Figures on Drive { ... on Drive { stats { signUps } } }`;
        expect((await org(FRAGMENT, { id: script.d.id })).drive.stats).toEqual({ signUps: 17 });
        expect(started).toEqual({ drive: 2, counts: 2 });
        expect(errorCode(await app.gql(STATS, { id: script.d.id }, { token: await app.organizerElsewhere() }))).toBe('NOT_FOUND');
        expect(started).toEqual({ drive: 2, counts: 2 });
      } finally {
        drivesGet.mockRestore();
        counts.mockRestore();
      }
    });

    it('ranks teams by donations, then sign-ups, then name, with their numbers', async () => {
      const { leaderboard } = await org(LEADERBOARD, { id: script.d.id });
      const rows = (board: any[]) => board.map((r: any) => [r.rank, r.team.name.replace(/ \d+$/, ''), r.signUps, r.checkedIn, r.donated, r.conversionRate]);
      expect(rows(leaderboard)).toEqual([
        [1, 'Red Cross', 5, 4, 3, 3 / 5],
        [2, 'Medics', 3, 3, 3, 1],
        [3, 'Astronomy Club', 2, 1, 1, 1 / 2],
        [4, 'Riders', 2, 2, 1, 1 / 2],
        [5, 'Youth League', 3, 1, 0, 0],
      ]);
      expect(leaderboard[0].team).toMatchObject({ code: script.teams.redCross.code, college: { name: 'Inner Mongolia University' } });
      // The public: the same ranks, but no team shows one or two who came without donating.
      expect(rows((await app.ok(LEADERBOARD, { id: script.d.id })).leaderboard)).toEqual([
        [1, 'Red Cross', 5, 3, 3, 3 / 5],
        [2, 'Medics', 3, 3, 3, 1],
        [3, 'Astronomy Club', 2, 1, 1, 1 / 2],
        [4, 'Riders', 2, 1, 1, 1 / 2],
        [5, 'Youth League', 3, 0, 0, 0],
      ]);
    });

    it('breaks the drive down by day and by channel for the dashboard', async () => {
      await app.sql(`UPDATE sign_ups SET channel = 'QR' WHERE id = ANY($1)`, [[script.rc[0].id, script.rc[1].id, script.md[0].id]]);
      const { drive } = await org(`query($id: ID!) { drive(id: $id) { signUpsByDay { day signUps } channels { channel signUps donated } leaderboard { rank } } }`, { id: script.d.id });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      expect(drive.signUpsByDay).toEqual([{ day: today, signUps: 19 }]);
      expect(drive.channels).toEqual([
        { channel: 'LINK', signUps: 14, donated: 6 },
        { channel: 'QR', signUps: 3, donated: 3 },
      ]);
      expect(drive.leaderboard).toHaveLength(5);
    });

    it('ranks colleges over their teams', async () => {
      const COLLEGES = `query($id: ID!) { collegeLeaderboard(driveId: $id) { rank college { name } teams signUps checkedIn donated conversionRate } }`;
      expect((await org(COLLEGES, { id: script.d.id })).collegeLeaderboard).toEqual([
        { rank: 1, college: { name: 'Inner Mongolia University' }, teams: 2, signUps: 8, checkedIn: 7, donated: 6, conversionRate: 6 / 8 },
        { rank: 2, college: { name: 'Inner Mongolia Normal University' }, teams: 2, signUps: 5, checkedIn: 2, donated: 1, conversionRate: 1 / 5 },
      ]);
      // The public: each college the sum of its teams as the team board shows them.
      expect((await app.ok(COLLEGES, { id: script.d.id })).collegeLeaderboard).toEqual([
        { rank: 1, college: { name: 'Inner Mongolia University' }, teams: 2, signUps: 8, checkedIn: 6, donated: 6, conversionRate: 6 / 8 },
        { rank: 2, college: { name: 'Inner Mongolia Normal University' }, teams: 2, signUps: 5, checkedIn: 1, donated: 1, conversionRate: 1 / 5 },
      ]);
    });

    it('shows nothing personal on the public leaderboard', async () => {
      const res = await app.http.post('/graphql').send({ query: LEADERBOARD, variables: { id: script.d.id } });
      expect(JSON.stringify(res.body)).not.toMatch(/@campus\.test|Person \d|\+86/);
      const personal = await app.gql(`query($id: ID!) { leaderboard(driveId: $id) { team { leads { email } } } }`, { id: script.d.id });
      expect(errorCode(personal)).toBe('UNAUTHENTICATED');
    });

    it('answers the top of a board when asked for it, and says how many rows the whole board has', async () => {
      const TOP = `query($id: ID!, $slug: String!, $teams: Int, $colleges: Int) {
        leaderboard(driveId: $id, first: $teams) { rank team { name } }
        collegeLeaderboard(driveId: $id, first: $colleges) { rank college { name } }
        publicDrive(slug: $slug) { teamsRanked collegesRanked } }`;
      const top = await app.ok(TOP, { id: script.d.id, slug: script.d.slug, teams: 2, colleges: 1 }); // anonymous: public
      expect(top.leaderboard.map((r: any) => [r.rank, r.team.name.replace(/ \d+$/, '')])).toEqual([
        [1, 'Red Cross'],
        [2, 'Medics'],
      ]);
      expect(top.collegeLeaderboard).toEqual([{ rank: 1, college: { name: 'Inner Mongolia University' } }]);
      // Five teams with a sign-up (the walk-ins are no team), two colleges (Riders have none).
      expect(top.publicDrive).toEqual({ teamsRanked: 5, collegesRanked: 2 });
      // Asking for more than there are is every row.
      expect((await app.ok(TOP, { id: script.d.id, slug: script.d.slug, teams: 1000 })).leaderboard).toHaveLength(5);

      const { drive } = await org(`query($id: ID!) { drive(id: $id) { teamsRanked collegesRanked leaderboard(first: 3) { rank } collegeLeaderboard(first: 1) { rank } } }`, {
        id: script.d.id,
      });
      expect(drive).toEqual({ teamsRanked: 5, collegesRanked: 2, leaderboard: [{ rank: 1 }, { rank: 2 }, { rank: 3 }], collegeLeaderboard: [{ rank: 1 }] });
    });

    it('refuses a board length out of range on every board, field by field', async () => {
      for (const first of [0, -1, 1001]) {
        expect(badFields(await app.gql(`query($id: ID!, $first: Int) { leaderboard(driveId: $id, first: $first) { rank } }`, { id: script.d.id, first }))).toEqual(['first']);
        expect(badFields(await app.gql(`query($id: ID!, $first: Int) { collegeLeaderboard(driveId: $id, first: $first) { rank } }`, { id: script.d.id, first }))).toEqual([
          'first',
        ]);
        const drive = await app.gql(`query($id: ID!, $first: Int) { drive(id: $id) { leaderboard(first: $first) { rank } } }`, { id: script.d.id, first }, { token: organizer });
        expect(badFields(drive)).toEqual(['first']);
      }
      // The length is checked before the drive is looked for: the same answer for a drive that does not exist.
      expect(badFields(await app.gql(`{ leaderboard(driveId: "nope", first: 0) { rank } }`))).toEqual(['first']);
    });

    it('lists the drive’s sign-ups for organizers with filters, search and stable paging', async () => {
      const list = `query($id: ID!, $first: Int, $after: String, $status: SignUpStatus, $teamId: ID, $collegeId: ID, $search: String) {
        signUps(driveId: $id, first: $first, after: $after, status: $status, teamId: $teamId, collegeId: $collegeId, search: $search) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status volunteer { name email } shift { id } team { name } } } } }`;
      const all = await org(list, { id: script.d.id, first: 200 });
      expect(all.signUps.totalCount).toBe(19);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await org(list, { id: script.d.id, first: 4, after });
        seen.push(...page.signUps.edges.map((e: any) => e.node.id));
        after = page.signUps.pageInfo.hasNextPage ? page.signUps.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.signUps.edges.map((e: any) => e.node.id));
      expect((await org(list, { id: script.d.id, status: 'DONATED' })).signUps.totalCount).toBe(9);
      expect((await org(list, { id: script.d.id, teamId: script.teams.medics.id })).signUps.totalCount).toBe(4);
      const college = await org(`{ colleges(search: "Normal") { id } }`);
      expect((await org(list, { id: script.d.id, collegeId: college.colleges[0].id })).signUps.totalCount).toBe(6);
      const found = await org(list, { id: script.d.id, search: script.rc[0].email.toUpperCase() });
      expect(found.signUps.edges.map((e: any) => e.node.id)).toEqual([script.rc[0].id]);
      expect(badFields(await app.gql(list, { id: script.d.id, after: 'garbage' }, { token: organizer }))).toEqual(['after']);
    });

    it('lists sign-ups in a fixed number of queries, whatever the page size', async () => {
      const list = `query($id: ID!, $first: Int) { signUps(driveId: $id, first: $first) { edges { node { volunteer { name } shift { startsAt } team { name college { name } } } } } }`;
      const count = async (first: number) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        await org(list, { id: script.d.id, first });
        const queries = spy.mock.calls.length;
        spy.mockRestore();
        return queries;
      };
      expect(await count(19)).toBe(await count(2));
    });

    it('finds people at the check-in desk by name, phone, e-mail or manage link', async () => {
      const desk = `query($id: ID!, $text: String!) { checkInSearch(driveId: $id, text: $text) { id volunteer { name } } }`;
      const person = script.yl[1];
      const [row] = await app.sql(`SELECT v.name, v.phone FROM volunteers v WHERE v.email = $1`, [person.email]);
      const ids = async (text: string) => (await org(desk, { id: script.d.id, text })).checkInSearch.map((s: any) => s.id);
      expect(await ids(row.name)).toContain(person.id);
      expect(await ids(row.phone.replace('+86', ''))).toEqual([person.id]);
      expect(await ids(person.email)).toEqual([person.id]);
      expect(await ids(`http://localhost/m/${person.manageToken}`)).toEqual([person.id]);
      expect(await ids('nobody by this name')).toEqual([]);
    });

    it('lets team leads see their own team’s standing and members, and nothing of other teams', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      await org(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: script.teams.redCross.id, u: lead.id });
      const mine = await app.ok(
        `{ myTeams { team { name } totals { signUps donated } drives { driveId rank teamsRanked stats { signUps checkedIn donated conversionRate } } } }`,
        {},
        { token: lead.token },
      );
      expect(mine.myTeams).toHaveLength(1);
      expect(mine.myTeams[0].drives).toEqual([{ driveId: script.d.id, rank: 1, teamsRanked: 5, stats: { signUps: 5, checkedIn: 3, donated: 3, conversionRate: 0.6 } }]);

      const members = `query($t: ID!) { teamSignUps(teamId: $t) { totalCount edges { node { name attendance } } } }`;
      const own = await app.ok(members, { t: script.teams.redCross.id }, { token: lead.token });
      expect(own.teamSignUps.totalCount).toBe(5);
      // Outcomes are health data: the lead sees who came.
      expect(own.teamSignUps.edges.map((e: any) => e.node.attendance).sort()).toEqual(['CAME', 'CAME', 'CAME', 'CAME', 'REGISTERED']);
      expect(errorCode(await app.gql(members, { t: script.teams.medics.id }, { token: lead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(`query($id: ID!) { signUps(driveId: $id) { totalCount } }`, { id: script.d.id }, { token: lead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(STATS, { id: script.d.id }, { token: lead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(`query($id: ID!) { signUps(driveId: $id) { totalCount } }`, { id: script.d.id }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('what team leads and the public learn of a closed drive', () => {
    /**
     * Lifeblood: 2 donated, 1 deferred, 1 never came; Big Hearts: 3 donated, 3 deferred, both of
     * one college; one walk-in without a team, deferred. In all 5 donated and 5 deferred.
     */
    async function closedDrive() {
      const d = await drive([50]);
      const n = make.unique();
      const lifeblood = await make.team(`Lifeblood ${n}`, `Hohhot Medical College ${n}`);
      const big = await make.team(`Big Hearts ${n}`, `Hohhot Medical College ${n}`);
      const lb = [];
      for (let i = 0; i < 4; i++) lb.push(await signUp(d, lifeblood.code));
      await donate(lb[0].id);
      await donate(lb[1].id);
      await defer(lb[2].id);
      for (let i = 0; i < 6; i++) {
        const person = await signUp(d, big.code);
        await (i < 3 ? donate(person.id) : defer(person.id));
      }
      await defer((await signUp(d, null)).id);
      // The public drive (and its totals) is gone once the drive closes: what it showed last.
      const totals = await app.ok(`query($slug: String!) { publicDrive(slug: $slug) { stats { signUps waitlisted cancelled checkedIn donated conversionRate } } }`, { slug: d.slug });
      await org(CLOSE, { id: d.id });
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      await org(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: lifeblood.id, u: lead.id });
      return { d, lifeblood, big, lead, totals: totals.publicDrive.stats };
    }

    let closed: Awaited<ReturnType<typeof closedDrive>>;
    beforeAll(async () => {
      closed = await closedDrive();
    });

    const BOARDS = `query($id: ID!) {
      leaderboard(driveId: $id) { rank team { name } signUps checkedIn donated deferred conversionRate }
      collegeLeaderboard(driveId: $id) { rank teams signUps checkedIn donated deferred conversionRate } }`;
    const rows = (data: any) => data.leaderboard.map((r: any) => ({ ...r, team: r.team.name.replace(/ \d+$/, '') }));

    it('shows a team lead who of their team came, and nothing of what the screening said', async () => {
      const every = `query($t: ID!) { teamSignUps(teamId: $t) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename id name attendance driveTitle shiftStartsAt signedUpAt } } } }`;
      const res = await app.http.post('/graphql').set('Authorization', `Bearer ${closed.lead.token}`).send({ query: every, variables: { t: closed.lifeblood.id } });
      expect(res.body.errors).toBeUndefined();
      const attendance = res.body.data.teamSignUps.edges.map((e: any) => e.node.attendance).sort();
      expect(attendance).toEqual(['CAME', 'CAME', 'CAME', 'DID_NOT_COME']);
      expect(JSON.stringify(res.body)).not.toMatch(/DONATED|DEFERRED|NO_SHOW|CHECKED_IN|Low haemoglobin|2031-01-05|volume|blood ?type/i);
      // The outcome is not there to be asked for.
      const status = await app.gql(`query($t: ID!) { teamSignUps(teamId: $t) { edges { node { status } } } }`, { t: closed.lifeblood.id }, { token: closed.lead.token });
      expect(status.errors?.[0].message).toMatch(/Cannot query field "status"/);
    });

    it('shows a team lead their standing without a deferral count', async () => {
      const mine = await app.ok(
        `{ myTeams { totals { signUps checkedIn donated conversionRate } drives { rank teamsRanked stats { signUps waitlisted cancelled checkedIn donated conversionRate } } } }`,
        {},
        { token: closed.lead.token },
      );
      // Three came, two donated: the one deferred is not told by "came".
      expect(mine.myTeams).toEqual([
        {
          totals: { signUps: 4, checkedIn: 2, donated: 2, conversionRate: 0.5 },
          drives: [{ rank: 2, teamsRanked: 2, stats: { signUps: 4, waitlisted: 0, cancelled: 0, checkedIn: 2, donated: 2, conversionRate: 0.5 } }],
        },
      ]);
      for (const field of ['deferred', 'noShow']) {
        const asked = await app.gql(`{ myTeams { drives { stats { ${field} } } } }`, {}, { token: closed.lead.token });
        expect(asked.errors?.[0].message).toMatch(new RegExp(`Cannot query field "${field}"`));
      }
    });

    it('shows the public and team leads no deferral count, and came-without-donating only from three people up', async () => {
      const expected = {
        leaderboard: [
          { rank: 1, team: 'Big Hearts', signUps: 6, checkedIn: 6, donated: 3, deferred: null, conversionRate: 0.5 },
          { rank: 2, team: 'Lifeblood', signUps: 4, checkedIn: 2, donated: 2, deferred: null, conversionRate: 0.5 },
        ],
        collegeLeaderboard: [{ rank: 1, teams: 2, signUps: 10, checkedIn: 8, donated: 5, deferred: null, conversionRate: 0.5 }],
      };
      for (const token of [undefined, closed.lead.token]) {
        const data = await app.ok(BOARDS, { id: closed.d.id }, { token });
        expect({ ...data, leaderboard: rows(data) }).toEqual(expected);
      }
      // The walk-in is withheld too: the drive's totals add up what the boards show and those without a team.
      expect(closed.totals).toEqual({ signUps: 11, waitlisted: 0, cancelled: 0, checkedIn: 8, donated: 5, conversionRate: 5 / 11 });
      const deferred = await app.gql(`query($slug: String!) { publicDrive(slug: $slug) { stats { deferred } } }`, { slug: 'any' });
      expect(deferred.errors?.[0].message).toMatch(/Cannot query field "deferred"/);
    });

    it('shows organizers every deferral', async () => {
      const data = await org(BOARDS, { id: closed.d.id });
      expect(rows(data)).toEqual([
        { rank: 1, team: 'Big Hearts', signUps: 6, checkedIn: 6, donated: 3, deferred: 3, conversionRate: 0.5 },
        { rank: 2, team: 'Lifeblood', signUps: 4, checkedIn: 3, donated: 2, deferred: 1, conversionRate: 0.5 },
      ]);
      expect(data.collegeLeaderboard).toEqual([{ rank: 1, teams: 2, signUps: 10, checkedIn: 9, donated: 5, deferred: 4, conversionRate: 0.5 }]);
      const { drive: own } = await org(`query($id: ID!) { drive(id: $id) { stats { checkedIn deferred noShow } leaderboard { team { name } checkedIn deferred } } }`, { id: closed.d.id });
      expect(own.stats).toEqual({ checkedIn: 10, deferred: 5, noShow: 1 });
      expect(own.leaderboard.map((r: any) => [r.checkedIn, r.deferred])).toEqual([
        [6, 3],
        [3, 1],
      ]);
    });
  });

  describe('outcomes', () => {
    it('refuse illegal moves with CONFLICT and incomplete outcomes field by field', async () => {
      const d = await drive([5, 5, 1]);
      const cancelled = await signUp(d, null);
      await app.ok(CANCEL, { t: cancelled.manageToken });
      const refused = await app.gql(OUTCOME, { id: cancelled.id, input: { outsideDriveDays: true, status: 'DONATED', volumeMl: 400 } }, { token: organizer });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'This sign-up was cancelled; the person can sign up again first.',
        extensions: { code: 'CONFLICT', key: 'outcomeOfCancelled' },
      });
      const inChinese = await app.gql(CHECK_IN, { id: cancelled.id }, { token: organizer, headers: { 'accept-language': 'zh-CN' } });
      expect(inChinese.errors?.[0]).toMatchObject({ message: '此报名已取消；请此人先重新报名。', extensions: { code: 'CONFLICT' } });
      expect(errorCode(await app.gql(CHECK_IN, { id: cancelled.id }, { token: organizer }))).toBe('CONFLICT');
      await signUp(d, null, 2);
      const waiting = await signUp(d, null, 2);
      expect(errorCode(await app.gql(CHECK_IN, { id: waiting.id }, { token: organizer }))).toBe('CONFLICT');

      const person = await signUp(d, null);
      expect(badFields(await app.gql(OUTCOME, { id: person.id, input: { outsideDriveDays: true, status: 'DONATED' } }, { token: organizer }))).toEqual(['volumeMl']);
      expect(badFields(await app.gql(OUTCOME, { id: person.id, input: { outsideDriveDays: true, status: 'DEFERRED' } }, { token: organizer }))).toEqual(['deferralReason']);
      expect(badFields(await app.gql(OUTCOME, { id: person.id, input: { outsideDriveDays: true, status: 'REGISTERED' } }, { token: organizer }))).toEqual(['status']);
      expect(badFields(await app.gql(OUTCOME, { id: person.id, input: { outsideDriveDays: true, status: 'DONATED', volumeMl: 5000 } }, { token: organizer }))).toEqual(['volumeMl']);
      expect(errorCode(await app.gql(CHECK_IN, { id: '00000000-0000-4000-8000-000000000000' }, { token: organizer }))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(CHECK_IN, { id: 'not-an-id' }, { token: organizer }))).toBe('NOT_FOUND');

      await donate(person.id);
      expect(errorCode(await app.gql(CHECK_IN, { id: person.id }, { token: organizer }))).toBe('CONFLICT'); // a late tap does not undo a donation
    });

    it('checks in once, however often the desk taps', async () => {
      const d = await drive();
      const person = await signUp(d, null);
      const first = await org(CHECK_IN, { id: person.id });
      const second = await org(CHECK_IN, { id: person.id });
      expect(second.checkIn).toEqual(first.checkIn);
      expect(await app.sql(`SELECT count(*)::int AS n FROM sign_up_events WHERE sign_up_id = $1`, [person.id])).toEqual([{ n: 1 }]);
    });

    it('can be corrected by an organizer, and the correction is kept in the audit trail', async () => {
      const d = await drive();
      const person = await signUp(d, null);
      await donate(person.id);
      await defer(person.id);
      const { drive: after } = await org(STATS, { id: d.id });
      expect(after.stats).toMatchObject({ donated: 0, deferred: 1, checkedIn: 1 });
      const events = await org(`query($id: ID!) { signUps(driveId: $id) { edges { node { retryOn deferralReason volumeMl events { fromStatus toStatus correction actorName } } } } }`, { id: d.id });
      const node = events.signUps.edges[0].node;
      expect(node).toMatchObject({ retryOn: '2031-01-05', deferralReason: 'Low haemoglobin', volumeMl: null });
      expect(node.events).toEqual([
        { fromStatus: 'REGISTERED', toStatus: 'CHECKED_IN', correction: false, actorName: expect.stringContaining('ORGANIZER') },
        { fromStatus: 'CHECKED_IN', toStatus: 'DONATED', correction: false, actorName: expect.any(String) },
        { fromStatus: 'DONATED', toStatus: 'DEFERRED', correction: true, actorName: expect.any(String) },
      ]);
    });

    it('wait for a shift locked for a change (a cancellation, a move) before touching its sign-up, but not for a sign-up taking a place', async () => {
      const d = await drive();
      const person = await signUp(d, null);
      // A cancellation holds the shift: the check-in waits at its first statement, holding nothing
      // that the cancellation (or the waitlist it moves up) could need next.
      const held = await holdRows(app, 'SELECT 1 FROM shifts WHERE id = $1 FOR UPDATE', [d.shifts[0]]);
      try {
        const pending = org(CHECK_IN, { id: person.id });
        const waiting = await statementsWaitingForLocks(app, 1);
        expect(waiting).toEqual([expect.stringMatching(/^SELECT sh\.id FROM sign_ups s JOIN shifts sh .* FOR KEY SHARE OF sh$/)]);
        await held.release();
        expect((await pending).checkIn.status).toBe('CHECKED_IN');
      } finally {
        await held.end();
      }
      // A sign-up taking a place updates the shift without locking it for update: the desk goes on.
      const placing = await holdRows(app, 'UPDATE shifts SET registered_count = registered_count WHERE id = $1', [d.shifts[0]]);
      try {
        expect((await donate(person.id)).recordOutcome.status).toBe('DONATED');
      } finally {
        await placing.end();
      }
    });

    it('follow a sign-up that moved to another shift while they waited for its first one', async () => {
      const d = await drive();
      const person = await signUp(d, null, 0);
      // A move holds the sign-up's shift, and commits it on another shift while the check-in waits.
      const move = await holdRows(app, 'SELECT 1 FROM shifts WHERE id = ANY($1) ORDER BY id FOR UPDATE', [[d.shifts[0], d.shifts[1]]]);
      try {
        const pending = org(CHECK_IN, { id: person.id });
        expect(await statementsWaitingForLocks(app, 1)).toHaveLength(1);
        await move.query(`UPDATE sign_ups SET shift_id = $2 WHERE id = $1`, [person.id, d.shifts[1]]);
        await move.query(`UPDATE shifts SET registered_count = registered_count + CASE WHEN id = $1 THEN -1 ELSE 1 END WHERE id = ANY($2)`, [d.shifts[0], [d.shifts[0], d.shifts[1]]]);
        await move.release();
        expect((await pending).checkIn.status).toBe('CHECKED_IN');
      } finally {
        await move.end();
      }
      const counts = await app.sql(`SELECT shift_id, registered, checked_in FROM shift_stats WHERE drive_id = $1 ORDER BY shift_id`, [d.id]);
      expect(counts.filter((c) => c.registered + c.checked_in > 0)).toEqual([{ shift_id: d.shifts[1], registered: 0, checked_in: 1 }]);
    });

    it('are for organizers only', async () => {
      const d = await drive();
      const person = await signUp(d, null);
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      expect(errorCode(await app.gql(CHECK_IN, { id: person.id }, { token: lead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(CHECK_IN, { id: person.id }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('closing a drive', () => {
    it('marks everyone still registered as no-show, and a no-show who came can be corrected', async () => {
      const d = await drive();
      const came = await signUp(d, null);
      const absent = await signUp(d, null);
      await donate(came.id);
      await org(CLOSE, { id: d.id });
      expect((await org(STATS, { id: d.id })).drive.stats).toMatchObject({ signUps: 2, donated: 1, noShow: 1, checkedIn: 1 });
      await org(CHECK_IN, { id: absent.id });
      expect((await org(STATS, { id: d.id })).drive.stats).toMatchObject({ noShow: 0, checkedIn: 2 });
    });

    it('waits for a change holding one of its shifts, and holds them all before marking anyone', async () => {
      const d = await drive();
      const absent = await signUp(d, null, 1);
      const held = await holdRows(app, 'SELECT 1 FROM shifts WHERE id = $1 FOR UPDATE', [d.shifts[1]]);
      try {
        const closing = org(CLOSE, { id: d.id });
        const waiting = await statementsWaitingForLocks(app, 1);
        expect(waiting).toEqual([expect.stringMatching(/^SELECT id FROM shifts WHERE drive_id = \$1 ORDER BY id FOR UPDATE$/)]);
        expect(await app.sql(`SELECT status FROM sign_ups WHERE id = $1`, [absent.id])).toEqual([{ status: 'REGISTERED' }]);
        await held.release();
        expect((await closing).closeDrive.status).toBe('CLOSED');
      } finally {
        await held.end();
      }
      expect((await org(STATS, { id: d.id })).drive.stats).toMatchObject({ signUps: 1, noShow: 1 });
    });

    it('happens by itself some hours after a drive ends, once however many processes run', async () => {
      const past = await drive([5], { startsAt: at(8, '2020-06-14'), endsAt: at(20, '2020-06-14'), shifts: [{ startsAt: at(9, '2020-06-14'), endsAt: at(11, '2020-06-14'), capacity: 5 }] });
      await signUp(past, null, 0, { birthDate: null });
      const closer = app.server.app.get(DriveCloser);
      const [a, b] = await Promise.all([closer.closeEndedDrives(), closer.closeEndedDrives()]);
      expect(a + b).toBeGreaterThanOrEqual(1);
      expect(await app.sql(`SELECT status FROM drives WHERE id = $1`, [past.id])).toEqual([{ status: 'CLOSED' }]);
      expect((await org(STATS, { id: past.id })).drive.stats.noShow).toBe(1);
    });
  });

  describe('counts by shift', () => {
    it('match every shift’s sign-ups through the waitlist, cancellations, moves, outcomes, closing and corrections', async () => {
      const d = await drive([3, 1]);
      const [a, b] = [await signUp(d, null, 0), await signUp(d, null, 0)];
      const [c, e, f] = [await signUp(d, null, 1), await signUp(d, null, 1), await signUp(d, null, 1)];
      expect([c.status, e.status, f.status]).toEqual(['REGISTERED', 'WAITLISTED', 'WAITLISTED']);
      await app.ok(CANCEL, { t: c.manageToken }); // e moves up
      await app.ok(CHANGE_SHIFT, { input: { manageToken: e.manageToken, shiftId: d.shifts[0] } }); // f moves up
      await org(CHECK_IN, { id: a.id });
      await donate(b.id);
      await defer(e.id);
      await org(CLOSE, { id: d.id }); // a stays checked in; f never came
      await org(CHECK_IN, { id: f.id }); // f did come after all
      await donate(f.id);

      const kept = await app.sql(
        `SELECT shift_id, registered, waitlisted, cancelled, checked_in, donated, deferred, no_show FROM shift_stats WHERE drive_id = $1 ORDER BY shift_id`,
        [d.id],
      );
      const recounted = await app.sql(
        `SELECT shift_id, count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
                count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled, count(*) FILTER (WHERE status = 'CHECKED_IN')::int AS checked_in,
                count(*) FILTER (WHERE status = 'DONATED')::int AS donated, count(*) FILTER (WHERE status = 'DEFERRED')::int AS deferred,
                count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_show
           FROM sign_ups WHERE drive_id = $1 GROUP BY shift_id ORDER BY shift_id`,
        [d.id],
      );
      expect(kept).toEqual(recounted);
      expect(kept.find((r) => r.shift_id === d.shifts[0])).toMatchObject({ checked_in: 1, donated: 1, deferred: 1 });
      expect(kept.find((r) => r.shift_id === d.shifts[1])).toMatchObject({ cancelled: 1, donated: 1, registered: 0, waitlisted: 0 });
      expect((await org(STATS, { id: d.id })).drive.stats).toMatchObject({ signUps: 4, waitlisted: 0, cancelled: 1, checkedIn: 4, donated: 2, deferred: 1, noShow: 0 });
    });
  });

  describe('donor history', () => {
    it('counts donations across drives, the next eligible day and milestones', async () => {
      const first = await drive();
      const person = await signUp(first, null);
      await donate(person.id, 400);
      const [v] = await app.sql(`SELECT id FROM volunteers WHERE email = $1`, [person.email]);
      const history = await org(`query($id: ID!) { volunteer(id: $id) { email donorHistory { donationCount totalVolumeMl lastDonatedOn nextEligible { kind date } milestones } signUps { status } } }`, { id: v.id });
      // Counted from the drive's day (2030-12-05), not the day the outcome was typed in: 180 days
      // on for whole blood, 90 for platelets after whole blood.
      expect(history.volunteer.donorHistory).toEqual({
        donationCount: 1,
        totalVolumeMl: 400,
        lastDonatedOn: '2030-12-05',
        nextEligible: [
          { kind: 'WHOLE_BLOOD', date: '2031-06-03' },
          { kind: 'PLATELETS', date: '2031-03-05' },
        ],
        milestones: [1],
      });
      expect(history.volunteer.signUps).toEqual([{ status: 'DONATED' }]);
    });
  });

  describe('campaigns', () => {
    it('sum their drives against their own goals and rank teams over all of them', async () => {
      const { createCampaign } = await org(`mutation { createCampaign(input: { name: "Registry week", signUpGoal: 4 }) { id } }`);
      const one = await drive([10], { campaignId: createCampaign.id });
      const two = await drive([10], { campaignId: createCampaign.id });
      const club = await make.team(`Campus club ${make.unique()}`, 'Hohhot Vocational College');
      await donate((await signUp(one, club.code)).id);
      await signUp(two, club.code);
      await signUp(two, null);
      const { campaign } = await org(
        `query($id: ID!) { campaign(id: $id) { name drives { id } stats { signUps donated signUpGoalProgress } leaderboard { rank team { name } signUps donated } } }`,
        { id: createCampaign.id },
      );
      expect(campaign.drives.map((d: any) => d.id).sort()).toEqual([one.id, two.id].sort());
      expect(campaign.stats).toEqual({ signUps: 3, donated: 1, signUpGoalProgress: 0.75 });
      expect(campaign.leaderboard).toEqual([{ rank: 1, team: { name: expect.stringContaining('Campus club') }, signUps: 2, donated: 1 }]);
      const other = await make.team(`Campus choir ${make.unique()}`, 'Hohhot Vocational College');
      await signUp(one, other.code);
      const boards = await org(`query($id: ID!) { campaign(id: $id) { leaderboard(first: 1) { rank team { name } } collegeLeaderboard(first: 1) { rank teams } } }`, {
        id: createCampaign.id,
      });
      expect(boards.campaign).toEqual({ leaderboard: [{ rank: 1, team: { name: expect.stringContaining('Campus club') } }], collegeLeaderboard: [{ rank: 1, teams: 2 }] });
      expect(badFields(await app.gql(`query($id: ID!) { campaign(id: $id) { leaderboard(first: 1001) { rank } } }`, { id: createCampaign.id }, { token: organizer }))).toEqual([
        'first',
      ]);
      expect(badFields(await app.gql(`mutation($input: CreateDriveInput!) { createDrive(input: $input) { id } }`, {
        input: { title: 'x', kind: 'GENERAL', location: 'y', startsAt: at(8), endsAt: at(9), campaignId: '00000000-0000-4000-8000-000000000000' },
      }, { token: organizer }))).toEqual(['campaignId']);
    });
  });

  describe('the leaderboard of a draft', () => {
    it('is seen by organizers only', async () => {
      const createDrive = await make.drive({ status: 'DRAFT', input: { title: 'Quiet draft', kind: 'GENERAL' } });
      expect(errorCode(await app.gql(LEADERBOARD, { id: createDrive.id }))).toBe('NOT_FOUND');
      expect((await org(LEADERBOARD, { id: createDrive.id })).leaderboard).toEqual([]);
      expect((await org(`query($id: ID!) { drive(id: $id) { teamsRanked collegesRanked } }`, { id: createDrive.id })).drive).toEqual({ teamsRanked: 0, collegesRanked: 0 });
      expect(errorCode(await app.gql(LEADERBOARD, { id: 'nope' }))).toBe('NOT_FOUND');
    });
  });
});
