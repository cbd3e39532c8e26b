import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { BloodType, DriveKind } from '@life-relay/domain';
import type { OrganizationEntity } from '../../organizations/organization.entity';

/** An urgent call-out as sent: who sent it, to whom (the need), and how many it reached. */
@Entity('call_outs')
export class CallOutEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: DriveKind;

  @Column({ name: 'blood_types', type: 'text', array: true, default: () => "'{}'" })
  bloodTypes: BloodType[];

  @Column({ name: 'drive_id', type: 'uuid', nullable: true })
  driveId: string | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'audience_count', type: 'int' })
  audienceCount: number;

  @Column({ name: 'sent_by_id', type: 'uuid' })
  sentById: string;

  /** The organization whose volunteers it went to. */
  @Index('call_outs_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'call_outs_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
