import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { UserEntity } from '../accounts/user.entity';
import { CollegeEntity } from './college.entity';
import type { OrganizationEntity } from '../organizations/organization.entity';

@Entity('teams')
@Check('teams_code_check', `"code" ~ '^[2-9A-HJKMNP-Z]{6}$'`)
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Short, unambiguous, and never changed once printed on a poster. */
  @Index('teams_code_key', { unique: true })
  @Column({ type: 'text' })
  code: string;

  /** The organization whose drives the team recruits for; colleges are shared by all. */
  @Index('teams_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'teams_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @Index('teams_college_id_idx')
  @Column({ name: 'college_id', type: 'uuid', nullable: true })
  collegeId: string | null;

  @ManyToOne(() => CollegeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'college_id', foreignKeyConstraintName: 'teams_college_id_fkey' })
  college?: Relation<CollegeEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A team lead leads one or more teams; a team has one or more leads. */
@Entity('team_leads')
export class TeamLeadEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Index('team_leads_user_id_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_leads_team_id_fkey' })
  team?: Relation<TeamEntity>;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'team_leads_user_id_fkey' })
  user?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
