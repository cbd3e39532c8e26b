// Owns the sign_ups table: every write to a sign-up, whoever asks for it (the form, the waitlist,
// the desk's outcomes, closing a drive, the import). The sign-up's hot path, which writes a
// sign-up with its place and token in one statement, is in sign-up-statements.ts beside it.
// Callers hold the sign-up's shift first (see places.repository.ts for the order of locks).
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MessageChannel, SignUpStatus } from '@life-relay/domain';
import { returningRows } from '../common/sql';
import { recipientOf } from './volunteers.repository';

/** What bringing a cancelled sign-up back to life resets, wherever it comes back (form or import). */
export const REVIVED = `cancelled_at = NULL, consented_at = now(), updated_at = now(), arrival = nextval(pg_get_serial_sequence('sign_ups', 'arrival'))`;

/** The drive's day of a shift (its start in the drive's zone), as SQL: the day an outcome counts from. */
const OUTCOME_DAY = (shiftId: string) =>
  `(SELECT (day_sh.starts_at AT TIME ZONE day_d.time_zone)::date FROM shifts day_sh JOIN drives day_d ON day_d.id = day_sh.drive_id WHERE day_sh.id = ${shiftId})`;

/** Where a sign-up is placed and how it came: what the form writes for a new or revived one. */
export interface Placement {
  shiftId: string;
  teamId: string | null;
  channel: string;
  source: string | null;
  status: SignUpStatus;
  consentVersion: string;
  locale: string;
}

/** One row of an imported paper list, with what happened at the drive. */
export interface ImportedSignUp {
  volunteerId: string;
  /** A cancelled sign-up of this person for the drive, brought back instead of a new one. */
  cancelledSignUpId: string | null;
  shiftId: string;
  teamId: string | null;
  status: SignUpStatus;
  volumeMl: number | null;
  deferralReason: string | null;
  retryOn: string | null;
}

export interface PromotedSignUp {
  id: string;
  volunteer_id: string;
  locale: string;
  arrival: string;
  channel: MessageChannel;
  recipient: string;
}

/** Outcome details kept on the sign-up; null where the outcome has none. */
export interface OutcomeDetails {
  volumeMl: number | null;
  deferralReason: string | null;
  retryOn: string | null;
  /** At a registry drive: the sample id of a person who joined. */
  sampleId: string | null;
}

@Injectable()
export class SignUpsRepository {
  /** A new sign-up through the form (its id chosen by the caller); null when the person signed up for the drive at this very moment. */
  async insert(tx: EntityManager, id: string, driveId: string, volunteerId: string, p: Placement): Promise<{ id: string; arrival: string } | null> {
    const [row] = await tx.query(
      `INSERT INTO sign_ups (id, drive_id, volunteer_id, shift_id, team_id, channel, source, status, consent_version, consented_at, locale)
       VALUES ($10, $1, $2, $3, $4, $5, $6, $7, $8, now(), $9)
       ON CONFLICT (drive_id, volunteer_id) DO NOTHING RETURNING id, arrival`,
      [driveId, volunteerId, p.shiftId, p.teamId, p.channel, p.source, p.status, p.consentVersion, p.locale, id],
    );
    return row ?? null;
  }

  /** A cancelled sign-up comes back to life, only if it still is cancelled (null otherwise). */
  async revive(tx: EntityManager, signUpId: string, p: Placement): Promise<{ id: string; arrival: string } | null> {
    const [row] = await returningRows<{ id: string; arrival: string }>(
      tx,
      `UPDATE sign_ups SET shift_id = $2, team_id = $3, channel = $4, source = $5, status = $6, consent_version = $7, locale = $8, ${REVIVED}
        WHERE id = $1 AND status = 'CANCELLED' RETURNING id, arrival`,
      [signUpId, p.shiftId, p.teamId, p.channel, p.source, p.status, p.consentVersion, p.locale],
    );
    return row ?? null;
  }

  async cancel(tx: EntityManager, signUpId: string): Promise<void> {
    await tx.query(`UPDATE sign_ups SET status = 'CANCELLED', cancelled_at = now(), updated_at = now() WHERE id = $1`, [signUpId]);
  }

  /** To another shift of the drive; a waitlisted place there queues at the end. Returns the arrival. */
  async move(tx: EntityManager, signUpId: string, shiftId: string, status: SignUpStatus): Promise<string> {
    const [moved] = await returningRows<{ arrival: string }>(
      tx,
      `UPDATE sign_ups SET shift_id = $2, status = $3, updated_at = now(),
              arrival = CASE WHEN $3 = 'WAITLISTED' THEN nextval(pg_get_serial_sequence('sign_ups', 'arrival')) ELSE arrival END
        WHERE id = $1 RETURNING arrival`,
      [signUpId, shiftId, status],
    );
    return moved.arrival;
  }

  /** The first `places` people waiting for the shift get a place, in arrival order. */
  async promoteWaitlisted(tx: EntityManager, shiftId: string, places: number): Promise<PromotedSignUp[]> {
    return returningRows<PromotedSignUp>(
      tx,
      `UPDATE sign_ups s SET status = 'REGISTERED', updated_at = now()
         FROM volunteers v
        WHERE s.id = ANY(ARRAY(SELECT id FROM sign_ups WHERE shift_id = $1 AND status = 'WAITLISTED' ORDER BY arrival LIMIT $2))
          AND v.id = s.volunteer_id
       RETURNING s.id, s.volunteer_id, s.locale, s.arrival, v.channel, ${recipientOf('v')} AS recipient`,
      [shiftId, places],
    );
  }

  /** The title of a drive both volunteers signed up for, or null. */
  async driveOfBoth(db: EntityManager, a: string, b: string): Promise<string | null> {
    const [row] = await db.query(
      `SELECT d.title FROM sign_ups x JOIN sign_ups y ON y.drive_id = x.drive_id JOIN drives d ON d.id = x.drive_id
        WHERE x.volunteer_id = $1 AND y.volunteer_id = $2 LIMIT 1`,
      [a, b],
    );
    return row?.title ?? null;
  }

  /** Whether any of these people signed up for a drive of another organization than `organizationId`. */
  async anyOutside(db: EntityManager, volunteerIds: string[], organizationId: string): Promise<boolean> {
    const [row] = await db.query(
      `SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.volunteer_id = ANY($1) AND d.organization_id <> $2 LIMIT 1`,
      [volunteerIds, organizationId],
    );
    return row !== undefined;
  }

  /** Every sign-up of one record becomes another's (a merge; the caller checked they share no drive). */
  async moveToVolunteer(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(`UPDATE sign_ups SET volunteer_id = $2, updated_at = now() WHERE volunteer_id = $1`, [fromId, toId]);
  }

  /**
   * An erased person's sign-ups lose what was written about them (deferral reason, volume, retry
   * date, the raw link source) and keep their status, shift, team and times, which the counts
   * are made of. Returns the sign-ups' ids.
   */
  async eraseDetailsOf(tx: EntityManager, volunteerId: string): Promise<string[]> {
    const rows = await returningRows<{ id: string }>(
      tx,
      `UPDATE sign_ups SET deferral_reason = NULL, volume_ml = NULL, retry_on = NULL, sample_id = NULL, source = NULL, updated_at = now()
        WHERE volunteer_id = $1 RETURNING id`,
      [volunteerId],
    );
    return rows.map((r) => r.id);
  }

  /** Whether another sign-up of this sign-up's drive has this sample id. */
  async sampleIdTaken(db: EntityManager, signUpId: string, sampleId: string): Promise<boolean> {
    const [row] = await db.query(
      `SELECT 1 FROM sign_ups o WHERE o.drive_id = (SELECT drive_id FROM sign_ups WHERE id = $1) AND o.sample_id = $2 AND o.id <> $1`,
      [signUpId, sampleId],
    );
    return row !== undefined;
  }

  /** Everyone of a closing drive still REGISTERED never came. The drive's shifts must be locked. */
  async markNoShows(tx: EntityManager, driveId: string): Promise<void> {
    await tx.query(`UPDATE sign_ups SET status = 'NO_SHOW', updated_at = now() WHERE drive_id = $1 AND status = 'REGISTERED'`, [driveId]);
  }

  /** At the desk: here now; an outcome recorded before is cleared (a correction). */
  async checkIn(tx: EntityManager, signUpId: string): Promise<void> {
    await tx.query(
      `UPDATE sign_ups SET status = 'CHECKED_IN', checked_in_at = coalesce(checked_in_at, now()),
              outcome_at = NULL, outcome_on = NULL, volume_ml = NULL, deferral_reason = NULL, retry_on = NULL, sample_id = NULL, updated_at = now()
        WHERE id = $1`,
      [signUpId],
    );
  }

  /**
   * What happened at the drive; a no-show was never checked in. Its day is the drive's (the shift's
   * start in the drive's zone), whenever it is typed in: donation intervals count from it.
   */
  async recordOutcome(tx: EntityManager, signUpId: string, status: SignUpStatus, details: OutcomeDetails): Promise<void> {
    await tx.query(
      `UPDATE sign_ups SET status = $2, outcome_at = now(), outcome_on = ${OUTCOME_DAY('sign_ups.shift_id')}, volume_ml = $3, deferral_reason = $4, retry_on = $5,
              sample_id = $6, checked_in_at = CASE WHEN $2 = 'NO_SHOW' THEN NULL ELSE coalesce(checked_in_at, now()) END, updated_at = now()
        WHERE id = $1`,
      [signUpId, status, details.volumeMl, details.deferralReason, details.retryOn, details.sampleId],
    );
  }

  /**
   * A paper list's sign-ups, new and revived, in one statement each. Paper sign-ups were made in
   * the past: check-in and outcome take the shift's times, not the moment of typing (the
   * donation interval counts from the day of the outcome). Returns how many were written: fewer
   * than given when someone on the list signed up (or changed their sign-up) through the form
   * meanwhile.
   */
  async importAll(tx: EntityManager, driveId: string, rows: ImportedSignUp[], consentVersion: string, locale: string): Promise<number> {
    const checkedInAt = `CASE WHEN r.status IN ('CHECKED_IN', 'DONATED', 'DEFERRED') THEN least(now(), sh.starts_at) END`;
    const outcomeAt = `CASE WHEN r.status IN ('DONATED', 'DEFERRED') THEN least(now(), sh.ends_at) END`;
    const outcomeOn = `CASE WHEN r.status IN ('DONATED', 'DEFERRED') THEN ${OUTCOME_DAY('sh.id')} END`;
    const fresh = rows.filter((r) => !r.cancelledSignUpId);
    const revived = rows.filter((r) => r.cancelledSignUpId);
    const details = (list: ImportedSignUp[]) => [
      list.map((r) => r.shiftId),
      list.map((r) => r.teamId),
      list.map((r) => r.status),
      list.map((r) => r.volumeMl),
      list.map((r) => r.deferralReason),
      list.map((r) => r.retryOn),
    ];
    const inserted = await tx.query(
      `INSERT INTO sign_ups (drive_id, volunteer_id, shift_id, team_id, status, volume_ml, deferral_reason, retry_on,
                             channel, consent_version, consented_at, locale, checked_in_at, outcome_at, outcome_on)
       SELECT $1, r.volunteer_id, r.shift_id, r.team_id, r.status, r.volume_ml, r.deferral_reason, r.retry_on,
              'IMPORT', $2, now(), $3, ${checkedInAt}, ${outcomeAt}, ${outcomeOn}
         FROM unnest($4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::int[], $9::text[], $10::date[])
              WITH ORDINALITY AS r(volunteer_id, shift_id, team_id, status, volume_ml, deferral_reason, retry_on, n)
         JOIN shifts sh ON sh.id = r.shift_id
        ORDER BY r.n
       ON CONFLICT (drive_id, volunteer_id) DO NOTHING
       RETURNING id`,
      [driveId, consentVersion, locale, fresh.map((r) => r.volunteerId), ...details(fresh)],
    );
    const back = revived.length
      ? await returningRows(
          tx,
          `UPDATE sign_ups s
              SET shift_id = r.shift_id, team_id = r.team_id, status = r.status, volume_ml = r.volume_ml,
                  deferral_reason = r.deferral_reason, retry_on = r.retry_on, channel = 'IMPORT', source = NULL,
                  consent_version = $1, locale = $2, ${REVIVED},
                  checked_in_at = ${checkedInAt}, outcome_at = ${outcomeAt}, outcome_on = ${outcomeOn}
             FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::text[], $9::date[])
                  AS r(sign_up_id, shift_id, team_id, status, volume_ml, deferral_reason, retry_on)
             JOIN shifts sh ON sh.id = r.shift_id
            WHERE s.id = r.sign_up_id AND s.status = 'CANCELLED'
           RETURNING s.id`,
          [consentVersion, locale, revived.map((r) => r.cancelledSignUpId), ...details(revived)],
        )
      : [];
    return inserted.length + back.length;
  }
}
