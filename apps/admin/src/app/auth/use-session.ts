// Who is signed in, for components: the stored session, re-rendered when it starts or ends.
import { useSyncExternalStore } from 'react';
import type { Role } from '../../generated/graphql';
import { session, type Session } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

export const ORGANIZER_ROLES: readonly Role[] = ['ADMIN', 'ORGANIZER'];

export function isOrganizer(role: Role | undefined): boolean {
  return !!role && ORGANIZER_ROLES.includes(role);
}
