import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The live one-time code of one contact (a new request replaces it). Only hashes are kept: the
 * contact's (to find the row) and the code's (keyed by the contact); the code in clear exists
 * only in the outbox row that sends it, and is scrubbed from it once sent.
 */
@Entity('sign_up_codes')
export class SignUpCodeEntity {
  @PrimaryColumn({ name: 'contact_hash', type: 'text', primaryKeyConstraintName: 'sign_up_codes_pkey' })
  contactHash: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  /** Wrong codes tried; at SIGN_UP_CODE.maxTries the code is void. */
  @Column({ type: 'integer', default: 0 })
  tries: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set by the sign-up that used it: a code works once. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
