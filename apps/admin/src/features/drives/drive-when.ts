import type { Locale } from '@life-relay/domain';

/** "Dec 5, 2026, 8:00 AM – 6:00 PM" on the drive's clocks (the end's date only when it differs). */
export function formatDriveWhen(startsAt: string, endsAt: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).formatRange(new Date(startsAt), new Date(endsAt));
}
