// Personal recruiting credit (issue 22): a volunteer's own share link carries their sign-up's
// referral code, and whoever signs up through it is credited to them, beside the team. The code
// is a public identifier that only attributes credit: it names nobody and opens nothing.
import { MIN_DISCLOSED_GROUP } from './disclosure';
import { funnelOf, StatusCounts } from './conversion';
import { normalizeTeamCode, TEAM_CODE_ALPHABET } from './team-code';

/** Characters of a referral code, of the team-code alphabet: about 49 bits, not guessable or enumerable. */
export const REFERRAL_CODE_LENGTH = 10;

/**
 * What a link's `ref` says, as a code; null for anything that cannot be one. A malformed or
 * unknown code is ignored, never reported: whether a code exists is nobody's business.
 */
export function normalizeReferralCode(typed: string | null | undefined): string | null {
  const code = normalizeTeamCode(typed ?? '');
  return code.length === REFERRAL_CODE_LENGTH && [...code].every((c) => TEAM_CODE_ALPHABET.includes(c)) ? code : null;
}

/**
 * The path of a volunteer's personal share link: the drive's page with their team's code (so the
 * people they bring join their team, as before) and their own code. `source=share` counts the
 * sign-ups it brings as shared in a chat.
 */
export function shareLinkPath(slug: string, referralCode: string, teamCode: string | null): string {
  const params = new URLSearchParams();
  if (teamCode) params.set('team', teamCode);
  params.set('ref', referralCode);
  params.set('source', 'share');
  return `/d/${encodeURIComponent(slug)}?${params.toString()}`;
}

/** One recruiter: the people their link brought into a drive, counted by status. */
export interface RecruiterCounts {
  name: string;
  counts: StatusCounts;
}

export interface RankedRecruiter {
  rank: number;
  name: string;
  /** As given, for what a board does with the row after ranking (disclosedReferrals). */
  counts: StatusCounts;
  /** Everyone brought who held a place (as Funnel.signUps: not cancelled, not waitlisted). */
  signUps: number;
  donated: number;
}

/**
 * Ranks recruiters by the people they brought (signUps, desc), then by how many of those
 * donated (desc), then by name; ranks run 1..N without gaps or ties. Whoever brought nobody
 * who still holds a place is not on the board. `byDonations: false` leaves the donations out of
 * the order, for a board that withholds some of them (an order by them would tell them).
 */
export function rankRecruiters(rows: RecruiterCounts[], { byDonations = true } = {}): RankedRecruiter[] {
  return rows
    .map((r) => {
      const f = funnelOf(r.counts);
      return { name: r.name, counts: r.counts, signUps: f.signUps, donated: f.donated };
    })
    .filter((r) => r.signUps > 0)
    .sort((a, b) => b.signUps - a.signUps || (byDonations ? b.donated - a.donated : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((r, i) => ({ rank: i + 1, ...r }));
}

/**
 * What anyone but an organizer learns of the people one recruiter brought: how many, and how
 * many donated only when that cannot tell a deferral. The recruiter knows whom they brought, and
 * a team lead sees which of their team came (Attendance): with one or two of them come without a
 * recorded donation, the donated count would point at who failed the screening
 * (disclosure.ts). null: withheld.
 */
export function disclosedReferrals(counts: StatusCounts): { signUps: number; donated: number | null } {
  const f = funnelOf(counts);
  const cameWithoutDonation = f.checkedIn - f.donated;
  return { signUps: f.signUps, donated: cameWithoutDonation > 0 && cameWithoutDonation < MIN_DISCLOSED_GROUP ? null : f.donated };
}
