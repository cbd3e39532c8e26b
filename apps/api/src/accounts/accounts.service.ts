// Accounts of the people who run the platform: the first admin, invitations with a one-time
// set-password link, and the user directory. An invitation's e-mail is queued with the invitee's
// id only: its link is minted when it is sent (password-setups.repository.ts), so the outbox
// never holds a key to someone's account.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { AuditAction, AuditSubjectType, Locale, MessagePurpose, Role } from '@life-relay/domain';
import { AuditLog, AuditRequest } from '../audit/audit-log.service';
import { Outbox } from '../outbox/outbox.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { assertId } from '../common/graphql/uuid';
import { AuthPayload, Invitation, InviteUserInput, SetPasswordInput, UserType } from './dto/account.types';
import { hashPassword } from './password';
import { PasswordSetupEntity } from './password-setup.entity';
import { hashSetupToken, PasswordSetups } from './password-setups.repository';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

const FIRST_ADMIN_LOCK = 7_114_001; // pg_advisory_xact_lock key: one process creates the first admin

export function toUserType(user: UserEntity): UserType {
  return { id: user.id, email: user.email, name: user.name, role: user.role, active: user.passwordHash !== null, createdAt: user.createdAt };
}

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly setupLinks: PasswordSetups,
    private readonly sessions: SessionService,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Creates the first admin when no user exists. Several processes may start at once: an
   * advisory lock lets exactly one of them do it. Returns the generated password, if any.
   */
  async ensureFirstAdmin(): Promise<{ email: string; generatedPassword: string | null } | null> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
      if ((await tx.getRepository(UserEntity).count()) > 0) return null;
      const generatedPassword = this.config.adminPassword ? null : randomBytes(12).toString('base64url');
      await tx.getRepository(UserEntity).insert({
        email: this.config.adminEmail,
        name: 'Administrator',
        role: Role.ADMIN,
        passwordHash: await hashPassword(this.config.adminPassword ?? (generatedPassword as string)),
      });
      return { email: this.config.adminEmail, generatedPassword };
    });
  }

  async invite(actor: AuthenticatedUser, input: InviteUserInput, locale: Locale = 'en'): Promise<Invitation> {
    // Organizers recruit team leads; only an admin makes new organizers.
    if (actor.role !== Role.ADMIN && input.role !== Role.TEAM_LEAD) throw new ForbiddenError('Only an admin can invite organizers.');
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email: input.email, name: input.name, role: input.role, invitedById: actor.id, locale })
        .orIgnore() // e-mail taken: no row, reported below, nothing written
        .returning('id')
        .execute();
      const id: string | undefined = inserted.raw[0]?.id;
      if (!id) throw InvalidInputError.field('email', 'emailTaken');
      const user = await tx.getRepository(UserEntity).findOneByOrFail({ id });
      // The admin's link; the e-mail gets its own when it is sent (no token in the outbox).
      const { setPasswordUrl, expiresAt } = await this.setupLinks.issue(tx, user.id);
      await this.outbox.enqueue(tx, {
        purpose: MessagePurpose.INVITATION,
        dedupeKey: `${MessagePurpose.INVITATION}:${user.id}`,
        recipient: user.email,
        locale,
        payload: { userId: user.id },
      });
      return { user: toUserType(user), setPasswordUrl, expiresAt };
    });
  }

  /** A fresh one-time link for an existing account: a lost invitation or a forgotten password. */
  async passwordSetupLink(userId: string): Promise<Invitation> {
    const user = await this.users.findOneBy({ id: assertId(userId, 'User') });
    if (!user) throw new NotFoundError('User');
    const { setPasswordUrl, expiresAt } = await this.setupLinks.issue(this.dataSource.manager, user.id);
    return { user: toUserType(user), setPasswordUrl, expiresAt };
  }

  /** Nobody is signed in: the event's actor is the account whose link it was. */
  async setPassword(input: SetPasswordInput, request: AuditRequest): Promise<AuthPayload> {
    const user = await this.dataSource.transaction(async (tx) => {
      // Claiming the link and setting the password happen together, so a link works once.
      const claimed = await tx
        .createQueryBuilder()
        .update(PasswordSetupEntity)
        .set({ usedAt: () => 'now()' })
        .where({ tokenHash: hashSetupToken(input.token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) })
        .returning('user_id')
        .execute();
      const userId: string | undefined = claimed.raw[0]?.user_id;
      if (!userId) throw InvalidInputError.field('token', 'invalidToken');
      await this.setupLinks.useUpAll(tx, userId);
      await tx.getRepository(UserEntity).update({ id: userId }, { passwordHash: await hashPassword(input.password) });
      const user = await tx.getRepository(UserEntity).findOneByOrFail({ id: userId });
      await this.audit.record(user, request, { action: AuditAction.PASSWORD_SET, subjectType: AuditSubjectType.USER, subjectId: user.id }, tx);
      return user;
    });
    return this.sessions.issue(user);
  }

  async me(actor: AuthenticatedUser): Promise<UserType> {
    return toUserType(await this.users.findOneByOrFail({ id: actor.id }));
  }

  async list(role: Role | null | undefined): Promise<UserType[]> {
    const rows = await this.users.find({ where: role ? { role } : {}, order: { name: 'ASC', id: 'ASC' } });
    return rows.map(toUserType);
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.users.createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany() : [];
  }

  logFirstAdmin(result: { email: string; generatedPassword: string | null }) {
    if (result.generatedPassword) {
      // Printed once, on the console only: it is never stored in clear.
      process.stdout.write(
        `\n  First admin created: ${result.email} / ${result.generatedPassword}\n  Sign in at ${this.config.publicUrl}/ and keep this password safe; it is not shown again.\n\n`,
      );
    } else {
      this.logger.log(`First admin created: ${result.email} (password from ADMIN_PASSWORD)`);
    }
  }
}
