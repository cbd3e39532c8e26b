import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { BloodType, ShortageLevel } from '@life-relay/domain';
import { OrganizationEntity } from './organization.entity';

/** How much an organization needs a blood group now (issue 23); a group without a row is NORMAL. */
@Entity('shortage_levels')
@Check('shortage_levels_blood_type_check', `"blood_type" IN ('A_POS', 'A_NEG', 'B_POS', 'B_NEG', 'AB_POS', 'AB_NEG', 'O_POS', 'O_NEG')`)
@Check('shortage_levels_level_check', `"level" IN ('NORMAL', 'LOW', 'CRITICAL')`)
export class ShortageLevelEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'shortage_levels_pkey' })
  organizationId: string;

  @PrimaryColumn({ name: 'blood_type', type: 'text', primaryKeyConstraintName: 'shortage_levels_pkey' })
  bloodType: BloodType;

  @Column({ type: 'text' })
  level: ShortageLevel;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'shortage_levels_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  /** Who set it last; kept when the account goes. */
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'shortage_levels_updated_by_id_fkey' })
  updatedBy?: { id: string } | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
