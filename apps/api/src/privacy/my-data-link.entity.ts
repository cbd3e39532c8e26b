import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { VolunteerEntity } from '../sign-ups/volunteer.entity';

/**
 * A link to the page of everything stored about a person (/me/<token>). Only the SHA-256 of its
 * token is kept; the token exists in the message that carried it. It goes with the person.
 */
@Entity('my_data_links')
export class MyDataLinkEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text', primaryKeyConstraintName: 'my_data_links_pkey' })
  tokenHash: string;

  @Index('my_data_links_volunteer_id_idx')
  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @ManyToOne('VolunteerEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'my_data_links_volunteer_id_fkey' })
  volunteer?: Relation<VolunteerEntity>;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
