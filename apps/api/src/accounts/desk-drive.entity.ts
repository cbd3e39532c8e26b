import { Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { DriveEntity } from '../drives/drive.entity';
import { UserEntity } from './user.entity';

/** A drive whose check-in desk a DESK user works; they reach nothing else. */
@Entity('desk_drives')
export class DeskDriveEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'drive_id', type: 'uuid' })
  driveId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'desk_drives_user_id_fkey' })
  user?: Relation<UserEntity>;

  @ManyToOne('DriveEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'drive_id', foreignKeyConstraintName: 'desk_drives_drive_id_fkey' })
  drive?: Relation<DriveEntity>;
}
