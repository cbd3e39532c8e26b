import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@life-relay/domain';

@Entity('users')
@Check('users_role_check', `"role" IN ('ADMIN', 'ORGANIZER', 'TEAM_LEAD')`)
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
