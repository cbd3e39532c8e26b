// Which rows of a ranking moved since the previous answer, so the board can show ▲2 / ▼1.
import { rankMoves, type Ranked } from '../../public/leaderboard/rank-moves';

/**
 * Remembers the previous ranking across answers. `movesFor` is idempotent for the same rows
 * (React may compute a memo twice), so a repeated call does not erase the moves it found.
 */
export class RankHistory {
  private previous: Ranked[] | undefined;
  private lastRows: readonly unknown[] | undefined;
  private lastMoves = new Map<string, number>();

  movesFor<T>(rows: readonly T[], ranked: (row: T) => Ranked): Map<string, number> {
    if (rows === this.lastRows) return this.lastMoves;
    const current = rows.map(ranked);
    this.lastMoves = rankMoves(this.previous, current);
    this.previous = current;
    this.lastRows = rows;
    return this.lastMoves;
  }
}
