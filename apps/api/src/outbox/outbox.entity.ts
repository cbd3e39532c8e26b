import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type OutboxState = 'QUEUED' | 'SENT' | 'FAILED' | 'SKIPPED';

/**
 * Every message the platform sends is first a row here, written in the same transaction as the
 * event that causes it. dedupe_key (recipient, purpose and what it is about) makes a second
 * copy impossible.
 */
@Entity('outbox')
@Check('outbox_state_check', `"state" IN ('QUEUED', 'SENT', 'FAILED', 'SKIPPED')`)
@Check('outbox_channel_check', `"channel" IN ('EMAIL', 'SMS')`)
@Index('outbox_state_send_after_idx', ['state', 'sendAfter'])
@Index('outbox_organization_id_created_at_idx', ['organizationId', 'createdAt'])
// GIN, which TypeORM cannot declare: a receipt finds its text by one of its parts' ids.
@Index('outbox_smsc_message_ids_idx', { synchronize: false })
// On lower(recipient), which TypeORM cannot declare: an erasure finds the messages sent to a contact.
@Index('outbox_recipient_lower_idx', { synchronize: false })
@Index('outbox_sign_up_id_idx', ['signUpId'])
export class OutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. SIGN_UP_CONFIRMATION, WAITLIST_PROMOTION. */
  @Column({ type: 'text' })
  purpose: string;

  @Index('outbox_dedupe_key_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  /** How it goes: EMAIL to an address, SMS to a phone number (E.164). */
  @Column({ type: 'text', default: 'EMAIL' })
  channel: string;

  @Column({ type: 'text' })
  recipient: string;

  @Index('outbox_volunteer_id_idx')
  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId: string | null;

  @Column({ name: 'sign_up_id', type: 'uuid', nullable: true })
  signUpId: string | null;

  /** Whose message it is: its organizers see it in the Outbox; null: an admin's only (codes). */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text', default: 'en' })
  locale: string;

  /**
   * What the template needs, as ids (a sign-up, a user, a call-out), never a token: the links a
   * message carries are minted when it is sent. (A one-time sign-up code is here until its
   * message is sent; a trigger scrubs it then.)
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: 'QUEUED' })
  state: OutboxState;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'send_after', type: 'timestamptz', default: () => 'now()' })
  sendAfter: Date;

  /** While a worker holds the row for sending; another may take it over after this time. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  /** The subject as rendered, for the Outbox list. */
  @Column({ type: 'text', nullable: true })
  subject: string | null;

  /** What the message said as last rendered (subject, text, html), every link that is a key masked. */
  @Column({ type: 'jsonb', nullable: true })
  rendered: Record<string, unknown> | null;

  /** An SMS gateway's message id of each part of a text, as its submit_sm_resp gave them. */
  @Column({ name: 'smsc_message_ids', type: 'text', array: true, nullable: true })
  smscMessageIds: string[] | null;

  /** The latest delivery receipt of a text (its first failure, for one in parts): DELIVRD, UNDELIV, EXPIRED… */
  @Column({ name: 'receipt_state', type: 'text', nullable: true })
  receiptState: string | null;

  @Column({ name: 'receipt_at', type: 'timestamptz', nullable: true })
  receiptAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
