// Owns the consents table: every consent a volunteer gave (scope, version of the text, when,
// channel, drive, sign-up) and its withdrawal. The form records its consents in the statement of
// its hot path that finds the person and stores the blood type (FORM_CONSENTS, used by
// sign-up-statements.ts), so a blood type is never stored without the health consent beside it;
// the import records its rows' in one statement; the desk and the volunteer's own page one at a
// time. A record is never changed but to be withdrawn, and never deleted while the person exists.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CONSENT_VERSIONS, ConsentChannel, ConsentScope } from '@life-relay/domain';
import { returningRows } from '../common/sql';
import { Volunteers } from './volunteers.repository';

export interface ConsentRecord {
  scope: ConsentScope;
  version: string;
  givenAt: Date;
  withdrawnAt: Date | null;
  channel: ConsentChannel;
  driveId: string | null;
  signUpId: string | null;
}

/** A consent given with a sign-up: the current version of each scope. */
export interface GivenConsents {
  scopes: ConsentScope[];
  versions: string[];
}

export function givenConsents(scopes: ConsentScope[]): GivenConsents {
  return { scopes, versions: scopes.map((s) => CONSENT_VERSIONS[s]) };
}

/**
 * A CTE (`consented`) for a statement whose CTE `person` returns the volunteer's id: records the
 * consents of scopes `scopes` and versions `versions` (text[] parameters) given on the form for
 * drive `drive`, with the person's sign-up for it (the existing one if any, else the new sign-up's
 * id `signUpId`, written later in the same transaction).
 */
export const FORM_CONSENTS = (drive: string, signUpId: string, scopes: string, versions: string) => `consented AS (
    INSERT INTO consents (volunteer_id, scope, version, channel, drive_id, sign_up_id)
    SELECT person.id, c.scope, c.version, 'FORM', ${drive},
           coalesce((SELECT s.id FROM sign_ups s WHERE s.volunteer_id = person.id AND s.drive_id = ${drive}), ${signUpId}::uuid)
      FROM person, unnest(${scopes}::text[], ${versions}::text[]) AS c(scope, version)
  )`;

@Injectable()
export class Consents {
  constructor(private readonly volunteers: Volunteers) {}

  /** Every consent the person gave, oldest first, withdrawn ones included. */
  async ofVolunteer(db: EntityManager, volunteerId: string): Promise<ConsentRecord[]> {
    const rows = await db.query(
      `SELECT scope, version, given_at, withdrawn_at, channel, drive_id, sign_up_id FROM consents
        WHERE volunteer_id = $1 ORDER BY given_at, scope`,
      [volunteerId],
    );
    return rows.map((r: Record<string, never>) => ({
      scope: r.scope,
      version: r.version,
      givenAt: r.given_at,
      withdrawnAt: r.withdrawn_at,
      channel: r.channel,
      driveId: r.drive_id,
      signUpId: r.sign_up_id,
    }));
  }

  /** Whether the person's consent of this scope is in force: given at least once and not withdrawn since. */
  async inForce(db: EntityManager, volunteerId: string, scope: ConsentScope): Promise<boolean> {
    const [row] = await db.query(`SELECT 1 FROM consents WHERE volunteer_id = $1 AND scope = $2 AND withdrawn_at IS NULL LIMIT 1`, [volunteerId, scope]);
    return row !== undefined;
  }

  /** The same for the volunteer of a sign-up. */
  async inForceForSignUp(db: EntityManager, signUpId: string, scope: ConsentScope): Promise<boolean> {
    const [row] = await db.query(
      `SELECT 1 FROM sign_ups s JOIN consents c ON c.volunteer_id = s.volunteer_id WHERE s.id = $1 AND c.scope = $2 AND c.withdrawn_at IS NULL LIMIT 1`,
      [signUpId, scope],
    );
    return row !== undefined;
  }

  /**
   * Withdraws every consent of the scope the person gave (a no-op when none is in force), and
   * stops what it allowed, in the caller's transaction:
   * - HEALTH: the blood type is deleted, and outcomes recorded from now on keep no screening
   *   details (volume, deferral reason, retry date; see OutcomesService) until the person gives
   *   the health consent again, as the form of a blood drive asks them to. Outcomes recorded
   *   before stay (they were recorded with consent; the donation interval counts from them) until
   *   the person's data is erased.
   * - CALL_OUTS: no more urgent call-outs (the opt-in is cleared).
   * - GENERAL: recorded; what follows (cancelling or erasing) is the caller's to do.
   */
  async withdraw(db: EntityManager, volunteerId: string, scope: ConsentScope): Promise<void> {
    await db.query(`UPDATE consents SET withdrawn_at = now() WHERE volunteer_id = $1 AND scope = $2 AND withdrawn_at IS NULL`, [volunteerId, scope]);
    if (scope === ConsentScope.HEALTH) await this.volunteers.forgetBloodType(db, volunteerId);
    if (scope === ConsentScope.CALL_OUTS) await this.volunteers.stopCallOuts(db, volunteerId);
  }

  /** A consent given for a sign-up outside the form (at the desk): the sign-up's volunteer and drive; false for an unknown sign-up. */
  async giveForSignUp(db: EntityManager, signUpId: string, scope: ConsentScope, channel: ConsentChannel): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      db,
      `INSERT INTO consents (volunteer_id, scope, version, channel, drive_id, sign_up_id)
       SELECT volunteer_id, $2, $3, $4, drive_id, id FROM sign_ups WHERE id = $1 RETURNING id`,
      [signUpId, scope, CONSENT_VERSIONS[scope], channel],
    );
    return rows.length > 0;
  }

  /** A consent given outside the form (on the person's own page). */
  async give(db: EntityManager, volunteerId: string, scope: ConsentScope, channel: ConsentChannel, at: { driveId: string | null; signUpId: string | null }): Promise<void> {
    await db.query(
      `INSERT INTO consents (volunteer_id, scope, version, channel, drive_id, sign_up_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [volunteerId, scope, CONSENT_VERSIONS[scope], channel, at.driveId, at.signUpId],
    );
  }

  /**
   * The consents of an imported paper list, in one statement: for each sign-up of the drive of
   * these people, GENERAL, and HEALTH where the row says so (`health`, in the order of `volunteerIds`).
   */
  async recordImported(db: EntityManager, driveId: string, volunteerIds: string[], health: boolean[]): Promise<number> {
    const rows = await returningRows<{ id: string }>(
      db,
      `INSERT INTO consents (volunteer_id, scope, version, channel, drive_id, sign_up_id)
       SELECT s.volunteer_id, c.scope, c.version, 'IMPORT', s.drive_id, s.id
         FROM unnest($2::uuid[], $3::boolean[]) AS r(volunteer_id, health)
         JOIN sign_ups s ON s.drive_id = $1 AND s.volunteer_id = r.volunteer_id
         JOIN unnest($4::text[], $5::text[]) AS c(scope, version) ON c.scope = 'GENERAL' OR r.health
       RETURNING id`,
      [driveId, volunteerIds, health, [ConsentScope.GENERAL, ConsentScope.HEALTH], [CONSENT_VERSIONS.GENERAL, CONSENT_VERSIONS.HEALTH]],
    );
    return rows.length;
  }

  /** Every consent of a merged record becomes the kept one's (the caller locked both). */
  async moveToVolunteer(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(`UPDATE consents SET volunteer_id = $2 WHERE volunteer_id = $1`, [fromId, toId]);
  }
}
