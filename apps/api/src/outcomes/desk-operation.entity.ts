import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { SignUpEntity } from '../sign-ups/sign-up.entity';

/**
 * The desk taps already applied, by the id the desk made for each (DeskTapInput.operationId): a
 * queue replayed twice, or a request retried after a lost answer, is applied once. Ids only, no
 * personal data; gone with the sign-up.
 */
@Entity('desk_operations')
// An erasure deletes the sign-up: its taps go with it, found by this index.
@Index('desk_operations_sign_up_id_idx', ['signUpId'])
export class DeskOperationEntity {
  @PrimaryColumn({ name: 'operation_id', type: 'uuid' })
  operationId: string;

  /** checkIn or recordOutcome: an id sent again for another mutation is a mistake, not a repeat. */
  @Column({ type: 'text' })
  mutation: string;

  @Column({ name: 'sign_up_id', type: 'uuid' })
  signUpId: string;

  @ManyToOne('SignUpEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sign_up_id', foreignKeyConstraintName: 'desk_operations_sign_up_id_fkey' })
  signUp?: Relation<SignUpEntity>;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'tapped_at', type: 'timestamptz' })
  tappedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
