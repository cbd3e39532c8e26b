import { SignUpStatus } from './enums';

// The sign-up lifecycle (see docs/product.md): which status may follow which.
const NEXT: Record<SignUpStatus, readonly SignUpStatus[]> = {
  [SignUpStatus.REGISTERED]: [SignUpStatus.CANCELLED, SignUpStatus.CHECKED_IN, SignUpStatus.NO_SHOW],
  [SignUpStatus.WAITLISTED]: [SignUpStatus.REGISTERED, SignUpStatus.CANCELLED],
  [SignUpStatus.CANCELLED]: [],
  [SignUpStatus.CHECKED_IN]: [SignUpStatus.DONATED, SignUpStatus.DEFERRED],
  [SignUpStatus.DONATED]: [],
  [SignUpStatus.DEFERRED]: [],
  [SignUpStatus.NO_SHOW]: [],
};

// Corrections an organizer may make after the fact (a wrong tap at the desk, a person marked
// absent who did come). Every correction is kept in the audit trail.
const CORRECTIONS: Record<SignUpStatus, readonly SignUpStatus[]> = {
  [SignUpStatus.REGISTERED]: [],
  [SignUpStatus.WAITLISTED]: [],
  [SignUpStatus.CANCELLED]: [],
  [SignUpStatus.CHECKED_IN]: [SignUpStatus.NO_SHOW],
  [SignUpStatus.DONATED]: [SignUpStatus.DEFERRED, SignUpStatus.NO_SHOW],
  [SignUpStatus.DEFERRED]: [SignUpStatus.DONATED, SignUpStatus.NO_SHOW],
  [SignUpStatus.NO_SHOW]: [SignUpStatus.CHECKED_IN, SignUpStatus.DONATED, SignUpStatus.DEFERRED],
};

export function canMoveTo(from: SignUpStatus, to: SignUpStatus): boolean {
  return NEXT[from].includes(to);
}

export function canCorrectTo(from: SignUpStatus, to: SignUpStatus): boolean {
  return CORRECTIONS[from].includes(to);
}

/** Statuses that hold a place in a shift. */
export const HOLDS_A_PLACE: readonly SignUpStatus[] = [
  SignUpStatus.REGISTERED,
  SignUpStatus.CHECKED_IN,
  SignUpStatus.DONATED,
  SignUpStatus.DEFERRED,
  SignUpStatus.NO_SHOW,
];
