import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An optional umbrella over several drives (a season, a registry week) with its own goals. */
@Entity('campaigns')
@Check('campaigns_goals_check', `("sign_up_goal" IS NULL OR "sign_up_goal" > 0) AND ("donation_goal" IS NULL OR "donation_goal" > 0)`)
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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
