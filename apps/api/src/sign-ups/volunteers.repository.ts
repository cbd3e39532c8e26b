// Owns the volunteers table: one record per person, found by a verified e-mail address or a
// verified phone number (either may be missing; two records are never merged here). The form's
// upsert is part of the sign-up's hot path statement (sign-up-statements.ts); it and the import
// share the rule of what a later submission may change (FILL_IN_NEVER_OVERWRITE), and every
// message to a volunteer goes to the contact of the channel they chose (RECIPIENT_OF).
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { returningRows } from '../common/sql';

/**
 * An existing record is never overwritten by a later form or list; missing details are filled in,
 * and an opt-in to call-outs is kept once given. The form fills in only after a one-time code
 * proved the contact it found the record by; a second, unverified contact is inserted only when
 * no other record has it (UNCLAIMED). The ON CONFLICT action of every upsert of a volunteer.
 */
export const FILL_IN_NEVER_OVERWRITE = `DO UPDATE SET
      call_out_opt_in = volunteers.call_out_opt_in OR EXCLUDED.call_out_opt_in,
      email = coalesce(volunteers.email, EXCLUDED.email),
      phone = coalesce(volunteers.phone, EXCLUDED.phone),
      birth_date = coalesce(volunteers.birth_date, EXCLUDED.birth_date),
      blood_type = coalesce(volunteers.blood_type, EXCLUDED.blood_type),
      region_code = coalesce(volunteers.region_code, EXCLUDED.region_code)`;

/** What goes with a forgotten blood type: its verification, the phenotypes (a CHECK insists) and the blood service's donation date. */
const FORGET_VERIFICATION = `blood_type_source = NULL, blood_type_verified_at = NULL, blood_type_verified_by_id = NULL, phenotypes = '{}', blood_service_donated_on = NULL`;

/** What goes with the donations a person reported (erasure, a withdrawn health consent). */
const FORGET_REPORTED_DONATIONS = `reported_donation_count = NULL, reported_last_donation_on = NULL, reported_last_donation_kind = NULL, donations_reported_at = NULL`;

/** `value` (a parameter or expression of `column`'s type), or null if another record has it. */
export const unclaimed = (column: 'email' | 'phone', value: string) => `(SELECT ${value} WHERE NOT EXISTS (SELECT 1 FROM volunteers WHERE ${column} = ${value}))`;

/** Where a volunteer (table alias `v`) is reached: the contact of their channel (a CHECK keeps it present). */
export const recipientOf = (v: string) => `CASE WHEN ${v}.channel = 'SMS' THEN ${v}.phone ELSE ${v}.email::text END`;

/**
 * Whether a volunteer (alias `v`) is of the region `param` names (null: every region): the city
 * they gave on the form, else (never having said) that of a drive they signed up for.
 */
export const IN_REGION_SQL = (v: string, param: string) =>
  `(${param}::text IS NULL OR ${v}.region_code = ${param}::text
    OR (${v}.region_code IS NULL AND EXISTS (SELECT 1 FROM sign_ups rs JOIN drives rd ON rd.id = rs.drive_id WHERE rs.volunteer_id = ${v}.id AND rd.region_code = ${param}::text)))`;

/** A person as a paper list names them: an e-mail address, a phone number, or both. */
export interface ListedVolunteer {
  email: string | null;
  name: string;
  phone: string | null;
  birthDate: string | null;
  bloodType: string | null;
}

@Injectable()
export class Volunteers {
  /**
   * The records of the people on a list, made or filled in; their ids by lower-cased e-mail, or
   * by phone for a person listed without an address (whose messages then go by SMS). Organizers
   * vouch for their lists: no code is asked. A phone another record has is not copied.
   */
  async upsertMany(tx: EntityManager, people: ListedVolunteer[], locale: string): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const seenPhones = new Set<string>();
    // A number written on two lines of the list stays with the first person who has it.
    const phoneOnce = (p: ListedVolunteer) => (p.phone && !seenPhones.has(p.phone) ? (seenPhones.add(p.phone), p.phone) : null);
    const byEmail = people.filter((p) => p.email).map((p) => ({ ...p, phone: phoneOnce(p) }));
    const byPhone = people.filter((p) => !p.email && p.phone);
    const columns = (rows: ListedVolunteer[]) => [rows.map((p) => p.email), rows.map((p) => p.name), rows.map((p) => p.phone), rows.map((p) => p.birthDate), rows.map((p) => p.bloodType), locale];
    if (byEmail.length) {
      const upserted: { id: string; email: string }[] = await tx.query(
        `INSERT INTO volunteers (email, name, phone, birth_date, blood_type, locale, call_out_opt_in, channel)
         SELECT email, name, ${unclaimed('phone', 'r.phone')}, birth_date, blood_type, $6, false, 'EMAIL'
           FROM unnest($1::citext[], $2::text[], $3::text[], $4::date[], $5::text[]) AS r(email, name, phone, birth_date, blood_type)
          ORDER BY email -- rows locked in one order, so two imports naming the same people cannot deadlock
         ON CONFLICT (email) ${FILL_IN_NEVER_OVERWRITE}
         RETURNING id, lower(email::text) AS email`,
        columns(byEmail),
      );
      for (const v of upserted) ids.set(v.email, v.id);
    }
    if (byPhone.length) {
      const upserted: { id: string; phone: string }[] = await tx.query(
        `INSERT INTO volunteers (email, name, phone, birth_date, blood_type, locale, call_out_opt_in, channel)
         SELECT email, name, phone, birth_date, blood_type, $6, false, 'SMS'
           FROM unnest($1::citext[], $2::text[], $3::text[], $4::date[], $5::text[]) AS r(email, name, phone, birth_date, blood_type)
          ORDER BY phone
         ON CONFLICT (phone) WHERE phone IS NOT NULL ${FILL_IN_NEVER_OVERWRITE}
         RETURNING id, phone`,
        columns(byPhone),
      );
      for (const v of upserted) ids.set(v.phone, v.id);
    }
    return ids;
  }

  /** Locks two records in id order (two merges of the same pair cannot deadlock); how many exist. */
  async lockBoth(tx: EntityManager, a: string, b: string): Promise<number> {
    const rows = await tx.query(`SELECT id FROM volunteers WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[a, b]]);
    return rows.length;
  }

  /**
   * Deletes the merged record and fills the kept one in from it: a contact the kept record lacks
   * (with when it was verified), birth date, blood type; an opt-in to call-outs once given and an
   * unsubscribe once asked for stay. Both are locked (lockBoth); nothing refers to the merged
   * record any more.
   */
  async absorb(tx: EntityManager, keptId: string, mergedId: string): Promise<void> {
    const [gone] = await returningRows<Record<string, unknown>>(
      tx,
      `DELETE FROM volunteers WHERE id = $1
       RETURNING email, email_verified_at, phone, phone_verified_at, birth_date, blood_type, call_out_opt_in, unsubscribed_at, unsubscribed_purposes,
                 reported_donation_count, to_char(reported_last_donation_on, 'YYYY-MM-DD') AS reported_last_donation_on, reported_last_donation_kind`,
      [mergedId],
    );
    await tx.query(
      `UPDATE volunteers SET
          email_verified_at = CASE WHEN email IS NULL THEN $3 ELSE email_verified_at END, email = coalesce(email, $2),
          phone_verified_at = CASE WHEN phone IS NULL THEN $5 ELSE phone_verified_at END, phone = coalesce(phone, $4),
          birth_date = coalesce(birth_date, $6), blood_type = coalesce(blood_type, $7),
          call_out_opt_in = call_out_opt_in OR $8, unsubscribed_at = coalesce(unsubscribed_at, $9),
          unsubscribed_purposes = ARRAY(SELECT DISTINCT p FROM unnest(unsubscribed_purposes || $10::text[]) AS p ORDER BY p)
        WHERE id = $1`,
      [keptId, gone.email, gone.email_verified_at, gone.phone, gone.phone_verified_at, gone.birth_date, gone.blood_type, gone.call_out_opt_in, gone.unsubscribed_at, gone.unsubscribed_purposes],
    );
    // What the merged record reported elsewhere stays reported (the later last donation wins).
    await this.reportDonations(tx, keptId, {
      count: (gone.reported_donation_count as number | null) ?? null,
      lastOn: (gone.reported_last_donation_on as string | null) ?? null,
      lastKind: (gone.reported_last_donation_kind as string | null) ?? null,
    });
  }

  /**
   * The person's own corrections from their data page: a name, and a contact they proved theirs
   * with a one-time code (marked verified now). Null leaves a detail as it is. Another record's
   * contact is refused by the unique keys (a unique violation, for the caller to word).
   */
  async correct(db: EntityManager, volunteerId: string, change: { name: string | null; email: string | null; phone: string | null }): Promise<void> {
    await db.query(
      `UPDATE volunteers SET name = coalesce($2, name),
              email = coalesce($3, email), email_verified_at = CASE WHEN $3::citext IS NULL THEN email_verified_at ELSE now() END,
              phone = coalesce($4, phone), phone_verified_at = CASE WHEN $4::text IS NULL THEN phone_verified_at ELSE now() END,
              updated_at = now()
        WHERE id = $1`,
      [volunteerId, change.name, change.email, change.phone],
    );
  }

  /**
   * Turns one kind of message (a purpose) off or on again for the person. Turning on a kind the
   * one-click unsubscribe stopped lifts that unsubscribe for this kind only: the other kinds it
   * stopped (`unsolicited`) are turned off one by one instead, so nothing else starts again.
   */
  async setMessageKind(db: EntityManager, volunteerId: string, purpose: string, receive: boolean, unsolicited: readonly string[]): Promise<void> {
    await db.query(
      `UPDATE volunteers SET
          unsubscribed_purposes = ARRAY(
            SELECT DISTINCT p FROM unnest(unsubscribed_purposes
                   || CASE WHEN $3::boolean AND unsubscribed_at IS NOT NULL AND $2::text = ANY($4::text[]) THEN $4::text[] ELSE '{}'::text[] END
                   || CASE WHEN $3::boolean THEN '{}'::text[] ELSE ARRAY[$2::text] END) AS p
             WHERE NOT ($3::boolean AND p = $2::text) ORDER BY p),
          unsubscribed_at = CASE WHEN $3::boolean AND $2::text = ANY($4::text[]) THEN NULL ELSE unsubscribed_at END,
          updated_at = now()
        WHERE id = $1`,
      [volunteerId, purpose, receive, unsolicited],
    );
  }

  /**
   * The health consent was withdrawn: the blood type (health data) goes, and its verification
   * with it, and so do the donations the person reported (health data as well).
   */
  async forgetBloodType(db: EntityManager, volunteerId: string): Promise<void> {
    await db.query(`UPDATE volunteers SET blood_type = NULL, ${FORGET_VERIFICATION}, ${FORGET_REPORTED_DONATIONS}, updated_at = now() WHERE id = $1`, [volunteerId]);
  }

  /**
   * What the person says about donations elsewhere (the form once a code proved the contact, or
   * the desk): a count given replaces the one kept (they know best how many they gave); a last
   * donation replaces the kept one only if it is later, so an older memory never shortens an
   * interval. Nothing is changed on an erased record.
   */
  async reportDonations(db: EntityManager, volunteerId: string, report: { count: number | null; lastOn: string | null; lastKind: string | null }): Promise<void> {
    if (report.count === null && report.lastOn === null) return;
    await db.query(
      `UPDATE volunteers SET reported_donation_count = coalesce($2::int, reported_donation_count),
              reported_last_donation_kind = CASE WHEN $3::date IS NOT NULL AND (reported_last_donation_on IS NULL OR $3::date > reported_last_donation_on) THEN $4::text ELSE reported_last_donation_kind END,
              reported_last_donation_on = CASE WHEN $3::date IS NOT NULL AND (reported_last_donation_on IS NULL OR $3::date > reported_last_donation_on) THEN $3::date ELSE reported_last_donation_on END,
              donations_reported_at = now(), updated_at = now()
        WHERE id = $1 AND erased_at IS NULL`,
      [volunteerId, report.count, report.lastOn, report.lastKind],
    );
  }

  /**
   * The desk or the blood service confirmed the person's blood type (and maybe more antigens):
   * it replaces what they reported, with who and when. Only while the person consents to health
   * data; false when they do not (or the record is erased or unknown).
   */
  async verifyBloodType(
    db: EntityManager,
    volunteerId: string,
    verification: { bloodType: string; source: string; phenotypes: string[]; verifiedById: string; donatedOn?: string | null },
  ): Promise<boolean> {
    // A donation date from the blood service's file is kept; one not given leaves any earlier one.
    const rows = await returningRows<{ id: string }>(
      db,
      `UPDATE volunteers SET blood_type = $2, blood_type_source = $3, phenotypes = $4, blood_type_verified_by_id = $5, blood_type_verified_at = now(),
              blood_service_donated_on = greatest(blood_service_donated_on, $6::date), updated_at = now()
        WHERE id = $1 AND erased_at IS NULL
          AND EXISTS (SELECT 1 FROM consents c WHERE c.volunteer_id = $1 AND c.scope = 'HEALTH' AND c.withdrawn_at IS NULL)
        RETURNING id`,
      [volunteerId, verification.bloodType, verification.source, verification.phenotypes, verification.verifiedById, verification.donatedOn ?? null],
    );
    return rows.length > 0;
  }

  /** The organizer's notes on when the person can come; false for an unknown or erased record. */
  async setAvailabilityNotes(db: EntityManager, volunteerId: string, notes: string | null): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      db,
      `UPDATE volunteers SET availability_notes = $2, updated_at = now() WHERE id = $1 AND erased_at IS NULL RETURNING id`,
      [volunteerId, notes],
    );
    return rows.length > 0;
  }

  /** The consent to call-outs was withdrawn: nobody asks them in an urgent call any more. */
  async stopCallOuts(db: EntityManager, volunteerId: string): Promise<void> {
    await db.query(`UPDATE volunteers SET call_out_opt_in = false, updated_at = now() WHERE id = $1`, [volunteerId]);
  }

  /**
   * Locks a person's record for erasure and returns the contacts it has (copies of them are kept
   * under the contact elsewhere: codes, messages, rate-limit keys); null for an unknown id or a
   * record erased already.
   */
  async lockForErasure(tx: EntityManager, volunteerId: string): Promise<{ email: string | null; phone: string | null } | null> {
    const [row] = await tx.query(`SELECT email::text AS email, phone FROM volunteers WHERE id = $1 AND erased_at IS NULL FOR UPDATE`, [volunteerId]);
    return row ?? null;
  }

  /**
   * The record becomes an anonymous tombstone: no name, contact, birth date, blood type or
   * self-reported donations, no messages ever again. The row stays, so that the person's sign-ups keep counting.
   */
  async erase(tx: EntityManager, volunteerId: string): Promise<void> {
    await tx.query(
      `UPDATE volunteers SET name = '', email = NULL, phone = NULL, email_verified_at = NULL, phone_verified_at = NULL,
              birth_date = NULL, blood_type = NULL, region_code = NULL, ${FORGET_VERIFICATION}, ${FORGET_REPORTED_DONATIONS}, availability_notes = NULL, call_out_opt_in = false, unsubscribed_at = coalesce(unsubscribed_at, now()),
              erased_at = now(), updated_at = now()
        WHERE id = $1`,
      [volunteerId],
    );
  }

  /** Stops the unsolicited messages for good; false for an unknown volunteer. */
  async unsubscribe(db: EntityManager, volunteerId: string): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      db,
      `UPDATE volunteers SET unsubscribed_at = coalesce(unsubscribed_at, now()) WHERE id = $1 RETURNING id`,
      [volunteerId],
    );
    return rows.length > 0;
  }

  /** Stops the unsolicited messages of everyone with this phone (E.164), as a reply of STOP asks; how many. */
  async unsubscribeByPhone(db: EntityManager, phone: string): Promise<number> {
    const rows = await returningRows<{ id: string }>(
      db,
      `UPDATE volunteers SET unsubscribed_at = coalesce(unsubscribed_at, now()) WHERE phone = $1 RETURNING id`,
      [phone],
    );
    return rows.length;
  }
}
