import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sign-ups of one drive counted by team and status, kept by a trigger on sign_ups (migration
 * ConversionCounts) in the same transaction as every change, so stats and leaderboards read a
 * few rows instead of counting millions. team_key is the team's id, or the nil UUID for
 * sign-ups that came without a team.
 */
@Entity('drive_team_stats')
@Index('drive_team_stats_team_id_idx', ['teamId'])
export class DriveTeamStatsEntity {
  @PrimaryColumn({ name: 'drive_id', type: 'uuid' })
  driveId: string;

  @PrimaryColumn({ name: 'team_key', type: 'uuid' })
  teamKey: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'int', default: 0 })
  registered: number;

  @Column({ type: 'int', default: 0 })
  waitlisted: number;

  @Column({ type: 'int', default: 0 })
  cancelled: number;

  @Column({ name: 'checked_in', type: 'int', default: 0 })
  checkedIn: number;

  @Column({ type: 'int', default: 0 })
  donated: number;

  @Column({ type: 'int', default: 0 })
  deferred: number;

  @Column({ name: 'no_show', type: 'int', default: 0 })
  noShow: number;
}
