// "A new drive": when a drive is published, the organization's past volunteers who may give on
// its first day hear of it, once (the dedupe key is the drive's and the person's, so unpublishing
// and publishing again sends nothing new), in their language, on their channel. It is what the
// "you can donate again" message promises when no drive is planned yet.
//
// Unsolicited, like "you can donate again": not queued for anyone who unsubscribed with one click
// or turned these off on their data page (checked again as it is sent), and it carries the
// one-click unsubscribe. Queued at night in the drive's time zone, it waits for the morning.
// Eligible means as on the drive's first day: the age window of the drive under its
// organization's rules (a first-timer, who never donated, held to the first-time limit), the
// intervals since their donations (between kinds, recorded or self-reported) and the platelet cap, and no deferral running past it. A birth date nobody gave does not exclude (as for call-outs): the desk checks on the day.
// A stem-cell registry drive is not announced to those already in the organization's registry:
// they cannot join it again (the desk would refuse it), and its message speaks of joining, not of
// donating again.
// A drive the organizers announce to one city only (announce_region_code) reaches the people of
// that city: the one they gave, else that of a drive they signed up at.
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { afterQuietHours, dayInZone, donorAgeWindow, DriveKind, EligibilityRules, eligibleFrom, intervalDaysOf, MessagePurpose, PastDonation } from '@life-relay/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DrivePublished } from '../../drives/drive-published';
import { OrganizationsService } from '../../organizations/organizations.service';
import { Outbox } from '../../outbox/outbox.repository';
import { IN_REGION_SQL, recipientOf } from '../../sign-ups/volunteers.repository';
import { DONATIONS_OF } from '../../sign-ups/sign-up-rules';

const { DRIVE_ANNOUNCED } = MessagePurpose;

@Injectable()
export class DriveAnnouncements {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly organizations: OrganizationsService,
    drivePublished: DrivePublished,
  ) {
    drivePublished.subscribe((tx, driveId) => this.announce(tx, driveId));
  }

  /** Queues the announcement of a just-published drive; returns how many were queued. */
  async announce(tx: EntityManager, driveId: string, now: Date = new Date()): Promise<number> {
    const [drive] = await tx.query(`SELECT kind, min_age, max_age, starts_at, time_zone, organization_id FROM drives WHERE id = $1`, [driveId]);
    if (!drive || new Date(drive.starts_at) <= now) return 0;
    const rules = await this.organizations.eligibilityRulesOf(drive.organization_id);
    const ruled = { kind: drive.kind, minAge: drive.min_age, maxAge: drive.max_age };
    const [repeat, firstTime] = [donorAgeWindow(ruled, rules, false), donorAgeWindow(ruled, rules, true)];
    const firstDay = dayInZone(new Date(drive.starts_at), drive.time_zone);
    const heldBack = await this.heldBack(tx, drive.organization_id, drive.kind, firstDay, rules);
    return this.outbox.enqueueSelected(
      tx,
      `SELECT '${DRIVE_ANNOUNCED}' AS purpose, '${DRIVE_ANNOUNCED}:' || n.id || ':' || v.id AS dedupe_key, ${recipientOf('v')} AS recipient,
              v.id AS volunteer_id, NULL::uuid AS sign_up_id, n.organization_id, v.locale, jsonb_build_object('driveId', n.id) AS payload, v.channel
         FROM drives n CROSS JOIN volunteers v
        WHERE n.id = $1 AND v.erased_at IS NULL
          AND v.unsubscribed_at IS NULL AND NOT ('${DRIVE_ANNOUNCED}' = ANY(v.unsubscribed_purposes))
          AND EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                       WHERE s.volunteer_id = v.id AND d.organization_id = n.organization_id AND d.id <> n.id)
          AND NOT EXISTS (SELECT 1 FROM sign_ups s WHERE s.volunteer_id = v.id AND s.drive_id = n.id)
          AND NOT (n.kind = 'STEM_CELL_REGISTRY' AND EXISTS (SELECT 1 FROM registry_members m WHERE m.organization_id = n.organization_id AND m.volunteer_id = v.id))
          AND ($3::int IS NULL OR v.birth_date IS NULL OR date_part('year', age($2::date, v.birth_date)) BETWEEN $3 AND
                 CASE WHEN EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                                    WHERE s.volunteer_id = v.id AND s.status = 'DONATED' AND d.kind <> 'STEM_CELL_REGISTRY')
                        OR v.reported_donation_count > 0 OR v.reported_last_donation_on IS NOT NULL THEN $4::int ELSE $6::int END)
          AND NOT (v.id = ANY($5::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM sign_ups s WHERE s.volunteer_id = v.id AND s.status = 'DEFERRED' AND s.retry_on > $2::date)
          AND ${IN_REGION_SQL('v', 'n.announce_region_code')}`,
      [driveId, firstDay, repeat?.minAge ?? null, repeat?.maxAge ?? null, heldBack, firstTime?.maxAge ?? null],
      afterQuietHours(now, drive.time_zone),
    );
  }

  /**
   * The organization's past volunteers who may not give this kind on the drive's first day: an
   * interval since a donation of theirs (of either kind, recorded, self-reported or the blood
   * service's recorded day) or the
   * platelet cap holds them back (the domain's eligibleFrom decides). Only donations recent
   * enough to hold anyone back are read: the longest interval, or the cap's year.
   */
  private async heldBack(tx: EntityManager, organizationId: string, kind: DriveKind, firstDay: string, rules: EligibilityRules): Promise<string[]> {
    if (kind !== DriveKind.WHOLE_BLOOD && kind !== DriveKind.PLATELETS) return [];
    const lookBack = Math.max(366, ...Object.values(intervalDaysOf(rules, this.config.donationIntervalDays)));
    const donors: { id: string; donations: PastDonation[] }[] = await tx.query(
      `SELECT v.id, ${DONATIONS_OF('v')} AS donations FROM volunteers v
        WHERE v.reported_last_donation_on > $2::date - $3::int OR v.blood_service_donated_on > $2::date - $3::int
           OR EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                       WHERE s.volunteer_id = v.id AND d.organization_id = $1 AND s.status = 'DONATED' AND s.outcome_on > $2::date - $3::int)`,
      [organizationId, firstDay, lookBack],
    );
    return donors.filter((d) => (eligibleFrom(kind, d.donations, rules, this.config.donationIntervalDays)?.date ?? firstDay) > firstDay).map((d) => d.id);
  }
}
