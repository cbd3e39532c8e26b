// A drive's (or several drives') ranked board as one statement and its rows as the API answers
// them: the one description of a live board, used where it is computed on the event loop
// (ConversionsService) and in the board worker (board-rendering/), so that both give the same
// rows. Nothing here may need Nest or TypeORM: the worker loads it on its own.
import { types } from 'pg';
import { funnelOf, Ranking } from '@life-relay/domain';
import type { CollegeLeaderboardRow, LeaderboardRow } from './dto/conversion.types';
import { rankedBoardSql, RankedSums } from './board-ranking';
import { countsOf } from './count-rows';

/**
 * Who a board is for. Organizers see the funnel; everyone else (the public, team leads) the
 * figures disclosure.ts allows, summed from its smallest groups (one team in one drive).
 */
export type Audience = 'organizers' | 'public';

/** A live board to rank: teams or colleges over these drives, its top `length` rows (Infinity: all). */
export interface BoardQuery {
  kind: 'teams' | 'colleges';
  driveIds: string[];
  length: number;
  audience: Audience;
  ranking: Ranking;
}

type TeamSums = RankedSums & { id: string; name: string; code: string; organization_id: string; college_id: string | null; created_at: string; college_name: string | null };
type CollegeSums = RankedSums & { college_id: string; college_name: string; teams: number };

/** The statement of a board and its parameters: PostgreSQL ranks it and sends its top rows. */
export function boardStatement(board: BoardQuery): { sql: string; params: unknown[] } {
  const top = Number.isFinite(board.length);
  const { sql, minDisclosed } =
    board.kind === 'teams'
      ? rankedBoardSql({
          key: 's.team_id',
          joins: '',
          // A team has one row in a drive: the board of one drive needs no sums.
          grouped: board.driveIds.length > 1,
          named: 'JOIN teams t ON t.id = g.key',
          columns: 't.id, t.name, t.code, t.organization_id, t.college_id, t.created_at::text AS created_at',
          name: 't.name',
          back: 'LEFT JOIN colleges c ON c.id = top.college_id',
          select: 'top.id, top.name, top.code, top.organization_id, top.college_id, top.created_at, c.name AS college_name',
          ranking: board.ranking,
          top,
        })
      : rankedBoardSql({
          key: 't.college_id',
          joins: 'JOIN teams t ON t.id = s.team_id',
          grouped: true,
          extra: 'count(DISTINCT s.team_id)::int AS teams',
          named: 'JOIN colleges c ON c.id = g.key',
          columns: 'c.id AS college_id, c.name AS college_name',
          name: 'c.name',
          back: '',
          select: 'top.college_id, top.college_name, top.teams',
          ranking: board.ranking,
          top,
        });
  return { sql, params: [board.driveIds, top ? board.length : null, minDisclosed] };
}

/** The board's rows from its statement's (in rank order: each one's rank is its place), with the figures its audience sees. */
export function boardRowsOf(board: BoardQuery & { kind: 'teams' }, rows: readonly object[]): LeaderboardRow[];
export function boardRowsOf(board: BoardQuery & { kind: 'colleges' }, rows: readonly object[]): CollegeLeaderboardRow[];
export function boardRowsOf(board: BoardQuery, rows: readonly object[]): (LeaderboardRow | CollegeLeaderboardRow)[];
export function boardRowsOf(board: BoardQuery, rows: readonly object[]): (LeaderboardRow | CollegeLeaderboardRow)[] {
  if (board.kind === 'teams') {
    return (rows as TeamSums[]).map((r, i) => ({
      rank: i + 1,
      team: withCreatedAt({ id: r.id, name: r.name, code: r.code, organizationId: r.organization_id, collegeId: r.college_id, college: r.college_id ? { id: r.college_id, name: r.college_name as string } : null }, r.created_at),
      ...rankedFiguresOf(r, board.audience),
    }));
  }
  return (rows as CollegeSums[]).map((r, i) => ({ rank: i + 1, college: { id: r.college_id, name: r.college_name }, teams: r.teams, ...rankedFiguresOf(r, board.audience) }));
}

/**
 * A ranked row's figures for the audience, from its summed counts: for organizers the funnel of
 * the sums; for everyone else the sum of its groups' public funnels (public_checked_in is summed
 * per group in SQL, disclosure.ts).
 */
function rankedFiguresOf(r: RankedSums, audience: Audience): Omit<LeaderboardRow, 'rank' | 'team'> {
  const { signUps, checkedIn, donated, deferred, conversionRate } = funnelOf(countsOf(r));
  if (audience === 'organizers') return { signUps, checkedIn, donated, deferred, conversionRate };
  return { signUps, checkedIn: r.public_checked_in, donated, deferred: null, conversionRate };
}

/** How pg itself reads a timestamptz (postgres-date), for a value sent as text. */
const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (text: string) => Date;

/**
 * A board's team with its createdAt read from PostgreSQL's text only if a query asks for it.
 * Parsing a date for each of 2,077 rows was a fifth of pg's parse of a whole board (20 ms to 16
 * in the test process), and the boards' pages never ask for it; `team { createdAt }` still
 * answers the same Date, parsed as pg would.
 */
function withCreatedAt<T extends object>(team: T, createdAt: string): T & { createdAt: Date } {
  let parsed: Date | undefined;
  return Object.defineProperty(team, 'createdAt', { enumerable: true, get: () => (parsed ??= parseTimestamptz(createdAt)) }) as T & { createdAt: Date };
}
