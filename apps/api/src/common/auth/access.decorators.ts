// Every GraphQL operation and HTTP route states who may call it; the AccessGuard refuses
// anything that does not (deny by default, house rule 2).
import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '@life-relay/domain';
import { requestOf } from './request-of';
import type { AuthenticatedUser } from './authenticated-user';

export const ACCESS_KEY = 'life-relay:access';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with one of these roles; ADMIN may do everything an ORGANIZER may. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** Any signed-in user; what they then see is decided by the service. */
export const SignedIn = () => Roles(Role.ADMIN, Role.ORGANIZER, Role.TEAM_LEAD);

/** Organizers and admins: the people who run drives and see personal data. */
export const Organizers = () => Roles(Role.ADMIN, Role.ORGANIZER);

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthenticatedUser | null => requestOf(ctx).user ?? null,
);
