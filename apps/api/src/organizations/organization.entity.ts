import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who runs drives: a blood centre, a Red Cross branch, a registry, a garrison. */
@Entity('organizations')
@Check('organizations_name_check', `length(btrim("name")) BETWEEN 1 AND 120`)
@Check('organizations_eligibility_rules_check', `jsonb_typeof("eligibility_rules") = 'object'`)
@Check('organizations_eligible_again_region_code_check', `"eligible_again_region_code" ~ '^CN-[0-9]{6}$'`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('organizations_name_key', { unique: true })
  @Column({ type: 'citext' })
  name: string;

  /** The organization's eligibility rules (EligibilityRules of @life-relay/domain); a missing key: the kind's default. */
  @Column({ name: 'eligibility_rules', type: 'jsonb', default: () => "'{}'" })
  eligibilityRules: { firstTimeMaxAge?: number | null; repeatMaxAge?: number | null };

  /** "You can donate again" goes only to the people of this city (see IN_REGION_SQL); null: everyone. */
  @Column({ name: 'eligible_again_region_code', type: 'text', nullable: true })
  eligibleAgainRegionCode: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
