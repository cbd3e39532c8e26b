import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { OrganizationEntity } from '../organizations/organization.entity';

/** An optional umbrella over several drives (a season, a registry week) with its own goals. */
@Entity('campaigns')
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
