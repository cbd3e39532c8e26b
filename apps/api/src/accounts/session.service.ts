// Signing in and recognising signed-in callers: short-lived HS256 tokens whose account is always
// re-read from the database, so a removed or deactivated account, a changed role or a changed
// password (each moves the account's session generation on) takes effect at once. Wrong
// passwords for one e-mail address slow down its next attempts, from any IP (LoginBackoff).
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@life-relay/domain';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { SignedToken, TokenVerifier } from '../common/auth/token-verifier';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { LoginBackoff } from '../common/rate-limit/login-backoff';
import { isUuid } from '../common/graphql/uuid';
import { preparedQuery } from '../common/sql';
import { AuthPayload } from './dto/account.types';
import { hashPassword, verifyPassword } from './password';
import { UserEntity } from './user.entity';

export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

interface TokenClaims {
  sub: string;
  /** The account's session generation when the token was issued; absent in tokens from before it existed (0). */
  gen?: number;
}

const SESSION_ENDED = 'Your session is invalid or has expired. Sign in again.';

/** The account of a token ($1), whether it may sign in at all, and a desk's ($2) drives. */
const SESSION_ACCOUNT = `SELECT u.id, u.email, u.role, u.organization_id, u.session_generation,
        u.password_hash IS NOT NULL AND u.deactivated_at IS NULL AS signs_in,
        CASE WHEN u.role = $2 THEN ARRAY(SELECT d.drive_id FROM desk_drives d WHERE d.user_id = u.id) ELSE '{}'::uuid[] END AS desk_drive_ids
   FROM users u WHERE u.id = $1`;

interface SessionAccount {
  id: string;
  email: string;
  role: Role;
  organization_id: string | null;
  session_generation: number;
  signs_in: boolean;
  desk_drive_ids: string[];
}

@Injectable()
export class SessionService extends TokenVerifier {
  private decoyHash?: Promise<string>;

  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly backoff: LoginBackoff,
  ) {
    super();
  }

  async login(email: string, password: string): Promise<AuthPayload> {
    // Before looking the address up: an unknown one waits as a known one does, telling nothing.
    const attempt = await this.backoff.begin(email);
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
    // Unknown e-mails are checked against a decoy hash so that both failures take as long.
    this.decoyHash ??= hashPassword(`decoy-${Math.random()}`);
    const ok = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    // A deactivated account is refused with the same words, after the same work, and counts as a
    // failure: a reset would tell that the password was right.
    if (!user || !user.passwordHash || !ok || user.deactivatedAt) {
      await attempt.failed();
      throw new UnauthenticatedError('Wrong e-mail address or password.');
    }
    await attempt.succeeded();
    return this.issue(user);
  }

  async issue(user: UserEntity): Promise<AuthPayload> {
    const token = await this.jwt.signAsync({ sub: user.id, gen: user.sessionGeneration } satisfies TokenClaims, {
      expiresIn: TOKEN_LIFETIME_SECONDS,
      algorithm: 'HS256',
    });
    return { token, role: user.role, expiresAt: new Date(Date.now() + TOKEN_LIFETIME_SECONDS * 1000) };
  }

  async signed(authorizationHeader: string): Promise<SignedToken> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorizationHeader.trim());
    if (!match) throw new UnauthenticatedError('Send the token as "Authorization: Bearer <token>".');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(match[1], { algorithms: ['HS256'] });
    } catch {
      throw new UnauthenticatedError(SESSION_ENDED);
    }
    return { subject: claims.sub, generation: claims.gen ?? 0 };
  }

  async accountOf(token: SignedToken): Promise<AuthenticatedUser> {
    // Every signed-in request asks this: one plain statement (a desk's drives with it), no entity built.
    const [user] = isUuid(token.subject) ? await preparedQuery<SessionAccount>(this.users.manager, 'session-account', SESSION_ACCOUNT, [token.subject, Role.DESK]) : [];
    if (!user || !user.signs_in || token.generation !== user.session_generation) throw new UnauthenticatedError(SESSION_ENDED);
    return { id: user.id, email: user.email, role: user.role, organizationId: user.organization_id, deskDriveIds: user.desk_drive_ids };
  }
}
