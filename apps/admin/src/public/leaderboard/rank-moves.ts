// How far each row moved since the last refresh, so the board can show it for a moment.
export interface Ranked {
  key: string;
  rank: number;
}

/** Places moved up (positive) or down (negative) per key; rows new to the board are not "moves". */
export function rankMoves(previous: readonly Ranked[] | undefined, current: readonly Ranked[]): Map<string, number> {
  const moves = new Map<string, number>();
  if (!previous) return moves;
  const before = new Map(previous.map((r) => [r.key, r.rank]));
  for (const row of current) {
    const old = before.get(row.key);
    if (old !== undefined && old !== row.rank) moves.set(row.key, old - row.rank);
  }
  return moves;
}
