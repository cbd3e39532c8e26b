import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditAction, AuditSubjectType } from '@life-relay/domain';

const quoted = (values: object) => Object.values(values).map((v) => `'${v}'`).join(', ');

/**
 * One thing someone did with personal data or with an account, when and from where. Rows are
 * only ever added: the log is evidence, so nothing updates or deletes it. Who acted is kept as a
 * snapshot (e-mail, role) so that the event still says who it was after the account changes.
 * details holds ids, counts and enum values only, never a volunteer's name, contact or health.
 */
@Entity('audit_events')
@Check('audit_events_action_check', `"action" IN (${quoted(AuditAction)})`)
@Check('audit_events_subject_type_check', `"subject_type" IN (${quoted(AuditSubjectType)})`)
// Newest first, whole log or by one filter: each index ends with (at, id), the paging order.
@Index('audit_events_at_idx', ['at', 'id'])
@Index('audit_events_action_at_idx', ['action', 'at', 'id'])
@Index('audit_events_actor_at_idx', ['actorId', 'at', 'id'])
@Index('audit_events_organization_at_idx', ['organizationId', 'at', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** Null for the platform itself or an anonymous caller. No foreign key: the log outlives accounts. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  /** The actor's organization, for an organization's own admins; no foreign key, as for the actor. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: AuditSubjectType | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  /** The client's address as Express sees it (behind a trusted proxy, the forwarded one). */
  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
}
