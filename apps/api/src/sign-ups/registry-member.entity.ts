import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { SignUpEntity } from './sign-up.entity';
import { VolunteerEntity } from './volunteer.entity';

/**
 * A person in an organization's stem-cell registry: kept apart from donation history (a sample
 * is not a donation), one row per person and organization (the key makes a second join
 * impossible, whatever the concurrency), pointing at the sign-up whose outcome made it. What one
 * organization's registry holds is its own: another organization's desk is never told.
 */
@Entity('registry_members')
export class RegistryMemberEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'registry_members_pkey' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'registry_members_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid', primaryKeyConstraintName: 'registry_members_pkey' })
  volunteerId: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'registry_members_volunteer_id_fkey' })
  volunteer?: Relation<VolunteerEntity>;

  /** The sign-up recorded DONATED (sample taken) at a registry drive; corrected away, the membership goes. */
  @Index('registry_members_sign_up_id_key', { unique: true })
  @Column({ name: 'sign_up_id', type: 'uuid' })
  signUpId: string;

  @ManyToOne(() => SignUpEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sign_up_id', foreignKeyConstraintName: 'registry_members_sign_up_id_fkey' })
  signUp?: Relation<SignUpEntity>;

  /** The drive's day of that outcome (as sign_ups.outcome_on). */
  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
