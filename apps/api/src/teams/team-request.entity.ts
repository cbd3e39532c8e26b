import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum TeamRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}

/** An organization's public link for team requests: the token only lets a coordinator ask. */
@Entity('team_request_links')
export class TeamRequestLinkEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Index('team_request_links_token_key', { unique: true })
  @Column({ type: 'text' })
  token: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A college coordinator's request for a team, until an organizer decides on it. */
@Entity('team_requests')
export class TeamRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

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

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The team an approval created. */
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
