import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Ranking } from '@life-relay/domain';
import type { OrganizationEntity } from '../organizations/organization.entity';

/** An optional umbrella over several drives (a season, a registry week) with its own goals. */
@Entity('campaigns')
@Check('campaigns_ranking_check', `"ranking" IN ('DONATED', 'JOINED', 'CAME', 'SIGN_UPS', 'CONVERSION')`)
@Check('campaigns_goals_check', `("sign_up_goal" IS NULL OR "sign_up_goal" > 0) AND ("donation_goal" IS NULL OR "donation_goal" > 0)`)
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Campaigns group drives of one organization. */
  @Index('campaigns_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'campaigns_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'sign_up_goal', type: 'int', nullable: true })
  signUpGoal: number | null;

  @Column({ name: 'donation_goal', type: 'int', nullable: true })
  donationGoal: number | null;

  /** A contest's public page is /c/<slug>; a campaign without one has no public page. */
  @Index('campaigns_slug_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  slug: string | null;

  /** What the campaign's boards rank by (a frozen stage keeps the ranking it was frozen with). */
  @Column({ type: 'text', default: Ranking.DONATED })
  ranking: Ranking;

  /**
   * The IANA zone whose clocks its stage days are (a stage "Dec 1 to Dec 10" starts at midnight
   * there): where its drives happen, not where an organizer's laptop or the server is.
   */
  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
