import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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
