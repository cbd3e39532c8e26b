import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('colleges')
export class CollegeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Case-insensitively unique: "Inner Mongolia University" is one college however typed. */
  @Index('colleges_name_key', { unique: true })
  @Column({ type: 'citext' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
