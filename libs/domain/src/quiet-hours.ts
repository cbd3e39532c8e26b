// Messages nobody is waiting for (a new drive announced) do not wake people up: queued during the
// night of the drive's time zone, they wait for the morning. Answers to something a person just
// did (a code, a confirmation) and urgent call-outs are not held.

/** The night, in local hours: from QUIET_FROM_HOUR (inclusive) to QUIET_UNTIL_HOUR (exclusive). */
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    partsFormats.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return { y: p.year, mo: p.month, d: p.day, h: p.hour, mi: p.minute, s: p.second };
}

/** The instant a wall-clock time of a day names in a time zone (the zone's offset that day). */
function instantOf(y: number, mo: number, d: number, h: number, timeZone: string): Date {
  const guess = Date.UTC(y, mo - 1, d, h);
  const seen = wallClock(new Date(guess), timeZone);
  const offset = Date.UTC(seen.y, seen.mo - 1, seen.d, seen.h, seen.mi, seen.s) - guess;
  return new Date(guess - offset);
}

/**
 * When a message queued at `now` may go out in `timeZone`: `now` itself during the day, or the
 * coming QUIET_UNTIL_HOUR (local) when `now` falls in the night.
 */
export function afterQuietHours(now: Date, timeZone: string): Date {
  const local = wallClock(now, timeZone);
  if (local.h >= QUIET_UNTIL_HOUR && local.h < QUIET_FROM_HOUR) return now;
  // After midnight the morning is today's; in the evening, tomorrow's.
  const day = new Date(Date.UTC(local.y, local.mo - 1, local.d + (local.h >= QUIET_FROM_HOUR ? 1 : 0)));
  return instantOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), QUIET_UNTIL_HOUR, timeZone);
}
