// Serving the waitlist: when places free up (a cancellation, a move, a larger capacity), the
// first people waiting get them in arrival order and are told. Used by sign-ups and by drives
// (capacity changes), so it depends on neither.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { returningRows } from '../common/sql';
import { Outbox } from '../outbox/outbox.repository';
import { MessagePurpose } from '@life-relay/domain';

@Injectable()
export class WaitlistService {
  constructor(private readonly outbox: Outbox) {}

  /** Fills the shift's free places from its waitlist. The caller holds the shift's row lock. */
  async promote(tx: EntityManager, shiftId: string): Promise<number> {
    const [shift] = await tx.query(`SELECT GREATEST(capacity - registered_count, 0) AS places FROM shifts WHERE id = $1`, [shiftId]);
    if (!shift?.places) return 0;
    const promoted = await returningRows<{ id: string; volunteer_id: string; locale: string; arrival: string; email: string }>(
      tx,
      `UPDATE sign_ups s SET status = 'REGISTERED', updated_at = now()
         FROM volunteers v
        WHERE s.id = ANY(ARRAY(SELECT id FROM sign_ups WHERE shift_id = $1 AND status = 'WAITLISTED' ORDER BY arrival LIMIT $2))
          AND v.id = s.volunteer_id
       RETURNING s.id, s.volunteer_id, s.locale, s.arrival, v.email`,
      [shiftId, shift.places],
    );
    if (!promoted.length) return 0;
    await tx.query(
      `UPDATE shifts SET registered_count = registered_count + $2, waitlist_count = waitlist_count - $2 WHERE id = $1`,
      [shiftId, promoted.length],
    );
    for (const p of promoted) {
      await this.outbox.enqueue(tx, {
        purpose: MessagePurpose.WAITLIST_PROMOTION,
        dedupeKey: `${MessagePurpose.WAITLIST_PROMOTION}:${p.id}:${p.arrival}`,
        recipient: p.email,
        volunteerId: p.volunteer_id,
        signUpId: p.id,
        locale: p.locale,
        payload: { signUpId: p.id, shiftId },
      });
    }
    return promoted.length;
  }
}
