import { Role } from '@life-relay/domain';

/** Who is calling, as the AccessGuard established it from the bearer token and the database. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
}

export function isOrganizer(user: AuthenticatedUser | null): boolean {
  return user?.role === Role.ADMIN || user?.role === Role.ORGANIZER;
}
