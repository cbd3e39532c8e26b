import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who runs drives: a blood centre, a Red Cross branch, a registry, a garrison. */
@Entity('organizations')
@Check('organizations_name_check', `length(btrim("name")) BETWEEN 1 AND 120`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('organizations_name_key', { unique: true })
  @Column({ type: 'citext' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
