// Urgent call-outs: a need (platelets, RhD-negative blood) sent to volunteers who are eligible now,
// opted in and not unsubscribed. The organizer sees the count first; each person gets it once.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_AGE_WINDOWS, MessagePurpose } from '@life-relay/domain';
import { Outbox } from '../../outbox/outbox.repository';
import { IN_REGION_SQL, recipientOf } from '../../sign-ups/volunteers.repository';
import { AuthenticatedUser, organizationScope } from '../../common/auth/authenticated-user';
import { isUuid } from '../../common/graphql/uuid';
import { OrganizationsService } from '../../organizations/organizations.service';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { CallOutInput, CallOutType } from './dto/call-out.types';

@Injectable()
export class CallOutsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * The audience as SQL: volunteers of the organization ($6: who signed up for one of its drives)
   * who opted in and may donate this kind today; of one city when $7 names one.
   */
  private audience(input: CallOutInput, organizationId: string): { sql: string; params: unknown[] } {
    const window = DEFAULT_AGE_WINDOWS[input.kind];
    return {
      sql: `FROM volunteers v
            WHERE v.call_out_opt_in AND v.unsubscribed_at IS NULL
              AND EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.volunteer_id = v.id AND d.organization_id = $6)
              AND (cardinality($1::text[]) = 0 OR v.blood_type = ANY($1))
              AND ($3::int IS NULL OR v.birth_date IS NULL OR date_part('year', age(current_date, v.birth_date)) BETWEEN $3 AND $4)
              AND NOT EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                               WHERE s.volunteer_id = v.id AND d.kind = $2 AND s.status = 'DONATED'
                                 AND s.outcome_on > (now() AT TIME ZONE d.time_zone)::date - $5::int)
              AND NOT EXISTS (SELECT 1 FROM sign_ups s WHERE s.volunteer_id = v.id AND s.status = 'DEFERRED' AND s.retry_on > current_date)
              AND ${IN_REGION_SQL('v', '$7')}`,
      params: [input.bloodTypes ?? [], input.kind, window?.minAge ?? null, window?.maxAge ?? null, this.config.donationIntervalDays[input.kind] ?? 0, organizationId, input.regionCode ?? null],
    };
  }

  async audienceCount(actor: AuthenticatedUser, input: CallOutInput): Promise<number> {
    const { sql, params } = this.audience(input, await this.organizationOf(actor, input));
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n ${sql}`, params);
    return row.n;
  }

  async send(actor: AuthenticatedUser, input: CallOutInput): Promise<CallOutType> {
    const organizationId = await this.organizationOf(actor, input);
    return this.dataSource.transaction(async (tx) => {
      if (input.driveId) await this.assertPublished(tx, input.driveId);
      const [callOut] = await tx.query(
        `INSERT INTO call_outs (kind, blood_types, drive_id, message, audience_count, sent_by_id, organization_id) VALUES ($1, $2, $3, $4, 0, $5, $6) RETURNING id`,
        [input.kind, input.bloodTypes ?? [], input.driveId ?? null, input.message, actor.id, organizationId],
      );
      const { sql, params } = this.audience(input, organizationId);
      const idParam = `$${params.length + 1}`;
      const queued = await this.outbox.enqueueSelected(
        tx,
        `SELECT '${MessagePurpose.CALL_OUT}' AS purpose, '${MessagePurpose.CALL_OUT}:' || ${idParam}::text || ':' || v.id AS dedupe_key, ${recipientOf('v')} AS recipient,
                v.id AS volunteer_id, NULL::uuid AS sign_up_id, v.locale, jsonb_build_object('callOutId', ${idParam}::text) AS payload, v.channel,
                $6::uuid AS organization_id ${sql}`,
        [...params, callOut.id],
      );
      await tx.query(`UPDATE call_outs SET audience_count = $2 WHERE id = $1`, [callOut.id, queued]);
      return (await this.list(null, tx, callOut.id))[0];
    });
  }

  /** The caller's organization's call-outs (an admin: every one), newest first. */
  list(actor: AuthenticatedUser | null, db: EntityManager = this.dataSource.manager, id: string | null = null): Promise<CallOutType[]> {
    return db
      .query(
        `SELECT c.id, c.kind, c.blood_types, c.drive_id, c.message, c.audience_count, c.created_at, u.name AS sent_by
           FROM call_outs c JOIN users u ON u.id = c.sent_by_id
          WHERE ($1::uuid IS NULL OR c.id = $1) AND ($2::uuid IS NULL OR c.organization_id = $2)
          ORDER BY c.created_at DESC LIMIT 200`,
        [id, actor && organizationScope(actor)],
      )
      .then((rows: Record<string, never>[]) =>
        rows.map((r) => ({ id: r.id, kind: r.kind, bloodTypes: r.blood_types, driveId: r.drive_id, message: r.message, audienceCount: r.audience_count, sentBy: r.sent_by, createdAt: r.created_at })),
      );
  }

  /** Whose volunteers a call-out reaches: the drive's organization, else the caller's own (an admin's: the first). */
  private async organizationOf(actor: AuthenticatedUser, input: CallOutInput): Promise<string> {
    if (input.driveId && isUuid(input.driveId)) {
      const [drive] = await this.dataSource.query(`SELECT organization_id FROM drives WHERE id = $1`, [input.driveId]);
      if (drive) return drive.organization_id;
    }
    return this.organizations.target(actor, null, 'driveId');
  }

  private async assertPublished(tx: EntityManager, driveId: string) {
    const [drive] = await tx.query(`SELECT status FROM drives WHERE id = $1`, [driveId]);
    if (drive?.status !== 'PUBLISHED') throw InvalidInputError.field('driveId', 'invalidValue');
  }
}
