import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { SignUpStatus } from '@life-relay/domain';
import type { SignUpEntity } from '../sign-ups/sign-up.entity';

/** The audit trail of what staff did to a sign-up: check-ins, outcomes and their corrections. */
@Entity('sign_up_events')
@Index('sign_up_events_sign_up_id_created_at_idx', ['signUpId', 'createdAt'])
export class SignUpEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sign_up_id', type: 'uuid' })
  signUpId: string;

  @ManyToOne('SignUpEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sign_up_id', foreignKeyConstraintName: 'sign_up_events_sign_up_id_fkey' })
  signUp?: Relation<SignUpEntity>;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: SignUpStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: SignUpStatus;

  /** True when an organizer changed an outcome already recorded. */
  @Column({ type: 'boolean', default: false })
  correction: boolean;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** Volume, deferral reason, retry date as recorded. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
