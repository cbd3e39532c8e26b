// Dates, times and numbers as the organizer reads them: in the app's language, and for a drive's
// times in the drive's own time zone (an organizer in Beijing plans a drive in Urumqi).
import type { Locale } from '@life-relay/domain';

export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** The zone this browser shows times in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function offsetIn(timeZone: string, locale: Locale, at: Date): string | undefined {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
}

/**
 * "Asia/Shanghai, GMT+8" after a time shown on a drive's clock, or null where this browser's
 * clock reads the same at that moment: an organizer in Berlin preparing a drive in Hohhot must
 * not take 09:00 for their own 09:00, and one in Beijing need not be told what they already know.
 */
export function zoneLabel(timeZone: string, locale: Locale, at: string | Date = new Date(), here = browserTimeZone()): string | null {
  const instant = typeof at === 'string' ? new Date(at) : at;
  try {
    if (offsetIn(here, 'en', instant) === offsetIn(timeZone, 'en', instant)) return null;
    return `${timeZone.replace(/_/g, ' ')}, ${offsetIn(timeZone, locale, instant)}`;
  } catch {
    // A browser without `shortOffset`: the zone's name alone still says it.
    return here === timeZone ? null : timeZone.replace(/_/g, ' ');
  }
}

/** A time as text with its zone where the browser's differs: "Dec 5, 2030, 9:00 AM (Asia/Shanghai, GMT+8)". */
export function withZone(text: string, timeZone: string, locale: Locale, at: string | Date = new Date(), here = browserTimeZone()): string {
  const label = zoneLabel(timeZone, locale, at, here);
  return label ? `${text} (${label})` : text;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** 0.4567 → "46%". */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
