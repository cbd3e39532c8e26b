// The boards are ranked by PostgreSQL (board-ranking.ts); libs/domain's rankBy is the reference.
// The counts are written straight into drive_team_stats (what the sign_ups triggers keep), so
// that every kind of tie can be made without hundreds of sign-ups.
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { MIN_DISCLOSED_GROUP, Ranking, Role } from '@life-relay/domain';
import { SLICE_ROWS } from '../common/graphql/sliced-list';
import { Factories } from '../testing/factories';
import { createTestApp, TestApp } from '../testing/test-app';
import { BOARD_BATCH_ROWS, CollegeCountRow, collegeBoardOf, ConversionsService, TEAM_COUNT_COLUMNS, teamBoardOf, TeamCountRow } from './conversions.service';
import type { Audience } from './ranked-boards';
import { BoardRenderer } from './board-rendering/board-renderer';

type Counts = [registered: number, waitlisted: number, cancelled: number, checkedIn: number, donated: number, deferred: number, noShow: number];

describe('boards ranked by PostgreSQL', () => {
  let app: TestApp;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    make = new Factories(app, (await app.userWithRole(Role.ORGANIZER)).token);
  });
  afterAll(() => app.close());

  const conversions = () => app.server.app.get(ConversionsService);

  async function counts(driveId: string, teamId: string, c: Counts) {
    await app.sql(
      `INSERT INTO drive_team_stats (drive_id, team_key, team_id, registered, waitlisted, cancelled, checked_in, donated, deferred, no_show)
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [driveId, teamId, ...c],
    );
  }

  /** The rows the reference ranks: every team-and-drive row of the drives, as the board read them before. */
  const teamRows = (driveIds: string[]): Promise<TeamCountRow[]> =>
    app.sql(
      `SELECT t.id, t.name, t.code, t.organization_id, t.college_id, t.created_at, c.name AS college_name, ${TEAM_COUNT_COLUMNS}
         FROM drive_team_stats s JOIN teams t ON t.id = s.team_id LEFT JOIN colleges c ON c.id = t.college_id
        WHERE s.drive_id = ANY($1)`,
      [driveIds],
    );
  const collegeRows = (driveIds: string[]): Promise<CollegeCountRow[]> =>
    app.sql(
      `SELECT c.id AS college_id, c.name AS college_name, s.team_id, ${TEAM_COUNT_COLUMNS}
         FROM drive_team_stats s JOIN teams t ON t.id = s.team_id JOIN colleges c ON c.id = t.college_id
        WHERE s.drive_id = ANY($1)`,
      [driveIds],
    );

  it('ranks teams and colleges exactly as the domain’s rankBy does, on ties of every kind, for every ranking and audience', async () => {
    const [first, second] = [await make.drive(), await make.drive()];
    const n = make.unique();
    // Names that tie on every figure and differ only where orders disagree: case, accents, a
    // prefix, and a character above U+FFFF against one from U+E000 to U+FFFF (UTF-16 order puts
    // the emoji first, code point order the full-width letter).
    const names = [`b ${n}`, `B ${n}`, `é ${n}`, `e ${n}`, `e ${n} x`, `😀 ${n}`, `Ａ ${n}`, `Zed ${n}`, `Yak ${n}`, `Owl ${n}`, `Elk ${n}`, `Ant ${n}`, `Cat ${n}`];
    const colleges = [`College 😀 ${n}`, `College Ａ ${n}`, `College a ${n}`, null];
    const teams = [];
    for (const [i, name] of names.entries()) teams.push(await make.team(name, colleges[i % colleges.length]));
    const tied: Counts = [2, 1, 1, 1, 3, 1, 1]; // 8 sign-ups, 3 donated, 2 came without a donation (withheld from the public)
    for (const team of teams.slice(0, 7)) await counts(first.id, team.id, tied);
    // 1/3 and 2/6: the same rate; 3 came without a donation (shown) against 2 (withheld).
    await counts(first.id, teams[7].id, [1, 0, 0, 1, 1, 1, 0]);
    await counts(first.id, teams[8].id, [2, 0, 0, 2, 2, 1, 1]);
    await counts(first.id, teams[9].id, [0, 3, 2, 0, 0, 0, 0]); // nobody holding a place: 0 sign-ups, yet on the board
    await counts(first.id, teams[10].id, [0, 0, 0, 0, 0, 0, 0]); // nothing at all: not on the board
    // Summed over two drives: withheld in each (2 + 2) is not shown as 4.
    await counts(first.id, teams[11].id, [0, 0, 0, 2, 3, 0, 3]);
    await counts(second.id, teams[11].id, [0, 0, 0, 1, 0, 1, 6]);
    await counts(second.id, teams[12].id, [5, 0, 0, 0, 3, 0, 0]);
    // Sign-ups without a team, counted under the nil key, with better figures than any team: on
    // no board, and no top rows are one short for them.
    await app.sql(
      `INSERT INTO drive_team_stats (drive_id, team_key, team_id, donated) VALUES ($1, '00000000-0000-0000-0000-000000000000', NULL, 50), ($2, '00000000-0000-0000-0000-000000000000', NULL, 50)`,
      [first.id, second.id],
    );

    const boards: string[] = [];
    for (const driveIds of [[first.id], [first.id, second.id]]) {
      const [rows, collegeCounts] = [await teamRows(driveIds), await collegeRows(driveIds)];
      for (const ranking of Object.values(Ranking)) {
        for (const audience of ['organizers', 'public'] as Audience[]) {
          const board = await conversions().teamLeaderboard(driveIds, Infinity, audience, ranking);
          expect(board).toEqual(teamBoardOf(rows, Infinity, audience, ranking));
          // A top cuts through ties that only the names decide, and past the sign-ups without a team.
          expect(await conversions().teamLeaderboard(driveIds, 4, audience, ranking)).toEqual(board.slice(0, 4));
          const collegeBoard = await conversions().collegeLeaderboardOf(driveIds, Infinity, audience, ranking);
          expect(collegeBoard).toEqual(collegeBoardOf(collegeCounts, Infinity, audience, ranking));
          // ... and past the teams without a college, summed under no key.
          expect(await conversions().collegeLeaderboardOf(driveIds, 2, audience, ranking)).toEqual(collegeBoard.slice(0, 2));
          boards.push(board.map((r) => r.team.name).join('|'));
        }
      }
    }
    // The data does tell the rankings apart, and the empty team is on no board.
    expect(new Set(boards).size).toBeGreaterThan(3);
    expect(boards.every((b) => !b.includes(`Elk ${n}`))).toBe(true);
    const byDonated = await conversions().teamLeaderboard([first.id], Infinity, 'public', Ranking.DONATED);
    // Ant ties with the seven on both figures (3 donated of 8) and goes by name as they do.
    expect(byDonated.slice(0, 8).map((r) => r.team.name)).toEqual([`Ant ${n}`, `B ${n}`, `b ${n}`, `e ${n}`, `e ${n} x`, `é ${n}`, `Ａ ${n}`, `😀 ${n}`]);
    expect(byDonated[0]).toMatchObject({ signUps: 8, donated: 3, checkedIn: 3, deferred: null });
    expect(MIN_DISCLOSED_GROUP).toBe(3);
  });

  it('answers a long board whole, every row in rank order over several slices, as its top rows and the reference rank it', async () => {
    const d = await make.drive();
    const n = make.unique();
    const teamCount = BOARD_BATCH_ROWS + 2 * SLICE_ROWS + 37; // two batches read, several slices answered
    const seed = await make.team(`Seed ${n}`, `College ${n}`);
    const [{ organization_id: organizationId, college_id: collegeId }] = await app.sql(`SELECT organization_id, college_id FROM teams WHERE id = $1`, [seed.id]);
    // Hundreds of teams in one statement, not hundreds of createTeam calls: only their counts
    // matter here. Every seventh has no college; the counts repeat, so most rows tie on a figure.
    await app.sql(
      `INSERT INTO teams (name, code, organization_id, college_id)
       SELECT 'Long ' || $3 || ' ' || lpad(i::text, 3, '0'), 'Z' || translate(lpad(i::text, 5, '0'), '01', 'AB'), $1, CASE WHEN i % 7 <> 0 THEN $2::uuid END
         FROM generate_series(1, $4::int) i`,
      [organizationId, collegeId, n, teamCount],
    );
    await app.sql(
      `INSERT INTO drive_team_stats (drive_id, team_key, team_id, registered, checked_in, donated, deferred)
       SELECT $1, t.id, t.id, 1 + i % 5, i % 3, i % 11, i % 4
         FROM (SELECT id, row_number() OVER (ORDER BY name) AS i FROM teams WHERE name LIKE 'Long ' || $2 || ' %') t`,
      [d.id, n],
    );
    const fields = `rank team { id name code createdAt college { name } } signUps checkedIn donated deferred conversionRate`;
    const organizer = make.organizerToken;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const fetches = () => spy.mock.calls.filter((call) => String(call[0]).startsWith('FETCH ')).length;
    const renderer = app.server.app.get(BoardRenderer);
    let whole;
    try {
      // Long, and every field answered from the rows: read, completed and written by the board worker.
      const rendered = renderer.boardsRendered;
      whole = (await app.ok(`query($id: ID!) { leaderboard(driveId: $id) { ${fields} } }`, { id: d.id }, { token: organizer })).leaderboard;
      expect(renderer.boardsRendered).toBe(rendered + 1);
      expect(spy.mock.calls.filter((call) => String(call[0]).includes('drive_team_stats'))).toHaveLength(0);
      // A field that needs the app (the team's organization has a resolver): computed here, read
      // from PostgreSQL a batch per round trip, parsed in a turn of the loop each, the same rows.
      const withOrganization = (await app.ok(`query($id: ID!) { leaderboard(driveId: $id) { ${fields} team { organization { id } } } }`, { id: d.id }, { token: organizer }))
        .leaderboard;
      expect(renderer.boardsRendered).toBe(rendered + 1);
      expect(fetches()).toBe(Math.floor(teamCount / BOARD_BATCH_ROWS) + 1);
      expect(withOrganization.map(({ team: { organization: _organization, ...team }, ...row }: { team: { organization: { id: string } } }) => ({ ...row, team }))).toEqual(whole);
      expect(new Set(withOrganization.map((r: { team: { organization: { id: string } } }) => r.team.organization.id))).toEqual(new Set([organizationId]));
      spy.mockClear();
      // The top of the board, what phones and dashboards ask for, in one statement as before.
      await app.ok(`query($id: ID!) { leaderboard(driveId: $id, first: ${SLICE_ROWS}) { rank } }`, { id: d.id }, { token: organizer });
      expect(fetches()).toBe(0);
      expect(spy.mock.calls.filter((call) => String(call[0]).includes('drive_team_stats'))).toHaveLength(1);
      expect(renderer.boardsRendered).toBe(rendered + 1);
    } finally {
      spy.mockRestore();
    }
    expect(whole).toHaveLength(teamCount);
    expect(whole.map((r: { rank: number }) => r.rank)).toEqual(Array.from({ length: teamCount }, (_, i) => i + 1));
    // The same rows as the domain's reference ranks them, field by field.
    const reference = teamBoardOf(await teamRows([d.id]), Infinity, 'organizers', Ranking.DONATED);
    expect(whole).toEqual(
      reference.map(({ team, ...figures }) => ({
        ...figures,
        team: { id: team.id, name: team.name, code: team.code, createdAt: team.createdAt.toISOString(), college: team.college ? { name: team.college.name } : null },
      })),
    );
    // The top rows, one slice or several, in one statement or in batches, are the whole board's first rows.
    for (const first of [3, SLICE_ROWS, SLICE_ROWS + 1, BOARD_BATCH_ROWS + 1]) {
      const top = (await app.ok(`query($id: ID!, $first: Int) { leaderboard(driveId: $id, first: $first) { ${fields} } }`, { id: d.id, first }, { token: organizer })).leaderboard;
      expect(top).toEqual(whole.slice(0, first));
    }
    // The public (through the shared answers) and the drive's own board see the same order.
    const publicBoard = (await app.ok(`query($id: ID!) { leaderboard(driveId: $id) { rank team { id } } }`, { id: d.id })).leaderboard;
    expect(publicBoard).toEqual(whole.map((r: { rank: number; team: { id: string } }) => ({ rank: r.rank, team: { id: r.team.id } })));
    const drive = (await app.ok(`query($id: ID!) { drive(id: $id) { leaderboard { rank team { id } } } }`, { id: d.id }, { token: organizer })).drive;
    expect(drive.leaderboard).toEqual(publicBoard);
  });

  it('sends back only the rows asked for, ranked over the whole board', async () => {
    const d = await make.drive();
    const n = make.unique();
    for (let i = 0; i < 30; i++) await counts(d.id, (await make.team(`Rank ${n} ${String(i).padStart(2, '0')}`)).id, [i % 5, 0, 0, 0, i % 7, 0, 0]);
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const { leaderboard } = await app.ok(`query($id: ID!) { leaderboard(driveId: $id, first: 3) { rank team { name } donated signUps } }`, { id: d.id });
      expect(leaderboard.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
      expect(leaderboard.map((r: { donated: number }) => r.donated)).toEqual([6, 6, 6]);
      const boardReads = spy.mock.calls.map((call, i) => ({ sql: String(call[0]), result: spy.mock.results[i] })).filter((c) => c.sql.includes('drive_team_stats'));
      expect(boardReads).toHaveLength(1);
      expect(await boardReads[0].result.value).toHaveLength(3);
    } finally {
      spy.mockRestore();
    }
  });
});
