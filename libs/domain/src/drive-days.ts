import { dayInZone } from './eligibility';

// The desk records what happened at a drive on the drive's own days; on any other day a tap on
// "Donated" is a mistake (and would send a real thank-you), so only an organizer may record one,
// on purpose (e.g. paper forms entered the week after). Written once: the API refuses with it,
// the desk's card says so before the tap.

export interface DriveDays {
  /** YYYY-MM-DD: the day, in the drive's zone, its first shift starts. */
  first: string;
  /** YYYY-MM-DD: the day, in the drive's zone, its last shift ends. */
  last: string;
}

/** The drive's days in its time zone, from its shifts; null for a drive without shifts. */
export function driveDays(shifts: ReadonlyArray<{ startsAt: Date; endsAt: Date }>, timeZone: string): DriveDays | null {
  if (!shifts.length) return null;
  const start = Math.min(...shifts.map((s) => s.startsAt.getTime()));
  const end = Math.max(...shifts.map((s) => s.endsAt.getTime()));
  return { first: dayInZone(new Date(start), timeZone), last: dayInZone(new Date(end), timeZone) };
}

/** Whether `now` falls on one of the drive's days, in the drive's zone (YYYY-MM-DD strings compare as dates). */
export function isOnDriveDays(now: Date, days: DriveDays | null, timeZone: string): boolean {
  if (!days) return false;
  const today = dayInZone(now, timeZone);
  return today >= days.first && today <= days.last;
}
