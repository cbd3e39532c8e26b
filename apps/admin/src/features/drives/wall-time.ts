// A drive's times are typed as the clock on the wall where the drive happens ("09:00 in Urumqi"),
// whatever zone the organizer's own computer is in. These turn such a wall time
// ("2026-12-05T09:00", the value of a datetime-local input) into an instant and back.
import { TZDate, tzOffset } from '@date-fns/tz';

/** `YYYY-MM-DDTHH:mm`, as a datetime-local input reads and writes it. */
export type WallTime = string;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The instant (ISO, UTC) at which the clocks of `timeZone` show `wall`; null for anything that
 * is not a complete wall time. Where the clocks go back and the time happens twice, it is the
 * first of the two; where they jump forward over it, it is read with the offset in force before
 * the jump (02:30 in a 02:00→03:00 gap becomes 03:30), as a person would read a clock.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): string | null {
  const parts = WALL_TIME.exec(wall);
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;

  // The offsets in force a day either side cover any transition near this wall time.
  const before = tzOffset(timeZone, new Date(asUtc - DAY));
  const after = tzOffset(timeZone, new Date(asUtc + DAY));
  if (Number.isNaN(before) || Number.isNaN(after)) return null;
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => asUtc - tzOffset(timeZone, new Date(instant)) * MINUTE === instant)
    .sort((a, b) => a - b);
  const instant = candidates[0] ?? asUtc - before * MINUTE;
  return new Date(instant).toISOString();
}

/** What the clocks of `timeZone` show at `instant`, as `YYYY-MM-DDTHH:mm`. */
export function instantToWallTime(instant: string | Date, timeZone: string): WallTime {
  const local = new TZDate(new Date(instant).getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** The wall time `hours` later on the same clocks (for "a new shift of two hours"). */
export function addHoursToWallTime(wall: WallTime, hours: number, timeZone: string): WallTime | null {
  const instant = wallTimeToInstant(wall, timeZone);
  return instant ? instantToWallTime(new Date(new Date(instant).getTime() + hours * 3_600_000), timeZone) : null;
}

/**
 * Where a copy of a drive starts by default: the same time of day a week after the original, or
 * a week from today when the original is already past (copies are mostly made of last year's).
 */
export function suggestedCopyStart(startsAt: string, timeZone: string, now: Date = new Date()): WallTime {
  const original = instantToWallTime(startsAt, timeZone);
  const base = new Date(startsAt) > now ? original : `${instantToWallTime(now, timeZone).slice(0, 10)}${original.slice(10)}`;
  const [year, month, day] = base.slice(0, 10).split('-').map(Number);
  const later = new Date(Date.UTC(year, month - 1, day + 7));
  return `${later.toISOString().slice(0, 10)}${base.slice(10)}`;
}
