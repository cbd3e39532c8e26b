// The calendar invite (RFC 5545) attached to every message about a shift, written directly. The
// `ics` package's createEvent validates its input with yup on each call, and the profile of the
// outbox delivery showed that validation taking about a fifth of the API's CPU per message. The
// text is what `ics` writes for the same event, line for line (calendar-invite.spec.ts holds them
// side by side), without the validation: every value comes from the database, already checked.
// One difference, invisible to a calendar: a line with combining accents may be folded a few
// characters later than `ics` would (it counts the accent apart from its letter); unfolded, the
// text is the same.

export interface ShiftInvite {
  uid: string;
  title: string;
  location: string | null;
  description: string;
  start: Date;
  end: Date;
  productId: string;
  /** DTSTAMP: when the invite was made (now). */
  stamp?: Date;
}

/** TEXT values: backslash, newline, semicolon and comma escaped. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

/** UTC date-time, to the minute as given for the shift's times, to the second for DTSTAMP. */
function utc(date: Date, toMinute: boolean): string {
  const d = toMinute ? new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes())) : date;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Lines longer than 75 characters continue on lines starting with a tab, as `ics` folds them:
 * by user-perceived characters, so that an emoji sequence or an accented letter is never cut.
 */
function fold(line: string): string {
  if (line.length <= 75) return line;
  const chars = Array.from(graphemes.segment(line), (g) => g.segment);
  if (chars.length <= 75) return line;
  const parts = [chars.slice(0, 75).join('')];
  for (let i = 75; i < chars.length; i += 74) parts.push(chars.slice(i, i + 74).join(''));
  return parts.join('\r\n\t');
}

export function calendarInvite(event: ShiftInvite): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    fold(`PRODID:${event.productId}`),
    'METHOD:PUBLISH',
    'X-PUBLISHED-TTL:PT1H',
    'BEGIN:VEVENT',
    fold(`UID:${event.uid}`),
    fold(`SUMMARY:${text(event.title)}`),
    `DTSTAMP:${utc(event.stamp ?? new Date(), false)}`,
    `DTSTART:${utc(event.start, true)}`,
    `DTEND:${utc(event.end, true)}`,
    ...(event.description ? [fold(`DESCRIPTION:${text(event.description)}`)] : []),
    ...(event.location ? [fold(`LOCATION:${text(event.location)}`)] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.join('\r\n') + '\r\n';
}
