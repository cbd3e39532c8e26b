// A board's `first` argument: phones polling a drive's board every 10 seconds want its top rows,
// not all 2,000 teams of a national drive (360 KB each time); organizers export the rest.
import { Args, Int } from '@nestjs/graphql';
import { InvalidInputError } from '../common/errors/domain-errors';

/** The most rows a board answers when asked for its top; without `first` it answers them all. */
export const MAX_BOARD_ROWS = 1000;

const BOARD_FIRST = {
  type: () => Int,
  nullable: true,
  description: `Only the top rows, 1 to ${MAX_BOARD_ROWS} (the ranks still count every row); every row when omitted.`,
} as const;

/**
 * How many of a board's top rows to answer, checked before anything is computed: every row when
 * `first` is not given, else 1 to MAX_BOARD_ROWS.
 */
export function boardLength(first: number | null | undefined): number {
  if (first === null || first === undefined) return Infinity;
  if (!Number.isInteger(first) || first < 1 || first > MAX_BOARD_ROWS) throw InvalidInputError.field('first', 'outOfRange', { min: 1, max: MAX_BOARD_ROWS });
  return first;
}

/**
 * The `first` argument of every board field, handed to the resolver as the number of rows to
 * answer: one check for all boards, before the resolver runs.
 */
export const BoardLength = () => Args('first', BOARD_FIRST, { transform: boardLength });

/**
 * A board as its resolvers answer it: its rows, the later ones as promises released a slice per
 * turn of the event loop (common/graphql/sliced-list.ts), so that a whole board does not hold the
 * loop that sign-ups wait for.
 */
export type Board<Row> = (Row | Promise<Row>)[];
