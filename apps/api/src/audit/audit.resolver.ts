import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, Role } from '@life-relay/domain';
import { Roles } from '../common/auth/access.decorators';
import { assertId } from '../common/graphql/uuid';
import { Connection } from '../common/pagination/connection';
import { AuditEventRow, AuditLog } from './audit-log.service';
import { AuditEventConnection, AuditEventType } from './dto/audit-event.types';

@Resolver(() => AuditEventType)
export class AuditResolver {
  constructor(private readonly log: AuditLog) {}

  /** Admins only: the log says what every organizer did, which is not theirs to see of each other. */
  @Roles(Role.ADMIN)
  @Query(() => AuditEventConnection, {
    description: 'Admins: who read or exported personal data, changed accounts or sent call-outs, when and from where; newest first.',
  })
  async auditEvents(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('action', { type: () => AuditAction, nullable: true }) action?: AuditAction,
    @Args('actorId', { type: () => ID, nullable: true }) actorId?: string,
    @Args('since', { type: () => Date, nullable: true, description: 'From this instant on.' }) since?: Date,
    @Args('until', { type: () => Date, nullable: true, description: 'Before this instant.' }) until?: Date,
  ): Promise<Connection<AuditEventType>> {
    const page = await this.log.page({ action, actorId: actorId ? assertId(actorId, 'User') : null, since, until }, first, after);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAuditEventType(edge.node) })) };
  }
}

function toAuditEventType(row: AuditEventRow): AuditEventType {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actor: row.actorId ? { id: row.actorId, email: row.actorEmail ?? '', role: row.actorRole as Role } : null,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    details: JSON.stringify(row.details),
    ip: row.ip,
    userAgent: row.userAgent,
  };
}
