import { Ranking } from '@life-relay/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { StatusCountColumns } from '../conversions/status-count-columns';
import type { CampaignEntity } from './campaign.entity';

/**
 * A stage of a contest (preliminaries, semi-finals, final): a date window; the campaign's drives
 * that start in it are its drives. Once it has ended its standings are frozen: computed once,
 * copied into campaign_stage_results, and read from there ever after.
 */
@Entity('campaign_stages')
@Check('campaign_stages_window_check', `"ends_at" > "starts_at"`)
@Check('campaign_stages_frozen_check', `("frozen_at" IS NULL) = ("frozen_ranking" IS NULL)`)
export class CampaignStageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('campaign_stages_campaign_id_idx')
  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne('CampaignEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_stages_campaign_id_fkey' })
  campaign?: Relation<CampaignEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** When the standings were frozen (the first read after the end); null while they are live. */
  @Column({ name: 'frozen_at', type: 'timestamptz', nullable: true })
  frozenAt: Date | null;

  /** The campaign's ranking when the standings were frozen: changing it later does not re-rank a past stage. */
  @Column({ name: 'frozen_ranking', type: 'text', nullable: true })
  frozenRanking: Ranking | null;
}

/**
 * A frozen stage's standings: a copy of drive_team_stats for the stage's drives at the freeze,
 * with each team's college then. Copied counts, not ranks, so that each audience's figures
 * (disclosure.ts) are summed from the same smallest groups as on live boards.
 */
@Entity('campaign_stage_results')
export class CampaignStageResultEntity extends StatusCountColumns {
  @PrimaryColumn({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @ManyToOne('CampaignStageEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'campaign_stage_results_stage_id_fkey' })
  stage?: Relation<CampaignStageEntity>;

  @PrimaryColumn({ name: 'drive_id', type: 'uuid' })
  driveId: string;

  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'college_id', type: 'uuid', nullable: true })
  collegeId: string | null;
}
