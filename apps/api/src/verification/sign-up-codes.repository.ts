// Owns the sign_up_codes table: one-time codes that prove an e-mail address or a phone number
// belongs to the person at the public form (issue 18). A code is 6 digits, valid 10 minutes,
// single use, void after 5 wrong tries. Only hashes are stored, keyed with the server's secret
// (a million codes are quickly tried against a plain hash): the code in clear is in the outbox row
// that sends it, until the outbox scrubs it (migration VerifiedVolunteers).
//
// Nothing here knows whether a contact belongs to anyone: a code is made and checked the same way
// for a stranger's address as for a volunteer's.
import { randomInt, randomUUID } from 'crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Contact, Locale, MessagePurpose, SIGN_UP_CODE } from '@life-relay/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldProblem, InvalidInputError } from '../common/errors/domain-errors';
import { preparedQuery, returningRows } from '../common/sql';
import { queuedParams } from '../outbox/outbox.repository';
import { codeHash, CONSUME_SIGN_UP_CODE, contactHash, ISSUE_AND_QUEUE_SIGN_UP_CODE, VERIFY_SIGN_UP_CODE } from './sign-up-code-statements';

/** A contact a code proved, with the keyed hashes that name it and its code (consumeParams uses them). */
export interface ProvenContact extends Contact {
  readonly hashes: { readonly contact: string; readonly code: string };
}

@Injectable()
export class SignUpCodes {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * A fresh code for `contact` (replacing any earlier one) and the message that sends it, in one
   * statement (so no transaction is needed for it; inside one, it is part of it). Returned for an
   * in-process caller that stands for the person (the demo); the public answer never carries it.
   * `forContactChange`: the code confirms a new contact a person gives on their data page rather
   * than a sign-up (the message says so; the code is the same).
   */
  async issue(db: EntityManager, contact: Contact, locale: Locale, organizationId: string | null, forContactChange = false): Promise<string> {
    const code = String(randomInt(0, 10 ** SIGN_UP_CODE.digits)).padStart(SIGN_UP_CODE.digits, '0');
    const message = queuedParams({
      purpose: MessagePurpose.SIGN_UP_CODE,
      dedupeKey: `${MessagePurpose.SIGN_UP_CODE}:${randomUUID()}`,
      channel: contact.channel,
      recipient: contact.value,
      // Asked for on a drive's form: that organization's Outbox shows it (its code masked).
      organizationId,
      locale,
      payload: forContactChange ? { code, validMinutes: SIGN_UP_CODE.validMinutes, forContactChange } : { code, validMinutes: SIGN_UP_CODE.validMinutes },
    });
    await preparedQuery(db, 'issue-sign-up-code', ISSUE_AND_QUEUE_SIGN_UP_CODE, [this.contactHash(contact), this.codeHash(contact, code), SIGN_UP_CODE.validMinutes, ...message]);
    return code;
  }

  /**
   * Which of `contacts` the code proves, or a problem on field `code`. A code already used still
   * proves its contact until it expires (a double click, two tabs): the caller lets it answer a
   * repeated submission only (see consume). A wrong code counts a try
   * (committed on its own, whatever the caller's transaction does); the comparison and the count
   * are one statement under the row's lock, so parallel guesses cannot outrun the limit.
   */
  async verify(db: EntityManager, contacts: Contact[], code: string | null | undefined): Promise<ProvenContact> {
    const typed = (code ?? '').replace(/\s/g, '');
    if (!typed) throw InvalidInputError.field('code', 'codeRequired');
    // Each hash is keyed (an HMAC): made once, and kept with the contact it proves.
    const hashed: ProvenContact[] = contacts.map((c) => ({ channel: c.channel, value: c.value, hashes: { contact: this.contactHash(c), code: this.codeHash(c, typed) } }));
    const tried = await preparedQuery<{ contact_hash: string; right: boolean; tries: number }>(
      db,
      'verify-sign-up-code',
      VERIFY_SIGN_UP_CODE,
      [hashed.map((c) => c.hashes.contact), hashed.map((c) => c.hashes.code), SIGN_UP_CODE.maxTries],
    );
    const right = tried.find((t) => t.right);
    if (right) return hashed.find((c) => c.hashes.contact === right.contact_hash) as ProvenContact;
    if (tried.length) {
      const triesLeft = Math.max(...tried.map((t) => SIGN_UP_CODE.maxTries - t.tries));
      throw InvalidInputError.field('code', triesLeft > 0 ? 'codeWrong' : 'codeUsedUp', triesLeft > 0 ? { triesLeft } : undefined);
    }
    throw new InvalidInputError([await this.whyNoLiveCode(db, contacts)]);
  }

  /**
   * Uses the code up, in the sign-up's transaction (rolled back with it); false if a submission
   * used it before: then it may only answer as a repeated submission, never make a sign-up.
   */
  async consume(tx: EntityManager, contact: Contact, code: string): Promise<boolean> {
    const typed = code.replace(/\s/g, '');
    const rows = await returningRows(tx, CONSUME_SIGN_UP_CODE, this.consumeParams({ ...contact, hashes: { contact: this.contactHash(contact), code: this.codeHash(contact, typed) } }));
    return rows.length > 0;
  }

  /** The parameters of consumeSignUpCode, for a statement of the caller's that uses up the code that proved `contact`. */
  consumeParams(contact: ProvenContact): unknown[] {
    return [contact.hashes.contact, contact.hashes.code, SIGN_UP_CODE.maxTries];
  }

  /** Forgets the codes of these contacts (normalized e-mail addresses or E.164 numbers): an erasure. */
  async forget(db: EntityManager, contacts: string[]): Promise<void> {
    if (!contacts.length) return;
    await db.query(`DELETE FROM sign_up_codes WHERE contact_hash = ANY($1::text[])`, [contacts.map((c) => contactHash(this.config.jwtSecret, c))]);
  }

  /** No live code for these contacts: none asked for (or one for another contact), expired, or tried out. */
  private async whyNoLiveCode(db: EntityManager, contacts: Contact[]): Promise<FieldProblem> {
    const rows: { tries: number; live: boolean }[] = await db.query(
      `SELECT tries, expires_at > now() AS live FROM sign_up_codes WHERE contact_hash = ANY($1::text[]) ORDER BY created_at DESC LIMIT 1`,
      [contacts.map((c) => this.contactHash(c))],
    );
    const [latest] = rows;
    if (!latest) return { field: 'code', key: 'codeNotForContact' };
    if (latest.live && latest.tries >= SIGN_UP_CODE.maxTries) return { field: 'code', key: 'codeUsedUp' };
    return { field: 'code', key: 'codeExpired' };
  }

  private contactHash(contact: Contact): string {
    return contactHash(this.config.jwtSecret, contact.value);
  }

  private codeHash(contact: Contact, code: string): string {
    return codeHash(this.config.jwtSecret, contact.value, code);
  }
}
