import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '@life-relay/domain';
import { AuthenticatedUser } from './authenticated-user';
import { requestOf } from './request-of';

// Every GraphQL operation and HTTP route states who may call it; the AccessGuard refuses
// anything that does not (deny by default, house rule 2).

export const ACCESS_KEY = 'life-relay:access';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with one of these roles; ADMIN may do everything an ORGANIZER may. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** Any signed-in user; what they then see is decided by the service. */
export const SignedIn = () => Roles(Role.ADMIN, Role.ORGANIZER, Role.VIEWER, Role.DESK, Role.TEAM_LEAD);

/** Organizers and admins: the people who run drives and change their data. */
export const Organizers = () => Roles(Role.ADMIN, Role.ORGANIZER);

/** Reading an organization's data, personal data included: organizers and read-only viewers. */
export const Readers = () => Roles(Role.ADMIN, Role.ORGANIZER, Role.VIEWER);

/** The check-in desk: organizers, and desk staff on the drives they are given (checked by @InOrganization). */
export const DeskWork = () => Roles(Role.ADMIN, Role.ORGANIZER, Role.DESK);

/** Reading a drive: readers, and desk staff for their own drives. */
export const DriveReaders = () => Roles(Role.ADMIN, Role.ORGANIZER, Role.VIEWER, Role.DESK);

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthenticatedUser | null => requestOf(ctx).user ?? null,
);
