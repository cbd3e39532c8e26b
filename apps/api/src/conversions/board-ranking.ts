// The boards ranked by PostgreSQL: the figures a ranking reads summed per team (or college) in
// SQL, ordered by row_number() with the domain's RANKING_KEYS and compareNames (COLLATE "C"),
// and only the top rows sent back. Ranking 2,000 teams in the API meant parsing every row and
// sorting them on the event loop that sign-ups wait for; here 100 rows come back, already ranked.
// libs/domain's rankBy stays the reference (frozen contest stages are ranked by it); a test holds
// the two to the same order on ties of every kind (board-ranking.e2e-spec.ts).
import { MIN_DISCLOSED_GROUP, RANKING_KEYS, RankedFigures, Ranking } from '@life-relay/domain';

/** The sums a ranked board row carries, as SQL columns of the grouped counts `g`. */
const SUMS = `sum(s.registered)::int AS registered, sum(s.waitlisted)::int AS waitlisted, sum(s.cancelled)::int AS cancelled,
  sum(s.checked_in)::int AS checked_in, sum(s.donated)::int AS donated, sum(s.deferred)::int AS deferred, sum(s.no_show)::int AS no_show`;

/**
 * The public checkedIn of one group (one team in one drive), summed: disclosure.ts's
 * publicFunnelOf, where those who came without a recorded donation (still checked in, or
 * deferred) count only when there are at least MIN_DISCLOSED_GROUP of them. The constant is
 * passed as a parameter, so it is stated once.
 */
const PUBLIC_CHECKED_IN = (minParam: string) =>
  `sum(CASE WHEN s.checked_in + s.deferred < ${minParam} THEN s.donated ELSE s.checked_in + s.donated + s.deferred END)::int AS public_checked_in`;

/** Everyone who held a place (conversion.ts's funnelOf signUps). */
const SIGN_UPS = `(g.registered + g.checked_in + g.donated + g.deferred + g.no_show)`;

/** Each ranked figure (the public ones, disclosure.ts) as an expression over `g`. */
const FIGURES: Record<keyof RankedFigures, string> = {
  donated: 'g.donated',
  signUps: SIGN_UPS,
  checkedIn: 'g.public_checked_in',
  // The same IEEE division as JavaScript's donated / signUps, so equal rates tie exactly as there.
  conversionRate: `CASE WHEN ${SIGN_UPS} = 0 THEN 0::float8 ELSE g.donated::float8 / ${SIGN_UPS} END`,
};

/** The ORDER BY of a ranking: its keys descending, then the name by code point. */
export function rankingOrder(ranking: Ranking, name: string): string {
  return [...RANKING_KEYS[ranking].map((key) => `${FIGURES[key]} DESC`), `${name} COLLATE "C"`].join(', ');
}

/** What a ranked board's SQL gives per row: the summed counts and the rank. */
export interface RankedSums {
  rank: number;
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
 * The statement of a ranked board over drive_team_stats of the drives in $1, top $2 rows ($2
 * null: all). `key` groups a row of `s` (drive_team_stats, joined to `t` teams and `c` colleges
 * by `joins`); `select` and `name` are columns of the outer query over `g` (the sums per key)
 * joined back by `back`. Groups with no sign-up at all are not on the board.
 */
export function rankedBoardSql(o: { key: string; joins: string; extra?: string; back: string; select: string; name: string; ranking: Ranking }): { sql: string; minDisclosed: number } {
  // Ordered as the ranks were numbered, not by the rank: PostgreSQL then sends the rows as the
  // window numbered them, where ORDER BY rank sorted them a second time (a sixth of the statement
  // for a board of 2,077 teams), and a top 100 stops after its 100th row.
  const order = rankingOrder(o.ranking, o.name);
  const sql = `
    WITH g AS (
      SELECT ${o.key} AS key, ${SUMS}, ${PUBLIC_CHECKED_IN('$3')}${o.extra ? `, ${o.extra}` : ''}
        FROM drive_team_stats s ${o.joins}
       WHERE s.drive_id = ANY($1)
       GROUP BY ${o.key}
      HAVING sum(s.registered + s.waitlisted + s.cancelled + s.checked_in + s.donated + s.deferred + s.no_show) > 0
    )
    SELECT ${o.select}, g.registered, g.waitlisted, g.cancelled, g.checked_in, g.donated, g.deferred, g.no_show, g.public_checked_in,
           (row_number() OVER (ORDER BY ${order}))::int AS rank
      FROM g ${o.back}
     ORDER BY ${order}
     LIMIT $2`;
  return { sql, minDisclosed: MIN_DISCLOSED_GROUP };
}
