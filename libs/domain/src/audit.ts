// What the audit log records (issue 19): who read or exported personal data, changed an account,
// or sent a message to many people. A closed set, so an admin can filter by it and the database
// can refuse anything else.
export enum AuditAction {
  /** An organizer (or a team lead, for their team) was shown volunteers' personal data. */
  PERSONAL_DATA_READ = 'PERSONAL_DATA_READ',
  /** A drive's sign-ups left the platform as a file. */
  PERSONAL_DATA_EXPORTED = 'PERSONAL_DATA_EXPORTED',
  SIGN_UPS_IMPORTED = 'SIGN_UPS_IMPORTED',
  VOLUNTEERS_MERGED = 'VOLUNTEERS_MERGED',
  CALL_OUT_SENT = 'CALL_OUT_SENT',
  /** Organizers wrote to a drive's sign-ups (issue 21). */
  DRIVE_MESSAGE_SENT = 'DRIVE_MESSAGE_SENT',
  /** The desk registered (and checked in) a person who came without signing up (issue 21). */
  WALK_IN_REGISTERED = 'WALK_IN_REGISTERED',
  /** Organizers approved college coordinators' team requests: teams made, coordinators invited as leads. */
  TEAM_REQUESTS_APPROVED = 'TEAM_REQUESTS_APPROVED',
  TEAM_REQUESTS_DECLINED = 'TEAM_REQUESTS_DECLINED',
  /** A team lead was removed from a team, by an organizer or by a co-lead of the team. */
  TEAM_LEAD_REMOVED = 'TEAM_LEAD_REMOVED',
  /** An organizer set who may donate at their organization's drives (issue 22): its age limits. */
  ELIGIBILITY_RULES_CHANGED = 'ELIGIBILITY_RULES_CHANGED',
  USER_INVITED = 'USER_INVITED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  USER_DEACTIVATED = 'USER_DEACTIVATED',
  USER_REACTIVATED = 'USER_REACTIVATED',
  PASSWORD_RESET_LINK_ISSUED = 'PASSWORD_RESET_LINK_ISSUED',
  /** With a one-time link (an invitation or a reset): the actor is the account's owner. */
  PASSWORD_SET = 'PASSWORD_SET',
  /** By the signed-in owner, with the current password. */
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  /** An organizer erased a person's personal data on their request (issue 20). */
  VOLUNTEER_ERASED = 'VOLUNTEER_ERASED',
  /** The retention job erased the personal data of people whose last drive closed RETENTION_DAYS ago. */
  RETENTION_ERASED = 'RETENTION_ERASED',
  /** The desk or an organizer confirmed a volunteer's blood type (issue 23): who and when, from where. */
  BLOOD_TYPE_VERIFIED = 'BLOOD_TYPE_VERIFIED',
  /** An organizer imported verified blood types from the blood service's file (issue 23). */
  BLOOD_TYPES_IMPORTED = 'BLOOD_TYPES_IMPORTED',
  /** An organizer wrote down when a person on the reserve roster can come (issue 23). */
  AVAILABILITY_NOTES_CHANGED = 'AVAILABILITY_NOTES_CHANGED',
  /** An organizer set how much their organization needs a blood group (issue 23). */
  SHORTAGE_LEVEL_SET = 'SHORTAGE_LEVEL_SET',
}

/** What an audit event is about; its id is in the event's subject id. */
export enum AuditSubjectType {
  DRIVE = 'DRIVE',
  TEAM = 'TEAM',
  VOLUNTEER = 'VOLUNTEER',
  USER = 'USER',
  CALL_OUT = 'CALL_OUT',
}
