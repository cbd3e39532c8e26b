// Messages to a drive's sign-ups: what organizers write to them (picked by status, shift and team,
// each person once, in their own language), what the platform tells them when a published
// drive's place or time changes, and the "we missed you" to its no-shows when it closes, naming
// the organization's next drive.
//
// An organizer's message and a change notice are service, not marketing: they are about a drive
// the person signed up for, so they reach people who unsubscribed from what nobody asked for, and
// cannot be turned off. "We missed you" is unsolicited: it carries a one-click unsubscribe and
// is not queued for anyone who unsubscribed or turned it off. An erased person gets nothing.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { MessagePurpose, SignUpStatus } from '@life-relay/domain';
import { DriveChanged } from '../../drives/drive-changed';
import { DriveClosed } from '../../outcomes/drive-closed';
import { Outbox } from '../../outbox/outbox.repository';
import { recipientOf } from '../../sign-ups/volunteers.repository';
import { DriveMessageAudience, DriveMessageAudienceInput, DriveMessageSent, SendDriveMessageInput } from './dto/drive-message.types';

/** How many names the audience preview shows. */
export const AUDIENCE_NAMES = 10;

@Injectable()
export class DriveMessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    driveChanged: DriveChanged,
    driveClosed: DriveClosed,
  ) {
    driveChanged.subscribe((tx, driveId, shiftId) => this.queueChangeNotices(tx, driveId, shiftId));
    driveClosed.subscribe((tx, driveId) => this.queueWeMissedYou(tx, driveId));
  }

  /**
   * The audience as SQL: each person ($1's drive, not erased) once, with their latest sign-up
   * among those the filters pick ($2 statuses, $3 shifts, $4 teams; empty: any).
   */
  private audience(input: DriveMessageAudienceInput): { sql: string; params: unknown[] } {
    return {
      sql: `FROM (SELECT DISTINCT ON (v.id) v.id AS volunteer_id, v.name, v.locale, v.channel, ${recipientOf('v')} AS recipient, s.id AS sign_up_id, d.organization_id
                    FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
                   WHERE s.drive_id = $1 AND v.erased_at IS NULL
                     AND (cardinality($2::text[]) = 0 OR s.status::text = ANY($2))
                     AND (cardinality($3::uuid[]) = 0 OR s.shift_id = ANY($3))
                     AND (cardinality($4::uuid[]) = 0 OR s.team_id = ANY($4))
                   ORDER BY v.id, s.created_at DESC) AS a`,
      params: [input.driveId, input.statuses ?? [], input.shiftIds ?? [], input.teamIds ?? []],
    };
  }

  async audienceOf(input: DriveMessageAudienceInput): Promise<DriveMessageAudience> {
    const { sql, params } = this.audience(input);
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count ${sql}`, params);
    const names = await this.dataSource.query(`SELECT a.name ${sql} ORDER BY a.name LIMIT ${AUDIENCE_NAMES}`, params);
    return { count, names: names.map((r: { name: string }) => r.name) };
  }

  /** Queues the message once per person (its id in the dedupe key), in each person's language. */
  async send(input: SendDriveMessageInput): Promise<DriveMessageSent> {
    const id = randomUUID();
    const { sql, params } = this.audience(input);
    const queued = await this.dataSource.transaction((tx) =>
      this.outbox.enqueueSelected(
        tx,
        `SELECT '${MessagePurpose.DRIVE_MESSAGE}' AS purpose, '${MessagePurpose.DRIVE_MESSAGE}:' || $5::text || ':' || a.volunteer_id AS dedupe_key,
                a.recipient, a.volunteer_id, a.sign_up_id, a.locale, a.channel, a.organization_id,
                CASE WHEN a.locale = 'zh-CN' THEN $7::jsonb ELSE $6::jsonb END || jsonb_build_object('driveMessageId', $5::text) AS payload
           ${sql}`,
        [...params, id, JSON.stringify({ subject: input.en.subject, body: input.en.body }), JSON.stringify({ subject: input.zhCN.subject, body: input.zhCN.body })],
      ),
    );
    return { id, driveId: input.driveId, queued };
  }

  /**
   * Tells everyone REGISTERED or WAITLISTED for the drive (or one shift of it) that its place or
   * time changed. The message reads the drive as it is when sent, so one still queued for a
   * sign-up already says the latest: a second change in a row does not queue another.
   */
  private async queueChangeNotices(tx: EntityManager, driveId: string, shiftId: string | null): Promise<void> {
    await this.outbox.enqueueSelected(
      tx,
      `SELECT '${MessagePurpose.DRIVE_CHANGED}' AS purpose, '${MessagePurpose.DRIVE_CHANGED}:' || $3::text || ':' || s.id AS dedupe_key, ${recipientOf('v')} AS recipient,
              v.id AS volunteer_id, s.id AS sign_up_id, v.locale, '{}'::jsonb AS payload, v.channel, d.organization_id
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
        WHERE s.drive_id = $1 AND ($2::uuid IS NULL OR s.shift_id = $2) AND v.erased_at IS NULL
          AND s.status IN ('${SignUpStatus.REGISTERED}', '${SignUpStatus.WAITLISTED}')
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.sign_up_id = s.id AND o.purpose = '${MessagePurpose.DRIVE_CHANGED}' AND o.state = 'QUEUED')`,
      [driveId, shiftId, randomUUID()],
    );
  }

  /** "We missed you" to the closed drive's no-shows, naming the organization's next published drive if there is one. */
  private async queueWeMissedYou(tx: EntityManager, driveId: string): Promise<void> {
    const [next] = await tx.query(
      `SELECT n.title, n.slug, n.starts_at, n.time_zone FROM drives n JOIN drives d ON d.organization_id = n.organization_id
        WHERE d.id = $1 AND n.id <> d.id AND n.status = 'PUBLISHED' AND n.starts_at > now()
        ORDER BY n.starts_at LIMIT 1`,
      [driveId],
    );
    const payload = next ? { nextDrive: { title: next.title, slug: next.slug, startsAt: new Date(next.starts_at).toISOString(), timeZone: next.time_zone } } : {};
    await this.outbox.enqueueSelected(
      tx,
      `SELECT '${MessagePurpose.WE_MISSED_YOU}' AS purpose, '${MessagePurpose.WE_MISSED_YOU}:' || s.id AS dedupe_key, ${recipientOf('v')} AS recipient,
              v.id AS volunteer_id, s.id AS sign_up_id, v.locale, $2::jsonb AS payload, v.channel, d.organization_id
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
        WHERE s.drive_id = $1 AND s.status = '${SignUpStatus.NO_SHOW}' AND v.erased_at IS NULL
          AND v.unsubscribed_at IS NULL AND NOT ('${MessagePurpose.WE_MISSED_YOU}' = ANY(v.unsubscribed_purposes))`,
      [driveId, JSON.stringify(payload)],
    );
  }
}
