import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { BloodType, BloodTypeSource, MessageChannel } from '@life-relay/domain';
import type { UserEntity } from '../accounts/user.entity';

/**
 * One record per person, found again by a verified e-mail address (case-insensitive) or a
 * verified phone number; either may be missing, and messages go by the channel they chose.
 */
@Entity('volunteers')
@Check('volunteers_locale_check', `"locale" IN ('en', 'zh-CN')`)
@Check('volunteers_region_code_check', `"region_code" ~ '^CN-[0-9]{6}$'`)
// A tombstone (erased_at set) has no contact at all; everyone else has the one of their channel.
@Check('volunteers_channel_check', `"erased_at" IS NOT NULL OR (("channel" = 'EMAIL' AND "email" IS NOT NULL) OR ("channel" = 'SMS' AND "phone" IS NOT NULL))`)
// A trigram GIN index (migration ConversionCounts) that TypeORM cannot describe; declared so the
// schema check knows it.
// A verification belongs to the type it verified (issue 23): whatever forgets the type forgets it too.
@Check(
  'volunteers_blood_type_verification_check',
  `("blood_type_verified_at" IS NULL AND "blood_type_source" IS NULL AND "blood_type_verified_by_id" IS NULL AND "phenotypes" = '{}')
         OR ("blood_type_verified_at" IS NOT NULL AND "blood_type" IS NOT NULL AND "blood_type_source" IN ('DESK', 'BLOOD_SERVICE'))`,
)
@Check('volunteers_reported_donation_count_check', `"reported_donation_count" BETWEEN 0 AND 500`)
@Check(
  'volunteers_reported_last_donation_check',
  `("reported_last_donation_on" IS NULL) = ("reported_last_donation_kind" IS NULL)
         AND ("reported_last_donation_kind" IS NULL OR "reported_last_donation_kind" IN ('WHOLE_BLOOD', 'PLATELETS'))
         AND (("reported_donation_count" IS NULL AND "reported_last_donation_on" IS NULL) = ("donations_reported_at" IS NULL))`,
)
@Index('volunteers_name_trgm_idx', { synchronize: false })
export class VolunteerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('volunteers_email_key', { unique: true })
  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  name: string;

  /** E.164, e.g. +8613812345678. */
  @Index('volunteers_phone_key', { unique: true, where: '"phone" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** When the person last proved the address (or number) is theirs with a one-time code; null: never. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'phone_verified_at', type: 'timestamptz', nullable: true })
  phoneVerifiedAt: Date | null;

  /** How messages reach them: the contact they verified with (organizer-entered: e-mail if they have one). */
  @Column({ type: 'text', default: 'EMAIL' })
  channel: MessageChannel;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  /** Health data: stored only with the volunteer's consent. */
  @Column({ name: 'blood_type', type: 'text', nullable: true })
  bloodType: BloodType | null;

  /** When the blood type was confirmed (a typing card, a lab result, the blood service's records); null: self-reported. */
  @Column({ name: 'blood_type_verified_at', type: 'timestamptz', nullable: true })
  bloodTypeVerifiedAt: Date | null;

  /** Who confirmed it (null once their account is gone, the time stays). */
  @Column({ name: 'blood_type_verified_by_id', type: 'uuid', nullable: true })
  bloodTypeVerifiedById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'blood_type_verified_by_id', foreignKeyConstraintName: 'volunteers_blood_type_verified_by_id_fkey' })
  bloodTypeVerifiedBy?: Relation<UserEntity>;

  /** Where the verified type comes from: DESK or BLOOD_SERVICE; null while self-reported. */
  @Column({ name: 'blood_type_source', type: 'text', nullable: true })
  bloodTypeSource: BloodTypeSource | null;

  /** Verified extended phenotypes, e.g. `C+`, `c-`, `E-`, `e+`, `K-`. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phenotypes: string[];

  /** YYYY-MM-DD: the last donation the blood service's records show (its import); goes with the verified type. */
  @Column({ name: 'blood_service_donated_on', type: 'date', nullable: true })
  bloodServiceDonatedOn: string | null;

  /** The organizers' notes on when the person can come (evenings only, not in exam weeks ...). */
  @Column({ name: 'availability_notes', type: 'text', nullable: true })
  availabilityNotes: string | null;

  /** The city the person gave on the form (a code of the list in libs/domain); null: not given. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  /**
   * Self-reported (issue 22): how many times the person says they donated elsewhere before, and
   * the day and kind of the last such donation; never mixed with the donations drives recorded.
   */
  @Column({ name: 'reported_donation_count', type: 'integer', nullable: true })
  reportedDonationCount: number | null;

  @Index('volunteers_reported_last_donation_on_idx', { where: '"reported_last_donation_on" IS NOT NULL' })
  @Column({ name: 'reported_last_donation_on', type: 'date', nullable: true })
  reportedLastDonationOn: string | null;

  @Column({ name: 'reported_last_donation_kind', type: 'text', nullable: true })
  reportedLastDonationKind: string | null;

  @Column({ name: 'donations_reported_at', type: 'timestamptz', nullable: true })
  donationsReportedAt: Date | null;

  /** The language messages to this person are written in. */
  @Column({ type: 'text', default: 'en' })
  locale: string;

  /** Agreed to be asked in urgent call-outs (a patient needing platelets, rare blood groups). */
  @Column({ name: 'call_out_opt_in', type: 'boolean', default: false })
  callOutOptIn: boolean;

  /** Set by the one-click unsubscribe: no more call-outs or "eligible again" messages. */
  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  /** Kinds of message (purposes) the person turned off one by one on their data page. */
  @Column({ name: 'unsubscribed_purposes', type: 'text', array: true, default: () => "'{}'" })
  unsubscribedPurposes: string[];

  /**
   * When the person's data was erased (on request or by the retention job): the row stays as an
   * anonymous tombstone, so that their sign-ups keep counting, with nothing personal left.
   */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
