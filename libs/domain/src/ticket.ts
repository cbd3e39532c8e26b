// A sign-up's ticket (issue 21): the code the check-in desk scans to open the person's card. It
// is a locator, not a key: it lets the desk of the sign-up's own drive find the sign-up, which
// the desk could find by name anyway, and nothing else (the manage link is the key).
//
// The QR code carries `LR1:<code>`, not a URL: a phone's camera app offers to open a URL, which
// would put the code in a browser's history and lead nowhere (a ticket opens nothing publicly);
// the prefix lets the desk tell a ticket from any other QR code (a team's poster) and gives a
// later format a new version. The code is 128 bits in RFC 4648 base32 (A-Z, 2-7), so the whole
// payload fits QR's alphanumeric mode: a small code (version 2) that a tired camera still reads.
import { SignUpStatus } from './enums';

export const TICKET_PREFIX = 'LR1:';
/** 26 base32 characters: 128 bits (and two zero bits). */
export const TICKET_CODE = /^[A-Z2-7]{26}$/;

/** What a ticket's QR code says. */
export function ticketPayload(code: string): string {
  return `${TICKET_PREFIX}${code}`;
}

/**
 * The ticket code in a scanned QR code or in what someone typed (any case, spaces or dashes
 * between groups, with or without the prefix); null when it is not one of ours.
 */
export function parseTicket(text: string): string | null {
  const compact = text.trim().toUpperCase().replace(/[\s-]/g, '');
  const code = compact.startsWith(TICKET_PREFIX) ? compact.slice(TICKET_PREFIX.length) : compact;
  return TICKET_CODE.test(code) ? code : null;
}

/** The code in groups of four, as a message or a page prints it for reading aloud or typing. */
export function groupTicket(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Whether someone in this status is shown their ticket (pages and messages): not while waiting
 * for a place, which a ticket would seem to promise, nor once cancelled.
 */
export function showsTicket(status: SignUpStatus): boolean {
  return status !== SignUpStatus.WAITLISTED && status !== SignUpStatus.CANCELLED;
}
