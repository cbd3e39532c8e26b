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
 * Ranks by donated (desc), then sign-ups (desc), then name; ranks run 1..N without gaps or ties.
 * Neither figure is coarsened on public boards (disclosure.ts), so a board ranks the same for
 * organizers and for the public.
 */
export function rankByConversion<T extends { name: string; funnel: Pick<Funnel, 'donated' | 'signUps'> }>(rows: T[]): (T & { rank: number })[] {
  return [...rows]
    .sort(
      (a, b) =>
        b.funnel.donated - a.funnel.donated ||
        b.funnel.signUps - a.funnel.signUps ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
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
