// The dashboard's arithmetic, kept apart from the components so it is tested on its own: the
// funnel's steps and their rates, the days without sign-ups that the API leaves out, and goals.
import type { DashboardStatsFragment } from '../../generated/graphql';

type DriveStats = DashboardStatsFragment;
/** Sign-ups made on one day (YYYY-MM-DD, in the drive's zone). */
export interface DayCount {
  day: string;
  signUps: number;
}

/** a / b, or 0 when there is nothing to divide by (a drive without sign-ups converts 0%). */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export type FunnelStepKey = 'signedUp' | 'came' | 'donated' | 'deferred';

export interface FunnelStep {
  key: FunnelStepKey;
  count: number;
  /** Share of the step before it: came of signed up, donated and deferred of came. */
  ofPrevious: number | null;
  /** Share of everyone signed up (for donated: the drive's conversion rate). */
  ofSignUps: number;
}

type FunnelStats = Pick<DriveStats, 'signUps' | 'checkedIn' | 'donated' | 'deferred' | 'conversionRate'>;

/**
 * Signed up → came (checked in, donated or deferred) → donated, and deferred beside donated:
 * a deferral is a follow-up, not a loss, so it is shown, not folded into "did not donate".
 */
export function funnelSteps(stats: FunnelStats): FunnelStep[] {
  const { signUps, checkedIn: came, donated, deferred } = stats;
  return [
    { key: 'signedUp', count: signUps, ofPrevious: null, ofSignUps: signUps > 0 ? 1 : 0 },
    { key: 'came', count: came, ofPrevious: ratio(came, signUps), ofSignUps: ratio(came, signUps) },
    // The API's own rate, so the dashboard and the leaderboards never disagree by rounding.
    { key: 'donated', count: donated, ofPrevious: ratio(donated, came), ofSignUps: stats.conversionRate },
    { key: 'deferred', count: deferred, ofPrevious: ratio(deferred, came), ofSignUps: ratio(deferred, signUps) },
  ];
}

/** Adds the days in between that had no sign-up, so the curve shows the quiet days as quiet. */
export function everyDay(days: readonly DayCount[]): DayCount[] {
  if (days.length === 0) return [];
  const sorted = [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const byDay = new Map(sorted.map((d) => [d.day, d.signUps]));
  const result: DayCount[] = [];
  // Calendar days as UTC dates: no daylight-saving hour can skip or repeat a day.
  const last = Date.parse(`${sorted[sorted.length - 1].day}T00:00:00Z`);
  for (let at = Date.parse(`${sorted[0].day}T00:00:00Z`); at <= last; at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    result.push({ day, signUps: byDay.get(day) ?? 0 });
  }
  return result;
}

export interface DaysSummary {
  total: number;
  days: number;
  busiest: DayCount | null;
}

/** The curve in one sentence's worth of numbers, for people who cannot see the chart. */
export function summarizeDays(days: readonly DayCount[]): DaysSummary {
  let busiest: DayCount | null = null;
  let total = 0;
  for (const d of days) {
    total += d.signUps;
    if (!busiest || d.signUps > busiest.signUps) busiest = d;
  }
  return { total, days: days.length, busiest };
}

export interface GoalFigure {
  count: number;
  goal: number | null;
  /** 0..100 for the bar; a goal passed fills it. */
  percent: number;
  reached: boolean;
}

export function goalFigure(count: number, goal: number | null | undefined): GoalFigure {
  if (!goal) return { count, goal: null, percent: 0, reached: false };
  return { count, goal, percent: Math.min(100, Math.round((count / goal) * 100)), reached: count >= goal };
}

/** Nothing to chart yet: nobody signed up, not even someone who later cancelled. */
export function hasNoSignUps(stats: Pick<DriveStats, 'signUps' | 'waitlisted' | 'cancelled'>): boolean {
  return stats.signUps + stats.waitlisted + stats.cancelled === 0;
}

/** The instant shown as "YYYY-MM-DD" in the drive's zone, to tell whether a drive spans days. */
export function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
