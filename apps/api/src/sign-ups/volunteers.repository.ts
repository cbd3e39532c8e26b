// Owns the volunteers table's writes outside the sign-up statements: what a person asks of their
// own record (unsubscribing from the messages they did not ask for).
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { returningRows } from '../common/sql';

@Injectable()
export class Volunteers {
  /** Stops the unsolicited messages for good; false for an unknown volunteer. */
  async unsubscribe(db: EntityManager, volunteerId: string): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      db,
      `UPDATE volunteers SET unsubscribed_at = coalesce(unsubscribed_at, now()) WHERE id = $1 RETURNING id`,
      [volunteerId],
    );
    return rows.length > 0;
  }
}
