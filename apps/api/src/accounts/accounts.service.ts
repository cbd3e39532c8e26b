// Accounts of the people who run the platform: the first admin, invitations with a one-time
// set-password link, the user directory, and each account's lifecycle: deactivation, role and
// password changes, each of which ends the account's sessions (SessionService) and, for a
// password, tells its owner. An invitation's e-mail is queued with the invitee's id only: its
// link is minted when it is sent (password-setups.repository.ts), so the outbox never holds a key
// to someone's account; the notices about a password carry no link at all.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { DataSource, EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditAction, AuditSubjectType, Locale, MessagePurpose, Role } from '@life-relay/domain';
import { AuditLog, AuditRequest } from '../audit/audit-log.service';
import { Outbox } from '../outbox/outbox.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { assertId, isUuid } from '../common/graphql/uuid';
import { OrganizationsService } from '../organizations/organizations.service';
import { DeskDriveEntity } from './desk-drive.entity';
import { AuthPayload, ChangePasswordInput, Invitation, InviteUserInput, SetPasswordInput, UserStatus, UserType } from './dto/account.types';
import { hashPassword, verifyPassword } from './password';
import { PasswordSetupEntity } from './password-setup.entity';
import { hashSetupToken, PasswordSetups } from './password-setups.repository';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

const FIRST_ADMIN_LOCK = 7_114_001; // pg_advisory_xact_lock key: one process creates the first admin

export function toUserType(user: UserEntity): UserType {
  const status = user.deactivatedAt ? UserStatus.DEACTIVATED : user.passwordHash !== null ? UserStatus.ACTIVE : UserStatus.INVITED;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.passwordHash !== null,
    organizationId: user.organizationId,
    status,
    deactivatedAt: user.deactivatedAt,
    createdAt: user.createdAt,
  };
}

/**
 * Whether `actor` may deactivate or reactivate `target`: as in invite(), organizers manage team
 * leads and desk staff only and an admin everyone else; no admin account is managed here (there
 * is no way to make a second one, so an admin shutting out the other would leave nobody to undo it).
 */
function mayManage(actor: AuthenticatedUser, target: UserEntity): boolean {
  if (target.role === Role.ADMIN) return false;
  return actor.role === Role.ADMIN || target.role === Role.TEAM_LEAD || target.role === Role.DESK;
}

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(DeskDriveEntity) private readonly deskDrives: Repository<DeskDriveEntity>,
    private readonly organizations: OrganizationsService,
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

  /**
   * `alongside` runs in the invitation's transaction with the new account (a team lead's co-lead
   * is made a lead of the team in it): either both are written or neither.
   */
  async invite(actor: AuthenticatedUser, input: InviteUserInput, locale: Locale = 'en', alongside?: (tx: EntityManager, user: UserEntity) => Promise<void>): Promise<Invitation> {
    // Organizers staff their own drives (team leads, desk staff); only an admin makes new
    // organizers and viewers, who see the organization's personal data.
    if (actor.role !== Role.ADMIN && input.role !== Role.TEAM_LEAD && input.role !== Role.DESK) throw new ForbiddenError('Only an admin can invite organizers and viewers.');
    const organizationId = await this.organizations.target(actor, input.organizationId, 'organizationId');
    const deskDriveIds = await this.deskDrivesFor(input.role, input.deskDriveIds ?? [], organizationId);
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email: input.email, name: input.name, role: input.role, organizationId, invitedById: actor.id, locale })
        .orIgnore() // e-mail taken: no row, reported below, nothing written
        .returning('id')
        .execute();
      const id: string | undefined = inserted.raw[0]?.id;
      if (!id) throw InvalidInputError.field('email', 'emailTaken');
      if (deskDriveIds.length) await tx.getRepository(DeskDriveEntity).insert(deskDriveIds.map((driveId) => ({ userId: id, driveId })));
      const user = await tx.getRepository(UserEntity).findOneByOrFail({ id });
      if (alongside) await alongside(tx, user);
      // The admin's link; the e-mail gets its own when it is sent (no token in the outbox).
      const { setPasswordUrl, expiresAt } = await this.setupLinks.issue(tx, user.id);
      await this.outbox.enqueue(tx, {
        purpose: MessagePurpose.INVITATION,
        dedupeKey: `${MessagePurpose.INVITATION}:${user.id}`,
        recipient: user.email,
        organizationId,
        locale,
        payload: { userId: user.id },
      });
      return { user: toUserType(user), setPasswordUrl, expiresAt };
    });
  }

  /** Desk staff work the desks of drives of their own organization; nobody else is limited to drives. */
  private async deskDrivesFor(role: Role, driveIds: readonly string[], organizationId: string, field = 'deskDriveIds'): Promise<string[]> {
    const wanted = [...new Set(driveIds)];
    if (role !== Role.DESK) {
      if (wanted.length) throw InvalidInputError.field(field, 'deskDrivesOnlyForDesk');
      return [];
    }
    if (wanted.length === 0) throw InvalidInputError.field(field, 'deskDrivesRequired');
    if (!wanted.every(isUuid)) throw new NotFoundError('Drive');
    const found: { id: string }[] = await this.dataSource.query(`SELECT id FROM drives WHERE id = ANY($1) AND organization_id = $2`, [wanted, organizationId]);
    if (found.length !== wanted.length) throw new NotFoundError('Drive');
    return wanted;
  }

  /** Desk drives of each of these users (DESK users only have any). */
  async deskDrivesOf(userIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = userIds.length ? await this.deskDrives.createQueryBuilder('d').where('d.user_id = ANY(:ids)', { ids: userIds }).getMany() : [];
    const byUser = new Map<string, string[]>();
    for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.driveId]);
    return byUser;
  }

  /**
   * A fresh one-time link for an existing account: a lost invitation or a forgotten password.
   * Making it ends no session (the owner may never use it; using it does), but when it is for
   * someone else's account that has a password, its owner is told who made it and when (not the
   * link), so that no admin can take over an account (another admin's included) unnoticed.
   */
  async passwordSetupLink(actor: AuthenticatedUser, userId: string): Promise<Invitation> {
    const id = assertId(userId, 'User');
    return this.dataSource.transaction(async (tx) => {
      const user = await tx.getRepository(UserEntity).findOneBy({ id });
      if (!user) throw new NotFoundError('User');
      if (user.deactivatedAt) throw new ConflictError('accountDeactivated');
      const { setPasswordUrl, expiresAt } = await this.setupLinks.issue(tx, user.id);
      if (user.id !== actor.id && user.passwordHash) {
        const by = await tx.getRepository(UserEntity).findOneByOrFail({ id: actor.id });
        const at = new Date().toISOString();
        await this.outbox.enqueue(tx, {
          purpose: MessagePurpose.PASSWORD_RESET_LINK,
          dedupeKey: `${MessagePurpose.PASSWORD_RESET_LINK}:${user.id}:${at}`,
          recipient: user.email,
          locale: user.locale,
          payload: { name: user.name, issuedBy: `${by.name} <${by.email}>`, at },
        });
      }
      return { user: toUserType(user), setPasswordUrl, expiresAt };
    });
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
      const before = await tx.getRepository(UserEntity).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      // A deactivated account has no live links (deactivation uses them up); this is the backstop.
      if (!before || before.deactivatedAt) throw InvalidInputError.field('token', 'invalidToken');
      await this.setupLinks.useUpAll(tx, userId);
      const user = await this.endSessions(tx, userId, { passwordHash: await hashPassword(input.password) });
      // The first password (an invitation) is news to nobody; a reset is news to the owner.
      if (before.passwordHash) await this.tellPasswordChanged(tx, user, 'RESET');
      await this.audit.record(user, request, { action: AuditAction.PASSWORD_SET, subjectType: AuditSubjectType.USER, subjectId: user.id }, tx);
      return user;
    });
    return this.sessions.issue(user);
  }

  /**
   * The signed-in person's new password: checks the current one, ends every session of the
   * account (other devices, a token someone else may hold) and returns a new one for this caller.
   */
  async changePassword(actor: AuthenticatedUser, input: ChangePasswordInput): Promise<AuthPayload> {
    const user = await this.dataSource.transaction(async (tx) => {
      const current = await tx.getRepository(UserEntity).findOne({ where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      if (!current?.passwordHash || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
        throw InvalidInputError.field('currentPassword', 'wrongPassword');
      }
      // A reset link made earlier no longer resets anything the owner did not choose.
      await this.setupLinks.useUpAll(tx, actor.id);
      const user = await this.endSessions(tx, actor.id, { passwordHash: await hashPassword(input.newPassword) });
      await this.tellPasswordChanged(tx, user, 'CHANGED');
      return user;
    });
    return this.sessions.issue(user);
  }

  /**
   * Deactivates an account: it can no longer sign in, its sessions end and its set-password
   * links are used up; its history (invitations, teams led) stays. Nobody deactivates themselves.
   */
  async deactivateUser(actor: AuthenticatedUser, userId: string): Promise<UserType> {
    return this.dataSource.transaction(async (tx) => {
      const user = await this.managedUser(tx, actor, userId);
      if (user.id === actor.id) throw InvalidInputError.field('userId', 'cannotDeactivateSelf');
      if (!mayManage(actor, user)) throw new ForbiddenError('Admins deactivate organizers and team leads; organizers only team leads.');
      if (user.deactivatedAt) return toUserType(user);
      await this.setupLinks.useUpAll(tx, user.id);
      return toUserType(await this.endSessions(tx, user.id, { deactivatedAt: () => 'now()' }));
    });
  }

  /** Lets a deactivated account sign in again with its password; the rules are deactivation's. */
  async reactivateUser(actor: AuthenticatedUser, userId: string): Promise<UserType> {
    return this.dataSource.transaction(async (tx) => {
      const user = await this.managedUser(tx, actor, userId);
      if (!mayManage(actor, user)) throw new ForbiddenError('Admins reactivate organizers and team leads; organizers only team leads.');
      if (!user.deactivatedAt) return toUserType(user);
      await tx.getRepository(UserEntity).update({ id: user.id }, { deactivatedAt: null });
      return toUserType(await tx.getRepository(UserEntity).findOneByOrFail({ id: user.id }));
    });
  }

  /**
   * An admin gives an account another role; its sessions end, so no page keeps what the old
   * role could see. The admin role is neither given nor taken here.
   */
  async changeUserRole(actor: AuthenticatedUser, userId: string, role: Role): Promise<UserType> {
    if (actor.role !== Role.ADMIN) throw new ForbiddenError('Only an admin can change roles.');
    return this.dataSource.transaction(async (tx) => {
      const user = await this.managedUser(tx, actor, userId);
      if (role === Role.ADMIN || user.role === Role.ADMIN) throw InvalidInputError.field('role', 'adminRoleFixed');
      if (user.role === role) return toUserType(user);
      // Desk drives belong to the desk role; whoever becomes desk staff is given theirs anew.
      if (user.role === Role.DESK) await tx.getRepository(DeskDriveEntity).delete({ userId: user.id });
      return toUserType(await this.endSessions(tx, user.id, { role }));
    });
  }

  /** The drives (of their organization) whose desks a DESK account works, replacing the ones before. */
  async setDeskDrives(actor: AuthenticatedUser, userId: string, driveIds: readonly string[]): Promise<UserType> {
    return this.dataSource.transaction(async (tx) => {
      const user = await this.managedUser(tx, actor, userId);
      if (!mayManage(actor, user)) throw new ForbiddenError();
      if (user.role !== Role.DESK) throw InvalidInputError.field('driveIds', 'deskDrivesOnlyForDesk');
      const wanted = await this.deskDrivesFor(Role.DESK, driveIds, user.organizationId as string, 'driveIds');
      await tx.getRepository(DeskDriveEntity).delete({ userId: user.id });
      await tx.getRepository(DeskDriveEntity).insert(wanted.map((driveId) => ({ userId: user.id, driveId })));
      return toUserType(user);
    });
  }

  async me(actor: AuthenticatedUser): Promise<UserType> {
    return toUserType(await this.users.findOneByOrFail({ id: actor.id }));
  }

  /** The accounts of the caller's organization (an admin: every account). */
  async list(actor: AuthenticatedUser, role: Role | null | undefined): Promise<UserType[]> {
    const own = organizationScope(actor);
    const rows = await this.users.find({ where: { ...(role ? { role } : {}), ...(own ? { organizationId: own } : {}) }, order: { name: 'ASC', id: 'ASC' } });
    return rows.map(toUserType);
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.users.createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany() : [];
  }

  /**
   * The account, locked for the rest of the transaction so that two admins' changes queue up.
   * `actor` is where a check that the account is within the actor's reach belongs.
   */
  private async managedUser(tx: EntityManager, _actor: AuthenticatedUser, userId: string): Promise<UserEntity> {
    const user = await tx.getRepository(UserEntity).findOne({ where: { id: assertId(userId, 'User') }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /** Applies `changes` and moves the session generation on, so every token issued before is refused. */
  private async endSessions(tx: EntityManager, userId: string, changes: QueryDeepPartialEntity<UserEntity>): Promise<UserEntity> {
    await tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ ...changes, sessionGeneration: () => 'session_generation + 1' })
      .where({ id: userId })
      .execute();
    return tx.getRepository(UserEntity).findOneByOrFail({ id: userId });
  }

  /** Tells the owner their password changed, in their language; the notice carries no link. */
  private async tellPasswordChanged(tx: EntityManager, user: UserEntity, how: 'CHANGED' | 'RESET'): Promise<void> {
    await this.outbox.enqueue(tx, {
      purpose: MessagePurpose.PASSWORD_CHANGED,
      // One notice per change: the generation moved on with it.
      dedupeKey: `${MessagePurpose.PASSWORD_CHANGED}:${user.id}:${user.sessionGeneration}`,
      recipient: user.email,
      locale: user.locale,
      payload: { name: user.name, how, at: new Date().toISOString() },
    });
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
