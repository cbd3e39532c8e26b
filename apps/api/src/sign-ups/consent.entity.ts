import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { DriveEntity } from '../drives/drive.entity';
import { VolunteerEntity } from './volunteer.entity';

/**
 * One consent a volunteer gave: the statement's scope and version, when and where (channel,
 * drive, sign-up), and when it was withdrawn. Rows are never deleted while the person exists:
 * they are the proof. The sign-up has no foreign key: the form records the consent in the same
 * statement that finds the person, before the sign-up row is written.
 */
@Entity('consents')
@Check('consents_scope_check', `"scope" IN ('GENERAL', 'HEALTH', 'CALL_OUTS')`)
@Check('consents_channel_check', `"channel" IN ('FORM', 'IMPORT', 'DESK', 'ME')`)
@Index('consents_volunteer_id_scope_idx', ['volunteerId', 'scope'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'consents_volunteer_id_fkey' })
  volunteer?: Relation<VolunteerEntity>;

  /** GENERAL, HEALTH or CALL_OUTS (libs/domain consent.ts). */
  @Column({ type: 'text' })
  scope: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ name: 'given_at', type: 'timestamptz', default: () => 'now()' })
  givenAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** FORM, IMPORT (an organizer's paper list), DESK or ME (the volunteer's own page). */
  @Column({ type: 'text' })
  channel: string;

  @Column({ name: 'drive_id', type: 'uuid', nullable: true })
  driveId: string | null;

  @ManyToOne('DriveEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'drive_id', foreignKeyConstraintName: 'consents_drive_id_fkey' })
  drive?: Relation<DriveEntity> | null;

  @Column({ name: 'sign_up_id', type: 'uuid', nullable: true })
  signUpId: string | null;
}
