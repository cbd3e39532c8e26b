// Finds reminders that have come due and queues them. Set-based and idempotent (the outbox's
// dedupe key), so every API process may scan at once and a scan missed while the platform was
// down is caught up by the next one. `now` is a parameter: tests move the clock.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { afterQuietHours, DEFAULT_AGE_WINDOWS, DriveKind, eligibilityRulesOf, eligibleFrom, MessagePurpose, PastDonation } from '@life-relay/domain';
import { Outbox } from '../../outbox/outbox.repository';
import { IN_REGION_SQL, recipientOf } from '../../sign-ups/volunteers.repository';
import { DONATIONS_OF } from '../../sign-ups/sign-up-rules';

const { SHIFT_REMINDER, ELIGIBLE_AGAIN, DEFERRAL_FOLLOW_UP, TEAM_DIGEST } = MessagePurpose;

/**
 * The day of $1 in UTC, give or take two: the bounds of a scan's window that an index can use,
 * around the exact condition in each drive's own time zone (UTC-12 to UTC+14).
 */
const UTC_DAY = `($1::timestamptz AT TIME ZONE 'UTC')::date`;

/**
 * The longest wait between two donations of a kind any organization's rules set ($2, $3: the
 * defaults): how far back a donation can still be in a "you can donate again" window.
 */
const LONGEST_WAIT_DAYS = `(SELECT max(greatest(coalesce((lo.eligibility_rules->>'wholeBloodAfterWholeBloodDays')::int, $2::int),
                                  coalesce((lo.eligibility_rules->>'plateletsAfterPlateletsDays')::int, $3::int))) FROM organizations lo)`;

/** The digest goes out from this hour of the UTC day: 08:00 in China. */
export const DIGEST_HOUR_UTC = 0;

@Injectable()
export class ReminderScanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Shift reminders, by default 24 h and 2 h before (per drive): for everyone registered, unless
   * that reminder's time had already passed when they signed up.
   */
  async queueShiftReminders(now: Date = new Date()): Promise<number> {
    return this.outbox.enqueueSelected(
      this.dataSource.manager,
      `SELECT '${SHIFT_REMINDER}' AS purpose, '${SHIFT_REMINDER}:' || s.id || ':' || h AS dedupe_key, ${recipientOf('v')} AS recipient, v.id AS volunteer_id,
              s.id AS sign_up_id, d.organization_id, s.locale, jsonb_build_object('hoursBefore', h) AS payload, v.channel
         FROM drives d
         CROSS JOIN LATERAL unnest(d.reminder_hours_before) AS h
         JOIN shifts sh ON sh.drive_id = d.id
         JOIN sign_ups s ON s.shift_id = sh.id AND s.status = 'REGISTERED'
         JOIN volunteers v ON v.id = s.volunteer_id
        WHERE d.status = 'PUBLISHED'
          AND sh.starts_at > $1 AND sh.starts_at <= $1 + make_interval(hours => h)
          AND s.created_at < sh.starts_at - make_interval(hours => h)`,
      [now],
    );
  }

  /**
   * "You can donate again": for a volunteer's latest donation of a kind, once they may give that
   * kind again (the organization's intervals between kinds and platelet cap over every donation
   * of theirs, recorded or self-reported: the domain's eligibleFrom), unless they unsubscribed or
   * are now past the upper age of a repeat donor (the organization's rule, else the kind's), or
   * live outside the one city the organization sends these to (eligible_again_region_code; null:
   * everyone). The query narrows the donations by the same-kind interval (with 60 days' grace
   * for the longer waits other kinds impose); the rule decides.
   */
  async queueEligibleAgain(now: Date = new Date()): Promise<number> {
    const select = `SELECT '${ELIGIBLE_AGAIN}' AS purpose, '${ELIGIBLE_AGAIN}:' || s.id AS dedupe_key, ${recipientOf('v')} AS recipient, v.id AS volunteer_id,
              s.id AS sign_up_id, d.organization_id, v.locale, '{}'::jsonb AS payload, v.channel,
              d.kind, o.eligibility_rules, to_char(($1::timestamptz AT TIME ZONE d.time_zone)::date, 'YYYY-MM-DD') AS today, ${DONATIONS_OF('v')} AS donations
         FROM sign_ups s
         JOIN drives d ON d.id = s.drive_id
         JOIN volunteers v ON v.id = s.volunteer_id
         JOIN organizations o ON o.id = d.organization_id
         JOIN LATERAL (VALUES ('WHOLE_BLOOD', coalesce((o.eligibility_rules->>'wholeBloodAfterWholeBloodDays')::int, $2::int), $4::int),
                      ('PLATELETS', coalesce((o.eligibility_rules->>'plateletsAfterPlateletsDays')::int, $3::int), $5::int)) AS interval_of(kind, days, max_age)
           ON interval_of.kind = d.kind
        WHERE s.status = 'DONATED' AND v.unsubscribed_at IS NULL
          AND (v.birth_date IS NULL OR date_part('year', age(($1::timestamptz AT TIME ZONE d.time_zone)::date, v.birth_date))
                                       <= coalesce((o.eligibility_rules->>'repeatMaxAge')::int, interval_of.max_age))
          AND s.outcome_on + interval_of.days <= ($1::timestamptz AT TIME ZONE d.time_zone)::date
          AND s.outcome_on > ($1::timestamptz AT TIME ZONE d.time_zone)::date - (interval_of.days + 60)
          AND s.outcome_on > ${UTC_DAY} - 2 - (${LONGEST_WAIT_DAYS} + 60)
          AND NOT EXISTS (SELECT 1 FROM sign_ups later JOIN drives ld ON ld.id = later.drive_id
                           WHERE later.volunteer_id = s.volunteer_id AND ld.kind = d.kind
                             AND later.status = 'DONATED' AND (later.outcome_on, later.outcome_at) > (s.outcome_on, s.outcome_at))
          -- A later one of the kind they reported giving elsewhere is theirs to hear about (queueEligibleAgainSelfReported).
          AND NOT coalesce(v.reported_last_donation_kind = d.kind AND v.reported_last_donation_on > s.outcome_on, false)
          AND ${IN_REGION_SQL('v', 'o.eligible_again_region_code')}`;
    const params = [
      now,
      this.config.donationIntervalDays.WHOLE_BLOOD,
      this.config.donationIntervalDays.PLATELETS,
      DEFAULT_AGE_WINDOWS.WHOLE_BLOOD?.maxAge ?? null,
      DEFAULT_AGE_WINDOWS.PLATELETS?.maxAge ?? null,
    ];
    const candidates: { sign_up_id: string; kind: DriveKind; eligibility_rules: unknown; today: string; donations: PastDonation[] }[] = await this.dataSource.query(select, params);
    const due = candidates
      .filter((c) => (eligibleFrom(c.kind, c.donations, eligibilityRulesOf(c.eligibility_rules), this.config.donationIntervalDays)?.date ?? c.today) <= c.today)
      .map((c) => c.sign_up_id);
    const queued = due.length ? await this.outbox.enqueueSelected(this.dataSource.manager, `${select} AND s.id = ANY($6::uuid[])`, [...params, due]) : 0;
    return queued + (await this.queueEligibleAgainSelfReported(now));
  }

  /**
   * "You can donate again" for a donation the person reported giving elsewhere, when it is their
   * latest of its kind (no donation of that kind recorded on or after its day: that one's message
   * is the scan above's): once they may give that kind again by the same rule, once per person
   * and reported day (a new report is a new donation), with the same opt-outs, age limit and
   * region reach as the scan above. It comes from the organization of their latest sign-up (the
   * one they told), in its time zone, and like a new drive's announcement it waits for the
   * morning when the scan finds it at night.
   */
  async queueEligibleAgainSelfReported(now: Date = new Date()): Promise<number> {
    const today = `($1::timestamptz AT TIME ZONE z.time_zone)::date`;
    const select = `SELECT '${ELIGIBLE_AGAIN}' AS purpose, '${ELIGIBLE_AGAIN}:' || v.id || ':' || to_char(v.reported_last_donation_on, 'YYYY-MM-DD') AS dedupe_key,
              ${recipientOf('v')} AS recipient, v.id AS volunteer_id, NULL::uuid AS sign_up_id, z.organization_id, v.locale,
              jsonb_build_object('kind', v.reported_last_donation_kind, 'day', to_char(v.reported_last_donation_on, 'YYYY-MM-DD')) AS payload, v.channel,
              v.reported_last_donation_kind AS kind, o.eligibility_rules, z.time_zone, to_char(${today}, 'YYYY-MM-DD') AS today, ${DONATIONS_OF('v')} AS donations
         FROM volunteers v
         JOIN LATERAL (SELECT d.organization_id, d.time_zone FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                        WHERE s.volunteer_id = v.id ORDER BY s.created_at DESC, s.id LIMIT 1) z ON true
         JOIN organizations o ON o.id = z.organization_id
         JOIN LATERAL (VALUES ('WHOLE_BLOOD', coalesce((o.eligibility_rules->>'wholeBloodAfterWholeBloodDays')::int, $2::int), $4::int),
                      ('PLATELETS', coalesce((o.eligibility_rules->>'plateletsAfterPlateletsDays')::int, $3::int), $5::int)) AS interval_of(kind, days, max_age)
           ON interval_of.kind = v.reported_last_donation_kind
        WHERE v.reported_last_donation_on IS NOT NULL AND v.unsubscribed_at IS NULL AND v.erased_at IS NULL
          AND (v.birth_date IS NULL OR date_part('year', age(${today}, v.birth_date)) <= coalesce((o.eligibility_rules->>'repeatMaxAge')::int, interval_of.max_age))
          AND v.reported_last_donation_on + interval_of.days <= ${today}
          AND v.reported_last_donation_on > ${today} - (interval_of.days + 60)
          AND v.reported_last_donation_on > ${UTC_DAY} - 2 - (${LONGEST_WAIT_DAYS} + 60)
          AND NOT EXISTS (SELECT 1 FROM sign_ups later JOIN drives ld ON ld.id = later.drive_id
                           WHERE later.volunteer_id = v.id AND ld.kind = v.reported_last_donation_kind
                             AND later.status = 'DONATED' AND later.outcome_on >= v.reported_last_donation_on)
          AND ${IN_REGION_SQL('v', 'o.eligible_again_region_code')}`;
    const params = [
      now,
      this.config.donationIntervalDays.WHOLE_BLOOD,
      this.config.donationIntervalDays.PLATELETS,
      DEFAULT_AGE_WINDOWS.WHOLE_BLOOD?.maxAge ?? null,
      DEFAULT_AGE_WINDOWS.PLATELETS?.maxAge ?? null,
    ];
    const candidates: { volunteer_id: string; kind: DriveKind; eligibility_rules: unknown; time_zone: string; today: string; donations: PastDonation[] }[] =
      await this.dataSource.query(select, params);
    const dueByZone = new Map<string, string[]>();
    for (const c of candidates) {
      if ((eligibleFrom(c.kind, c.donations, eligibilityRulesOf(c.eligibility_rules), this.config.donationIntervalDays)?.date ?? c.today) > c.today) continue;
      dueByZone.set(c.time_zone, [...(dueByZone.get(c.time_zone) ?? []), c.volunteer_id]);
    }
    let queued = 0;
    for (const [zone, due] of dueByZone) {
      queued += await this.outbox.enqueueSelected(this.dataSource.manager, `${select} AND v.id = ANY($6::uuid[])`, [...params, due], afterQuietHours(now, zone));
    }
    return queued;
  }

  /** A deferred volunteer hears from us on the retry date the screening gave them. */
  async queueDeferralFollowUps(now: Date = new Date()): Promise<number> {
    return this.outbox.enqueueSelected(
      this.dataSource.manager,
      `SELECT '${DEFERRAL_FOLLOW_UP}' AS purpose, '${DEFERRAL_FOLLOW_UP}:' || s.id AS dedupe_key, ${recipientOf('v')} AS recipient, v.id AS volunteer_id,
              s.id AS sign_up_id, d.organization_id, v.locale, '{}'::jsonb AS payload, v.channel
         FROM sign_ups s JOIN drives d ON d.id = s.drive_id JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.status = 'DEFERRED' AND s.retry_on IS NOT NULL AND v.unsubscribed_at IS NULL
          AND s.retry_on <= ($1 AT TIME ZONE d.time_zone)::date
          AND s.retry_on > ($1 AT TIME ZONE d.time_zone)::date - 60
          AND s.retry_on BETWEEN ${UTC_DAY} - 62 AND ${UTC_DAY} + 2`,
      [now],
    );
  }

  /**
   * The daily recruiting digest: once a day (from DIGEST_HOUR_UTC, 08:00 in China) to every team
   * lead whose teams recruit for a drive that is still open.
   */
  async queueTeamDigests(now: Date = new Date()): Promise<number> {
    if (now.getUTCHours() < DIGEST_HOUR_UTC) return 0;
    const day = now.toISOString().slice(0, 10);
    return this.outbox.enqueueSelected(
      this.dataSource.manager,
      `SELECT '${TEAM_DIGEST}' AS purpose, '${TEAM_DIGEST}:' || u.id || ':' || $1 AS dedupe_key, u.email AS recipient, NULL::uuid AS volunteer_id,
              NULL::uuid AS sign_up_id, u.organization_id, u.locale, jsonb_build_object('userId', u.id, 'day', $1::text) AS payload, 'EMAIL' AS channel
         FROM users u
        WHERE u.role = 'TEAM_LEAD' AND u.password_hash IS NOT NULL AND u.deactivated_at IS NULL
          AND EXISTS (SELECT 1 FROM team_leads l JOIN drive_team_stats s ON s.team_id = l.team_id JOIN drives d ON d.id = s.drive_id
                       WHERE l.user_id = u.id AND d.status = 'PUBLISHED')`,
      [day],
    );
  }

  /** Every scan of a tick. */
  async queueAllDue(now: Date = new Date()): Promise<number> {
    return (
      (await this.queueShiftReminders(now)) +
      (await this.queueEligibleAgain(now)) +
      (await this.queueDeferralFollowUps(now)) +
      (await this.queueTeamDigests(now))
    );
  }
}
