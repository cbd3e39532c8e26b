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
 * Whether a character of the line may form one user-perceived character with another: marks
 * (accents, vowel signs, variation selectors), the zero-width joiner, Hangul jamo, prepended
 * signs, and anything outside the Basic Multilingual Plane (emoji, regional indicators).
 */
const JOINING = /[\p{M}\u200D\u1160-\u11FF\uD7B0-\uD7FF\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0E33\u0EB3]/u;
const mayJoin = (line: string) => JOINING.test(line) || /[\uD800-\uDFFF]/.test(line);

/**
 * Lines longer than 75 characters continue on lines starting with a tab, as `ics` folds them:
 * by user-perceived characters, so that an emoji sequence or an accented letter is never cut.
 */
function fold(line: string): string {
  if (line.length <= 75) return line;
  // Most lines have no character that joins with its neighbour: then every UTF-16 unit is one
  // character and segmenting (a tenth of a millisecond per invite) can be skipped.
  const chars = mayJoin(line) ? Array.from(graphemes.segment(line), (g) => g.segment) : line;
  if (chars.length <= 75) return line;
  const piece = (from: number, to: number) => (typeof chars === 'string' ? chars.slice(from, to) : chars.slice(from, to).join(''));
  const parts = [piece(0, 75)];
  for (let i = 75; i < chars.length; i += 74) parts.push(piece(i, i + 74));
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
