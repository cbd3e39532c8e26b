// The funnel from sign-up to donation, as the contract defines it (DriveStats, LeaderboardRow).

/** Sign-ups of a drive, team or college counted by status. */
export interface StatusCounts {
  registered: number;
  waitlisted: number;
  cancelled: number;
  checkedIn: number; // still CHECKED_IN, no outcome yet
  donated: number;
  deferred: number;
  noShow: number;
}

export interface Funnel {
  /** REGISTERED, CHECKED_IN, DONATED, DEFERRED and NO_SHOW: everyone who held a place. */
  signUps: number;
  waitlisted: number;
  cancelled: number;
  /** Everyone who came: CHECKED_IN, DONATED, DEFERRED. */
  checkedIn: number;
  donated: number;
  deferred: number;
  noShow: number;
  /** donated / signUps, 0 when there are none. */
  conversionRate: number;
}

export const NO_COUNTS: StatusCounts = { registered: 0, waitlisted: 0, cancelled: 0, checkedIn: 0, donated: 0, deferred: 0, noShow: 0 };

export function addCounts(a: StatusCounts, b: StatusCounts): StatusCounts {
  return {
    registered: a.registered + b.registered,
    waitlisted: a.waitlisted + b.waitlisted,
    cancelled: a.cancelled + b.cancelled,
    checkedIn: a.checkedIn + b.checkedIn,
    donated: a.donated + b.donated,
    deferred: a.deferred + b.deferred,
    noShow: a.noShow + b.noShow,
  };
}

export function funnelOf(c: StatusCounts): Funnel {
  const signUps = c.registered + c.checkedIn + c.donated + c.deferred + c.noShow;
  return {
    signUps,
    waitlisted: c.waitlisted,
    cancelled: c.cancelled,
    checkedIn: c.checkedIn + c.donated + c.deferred,
    donated: c.donated,
    deferred: c.deferred,
    noShow: c.noShow,
    conversionRate: signUps === 0 ? 0 : c.donated / signUps,
  };
}

/**
 * What a contest ranks by (issue 22): its organizers choose. JOINED is DONATED under the name it
 * has on a stem-cell registry drive ("sample taken, joined the registry", registry.ts): the same
 * outcome, so the same order; the choice gives the boards their words.
 */
export enum Ranking {
  DONATED = 'DONATED',
  JOINED = 'JOINED',
  CAME = 'CAME',
  SIGN_UPS = 'SIGN_UPS',
  CONVERSION = 'CONVERSION',
}

/** The figures a ranking reads: always the public ones (disclosure.ts), so that every audience sees the same ranks. */
export type RankedFigures = Pick<Funnel, 'donated' | 'signUps' | 'checkedIn' | 'conversionRate'>;

/**
 * Names compare by Unicode code point (the byte order of UTF-8, PostgreSQL's COLLATE "C"), not by
 * UTF-16 code unit as `<` does: the two differ only between characters above U+FFFF and those
 * from U+E000 to U+FFFF, but a board ranked by PostgreSQL (the API's boards) must break ties
 * exactly as this file does. Case and accents are not folded: a stable, locale-free order.
 */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800-DFFF) stand for code points above U+FFFF: move them above U+E000-FFFF.
    if (x >= 0xd800) x += x >= 0xe000 ? -0x800 : 0x2000;
    if (y >= 0xd800) y += y >= 0xe000 ? -0x800 : 0x2000;
    return x - y;
  }
  return a.length - b.length;
}

const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);

/**
 * The figures compared, most significant first (each descending), for each ranking; ties then go
 * by name (compareNames). Stated once: rankBy sorts by it, and the API's boards have PostgreSQL
 * rank by it (conversions/board-ranking.ts).
 */
export const RANKING_KEYS: Readonly<Record<Ranking, readonly (keyof RankedFigures)[]>> = {
  [Ranking.DONATED]: ['donated', 'signUps'],
  [Ranking.JOINED]: ['donated', 'signUps'],
  [Ranking.CAME]: ['checkedIn', 'donated', 'signUps'],
  [Ranking.SIGN_UPS]: ['signUps', 'donated'],
  [Ranking.CONVERSION]: ['conversionRate', 'donated', 'signUps'],
};

/**
 * Ranks by the chosen figure (desc), then the next ones, then name; ranks run 1..N without gaps
 * or ties. Given public figures, a board ranks the same for organizers and for the public: were
 * CAME ranked on the organizers' checkedIn, a rank would give away what the public figure withholds.
 */
export function rankBy<T extends { name: string; ranked: RankedFigures }>(rows: T[], ranking: Ranking): (T & { rank: number })[] {
  const keys = RANKING_KEYS[ranking];
  return [...rows]
    .sort((a, b) => {
      for (const key of keys) {
        const d = b.ranked[key] - a.ranked[key];
        if (d !== 0) return d;
      }
      return byName(a, b);
    })
    .map((row, i) => ({ ...row, rank: i + 1 }));
}

/**
 * Ranks by donated (desc), then sign-ups (desc), then name; ranks run 1..N without gaps or ties.
 * Neither figure is coarsened on public boards (disclosure.ts), so a board ranks the same for
 * organizers and for the public.
 */
export function rankByConversion<T extends { name: string; funnel: Pick<Funnel, 'donated' | 'signUps'> }>(rows: T[]): (T & { rank: number })[] {
  return [...rows]
    .sort((a, b) => b.funnel.donated - a.funnel.donated || b.funnel.signUps - a.funnel.signUps || byName(a, b))
    .map((row, i) => ({ ...row, rank: i + 1 }));
}

/** Donation counts worth a word of thanks. */
export const MILESTONES = [1, 10, 25, 50, 100] as const;

/** The milestone a donor reaches with their n-th donation, if any. */
export function milestoneAt(donationCount: number): number | null {
  return (MILESTONES as readonly number[]).includes(donationCount) ? donationCount : null;
}

/** Every milestone reached by a donor with this many donations. */
export function milestonesReached(donationCount: number): number[] {
  return MILESTONES.filter((m) => donationCount >= m);
}
