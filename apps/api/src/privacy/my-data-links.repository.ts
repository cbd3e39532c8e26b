// Owns the my_data_links table: the links behind which a person sees, downloads, corrects and
// erases what is stored about them (/me/<token>). A link is minted when its message is sent, works
// MY_DATA_LINK.validHours, and only its hash is kept. Erasure revokes them all.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MY_DATA_LINK } from '@life-relay/domain';
import { hashManageToken, newManageToken } from '../sign-ups/manage-token';

@Injectable()
export class MyDataLinks {
  /** A fresh link token for the volunteer, valid MY_DATA_LINK.validHours from now; earlier ones stay valid until they expire. */
  async issue(db: EntityManager, volunteerId: string): Promise<string> {
    const token = newManageToken();
    await db.query(`INSERT INTO my_data_links (token_hash, volunteer_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [
      hashManageToken(token),
      volunteerId,
      MY_DATA_LINK.validHours,
    ]);
    return token;
  }

  /** Whose live link this is; null for a token never issued, expired or revoked. */
  async volunteerOf(db: EntityManager, token: string): Promise<string | null> {
    if (!token) return null;
    const [row] = await db.query(`SELECT volunteer_id FROM my_data_links WHERE token_hash = $1 AND expires_at > now()`, [hashManageToken(token)]);
    return row?.volunteer_id ?? null;
  }

  /** Every link of the volunteer stops working (erasure). */
  async revokeAll(db: EntityManager, volunteerId: string): Promise<void> {
    await db.query(`DELETE FROM my_data_links WHERE volunteer_id = $1`, [volunteerId]);
  }

  /** A merged volunteer's links open the record kept. */
  async moveToVolunteer(db: EntityManager, fromId: string, toId: string): Promise<void> {
    await db.query(`UPDATE my_data_links SET volunteer_id = $2 WHERE volunteer_id = $1`, [fromId, toId]);
  }
}
