// Every message the platform sends, by purpose, with the traits that decide how it is sent: the
// sign-up path and the scanners queue them, the renderer attaches an invite or an unsubscribe
// link and skips what is no longer relevant, organizers preview them. One list, so that a new
// purpose cannot get its calendar invite in one place and forget its unsubscribe link in another.
import { SignUpStatus } from './enums';

export enum MessagePurpose {
  SIGN_UP_CONFIRMATION = 'SIGN_UP_CONFIRMATION',
  SIGN_UP_CONFIRMATION_RESENT = 'SIGN_UP_CONFIRMATION_RESENT',
  SHIFT_CHANGED = 'SHIFT_CHANGED',
  WAITLIST_PROMOTION = 'WAITLIST_PROMOTION',
  SHIFT_REMINDER = 'SHIFT_REMINDER',
  THANK_YOU = 'THANK_YOU',
  ELIGIBLE_AGAIN = 'ELIGIBLE_AGAIN',
  DEFERRAL_FOLLOW_UP = 'DEFERRAL_FOLLOW_UP',
  CALL_OUT = 'CALL_OUT',
  /**
   * Organizers' own words to a drive's sign-ups (picked by status, shift and team), in the
   * person's language. Service, not marketing: it is about a drive they signed up for, so it
   * reaches those who unsubscribed from what nobody asked for, and cannot be turned off.
   */
  DRIVE_MESSAGE = 'DRIVE_MESSAGE',
  /** A published drive's place or time changed: to everyone REGISTERED or WAITLISTED it concerns. */
  DRIVE_CHANGED = 'DRIVE_CHANGED',
  /** After a drive closed, to its no-shows: we missed you, and the organization's next drive. */
  WE_MISSED_YOU = 'WE_MISSED_YOU',
  /**
   * A drive was published: to the organization's past volunteers who may donate on its first day
   * (what "we will let you know when the next drive is announced" promises), once per drive.
   */
  DRIVE_ANNOUNCED = 'DRIVE_ANNOUNCED',
  INVITATION = 'INVITATION',
  /**
   * To a college coordinator whose team request an organizer declined: once per request, in the
   * language they asked in, so that nobody waits for an answer that has come.
   */
  TEAM_REQUEST_DECLINED = 'TEAM_REQUEST_DECLINED',
  TEAM_DIGEST = 'TEAM_DIGEST',
  /** The one-time code that proves a contact is the volunteer's (its payload's code is scrubbed once sent). */
  SIGN_UP_CODE = 'SIGN_UP_CODE',
  /** To an account's owner: their password was changed or reset through a link (never carries a link). */
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  /** To an account's owner: an admin made a set-password link for their account (never carries the link). */
  PASSWORD_RESET_LINK = 'PASSWORD_RESET_LINK',
  /**
   * A link to the page of everything stored about a person (/me/<token>, minted when sent), or,
   * to a contact nobody has, word that nothing is stored about it.
   */
  MY_DATA_LINK = 'MY_DATA_LINK',
}

export interface MessagePurposeTraits {
  /** About a shift the volunteer holds: the message carries a calendar invite, and their ticket for the desk (unless waitlisted). */
  aboutAShift: boolean;
  /**
   * Not asked for by anything the volunteer did: the message carries a one-click unsubscribe
   * (RFC 8058) and is not sent to someone who unsubscribed.
   */
  unsolicited: boolean;
  /** The statuses of its sign-up in which the message is still worth sending (otherwise it is skipped); null: any. */
  relevantWhile: readonly SignUpStatus[] | null;
  /**
   * A kind of message a volunteer may turn off on their data page (/me/<token>), one by one.
   * Not what answers something they just did (a confirmation, a code, their data link).
   */
  optional: boolean;
}

const { REGISTERED, WAITLISTED, CHECKED_IN, DONATED, DEFERRED, NO_SHOW } = SignUpStatus;

/** In the order of a volunteer's journey, as organizers see them previewed. */
export const MESSAGE_PURPOSES: Readonly<Record<MessagePurpose, MessagePurposeTraits>> = {
  SIGN_UP_CONFIRMATION: { aboutAShift: true, unsolicited: false, relevantWhile: [REGISTERED, WAITLISTED], optional: false },
  SIGN_UP_CONFIRMATION_RESENT: { aboutAShift: true, unsolicited: false, relevantWhile: [REGISTERED, WAITLISTED, CHECKED_IN], optional: false },
  SHIFT_CHANGED: { aboutAShift: true, unsolicited: false, relevantWhile: [REGISTERED, WAITLISTED], optional: false },
  WAITLIST_PROMOTION: { aboutAShift: true, unsolicited: false, relevantWhile: [REGISTERED], optional: false },
  SHIFT_REMINDER: { aboutAShift: true, unsolicited: false, relevantWhile: [REGISTERED], optional: true },
  THANK_YOU: { aboutAShift: false, unsolicited: false, relevantWhile: [DONATED], optional: true },
  ELIGIBLE_AGAIN: { aboutAShift: false, unsolicited: true, relevantWhile: null, optional: true },
  DEFERRAL_FOLLOW_UP: { aboutAShift: false, unsolicited: true, relevantWhile: [DEFERRED], optional: true },
  CALL_OUT: { aboutAShift: false, unsolicited: true, relevantWhile: null, optional: true },
  DRIVE_MESSAGE: { aboutAShift: false, unsolicited: false, relevantWhile: null, optional: false },
  DRIVE_CHANGED: { aboutAShift: true, unsolicited: false, relevantWhile: [REGISTERED, WAITLISTED], optional: false },
  WE_MISSED_YOU: { aboutAShift: false, unsolicited: true, relevantWhile: [NO_SHOW], optional: true },
  DRIVE_ANNOUNCED: { aboutAShift: false, unsolicited: true, relevantWhile: null, optional: true },
  INVITATION: { aboutAShift: false, unsolicited: false, relevantWhile: null, optional: false },
  TEAM_REQUEST_DECLINED: { aboutAShift: false, unsolicited: false, relevantWhile: null, optional: false },
  TEAM_DIGEST: { aboutAShift: false, unsolicited: false, relevantWhile: null, optional: false },
  SIGN_UP_CODE: { aboutAShift: false, unsolicited: false, relevantWhile: null, optional: false },
  PASSWORD_CHANGED: { aboutAShift: false, unsolicited: false, relevantWhile: null, optional: false },
  PASSWORD_RESET_LINK: { aboutAShift: false, unsolicited: false, relevantWhile: null, optional: false },
  MY_DATA_LINK: { aboutAShift: false, unsolicited: false, relevantWhile: null, optional: false },
};

/** The kinds of message a volunteer may turn off one by one, in the order of MESSAGE_PURPOSES. */
export const OPTIONAL_MESSAGE_PURPOSES = (Object.keys(MESSAGE_PURPOSES) as MessagePurpose[]).filter((p) => MESSAGE_PURPOSES[p].optional);

/** Every purpose, in the order of MESSAGE_PURPOSES. */
export const ALL_MESSAGE_PURPOSES = Object.keys(MESSAGE_PURPOSES) as MessagePurpose[];

/** The traits of a purpose as stored (a string); none for a purpose this code does not know. */
export function traitsOf(purpose: string): MessagePurposeTraits | undefined {
  return Object.prototype.hasOwnProperty.call(MESSAGE_PURPOSES, purpose) ? MESSAGE_PURPOSES[purpose as MessagePurpose] : undefined;
}

/**
 * Whether a message is still worth sending to someone whose sign-up now has this status (a
 * reminder for a cancelled sign-up is not).
 */
export function stillRelevant(purpose: string, status: SignUpStatus): boolean {
  const relevant = traitsOf(purpose)?.relevantWhile;
  return !relevant || relevant.includes(status);
}
