// What the public and team leads may learn from the funnel (docs/product.md: "team leads see who
// of their own team came, never outcomes or health data; public pages and leaderboards show no
// deferral counts and no count small enough to single a person out"). Organizers see the funnel
// itself (conversion.ts); everyone else sees it through this file, so that the public boards, a
// lead's standing and the drive's public totals cannot disagree about what is withheld.
import { StatusCounts, funnelOf } from './conversion';
import { SignUpStatus } from './enums';

/**
 * The fewest people "came without a recorded donation" may describe where anyone but an organizer
 * can read it. After a drive closes, someone who came and did not donate was deferred by the
 * health screening: with 1 or 2 such people in a team, whoever saw a classmate go to the drive
 * (and sees the team's donations stay put) learns or can narrow down who failed the screening.
 * 3 is the smallest group in which no member can be singled out by someone who knows one other
 * member, and the minimum cell size statistics offices commonly publish.
 */
export const MIN_DISCLOSED_GROUP = 3;

/**
 * The funnel as the public and team leads see it: no deferred and no no-show figure (either,
 * beside signUps and checkedIn, gives the other and so the deferrals), and checkedIn coarsened
 * so that checkedIn - donated is 0 or at least MIN_DISCLOSED_GROUP.
 */
export interface PublicFunnel {
  signUps: number;
  waitlisted: number;
  cancelled: number;
  /**
   * Everyone who came, except that those who came without a recorded donation (deferred, or not
   * yet seen by the screening) count only when there are at least MIN_DISCLOSED_GROUP of them.
   */
  checkedIn: number;
  donated: number;
  /** donated / signUps, 0 when there are none: both shown as they are, so the rate is too. */
  conversionRate: number;
}

export const NO_PUBLIC_FUNNEL: PublicFunnel = { signUps: 0, waitlisted: 0, cancelled: 0, checkedIn: 0, donated: 0, conversionRate: 0 };

/**
 * The public funnel of the smallest group a board shows: one team in one drive, or the drive's
 * sign-ups that came without a team. Larger groups (a college, a team's drives together, the
 * drive's totals) are the sum of these (addPublicFunnels), never coarsened from their own true
 * counts: were they, a total minus the rows shown beside it would give back what a row withholds.
 * signUps and donated are never changed, so ranks are the same whichever of the two is ranked.
 */
export function publicFunnelOf(counts: StatusCounts): PublicFunnel {
  const f = funnelOf(counts);
  const cameWithoutDonation = f.checkedIn - f.donated;
  return {
    signUps: f.signUps,
    waitlisted: f.waitlisted,
    cancelled: f.cancelled,
    checkedIn: cameWithoutDonation < MIN_DISCLOSED_GROUP ? f.donated : f.checkedIn,
    donated: f.donated,
    conversionRate: f.conversionRate,
  };
}

export function addPublicFunnels(a: PublicFunnel, b: PublicFunnel): PublicFunnel {
  const signUps = a.signUps + b.signUps;
  const donated = a.donated + b.donated;
  return {
    signUps,
    waitlisted: a.waitlisted + b.waitlisted,
    cancelled: a.cancelled + b.cancelled,
    checkedIn: a.checkedIn + b.checkedIn,
    donated,
    conversionRate: signUps === 0 ? 0 : donated / signUps,
  };
}

/**
 * What a team lead learns of one of their team's sign-ups: whether the person came, never what
 * the screening said. Checked in, donated and deferred are all CAME.
 */
export enum Attendance {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  CAME = 'CAME',
  DID_NOT_COME = 'DID_NOT_COME',
}

const ATTENDANCE: Record<SignUpStatus, Attendance> = {
  [SignUpStatus.REGISTERED]: Attendance.REGISTERED,
  [SignUpStatus.WAITLISTED]: Attendance.WAITLISTED,
  [SignUpStatus.CANCELLED]: Attendance.CANCELLED,
  [SignUpStatus.CHECKED_IN]: Attendance.CAME,
  [SignUpStatus.DONATED]: Attendance.CAME,
  [SignUpStatus.DEFERRED]: Attendance.CAME,
  [SignUpStatus.NO_SHOW]: Attendance.DID_NOT_COME,
};

export function attendanceOf(status: SignUpStatus): Attendance {
  return ATTENDANCE[status];
}
