// The live boards of a drive: asked for every 10 seconds while the page is looked at (a hidden
// tab does not poll, and refreshes when it is looked at again), with how far each row moved since
// the last answer, and the top rows of each board until the reader asks for a whole one. When a
// refresh fails the last answer stays on screen and is said to be stale.
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '@life-relay/domain';
import type { LeaderboardQuery } from '../../generated/graphql';
import { asRequestError, request, type GraphQLRequestError } from '../api/graphql-client';
import { LEADERBOARD } from '../api/operations';
import { pollWhileVisible } from '../ui/poll-while-visible';
import { useBoardTops, type BoardTops } from './board-tops';
import { rankMoves, type Ranked } from './rank-moves';

export const REFRESH_MS = 10_000;
/** Rows of each board a refresh asks for until the reader asks for the whole board. */
export const SHOWN_ROWS = 100;

export type Board = LeaderboardQuery;
export type BoardDrive = NonNullable<Board['publicDrive']>;
export type TeamRow = Board['leaderboard'][number];
export type CollegeRow = Board['collegeLeaderboard'][number];

export interface Snapshot {
  board: Board;
  at: Date;
  teamMoves: Map<string, number>;
  collegeMoves: Map<string, number>;
  /** Bumped on every answer, so highlighted rows animate again. */
  serial: number;
}

export const teamKey = (row: TeamRow) => `${row.team.name}|${row.team.college?.name ?? ''}`;
export const collegeKey = (row: CollegeRow) => row.college.name;

export interface LiveBoard {
  snapshot: Snapshot | undefined;
  failure: GraphQLRequestError | undefined;
  boards: BoardTops;
}

export function useLeaderboard(slug: string, driveId: string, locale: Locale): LiveBoard {
  const [snapshot, setSnapshot] = useState<Snapshot>();
  const [failure, setFailure] = useState<GraphQLRequestError>();
  const previous = useRef<{ teams: Ranked[]; colleges: Ranked[] }>(undefined);
  const boards = useBoardTops(SHOWN_ROWS);
  // Asking for a whole board refreshes at once, and the polling goes on with the new question.
  const { teams: teamsFirst, colleges: collegesFirst } = boards.first;

  useEffect(
    () =>
      pollWhileVisible(
        async (signal) => {
          const board = await request(LEADERBOARD, { slug, driveId, teams: teamsFirst, colleges: collegesFirst }, { locale, signal });
          const teams = board.leaderboard.map((r) => ({ key: teamKey(r), rank: r.rank }));
          const colleges = board.collegeLeaderboard.map((r) => ({ key: collegeKey(r), rank: r.rank }));
          const moves = {
            teamMoves: rankMoves(previous.current?.teams, teams),
            collegeMoves: rankMoves(previous.current?.colleges, colleges),
          };
          previous.current = { teams, colleges };
          setSnapshot((last) => ({ board, at: new Date(), ...moves, serial: (last?.serial ?? 0) + 1 }));
          setFailure(undefined);
        },
        REFRESH_MS,
        (error) => setFailure(asRequestError(error)),
      ),
    [slug, driveId, locale, teamsFirst, collegesFirst],
  );

  return { snapshot, failure, boards };
}
