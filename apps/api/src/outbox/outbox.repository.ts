// Owns every write to the outbox table: queuing a message in the caller's transaction (one, or
// as many as a SELECT finds), claiming due messages for delivery, recording how they ended, and
// the organizers' page of messages. Delivery itself (rendering, SMTP) is the messages feature's.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MessageChannel, MessagePurpose, RENDERED_BODY_DAYS } from '@life-relay/domain';
import { returningRows } from '../common/sql';

export interface QueuedMessage {
  purpose: MessagePurpose;
  /** What makes this message unique for its recipient: a second enqueue with it does nothing. */
  dedupeKey: string;
  /** EMAIL (the default): recipient is an e-mail address; SMS: a phone number in E.164. */
  channel?: MessageChannel;
  recipient: string;
  volunteerId?: string | null;
  signUpId?: string | null;
  /** Whose message it is (its organizers see it in the Outbox); a sign-up's drive's by default. */
  organizationId?: string | null;
  locale: string;
  payload: Record<string, unknown>;
  sendAfter?: Date;
}

/** A message as claimed for delivery. */
export interface ClaimedMessage {
  id: string;
  purpose: string;
  channel: MessageChannel;
  recipient: string;
  locale: string;
  sign_up_id: string | null;
  volunteer_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  send_after: Date;
  created_at: Date;
}

/** How a claimed message ended; QUEUED is a temporary failure, to be tried again after a wait. */
export type DeliveryOutcome =
  /** smscMessageIds: an SMS gateway's id of each part, which its delivery receipts name. */
  | { state: 'SENT'; sentAt: Date; smscMessageIds?: string[] }
  | { state: 'SKIPPED' }
  | { state: 'QUEUED'; error: string; retrySeconds: number }
  | { state: 'FAILED'; error: string };

export interface RecordedOutcome {
  id: string;
  outcome: DeliveryOutcome;
  /** What the message rendered for this attempt said, its keys masked (for the Outbox list); null: keep what is stored. */
  rendered: object | null;
}

export interface OutboxFilter {
  state: string | null;
  purpose: string | null;
  /** Lower-case. */
  recipient: string | null;
  /** Only this organization's messages; null: every message (an admin). */
  organizationId: string | null;
}

/** A message as organizers list it. */
export interface OutboxListRow {
  id: string;
  purpose: string;
  channel: MessageChannel;
  recipient: string;
  locale: string;
  state: string;
  attempts: number;
  last_error: string | null;
  subject: string | null;
  body: string | null;
  created_at: Date;
  send_after: Date;
  sent_at: Date | null;
  /** created_at to the microsecond, for the cursor. */
  sort_key: string;
}

/**
 * The recipient of a message whose person was erased: it names nobody. (A person erased has no
 * contact, so nothing new is ever queued for them: a message without a recipient is left out.)
 */
export const ERASED_RECIPIENT = '';

/**
 * One message queued by a caller's own statement, in the same round trip as the row it is about
 * (a sign-up, a code): an INSERT to be the last part of that statement or one of its CTEs. It
 * queues one message per row of `from` (a CTE of the statement: no row, no message), its columns
 * the parameters from `$first` on, in the order queuedParams gives them. As enqueue: a dedupe key
 * queued before is left out, and so is a recipient without a contact (an erased person).
 */
export function queueMessageFrom(from: string, first: number): string {
  const $ = (i: number) => `$${first + i}`;
  return `INSERT INTO outbox (purpose, dedupe_key, channel, recipient, volunteer_id, sign_up_id, organization_id, locale, payload, send_after)
    SELECT ${$(0)}::text, ${$(1)}::text, ${$(2)}::text, ${$(3)}::text, ${$(4)}::uuid, ${$(5)}::uuid, ${$(6)}::uuid, ${$(7)}::text, ${$(8)}::jsonb, coalesce(${$(9)}::timestamptz, now())
      FROM ${from} WHERE ${$(3)}::text <> ''
    ON CONFLICT (dedupe_key) DO NOTHING`;
}

/** The parameters of queueMessageFrom for `message`, in its order. */
export function queuedParams(message: QueuedMessage): unknown[] {
  return [
    message.purpose,
    message.dedupeKey,
    message.channel ?? MessageChannel.EMAIL,
    message.recipient,
    message.volunteerId ?? null,
    message.signUpId ?? null,
    message.organizationId ?? null,
    message.locale,
    JSON.stringify(message.payload),
    message.sendAfter ?? null,
  ];
}

@Injectable()
export class Outbox {
  /** True when queued, false when the same message was queued already or has nobody to go to (an erased person). */
  async enqueue(tx: EntityManager, message: QueuedMessage): Promise<boolean> {
    if (!message.recipient) return false;
    const rows = await tx.query(`${queueMessageFrom('(VALUES (1)) AS one', 1)} RETURNING id`, queuedParams(message));
    return rows.length > 0;
  }

  /** A merged volunteer's messages belong to the record kept. */
  async moveToVolunteer(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(`UPDATE outbox SET volunteer_id = $2, updated_at = now() WHERE volunteer_id = $1`, [fromId, toId]);
  }

  /**
   * Queues, in one statement, a message for every row of the caller's SELECT, which names the
   * columns purpose, dedupe_key, channel, recipient, volunteer_id, sign_up_id, organization_id,
   * locale and payload (typed: NULL::uuid, '{}'::jsonb). Those whose dedupe key was queued already are left out. Returns
   * how many were queued. `sendAfter`: none of them goes before then (quiet hours); now if not given.
   */
  async enqueueSelected(tx: EntityManager, select: string, params: unknown[], sendAfter: Date | null = null): Promise<number> {
    const rows = await tx.query(
      `INSERT INTO outbox (purpose, dedupe_key, channel, recipient, volunteer_id, sign_up_id, organization_id, locale, payload, send_after)
       SELECT purpose, dedupe_key, channel, recipient, volunteer_id, sign_up_id, organization_id, locale, payload, coalesce($${params.length + 1}::timestamptz, now()) FROM (${select}) AS message
        WHERE recipient IS NOT NULL AND recipient <> '' -- an erased person has no contact
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [...params, sendAfter],
    );
    return rows.length;
  }

  /**
   * Claims up to `limit` due messages for `leaseSeconds` and counts the attempt, skipping rows
   * another process is claiming (FOR UPDATE SKIP LOCKED) or holds under a live lease. A lease
   * that ran out (its process died) is taken over.
   */
  claimDue(db: EntityManager, limit: number, leaseSeconds: number): Promise<ClaimedMessage[]> {
    return returningRows<ClaimedMessage>(
      db,
      `UPDATE outbox SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1, updated_at = now()
        WHERE id IN (SELECT id FROM outbox
                      WHERE state = 'QUEUED' AND send_after <= now() AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY send_after, created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, purpose, channel, recipient, locale, sign_up_id, volunteer_id, payload, attempts, send_after, created_at`,
      [limit, leaseSeconds],
    );
  }

  /** Records how claimed messages ended and frees their leases, all in one statement. */
  async recordOutcomes(db: EntityManager, outcomes: RecordedOutcome[]): Promise<void> {
    const rows = outcomes.map(({ id, outcome, rendered }) => ({
      id,
      state: outcome.state,
      sent_at: outcome.state === 'SENT' ? outcome.sentAt : null,
      error: outcome.state === 'QUEUED' || outcome.state === 'FAILED' ? outcome.error : null,
      retry_seconds: outcome.state === 'QUEUED' ? outcome.retrySeconds : null,
      rendered,
      smsc_message_ids: outcome.state === 'SENT' ? (outcome.smscMessageIds ?? null) : null,
    }));
    await db.query(
      `UPDATE outbox o
          SET state = v.state, sent_at = coalesce(v.sent_at, o.sent_at),
              last_error = CASE WHEN v.state = 'SKIPPED' THEN o.last_error ELSE v.error END,
              send_after = coalesce(now() + make_interval(secs => v.retry_seconds), o.send_after),
              subject = coalesce(v.rendered ->> 'subject', o.subject), rendered = coalesce(v.rendered, o.rendered),
              smsc_message_ids = coalesce(v.smsc_message_ids, o.smsc_message_ids),
              claimed_until = NULL, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, state text, sent_at timestamptz, error text, retry_seconds int, rendered jsonb, smsc_message_ids text[])
        WHERE o.id = v.id AND o.recipient <> '' -- erased while it was being sent: nothing of it is kept
      `,
      [JSON.stringify(rows)],
    );
  }

  /**
   * An erased person's messages (theirs by record, by sign-up, or sent to one of their contacts,
   * such as sign-up codes) keep their purpose, state and times, which the Outbox counts, and lose
   * whom they went to and what they said; one not sent yet never will be.
   */
  async eraseMessagesOf(tx: EntityManager, volunteerId: string, signUpIds: string[], contacts: string[]): Promise<void> {
    await tx.query(
      `UPDATE outbox SET recipient = '${ERASED_RECIPIENT}', payload = '{}'::jsonb, subject = NULL, rendered = NULL, last_error = NULL,
              state = CASE WHEN state = 'QUEUED' THEN 'SKIPPED' ELSE state END, claimed_until = NULL, updated_at = now()
        WHERE volunteer_id = $1 OR sign_up_id = ANY($2::uuid[]) OR lower(recipient) = ANY($3::text[])`,
      [volunteerId, signUpIds, contacts.map((c) => c.toLowerCase())],
    );
  }

  /**
   * What messages said is kept for the Outbox RENDERED_BODY_DAYS days after they were sent, then
   * cleared (subject and body: both may name the person). How many were cleared.
   */
  async clearRenderedSentBefore(db: EntityManager, days = RENDERED_BODY_DAYS): Promise<number> {
    const rows = await returningRows(
      db,
      `UPDATE outbox SET rendered = NULL, subject = NULL, updated_at = now()
        WHERE sent_at < now() - make_interval(days => $1) AND (rendered IS NOT NULL OR subject IS NOT NULL)
       RETURNING id`,
      [days],
    );
    return rows.length;
  }

  /**
   * Records an SMS gateway's delivery receipt on the text whose part it names; a text in several
   * parts keeps the first failure any part reports. False when no text sent lately has that id
   * (yet: a receipt may overtake the recording of its SENT).
   */
  async recordReceipt(db: EntityManager, smscMessageId: string, state: string, at: Date): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      db,
      `UPDATE outbox SET receipt_state = CASE WHEN receipt_state IS NOT NULL AND receipt_state <> 'DELIVRD' THEN receipt_state ELSE $2 END,
              receipt_at = CASE WHEN receipt_state IS NOT NULL AND receipt_state <> 'DELIVRD' THEN receipt_at ELSE $3 END, updated_at = now()
        WHERE channel = 'SMS' AND smsc_message_ids @> ARRAY[$1::text]
          AND sent_at > now() - interval '14 days' -- gateways reuse ids in time; receipts come within days
        RETURNING id`,
      [smscMessageId, state, at],
    );
    return rows.length > 0;
  }

  /**
   * A page of messages, newest first, after the cursor (created_at, id) if given: up to `limit`
   * and one more, which tells the caller there is a next page. `count` is all that match.
   */
  async page(db: EntityManager, filter: OutboxFilter, after: { createdAt: string; id: string } | null, limit: number): Promise<{ count: number; rows: OutboxListRow[] }> {
    const params: unknown[] = [filter.state, filter.purpose, filter.recipient, filter.organizationId];
    const where = `($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR purpose = $2) AND ($3::text IS NULL OR lower(recipient) = $3)
                   AND ($4::uuid IS NULL OR organization_id = $4)`;
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM outbox WHERE ${where}`, params);
    let cursor = '';
    if (after) {
      params.push(after.createdAt, after.id);
      cursor = `AND (created_at, id) < ($5::timestamptz, $6::uuid)`;
    }
    params.push(limit + 1);
    const rows: OutboxListRow[] = await db.query(
      `SELECT id, purpose, channel, recipient, locale, state, attempts, last_error, subject, rendered->>'text' AS body, created_at, send_after, sent_at,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key
         FROM outbox WHERE ${where} ${cursor} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return { count, rows };
  }
}
