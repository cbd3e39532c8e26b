// The funnel from sign-up to donation per drive, team, college and campaign, read from the
// counts the sign_ups triggers maintain: per shift (shift_stats) for a drive's totals, per team
// (drive_team_stats) for the boards. A few rows per drive, whatever its size.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  addCounts,
  addPublicFunnels,
  attendanceOf,
  DriveKind,
  DriveStatus,
  funnelOf,
  NO_COUNTS,
  NO_PUBLIC_FUNNEL,
  PublicFunnel,
  publicFunnelOf,
  rankBy,
  Ranking,
  StatusCounts,
} from '@life-relay/domain';
import { AuthenticatedUser, isOrganizer, reaches } from '../common/auth/authenticated-user';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/connection';
import { preparedQuery, rowsInBatches } from '../common/sql';
import { DrivesService } from '../drives/drives.service';
import { TeamsService } from '../teams/teams.service';
import { Audience, BoardQuery, boardRowsOf, boardStatement } from './ranked-boards';
import { CountRow, countsOf } from './count-rows';
import { ChannelCount, CollegeLeaderboardRow, DayCount, DriveStats, LeaderboardRow, MyTeam, PublicStats, RecruitingDrive, TeamMemberSignUp } from './dto/conversion.types';

const COUNT_COLUMNS = `sum(registered)::int AS registered, sum(waitlisted)::int AS waitlisted, sum(cancelled)::int AS cancelled,
  sum(checked_in)::int AS checked_in, sum(donated)::int AS donated, sum(deferred)::int AS deferred, sum(no_show)::int AS no_show`;

/** The counts of one drive_team_stats row (one team, or the sign-ups without one, in one drive). */
const ROW_COUNT_COLUMNS = `s.registered, s.waitlisted, s.cancelled, s.checked_in, s.donated, s.deferred, s.no_show`;

/** How many teams and colleges a drive's boards rank: those with at least one sign-up. */
export interface BoardSizes {
  teams: number;
  colleges: number;
}

/**
 * Board rows PostgreSQL sends per round trip when a board is longer, each batch parsed by pg in a
 * stretch of the event loop of its own: read whole, the 2,077 rows of the largest board held the
 * loop 13 ms (p99, in the test process); 500 rows is a quarter of that. 200 rows (eleven round
 * trips for the largest board) went with slices of 40 in the benchmark (common/graphql/sliced-list.ts).
 * A top-100 board, the one phones and dashboards ask for, is read in one statement as before.
 */
export const BOARD_BATCH_ROWS = 200;

/** A bound on one lead's list of drives to share; an organization publishes a handful at a time. */
const MAX_RECRUITING_DRIVES = 100;

const total = (c: StatusCounts) => c.registered + c.waitlisted + c.cancelled + c.checkedIn + c.donated + c.deferred + c.noShow;

type Goals = { signUpGoal: number | null; donationGoal: number | null };
const NO_GOALS: Goals = { signUpGoal: null, donationGoal: null };

function withGoals<F extends { signUps: number; donated: number }>(funnel: F, goals: Goals) {
  return {
    ...funnel,
    signUpGoal: goals.signUpGoal,
    donationGoal: goals.donationGoal,
    signUpGoalProgress: goals.signUpGoal ? funnel.signUps / goals.signUpGoal : null,
    donationGoalProgress: goals.donationGoal ? funnel.donated / goals.donationGoal : null,
  };
}

/** The funnel as organizers see it. */
export function statsOf(counts: StatusCounts, goals: Goals = NO_GOALS): DriveStats {
  return withGoals(funnelOf(counts), goals);
}

/** The funnel as the public and team leads see it: a sum of public funnels (disclosure.ts), never coarsened from a total. */
function publicStatsOf(funnel: PublicFunnel, goals: Goals = NO_GOALS): PublicStats {
  return withGoals(funnel, goals);
}

export const audienceOf = (actor: AuthenticatedUser | null): Audience => (isOrganizer(actor) ? 'organizers' : 'public');

/** A board row's figures from the counts of its teams in its drives, for the audience. */
function figuresOf(groups: StatusCounts[], audience: Audience): Omit<LeaderboardRow, 'rank' | 'team'> {
  if (audience === 'organizers') {
    const { signUps, checkedIn, donated, deferred, conversionRate } = funnelOf(groups.reduce(addCounts, NO_COUNTS));
    return { signUps, checkedIn, donated, deferred, conversionRate };
  }
  const { signUps, checkedIn, donated, conversionRate } = groups.map(publicFunnelOf).reduce(addPublicFunnels, NO_PUBLIC_FUNNEL);
  return { signUps, checkedIn, donated, deferred: null, conversionRate };
}

/** Rows grouped by a key, in the order their keys first appear. */
function groupBy<T>(rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

/** One team's counts in one drive with the team's names: the smallest group a team board sums. */
export type TeamCountRow = CountRow & { id: string; name: string; code: string; organization_id: string; college_id: string | null; created_at: Date; college_name: string | null };
/** One team's counts in one drive under its college: the smallest group a college board sums. */
export type CollegeCountRow = CountRow & { college_id: string; college_name: string; team_id: string };

/** The counts of one drive_team_stats row (or a copy of one), as SQL columns of alias `s`. */
export const TEAM_COUNT_COLUMNS = ROW_COUNT_COLUMNS;

/**
 * A team board from its rows (live, or a contest stage's frozen copy): ranked on the public
 * figures whoever asks (domain rankBy), shown with the audience's.
 */
export function teamBoardOf(rows: TeamCountRow[], length: number, audience: Audience, ranking: Ranking): LeaderboardRow[] {
  const teams = groupBy(rows, (r) => r.id)
    .map((group) => ({ r: group[0], name: group[0].name, counts: group.map(countsOf) }))
    .filter((x) => total(x.counts.reduce(addCounts, NO_COUNTS)) > 0)
    .map((x) => ({ ...x, ranked: figuresOf(x.counts, 'public'), funnel: figuresOf(x.counts, audience) }));
  return rankBy(teams, ranking)
    .slice(0, length)
    .map(({ r, rank, funnel }) => ({
      rank,
      team: {
        id: r.id,
        name: r.name,
        code: r.code,
        organizationId: r.organization_id,
        collegeId: r.college_id,
        createdAt: r.created_at,
        college: r.college_id ? { id: r.college_id, name: r.college_name as string } : null,
      },
      ...funnel,
    }));
}

/** A college board from its rows (live, or a stage's frozen copy), ranked as teamBoardOf ranks. */
export function collegeBoardOf(rows: CollegeCountRow[], length: number, audience: Audience, ranking: Ranking): CollegeLeaderboardRow[] {
  const colleges = groupBy(rows, (r) => r.college_id)
    .map((group) => ({ r: group[0], name: group[0].college_name, teams: new Set(group.map((g) => g.team_id)).size, counts: group.map(countsOf) }))
    .filter((x) => total(x.counts.reduce(addCounts, NO_COUNTS)) > 0)
    .map((x) => ({ ...x, ranked: figuresOf(x.counts, 'public'), funnel: figuresOf(x.counts, audience) }));
  return rankBy(colleges, ranking)
    .slice(0, length)
    .map(({ r, rank, teams, funnel }) => ({ rank, college: { id: r.college_id, name: r.college_name }, teams, ...funnel }));
}

@Injectable()
export class ConversionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drives: DrivesService,
    private readonly teams: TeamsService,
  ) {}

  /** Counts of several drives at once (for DataLoader): the sum of their shifts' counts. */
  async countsByDrive(driveIds: readonly string[]): Promise<Map<string, StatusCounts>> {
    const rows = await preparedQuery<CountRow & { drive_id: string }>(
      this.dataSource.manager,
      'counts-by-drive',
      `SELECT drive_id, ${COUNT_COLUMNS} FROM shift_stats WHERE drive_id = ANY($1::uuid[]) GROUP BY drive_id`,
      [driveIds],
    );
    return new Map(rows.map((r) => [r.drive_id, countsOf(r)]));
  }

  /**
   * A drive's totals as the public sees them: the sum of the public figures of its teams and of
   * its sign-ups without a team, so that they add up with the boards beside them.
   */
  async publicStatsOf(drive: { id: string } & Goals): Promise<PublicStats> {
    const rows: CountRow[] = await this.dataSource.query(`SELECT ${ROW_COUNT_COLUMNS} FROM drive_team_stats s WHERE s.drive_id = $1`, [drive.id]);
    return publicStatsOf(rows.map((r) => publicFunnelOf(countsOf(r))).reduce(addPublicFunnels, NO_PUBLIC_FUNNEL), drive);
  }

  /**
   * Who a drive's boards are shown to, as this caller: drafts are seen by organizers only; to
   * anyone else they do not exist (NOT_FOUND). The public and team leads see public figures.
   */
  async boardAudience(actor: AuthenticatedUser | null, driveId: string): Promise<Audience> {
    await this.visibleDrive(actor, driveId);
    return audienceOf(actor);
  }

  /**
   * A team board of these drives, ranked by PostgreSQL (board-ranking.ts): one statement sums
   * each team's counts over its drives (and the public figures from each team-and-drive row,
   * disclosure.ts), ranks every team and sends back only the top `length`, with the team's and
   * its college's names, so that `team { college }` needs no further look-up.
   */
  async teamLeaderboard(driveIds: string[], length: number, audience: Audience, ranking = Ranking.DONATED): Promise<LeaderboardRow[]> {
    return this.rankedBoard({ kind: 'teams', driveIds, length, audience, ranking });
  }

  /** Colleges over their teams, ranked by PostgreSQL as teamLeaderboard ranks teams. */
  async collegeLeaderboardOf(driveIds: string[], length: number, audience: Audience, ranking = Ranking.DONATED): Promise<CollegeLeaderboardRow[]> {
    return this.rankedBoard({ kind: 'colleges', driveIds, length, audience, ranking });
  }

  /**
   * A live board (ranked-boards.ts): its top rows in one statement; more than BOARD_BATCH_ROWS
   * (a whole board of 2,000 teams) through a cursor, a batch per round trip, so that parsing them
   * never holds the event loop for the whole board at once (common/sql.ts).
   */
  async rankedBoard(board: BoardQuery & { kind: 'teams' }): Promise<LeaderboardRow[]>;
  async rankedBoard(board: BoardQuery & { kind: 'colleges' }): Promise<CollegeLeaderboardRow[]>;
  async rankedBoard(board: BoardQuery): Promise<(LeaderboardRow | CollegeLeaderboardRow)[]> {
    const { sql, params } = boardStatement(board);
    const rows: object[] = board.length > BOARD_BATCH_ROWS ? await rowsInBatches(this.dataSource, sql, params, BOARD_BATCH_ROWS) : await this.dataSource.query(sql, params);
    return boardRowsOf(board, rows);
  }

  /** The sizes of several drives' boards at once (for DataLoader), without ranking them. */
  async boardSizes(driveIds: readonly string[]): Promise<Map<string, BoardSizes>> {
    const rows: { drive_id: string; teams: number; colleges: number }[] = await this.dataSource.query(
      `SELECT s.drive_id, count(*)::int AS teams, count(DISTINCT t.college_id)::int AS colleges
         FROM drive_team_stats s JOIN teams t ON t.id = s.team_id
        WHERE s.drive_id = ANY($1) AND s.registered + s.waitlisted + s.cancelled + s.checked_in + s.donated + s.deferred + s.no_show > 0
        GROUP BY s.drive_id`,
      [driveIds],
    );
    return new Map(rows.map((r) => [r.drive_id, { teams: r.teams, colleges: r.colleges }]));
  }

  /** A team lead's teams with their standing in every drive they took part in. */
  async myTeams(actor: AuthenticatedUser): Promise<MyTeam[]> {
    const teams = await this.teams.teamsLedBy(actor.id);
    if (!teams.length) return [];
    const rows: (CountRow & { team_id: string; drive_id: string; slug: string; title: string; status: DriveStatus; kind: DriveKind; starts_at: Date; sign_up_goal: number | null; donation_goal: number | null })[] =
      await this.dataSource.query(
        `SELECT s.*, d.slug, d.title, d.status, d.kind, d.starts_at, d.sign_up_goal, d.donation_goal
           FROM drive_team_stats s JOIN drives d ON d.id = s.drive_id
          WHERE s.team_id = ANY($1) ORDER BY d.starts_at DESC`,
        [teams.map((t) => t.id)],
      );
    const recruiting = await this.recruitingDrives([...new Set(teams.map((t) => t.organizationId))]);
    const boards = new Map<string, LeaderboardRow[]>();
    for (const driveId of new Set(rows.map((r) => r.drive_id))) boards.set(driveId, await this.teamLeaderboard([driveId], Infinity, 'public'));
    return teams.map((team) => {
      const own = rows.filter((r) => r.team_id === team.id && total(countsOf(r)) > 0);
      const board = (driveId: string) => boards.get(driveId) ?? [];
      // A lead sees their team as the public board shows it, whoever they are.
      const funnels = own.map((r) => publicFunnelOf(countsOf(r)));
      return {
        team,
        totals: publicStatsOf(funnels.reduce(addPublicFunnels, NO_PUBLIC_FUNNEL)),
        drives: own.map((r, i) => ({
          driveId: r.drive_id,
          driveSlug: r.slug,
          driveTitle: r.title,
          driveStatus: r.status,
          driveKind: r.kind,
          driveStartsAt: r.starts_at,
          rank: board(r.drive_id).find((b) => b.team.id === team.id)?.rank ?? 0,
          teamsRanked: board(r.drive_id).length,
          stats: publicStatsOf(funnels[i]),
        })),
        recruitingDrives: recruiting.filter((d) => d.organizationId === team.organizationId).map(({ organizationId: _, ...d }) => d),
      };
    });
  }

  /**
   * The published drives of these organizations that have not ended: what their teams recruit
   * for, whether or not anyone signed up through them yet (the boards list only drives with
   * sign-ups, so a new team would have nothing to share).
   */
  private async recruitingDrives(organizationIds: string[]): Promise<(RecruitingDrive & { organizationId: string })[]> {
    const rows: { id: string; slug: string; title: string; kind: DriveKind; starts_at: Date; ends_at: Date; location: string; time_zone: string; organization_id: string }[] =
      await this.dataSource.query(
        `SELECT id, slug, title, kind, starts_at, ends_at, location, time_zone, organization_id
           FROM drives WHERE organization_id = ANY($1) AND status = $2 AND ends_at > now()
          ORDER BY starts_at, id LIMIT $3`,
        [organizationIds, DriveStatus.PUBLISHED, MAX_RECRUITING_DRIVES],
      );
    return rows.map((r) => ({
      driveId: r.id,
      driveSlug: r.slug,
      driveTitle: r.title,
      driveKind: r.kind,
      driveStartsAt: r.starts_at,
      driveEndsAt: r.ends_at,
      location: r.location,
      timeZone: r.time_zone,
      organizationId: r.organization_id,
    }));
  }

  /** Names and attendance of a team's sign-ups, for its leads (and organizers): never the outcome. */
  async teamMembers(actor: AuthenticatedUser, teamId: string, driveId: string | null | undefined, first?: number | null, after?: string | null): Promise<Connection<TeamMemberSignUp>> {
    const team = await this.teams.getTeam(actor, teamId); // FORBIDDEN for a lead of another team
    if (driveId && !isUuid(driveId)) throw InvalidInputError.field('driveId', 'invalidValue');
    const limit = pageSize(first);
    const params: unknown[] = [team.id, driveId ?? null];
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM sign_ups WHERE team_id = $1 AND ($2::uuid IS NULL OR drive_id = $2)`,
      params,
    );
    let cursor = '';
    if (after) {
      const [arrival] = decodeCursor(after, ['string']) as string[];
      if (!/^\d+$/.test(arrival)) throw InvalidInputError.field('after', 'invalidValue');
      params.push(arrival);
      cursor = `AND s.arrival < $${params.length}`;
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query(
      `SELECT s.id, v.name, s.status, d.title, sh.starts_at, s.created_at, s.arrival
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id JOIN shifts sh ON sh.id = s.shift_id
        WHERE s.team_id = $1 AND ($2::uuid IS NULL OR s.drive_id = $2) ${cursor}
        ORDER BY s.arrival DESC LIMIT $${params.length}`,
      params,
    );
    const members: TeamMemberSignUp[] = rows.map((r: Record<string, never>) => ({
      id: r.id,
      name: r.name,
      attendance: attendanceOf(r.status),
      driveTitle: r.title,
      shiftStartsAt: r.starts_at,
      signedUpAt: r.created_at,
      arrival: r.arrival,
    }));
    return toConnection(members, limit, count, (m) => encodeCursor([m.arrival]));
  }

  /** Sign-ups per day of the drive's time zone, for the dashboard's curve. */
  async signUpsByDay(driveId: string): Promise<DayCount[]> {
    return this.dataSource.query(
      `SELECT to_char(s.created_at AT TIME ZONE d.time_zone, 'YYYY-MM-DD') AS day, count(*)::int AS "signUps"
         FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.drive_id = $1 GROUP BY 1 ORDER BY 1`,
      [driveId],
    );
  }

  async channels(driveId: string): Promise<ChannelCount[]> {
    return this.dataSource.query(
      `SELECT channel, count(*) FILTER (WHERE status IN ('REGISTERED', 'CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW'))::int AS "signUps",
              count(*) FILTER (WHERE status = 'DONATED')::int AS donated
         FROM sign_ups WHERE drive_id = $1 GROUP BY channel ORDER BY 2 DESC, 1`,
      [driveId],
    );
  }

  private async visibleDrive(actor: AuthenticatedUser | null, driveId: string) {
    const drive = await this.drives.get(driveId);
    // A draft is seen only by the organizers of its own organization.
    if (!drive || (drive.status === DriveStatus.DRAFT && !(isOrganizer(actor) && reaches(actor, drive.organizationId)))) throw new NotFoundError('Drive');
    return drive;
  }
}
