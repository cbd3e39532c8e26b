import { Role } from '@life-relay/domain';

/** Who is calling, as the AccessGuard established it from the bearer token and the database. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
  /** The organization whose data this user reaches; null for an ADMIN, who reaches every one. */
  organizationId: string | null;
  /** DESK only: the drives whose check-in desk this user works. */
  deskDriveIds: readonly string[];
}

/** People who see an organization's personal data: admins, organizers and read-only viewers. */
export function isOrganizer(user: AuthenticatedUser | null): boolean {
  return user?.role === Role.ADMIN || user?.role === Role.ORGANIZER || user?.role === Role.VIEWER;
}

/**
 * The organization a query is limited to: the caller's own, or null (no limit) for an admin.
 * Every list of an organization's data filters by it.
 */
export function organizationScope(user: AuthenticatedUser): string | null {
  return user.role === Role.ADMIN ? null : user.organizationId;
}

/** Whether the caller reaches an organization's data: an admin every one, anyone else their own. */
export function reaches(user: AuthenticatedUser | null, organizationId: string): boolean {
  return user?.role === Role.ADMIN || (user !== null && user.organizationId === organizationId);
}
