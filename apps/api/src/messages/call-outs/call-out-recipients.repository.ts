// Owns the call_out_recipients table: everyone a call-out asked (once, whatever the waves), by
// which channel, and their answer. The answer link's token is minted when the message is written
// and only its hash is kept; an SMS reply answers the latest call-out the number was asked in.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CallOutAnswer } from '@life-relay/domain';
import { returningRows } from '../../common/sql';
import { hashManageToken, newManageToken } from '../../sign-ups/manage-token';

/** How many answers a call-out has so far. */
export interface Tally {
  asked: number;
  yes: number;
  no: number;
}

/** An SMS reply answers a call-out asked this recently, not an old one. */
const SMS_REPLY_DAYS = 7;

/**
 * A call-out (alias c) still takes answers by link: until the time it needed people by, or, when
 * it named none, for as long as an SMS reply would count. Past that an answer tells nobody anything.
 */
const OPEN_SQL = `now() < COALESCE(c.needed_by, c.created_at + make_interval(days => ${SMS_REPLY_DAYS}))`;

/** What the answer page shows: the need, never anyone's name or contact; the person's language only. */
export interface CallOutAsk {
  kind: string;
  blood_types: string[];
  message: string;
  people_needed: number | null;
  place: string | null;
  needed_by: Date | null;
  organization_name: string;
  answer: CallOutAnswer | null;
  open: boolean;
  /** The language the person chose when they signed up, which their message was written in. */
  locale: string;
}

@Injectable()
export class CallOutRecipients {
  /**
   * Adds a wave: everyone `audience` selects (SQL from `FROM volunteers v ...`, parameters from $1,
   * the call-out's id at $callOutParam) who was not asked before in this call-out; SMS where the
   * person gave a phone, e-mail otherwise. Returns how many were added.
   */
  async addWave(tx: EntityManager, callOutId: string, wave: number, audience: { sql: string; params: unknown[] }): Promise<number> {
    const n = audience.params.length;
    const rows = await returningRows<{ volunteer_id: string }>(
      tx,
      `INSERT INTO call_out_recipients (call_out_id, volunteer_id, wave, channel)
       SELECT $${n + 1}::uuid, v.id, $${n + 2}::int, CASE WHEN v.phone IS NOT NULL THEN 'SMS' ELSE 'EMAIL' END ${audience.sql}
       ON CONFLICT (call_out_id, volunteer_id) DO NOTHING
       RETURNING volunteer_id`,
      [...audience.params, callOutId, wave],
    );
    return rows.length;
  }

  /** A fresh answer link token for this person's message (the earlier one stops working); null if they were not asked. */
  async issueToken(db: EntityManager, callOutId: string, volunteerId: string): Promise<string | null> {
    const token = newManageToken();
    const rows = await returningRows<{ volunteer_id: string }>(
      db,
      `UPDATE call_out_recipients SET token_hash = $3 WHERE call_out_id = $1 AND volunteer_id = $2 RETURNING volunteer_id`,
      [callOutId, volunteerId, hashManageToken(token)],
    );
    return rows.length ? token : null;
  }

  /** What a link asks (the need) and the answer given so far; null for a token never issued (or replaced). */
  async askByToken(db: EntityManager, token: string): Promise<CallOutAsk | null> {
    const [row] = await db.query(
      `SELECT c.kind, c.blood_types, c.message, c.people_needed, c.place, c.needed_by, o.name AS organization_name, r.answer, ${OPEN_SQL} AS open, v.locale
         FROM call_out_recipients r JOIN call_outs c ON c.id = r.call_out_id JOIN organizations o ON o.id = c.organization_id
              JOIN volunteers v ON v.id = r.volunteer_id
        WHERE r.token_hash = $1`,
      [hashManageToken(token)],
    );
    return row ?? null;
  }

  /** Records the answer given through the link (a later one replaces it) while the call-out is open; false otherwise or for an unknown token. */
  async answerByToken(db: EntityManager, token: string, answer: CallOutAnswer): Promise<boolean> {
    const rows = await returningRows<{ call_out_id: string }>(
      db,
      `UPDATE call_out_recipients r SET answer = $2, answered_at = now(), answered_by = 'LINK'
         FROM call_outs c WHERE c.id = r.call_out_id AND r.token_hash = $1 AND ${OPEN_SQL}
        RETURNING r.call_out_id`,
      [hashManageToken(token), answer],
    );
    return rows.length > 0;
  }

  /** Records an SMS reply as the answer to the latest call-out that asked this number by SMS; false if none did lately. */
  async answerBySms(db: EntityManager, phone: string, answer: CallOutAnswer): Promise<boolean> {
    const rows = await returningRows<{ call_out_id: string }>(
      db,
      `UPDATE call_out_recipients r SET answer = $2, answered_at = now(), answered_by = 'SMS'
        WHERE (r.call_out_id, r.volunteer_id) = (
                SELECT l.call_out_id, l.volunteer_id FROM call_out_recipients l JOIN volunteers v ON v.id = l.volunteer_id
                 WHERE v.phone = $1 AND l.channel = 'SMS' AND l.created_at > now() - make_interval(days => $3)
                 ORDER BY l.created_at DESC LIMIT 1)
        RETURNING r.call_out_id`,
      [phone, answer, SMS_REPLY_DAYS],
    );
    return rows.length > 0;
  }

  /** The tallies of these call-outs, in one query. */
  async tallies(db: EntityManager, callOutIds: string[]): Promise<Map<string, Tally>> {
    const rows = await db.query(
      `SELECT call_out_id, count(*)::int AS asked, (count(*) FILTER (WHERE answer = 'YES'))::int AS yes, (count(*) FILTER (WHERE answer = 'NO'))::int AS no
         FROM call_out_recipients WHERE call_out_id = ANY($1::uuid[]) GROUP BY call_out_id`,
      [callOutIds],
    );
    return new Map(rows.map((r: { call_out_id: string } & Tally) => [r.call_out_id, { asked: r.asked, yes: r.yes, no: r.no }]));
  }
}
