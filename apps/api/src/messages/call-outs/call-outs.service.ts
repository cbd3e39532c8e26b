// Urgent call-outs: a need (platelets, RhD-negative blood; how many people, where, by when) sent
// to volunteers who are eligible now, opted in and not unsubscribed. The organizer sees the
// audience first; messages go by SMS where the person gave a phone, e-mail otherwise, at any hour.
// People answer by link or SMS reply; the organizer escalates in waves (another group, a wider
// region) until the need is met, and nobody is asked twice in one call-out.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BloodType, CallOutAnswer, donorAgeWindow, DriveKind, EligibilityRules, eligibleFrom, intervalDaysOf, MessagePurpose, PastDonation } from '@life-relay/domain';
import { Outbox } from '../../outbox/outbox.repository';
import { IN_REGION_SQL } from '../../sign-ups/volunteers.repository';
import { DONATIONS_OF } from '../../sign-ups/sign-up-rules';
import { AuthenticatedUser, organizationScope } from '../../common/auth/authenticated-user';
import { isUuid } from '../../common/graphql/uuid';
import { OrganizationsService } from '../../organizations/organizations.service';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { CallOutRecipients } from './call-out-recipients.repository';
import { CallOutAskType, CallOutAudienceMember, CallOutInput, CallOutType, CallOutWaveInput } from './dto/call-out.types';

/** Who a wave asks: the need's kind and groups, of one city (a code of REGION_CODES) or all, verified types only or not. */
interface Audience {
  kind: DriveKind;
  bloodTypes: BloodType[];
  regionCode: string | null;
  verifiedOnly: boolean;
  /** Leaves out who this call-out asked already (an escalation). */
  callOutId: string | null;
}

@Injectable()
export class CallOutsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly organizations: OrganizationsService,
    private readonly recipients: CallOutRecipients,
  ) {}

  /**
   * The audience as SQL: volunteers of the organization ($4: who signed up for one of its drives)
   * who opted in and may donate this kind today, verified ($5) and of one city ($6: the one they
   * gave, else that of a drive they signed up at) when asked, and not asked in this call-out yet ($7).
   * The age window is the organization's, as for "you can donate again" and a new drive's
   * announcement: a repeat donor (a donation recorded anywhere, or one they reported) up to $3,
   * someone who never donated blood up to the first-time limit ($8); a birth date nobody gave
   * does not exclude (the desk checks on the day).
   * Who may donate today is the domain's eligibleFrom over every donation of theirs (DONATIONS_OF:
   * recorded anywhere, self-reported, the blood service's day), under the organization's
   * intervals between kinds and platelet cap: the SQL narrows, the rule decides, and those it
   * holds back are named ($9). The preview, the list and every wave ask this one function, so
   * the count shown is who is asked.
   */
  private async audience(db: EntityManager, a: Audience, organizationId: string): Promise<{ sql: string; params: unknown[] }> {
    const rules: EligibilityRules = await this.organizations.eligibilityRulesOf(organizationId);
    const ruled = { kind: a.kind, minAge: null, maxAge: null };
    const [repeat, firstTime] = [donorAgeWindow(ruled, rules, false), donorAgeWindow(ruled, rules, true)];
    const sql = `FROM volunteers v
            WHERE v.call_out_opt_in AND v.unsubscribed_at IS NULL AND v.erased_at IS NULL
              AND EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.volunteer_id = v.id AND d.organization_id = $4)
              AND ${IN_REGION_SQL('v', '$6')}
              AND (cardinality($1::text[]) = 0 OR v.blood_type = ANY($1))
              AND (NOT $5::boolean OR v.blood_type_verified_at IS NOT NULL)
              AND ($2::int IS NULL OR v.birth_date IS NULL OR date_part('year', age(current_date, v.birth_date)) BETWEEN $2 AND
                     CASE WHEN EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                                        WHERE s.volunteer_id = v.id AND s.status = 'DONATED' AND d.kind <> 'STEM_CELL_REGISTRY')
                            OR v.reported_donation_count > 0 OR v.reported_last_donation_on IS NOT NULL THEN $3::int ELSE $8::int END)
              AND NOT EXISTS (SELECT 1 FROM sign_ups s WHERE s.volunteer_id = v.id AND s.status = 'DEFERRED' AND s.retry_on > current_date)
              AND NOT EXISTS (SELECT 1 FROM call_out_recipients r WHERE r.call_out_id = $7::uuid AND r.volunteer_id = v.id)`;
    const params: unknown[] = [
      a.bloodTypes,
      repeat?.minAge ?? null,
      repeat?.maxAge ?? null,
      organizationId,
      a.verifiedOnly,
      a.regionCode,
      a.callOutId,
      firstTime?.maxAge ?? null,
    ];
    const heldBack = await this.heldBack(db, { sql, params }, a.kind, rules);
    return { sql: `${sql} AND NOT (v.id = ANY($9::uuid[]))`, params: [...params, heldBack] };
  }

  /**
   * Of the audience the SQL selects, those an interval since a donation (of either kind, recorded
   * or self-reported) or the platelet cap holds back today (the domain's eligibleFrom decides).
   * Only people with a donation recent enough to hold anyone back are read: the longest interval,
   * or the cap's year.
   */
  private async heldBack(db: EntityManager, base: { sql: string; params: unknown[] }, kind: DriveKind, rules: EligibilityRules): Promise<string[]> {
    const installation = this.config.donationIntervalDays;
    const lookBack = Math.max(366, ...Object.values(intervalDaysOf(rules, installation)));
    const n = base.params.length + 1;
    const donors: { id: string; today: string; donations: PastDonation[] }[] = await db.query(
      `SELECT v.id, to_char(current_date, 'YYYY-MM-DD') AS today, ${DONATIONS_OF('v')} AS donations ${base.sql}
          AND (v.reported_last_donation_on > current_date - $${n}::int OR v.blood_service_donated_on > current_date - $${n}::int
               OR EXISTS (SELECT 1 FROM sign_ups s WHERE s.volunteer_id = v.id AND s.status = 'DONATED' AND s.outcome_on > current_date - $${n}::int))`,
      [...base.params, lookBack],
    );
    return donors.filter((d) => (eligibleFrom(kind, d.donations, rules, installation)?.date ?? d.today) > d.today).map((d) => d.id);
  }

  private static audienceOf(input: CallOutInput): Audience {
    return { kind: input.kind, bloodTypes: input.bloodTypes ?? [], regionCode: input.regionCode ?? null, verifiedOnly: input.verifiedOnly === true, callOutId: null };
  }

  async audienceCount(actor: AuthenticatedUser, input: CallOutInput): Promise<number> {
    const { sql, params } = await this.audience(this.dataSource.manager, CallOutsService.audienceOf(input), await this.organizationOf(actor, input));
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n ${sql}`, params);
    return row.n;
  }

  /** Who exactly a call-out would ask, by name, and how. */
  async audienceList(actor: AuthenticatedUser, input: CallOutInput): Promise<CallOutAudienceMember[]> {
    const { sql, params } = await this.audience(this.dataSource.manager, CallOutsService.audienceOf(input), await this.organizationOf(actor, input));
    const rows = await this.dataSource.query(
      `SELECT v.id, v.name, v.blood_type, v.blood_type_verified_at IS NOT NULL AS verified, CASE WHEN v.phone IS NOT NULL THEN 'SMS' ELSE 'EMAIL' END AS channel
        ${sql} ORDER BY v.name, v.id`,
      params,
    );
    return rows.map((r: Record<string, never>) => ({ id: r.id, name: r.name, bloodType: r.blood_type, bloodTypeVerified: r.verified, channel: r.channel }));
  }

  async send(actor: AuthenticatedUser, input: CallOutInput): Promise<CallOutType> {
    const organizationId = await this.organizationOf(actor, input);
    return this.dataSource.transaction(async (tx) => {
      if (input.driveId) await this.assertPublished(tx, input.driveId);
      const [callOut] = await tx.query(
        `INSERT INTO call_outs (kind, blood_types, drive_id, message, audience_count, sent_by_id, organization_id, people_needed, place, needed_by, region_code, verified_only)
         VALUES ($1, $2, $3, $4, 0, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          input.kind,
          input.bloodTypes ?? [],
          input.driveId ?? null,
          input.message,
          actor.id,
          organizationId,
          input.peopleNeeded ?? null,
          input.place ?? null,
          input.neededBy ?? null,
          input.regionCode ?? null,
          input.verifiedOnly === true,
        ],
      );
      await this.sendWave(tx, callOut.id, 1, { ...CallOutsService.audienceOf(input), callOutId: callOut.id }, organizationId);
      return (await this.list(null, tx, callOut.id))[0];
    });
  }

  /**
   * The next wave of a call-out: another group or a wider region, asking only people it has not
   * asked yet. Refused once as many people said they can come as the need asked for.
   */
  async escalate(id: string, wave: CallOutWaveInput): Promise<CallOutType> {
    return this.dataSource.transaction(async (tx) => {
      const [c] = await tx.query(`SELECT id, kind, blood_types, verified_only, people_needed, organization_id, waves FROM call_outs WHERE id = $1 FOR UPDATE`, [id]);
      if (!c) throw new NotFoundError('Call-out');
      const tally = (await this.recipients.tallies(tx, [id])).get(id);
      if (c.people_needed !== null && (tally?.yes ?? 0) >= c.people_needed) throw InvalidInputError.field('id', 'callOutNeedMet');
      const audience: Audience = {
        kind: c.kind,
        bloodTypes: wave.bloodTypes?.length ? wave.bloodTypes : c.blood_types,
        regionCode: wave.regionCode ?? null,
        verifiedOnly: c.verified_only,
        callOutId: id,
      };
      await tx.query(`UPDATE call_outs SET waves = waves + 1, region_code = $2 WHERE id = $1`, [id, audience.regionCode]);
      await this.sendWave(tx, id, c.waves + 1, audience, c.organization_id);
      return (await this.list(null, tx, id))[0];
    });
  }

  /** Adds the wave's people to the call-out and queues a message to each, by SMS where they gave a phone, else e-mail. */
  private async sendWave(tx: EntityManager, callOutId: string, wave: number, audience: Audience, organizationId: string) {
    await this.recipients.addWave(tx, callOutId, wave, await this.audience(tx, audience, organizationId));
    await this.outbox.enqueueSelected(
      tx,
      `SELECT '${MessagePurpose.CALL_OUT}' AS purpose, '${MessagePurpose.CALL_OUT}:' || $1::text || ':' || v.id AS dedupe_key,
              CASE WHEN r.channel = 'SMS' THEN v.phone ELSE v.email::text END AS recipient,
              v.id AS volunteer_id, NULL::uuid AS sign_up_id, v.locale, jsonb_build_object('callOutId', $1::text) AS payload, r.channel,
              $3::uuid AS organization_id
         FROM call_out_recipients r JOIN volunteers v ON v.id = r.volunteer_id
        WHERE r.call_out_id = $1::uuid AND r.wave = $2::int`,
      [callOutId, wave, organizationId],
    );
    await tx.query(`UPDATE call_outs SET audience_count = (SELECT count(*) FROM call_out_recipients WHERE call_out_id = $1) WHERE id = $1`, [callOutId]);
  }

  /** What an answer link shows; null for a link that is not (or no longer) valid. */
  async askByLink(token: string): Promise<CallOutAskType | null> {
    const row = await this.recipients.askByToken(this.dataSource.manager, token);
    if (!row) return null;
    return {
      kind: row.kind as DriveKind,
      bloodTypes: row.blood_types as BloodType[],
      message: row.message,
      peopleNeeded: row.people_needed,
      place: row.place,
      neededBy: row.needed_by,
      organizationName: row.organization_name,
      answer: row.answer,
      open: row.open,
      locale: row.locale,
    };
  }

  /** An answer by link; false for a link that is not (or no longer) valid, or once the call-out closed. */
  answerByLink(token: string, answer: CallOutAnswer): Promise<boolean> {
    return this.recipients.answerByToken(this.dataSource.manager, token, answer);
  }

  /** The caller's organization's call-outs (an admin: every one), newest first, with their tallies. */
  async list(actor: AuthenticatedUser | null, db: EntityManager = this.dataSource.manager, id: string | null = null): Promise<CallOutType[]> {
    const rows: Record<string, never>[] = await db.query(
      `SELECT c.id, c.kind, c.blood_types, c.drive_id, c.message, c.audience_count, c.created_at, u.name AS sent_by,
              c.people_needed, c.place, c.needed_by, c.region_code, c.verified_only, c.waves
         FROM call_outs c JOIN users u ON u.id = c.sent_by_id
        WHERE ($1::uuid IS NULL OR c.id = $1) AND ($2::uuid IS NULL OR c.organization_id = $2)
        ORDER BY c.created_at DESC LIMIT 200`,
      [id, actor && organizationScope(actor)],
    );
    const tallies = await this.recipients.tallies(db, rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      bloodTypes: r.blood_types,
      driveId: r.drive_id,
      message: r.message,
      audienceCount: r.audience_count,
      sentBy: r.sent_by,
      createdAt: r.created_at,
      peopleNeeded: r.people_needed,
      place: r.place,
      neededBy: r.needed_by,
      regionCode: r.region_code,
      verifiedOnly: r.verified_only,
      waves: r.waves,
      yesCount: tallies.get(r.id)?.yes ?? 0,
      noCount: tallies.get(r.id)?.no ?? 0,
    }));
  }

  /** One call-out of the caller's organization, with its tally; null if none. */
  async one(actor: AuthenticatedUser, id: string): Promise<CallOutType | null> {
    if (!isUuid(id)) return null;
    return (await this.list(actor, this.dataSource.manager, id))[0] ?? null;
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
