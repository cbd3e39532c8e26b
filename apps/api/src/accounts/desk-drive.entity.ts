import { Entity, PrimaryColumn } from 'typeorm';

/** A drive whose check-in desk a DESK user works; they reach nothing else. */
@Entity('desk_drives')
export class DeskDriveEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'drive_id', type: 'uuid' })
  driveId: string;
}
