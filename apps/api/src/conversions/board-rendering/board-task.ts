// What the API and its board worker say to each other.
import type { BoardQuery } from '../ranked-boards';

export interface BoardWorkerData {
  databaseUrl: string;
  /** The API's schema as SDL, which the worker completes the boards' selections against. */
  sdl: string;
}

/** A board to read, rank and write as JSON (the answer), for the selection of the field that asked for it. */
export interface BoardTask {
  board: BoardQuery;
  /** A query whose one root field is the board's kind (list-selection.ts). */
  document: string;
  variables: Record<string, unknown>;
}

/** The root field a selection names for each kind of board, with the type of the board's rows. */
export const BOARD_ROOTS: Record<BoardQuery['kind'], string> = { teams: 'LeaderboardRow', colleges: 'CollegeLeaderboardRow' };

/**
 * The fields the worker answers from a board's rows, as the API answers them: the rows' own
 * properties (Nest answers a plain @Field with the property) and Team.college, preloaded with the
 * team (common/graphql/preloaded-fields.ts). A field with a resolver method may be guarded or
 * read the database, so it must not be listed; a board asking for one is answered in the API.
 * (board-renderer.e2e-spec.ts checks that none of these has a resolver method.)
 */
export const BOARD_ROW_FIELDS: ReadonlySet<string> = new Set([
  ...['rank', 'signUps', 'checkedIn', 'donated', 'deferred', 'conversionRate'].flatMap((f) => [`LeaderboardRow.${f}`, `CollegeLeaderboardRow.${f}`]),
  'LeaderboardRow.team',
  'CollegeLeaderboardRow.college',
  'CollegeLeaderboardRow.teams',
  ...['id', 'name', 'code', 'createdAt', 'college'].map((f) => `Team.${f}`),
  ...['id', 'name'].map((f) => `College.${f}`),
]);
