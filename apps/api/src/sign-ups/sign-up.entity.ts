import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation, Unique, UpdateDateColumn } from 'typeorm';
import { SignUpStatus } from '@life-relay/domain';
import type { DriveEntity } from '../drives/drive.entity';
import type { ShiftEntity } from '../drives/shift.entity';
import type { TeamEntity } from '../teams/team.entity';
import { VolunteerEntity } from './volunteer.entity';

/**
 * A volunteer registered for a shift of a drive. The unique (drive, volunteer) pair is what makes
 * a second sign-up for the same drive impossible, whatever the concurrency.
 */
@Entity('sign_ups')
@Unique('sign_ups_drive_id_volunteer_id_key', ['driveId', 'volunteerId'])
@Check(
  'sign_ups_status_check',
  `"status" IN ('REGISTERED', 'WAITLISTED', 'CANCELLED', 'CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW')`,
)
@Check('sign_ups_channel_check', `"channel" IN ('LINK', 'QR', 'POSTER', 'CHAT', 'WALK_IN', 'IMPORT', 'OTHER')`)
@Check('sign_ups_volume_check', `"volume_ml" IS NULL OR ("volume_ml" > 0 AND "volume_ml" <= 1000)`)
@Index('sign_ups_shift_id_status_arrival_idx', ['shiftId', 'status', 'arrival'])
@Index('sign_ups_drive_id_status_idx', ['driveId', 'status'])
@Index('sign_ups_team_id_drive_id_idx', ['teamId', 'driveId'])
@Index('sign_ups_volunteer_id_idx', ['volunteerId'])
// A sample id names one person's sample: never two people of one drive.
@Index('sign_ups_drive_id_sample_id_key', ['driveId', 'sampleId'], { unique: true, where: '"sample_id" IS NOT NULL' })
@Unique('sign_ups_drive_id_referral_code_key', ['driveId', 'referralCode'])
@Check('sign_ups_referrer_check', `"referrer_sign_up_id" <> "id"`)
@Index('sign_ups_referrer_sign_up_id_idx', ['referrerSignUpId'], { where: '"referrer_sign_up_id" IS NOT NULL' })
// The reminder scans' windows of days (messages/reminders/reminder-scanner.service.ts).
@Index('sign_ups_deferred_retry_on_idx', ['retryOn'], { where: `"status" = 'DEFERRED'` })
@Index('sign_ups_donated_outcome_on_idx', ['outcomeOn'], { where: `"status" = 'DONATED'` })
export class SignUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'drive_id', type: 'uuid' })
  driveId: string;

  @ManyToOne('DriveEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'drive_id', foreignKeyConstraintName: 'sign_ups_drive_id_fkey' })
  drive?: Relation<DriveEntity>;

  @Column({ name: 'shift_id', type: 'uuid' })
  shiftId: string;

  @ManyToOne('ShiftEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'sign_ups_shift_id_fkey' })
  shift?: Relation<ShiftEntity>;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'sign_ups_volunteer_id_fkey' })
  volunteer?: Relation<VolunteerEntity>;

  /** The team whose code brought this person; null for walk-ins and direct sign-ups. */
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne('TeamEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'sign_ups_team_id_fkey' })
  team?: Relation<TeamEntity> | null;

  /**
   * The code of this person's own share link for the drive: a public identifier that only
   * attributes credit (see the migration ReferralCodes for why it is kept in clear).
   */
  @Column({ name: 'referral_code', type: 'text', default: () => 'new_referral_code()' })
  referralCode: string;

  /** The sign-up of the same drive whose share link brought this person; null for none. */
  @Column({ name: 'referrer_sign_up_id', type: 'uuid', nullable: true })
  referrerSignUpId: string | null;

  @ManyToOne(() => SignUpEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'referrer_sign_up_id', foreignKeyConstraintName: 'sign_ups_referrer_sign_up_id_fkey' })
  referrer?: Relation<SignUpEntity> | null;

  /** How the share reached them: LINK, QR, POSTER, CHAT, ... */
  @Column({ type: 'text', default: 'LINK' })
  channel: string;

  /** The raw `source` of the link, kept for finer analysis than the channel. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text' })
  status: SignUpStatus;

  /** Arrival order, assigned under the shift's row lock: the waitlist is served in this order. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  arrival: string;

  @Column({ name: 'consent_version', type: 'text' })
  consentVersion: string;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt: Date;

  @Column({ type: 'text', default: 'en' })
  locale: string;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  /** The drive's day of the outcome (its shift's start in the drive's zone): intervals count from it, not from outcomeAt. */
  @Column({ name: 'outcome_on', type: 'date', nullable: true })
  outcomeOn: string | null;

  @Column({ name: 'volume_ml', type: 'int', nullable: true })
  volumeMl: number | null;

  @Column({ name: 'deferral_reason', type: 'text', nullable: true })
  deferralReason: string | null;

  @Column({ name: 'retry_on', type: 'date', nullable: true })
  retryOn: string | null;

  /** At a stem-cell registry drive: the sample (or kit) id of a person who joined; one per drive. */
  @Column({ name: 'sample_id', type: 'text', nullable: true })
  sampleId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Manage links: only the SHA-256 of each token is stored. A sign-up may have several (a
 * confirmation re-sent to the owner's mailbox gets a fresh link; older ones keep working). */
@Entity('manage_tokens')
export class ManageTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Index('manage_tokens_sign_up_id_idx')
  @Column({ name: 'sign_up_id', type: 'uuid' })
  signUpId: string;

  @ManyToOne(() => SignUpEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sign_up_id', foreignKeyConstraintName: 'manage_tokens_sign_up_id_fkey' })
  signUp?: Relation<SignUpEntity>;

  /** Set when the sign-up is cancelled (a little later); every link also ends some days after its drive (see ManageTokens). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The SHA-256 of the link's ticket (the desk's QR code; sign-ups/manage-token.ts); null for a link older than tickets. */
  @Index('manage_tokens_ticket_hash_key', { unique: true })
  @Column({ name: 'ticket_hash', type: 'text', nullable: true })
  ticketHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
