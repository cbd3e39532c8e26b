// Owns the volunteers table: one record per person, found by e-mail. The form's upsert is part of
// the sign-up's hot path statement (sign-up-statements.ts); it and the import share the rule of
// what a later submission may change (FILL_IN_NEVER_OVERWRITE).
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { returningRows } from '../common/sql';

/**
 * An existing record is never overwritten by a later form or list (anyone can type anyone's
 * address); missing details are filled in, and an opt-in to call-outs is kept once given.
 * The ON CONFLICT (email) action of every upsert of a volunteer.
 */
export const FILL_IN_NEVER_OVERWRITE = `DO UPDATE SET
      call_out_opt_in = volunteers.call_out_opt_in OR EXCLUDED.call_out_opt_in,
      phone = coalesce(volunteers.phone, EXCLUDED.phone),
      birth_date = coalesce(volunteers.birth_date, EXCLUDED.birth_date),
      blood_type = coalesce(volunteers.blood_type, EXCLUDED.blood_type)`;

/** A person as a paper list names them. */
export interface ListedVolunteer {
  email: string;
  name: string;
  phone: string | null;
  birthDate: string | null;
  bloodType: string | null;
}

@Injectable()
export class Volunteers {
  /** The records of the people on a list, made or filled in; their ids by lower-cased e-mail. */
  async upsertMany(tx: EntityManager, people: ListedVolunteer[], locale: string): Promise<Map<string, string>> {
    const upserted: { id: string; email: string }[] = await tx.query(
      `INSERT INTO volunteers (email, name, phone, birth_date, blood_type, locale, call_out_opt_in)
       SELECT email, name, phone, birth_date, blood_type, $6, false
         FROM unnest($1::citext[], $2::text[], $3::text[], $4::date[], $5::text[]) AS r(email, name, phone, birth_date, blood_type)
        ORDER BY email -- rows locked in one order, so two imports naming the same people cannot deadlock
       ON CONFLICT (email) ${FILL_IN_NEVER_OVERWRITE}
       RETURNING id, lower(email::text) AS email`,
      [people.map((p) => p.email), people.map((p) => p.name), people.map((p) => p.phone), people.map((p) => p.birthDate), people.map((p) => p.bloodType), locale],
    );
    return new Map(upserted.map((v) => [v.email, v.id]));
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
