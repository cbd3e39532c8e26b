import type { AuthenticatedUser } from './authenticated-user';

/** A bearer token whose signature and expiry checked out: whose it claims to be, not yet whether that still holds. */
export interface SignedToken {
  readonly subject: string;
  /** The account's session generation when the token was issued. */
  readonly generation: number;
}

/**
 * Turns an Authorization header into the calling user, or throws UnauthenticatedError for a
 * missing, malformed, forged or expired token or an account that no longer exists. In two steps,
 * so that the AccessGuard reads nothing for a token that is not ours: the signature (no database),
 * then the account as it is now. The accounts feature provides the implementation.
 */
export abstract class TokenVerifier {
  /** The token's claims once its signature and expiry check out. */
  abstract signed(authorizationHeader: string): Promise<SignedToken>;

  /** The account a signed token names, as it is now: refused when removed, deactivated or signed out everywhere since. */
  abstract accountOf(token: SignedToken): Promise<AuthenticatedUser>;

  async verify(authorizationHeader: string): Promise<AuthenticatedUser> {
    return this.accountOf(await this.signed(authorizationHeader));
  }
}
