import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import type { OrganizationEntity } from '../organizations/organization.entity';
import type { UserEntity } from '../accounts/user.entity';
import type { TeamEntity } from './team.entity';

export enum TeamRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}

/** An organization's public link for team requests: the token only lets a coordinator ask. */
@Entity('team_request_links')
@Unique('team_request_links_token_key', ['token'])
export class TeamRequestLinkEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'team_request_links_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  token: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A college coordinator's request for a team, until an organizer decides on it. */
@Entity('team_requests')
@Check('team_requests_status_check', `"status" IN ('PENDING', 'APPROVED', 'DECLINED')`)
@Check('team_requests_decided_check', `("status" = 'PENDING') = ("decided_at" IS NULL)`)
@Check('team_requests_team_check', `("status" = 'APPROVED') = ("team_id" IS NOT NULL)`)
@Index('team_requests_organization_id_status_idx', ['organizationId', 'status', 'createdAt'])
export class TeamRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'team_requests_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @Column({ name: 'college_name', type: 'text' })
  collegeName: string;

  @Column({ name: 'team_name', type: 'text' })
  teamName: string;

  @Column({ name: 'coordinator_name', type: 'text' })
  coordinatorName: string;

  @Column({ name: 'coordinator_email', type: 'text' })
  coordinatorEmail: string;

  /** The coordinator's language, for the invitation that an approval sends them. */
  @Column({ type: 'text', default: 'en' })
  locale: string;

  @Column({ type: 'text', default: TeamRequestStatus.PENDING })
  status: TeamRequestStatus;

  @Index('team_requests_decided_by_id_idx')
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'team_requests_decided_by_id_fkey' })
  decidedBy?: Relation<UserEntity>;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The team an approval created. */
  @Index('team_requests_team_id_idx')
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne('TeamEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_requests_team_id_fkey' })
  team?: Relation<TeamEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
