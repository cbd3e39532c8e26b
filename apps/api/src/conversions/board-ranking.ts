// The boards ranked by PostgreSQL: the figures a ranking reads summed per team (or college) in
// SQL, ordered with the domain's RANKING_KEYS and compareNames (COLLATE "C"), and only the top
// rows sent back, in rank order. Ranking 2,000 teams in the API meant parsing every row and
// sorting them on the event loop that sign-ups wait for; here 100 rows come back, already ranked.
// libs/domain's rankBy stays the reference (frozen contest stages are ranked by it); a test holds
// the two to the same order on ties of every kind (board-ranking.e2e-spec.ts).
import { MIN_DISCLOSED_GROUP, RANKING_KEYS, RankedFigures, Ranking } from '@life-relay/domain';

/** The counts a ranked board row carries, as SQL columns over drive_team_stats `s`: summed over a group of its rows, or one row's. */
const COUNTS = ['registered', 'waitlisted', 'cancelled', 'checked_in', 'donated', 'deferred', 'no_show'];
const countColumns = (summed: boolean) => COUNTS.map((c) => (summed ? `sum(s.${c})::int AS ${c}` : `s.${c}`)).join(', ');

/** Everyone a row of drive_team_stats `s` counts, whatever became of them. */
const EVERY_SIGN_UP = COUNTS.map((c) => `s.${c}`).join(' + ');

/**
 * The public checkedIn of one group (one team in one drive), summed if `summed`: disclosure.ts's
 * publicFunnelOf, where those who came without a recorded donation (still checked in, or
 * deferred) count only when there are at least MIN_DISCLOSED_GROUP of them. The constant is
 * passed as a parameter, so it is stated once.
 */
function publicCheckedIn(minParam: string, summed: boolean): string {
  const group = `CASE WHEN s.checked_in + s.deferred < ${minParam} THEN s.donated ELSE s.checked_in + s.donated + s.deferred END`;
  return `${summed ? `sum(${group})::int` : group} AS public_checked_in`;
}

/** Each ranked figure (the public ones, disclosure.ts) as an expression over a board row's sums, `r`. */
function figures(r: string): Record<keyof RankedFigures, string> {
  // Everyone who held a place (conversion.ts's funnelOf signUps).
  const signUps = `(${r}.registered + ${r}.checked_in + ${r}.donated + ${r}.deferred + ${r}.no_show)`;
  return {
    donated: `${r}.donated`,
    signUps,
    checkedIn: `${r}.public_checked_in`,
    // The same IEEE division as JavaScript's donated / signUps, so equal rates tie exactly as there.
    conversionRate: `CASE WHEN ${signUps} = 0 THEN 0::float8 ELSE ${r}.donated::float8 / ${signUps} END`,
  };
}

/** The ORDER BY of a ranking's figures over the sums `r`, its keys descending: what decides a place before the name does. */
function figuresOrder(ranking: Ranking, r: string): string {
  const figure = figures(r);
  return RANKING_KEYS[ranking].map((key) => `${figure[key]} DESC`).join(', ');
}

/** The ORDER BY of a ranking over the sums `r`: its keys descending, then the name by code point. */
export function rankingOrder(ranking: Ranking, r: string, name: string): string {
  return `${figuresOrder(ranking, r)}, ${name} COLLATE "C"`;
}

/** What a ranked board's SQL gives per row: the summed counts. The rows come in rank order. */
export interface RankedSums {
  registered: number;
  waitlisted: number;
  cancelled: number;
  checked_in: number;
  donated: number;
  deferred: number;
  no_show: number;
  public_checked_in: number;
}

/**
 * The statement of a ranked board over drive_team_stats of the drives in $1, in rank order: its
 * top $2 rows if `top` (else $2 is null: all). A board row is `key` of a row of `s`
 * (drive_team_stats, joined by `joins`): its counts summed (`grouped`), or, when each board row is
 * one row of `s` (the teams of one drive), that row as it is, which spares PostgreSQL a grouping
 * of the whole board. Each row is named by `named` (joined to the sums `g`, selecting `columns`
 * and the `name` that breaks ties); only the top rows are then joined by `back`, and the outer
 * `select` reads them as `top`. Groups with no sign-up at all are not on the board.
 */
export function rankedBoardSql(o: {
  key: string;
  joins: string;
  grouped: boolean;
  extra?: string;
  named: string;
  columns: string;
  name: string;
  back: string;
  select: string;
  ranking: Ranking;
  top: boolean;
}): { sql: string; minDisclosed: number } {
  if (!o.grouped && o.extra) throw new Error('A board of ungrouped rows has no aggregate columns');
  const columns = `${o.key} AS key, ${countColumns(o.grouped)}, ${publicCheckedIn('$3', o.grouped)}${o.extra ? `, ${o.extra}` : ''}`;
  // Sign-ups without a team (and teams without a college) are counted under no key: they are on
  // no board, and must not take a place among the candidates below.
  const rows = `FROM drive_team_stats s ${o.joins} WHERE s.drive_id = ANY($1) AND ${o.key} IS NOT NULL`;
  const sums = o.grouped ? `SELECT ${columns} ${rows} GROUP BY ${o.key} HAVING sum(${EVERY_SIGN_UP}) > 0` : `SELECT ${columns} ${rows} AND ${EVERY_SIGN_UP} > 0`;
  // The top of a board is decided by its figures; a name only breaks a tie. So the rows that can
  // be on top are cut by the figures alone first, with every row that ties the last of them
  // (WITH TIES), and only those are named: 100-odd look-ups by key instead of a join of the whole
  // board (a hash of every team), which took a top 100 of 2,077 teams from 7.0 ms to 4.2 here
  // (bench/README.md, round eleven). A whole board is named whole, as a join does it fastest.
  const candidates = o.top ? `(SELECT * FROM g ORDER BY ${figuresOrder(o.ranking, 'g')} FETCH FIRST $2 ROWS WITH TIES) g` : 'g';
  // No row_number(): the rows come back in rank order, and their rank is their place (numbered
  // by boardRowsOf). A window over the ranking kept PostgreSQL from sorting only the top rows
  // (a top-N heapsort); and what only the top rows show (a team's college) is joined to them
  // alone, after the LIMIT. A join keeps no order, so the outer query sorts the top rows again
  // (100 rows for a top 100: bench/README.md, round ten). A whole board is sorted once, by the
  // outer query alone (19 ms to 15 for 2,077 teams: round eleven).
  const topRows = o.top ? `ORDER BY ${rankingOrder(o.ranking, 'g', o.name)} LIMIT $2` : '';
  const sql = `
    WITH g AS (${sums}),
    top AS (
      SELECT g.*, ${o.columns}, ${o.name} AS rank_name
        FROM ${candidates} ${o.named}
       ${topRows}
    )
    SELECT ${o.select}, top.registered, top.waitlisted, top.cancelled, top.checked_in, top.donated, top.deferred, top.no_show, top.public_checked_in
      FROM top ${o.back}
     ORDER BY ${rankingOrder(o.ranking, 'top', 'top.rank_name')}
     LIMIT $2`;
  return { sql, minDisclosed: MIN_DISCLOSED_GROUP };
}
