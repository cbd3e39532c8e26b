import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BloodType } from '@life-relay/domain';

/** One record per person, found again by e-mail address (case-insensitive). */
@Entity('volunteers')
@Check('volunteers_locale_check', `"locale" IN ('en', 'zh-CN')`)
// A trigram GIN index (migration ConversionCounts) that TypeORM cannot describe; declared so the
// schema check knows it.
@Index('volunteers_name_trgm_idx', { synchronize: false })
export class VolunteerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('volunteers_email_key', { unique: true })
  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** E.164, e.g. +8613812345678. */
  @Index('volunteers_phone_idx')
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  /** Health data: stored only with the volunteer's consent. */
  @Column({ name: 'blood_type', type: 'text', nullable: true })
  bloodType: BloodType | null;

  /** The language messages to this person are written in. */
  @Column({ type: 'text', default: 'en' })
  locale: string;

  /** Agreed to be asked in urgent call-outs (a patient needing platelets, rare blood groups). */
  @Column({ name: 'call_out_opt_in', type: 'boolean', default: false })
  callOutOptIn: boolean;

  /** Set by the one-click unsubscribe: no more call-outs or "eligible again" messages. */
  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
