// Queues messages in the caller's transaction; delivery is the reminders feature's job.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface QueuedMessage {
  purpose: string;
  /** What makes this message unique for its recipient: a second enqueue with it does nothing. */
  dedupeKey: string;
  recipient: string;
  volunteerId?: string | null;
  signUpId?: string | null;
  locale: string;
  payload: Record<string, unknown>;
  sendAfter?: Date;
}

@Injectable()
export class OutboxService {
  /** True when queued, false when the same message was queued already. */
  async enqueue(tx: EntityManager, message: QueuedMessage): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale, payload, send_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, now()))
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        message.purpose,
        message.dedupeKey,
        message.recipient,
        message.volunteerId ?? null,
        message.signUpId ?? null,
        message.locale,
        JSON.stringify(message.payload),
        message.sendAfter ?? null,
      ],
    );
    return rows.length > 0;
  }
}
