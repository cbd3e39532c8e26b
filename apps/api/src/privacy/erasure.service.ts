// Erasure (issue 20): what is stored about a person is removed or irreversibly replaced, through
// each table's owner, in one transaction: their record becomes an anonymous tombstone; their
// sign-ups and the desk's trail of them lose every free text and health detail; the messages to
// them lose whom they went to and what they said; their codes, manage and unsubscribe links end;
// the audit log forgets where their own requests came from. Sign-ups keep their status, shift and
// team, so every count made of them (drive stats, leaderboards, the Outbox's) stays as it was.
//
// What is not erased, and why: consents keep scope, version and times (the proof that the data
// was processed lawfully names nobody once the person is gone); short links hold only an
// encrypted address with a token, which no longer works; the rate-limit budgets of the person's
// contacts are forgotten after the commit (they live outside transactions).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjectType, normalizeContact } from '@life-relay/domain';
import { AuditLog } from '../audit/audit-log.service';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { RateLimits } from '../common/rate-limit/rate-limits';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UnsubscribeTokens } from '../messages/unsubscribe/unsubscribe-tokens.repository';
import { SignUpEvents } from '../outcomes/sign-up-events.repository';
import { Outbox } from '../outbox/outbox.repository';
import { ManageTokens } from '../sign-ups/manage-tokens.repository';
import { SignUpsRepository } from '../sign-ups/sign-ups.repository';
import { Volunteers } from '../sign-ups/volunteers.repository';
import { SignUpCodes } from '../verification/sign-up-codes.repository';
import { contactChangeBudgetKey, dataLinkBudgetKey } from './contact-budgets';
import { MyDataLinks } from './my-data-links.repository';

/** Why a person is erased: their own request (the /me page), an organizer acting on their request, or the retention period. */
export type ErasureReason = 'OWN_REQUEST' | 'ORGANIZER' | 'RETENTION';

@Injectable()
export class Erasure {
  private readonly logger = new Logger(Erasure.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly volunteers: Volunteers,
    private readonly signUps: SignUpsRepository,
    private readonly signUpEvents: SignUpEvents,
    private readonly manageTokens: ManageTokens,
    private readonly unsubscribeTokens: UnsubscribeTokens,
    private readonly outbox: Outbox,
    private readonly signUpCodes: SignUpCodes,
    private readonly audit: AuditLog,
    private readonly rateLimits: RateLimits,
    private readonly dataLinks: MyDataLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * An organizer erases a person on their request (access and organization checked before:
   * ORGANIZER or ADMIN, a person of the organization). A person who also signed up with another
   * organization is that one's too: one organization alone may not erase what the other keeps
   * (the person asks both, or an admin, or erases themselves from their own page). True when
   * erased now, false when erased already.
   */
  async eraseOnRequest(actor: AuthenticatedUser, volunteerId: string): Promise<boolean> {
    if (!isUuid(volunteerId)) throw new NotFoundError('Volunteer');
    const [person] = await this.dataSource.query(`SELECT id FROM volunteers WHERE id = $1`, [volunteerId]);
    if (!person) throw new NotFoundError('Volunteer');
    const own = organizationScope(actor);
    if (own && (await this.signUps.anyOutside(this.dataSource.manager, [volunteerId], own))) {
      throw new ForbiddenError('This person signed up with another organization too; ask an admin to erase their data.');
    }
    return this.eraseVolunteer(volunteerId, 'ORGANIZER');
  }

  /**
   * Erases the person; true when done now, false for an unknown id or someone erased already
   * (two erasures at once: the second waits for the first's lock, then finds nothing to do).
   */
  async eraseVolunteer(volunteerId: string, reason: ErasureReason): Promise<boolean> {
    if (!isUuid(volunteerId)) return false;
    const contacts = await this.dataSource.transaction(async (tx) => {
      const found = await this.volunteers.lockForErasure(tx, volunteerId);
      if (!found) return null;
      // As codes, messages and budgets keep them: a lower-case address, a number in E.164.
      const contacts = [found.email, found.phone].flatMap((c) => (c ? [normalizeContact(c)?.value ?? c] : []));
      const signUpIds = await this.signUps.eraseDetailsOf(tx, volunteerId);
      await this.signUpEvents.eraseDetailsOf(tx, volunteerId);
      await this.manageTokens.revokeAllOf(tx, volunteerId);
      await this.unsubscribeTokens.revokeAll(tx, volunteerId);
      await this.dataLinks.revokeAll(tx, volunteerId);
      await this.outbox.eraseMessagesOf(tx, volunteerId, signUpIds, contacts);
      await this.signUpCodes.forget(tx, contacts);
      await this.audit.forgetCallersAbout(tx, AuditSubjectType.VOLUNTEER, volunteerId);
      await this.volunteers.erase(tx, volunteerId);
      return contacts;
    });
    if (!contacts) return false;
    const keys = contacts.flatMap((c) => [c, dataLinkBudgetKey(this.config.jwtSecret, c), contactChangeBudgetKey(this.config.jwtSecret, c)]);
    for (const key of keys) {
      await this.rateLimits.forget('signUpCodeContact', key).catch((error: unknown) => {
        // A budget expires within the hour by itself; the erasure stands.
        this.logger.warn(`A rate-limit budget of an erased person was not forgotten: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    this.logger.log(`Volunteer ${volunteerId} erased (${reason})`);
    return true;
  }
}
