// Owns every write to the audit log (audit_events) and the admins' page of it. Every feature
// records into it, so it sits low, beside the outbox, and knows nothing of the features above.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditSubjectType, isRegionCode } from '@life-relay/domain';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InvalidInputError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/connection';

/**
 * What an event may say beside its subject: ids, counts, flags and enum values. Anything else (a
 * name, an e-mail, a search text) could be personal data, which the log must not become a second
 * copy of; record() refuses it.
 */
export type AuditDetailValue = number | boolean | null | string | readonly string[];
export type AuditDetails = Record<string, AuditDetailValue>;

export interface AuditEventInput {
  action: AuditAction;
  subjectType?: AuditSubjectType | null;
  subjectId?: string | null;
  details?: AuditDetails;
}

/** Where a call came from: an Express request is one (req.ip follows the trusted-proxy setting). */
export interface AuditRequest {
  ip?: string;
  headers: { 'user-agent'?: string };
}

/** Who acted: a signed-in user, or null for an anonymous caller or the platform itself. */
export type AuditActor = Pick<AuthenticatedUser, 'id' | 'email' | 'role'> | null;

export interface AuditFilter {
  action?: AuditAction | null;
  actorId?: string | null;
  since?: Date | null;
  until?: Date | null;
}

export interface AuditEventRow {
  id: string;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  organizationId: string | null;
  action: AuditAction;
  subjectType: AuditSubjectType | null;
  subjectId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  /** (at, id) with at to the microsecond, which a Date would round to the millisecond. */
  cursor: string;
}

const USER_AGENT_MAX = 256;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One INSERT. Outside any transaction unless given one: with the caller's transaction the
   * event stands or falls with what it records (a password set and its event together).
   */
  async record(actor: AuditActor, request: AuditRequest | null, event: AuditEventInput, db: EntityManager = this.dataSource.manager): Promise<void> {
    const details = event.details ?? {};
    assertNoFreeText(details);
    // The organizations feature adds the actor's organization to the signed-in user; until then
    // there is none, and the column stays empty.
    const organizationId = (actor as { organizationId?: string | null } | null)?.organizationId ?? null;
    await db.query(
      `INSERT INTO audit_events (actor_id, actor_email, actor_role, organization_id, action, subject_type, subject_id, details, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        actor?.id ?? null,
        actor?.email ?? null,
        actor?.role ?? null,
        organizationId,
        event.action,
        event.subjectType ?? null,
        event.subjectId ?? null,
        JSON.stringify(details),
        clientIp(request?.ip),
        request?.headers['user-agent']?.slice(0, USER_AGENT_MAX) ?? null,
      ],
    );
  }

  /**
   * An erasure: the events about the subject that an anonymous caller caused (the person, at a
   * public page) lose where they came from (address, browser). The only change the database lets
   * an event undergo; everything else about it stays.
   */
  async forgetCallersAbout(db: EntityManager, subjectType: AuditSubjectType, subjectId: string): Promise<void> {
    await db.query(
      `UPDATE audit_events SET ip = NULL, user_agent = NULL
        WHERE subject_type = $1 AND subject_id = $2 AND actor_id IS NULL AND (ip IS NOT NULL OR user_agent IS NOT NULL)`,
      [subjectType, subjectId],
    );
  }

  /** Newest first, by (at, id); totalCount under the same filter. */
  async page(filter: AuditFilter, first: number | null | undefined, after: string | null | undefined): Promise<Connection<AuditEventRow>> {
    const limit = pageSize(first);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.action) where.push(`action = ${param(filter.action)}`);
    if (filter.actorId) where.push(`actor_id = ${param(filter.actorId)}`);
    if (filter.since) where.push(`at >= ${param(filter.since)}`);
    if (filter.until) where.push(`at < ${param(filter.until)}`);
    const filtered = [...where];
    const filterParams = [...params];
    if (after) {
      const [at, id] = decodeCursor(after, ['string', 'string']) as string[];
      if (!isUuid(id) || Number.isNaN(Date.parse(at))) throw InvalidInputError.field('after', 'invalidValue');
      where.push(`(at, id) < (${param(at)}::timestamptz, ${param(id)}::uuid)`);
    }
    const clause = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
    const rows: (Omit<AuditEventRow, 'cursor'> & { at_key: string })[] = await this.dataSource.query(
      `SELECT id, at, actor_id AS "actorId", actor_email AS "actorEmail", actor_role AS "actorRole", organization_id AS "organizationId",
              action, subject_type AS "subjectType", subject_id AS "subjectId", details, ip, user_agent AS "userAgent",
              to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key
         FROM audit_events ${clause(where)}
        ORDER BY at DESC, id DESC
        LIMIT ${limit + 1}`,
      params,
    );
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM audit_events ${clause(filtered)}`, filterParams);
    const nodes = rows.map(({ at_key, ...row }) => ({ ...row, cursor: encodeCursor([at_key, row.id]) }));
    return toConnection(nodes, limit, count, (row) => row.cursor);
  }
}

/** An IPv4 client on a dual-stack socket arrives as ::ffff:1.2.3.4; the log says 1.2.3.4. */
function clientIp(ip: string | undefined): string | null {
  return ip ? ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') : null;
}

function assertNoFreeText(details: AuditDetails): void {
  // A region code (CN-150100) is one of a fixed list, not text anyone typed.
  const allowed = (value: unknown): boolean =>
    value === null || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && (isUuid(value) || ENUM_VALUE.test(value) || isRegionCode(value)));
  for (const [key, value] of Object.entries(details)) {
    if (!(Array.isArray(value) ? value.every(allowed) : allowed(value))) {
      // A programming error, caught by the tests: the log keeps no text that could be personal data.
      throw new Error(`Audit detail "${key}" must be an id, a number, a flag or an enum value`);
    }
  }
}
