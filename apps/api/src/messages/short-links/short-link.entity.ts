import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The short links of text messages (`/s/<code>`). Neither the code nor the address it stands for
 * is stored in clear: the row is found by the code's hash, and the address (which carries a
 * manage or unsubscribe token) is encrypted with a key derived from the code.
 */
@Entity('short_links')
export class ShortLinkEntity {
  @PrimaryColumn({ name: 'code_hash', type: 'text', primaryKeyConstraintName: 'PK_short_links' })
  codeHash: string;

  /** AES-256-GCM: the 12-byte IV, the 16-byte tag, then the address. */
  @Column({ type: 'bytea' })
  target: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
