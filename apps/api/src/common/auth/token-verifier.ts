import type { AuthenticatedUser } from './authenticated-user';

/**
 * Turns an Authorization header into the calling user, or throws UnauthenticatedError for a
 * missing, malformed, forged or expired token or an account that no longer exists. The accounts
 * feature provides the implementation.
 */
export abstract class TokenVerifier {
  abstract verify(authorizationHeader: string): Promise<AuthenticatedUser>;
}
