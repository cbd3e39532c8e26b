// Owns the manage_tokens table: the links behind which a volunteer sees, moves or cancels their
// sign-up. Only a token's hash is stored; the token itself exists in the receipt or the message
// that carries it, and a message's is minted when it is sent (the outbox keeps no token).
//
// A link does not work forever (issue 20): it ends MANAGE_LINK_DAYS_AFTER_DRIVE days after its
// drive, and the moment its sign-up is cancelled; the retention job deletes the ended ones, and
// an erasure every one of the person's.
//
// Each link comes with a ticket (the desk's QR code, manage-token.ts), its hash on the link's row:
// a ticket lives and ends with its link.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { returningRows } from '../common/sql';
import { MANAGE_LINK_DAYS_AFTER_DRIVE } from '@life-relay/domain';
import { hashManageToken, newManageTokens, ticketHashOf, ticketOf } from './manage-token';

/** Whether manage token `m` (of sign-up `s`, whose drive is `d`) still works. */
const LIVE = (m: string, d: string) => `(${m}.expires_at IS NULL OR ${m}.expires_at > now()) AND ${d}.ends_at > now() - make_interval(days => ${MANAGE_LINK_DAYS_AFTER_DRIVE})`;

/** The sign-up whose live manage token has hash $n (a scalar subquery; NULL for none). */
export const signUpOfLiveToken = (param: string) =>
  `(SELECT mt.sign_up_id FROM manage_tokens mt JOIN sign_ups ms ON ms.id = mt.sign_up_id JOIN drives md ON md.id = ms.drive_id
     WHERE mt.token_hash = ${param} AND ${LIVE('mt', 'md')})`;

@Injectable()
export class ManageTokens {
  /** A fresh link for the sign-up; earlier ones stay valid. */
  async issue(tx: EntityManager, signUpId: string): Promise<string> {
    const [token] = await this.issueMany(tx, [signUpId]);
    return token;
  }

  /** A fresh link for each of these sign-ups, in the same order, in one statement (a delivery batch's). */
  async issueMany(db: EntityManager, signUpIds: string[]): Promise<string[]> {
    if (!signUpIds.length) return [];
    const tokens = newManageTokens(signUpIds.length);
    await db.query(`INSERT INTO manage_tokens (token_hash, sign_up_id, ticket_hash) SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[])`, [
      tokens.map(hashManageToken),
      signUpIds,
      tokens.map(ticketHashOf),
    ]);
    return tokens;
  }

  /**
   * The ticket of a link its owner just used (its manage page). A link issued before tickets gets
   * its ticket's hash now, the only moment its token is at hand; others are left alone, so a visit
   * writes nothing.
   */
  async ticketFor(db: EntityManager, token: string): Promise<string> {
    await db.query(`UPDATE manage_tokens SET ticket_hash = $2 WHERE token_hash = $1 AND ticket_hash IS NULL`, [hashManageToken(token), ticketHashOf(token)]);
    return ticketOf(token);
  }

  /**
   * A cancelled sign-up's links end with the cancellation (issue 20): whoever holds the link (a
   * forwarded mail) sees nothing of it again. The page that cancelled shows the result from the
   * cancellation's answer, not by asking again. A sign-up revived through the form gets a new link.
   * `now()` is the transaction's start, so the link is dead once the cancellation commits.
   */
  async endOnCancellation(tx: EntityManager, signUpId: string): Promise<void> {
    await tx.query(`UPDATE manage_tokens SET expires_at = least(coalesce(expires_at, 'infinity'), now()) WHERE sign_up_id = $1`, [signUpId]);
  }

  /** Deletes the links that no longer work; how many. */
  async deleteEnded(db: EntityManager): Promise<number> {
    const rows = await returningRows(
      db,
      `DELETE FROM manage_tokens m USING sign_ups s, drives d
        WHERE s.id = m.sign_up_id AND d.id = s.drive_id AND NOT (${LIVE('m', 'd')})
       RETURNING m.sign_up_id`,
      [],
    );
    return rows.length;
  }

  /** Every link of the person's sign-ups stops working (an erasure). */
  async revokeAllOf(tx: EntityManager, volunteerId: string): Promise<void> {
    await tx.query(`DELETE FROM manage_tokens m USING sign_ups s WHERE s.id = m.sign_up_id AND s.volunteer_id = $1`, [volunteerId]);
  }
}
