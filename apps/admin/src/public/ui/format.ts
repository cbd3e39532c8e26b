// Dates and times as the volunteer should read them: always in the drive's time zone (a poster
// in Hohhot means Hohhot time, wherever the phone thinks it is), in the page language.
import type { Locale } from '@life-relay/domain';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

const SHIFT: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };

/** "Sat, Dec 5, 09:00 – 12:00" / "12月5日周六 09:00至12:00". */
export function formatShift(startsAt: string, endsAt: string, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, SHIFT).formatRange(new Date(startsAt), new Date(endsAt));
}

/** The days of a drive: "Saturday, December 5, 2026", or a range over several days. */
export function formatDays(startsAt: string, endsAt: string, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, DAY).formatRange(new Date(startsAt), new Date(endsAt));
}

/** A calendar day (YYYY-MM-DD) as written: "December 5, 2030" / "2030年12月5日", whatever the zone. */
export function formatCalendarDay(day: string, locale: Locale): string {
  return formatter(locale, 'UTC', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(`${day}T12:00:00Z`));
}

/** A wall-clock time, for "updated at". */
export function formatClock(instant: Date, locale: Locale): string {
  return formatter(locale, Intl.DateTimeFormat().resolvedOptions().timeZone, CLOCK).format(instant);
}

/** "Asia/Shanghai, GMT+8": said only when the phone is in another zone than the drive. */
export function zoneNote(timeZone: string, locale: Locale, now = new Date()): string | null {
  try {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const offset = (zone: string, lang: Locale) =>
      formatter(lang, zone, { timeZoneName: 'shortOffset' })
        .formatToParts(now)
        .find((p) => p.type === 'timeZoneName')?.value;
    if (offset(here, 'en') === offset(timeZone, 'en')) return null;
    return `${timeZone.replace(/_/g, ' ')}, ${offset(timeZone, locale)}`;
  } catch {
    // Older browsers lack `shortOffset`: the zone's name alone still says it.
    return timeZone.replace(/_/g, ' ');
  }
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatPercent(rate: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
