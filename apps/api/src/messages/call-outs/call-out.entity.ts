import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { BloodType, DriveKind } from '@life-relay/domain';
import type { OrganizationEntity } from '../../organizations/organization.entity';
import type { VolunteerEntity } from '../../sign-ups/volunteer.entity';

/** An urgent call-out as sent: who sent it, to whom (the need), and how many it reached. */
@Entity('call_outs')
@Check('call_outs_people_needed_check', `"people_needed" IS NULL OR "people_needed" > 0`)
export class CallOutEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: DriveKind;

  @Column({ name: 'blood_types', type: 'text', array: true, default: () => "'{}'" })
  bloodTypes: BloodType[];

  @Column({ name: 'drive_id', type: 'uuid', nullable: true })
  driveId: string | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'audience_count', type: 'int' })
  audienceCount: number;

  /** The need (issue 23): how many people must come, where and by when; null on older call-outs. */
  @Column({ name: 'people_needed', type: 'int', nullable: true })
  peopleNeeded: number | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'needed_by', type: 'timestamptz', nullable: true })
  neededBy: Date | null;

  /** Only people of this city (a code of REGION_CODES, see IN_REGION_SQL); the latest wave's, null: every city. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  /** Only people whose blood type the desk or the blood service verified. */
  @Column({ name: 'verified_only', type: 'boolean', default: false })
  verifiedOnly: boolean;

  /** How many waves went out: the first, then each escalation. */
  @Column({ type: 'int', default: 1 })
  waves: number;

  @Column({ name: 'sent_by_id', type: 'uuid' })
  sentById: string;

  /** The organization whose volunteers it went to. */
  @Index('call_outs_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'call_outs_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Everyone a call-out asked, once whatever the waves, and their answer ("I can come" or not). */
@Entity('call_out_recipients')
@Check('call_out_recipients_answer_check', `("answer" IS NULL AND "answered_at" IS NULL AND "answered_by" IS NULL)
           OR ("answer" IN ('YES', 'NO') AND "answered_at" IS NOT NULL AND "answered_by" IN ('LINK', 'SMS'))`)
@Check('call_out_recipients_channel_check', `"channel" IN ('EMAIL', 'SMS')`)
export class CallOutRecipientEntity {
  @PrimaryColumn({ name: 'call_out_id', type: 'uuid', primaryKeyConstraintName: 'call_out_recipients_pkey' })
  callOutId: string;

  @ManyToOne(() => CallOutEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_out_id', foreignKeyConstraintName: 'call_out_recipients_call_out_id_fkey' })
  callOut?: Relation<CallOutEntity>;

  @Index('call_out_recipients_volunteer_id_idx')
  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid', primaryKeyConstraintName: 'call_out_recipients_pkey' })
  volunteerId: string;

  @ManyToOne('VolunteerEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'call_out_recipients_volunteer_id_fkey' })
  volunteer?: Relation<VolunteerEntity>;

  @Column({ type: 'int' })
  wave: number;

  /** How it was sent: SMS where the person gave a phone, e-mail otherwise. */
  @Column({ type: 'text' })
  channel: string;

  /** YES ("I can come") or NO; null while unanswered. */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** LINK or SMS (a reply). */
  @Column({ name: 'answered_by', type: 'text', nullable: true })
  answeredBy: string | null;

  /** The answer link's token, hashed; minted when the message is written. */
  @Index('call_out_recipients_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
