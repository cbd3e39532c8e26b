// The public form's first step: a one-time code for the e-mail address or phone number the
// volunteer typed. The answer is the same, and takes the same work, whether or not anyone has that
// contact: nothing here looks at volunteers at all.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Locale, MessageChannel, normalizeContact } from '@life-relay/domain';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { RateLimits } from '../common/rate-limit/rate-limits';
import { DrivesService } from '../drives/drives.service';
import { SignUpCodes } from './sign-up-codes.repository';
import { OutboxWakeups } from '../outbox/outbox-wakeups';

@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drives: DrivesService,
    private readonly codes: SignUpCodes,
    private readonly rateLimits: RateLimits,
    private readonly wakeups: OutboxWakeups,
  ) {}

  /** Sends a code to `typed` for signing up for a published drive; always true. */
  async requestSignUpCode(driveSlug: string, typed: string, locale: Locale): Promise<true> {
    const organizationId = await this.drives.publishedOrganizationOf(driveSlug);
    if (!organizationId) throw new NotFoundError('Drive');
    const contact = normalizeContact(typed ?? '');
    if (!contact) throw InvalidInputError.field('contact', 'invalidContact');
    // A tight budget per contact (per hour), beside the generous one per IP (the guard's).
    await this.rateLimits.consume('signUpCodeContact', contact.value);
    await this.codes.issue(this.dataSource.manager, contact, locale, organizationId);
    this.wakeups.queued(); // someone is waiting at the form
    return true;
  }

  /** The demo's volunteers prove their (example) addresses as everyone does: a code is sent, and used. */
  async codeForDemo(email: string, locale: Locale): Promise<string> {
    return this.codes.issue(this.dataSource.manager, { channel: MessageChannel.EMAIL, value: email.toLowerCase() }, locale, null);
  }
}
