import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, VirtualColumn } from 'typeorm';
import { DriveEntity } from './drive.entity';

/**
 * A time window of a drive with a capacity. registered_count is kept by the sign-up transactions
 * themselves (a conditional UPDATE claims a place, see places/), and the check constraint makes
 * overselling impossible even for code that forgets. Who waits is counted once, by the triggers
 * that keep shift_stats.
 */
@Entity('shifts')
@Check('shifts_dates_check', `"ends_at" > "starts_at"`)
@Check('shifts_capacity_check', `"capacity" > 0`)
@Check('shifts_registered_count_check', `"registered_count" >= 0 AND "registered_count" <= "capacity"`)
@Index('shifts_drive_id_starts_at_idx', ['driveId', 'startsAt'])
export class ShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'drive_id', type: 'uuid' })
  driveId: string;

  @ManyToOne(() => DriveEntity, (drive) => drive.shifts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'drive_id', foreignKeyConstraintName: 'shifts_drive_id_fkey' })
  drive?: Relation<DriveEntity>;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ name: 'registered_count', type: 'int', default: 0 })
  registeredCount: number;

  @VirtualColumn({ type: 'int', query: (shift) => `SELECT coalesce((SELECT waitlisted FROM shift_stats WHERE shift_id = ${shift}.id), 0)` })
  waitlistCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
