import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { StatusCountColumns } from './status-count-columns';

/**
 * Sign-ups of one shift counted by status, kept by a trigger on sign_ups (migration ShiftStats)
 * in the same transaction as every change. A drive's totals sum its shifts' rows: a handful,
 * where drive_team_stats has one per team.
 */
@Entity('shift_stats')
@Index('shift_stats_drive_id_idx', ['driveId'])
export class ShiftStatsEntity extends StatusCountColumns {
  @PrimaryColumn({ name: 'shift_id', type: 'uuid', primaryKeyConstraintName: 'shift_stats_pkey' })
  shiftId: string;

  @Column({ name: 'drive_id', type: 'uuid' })
  driveId: string;
}
