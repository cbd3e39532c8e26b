import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { DriveKind, DriveStatus } from '@life-relay/domain';
import { ShiftEntity } from './shift.entity';
import type { OrganizationEntity } from '../organizations/organization.entity';

@Entity('drives')
@Check('drives_dates_check', `"ends_at" > "starts_at"`)
@Check('drives_kind_check', `"kind" IN ('WHOLE_BLOOD', 'PLATELETS', 'STEM_CELL_REGISTRY', 'GENERAL')`)
@Check('drives_status_check', `"status" IN ('DRAFT', 'PUBLISHED', 'CLOSED')`)
@Check('drives_goals_check', `("sign_up_goal" IS NULL OR "sign_up_goal" > 0) AND ("donation_goal" IS NULL OR "donation_goal" > 0)`)
@Check('drives_age_check', `"min_age" IS NULL OR "max_age" IS NULL OR "min_age" <= "max_age"`)
@Check('drives_region_code_check', `"region_code" ~ '^CN-[0-9]{6}$'`)
@Check('drives_announce_region_code_check', `"announce_region_code" ~ '^CN-[0-9]{6}$'`)
@Index('drives_status_starts_at_idx', ['status', 'startsAt'])
@Index('drives_region_code_starts_at_idx', ['regionCode', 'startsAt'], { where: `"status" = 'PUBLISHED'` })
export class DriveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('drives_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  /** What to bring, who can donate: shown on the public page. */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  kind: DriveKind;

  @Column({ type: 'text', default: DriveStatus.DRAFT })
  status: DriveStatus;

  @Column({ type: 'text' })
  location: string;

  /** The city it happens in, a code of the list in libs/domain (CN-150100: Hohhot); null: not said. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  /** Only the people of this city hear of it when it is published (see IN_REGION_SQL); null: everyone. */
  @Column({ name: 'announce_region_code', type: 'text', nullable: true })
  announceRegionCode: string | null;

  /** IANA zone the drive happens in: times on the form and in messages are shown in it. */
  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' })
  timeZone: string;

  @Index('drives_starts_at_idx')
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'sign_up_goal', type: 'int', nullable: true })
  signUpGoal: number | null;

  @Column({ name: 'donation_goal', type: 'int', nullable: true })
  donationGoal: number | null;

  /** Null: the default age window of the drive's kind. */
  @Column({ name: 'min_age', type: 'smallint', nullable: true })
  minAge: number | null;

  @Column({ name: 'max_age', type: 'smallint', nullable: true })
  maxAge: number | null;

  /** Shift reminders go out this many hours before the shift starts. */
  @Column({ name: 'reminder_hours_before', type: 'int', array: true, default: () => "'{24,2}'" })
  reminderHoursBefore: number[];

  @Index('drives_campaign_id_idx')
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId: string | null;

  // The campaign is named, not imported: campaigns build on drives, not the other way round.
  @ManyToOne('CampaignEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'drives_campaign_id_fkey' })
  campaign?: { id: string } | null;

  /** The organization that runs the drive: only its people see it and its sign-ups. */
  @Index('drives_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'drives_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => ShiftEntity, (shift) => shift.drive)
  shifts?: Relation<ShiftEntity>[];
}
