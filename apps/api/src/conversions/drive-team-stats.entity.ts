import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { StatusCountColumns } from './status-count-columns';

/**
 * Sign-ups of one drive counted by team and status, kept by a trigger on sign_ups (migration
 * ConversionCounts) in the same transaction as every change, so stats and leaderboards read a
 * few rows instead of counting millions. team_key is the team's id, or the nil UUID for
 * sign-ups that came without a team.
 */
@Entity('drive_team_stats')
@Index('drive_team_stats_team_id_idx', ['teamId'])
export class DriveTeamStatsEntity extends StatusCountColumns {
  @PrimaryColumn({ name: 'drive_id', type: 'uuid' })
  driveId: string;

  @PrimaryColumn({ name: 'team_key', type: 'uuid' })
  teamKey: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;
}
