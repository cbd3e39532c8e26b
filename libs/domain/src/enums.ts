// The contract's enums, as TypeScript enums whose values are the GraphQL names.

export enum Role {
  ADMIN = 'ADMIN',
  ORGANIZER = 'ORGANIZER',
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
