// Everything stored about one person, read for their own page and downloads: their record, every
// sign-up with its outcome and the staff's changes to it, their donations, the messages sent to
// them (as the outbox keeps them: keys masked), and which kinds of message they receive. Reads
// only; consents come from their owner (sign-ups' Consents).
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Contact, DriveKind, joinsRegistry, MessageChannel, OPTIONAL_MESSAGE_PURPOSES, selfReportedCount, SignUpStatus, traitsOf } from '@life-relay/domain';
import type { MyData, MySignUp } from './dto/my-data.types';

/** A row as the driver gives it: the columns named in each query. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each query's columns are read right below it
type Row = Record<string, any>;

@Injectable()
export class MyDataReader {
  /**
   * The record a link for `contact` may be sent for: one that has the contact verified, or whose
   * messages go to it already (an organizer's list vouches for it). A contact typed beside a
   * verified one and never proven is not enough: it may be someone else's.
   */
  async reachableAt(db: EntityManager, contact: Contact): Promise<string | null> {
    const [row] =
      contact.channel === MessageChannel.SMS
        ? await db.query(`SELECT id FROM volunteers WHERE phone = $1 AND (phone_verified_at IS NOT NULL OR channel = 'SMS')`, [contact.value])
        : await db.query(`SELECT id FROM volunteers WHERE email = $1 AND (email_verified_at IS NOT NULL OR channel = 'EMAIL')`, [contact.value]);
    return row?.id ?? null;
  }

  /** The person's name and current contacts; null when the record is gone. */
  async contactsOf(db: EntityManager, volunteerId: string): Promise<{ name: string; email: string | null; phone: string | null } | null> {
    const [row] = await db.query(`SELECT name, email::text AS email, phone FROM volunteers WHERE id = $1`, [volunteerId]);
    return row ?? null;
  }

  /** Everything but the consents; null when the record is gone. */
  async everything(db: EntityManager, volunteerId: string): Promise<Omit<MyData, 'consents'> | null> {
    const [v] = await db.query(
      `SELECT name, email::text AS email, phone, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, blood_type, email_verified_at, phone_verified_at,
              blood_type_source, blood_type_verified_at, phenotypes, to_char(blood_service_donated_on, 'YYYY-MM-DD') AS blood_service_donated_on,
              region_code, availability_notes, channel, locale, call_out_opt_in, unsubscribed_at, unsubscribed_purposes, created_at, updated_at,
              reported_donation_count, to_char(reported_last_donation_on, 'YYYY-MM-DD') AS reported_last_donation_on, reported_last_donation_kind, donations_reported_at
         FROM volunteers WHERE id = $1`,
      [volunteerId],
    );
    if (!v) return null;
    const signUps: (Omit<MySignUp, 'history'> & { id: string; kind: string })[] = (
      await db.query<Row[]>(
        `SELECT s.id, d.title, d.kind, d.location, o.name AS organization_name, sh.starts_at, sh.ends_at, s.status, t.name AS team_name, s.channel, s.source,
                s.created_at, s.cancelled_at, s.checked_in_at, s.outcome_at, s.volume_ml, s.deferral_reason, to_char(s.retry_on, 'YYYY-MM-DD') AS retry_on,
                s.sample_id, s.consent_version
           FROM sign_ups s JOIN drives d ON d.id = s.drive_id JOIN shifts sh ON sh.id = s.shift_id
           JOIN organizations o ON o.id = d.organization_id LEFT JOIN teams t ON t.id = s.team_id
          WHERE s.volunteer_id = $1 ORDER BY sh.starts_at DESC, s.created_at DESC`,
        [volunteerId],
      )
    ).map((r) => ({
      id: r.id,
      kind: r.kind,
      driveKind: r.kind,
      driveTitle: r.title,
      shiftStartsAt: r.starts_at,
      shiftEndsAt: r.ends_at,
      status: r.status as SignUpStatus,
      location: r.location,
      organizationName: r.organization_name,
      teamName: r.team_name,
      channel: r.channel,
      source: r.source,
      signedUpAt: r.created_at,
      cancelledAt: r.cancelled_at,
      checkedInAt: r.checked_in_at,
      outcomeAt: r.outcome_at,
      volumeMl: r.volume_ml,
      deferralReason: r.deferral_reason,
      retryOn: r.retry_on,
      sampleId: r.sample_id,
      consentVersion: r.consent_version,
    }));
    const events: Row[] = await db.query(
      `SELECT e.sign_up_id, e.from_status, e.to_status, e.correction, e.details, e.created_at
         FROM sign_up_events e JOIN sign_ups s ON s.id = e.sign_up_id WHERE s.volunteer_id = $1 ORDER BY e.created_at`,
      [volunteerId],
    );
    // Messages to the record, and those to its contacts before it existed or without naming it (codes, data links).
    const messages: Row[] = await db.query(
      `SELECT purpose, channel, recipient, state, created_at, sent_at, subject, rendered ->> 'text' AS body
         FROM outbox WHERE volunteer_id = $1 OR (volunteer_id IS NULL AND recipient = ANY($2::text[]))
        ORDER BY created_at DESC, id DESC`,
      [volunteerId, [v.email, v.phone].filter(Boolean)],
    );
    const turnedOff: string[] = v.unsubscribed_purposes ?? [];
    const donations = signUps
      // Joining a stem-cell registry is no donation: such a sign-up tells of it, with its sample id.
      .filter((s) => s.status === SignUpStatus.DONATED && s.outcomeAt && !joinsRegistry(s.kind as DriveKind))
      .map((s) => ({ driveTitle: s.driveTitle, donatedAt: s.outcomeAt as Date, volumeMl: s.volumeMl, kind: s.kind }));
    const selfReported = selfReportedCount({ count: v.reported_donation_count, lastOn: v.reported_last_donation_on });
    return {
      name: v.name,
      email: v.email,
      phone: v.phone,
      birthDate: v.birth_date,
      bloodType: v.blood_type,
      // How sure the organizers are of the type (not who verified it: that is staff's data).
      bloodTypeVerified: v.blood_type_verified_at !== null,
      bloodTypeSource: v.blood_type_source,
      bloodTypeVerifiedAt: v.blood_type_verified_at,
      phenotypes: v.phenotypes ?? [],
      bloodServiceDonatedOn: v.blood_service_donated_on,
      regionCode: v.region_code,
      availabilityNotes: v.availability_notes,
      emailVerifiedAt: v.email_verified_at,
      phoneVerifiedAt: v.phone_verified_at,
      channel: v.channel,
      locale: v.locale,
      callOutOptIn: v.call_out_opt_in,
      unsubscribedAt: v.unsubscribed_at,
      createdAt: v.created_at,
      updatedAt: v.updated_at,
      signUps: signUps.map(({ id, kind: _kind, ...s }) => ({
        ...s,
        history: events
          .filter((e) => e.sign_up_id === id)
          .map((e) => ({ fromStatus: e.from_status, toStatus: e.to_status, correction: e.correction, details: JSON.stringify(e.details ?? {}), at: e.created_at })),
      })),
      donations,
      selfReportedDonations: v.donations_reported_at
        ? { count: v.reported_donation_count, lastDonatedOn: v.reported_last_donation_on, lastKind: v.reported_last_donation_kind, reportedAt: v.donations_reported_at }
        : null,
      donationCount: donations.length + selfReported,
      selfReportedCount: selfReported,
      messages: messages.map((m) => ({
        purpose: m.purpose,
        channel: m.channel,
        recipient: m.recipient,
        state: m.state,
        createdAt: m.created_at,
        sentAt: m.sent_at,
        subject: m.subject,
        body: m.body,
      })),
      messageKinds: OPTIONAL_MESSAGE_PURPOSES.map((purpose) => ({
        purpose,
        receiving: !turnedOff.includes(purpose) && !(v.unsubscribed_at && traitsOf(purpose)?.unsolicited),
      })),
    };
  }
}
