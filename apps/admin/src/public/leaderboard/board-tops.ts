// Which rows of the team and college boards a polling page asks for: the top ones, since a national
// drive has 2,000 teams and every refresh on every phone would carry them all; a reader who wants a
// whole board asks for it, and gets it on every refresh after, for the life of the page.
import { useCallback, useState } from 'react';

export type BoardName = 'teams' | 'colleges';

/** Each board's `first` argument: its top rows, or null for every row. */
export type BoardFirst = Record<BoardName, number | null>;

export interface BoardTops {
  first: BoardFirst;
  showAll: (board: BoardName) => void;
}

export function useBoardTops(topRows: number): BoardTops {
  const [whole, setWhole] = useState<Record<BoardName, boolean>>({ teams: false, colleges: false });
  const showAll = useCallback((board: BoardName) => setWhole((asked) => ({ ...asked, [board]: true })), []);
  return { first: { teams: whole.teams ? null : topRows, colleges: whole.colleges ? null : topRows }, showAll };
}

/** The rows answered are only the top of a longer board. */
export function isCutShort(first: number | null, answered: number, ranked: number): boolean {
  return first !== null && ranked > answered;
}
