// The "add to calendar" file, built in the browser with the `ics` library. Times are written in
// UTC (…Z), so every calendar app places the shift right whatever zone the phone is in. Loaded
// on demand: the form page does not need it.
import { createEvent, type DateArray } from 'ics';

export interface CalendarEntry {
  /** Stable across downloads, so importing twice updates one event instead of adding two. */
  uid: string;
  title: string;
  location: string;
  description?: string;
  url?: string;
  startsAt: string;
  endsAt: string;
}

function utcParts(iso: string): DateArray {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

export function calendarFile(entry: CalendarEntry): string {
  const { error, value } = createEvent({
    uid: entry.uid,
    productId: 'life-relay',
    title: entry.title,
    location: entry.location,
    description: entry.description,
    url: entry.url,
    start: utcParts(entry.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(entry.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be made');
  return value;
}
