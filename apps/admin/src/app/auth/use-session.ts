// Who is signed in, for components: the stored session, re-rendered when it starts or ends; and
// what each role may open and change, as the API's access decorators say
// (apps/api/src/common/auth/access.decorators.ts). The API refuses the rest; the app hides it so
// that nobody meets a button that can only fail.
import { useSyncExternalStore } from 'react';
import type { Role } from '../../generated/graphql';
import { session, type Session } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

/** Who runs drives and changes an organization's data (`@Organizers()`). */
export const ORGANIZER_ROLES: readonly Role[] = ['ADMIN', 'ORGANIZER'];
/** Who reads an organization's data, personal data included (`@Readers()`): viewers only read. */
export const READER_ROLES: readonly Role[] = ['ADMIN', 'ORGANIZER', 'VIEWER'];
/** Who works a check-in desk (`@DeskWork()`): desk staff only on their own drives. */
export const DESK_ROLES: readonly Role[] = ['ADMIN', 'ORGANIZER', 'DESK'];
export const ADMIN_ROLES: readonly Role[] = ['ADMIN'];

export function isOrganizer(role: Role | undefined): boolean {
  return !!role && ORGANIZER_ROLES.includes(role);
}

/** Where a role starts: its first page. */
export function homeOf(role: Role): string {
  if (role === 'DESK') return '/desk';
  if (role === 'TEAM_LEAD') return '/my-teams';
  return '/drives';
}

/** Whether the signed-in person may change what they see (a viewer only reads). */
export function useMayChange(): boolean {
  return isOrganizer(useSession()?.role);
}

/** Whether the signed-in person may check people in and record outcomes. */
export function useMayWorkDesk(): boolean {
  const role = useSession()?.role;
  return !!role && DESK_ROLES.includes(role);
}
