// The contract's enums, as TypeScript enums whose values are the GraphQL names.

/**
 * ADMIN runs the platform (every organization); the others belong to one organization:
 * ORGANIZER runs its drives, VIEWER reads what an organizer reads and changes nothing, DESK works
 * the check-in desk of the drives it is given, TEAM_LEAD follows their teams' attendance.
 */
export enum Role {
  ADMIN = 'ADMIN',
  ORGANIZER = 'ORGANIZER',
  VIEWER = 'VIEWER',
  DESK = 'DESK',
  TEAM_LEAD = 'TEAM_LEAD',
}

export enum DriveStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

export enum DriveKind {
  WHOLE_BLOOD = 'WHOLE_BLOOD',
  PLATELETS = 'PLATELETS',
  STEM_CELL_REGISTRY = 'STEM_CELL_REGISTRY',
  GENERAL = 'GENERAL',
}

export enum BloodType {
  A_POS = 'A_POS',
  A_NEG = 'A_NEG',
  B_POS = 'B_POS',
  B_NEG = 'B_NEG',
  AB_POS = 'AB_POS',
  AB_NEG = 'AB_NEG',
  O_POS = 'O_POS',
  O_NEG = 'O_NEG',
}

export enum SignUpStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  CHECKED_IN = 'CHECKED_IN',
  DONATED = 'DONATED',
  DEFERRED = 'DEFERRED',
  NO_SHOW = 'NO_SHOW',
}
