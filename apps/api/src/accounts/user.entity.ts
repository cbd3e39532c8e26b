import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Role } from '@life-relay/domain';
import type { OrganizationEntity } from '../organizations/organization.entity';

@Entity('users')
@Check('users_role_check', `"role" IN ('ADMIN', 'ORGANIZER', 'VIEWER', 'DESK', 'TEAM_LEAD')`)
@Check('users_organization_check', `("role" = 'ADMIN') = ("organization_id" IS NULL)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('users_email_key', { unique: true })
  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  /** argon2id; null until the invited person sets a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  /** The language of e-mails to this person (invitation, daily digest). */
  @Column({ type: 'text', default: 'en' })
  locale: string;

  /** Null for an admin, who runs the platform; everyone else works for one organization. */
  @Index('users_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'users_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  /** Set while the account is deactivated: it cannot sign in, and is kept for its history. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /**
   * Tokens carry the generation they were issued in and stop working once it moves on: one more
   * on deactivation, a role change and every password change or reset ends every session at once.
   */
  @Column({ name: 'session_generation', type: 'integer', default: 0 })
  sessionGeneration: number;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
