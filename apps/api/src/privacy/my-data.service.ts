// A person's own data (issue 20): a link to it by e-mail or SMS for anyone who has the contact
// (the same answer, and the same work, whether or not anything is stored about it); behind the
// link, everything stored about them, their corrections (a new contact only once a code sent to
// it proves it theirs), the kinds of message they receive, and the downloads.
import { randomUUID } from 'crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConsentScope, Contact, Locale, MessagePurpose, MY_DATA_LINK, normalizeContact, OPTIONAL_MESSAGE_PURPOSES, traitsOf } from '@life-relay/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InvalidInputError } from '../common/errors/domain-errors';
import { RateLimits } from '../common/rate-limit/rate-limits';
import { MessageComposers } from '../messages/rendering/message-composers';
import type { OutboxRow } from '../messages/rendering/message-renderer.service';
import { Outbox } from '../outbox/outbox.repository';
import { OutboxWakeups } from '../outbox/outbox-wakeups';
import { Consents } from '../sign-ups/consents.repository';
import { Volunteers } from '../sign-ups/volunteers.repository';
import { VolunteersMerged } from '../sign-ups/volunteers-merged';
import { SignUpCodes } from '../verification/sign-up-codes.repository';
import { Consent, MyData, MyDataInput } from './dto/my-data.types';
import { contactChangeBudgetKey, dataLinkBudgetKey } from './contact-budgets';
import { Erasure } from './erasure.service';
import { MyDataLinks } from './my-data-links.repository';
import { MyDataReader } from './my-data.reader';

const UNSOLICITED = OPTIONAL_MESSAGE_PURPOSES.filter((p) => traitsOf(p)?.unsolicited);

@Injectable()
export class MyDataService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: MyDataLinks,
    private readonly reader: MyDataReader,
    private readonly outbox: Outbox,
    private readonly wakeups: OutboxWakeups,
    private readonly composers: MessageComposers,
    private readonly rateLimits: RateLimits,
    private readonly codes: SignUpCodes,
    private readonly volunteers: Volunteers,
    private readonly volunteersMerged: VolunteersMerged,
    private readonly consents: Consents,
    private readonly erasure: Erasure,
  ) {}

  onModuleInit(): void {
    this.composers.register(MessagePurpose.MY_DATA_LINK, (tx, row) => this.composeLink(tx, row));
    // A link sent to a record an organizer merged into another opens the record kept.
    this.volunteersMerged.subscribe((tx, mergedId, keptId) => this.links.moveToVolunteer(tx, mergedId, keptId));
  }

  /**
   * Queues a message to `typed`: the link for the record reached there, or word that nothing is
   * stored about it. One lookup and one queued message either way; the link itself is minted
   * when the message is sent. Always true.
   */
  async requestLink(typed: string, locale: Locale): Promise<true> {
    const contact = this.contactOrProblem(typed, 'contact');
    // A tight budget per contact (per hour), beside the generous one per IP (the guard's); the
    // key is the contact's keyed hash, so rate_limits does not keep what someone typed.
    await this.rateLimits.consume('signUpCodeContact', dataLinkBudgetKey(this.config.jwtSecret, contact.value));
    await this.dataSource.transaction(async (tx) => {
      const volunteerId = await this.reader.reachableAt(tx, contact);
      await this.outbox.enqueue(tx, {
        purpose: MessagePurpose.MY_DATA_LINK,
        dedupeKey: `${MessagePurpose.MY_DATA_LINK}:${randomUUID()}`,
        channel: contact.channel,
        recipient: contact.value,
        volunteerId,
        // No organization's Outbox shows it: the person's data may be held by several.
        organizationId: null,
        locale,
        payload: {},
      });
    });
    this.wakeups.queued(); // someone is waiting for the link
    return true;
  }

  /** Everything stored about the person behind a live link; null for a link that does not work. */
  async myData(token: string): Promise<MyData | null> {
    const volunteerId = await this.links.volunteerOf(this.dataSource.manager, token);
    return volunteerId ? this.dataOf(this.dataSource.manager, volunteerId) : null;
  }

  /**
   * Sends a one-time code to a new contact the person wants to give; the same answer whether or
   * not another record has it (that shows only once the code proves the contact theirs).
   */
  async requestContactCode(token: string, typed: string, locale: Locale): Promise<true> {
    await this.volunteerOrProblem(this.dataSource.manager, token);
    const contact = this.contactOrProblem(typed, 'contact');
    await this.rateLimits.consume('signUpCodeContact', contactChangeBudgetKey(this.config.jwtSecret, contact.value));
    await this.codes.issue(this.dataSource.manager, contact, locale, null, true);
    return true;
  }

  /**
   * The person's corrections: the name as given; a new e-mail address or phone number only with
   * the code requestContactCode sent to it (checked first, used up with the change). A contact
   * another record has is refused on its field.
   */
  async correct(token: string, input: MyDataInput): Promise<MyData> {
    const volunteerId = await this.volunteerOrProblem(this.dataSource.manager, token);
    const current = await this.reader.contactsOf(this.dataSource.manager, volunteerId);
    if (!current) throw InvalidInputError.field('token', 'invalidToken');
    const email = input.email ? normalizeContact(input.email) : null;
    const phone = input.phone ? normalizeContact(input.phone) : null;
    const newEmail = email && email.value !== current.email?.toLowerCase() ? email : null;
    const newPhone = phone && phone.value !== current.phone ? phone : null;
    // Codes are checked (a wrong one counts a try, committed whatever follows) before anything changes.
    if (newEmail) await this.codes.verify(this.dataSource.manager, [newEmail], input.emailCode).catch(renameCodeField('emailCode'));
    if (newPhone) await this.codes.verify(this.dataSource.manager, [newPhone], input.phoneCode).catch(renameCodeField('phoneCode'));
    return this.dataSource.transaction(async (tx) => {
      for (const [contact, code, field] of [
        [newEmail, input.emailCode, 'emailCode'],
        [newPhone, input.phoneCode, 'phoneCode'],
      ] as const) {
        if (contact && !(await this.codes.consume(tx, contact, code ?? ''))) throw InvalidInputError.field(field, 'codeExpired');
      }
      try {
        await this.volunteers.correct(tx, volunteerId, { name: input.name ?? null, email: newEmail?.value ?? null, phone: newPhone?.value ?? null });
      } catch (error) {
        // Another record has the contact (its unique key): the person proved it theirs, so they may know.
        const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
        if (driverError?.code !== '23505') throw error;
        throw InvalidInputError.field(driverError.constraint?.includes('phone') ? 'phone' : 'email', 'contactTaken');
      }
      return (await this.dataOf(tx, volunteerId)) as MyData;
    });
  }

  /** Turns one kind of message off, or on again. */
  async setMessageKind(token: string, purpose: string, receive: boolean): Promise<true> {
    const volunteerId = await this.volunteerOrProblem(this.dataSource.manager, token);
    if (!(OPTIONAL_MESSAGE_PURPOSES as string[]).includes(purpose)) throw InvalidInputError.field('purpose', 'unknownMessageKind');
    await this.volunteers.setMessageKind(this.dataSource.manager, volunteerId, purpose, receive, UNSOLICITED);
    return true;
  }

  /**
   * Erases the person behind a live link (the page asked them to confirm first): their details go
   * everywhere, their sign-ups keep counting anonymously, and this link stops working with the rest.
   */
  async erase(token: string): Promise<true> {
    const volunteerId = await this.volunteerOrProblem(this.dataSource.manager, token);
    await this.erasure.eraseVolunteer(volunteerId, 'OWN_REQUEST');
    return true;
  }

  /** The volunteer behind a live link, or a problem on `token`. */
  async volunteerOrProblem(db: EntityManager, token: string): Promise<string> {
    const volunteerId = await this.links.volunteerOf(db, token);
    if (!volunteerId) throw InvalidInputError.field('token', 'invalidToken');
    return volunteerId;
  }

  private async dataOf(db: EntityManager, volunteerId: string): Promise<MyData | null> {
    const data = await this.reader.everything(db, volunteerId);
    return data && { ...data, consents: await this.consentsOf(db, volunteerId) };
  }

  /** The person's consents, from their owner. */
  private async consentsOf(db: EntityManager, volunteerId: string): Promise<Consent[]> {
    const records = await this.consents.ofVolunteer(db, volunteerId);
    return records.map(({ scope, version, givenAt, withdrawnAt, channel }) => ({ scope, version, givenAt, withdrawnAt, channel }));
  }

  /**
   * Withdraws the health-data consent (the blood type goes; outcomes of later sign-ups are kept
   * without screening details) or the call-out opt-in. The general consent is what every sign-up
   * rests on: withdrawing it is erasing one's data (eraseMyData), so it is refused here, saying so.
   */
  async withdrawConsent(token: string, scope: string): Promise<true> {
    if (scope === ConsentScope.GENERAL) throw InvalidInputError.field('scope', 'generalConsentByErasure');
    if (scope !== ConsentScope.HEALTH && scope !== ConsentScope.CALL_OUTS) throw InvalidInputError.field('scope', 'invalidValue');
    await this.dataSource.transaction(async (tx) => {
      const volunteerId = await this.volunteerOrProblem(tx, token);
      await this.consents.withdraw(tx, volunteerId, scope);
    });
    return true;
  }

  private contactOrProblem(typed: string, field: string): Contact {
    const contact = normalizeContact(typed ?? '');
    if (!contact) throw InvalidInputError.field(field, 'invalidContact');
    return contact;
  }

  /**
   * The data link's message as it is sent: a link minted now, valid MY_DATA_LINK.validHours, or,
   * for a contact nobody has, word that nothing is stored about it. Skipped if the record went.
   */
  private async composeLink(tx: EntityManager, row: OutboxRow) {
    const sms = !row.recipient.includes('@');
    if (!row.volunteer_id) return { context: { meUrl: null, sms }, secrets: [] };
    const person = await this.reader.contactsOf(tx, row.volunteer_id);
    if (!person) return null;
    const token = await this.links.issue(tx, row.volunteer_id);
    return { context: { name: person.name, meUrl: `${this.config.publicUrl}/me/${token}`, validHours: MY_DATA_LINK.validHours, sms }, secrets: [token] };
  }
}

/** The verification's problems on `code`, put on the field of the contact they are about. */
function renameCodeField(field: string) {
  return (error: unknown): never => {
    if (error instanceof InvalidInputError) throw new InvalidInputError(error.problems.map((p) => (p.field === 'code' ? { ...p, field } : p)));
    throw error;
  };
}
